# loop.run_in_executor with the default executor and a ThreadPoolExecutor; futures from executors are awaitable.
import asyncio
import concurrent.futures
import time
def work(x):
    time.sleep(0.005)
    return x * x
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, work, 7)
    print(type(fut).__name__, isinstance(fut, asyncio.Future))
    print(await fut)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, work, i) for i in range(5)))
    print(results)
    def fails():
        raise OSError("executor failure")
    try:
        await loop.run_in_executor(None, fails)
    except OSError as e:
        print("OSError:", e)
asyncio.run(main())
