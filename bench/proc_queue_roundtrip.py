# The cost of sending data to a process: a list of 200,000 ints (about
# 1 MB pickled) goes to a child through a Queue and comes back through
# another, 10 times. Prints milliseconds per round trip.
import multiprocessing as mp
import sys
import time


def echo(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            return
        outq.put(item)


def main():
    method = sys.argv[1] if len(sys.argv) > 1 else "spawn"
    mp.set_start_method(method)
    data = list(range(200_000))
    inq, outq = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(inq, outq))
    p.start()
    inq.put(data)  # warm up
    assert outq.get() == data
    n = 10
    start = time.perf_counter()
    for _ in range(n):
        inq.put(data)
        back = outq.get()
    took = time.perf_counter() - start
    assert back == data
    inq.put(None)
    p.join()
    print(f"metric roundtrip_1mb_ms {took / n * 1e3:.2f}")


if __name__ == "__main__":
    main()
