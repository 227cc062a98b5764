# Queue.join waits until task_done was called for every item; extra task_done raises ValueError.
import asyncio
async def worker(name, q):
    while True:
        item = await q.get()
        print(name, "processing", item)
        await asyncio.sleep(0)
        q.task_done()
        print(name, "done with", item)
async def main():
    q = asyncio.Queue()
    for item in ["x", "y", "z"]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all items processed, qsize:", q.qsize())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on an idle queue returns at once")
asyncio.run(main())
