# async with on user classes: __aenter__/__aexit__ are awaited, the value
# of __aenter__ is bound, a true __aexit__ result suppresses the error.
import asyncio


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0.001)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.001)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

    async def query(self, q):
        await asyncio.sleep(0.001)
        return "%s:%s" % (self.name, q)


async def main():
    async with Connection("db") as c:
        print(await c.query("select"))
    async with Connection("a") as a, Connection("b") as b:
        print(await a.query(1), await b.query(2))
    async with Connection("safe", suppress=True):
        raise ValueError("swallowed")
    print("after the suppressed error")
    try:
        async with Connection("unsafe"):
            raise KeyError("kept")
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
