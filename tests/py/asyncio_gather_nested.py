# Nested gathers and gathering the same coroutine function many times; results nest accordingly.
import asyncio
async def leaf(x):
    await asyncio.sleep(0)
    return x
async def branch(base):
    return await asyncio.gather(*(leaf(base + i) for i in range(3)))
async def main():
    print(await asyncio.gather(branch(0), branch(10), leaf("solo")))
    inner = asyncio.gather(leaf(1), leaf(2))
    outer = asyncio.gather(inner, leaf(3))
    print(await outer, inner.done())
asyncio.run(main())
