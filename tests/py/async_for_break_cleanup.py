# Breaking out of async for leaves the async generator suspended until aclose(); finally then runs.
import asyncio
async def numbers():
    try:
        for i in range(100):
            yield i
    finally:
        print("numbers cleanup")
async def main():
    gen = numbers()
    async for v in gen:
        print("v", v)
        if v == 2:
            break
    print("broke out")
    await gen.aclose()
    print("closed explicitly")
    gen2 = numbers()
    try:
        async for v in gen2:
            if v == 1:
                raise RuntimeError("stop here")
    except RuntimeError as e:
        print("error", e)
    await gen2.aclose()
asyncio.run(main())
