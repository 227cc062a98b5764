# Async generators consumed by two tasks concurrently, interleaving at sleep(0) points.
import asyncio
async def source(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}{i}"
async def consume(name, n):
    async for item in source(name, n):
        print("consumed", item)
    return name
async def main():
    results = await asyncio.gather(consume("a", 3), consume("b", 2))
    print(results)
asyncio.run(main())
