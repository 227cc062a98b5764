# cancel() is delivered at the task's next suspension point: a self-cancelling task keeps running sync code until it awaits.
import asyncio
async def self_cancel():
    print("self: requesting my own cancellation ->", asyncio.current_task().cancel())
    x = sum(range(1000))
    print("self: still running sync code", x)
    try:
        await asyncio.sleep(0)
        print("self: never printed")
    except asyncio.CancelledError as e:
        print("self: CancelledError at the next await", e.args)
        raise
async def suspended():
    print("suspended: step 1")
    try:
        await asyncio.sleep(0)
        print("suspended: never printed")
    except asyncio.CancelledError:
        print("suspended: CancelledError raised at the await where it was parked")
        raise
async def main():
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main: self-cancelled task done", t.cancelled())
    t = asyncio.create_task(suspended())
    await asyncio.sleep(0)
    print("main: cancel ->", t.cancel(), "done yet?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled", t.cancelled())
asyncio.run(main())
