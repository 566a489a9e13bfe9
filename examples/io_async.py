# Lesson: I/O-bound work with asyncio - the article's scraper on one thread.
#
# Fetching a page is 10 ms of CPU (building the request), 80 ms of waiting
# for the network, then 10 ms of CPU (parsing the answer). Ten pages one
# after the other take a second. Ten threads overlap the waits (see
# io_threads.py); asyncio.gather overlaps them too, on ONE thread: while a
# coroutine awaits the network (here asyncio.sleep), the event loop runs the
# others, and when all of them wait, the loop sleeps without using the CPU.
#
#   minipy examples/io_async.py           # no GIL
#   minipy --gil examples/io_async.py     # the same: asyncio uses one thread
#   python3 examples/io_async.py          # CPython 3.11
#   minipy --stats examples/io_async.py   # the loop's thread is mostly blocked
#
# The timings vary from run to run; only the Lesson line is fixed.
import asyncio
import sys
import threading
import time

PAGES = 10
CPU_MS = 10
WAIT_MS = 80


def spin(n):
    """Pure CPU work: n rounds of arithmetic."""
    x = 0
    for i in range(n):
        x = (x + i * i) % 1000003
    return x


def calibrate():
    """How many rounds of spin take about 1 ms on this interpreter (the
    fastest of a few tries, so that a busy machine does not skew it)."""
    n = 1000
    while True:
        start = time.perf_counter()
        spin(n)
        if time.perf_counter() - start > 0.02:
            break
        n *= 2
    best = None
    for _ in range(5):
        start = time.perf_counter()
        spin(n)
        took = time.perf_counter() - start
        if best is None or took < best:
            best = took
    return max(1, int(n / (best * 1000)))


def fetch(page, rounds_per_ms, sizes):
    """A blocking fetch: the wait blocks its thread."""
    spin(CPU_MS * rounds_per_ms)  # build the request
    time.sleep(WAIT_MS / 1000)  # wait for the server
    spin(CPU_MS * rounds_per_ms)  # parse the page
    sizes[page] = 1000 + page


async def fetch_async(page, rounds_per_ms, sizes):
    """The same fetch as a coroutine: the wait gives the loop to others."""
    spin(CPU_MS * rounds_per_ms)
    await asyncio.sleep(WAIT_MS / 1000)
    spin(CPU_MS * rounds_per_ms)
    sizes[page] = 1000 + page


def sequential(rounds_per_ms):
    sizes = [0] * PAGES
    for page in range(PAGES):
        fetch(page, rounds_per_ms, sizes)
    return sizes


def threaded(rounds_per_ms):
    sizes = [0] * PAGES
    threads = [threading.Thread(target=fetch, args=(page, rounds_per_ms, sizes)) for page in range(PAGES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sizes


def with_asyncio(rounds_per_ms):
    sizes = [0] * PAGES

    async def main():
        await asyncio.gather(*[fetch_async(page, rounds_per_ms, sizes) for page in range(PAGES)])
    asyncio.run(main())
    return sizes


def measured(fn, arg):
    """fn(arg), its wall time and the CPU time the process spent on it."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(arg)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main():
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    rounds = calibrate()
    print(f"scraper: {PAGES} pages, each {CPU_MS} ms CPU + {WAIT_MS} ms waiting + {CPU_MS} ms CPU"
          f" (GIL {'on' if gil else 'off'})")
    seq, w_seq, c_seq = measured(sequential, rounds)
    thr, w_thr, c_thr = measured(threaded, rounds)
    aio, w_aio, c_aio = measured(with_asyncio, rounds)
    print(f"{'':22}{'wall':>8}{'CPU':>9}{'speed-up':>10}")
    for label, wall, cpu in [("sequential, 1 thread", w_seq, c_seq),
                             (str(PAGES) + " threads", w_thr, c_thr),
                             ("asyncio, 1 thread", w_aio, c_aio)]:
        print(f"{label:22}{wall:7.3f}s{cpu:8.3f}s{w_seq / wall:9.2f}x")
    print(f"same pages: {seq == thr == aio}")
    print("Lesson: for waiting, one thread with an event loop is as fast as many threads:"
          " the waits overlap, and no thread is created, switched or kept waiting for the GIL.")


if __name__ == "__main__":
    main()
