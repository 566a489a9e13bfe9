# CPU-bound work in a Pool of 2 processes vs the same work in turn in one
# process: each process has its own interpreter and its own GIL, so the
# speed-up holds with the GIL on (run it with minipy --gil). Prints the
# two times and the speed-up.
import multiprocessing as mp
import sys
import time

TICKET = 275


def tips_and_buses(bounds):
    first, last = bounds
    tips = 0
    tickets = 0
    for bill in range(first, last):
        tip = (bill * 15 + 50) // 100
        tips += tip
        tickets += tip // TICKET
    return tips, tickets


def main():
    method = sys.argv[1] if len(sys.argv) > 1 else "spawn"
    mp.set_start_method(method)
    bills = 2_000_000
    chunks = [(0, bills), (bills, 2 * bills)]
    with mp.Pool(2) as pool:
        pool.map(tips_and_buses, [(0, 10), (10, 20)])  # both workers are up
        start = time.perf_counter()
        seq = [tips_and_buses(c) for c in chunks]
        t_seq = time.perf_counter() - start
        start = time.perf_counter()
        par = pool.map(tips_and_buses, chunks, chunksize=1)
        t_par = time.perf_counter() - start
    assert seq == par
    print(f"metric sequential_s {t_seq:.3f}")
    print(f"metric pool2_s {t_par:.3f}")
    print(f"metric speedup {t_seq / t_par:.2f}")


if __name__ == "__main__":
    main()
