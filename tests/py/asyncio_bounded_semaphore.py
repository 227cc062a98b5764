# BoundedSemaphore raises ValueError when released more times than acquired.
import asyncio
async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        print("inside, locked?", sem.locked())
        async with sem:
            print("inside twice, locked?", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    print(isinstance(sem, asyncio.Semaphore))
asyncio.run(main())
