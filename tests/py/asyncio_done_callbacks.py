# add_done_callback: callbacks run via call_soon in registration order, after the task completes; remove_done_callback.
import asyncio
async def job():
    print("job runs")
    await asyncio.sleep(0)
    print("job returns")
    return "R"
def cb(tag):
    def inner(fut):
        print("callback", tag, fut.result())
    return inner
async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(cb(1))
    second = cb(2)
    t.add_done_callback(second)
    t.add_done_callback(cb(3))
    print("removed:", t.remove_done_callback(second))
    await t
    print("main resumed after await")
    await asyncio.sleep(0)
    print("callback added to a finished task runs soon:")
    t.add_done_callback(cb(4))
    print("registered")
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
