# asyncio.timeout / timeout_at: expiry converts CancelledError to TimeoutError, expired(), nested timeouts.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("finished in time, expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: got CancelledError")
                raise
    except TimeoutError as e:
        print("outside: TimeoutError", repr(e), "expired:", cm.expired())
    try:
        async with asyncio.timeout(1) as outer:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner expired:", inner.expired(), "outer expired:", outer.expired())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even with a past deadline")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline: TimeoutError at first await")
    try:
        async with asyncio.timeout(0.01):
            pass
        print("no await: no timeout")
    except TimeoutError:
        print("unexpected")
asyncio.run(main())
