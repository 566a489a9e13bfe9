# shield: cancelling the waiter does not cancel the shielded work.
import asyncio


async def important(log):
    await asyncio.sleep(0.03)
    log.append("important work done")
    return 42


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled, inner cancelled?", inner.cancelled())
        raise


async def main():
    log = []
    inner = asyncio.create_task(important(log))
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled())
    print("inner result:", await inner, log)

    done = asyncio.create_task(asyncio.sleep(0, "already"))
    await asyncio.sleep(0)
    print(await asyncio.shield(done))
    print(await asyncio.shield(important(log)), len(log))


asyncio.run(main())
