# Objects with __await__ (a generator, like asyncio.Future's) can be
# awaited, wrapped in tasks and gathered.
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


class Ready:
    def __await__(self):
        return iter([])


async def main():
    print(await Delay(0.01, "delayed"))
    print(await Ready())
    print(await asyncio.gather(Delay(0.02, "b"), Delay(0.01, "a")))
    t = asyncio.ensure_future(Delay(0.01, "wrapped"))
    print(type(t).__name__, await t)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
