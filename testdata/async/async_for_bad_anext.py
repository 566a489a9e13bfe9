# 'async for' over an __anext__ whose result is not awaitable: CPython's
# TypeError carries the original error as __cause__ and __context__
# (_PyErr_FormatFromCause), whatever made the awaitable fail.
import asyncio

class RaisingAwait:
    def __await__(self):
        raise ValueError("bad await")

class NonIter:
    def __await__(self):
        return 5

class Gives:
    def __init__(self, obj):
        self.obj = obj
    def __aiter__(self):
        return self
    def __anext__(self):
        return self.obj

async def main():
    for obj in [3, RaisingAwait(), NonIter(), None]:
        try:
            async for x in Gives(obj):
                pass
        except Exception as e:
            print(type(e).__name__, e, "|", repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
asyncio.run(main())
