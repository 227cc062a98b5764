# asyncio.Condition: wait/notify/notify_all/wait_for with a shared predicate.
import asyncio
async def consumer(cond, name, box):
    async with cond:
        print(name, "waiting")
        await cond.wait_for(lambda: box)
        item = box.pop(0)
        print(name, "took", item)
async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", box)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        box.append("first")
        cond.notify()
        print("notified one")
    await asyncio.sleep(0.01)
    async with cond:
        box.extend(["second", "third"])
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
