# Retrying a flaky operation with a per-attempt timeout and backoff.
import asyncio


class Flaky:
    def __init__(self, delays):
        self.delays = list(delays)
        self.attempts = 0

    async def call(self):
        self.attempts += 1
        delay = self.delays.pop(0)
        await asyncio.sleep(delay)
        if delay < 0.005:
            raise ConnectionError("reset by peer")
        return "ok after %d attempts" % self.attempts


async def retry(op, attempts, timeout):
    last = None
    for i in range(attempts):
        try:
            return await asyncio.wait_for(op(), timeout)
        except (TimeoutError, ConnectionError) as e:
            last = e
            print("attempt", i + 1, "failed:", type(e).__name__)
            await asyncio.sleep(0.001 * (2 ** i))
    raise RuntimeError("gave up") from last


async def main():
    f = Flaky([0.5, 0.001, 0.01])
    print(await retry(f.call, 5, 0.05))
    g = Flaky([0.5, 0.5])
    try:
        await retry(g.call, 2, 0.02)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


asyncio.run(main())
