# asyncio docs (Shielding): the outer await is cancelled but the shielded task keeps running and finishes.
import asyncio

async def something():
    print("something: start")
    await asyncio.sleep(0.05)
    print("something: finished anyway")
    return "result"

async def caller(inner):
    try:
        res = await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller: cancelled, inner task still running:", not inner.done())
        raise
    return res

async def main():
    inner = asyncio.create_task(something())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("main: outer cancelled", outer.cancelled())
    print("main: inner result", await inner, inner.cancelled())

asyncio.run(main())
