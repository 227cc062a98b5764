# sys.exit inside a coroutine run by asyncio.run ends the program with that code and no traceback.
import asyncio
import sys
async def worker():
    await asyncio.sleep(0)
    print("worker decides to exit")
    sys.exit(4)
async def main():
    await worker()
    print("never printed")
asyncio.run(main())
