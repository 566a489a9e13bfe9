# Releasing an unlocked asyncio.Lock.
import asyncio


async def main():
    asyncio.Lock().release()


asyncio.run(main())
