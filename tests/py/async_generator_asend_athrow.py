# Async generator asend/athrow: values sent in, exceptions thrown at the yield, return ends iteration.
import asyncio
async def accumulator():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("agen handled", repr(e))
            total = 0
            continue
        if v is None:
            return
        await asyncio.sleep(0)
        total += v
async def main():
    agen = accumulator()
    print(await agen.asend(None))
    print(await agen.asend(5))
    print(await agen.asend(10))
    print(await agen.athrow(ValueError("reset")))
    print(await agen.asend(7))
    try:
        await agen.asend(None)
    except StopAsyncIteration:
        print("finished")
    a2 = accumulator()
    await a2.asend(None)
    try:
        await a2.athrow(KeyError("unhandled"))
    except KeyError as e:
        print("propagated", repr(e))
asyncio.run(main())
