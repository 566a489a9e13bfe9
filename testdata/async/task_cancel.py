# Cancelling a task: CancelledError is raised inside it, finally runs, and
# the awaiting side sees CancelledError (with the message, if given).
import asyncio


async def worker(name):
    try:
        print(name, "working")
        await asyncio.sleep(10)
        print(name, "never")
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "cleanup")


async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.01)
    print("cancel ->", t.cancel())
    print("cancelled right after cancel():", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting w1 raised CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("cancel again ->", t.cancel())

    t2 = asyncio.create_task(worker("w2"))
    await asyncio.sleep(0.01)
    t2.cancel("stop now")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("w2 CancelledError args:", e.args)
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print("result() raised CancelledError")

    t3 = asyncio.create_task(worker("w3"))
    t3.cancel()  # before it ever ran: the coroutine never starts
    try:
        await t3
    except asyncio.CancelledError:
        print("w3 cancelled before start:", t3.cancelled())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
