# wait(FIRST_EXCEPTION) returns when a task raises; wait never raises itself; exceptions stay in the tasks.
import asyncio
async def ok(name, delay):
    await asyncio.sleep(delay)
    return name
async def bad():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise RuntimeError("bad task")
async def main():
    tasks = {asyncio.create_task(ok("ok1", 0), name="ok1"),
             asyncio.create_task(bad(), name="bad"),
             asyncio.create_task(ok("ok2", 0.2), name="ok2")}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    only_ok = [asyncio.create_task(ok(f"x{i}", 0)) for i in range(2)]
    done, pending = await asyncio.wait(only_ok, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception: waited for all", len(done), len(pending))
asyncio.run(main())
