# repr of Tasks and Futures in finished states (no addresses): names, results, exceptions, cancellation.
import asyncio
async def ok():
    return 5
async def bad():
    raise ValueError("nope")
async def main():
    t = asyncio.create_task(ok(), name="ok-task")
    await t
    print(repr(t))
    b = asyncio.create_task(bad())
    await asyncio.wait([b])
    print(repr(b))
    b.exception()
    c = asyncio.create_task(ok())
    c.cancel()
    await asyncio.wait([c])
    print(repr(c))
    f = asyncio.get_running_loop().create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
asyncio.run(main())
