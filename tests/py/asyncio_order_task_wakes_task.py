# Awaiting a task: its completion schedules the waiter's wakeup via a done callback, one iteration later.
import asyncio
async def a():
    print("a start")
    await asyncio.sleep(0)
    print("a end")
    return 1
async def b(ta):
    print("b waits for a")
    r = await ta
    print("b got", r)
async def spin():
    for i in range(4):
        print("spin", i)
        await asyncio.sleep(0)
async def main():
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b(ta))
    ts = asyncio.create_task(spin())
    await tb
    print("main: tb done")
    await ts
asyncio.run(main())
