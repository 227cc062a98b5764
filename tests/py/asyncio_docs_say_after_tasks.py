# asyncio docs (Coroutines): say_after wrapped in create_task runs concurrently (sleeps shortened, times not printed).
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(
        say_after(0.01, 'hello'))

    task2 = asyncio.create_task(
        say_after(0.02, 'world'))

    print("started")

    # Wait until both tasks are completed (should take
    # around 2 seconds.)
    await task1
    await task2

    print("finished")

asyncio.run(main())
