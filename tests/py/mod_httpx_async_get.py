# httpx (looplab-only): AsyncClient.get against a simulated .example host returns the JSON echo with status 200.
import asyncio
import httpx

async def main():
    async with httpx.AsyncClient() as client:
        r = await client.get("https://api.example/items/1")
        print(r.status_code)
        data = r.json()
        print(data["method"], data["host"], data["path"])
        print(data["url"])
        print(data["body"])
        print(type(r.text).__name__, r.text.startswith("{"))

asyncio.run(main())
