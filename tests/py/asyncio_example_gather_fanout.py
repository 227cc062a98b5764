# Page example: gather fan-out over many coroutines; results keep argument order.
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01 * (i % 3))
    return i * i

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(10)))
    print(results)
    print(sum(results))

asyncio.run(main())
