# asyncio.timeout / timeout_at (3.11): expiry turns the cancellation into
# TimeoutError at the block's end; reschedule, expired, nesting.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("when set:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out, expired =", cm.expired())

    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("in time, expired =", cm.expired())

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
        print("no deadline:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.02)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside by the rescheduled deadline")
            raise
    print("unreachable")


async def nested():
    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.02):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout fired")
            await asyncio.sleep(0.01)
            print("outer block goes on")
    except TimeoutError:
        print("outer timed out (wrong)")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)


try:
    asyncio.run(main())
except TimeoutError:
    print("main: TimeoutError")
asyncio.run(nested())
