# asyncio docs (Coroutines): the hello/world example, with the 1 s sleep shortened.
import asyncio

async def main():
    print('hello')
    await asyncio.sleep(0.01)
    print('world')

asyncio.run(main())
