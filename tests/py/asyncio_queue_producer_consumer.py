# Bounded queue: the producer blocks on put() when full, interleaving with the consumer deterministically.
import asyncio
async def producer(q, n):
    for i in range(n):
        print("put", i, "qsize before", q.qsize())
        await q.put(i)
    await q.put(None)
    print("producer done")
async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        print("got", item)
        total += item
        await asyncio.sleep(0)
    return total
async def main():
    q = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(producer(q, 5), consumer(q))
    print(results)
asyncio.run(main())
