# Futures: set_result/set_exception, done callbacks (order, removal),
# InvalidStateError, reprs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done())
    order = []
    def first(fut):
        order.append(("first", fut.result()))
    def second(fut):
        order.append(("second", fut.result()))
    def removed(fut):
        order.append("removed")
    f.add_done_callback(first)
    f.add_done_callback(removed)
    f.add_done_callback(second)
    f.add_done_callback(removed)
    print("removed:", f.remove_done_callback(removed))
    loop.call_later(0.01, f.set_result, "value")
    print(await f)
    await asyncio.sleep(0)
    print(order)
    print(repr(f))
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.add_done_callback(lambda fut: print("callback on a done future"))
    await asyncio.sleep(0)

    g = loop.create_future()
    g.set_exception(ValueError("nope"))
    print(repr(g))
    try:
        await g
    except ValueError as e:
        print("await raised", repr(e), repr(g.exception()))
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    try:
        h.set_exception(StopIteration())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    s = loop.create_future()
    try:
        s.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

    c = loop.create_future()
    print(c.cancel(), c.cancel(), c.cancelled(), repr(c))
    try:
        await c
    except asyncio.CancelledError:
        print("awaiting a cancelled future raises CancelledError")
    long = loop.create_future()
    long.set_result("x" * 50)
    print(repr(long))
    lst = loop.create_future()
    lst.set_result(list(range(10)))
    print(repr(lst))
    print(asyncio.isfuture(f), asyncio.isfuture(1), asyncio.isfuture(asyncio.current_task()))


asyncio.run(main())
