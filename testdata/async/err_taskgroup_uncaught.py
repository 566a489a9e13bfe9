import asyncio
async def f():
    raise ValueError("x")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(f())
        tg.create_task(asyncio.sleep(1))
asyncio.run(main())
