# asyncio docs (Timeouts): wait_for on eternity() times out (timeout shortened to 10 ms).
import asyncio

async def eternity():
    # Sleep for one hour
    await asyncio.sleep(3600)
    print('yay!')

async def main():
    # Wait for at most 1 second
    try:
        await asyncio.wait_for(eternity(), timeout=0.01)
    except TimeoutError:
        print('timeout!')

asyncio.run(main())
