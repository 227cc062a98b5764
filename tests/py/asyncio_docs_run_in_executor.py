# asyncio docs (Event loop, executing code in thread pools): run_in_executor with the default and a custom pool.
import asyncio
import concurrent.futures
import time

def blocking_io():
    # File operations (such as logging) can block the
    # event loop: run them in a thread pool.
    time.sleep(0.01)
    return b"\x00" * 4

def cpu_bound():
    return sum(i * i for i in range(10 ** 5))

async def main():
    loop = asyncio.get_running_loop()

    # 1. Run in the default loop's executor:
    result = await loop.run_in_executor(
        None, blocking_io)
    print('default thread pool', result)

    # 2. Run in a custom thread pool:
    with concurrent.futures.ThreadPoolExecutor() as pool:
        result = await loop.run_in_executor(
            pool, blocking_io)
        print('custom thread pool', result)
        result = await loop.run_in_executor(pool, cpu_bound)
        print('custom thread pool, cpu bound', result)

asyncio.run(main())
