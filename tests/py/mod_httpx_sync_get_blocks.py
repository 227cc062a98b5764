# httpx (looplab-only): sync httpx.get blocks the whole loop; the ticker's timer fires only afterwards.
import asyncio
import httpx

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.01)

async def blocking_fetch():
    print("sync get starts")
    r = httpx.get("https://api.example/slow")
    print("sync get done", r.status_code, r.json()["path"])
    await asyncio.sleep(0)
    print("fetcher yielded")

async def main():
    await asyncio.gather(ticker(), blocking_fetch())

asyncio.run(main())
