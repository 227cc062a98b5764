# loop.time() is monotonic and advances across sleeps (compared, never printed); get_running_loop outside a loop fails.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.02)
    t1 = loop.time()
    print("advanced by at least 20ms:", t1 - t0 >= 0.019, "and less than 1s:", t1 - t0 < 1)
    print("same loop:", asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
    print(type(t0).__name__, loop.is_running(), loop.is_closed())
asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
