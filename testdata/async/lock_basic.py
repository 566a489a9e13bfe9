# asyncio.Lock: mutual exclusion between tasks, first come first served.
import asyncio


async def critical(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.005)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*[critical(lock, "t%d" % i, log) for i in range(4)])
    print(log)
    print("locked:", lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    counter = 0
    async def incr():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*[incr() for _ in range(20)])
    print("counter:", counter)

    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after cancelled waiter: locked =", lock.locked(), waiter.cancelled())
    r = repr(lock)
    print(r.startswith("<asyncio.locks.Lock object at"), r.endswith("[unlocked]>"))


asyncio.run(main())
