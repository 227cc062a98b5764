# asyncio docs (as_completed): results come back in completion order, not submission order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"

async def main():
    aws = [job("slow", 0.03), job("fast", 0.01), job("medium", 0.02)]
    for coro in asyncio.as_completed(aws):
        earliest_result = await coro
        print(earliest_result)

asyncio.run(main())
