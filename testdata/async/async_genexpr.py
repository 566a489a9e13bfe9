import asyncio
async def src(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
def make(y):
    return (x * 2 async for x in y)
async def dbl(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    g = make(src(3))
    print(type(g).__name__)
    print([v async for v in g])
    h = (await dbl(i) for i in range(3))
    print([v async for v in h])
    k = (a + b async for a in src(2) for b in range(2) if b)
    print([v async for v in k])
    print(sum([v async for v in src(4)]))
asyncio.run(main())
