# loop.call_soon/call_later/call_at ordering, arguments, Handle.cancel, TimerHandle.when.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    log = []
    def cb(tag, *rest):
        print("callback", tag, *rest)
        log.append(tag)
        if tag == "last":
            done.set_result(log)
    loop.call_soon(cb, "soon-1")
    h = loop.call_soon(cb, "soon-cancelled")
    loop.call_soon(cb, "soon-2", "extra", "args")
    h.cancel()
    print("handle cancelled?", h.cancelled())
    t1 = loop.call_later(0.02, cb, "later-20ms")
    t2 = loop.call_later(0.01, cb, "later-10ms")
    t3 = loop.call_at(loop.time() + 0.015, cb, "at-15ms")
    t4 = loop.call_later(0.005, cb, "later-cancelled")
    t4.cancel()
    loop.call_later(0.03, cb, "last")
    print("when ordering:", t2.when() < t3.when() < t1.when(), type(t1).__name__, type(h).__name__)
    print("scheduled, nothing ran yet")
    print(await done)
asyncio.run(main())
