# __await__ on a custom class: generator-based awaitables, yielding None to the loop, return value.
import asyncio
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("__await__ called")
        return self.value
        yield
class Yielding:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            print("yield to loop", i)
            yield
        return f"done after {self.n}"
async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)
async def main():
    print(await Ready(5))
    t = asyncio.create_task(other())
    print(await Yielding(2))
    await t
    try:
        await 3
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
