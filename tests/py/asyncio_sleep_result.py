# asyncio.sleep returns its result= argument; sleep(0) yields exactly one loop iteration; negative delay is like 0.
import asyncio
async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, result="zero"))
    print(await asyncio.sleep(0.01, result={"k": [1, 2]}))
    print(await asyncio.sleep(-1, result="negative"))
    r = await asyncio.gather(asyncio.sleep(0.01, result="a"), asyncio.sleep(0, result="b"))
    print(r)
    t = asyncio.create_task(asyncio.sleep(0, result=42))
    print(await t, t.done(), t.result())
asyncio.run(main())
