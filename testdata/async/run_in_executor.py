# loop.run_in_executor with the default pool and with a user executor.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def square(x):
    time.sleep(0.01)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, square, 7)
    print(type(fut).__name__, isinstance(fut, asyncio.Future))
    print(await fut)
    print(await asyncio.gather(*[loop.run_in_executor(None, square, i) for i in range(6)]))
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*[loop.run_in_executor(pool, square, i) for i in range(4)]))
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
