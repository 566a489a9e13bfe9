# A bad sleep delay is a TypeError from the comparison.
import asyncio


async def main():
    await asyncio.sleep("1")


asyncio.run(main())
