# An exception in a task is stored and raised again when it is awaited.
import asyncio


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise KeyError(msg)


async def main():
    t = asyncio.create_task(fail("k", 0.01))
    await asyncio.sleep(0.03)
    print("done:", t.done(), "exception:", repr(t.exception()))
    try:
        await t
    except KeyError as e:
        print("await raised KeyError", e)
    try:
        t.result()
    except KeyError as e:
        print("result() raised KeyError", e)
    try:
        await fail("direct", 0)
    except KeyError as e:
        print("direct await raised", repr(e))

    async def zero():
        return 1 / 0
    try:
        await asyncio.create_task(zero())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


asyncio.run(main())
