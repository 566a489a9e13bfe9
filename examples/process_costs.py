# Lesson: what a process costs - starting it, and copying data to it.
#
# A thread shares the interpreter's memory; a process gets a copy of what
# it is sent. This measures (1) starting and joining a process whose work
# is nothing, next to a thread doing the same, and (2) sending a list of
# ints to a process and getting it back through queues, at a few sizes.
#
#   minipy examples/process_costs.py
#   python3 examples/process_costs.py     # CPython forks on Linux: try both
#   python3 -c "import multiprocessing as m; m.set_start_method('spawn'); \
#               import runpy; runpy.run_path('examples/process_costs.py', run_name='__main__')"
#
# The timings vary from run to run; only the Lesson line is fixed.
import multiprocessing as mp
import threading
import time


def nothing():
    pass


def echo(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            return
        outq.put(item)


def per_call(fn, n):
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def start_join_process():
    p = mp.Process(target=nothing)
    p.start()
    p.join()


def start_join_thread():
    t = threading.Thread(target=nothing)
    t.start()
    t.join()


def main():
    t_proc = per_call(start_join_process, 10)
    t_thread = per_call(start_join_thread, 200)
    print(f"start + join a process: {t_proc * 1e3:8.2f} ms")
    ratio = t_proc / t_thread
    print(f"start + join a thread:  {t_thread * 1e3:8.3f} ms  (a process costs {ratio:,.{0 if ratio >= 10 else 1}f}x a thread)")
    inq, outq = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(inq, outq))
    p.start()
    for n in [1_000, 100_000, 1_000_000]:
        data = list(range(n))

        def round_trip():
            inq.put(data)
            outq.get()

        round_trip()  # the child is up and warm
        t = per_call(round_trip, 3)
        print(f"send {n:>9,} ints there and back: {t * 1e3:8.2f} ms ({t / n * 1e9:6.1f} ns per int)")
    inq.put(None)
    p.join()
    print("Lesson: a process costs milliseconds to start and every byte it gets is"
          " copied; give it work that takes much longer than that.")


if __name__ == "__main__":
    main()
