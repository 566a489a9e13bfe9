# wait_for: the result in time, or TimeoutError after cancelling the work.
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "was cancelled by wait_for")
        raise


async def main():
    print(await asyncio.wait_for(slow("quick", 0.01), timeout=0.5))
    try:
        await asyncio.wait_for(slow("late", 0.5), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, repr(e.__cause__))
    print(await asyncio.wait_for(slow("no limit", 0.01), None))
    t = asyncio.create_task(slow("task", 0.5))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("timeout=0: cancelled", t.cancelled())
    done = asyncio.create_task(slow("done", 0))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(done, 0))

    async def fails():
        await asyncio.sleep(0.01)
        raise ValueError("inner error")
    try:
        await asyncio.wait_for(fails(), 1)
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
