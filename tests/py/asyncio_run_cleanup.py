# asyncio.run returns main's result and, on exit, cancels a still-pending task (its except/finally run).
import asyncio
async def background(name):
    try:
        print(name, "started")
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")
async def main():
    asyncio.create_task(background("bg"))
    await asyncio.sleep(0)
    print("main returns")
    return {"answer": 42}
print(asyncio.run(main()))
print("after asyncio.run")
print(asyncio.run(asyncio.sleep(0, result="second run")))
