# __aiter__/__anext__ classes, aiter()/anext() builtins, anext with default, StopAsyncIteration.
import asyncio
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1
async def main():
    async for v in Countdown(3):
        print("for", v)
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "end"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print([v async for v in Countdown(4)])
    try:
        aiter([1, 2])
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
