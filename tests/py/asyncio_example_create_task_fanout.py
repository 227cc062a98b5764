# Page example: create_task fan-out with asyncio.sleep(d, result=...), awaited in creation order.
import asyncio

async def fan_out():
    tasks = [
        asyncio.create_task(asyncio.sleep(0.03, result="a")),
        asyncio.create_task(asyncio.sleep(0.01, result="b")),
        asyncio.create_task(asyncio.sleep(0.02, result="c")),
    ]
    for t in tasks:
        print("awaiting", t.get_name())
        print("got", await t)
    return [t.result() for t in tasks]

print(asyncio.run(fan_out()))
