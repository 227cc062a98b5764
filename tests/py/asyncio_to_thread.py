# asyncio.to_thread runs a blocking function without blocking the loop; args, kwargs, results and exceptions.
import asyncio
import time
def blocking(name, delay, *, upper=False):
    time.sleep(delay)
    return name.upper() if upper else name
def failing():
    raise ValueError("from thread")
async def ticker():
    for i in range(3):
        print("loop still runs", i)
        await asyncio.sleep(0.01)
async def main():
    tick = asyncio.create_task(ticker())
    r = await asyncio.to_thread(blocking, "thread", 0.12, upper=True)
    print("to_thread result", r)
    await tick
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print("exception from thread:", repr(e))
    print(await asyncio.gather(*(asyncio.to_thread(blocking, f"t{i}", 0.005 * (3 - i)) for i in range(3))))
asyncio.run(main())
