# Page example: a Queue with two producers and two consumers, sentinel shutdown, ordered by sleep(0) steps.
import asyncio

async def producer(name, q, items):
    for item in items:
        await q.put(f"{name}:{item}")
        print(f"{name} produced {item}")
        await asyncio.sleep(0)

async def consumer(name, q, seen):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(f"{name} stops")
            return
        print(f"{name} consumed {item}")
        seen.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, seen)) for i in range(2)]
    await asyncio.gather(producer("p0", q, range(3)), producer("p1", q, "xy"))
    for _ in consumers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*consumers)
    print(sorted(seen))

asyncio.run(main())
