# asyncio docs (Timeouts): timeout(None) rescheduled once the deadline is known; cm.expired() afterwards.
import asyncio
from asyncio import get_running_loop

async def long_running_task():
    await asyncio.sleep(3600)

async def main():
    try:
        # We do not know the timeout when starting, so we pass ``None``.
        async with asyncio.timeout(None) as cm:
            print("when before:", cm.when())
            # We know the timeout now, so we reschedule it.
            new_deadline = get_running_loop().time() + 0.01
            cm.reschedule(new_deadline)
            print("when is the new deadline:", cm.when() == new_deadline)

            await long_running_task()
    except TimeoutError:
        pass

    if cm.expired():
        print("Looks like we haven't finished on time.")

asyncio.run(main())
