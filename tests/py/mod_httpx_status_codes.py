# httpx (looplab-only): /status/<code> answers that status with an empty body; raise_for_status raises HTTPStatusError.
import asyncio
import httpx

async def main():
    async with httpx.AsyncClient() as client:
        for code in (200, 201, 404, 503):
            r = await client.get(f"https://status.example/status/{code}")
            print(code, r.status_code, repr(r.text))
            try:
                r.raise_for_status()
                print("  ok")
            except httpx.HTTPStatusError as e:
                print("  HTTPStatusError for", e.response.status_code)

asyncio.run(main())
