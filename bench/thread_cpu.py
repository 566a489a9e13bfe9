# CPU-bound work in 2 threads vs the same work twice in a row. Prints the
# speed-up of the threads (sequential time / threaded time): about 2 with
# two cores and no GIL, about 1 (or a little less: the "GIL battle") with a
# GIL.
import threading
import time


def work(n):
    x = 0
    for i in range(n):
        x = (x + i * i) % 1000003
    return x


def main():
    n = 4_000_000
    start = time.perf_counter()
    work(n)
    work(n)
    sequential = time.perf_counter() - start
    threads = [threading.Thread(target=work, args=(n,)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threaded = time.perf_counter() - start
    print(f"metric sequential_s {sequential:.4f}")
    print(f"metric threads_s {threaded:.4f}")
    print(f"metric speedup {sequential / threaded:.4f}")


main()
