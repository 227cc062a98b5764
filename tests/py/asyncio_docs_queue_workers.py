# asyncio docs (Queues): three workers drain a queue; seeded work sizes in sleep(0) ticks keep it deterministic.
import asyncio
import random

async def worker(name, queue):
    while True:
        # Get a "work item" out of the queue.
        ticks = await queue.get()
        # "Sleep" for that many loop iterations.
        for _ in range(ticks):
            await asyncio.sleep(0)
        # Notify the queue that the "work item" has been processed.
        queue.task_done()
        print(f'{name} has slept for {ticks} ticks')

async def main():
    random.seed(7)
    queue = asyncio.Queue()
    total_sleep_time = 0
    for _ in range(12):
        ticks = random.randint(1, 6)
        total_sleep_time += ticks
        queue.put_nowait(ticks)
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue))
        tasks.append(task)
    await queue.join()
    for task in tasks:
        task.cancel()
    print(await asyncio.gather(*tasks, return_exceptions=True))
    print('====')
    print(f'total expected sleep time: {total_sleep_time} ticks')

asyncio.run(main())
