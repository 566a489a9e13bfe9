# The result of a pending future is not ready.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    print(fut.done())
    fut.result()


asyncio.run(main())
