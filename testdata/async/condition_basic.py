# asyncio.Condition: wait/notify/notify_all and wait_for.
import asyncio


async def main():
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: len(items) > 0)
            log.append((name, items.pop(0)))

    consumers = [asyncio.create_task(consumer("c%d" % i)) for i in range(3)]
    await asyncio.sleep(0.01)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*consumers)
    print(log)

    woken = []
    async def sleeper(name):
        async with cond:
            await cond.wait()
            woken.append(name)
    ts = [asyncio.create_task(sleeper(n)) for n in "abc"]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(sorted(woken))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
