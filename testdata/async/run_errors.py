# Misuse of asyncio.run and get_running_loop, with CPython's messages.
import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("inner still runs:", await coro)


try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
try:
    asyncio.create_task(inner())
except RuntimeError as e:
    print("RuntimeError:", e)
