import asyncio
async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo finally", received)
async def agen_with_return():
    yield 1
    return
async def raiser():
    yield 1
    raise ValueError("in agen")
async def main():
    print([x async for x in ticker(3)])
    print([x * 2 async for x in ticker(4, 0.001) if x % 2])
    total = 0
    async for v in ticker(5):
        total += v
    print(total)
    g = ticker(2)
    print(type(g).__name__, repr(g).startswith("<async_generator object ticker at"))
    print(g.__aiter__() is g)
    print(await g.__anext__(), await anext(g))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    await e.aclose()
    print([x async for x in agen_with_return()])
    try:
        async for x in raiser():
            print("got", x)
    except ValueError as ex:
        print("caught", ex)
    async for x in ticker(10):
        if x == 2:
            break
    print("broke at", x)
    t = ticker(3)
    print(await t.__anext__())
    try:
        await t.athrow(KeyError("thrown"))
    except KeyError as ex:
        print("athrow", repr(ex))
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("after athrow done")
    async def producer(q):
        async for i in ticker(4, 0.001):
            await q.put(i)
        await q.put(None)
    q = asyncio.Queue()
    async def consumer():
        out = []
        while (i := await q.get()) is not None:
            out.append(i)
        return out
    _, out = await asyncio.gather(producer(q), consumer())
    print(out)
    results = await asyncio.gather(*[asyncio.create_task(collect(k)) for k in range(3)])
    print(results)
async def collect(k):
    return [x + k async for x in ticker(3, 0.001)]
asyncio.run(main())
