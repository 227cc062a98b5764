# A task that swallows CancelledError keeps running and finishes normally; cancelled() is then False.
import asyncio
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancellation")
    await asyncio.sleep(0)
    return "finished anyway"
async def cleanup_then_raise():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cleanup: awaiting during cleanup")
        await asyncio.sleep(0)
        print("cleanup: done, re-raising")
        raise
async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    c = asyncio.create_task(cleanup_then_raise())
    await asyncio.sleep(0)
    c.cancel()
    res = await asyncio.gather(c, return_exceptions=True)
    print(res, c.cancelled())
asyncio.run(main())
