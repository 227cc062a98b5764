# A failed task whose exception is retrieved (via await, result() or exception()) logs nothing at exit.
import asyncio
async def fail(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)
async def main():
    a = asyncio.create_task(fail("awaited"))
    b = asyncio.create_task(fail("exception()"))
    c = asyncio.create_task(fail("result()"))
    try:
        await a
    except RuntimeError as e:
        print("awaited:", e)
    await asyncio.sleep(0)
    print("b.exception():", repr(b.exception()))
    try:
        c.result()
    except RuntimeError as e:
        print("c.result():", e)
asyncio.run(main())
print("clean exit, nothing on stderr")
