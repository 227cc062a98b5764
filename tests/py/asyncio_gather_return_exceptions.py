# gather(return_exceptions=True) puts exceptions (including CancelledError) in the result list in order.
import asyncio
async def ok(v):
    await asyncio.sleep(0)
    return v
async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def forever():
    await asyncio.sleep(3600)
async def main():
    res = await asyncio.gather(ok(1), bad("x"), ok(2), bad("y"), return_exceptions=True)
    print(res)
    print([type(r).__name__ for r in res])
    t = asyncio.create_task(forever())
    async def cancel_soon():
        await asyncio.sleep(0)
        t.cancel()
        return "cancelled it"
    res = await asyncio.gather(t, cancel_soon(), return_exceptions=True)
    print(res, t.cancelled())
asyncio.run(main())
