# Lesson: CPU-bound work in processes - the tip-and-bus calculation again.
#
# The same pure arithmetic as cpu_threads.py (a 15% tip on every bill from
# 1 cent up to N cents, and how many 2.75 bus tickets it buys), split over
# a Pool of 2 worker processes. Each process has its own interpreter and
# its own GIL, so the two halves run on two cores at once even where
# threads could not: under CPython, and under minipy --gil.
#
#   minipy --gil examples/cpu_processes.py   # processes: both cores busy
#   minipy --gil examples/cpu_threads.py     # threads: one core at a time
#   python3 examples/cpu_processes.py        # CPython 3.11 alike
#   minipy --stats --gil examples/cpu_processes.py   # per-process CPU time
#
# The timings vary from run to run; only the Lesson line is fixed.
import multiprocessing as mp
import sys
import time

TICKET = 275  # cents


def tips_and_buses(bounds):
    """Total tip and bus tickets over the bills first..last-1 (in cents)."""
    first, last = bounds
    tips = 0
    tickets = 0
    for bill in range(first, last):
        tip = (bill * 15 + 50) // 100
        tips += tip
        tickets += tip // TICKET
    return tips, tickets


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def this_run(speedup, workers):
    """What the measured speed-up says (the CPU time of the worker processes
    is not the parent's, so it cannot be measured here as in cpu_threads)."""
    if speedup >= 0.75 * workers:
        return f"This run: the {workers} processes ran at once, {speedup:.2f}x the speed of one."
    return (f"This run: only {speedup:.2f}x the speed: other programs had the cores, or the work was"
            " too short for the cost of a process (see process_costs.py); try more bills.")


def main():
    bills = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    workers = 2
    chunks = [(w * bills, (w + 1) * bills) for w in range(workers)]
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print(f"tip-and-bus: {workers} x {bills:,} bills (GIL {'on' if gil else 'off'} in every process)")
    seq, t_seq = timed(lambda: [tips_and_buses(c) for c in chunks])
    with mp.Pool(workers) as pool:
        pool.map(tips_and_buses, [(0, 1)] * workers, 1)  # start-up is not the lesson
        par, t_par = timed(pool.map, tips_and_buses, chunks, 1)
    print(f"sequential:    {t_seq:6.3f} s")
    print(f"{workers} processes:   {t_par:6.3f} s   ({t_seq / t_par:.2f}x the speed)")
    tips = sum(t for t, _ in seq)
    tickets = sum(k for _, k in seq)
    print(f"same answer: {seq == par} ({tips / 100:,.2f} in tips, {tickets:,} bus tickets)")
    print(this_run(t_seq / t_par, workers))
    print("Lesson: processes run CPU-bound work in parallel even with a GIL,"
          " because every process has its own interpreter and its own GIL.")


if __name__ == "__main__":
    main()
