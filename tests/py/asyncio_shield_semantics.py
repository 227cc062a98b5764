# shield: cancelling the waiter leaves the inner task running; cancelling the inner task cancels the shield.
import asyncio
async def inner(delay):
    await asyncio.sleep(delay)
    return "inner done"
async def main():
    t = asyncio.create_task(inner(0.05))
    waiter = asyncio.create_task(asyncio.wait_for(asyncio.shield(t), timeout=0.001))
    try:
        await waiter
    except TimeoutError:
        print("wait_for timed out; shielded task cancelled?", t.cancelled())
    print(await t)
    t2 = asyncio.create_task(inner(1))
    s = asyncio.shield(t2)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> shield cancelled:", s.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result(5)
    print(asyncio.shield(done) is done, await asyncio.shield(done))
asyncio.run(main())
