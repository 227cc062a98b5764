# Without return_exceptions the first exception propagates to the awaiter; the other children keep running.
import asyncio
async def fail():
    await asyncio.sleep(0)
    raise KeyError("first failure")
async def slow(name):
    try:
        await asyncio.sleep(0.1)
        print(name, "finished despite the failure")
        return name
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
async def main():
    s1 = asyncio.create_task(slow("s1"))
    try:
        await asyncio.gather(fail(), s1, slow("s2"))
    except KeyError as e:
        print("gather raised", repr(e))
    print("s1 done?", s1.done())
    await asyncio.sleep(0.15)
    print("s1 result", s1.result())
asyncio.run(main())
