# KeyboardInterrupt raised in a task stops the loop; asyncio.run() cancels
# the other tasks on its way out.
import asyncio


async def other():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("other task cancelled at shutdown")
        raise


async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the top")
