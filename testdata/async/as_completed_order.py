# as_completed yields awaitables in completion order; with a timeout the
# ones not done raise TimeoutError.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job("third", 0.06), job("first", 0.02), job("second", 0.04)]
    for aw in asyncio.as_completed(coros):
        print("completed:", await aw)

    got = []
    try:
        for aw in asyncio.as_completed([job("quick", 0.01), job("slow", 1)], timeout=0.05):
            got.append(await aw)
    except TimeoutError:
        print("TimeoutError after", got)
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()
    fut = asyncio.get_running_loop().create_future()
    it = asyncio.as_completed(fut)
    print("nothing checked before iterating")
    try:
        next(it)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
