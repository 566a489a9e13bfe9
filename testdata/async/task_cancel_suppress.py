# A task may catch its cancellation and carry on; cancelling()/uncancel().
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring the cancellation")
        print("cancelling() =", asyncio.current_task().cancelling())
        print("uncancel() =", asyncio.current_task().uncancel())
    await asyncio.sleep(0.01)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    print("result:", await t)
    print("cancelled:", t.cancelled())

    # cancel() twice counts two requests.
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling() after two cancel():", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())


asyncio.run(main())
