# Lesson: a race condition - two counter loops in four threads.
#
# Loop A does `counter += 1`. Loop B reads the counter, calls a function,
# then writes the counter back. Neither takes a lock.
#
#   minipy examples/race_counter.py        # no GIL: both loops lose updates
#   minipy --gil examples/race_counter.py  # a GIL: A loses none, B about half
#   python3 examples/race_counter.py       # CPython 3.11: as minipy --gil
#
# Why A is safe under the GIL of CPython 3.11 (and minipy --gil): a thread
# gives up the GIL only at function calls and loop back-edges, never between
# the load and the store of `counter += 1`. Loop B calls a function between
# its read and its write, so a switch can fall there: the thread resumes
# with a stale value and overwrites everything the others added meanwhile.
# Don't rely on it: other Pythons switch elsewhere. Use a Lock.
#
# The counts vary from run to run; only the Lesson line is fixed.
import sys
import threading

THREADS = 4
counter = 0


def plain(n):
    global counter
    for _ in range(n):
        counter += 1


def nothing():
    pass


def with_call(n):
    global counter
    for _ in range(n):
        value = counter
        nothing()
        counter = value + 1


def locked(n, lock):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def run(target, args):
    global counter
    counter = 0
    threads = [threading.Thread(target=target, args=args) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


def report(label, got, expected):
    lost = expected - got
    print(f"{label:<32} {got:>9,} of {expected:,}   lost {lost:>9,} ({100 * lost / expected:.0f}%)")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print(f"{THREADS} threads x {n:,} increments (GIL {'on' if gil else 'off'})")
    expected = THREADS * n
    report("A: counter += 1", run(plain, (n,)), expected)
    report("B: read, call, write", run(with_call, (n,)), expected)
    report("C: counter += 1 under a Lock", run(locked, (n, threading.Lock())), expected)
    print("Lesson: shared data needs a lock; the GIL only hides some races,"
          " and only where the interpreter happens not to switch.")


if __name__ == "__main__":
    main()
