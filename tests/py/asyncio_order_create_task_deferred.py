# create_task schedules the first step with call_soon: the task runs only when the creator yields.
import asyncio
async def child(name):
    print("child", name, "first step")
    await asyncio.sleep(0)
    print("child", name, "second step")
async def main():
    print("main: creating")
    a = asyncio.create_task(child("a"))
    print("main: created a, doing sync work")
    b = asyncio.create_task(child("b"))
    print("main: created b, awaiting a coroutine that does not suspend")
    async def no_suspend():
        return "no suspension"
    print(await no_suspend())
    print("main: still before children; now awaiting a")
    await a
    print("main: a done; b done?", b.done())
    await b
asyncio.run(main())
