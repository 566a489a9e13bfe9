# call_soon runs in FIFO order at the next iteration, call_later/call_at by
# time; handles can be cancelled.
import asyncio


def cb(tag, log):
    log.append(tag)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()
    loop.call_later(0.04, cb, "later 40ms", log)
    loop.call_later(0.02, cb, "later 20ms", log)
    h = loop.call_later(0.03, cb, "cancelled timer", log)
    loop.call_at(loop.time() + 0.01, cb, "at +10ms", log)
    loop.call_soon(cb, "soon 1", log)
    loop.call_soon(cb, "soon 2", log)
    h2 = loop.call_soon(cb, "cancelled soon", log)
    loop.call_soon(cb, "soon 3", log)
    loop.call_later(0.06, done.set_result, None)
    h.cancel()
    h2.cancel()
    print("h cancelled:", h.cancelled(), "h2 cancelled:", h2.cancelled())
    print("log before awaiting:", log)
    await asyncio.sleep(0)
    print("after one iteration:", log)
    await done
    print(log)
    print(type(h).__name__, type(h2).__name__, h.when() > 0)
    try:
        loop.call_later(None, cb)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
