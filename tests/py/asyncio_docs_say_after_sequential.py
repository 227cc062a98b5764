# asyncio docs (Coroutines): awaiting say_after twice runs sequentially (sleeps shortened, times not printed).
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print("started")

    await say_after(0.01, 'hello')
    await say_after(0.02, 'world')

    print("finished")

asyncio.run(main())
