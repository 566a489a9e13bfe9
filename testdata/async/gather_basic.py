# gather: results in argument order, whatever the finishing order.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name.upper()


async def main():
    print(await asyncio.gather(fetch("slow", 0.05), fetch("fast", 0.01), fetch("mid", 0.03)))
    print(await asyncio.gather())
    inner = asyncio.gather(fetch("x", 0.01), fetch("y", 0.02))
    outer = await asyncio.gather(inner, fetch("z", 0.03))
    print(outer)
    t = asyncio.create_task(fetch("t", 0.01))
    print(await asyncio.gather(t, t, fetch("u", 0.02)))
    print(await asyncio.gather(*[asyncio.sleep(0.01, i) for i in range(5)]))


asyncio.run(main())
