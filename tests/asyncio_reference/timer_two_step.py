# A due timer's callback runs as one job of the loop; the sleeping task resumes one iteration later.
import asyncio, time

async def spinner():
    for i in range(5):
        print("spin", i)
        time.sleep(0.002)
        await asyncio.sleep(0)

async def sleeper():
    print("sleeper start")
    await asyncio.sleep(0.001)
    print("sleeper woke")

async def main():
    t1 = asyncio.create_task(spinner())
    t2 = asyncio.create_task(sleeper())
    await t1
    await t2

asyncio.run(main())
