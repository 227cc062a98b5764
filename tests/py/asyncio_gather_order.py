# gather returns results in argument order even when the awaitables finish in a different order.
import asyncio
async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("done", name)
    return name.upper()
async def main():
    res = await asyncio.gather(job("slow", 0.03), job("fast", 0.0), job("mid", 0.015))
    print(res)
    print(await asyncio.gather())
    print(await asyncio.gather(job("only", 0)))
    t = asyncio.create_task(job("task", 0))
    print(await asyncio.gather(t, job("coro", 0), t))
asyncio.run(main())
