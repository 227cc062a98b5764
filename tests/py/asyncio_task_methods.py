# Task API: done/cancelled/result/exception on pending, finished, failed and cancelled tasks; InvalidStateError.
import asyncio
async def value():
    await asyncio.sleep(0)
    return 7
async def error():
    await asyncio.sleep(0)
    raise LookupError("lost")
async def forever():
    await asyncio.sleep(3600)
async def main():
    t = asyncio.create_task(value())
    print("pending:", t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print("finished:", t.done(), t.cancelled(), t.result(), t.exception())
    e = asyncio.create_task(error())
    await asyncio.wait([e])
    print("failed:", e.done(), repr(e.exception()))
    try:
        e.result()
    except LookupError as exc:
        print("result() re-raises", repr(exc))
    c = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("cancel():", c.cancel(), "cancelling():", c.cancelling())
    await asyncio.wait([c])
    print("cancelled:", c.done(), c.cancelled(), c.cancel())
    for method in (c.result, c.exception):
        try:
            method()
        except asyncio.CancelledError as exc:
            print(method.__name__, "raises CancelledError", exc.args)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
asyncio.run(main())
