# A full queue makes put() wait for a get(); cancelled getters and putters
# leave the queue consistent.
import asyncio


async def main():
    q = asyncio.Queue(1)
    log = []

    async def put(x):
        await q.put(x)
        log.append("put %s" % x)

    tasks = [asyncio.create_task(put(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(log, q.qsize())
    for _ in range(3):
        log.append("got %s" % await q.get())
        await asyncio.sleep(0.01)
    print(log)
    await asyncio.gather(*tasks)

    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0.01)
    getter.cancel()
    await asyncio.sleep(0)
    print("getter cancelled:", getter.cancelled())
    q.put_nowait("after")
    print(await q.get())


asyncio.run(main())
