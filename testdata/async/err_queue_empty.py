# QueueEmpty's module shows in the last line of the traceback.
import asyncio


async def main():
    q = asyncio.Queue()
    q.get_nowait()


asyncio.run(main())
