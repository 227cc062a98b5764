# TaskGroup: one failing task cancels its siblings and the body; errors are raised as an ExceptionGroup.
import asyncio
async def fails(delay, exc):
    await asyncio.sleep(delay)
    raise exc
async def long(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long("sibling1"))
            tg.create_task(fails(0.01, ValueError("first")))
            tg.create_task(long("sibling2"))
            tg.create_task(fails(0.01, TypeError("second")))
            await asyncio.sleep(1)
            print("never printed")
    except* ValueError as eg:
        print("ValueError group:", repr(eg))
    except* TypeError as eg:
        print("TypeError group:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(0, KeyError("k")))
    except ExceptionGroup as eg:
        print(repr(eg), eg.message)
asyncio.run(main())
