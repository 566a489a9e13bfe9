import asyncio
async def gen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
async def main():
    g = gen(1)
    print(await anext(g, "dflt"))
    print(await anext(g, "dflt"))
    print(await anext(g, "dflt"))
    it = aiter(AIt())
    print(await anext(it), await anext(it), await anext(it, None))
    for a in [(), (1,), (1,2,3)]:
        try: anext(*a)
        except TypeError as e: print(e)
    try: aiter(1)
    except TypeError as e: print(e)
    class A:
        def __aiter__(self): return 5
    try: aiter(A())
    except TypeError as e: print(e)
    try: anext(A())
    except TypeError as e: print(e)
    g = gen(3)
    print(g.__name__, g.__qualname__)
    await g.aclose()
    print([x async for x in g])
    g = gen(3)
    print(await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed")
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RT", e)
    async def nested():
        async for x in gen(3):
            yield x * 10
    print([y async for y in nested()])
    print(await asyncio.gather(*(anext(gen(5)) for _ in range(3))))
    async def with_try():
        try:
            yield "a"
            yield "b"
        finally:
            print("cleanup")
    async for v in with_try():
        print(v)
    async def stop_inside():
        yield 1
        raise StopAsyncIteration
    try:
        print([x async for x in stop_inside()])
    except RuntimeError as e:
        print("RT2", e)
asyncio.run(main())
