# httpx (looplab-only): concurrent gets with gather; results in argument order whatever the latencies.
import asyncio
import httpx

async def fetch(client, i):
    r = await client.get(f"https://api.example/items/{i}")
    return r.status_code, r.json()["path"]

async def main():
    async with httpx.AsyncClient() as client:
        results = await asyncio.gather(*(fetch(client, i) for i in range(5)))
    for status, path in results:
        print(status, path)

asyncio.run(main())
