# ensure_future wraps coroutines in Tasks, returns Futures/Tasks unchanged, accepts awaitables.
import asyncio
async def coro():
    return "from coroutine"
class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from awaitable"
async def main():
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, isinstance(t, asyncio.Future), await t)
    print(asyncio.ensure_future(t) is t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    f.set_result("future")
    print(await f)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
