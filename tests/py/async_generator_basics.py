# Async generators: async for, yield inside async def, awaiting between yields, aclose/finally.
import asyncio
async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            print("tick produces", i)
            yield i
    finally:
        print("ticker finally")
async def main():
    async for v in ticker(3):
        print("consumer got", v)
    agen = ticker(10)
    print(type(agen).__name__)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    print("after aclose")
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    print(await anext(ticker(0), "default value"))
asyncio.run(main())
