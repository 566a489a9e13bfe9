# TaskGroup: leaving the block waits for every task of the group.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name * 2


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.03))
        t2 = tg.create_task(work("b", 0.01))
        t3 = tg.create_task(work("c", 0.02), name="third")
        print("tasks created:", t1.get_name(), t2.get_name(), t3.get_name())
    print("after the block:", t1.result(), t2.result(), t3.result())

    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0.01)
            tg.create_task(work("spawned", 0.01))
        tg.create_task(spawner())
    print("a task may add tasks to its group")
    try:
        tg.create_task(work("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg), "<tg>"))


asyncio.run(main())
