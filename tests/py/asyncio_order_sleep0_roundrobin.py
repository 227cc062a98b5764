# sleep(0) round-robin: each task advances one step per loop iteration, in creation order.
import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "finished")
async def main():
    await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print("--- tasks created in a loop")
    tasks = [asyncio.create_task(worker(f"t{i}", 2)) for i in range(3)]
    print("main continues before any task runs")
    await asyncio.sleep(0)
    print("main after one yield")
    await asyncio.gather(*tasks)
asyncio.run(main())
