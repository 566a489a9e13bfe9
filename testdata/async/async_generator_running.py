# An async generator paused in an await by one task: another task's
# __anext__/asend/athrow/aclose raises RuntimeError (CPython's
# ag_running_async) instead of resuming that await (which hung), and a
# used aclose()/athrow() awaitable says so.
import asyncio

async def agen():
    try:
        yield 1
        await asyncio.sleep(0.01)
        yield 2
        await asyncio.sleep(0.01)
        yield 3
    finally:
        print("agen finally")

async def main():
    ag = agen()
    print(await ag.__anext__())
    t1 = asyncio.create_task(ag.__anext__())
    await asyncio.sleep(0.001)
    for name, make in [("anext", lambda: ag.__anext__()), ("asend", lambda: ag.asend(None)),
                       ("athrow", lambda: ag.athrow(ValueError("x"))), ("aclose", lambda: ag.aclose())]:
        aw = make()
        try:
            await aw
        except RuntimeError as e:
            print(name, "RuntimeError", e)
        try:
            await aw
        except RuntimeError as e:
            print(name, "again:", e)
    print(await t1, ag.ag_running)
    t2 = asyncio.create_task(ag.__anext__())
    await asyncio.sleep(0.001)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled")
    print(await anext(ag, "exhausted"))
    a = ag.aclose()
    await a
    try:
        await a
    except RuntimeError as e:
        print("reuse aclose:", e)
    n = ag.__anext__()
    try:
        await n
    except StopAsyncIteration:
        print("stop")
    try:
        await n
    except RuntimeError as e:
        print("reuse anext:", e)

asyncio.run(main())
