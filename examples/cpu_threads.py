# Lesson: CPU-bound work in threads - the tip-and-bus calculation.
#
# For every restaurant bill from 1 cent up to N cents, work out a 15% tip
# and how many bus tickets (2.75 each) that tip would buy. It is pure
# arithmetic: no waiting anywhere, so a thread only goes faster if another
# core runs it at the same time.
#
#   minipy examples/cpu_threads.py           # no GIL: the threads run in parallel
#   minipy --gil examples/cpu_threads.py     # a GIL: one thread at a time
#   minipy --cpus 1 examples/cpu_threads.py  # one core: no parallelism either
#   python3 examples/cpu_threads.py          # CPython 3.11 has a GIL
#   minipy compare examples/cpu_threads.py   # both minipy runs side by side
#   minipy --gil --stats examples/cpu_threads.py     # per thread: running, gil wait
#   minipy --gil --timeline examples/cpu_threads.py  # who ran when, as a picture
#
# "cores busy" is the process's CPU time over the wall time: about 2 when
# two threads really run at once, about 1 when they take turns.
#
# The timings vary from run to run; only the Lesson line is fixed.
import sys
import threading
import time

TICKET = 275  # cents


def tips_and_buses(first, last):
    """Total tip and bus tickets over the bills first..last-1 (in cents)."""
    tips = 0
    tickets = 0
    for bill in range(first, last):
        tip = (bill * 15 + 50) // 100
        tips += tip
        tickets += tip // TICKET
    return tips, tickets


def sequential(chunks):
    return [tips_and_buses(a, b) for a, b in chunks]


def threaded(chunks):
    results = [None] * len(chunks)

    def work(i):
        results[i] = tips_and_buses(*chunks[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(chunks))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def timed(fn, chunks):
    """fn(chunks), its wall time, and how many cores were busy on average
    meanwhile: the CPU time of the whole process (every thread) over the
    wall time."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn(chunks)
    wall = time.perf_counter() - start
    return result, wall, (time.process_time() - cpu) / wall


def this_run(cores_seq, cores, gil):
    """What the measured cores say about the threaded run. One thread alone
    keeps one core busy; if it got much less, other programs had the
    machine and the figures of this run explain nothing."""
    if min(cores_seq, cores) < 0.8:
        return (f"This run: other programs kept the machine busy (the work got only {min(cores_seq, cores):.1f}"
                " of a core), so these figures show nothing: run it again on an idle machine.")
    if cores >= 1.5:
        return f"This run: the threads kept {cores:.1f} cores busy, so they ran in parallel."
    why = "the GIL lets only one run at a time" if gil else \
        "there is no GIL, so the second core was busy with other work or withheld (--cpus 1)"
    return f"This run: the threads kept {cores:.1f} cores busy, so they ran one at a time: {why}."


def main():
    bills = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
    workers = 2
    chunks = [(w * bills, (w + 1) * bills) for w in range(workers)]
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print(f"tip-and-bus: {workers} x {bills:,} bills (GIL {'on' if gil else 'off'})")
    seq, t_seq, c_seq = timed(sequential, chunks)
    par, t_par, c_par = timed(threaded, chunks)
    print(f"sequential:  {t_seq:6.3f} s   {c_seq:.1f} cores busy")
    print(f"{workers} threads:   {t_par:6.3f} s   {c_par:.1f} cores busy   ({t_seq / t_par:.2f}x the speed)")
    tips = sum(t for t, _ in seq)
    tickets = sum(k for _, k in seq)
    print(f"same answer: {seq == par} ({tips / 100:,.2f} in tips, {tickets:,} bus tickets)")
    print(this_run(c_seq, c_par, gil))
    print("Lesson: CPU-bound threads are faster only if they run on two cores at once;"
          " under a GIL (CPython, minipy --gil) they take as long as doing the work in turn.")


if __name__ == "__main__":
    main()
