# TaskGroup: a failing task cancels its siblings and the body; the errors
# come out together as an ExceptionGroup.
import asyncio


async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def boom(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def boom_on(event, exc):
    await event.wait()
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("fast", 0.01))
            tg.create_task(boom(0.02, ValueError("bad value")))
            tg.create_task(ok("slow", 1))
            await asyncio.sleep(1)
            print("body never gets here")
    except Exception as eg:
        print(type(eg).__name__ + ":", eg)
        print([repr(e) for e in eg.exceptions])

    try:
        # Both tasks wake in the same loop iteration (one event), so both
        # fail before the group cancels either: no race between two timers.
        event = asyncio.Event()
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom_on(event, KeyError("k")))
            tg.create_task(boom_on(event, TypeError("t")))
            await asyncio.sleep(0)
            event.set()
    except Exception as eg:
        print(eg)
        print(sorted(type(e).__name__ for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("sibling", 1))
            await asyncio.sleep(0.01)
            raise RuntimeError("in the body")
    except Exception as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])
    print("main goes on, cancelling() =", asyncio.current_task().cancelling())


asyncio.run(main())
