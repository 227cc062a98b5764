# wait_for: result within the timeout, TimeoutError after cancelling the inner task, timeout=None, inner errors.
import asyncio
async def job(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print("inner cancelled for", value)
        raise
async def boom():
    await asyncio.sleep(0)
    raise ValueError("inner error")
async def main():
    print(await asyncio.wait_for(job(0, "fast"), timeout=1))
    print(await asyncio.wait_for(job(0, "no timeout"), timeout=None))
    try:
        await asyncio.wait_for(job(1, "slow"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(boom(), timeout=1)
    except ValueError as e:
        print("propagated", repr(e))
    t = asyncio.create_task(job(1, "task"))
    try:
        await asyncio.wait_for(t, timeout=0)
    except TimeoutError:
        print("timeout=0: task cancelled?", t.cancelled())
asyncio.run(main())
