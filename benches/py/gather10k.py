# gather of 10 000 tasks, each sleeping a pseudo-random 0-10 ms.
import asyncio

async def nap(i):
    await asyncio.sleep((i * 7919 % 1000) / 100000)
    return i

async def main():
    results = await asyncio.gather(*(nap(i) for i in range(10000)))
    print(len(results), sum(results))

asyncio.run(main())
