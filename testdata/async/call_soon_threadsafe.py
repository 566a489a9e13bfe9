# Other threads hand work to the loop with call_soon_threadsafe; the idle
# loop wakes up for it.
import asyncio
import threading
import time


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    got = []

    def producer():
        for i in range(5):
            time.sleep(0.01)
            loop.call_soon_threadsafe(got.append, i)
        loop.call_soon_threadsafe(fut.set_result, "producer done")

    th = threading.Thread(target=producer)
    th.start()
    print(await fut)
    th.join()
    print(got)

    fut2 = loop.create_future()
    threading.Timer(0.02, lambda: loop.call_soon_threadsafe(fut2.set_result, 99)).start()
    print(await asyncio.wait_for(fut2, 5))


asyncio.run(main())
