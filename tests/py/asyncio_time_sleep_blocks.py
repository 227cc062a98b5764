# time.sleep inside a coroutine blocks the whole loop: no other task runs meanwhile (order only, no durations).
import asyncio
import time
async def blocker():
    print("blocker: time.sleep starts")
    time.sleep(0.03)
    print("blocker: time.sleep ends")
    await asyncio.sleep(0)
    print("blocker: after yielding")
async def polite(name):
    for i in range(3):
        print(name, "step", i)
        await asyncio.sleep(0)
async def timer():
    await asyncio.sleep(0.01)
    print("timer: 10 ms timer fired (late: after the blocking sleep)")
async def main():
    await asyncio.gather(timer(), polite("p"), blocker())
asyncio.run(main())
