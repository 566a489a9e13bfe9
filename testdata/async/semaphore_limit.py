# A Semaphore bounds how many tasks are inside at once.
import asyncio


async def main():
    sem = asyncio.Semaphore(3)
    inside = 0
    peak = 0
    order = []

    async def job(i):
        nonlocal inside, peak
        async with sem:
            inside += 1
            peak = max(peak, inside)
            order.append(i)
            await asyncio.sleep(0.01)
            inside -= 1

    await asyncio.gather(*[job(i) for i in range(10)])
    print("peak concurrency:", peak, "order:", order)
    print("locked:", sem.locked())

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    s0 = asyncio.Semaphore(0)
    print("locked at 0:", s0.locked())
    async def later():
        await asyncio.sleep(0.01)
        s0.release()
    asyncio.create_task(later())
    print("acquired after release:", await s0.acquire())


asyncio.run(main())
