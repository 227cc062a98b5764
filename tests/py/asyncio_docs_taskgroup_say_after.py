# asyncio docs (Coroutines): the TaskGroup version of the say_after example (sleeps shortened, times not printed).
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(
            say_after(0.01, 'hello'))

        task2 = tg.create_task(
            say_after(0.02, 'world'))

        print("started")

    # The await is implicit when the context manager exits.

    print("finished")
    print(task1.result(), task2.result())

asyncio.run(main())
