# asyncio.run finalizes unfinished async generators (aclose) when it shuts down.
import asyncio
async def stream():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("stream finalized")
keep = []
async def main():
    g = stream()
    keep.append(g)
    print(await anext(g), await anext(g))
    print("main returns with the generator still suspended")
asyncio.run(main())
print("after run")
