# asyncio.wait(return_when=FIRST_COMPLETED) returns (done, pending) sets as soon as one task finishes.
import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    return name
async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.06), ("b", 0), ("c", 0.3)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    print([t.result() for t in done])
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel", [t.cancelled() for t in done], len(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
asyncio.run(main())
