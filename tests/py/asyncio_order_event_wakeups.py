# Event.set wakes waiters in wait order; each waiter resumes in a later iteration than set().
import asyncio
async def waiter(ev, name):
    print(name, "waits")
    await ev.wait()
    print(name, "resumes")
    await asyncio.sleep(0)
    print(name, "second step")
async def setter(ev):
    await asyncio.sleep(0)
    print("setter sets")
    ev.set()
    print("setter continues right after set")
    await asyncio.sleep(0)
    print("setter after yield")
async def main():
    ev = asyncio.Event()
    await asyncio.gather(waiter(ev, "w1"), setter(ev), waiter(ev, "w2"))
asyncio.run(main())
