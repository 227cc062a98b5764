# asyncio.Queue: FIFO order, qsize/empty/full/maxsize, put_nowait/get_nowait with QueueFull/QueueEmpty.
import asyncio
async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait("a")
    await q.put("b")
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", asyncio.QueueFull.__mro__[1].__name__)
    print(await q.get(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    unbounded = asyncio.Queue()
    for i in range(5):
        unbounded.put_nowait(i)
    print(unbounded.maxsize, unbounded.full(), [unbounded.get_nowait() for _ in range(5)])
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except TimeoutError:
        print("get on empty queue timed out")
asyncio.run(main())
