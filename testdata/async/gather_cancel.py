# Cancelling a gather cancels its children; a cancelled child makes the
# gather raise CancelledError, or appear as one with return_exceptions.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 1), child("c", 1))
    await asyncio.sleep(0.03)
    print("cancel gather ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError, cancelled() =", g.cancelled())

    t1 = asyncio.create_task(child("d", 1))
    t2 = asyncio.create_task(child("e", 0.02))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.01)
    t1.cancel("bye")
    res = await g2
    print([type(r).__name__ for r in res], res[0].args, res[1])

    t3 = asyncio.create_task(child("f", 1))
    g3 = asyncio.gather(t3, child("g", 0.02))
    await asyncio.sleep(0.01)
    t3.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print("a cancelled child cancels the gather's await")
    await asyncio.sleep(0.03)


asyncio.run(main())
