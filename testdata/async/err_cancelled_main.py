# A main task cancelled from inside ends asyncio.run() with CancelledError.
import asyncio


async def main():
    asyncio.current_task().cancel()
    print("cancel requested")
    await asyncio.sleep(1)
    print("never")


asyncio.run(main())
