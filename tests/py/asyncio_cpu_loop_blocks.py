# A CPU-bound loop without awaits starves other tasks until it yields.
import asyncio
async def cpu(n):
    print("cpu: start")
    total = 0
    for i in range(n):
        total += i * i
    print("cpu: done", total)
    await asyncio.sleep(0)
    print("cpu: after yield")
async def other():
    for i in range(2):
        print("other", i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(other(), cpu(200000), other())
asyncio.run(main())
