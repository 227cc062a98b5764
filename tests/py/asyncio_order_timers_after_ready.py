# Due timers are appended after callbacks already in the ready queue, so a sleep(0) chain can run first.
import asyncio, time
async def spinner():
    for i in range(4):
        print("spin", i)
        await asyncio.sleep(0)
async def sleeper():
    print("sleeper arms a 1 ms timer")
    await asyncio.sleep(0.001)
    print("sleeper woke")
async def main():
    t1 = asyncio.create_task(sleeper())
    t2 = asyncio.create_task(spinner())
    await asyncio.sleep(0)
    time.sleep(0.01)
    print("main blocked 10 ms: the timer is now overdue")
    await asyncio.gather(t1, t2)
asyncio.run(main())
