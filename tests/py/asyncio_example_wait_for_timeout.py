# Page example: wait_for with a timeout around a slow operation, then a retry with a longer timeout.
import asyncio

async def slow_operation(delay):
    await asyncio.sleep(delay)
    return f"finished after {delay}s"

async def main():
    for timeout in (0.01, 0.1):
        try:
            result = await asyncio.wait_for(slow_operation(0.03), timeout=timeout)
            print(f"timeout={timeout}: {result}")
        except asyncio.TimeoutError:
            print(f"timeout={timeout}: timed out")

asyncio.run(main())
