# PriorityQueue returns the smallest item first; LifoQueue returns the newest first.
import asyncio
async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([await lq.get() for _ in range(4)])
    pq2 = asyncio.PriorityQueue(maxsize=1)
    pq2.put_nowait(5)
    print(pq2.full())
    try:
        pq2.put_nowait(1)
    except asyncio.QueueFull:
        print("PriorityQueue full")
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))
asyncio.run(main())
