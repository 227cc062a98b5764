# asyncio.Lock: mutual exclusion, FIFO hand-off to waiters, locked(), release of an unlocked lock.
import asyncio
async def critical(lock, name):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(name, "releases")
async def main():
    lock = asyncio.Lock()
    print("locked?", lock.locked())
    await asyncio.gather(critical(lock, "A"), critical(lock, "B"), critical(lock, "C"))
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
