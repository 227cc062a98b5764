# httpx (looplab-only): /delay/<s> adds latency; wait_for times out and cancels the request.
import asyncio
import httpx

async def main():
    async with httpx.AsyncClient() as client:
        try:
            await asyncio.wait_for(client.get("https://api.example/delay/1"), timeout=0.1)
            print("not reached")
        except asyncio.TimeoutError:
            print("request timed out")
        r = await asyncio.wait_for(client.get("https://api.example/fast"), timeout=1)
        print("second request", r.status_code, r.json()["path"])

asyncio.run(main())
