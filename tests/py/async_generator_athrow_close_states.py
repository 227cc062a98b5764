# Async generator edge cases: aclose before start, athrow before start, ag_running, asend to finished.
import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def main():
    a = agen()
    await a.aclose()
    print("aclose on unstarted: no finally printed")
    b = agen()
    try:
        await b.athrow(ValueError("early"))
    except ValueError as e:
        print("athrow before start raises", repr(e))
    c = agen()
    print(c.ag_running, await c.asend(None), c.ag_running)
    await c.aclose()
    try:
        await c.asend(None)
    except StopAsyncIteration:
        print("finished agen raises StopAsyncIteration")
    print(type(agen.__name__), agen.__name__)
asyncio.run(main())
