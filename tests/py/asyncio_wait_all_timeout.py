# wait(ALL_COMPLETED) default and with timeout (pending tasks are NOT cancelled); empty set is an error.
import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    return name
async def main():
    ts = [asyncio.create_task(job(f"j{i}", i * 0.005), name=f"j{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), pending)
    ts = [asyncio.create_task(job("quick", 0), name="quick"), asyncio.create_task(job("slow", 0.05), name="slow")]
    done, pending = await asyncio.wait(ts, timeout=0.01)
    print("done", [t.get_name() for t in done], "pending", [t.get_name() for t in pending])
    slow = pending.pop()
    print("slow cancelled?", slow.cancelled(), "done?", slow.done())
    print(await slow)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
