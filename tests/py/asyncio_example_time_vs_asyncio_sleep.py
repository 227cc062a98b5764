# Page example: time.sleep serialises tasks, asyncio.sleep lets them overlap (print order shows the difference).
import asyncio
import time

async def blocking(name):
    print(name, "start")
    time.sleep(0.02)
    print(name, "end")

async def cooperative(name):
    print(name, "start")
    await asyncio.sleep(0.02)
    print(name, "end")

async def main():
    print("--- time.sleep")
    await asyncio.gather(blocking("b1"), blocking("b2"), blocking("b3"))
    print("--- asyncio.sleep")
    await asyncio.gather(cooperative("c1"), cooperative("c2"), cooperative("c3"))

asyncio.run(main())
