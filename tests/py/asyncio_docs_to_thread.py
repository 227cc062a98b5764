# asyncio docs (Running in Threads): to_thread(blocking_io) alongside asyncio.sleep (times not printed, 1 s -> 20 ms).
import asyncio
import time

def blocking_io():
    print("start blocking_io")
    # Note that time.sleep() can be replaced with any blocking
    # IO-bound operation, such as file operations.
    time.sleep(0.02)
    print("blocking_io complete")

async def main():
    print("started main")

    await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.sleep(0.02))

    print("finished main")

asyncio.run(main())
