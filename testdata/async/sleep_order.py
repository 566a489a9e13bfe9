# Tasks sleeping different times finish in the order of their delays.
import asyncio


async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    print("woke", name)


async def main():
    log = []
    tasks = [asyncio.create_task(sleeper(n, d, log))
             for n, d in [("c", 0.06), ("a", 0.02), ("d", 0.08), ("b", 0.04)]]
    for t in tasks:
        await t
    print(log)
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(-1, "negative"))


asyncio.run(main())
