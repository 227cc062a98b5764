# asyncio docs (Awaitables): a Task scheduled with create_task and awaited; plus the Futures awaited via gather.
import asyncio

async def nested():
    return 42

async def main():
    # Schedule nested() to run soon concurrently
    # with "main()".
    task = asyncio.create_task(nested())

    # "task" can now be used to cancel "nested()", or
    # can simply be awaited to wait until it is complete:
    print(await task)

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "future result")
    print(await asyncio.gather(fut, nested()))

asyncio.run(main())
