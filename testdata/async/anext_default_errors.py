# anext(it, default) over an __anext__ that returns something not awaitable:
# the error is raised when the result is awaited, not by anext(), with
# await's message; aiter() takes exactly one argument.
import asyncio


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class NonIterAwait:
    def __await__(self):
        return 7


class GivesNonIter:
    def __aiter__(self):
        return self

    def __anext__(self):
        return NonIterAwait()


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    pending = anext(BadAnext(), None)
    print("created", type(pending).__name__)
    try:
        await pending
    except TypeError as e:
        print("TypeError", e)
    try:
        await anext(BadAnext())
    except TypeError as e:
        print("TypeError", e)
    try:
        await anext(GivesNonIter(), "default")
    except TypeError as e:
        print("TypeError", e)
    c = Counter(2)
    print(await anext(c, "done"), await anext(c, "done"), await anext(c, "done"))
    try:
        aiter(c, 2)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
