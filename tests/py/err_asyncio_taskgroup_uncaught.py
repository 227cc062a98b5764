# An ExceptionGroup from a TaskGroup escaping asyncio.run: boxed traceback with the child's frames.
import asyncio
async def child(n):
    await asyncio.sleep(0)
    if n == 1:
        raise KeyError(f"child {n}")
    print("child", n, "ok")
async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(child(n))
asyncio.run(main())
