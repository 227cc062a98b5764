# 100 000 `await asyncio.sleep(0)` switches spread across 100 tasks.
import asyncio

async def spinner(n):
    for _ in range(n):
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(spinner(1000) for _ in range(100)))

asyncio.run(main())
print("switched")
