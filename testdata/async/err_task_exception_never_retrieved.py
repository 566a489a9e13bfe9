# A task that fails and is never awaited: the loop reports it (CPython when
# the task is collected, minipy when asyncio.run closes the loop). Tasks
# whose exception was retrieved (awaited, gather, result(), exception())
# are not reported.
import asyncio
import sys


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    awaited = asyncio.create_task(fail(1))
    try:
        await awaited
    except ValueError as e:
        print("awaited", e)
    print(await asyncio.gather(fail(2), return_exceptions=True))
    checked = asyncio.create_task(fail(3))
    await asyncio.sleep(0.01)
    print("checked", repr(checked.exception()))
    asyncio.create_task(fail(4))
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("after run")
sys.exit(3)
