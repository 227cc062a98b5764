# Rate-limited fan-out: a Semaphore keeps at most 3 jobs in flight; completion order follows the delays.
import asyncio
in_flight = 0
peak = 0
async def job(sem, i):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.004 * (i % 3))
        in_flight -= 1
        return i
async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(job(sem, i) for i in range(9)))
    print(results, "peak in flight:", peak)
asyncio.run(main())
