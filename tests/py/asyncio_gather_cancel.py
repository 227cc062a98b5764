# Cancelling the gather future cancels all children that are still pending.
import asyncio
async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    g = asyncio.gather(child("quick", 0), child("slow1", 1), child("slow2", 1))
    await asyncio.sleep(0.01)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
asyncio.run(main())
