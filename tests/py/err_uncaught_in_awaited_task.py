# An exception in a task awaited by main propagates out of asyncio.run; earlier task output is kept.
import asyncio
async def job(name):
    print(name, "starts")
    await asyncio.sleep(0)
    raise PermissionError(f"{name} is not allowed")
async def main():
    t = asyncio.create_task(job("writer"), name="writer")
    print("main awaits", t.get_name())
    await t
asyncio.run(main())
