# to_thread runs blocking functions in threads: the loop keeps running,
# and several of them overlap.
import asyncio
import threading
import time


def blocking(name, seconds):
    time.sleep(seconds)
    return name + " on " + ("main" if threading.current_thread() is threading.main_thread() else "a worker")


def fails(x):
    raise ValueError("bad " + str(x))


async def ticker(stop):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0.005)
    return n


async def main():
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(stop))
    results = await asyncio.gather(*[asyncio.to_thread(blocking, "job%d" % i, 0.05) for i in range(4)])
    stop.set()
    print(results)
    print("the loop ticked meanwhile:", await tick > 2)
    try:
        await asyncio.to_thread(fails, 7)
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    print(await asyncio.to_thread(lambda: threading.current_thread().name.startswith("asyncio_")))


asyncio.run(main())
print("threads left:", threading.active_count())
