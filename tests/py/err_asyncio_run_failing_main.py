# An exception escaping the coroutine given to asyncio.run: traceback includes asyncio's own frames.
import asyncio
async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ConnectionError(f"request {n} failed")
    return n
async def main():
    for n in range(3):
        print("got", await fetch(n))
asyncio.run(main())
