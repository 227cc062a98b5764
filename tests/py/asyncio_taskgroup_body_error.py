# TaskGroup: an exception in the body cancels the children; it is wrapped in an ExceptionGroup too.
import asyncio
async def child(name):
    try:
        await asyncio.sleep(1)
    finally:
        print(name, "finally")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("caught", repr(eg))
asyncio.run(main())
