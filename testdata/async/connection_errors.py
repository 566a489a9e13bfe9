# The OSError subclasses a network-style asyncio program catches: the
# connection errors derive from ConnectionError (BrokenPipeError included),
# OSError(errno, ...) picks the subclass, IOError is OSError.
import asyncio


async def request(host, calls):
    await asyncio.sleep(0.001)
    n = calls[host] = calls.get(host, 0) + 1
    if host == "refuse":
        raise ConnectionRefusedError(111, "Connection refused")
    if host == "flaky" and n < 3:
        raise ConnectionResetError("peer reset")
    if host == "pipe":
        raise BrokenPipeError(32, "Broken pipe")
    if host == "abort":
        raise ConnectionAbortedError("aborted")
    return "200 " + host


async def get(host, calls):
    for attempt in range(3):
        try:
            return await request(host, calls)
        except ConnectionResetError as e:
            print(host, "reset, retrying:", e)
        except ConnectionError as e:
            print(host, type(e).__name__, e, e.errno)
            return None
    return "gave up"


async def main():
    calls = {}
    hosts = ["ok", "refuse", "flaky", "pipe", "abort"]
    print(await asyncio.gather(*(get(h, calls) for h in hosts)))
    for t in [BrokenPipeError, ConnectionResetError, ConnectionRefusedError,
              ConnectionAbortedError, BlockingIOError, ChildProcessError,
              ProcessLookupError]:
        print(t.__name__, [c.__name__ for c in t.__mro__])
    print(IOError is OSError, EnvironmentError is OSError)
    for n in [104, 111, 103, 32, 108, 11, 114, 115, 10, 3]:
        e = OSError(n, "msg")
        print(n, type(e).__name__, e)


asyncio.run(main())
