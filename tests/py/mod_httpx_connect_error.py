# httpx (looplab-only): a host outside .example that cannot be reached raises httpx.ConnectError.
import asyncio
import httpx

async def main():
    async with httpx.AsyncClient() as client:
        try:
            await client.get("https://unreachable.invalid/x")
            print("not reached")
        except httpx.ConnectError as e:
            print("ConnectError", isinstance(e, httpx.RequestError), isinstance(e, httpx.HTTPError))
        r = await client.get("https://ok.example/after")
        print(r.status_code)

asyncio.run(main())
