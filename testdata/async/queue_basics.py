# asyncio.Queue: put/get, sizes, the nowait variants and their errors.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        await q.put(i)
    print(str(q))
    print(q.qsize(), q.empty(), await q.get(), q.get_nowait(), q.qsize())
    q.task_done()
    print(str(q))

    b = asyncio.Queue(maxsize=2)
    b.put_nowait("a")
    b.put_nowait("b")
    print("full:", b.full())
    try:
        b.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    print(b.get_nowait(), b.get_nowait())
    try:
        b.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    for _ in range(3):
        try:
            b.task_done()
        except ValueError as e:
            print("ValueError:", e)

    async def late_put():
        await asyncio.sleep(0.02)
        await q.put("late")
    asyncio.create_task(late_put())
    print("waited for:", await q.get())
    print(asyncio.QueueEmpty.__mro__[1].__name__, asyncio.QueueFull.__module__)


asyncio.run(main())
