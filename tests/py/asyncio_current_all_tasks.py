# current_task() and all_tasks(): the running task, the set of unfinished tasks, none outside the loop.
import asyncio
async def child(n):
    me = asyncio.current_task()
    await asyncio.sleep(0)
    return me.get_name()
async def main():
    me = asyncio.current_task()
    print(me.get_name(), type(me).__name__, me.done())
    ts = [asyncio.create_task(child(i), name=f"child{i}") for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*ts))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(me in asyncio.all_tasks(), asyncio.current_task() is me)
asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside the loop:", e)
