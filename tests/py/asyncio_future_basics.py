# asyncio.Future: set_result/set_exception/cancel, done callbacks, InvalidStateError on double set, awaiting.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    f.add_done_callback(lambda fut: print("callback sees", fut.result()))
    f.set_result("value")
    print(f.done(), f.result())
    try:
        f.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0)
    g = asyncio.Future()
    g.set_exception(ZeroDivisionError("zde"))
    print(repr(g.exception()))
    try:
        await g
    except ZeroDivisionError as e:
        print("await re-raises", repr(e))
    h = loop.create_future()
    print(h.cancel(), h.cancelled(), h.cancel())
    try:
        await h
    except asyncio.CancelledError:
        print("awaiting a cancelled future raises CancelledError")
    m = loop.create_future()
    m.cancel("with message")
    try:
        m.result()
    except asyncio.CancelledError as e:
        print("message:", e.args)
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
