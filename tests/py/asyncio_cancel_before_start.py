# A task cancelled before its first step never runs its body; cancel with a message; uncancel-free counts.
import asyncio
async def body():
    print("body started (should not print)")
async def main():
    t = asyncio.create_task(body())
    print(t.cancel("stop early"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args, "cancelled:", t.cancelled())
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel(); t2.cancel()
    print("cancelling count:", t2.cancelling())
    await asyncio.gather(t2, return_exceptions=True)
    print("t2 cancelled:", t2.cancelled())
asyncio.run(main())
