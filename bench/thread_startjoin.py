# The cost of starting a thread and joining it: 3000 threads with an empty
# target, one at a time. Prints microseconds per start + join.
import threading
import time


def nothing():
    pass


def main():
    n = 3000
    for _ in range(100):  # warm up
        t = threading.Thread(target=nothing)
        t.start()
        t.join()
    start = time.perf_counter()
    for _ in range(n):
        t = threading.Thread(target=nothing)
        t.start()
        t.join()
    took = time.perf_counter() - start
    print(f"metric start_join_us {took / n * 1e6:.2f}")


main()
