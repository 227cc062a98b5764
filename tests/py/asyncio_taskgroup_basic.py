# TaskGroup: tasks start when the body yields, the block waits for all; results via task.result().
import asyncio
async def work(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name * n
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 2))
        b = tg.create_task(work("b", 3), name="bee")
        print("body: tasks created, none started yet")
        await asyncio.sleep(0)
        print("body: after one yield")
        c = tg.create_task(work("c", 1))
    print("after block:", a.result(), b.result(), c.result(), b.get_name())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
    late = work("late", 1)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", e)
    late.close()
asyncio.run(main())
