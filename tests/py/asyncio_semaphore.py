# asyncio.Semaphore limits concurrency; waiters acquire in FIFO order; locked() and value checks.
import asyncio
active = 0
async def job(sem, name):
    global active
    async with sem:
        active += 1
        print(name, "start, active =", active)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        active -= 1
        print(name, "end")
async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, f"j{i}") for i in range(5)))
    print("locked?", sem.locked())
    await sem.acquire(); await sem.acquire()
    print("locked after two acquires?", sem.locked())
    sem.release(); sem.release(); sem.release()
    print("plain Semaphore allows extra release; locked?", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
