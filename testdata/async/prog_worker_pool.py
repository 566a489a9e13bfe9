# A rate-limited worker pool: N workers take jobs from a queue; a
# semaphore limits calls to a slow "API"; results are collected in order.
import asyncio


async def api_call(x, sem, calls):
    async with sem:
        calls.append(x)
        await asyncio.sleep(0.003)
        if x % 7 == 6:
            raise ValueError("job %d failed" % x)
        return x * x


async def worker(wid, jobs, results, sem, calls):
    handled = 0
    while True:
        idx, x = await jobs.get()
        try:
            results[idx] = await api_call(x, sem, calls)
        except ValueError as e:
            results[idx] = "error: %s" % e
        finally:
            handled += 1
            jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    data = list(range(20))
    for idx, x in enumerate(data):
        jobs.put_nowait((idx, x))
    results = [None] * len(data)
    sem = asyncio.Semaphore(2)
    calls = []
    workers = [asyncio.create_task(worker(i, jobs, results, sem, calls)) for i in range(5)]
    await jobs.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for r in results:
        print(r)
    print("calls:", len(calls), sorted(calls) == data)


asyncio.run(main())
