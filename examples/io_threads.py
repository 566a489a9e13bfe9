# Lesson: I/O-bound work in threads - the article's scraper.
#
# Fetching a page is 10 ms of CPU (building the request), 80 ms of waiting
# for the network (here: time.sleep, which releases the GIL like a real
# socket read), then 10 ms of CPU (parsing the answer). Ten pages one after
# the other take a second; in ten threads the waits overlap.
#
#   minipy examples/io_threads.py           # no GIL
#   minipy --gil examples/io_threads.py     # a GIL: the waits still overlap
#   python3 examples/io_threads.py          # CPython 3.11
#   minipy --gil --timeline examples/io_threads.py   # see who waits for what
#
# The timings vary from run to run; only the Lesson line is fixed.
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
    spin(CPU_MS * rounds_per_ms)  # build the request
    time.sleep(WAIT_MS / 1000)  # wait for the server
    spin(CPU_MS * rounds_per_ms)  # parse the page
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


def timed(fn, arg):
    start = time.perf_counter()
    result = fn(arg)
    return result, time.perf_counter() - start


def main():
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    rounds = calibrate()
    print(f"scraper: {PAGES} pages, each {CPU_MS} ms CPU + {WAIT_MS} ms waiting + {CPU_MS} ms CPU"
          f" (GIL {'on' if gil else 'off'})")
    seq, t_seq = timed(sequential, rounds)
    par, t_par = timed(threaded, rounds)
    print(f"sequential:  {t_seq:6.3f} s")
    print(f"{PAGES} threads:  {t_par:6.3f} s   ({t_seq / t_par:.2f}x the speed)")
    print(f"same pages: {seq == par}")
    print("Lesson: threads speed up waiting even under a GIL, because a waiting thread"
          " releases it; only the CPU parts take turns.")


if __name__ == "__main__":
    main()
