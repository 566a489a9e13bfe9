# Threads removing different items from one shared list: under CPython's
# GIL list.remove is atomic for items compared without Python code, so
# every item goes exactly once, whatever the interleaving.
import threading

N, T = 6000, 4


def run(target):
    ts = [threading.Thread(target=target, args=(k,)) for k in range(T)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


ints = list(range(N))
run(lambda k: [ints.remove(i) for i in range(k, N, T)])
print("ints left", ints)

names = [f"job-{i}" for i in range(N)]
run(lambda k: [names.remove(f"job-{i}") for i in range(k, N, T)])
print("strs left", names)

# Items whose == runs no user code but are not simple (tuples): the item
# found must still be the one deleted.
pairs = [(i, i * i) for i in range(N)]
run(lambda k: [pairs.remove((i, i * i)) for i in range(k, N, T)])
print("tuples left", pairs)

# Half the threads remove, half append: the removals never take an
# appended item and the appends are all kept.
mixed = list(range(N))
def worker(k):
    if k % 2:
        for i in range(k // 2, N, T // 2):
            mixed.remove(i)
    else:
        for i in range(N):
            mixed.append(-1 - i - k * N)
run(worker)
print("mixed", len(mixed), sorted(mixed) == sorted(-1 - i - k * N for k in (0, 2) for i in range(N)))

try:
    ints.remove(0)
except ValueError as e:
    print("ValueError:", e)
