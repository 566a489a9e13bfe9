# Producers and consumers over a bounded queue; join() waits until every
# item was processed (task_done).
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put((name, i))
        await asyncio.sleep(0.001)
    print(name, "produced", n)


async def consumer(q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.002)
        results.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    consumers = [asyncio.create_task(consumer(q, results)) for _ in range(3)]
    await asyncio.gather(producer(q, "p1", 10), producer(q, "p2", 7))
    await q.join()
    print("all processed:", len(results), q.empty())
    print(sorted(results) == sorted([("p1", i) for i in range(10)] + [("p2", i) for i in range(7)]))
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
