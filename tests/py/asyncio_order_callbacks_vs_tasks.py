# call_soon callbacks and task steps share one FIFO ready queue; callbacks added during a step wait their turn.
import asyncio
async def task(name):
    print("task", name, "step 1")
    asyncio.get_running_loop().call_soon(print, "callback from task", name)
    await asyncio.sleep(0)
    print("task", name, "step 2")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    t = asyncio.create_task(task("x"))
    loop.call_soon(print, "callback 2")
    u = asyncio.create_task(task("y"))
    print("main yields")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.gather(t, u)
    print("main end")
asyncio.run(main())
