# async with: __aenter__/__aexit__ ordering, awaiting inside them, exception suppression.
import asyncio
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        await asyncio.sleep(0)
        return self.name + "-handle"
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("aexit", self.name, et.__name__ if et else None, ev)
        return self.suppress
async def main():
    async with Resource("db") as h:
        print("using", h)
    async with Resource("a") as a, Resource("b") as b:
        print("using", a, b)
    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
asyncio.run(main())
