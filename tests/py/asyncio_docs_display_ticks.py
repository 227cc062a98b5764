# asyncio docs (Sleeping): the display_date loop driven by loop.time(), printing a counter instead of the date.
import asyncio

async def display_date():
    loop = asyncio.get_running_loop()
    end_time = loop.time() + 0.15
    n = 0
    while True:
        n += 1
        print("tick", n)
        if (loop.time() + 0.045) >= end_time:
            break
        await asyncio.sleep(0.06)

asyncio.run(display_date())
