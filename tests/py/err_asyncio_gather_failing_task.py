# A task failing inside gather: the exception reaches asyncio.run and ends the program with exit code 1.
import asyncio
async def worker(n):
    await asyncio.sleep(0.2 if n == 2 else 0)
    print("worker", n, "checks in")
    if n == 1:
        raise ValueError(f"worker {n} crashed")
    return n
async def main():
    results = await asyncio.gather(worker(0), worker(1), worker(2))
    print("never printed", results)
asyncio.run(main())
