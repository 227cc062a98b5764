# Deep await chains run synchronously until a real suspension; exceptions propagate through await.
import asyncio
async def level(n):
    print("enter", n)
    if n == 0:
        await asyncio.sleep(0)
        print("bottom resumed")
        return 0
    r = await level(n - 1)
    print("exit", n)
    return r + n
async def fails(n):
    if n == 0:
        raise ValueError("deep failure")
    await fails(n - 1)
async def main():
    print(await level(3))
    try:
        await fails(5)
    except ValueError as e:
        print("caught", e)
asyncio.run(main())
