# The program ends with the exception group's error status; the task that
# failed first cancels its sibling.
import asyncio


async def sibling():
    try:
        await asyncio.sleep(1)
    finally:
        print("sibling cleaned up")


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sibling())
        tg.create_task(fail())


try:
    asyncio.run(main())
except Exception as e:
    print(type(e).__name__, e, [repr(x) for x in e.exceptions])
    raise SystemExit(3)
