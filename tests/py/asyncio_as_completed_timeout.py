# as_completed yields futures in completion order; with a timeout the remaining ones raise TimeoutError.
import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    return name
async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("c", 0.02), ("a", 0.0), ("b", 0.01)]]
    order = []
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    print(order)
    got = []
    try:
        for fut in asyncio.as_completed([job("quick", 0), job("slow", 1)], timeout=0.02):
            got.append(await fut)
    except TimeoutError:
        print("timeout after", got)
    print(list(asyncio.as_completed([])))
asyncio.run(main())
