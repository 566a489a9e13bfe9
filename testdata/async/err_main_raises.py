# An exception escaping main() leaves asyncio.run() and ends the program.
import asyncio


async def helper():
    await asyncio.sleep(0.01)
    raise ValueError("main failed")


async def main():
    print("before")
    await helper()
    print("never")


asyncio.run(main())
