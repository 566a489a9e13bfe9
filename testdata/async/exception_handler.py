# Errors in plain callbacks go to the loop's exception handler; the loop
# keeps running.
import asyncio


def broken(x):
    raise ValueError("callback failed with %s" % x)


async def main():
    loop = asyncio.get_running_loop()
    seen = []

    def handler(loop_, context):
        seen.append((context["message"].split(" at ")[0], repr(context["exception"])))

    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(broken, 1)
    loop.call_soon(print, "the next callback still runs")
    await asyncio.sleep(0.01)
    print(seen)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)


asyncio.run(main())
