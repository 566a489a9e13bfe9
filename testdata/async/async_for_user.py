# async for on user classes: __aiter__ returns the iterator, __anext__ is
# awaited until it raises StopAsyncIteration.
import asyncio


class Ticker:
    def __init__(self, n, delay):
        self.n = n
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


class Pages:
    """An async iterable whose iterator is a separate object."""

    def __init__(self, pages):
        self.pages = pages

    def __aiter__(self):
        return PageIter(self.pages)


class PageIter:
    def __init__(self, pages):
        self.pages = list(pages)

    async def __anext__(self):
        if not self.pages:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.pages.pop(0)


async def main():
    async for i in Ticker(4, 0.001):
        print("tick", i)
    total = 0
    async for p in Pages(["p1", "p2", "p3"]):
        total += 1
        if p == "p2":
            continue
        print("page", p)
    else:
        print("for-else ran, total", total)
    async for p in Pages(["x", "y"]):
        print("breaking at", p)
        break


asyncio.run(main())
