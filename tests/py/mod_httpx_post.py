# httpx (looplab-only): AsyncClient.post sends a text body; the simulated host echoes method and body.
import asyncio
import httpx

async def main():
    async with httpx.AsyncClient() as client:
        r = await client.post("https://orders.example/submit", content="order=42")
        data = r.json()
        print(r.status_code, data["method"], data["path"], data["body"])
        r = await client.get("https://orders.example/submit")
        print(r.status_code, r.json()["method"], r.json()["body"])

asyncio.run(main())
