# Three tasks yielding with sleep(0): round-robin, one step each per loop iteration.
import asyncio

async def worker(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(worker("a"), worker("b"), worker("c"))

asyncio.run(main())
