# Future results hop through callbacks: set_result -> waiter wakes next iteration -> its own awaiter the one after.
import asyncio
async def level(name, fut):
    v = await fut
    print(name, "got", v)
    return v + 1
async def ticker():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0)
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t1 = asyncio.create_task(level("t1", f))
    t2 = asyncio.create_task(level("t2", t1))
    t3 = asyncio.create_task(level("t3", t2))
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("main sets the future")
    f.set_result(0)
    print(await t3)
    await tk
asyncio.run(main())
