# Task names, done/result/exception, set_name, get_coro.
import asyncio


async def job(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    me = asyncio.current_task()
    print("main is", me.get_name())
    t = asyncio.create_task(job(3))
    u = asyncio.create_task(job(4), name="square-4")
    v = asyncio.get_running_loop().create_task(job(5), name="via-loop")
    w = asyncio.create_task(job(6))
    print([x.get_name() for x in (t, u, v, w)])
    print("done before:", t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await t, await u, await v, await w)
    print("done after:", t.done(), t.result(), t.exception())
    t.set_name(123)
    print(repr(t.get_name()))
    print(type(t.get_coro()).__name__)
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.create_task(123)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
