# async def returns a coroutine object; await chains; coroutine results; type names.
import asyncio
async def add(a, b):
    print("add", a, b)
    return a + b
async def main():
    c = add(1, 2)
    print(type(c).__name__, asyncio.iscoroutine(c), asyncio.iscoroutinefunction(add))
    r = await c
    print("result", r)
    print(await add(await add(1, 1), await add(2, 2)))
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main done"
print(asyncio.run(main()))
