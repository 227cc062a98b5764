# asyncio.Event: many waiters woken by one set(), is_set, clear, wait on an already-set event returns True.
import asyncio
async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke with", r)
async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set", ev.is_set())
    ev.set()
    print("set called; waiters run after main yields")
    await asyncio.gather(*tasks)
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print("cleared", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("wait after clear timed out")
asyncio.run(main())
