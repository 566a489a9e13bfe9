# Deep chains of coroutines: values and exceptions travel through awaits,
# finally blocks run in order.
import asyncio


async def level(n):
    if n == 0:
        await asyncio.sleep(0.001)
        return 0
    try:
        return 1 + await level(n - 1)
    finally:
        if n % 25 == 0:
            print("leaving level", n)


async def explode(n):
    if n == 0:
        raise LookupError("deep")
    try:
        await explode(n - 1)
    except LookupError as e:
        if n == 3:
            raise ValueError("wrapped at 3") from e
        raise


async def main():
    print(await level(100))
    try:
        await explode(5)
    except ValueError as e:
        print(repr(e), "cause:", repr(e.__cause__))
    coro = level(3)
    print(type(coro).__name__)
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
