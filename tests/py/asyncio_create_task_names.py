# Task names: default Task-N numbering (main is Task-1), name= argument, set_name/get_name.
import asyncio
async def work():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()
async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(work())
    t2 = asyncio.create_task(work(), name="custom")
    t3 = asyncio.ensure_future(work())
    t4 = asyncio.get_running_loop().create_task(work())
    print([t.get_name() for t in (t1, t2, t3, t4)])
    t1.set_name("renamed")
    t4.set_name(12345)
    print(await asyncio.gather(t1, t2, t3, t4))
    print(await asyncio.gather(work(), work()))
    t5 = asyncio.create_task(work())
    print(t5.get_name(), await t5)
asyncio.run(main())
