# asyncio.Event: wait() blocks until set(); clear() re-arms it.
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")
    return name


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, "w%d" % i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    print(await asyncio.gather(*tasks))
    print("wait on a set event:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())
    t = asyncio.create_task(ev.wait())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.02)
    except TimeoutError:
        print("still waiting after clear")
    ev.set()
    print(await t)
    print(repr(ev).endswith("[set]>"))


asyncio.run(main())
