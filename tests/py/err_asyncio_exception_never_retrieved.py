# A task that fails and is never awaited: asyncio logs "Task exception was never retrieved" on stderr; exit code 0.
import asyncio
async def doomed():
    await asyncio.sleep(0)
    raise ValueError("nobody is listening")
async def main():
    t = asyncio.create_task(doomed())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    print("main ends")
asyncio.run(main())
print("after run")
