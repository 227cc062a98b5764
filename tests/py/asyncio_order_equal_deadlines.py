# Timers with equal delays fire in the order they were armed; shorter delays fire first.
import asyncio
async def nap(name, delay):
    print("arm", name)
    await asyncio.sleep(delay)
    print("woke", name)
async def main():
    await asyncio.gather(nap("a", 0.02), nap("b", 0.01), nap("c", 0.02), nap("d", 0.01), nap("e", 0))
asyncio.run(main())
