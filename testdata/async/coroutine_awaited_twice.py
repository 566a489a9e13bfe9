# One coroutine object awaited by two tasks: the second await, made while the
# first is paused inside it, raises RuntimeError instead of resuming it (which
# hung the program).
import asyncio


async def slow():
    await asyncio.sleep(0.01)
    return "slow"


async def main():
    c = slow()

    async def first():
        return await c

    async def second():
        await asyncio.sleep(0.001)
        return await c

    r = await asyncio.gather(first(), second(), return_exceptions=True)
    print([repr(x) for x in r])
    c2 = slow()
    t = asyncio.create_task(c2)
    await asyncio.sleep(0.001)
    try:
        await c2
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await t)


asyncio.run(main())
