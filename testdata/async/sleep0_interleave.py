# sleep(0) yields to the loop: ready tasks run round-robin, in FIFO order.
import asyncio


async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    t1 = asyncio.create_task(counter("A", 3))
    t2 = asyncio.create_task(counter("B", 4))
    t3 = asyncio.create_task(counter("C", 2))
    print("created")
    print(await asyncio.gather(t1, t2, t3))


asyncio.run(main())
