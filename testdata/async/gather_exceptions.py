# gather: the first exception propagates (the others keep running);
# return_exceptions=True puts exceptions in the results instead.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok", name)
    return name


async def bad(delay, exc):
    await asyncio.sleep(delay)
    print("raising", repr(exc))
    raise exc


async def main():
    slow = asyncio.create_task(ok("slow", 0.05))
    try:
        await asyncio.gather(ok("a", 0.01), bad(0.02, ValueError("v")), slow)
    except ValueError as e:
        print("gather raised", repr(e))
    print("slow done yet:", slow.done())
    print("slow result:", await slow)

    res = await asyncio.gather(ok("b", 0.01), bad(0.02, TypeError("t")),
                               bad(0.01, KeyError("k")), return_exceptions=True)
    print(res)
    for r in res:
        print(type(r).__name__, isinstance(r, Exception))


asyncio.run(main())
