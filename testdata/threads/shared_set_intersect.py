# Threads narrowing one shared set with &= and intersection_update while
# others discard from it: under CPython's GIL each of these is one atomic
# step for int and str keys, so a discarded key never comes back.
import threading

N, T = 800, 4
live = set(range(N)) | {f"k{i}" for i in range(N)}


def narrow(k):
    global live
    for i in range(k, N, T):
        if i % 2:
            live &= live - {i}
        else:
            live.intersection_update(live - {f"k{i}"}, live)


def discard(k):
    for i in range(k, N, T):
        live.discard(f"k{i + 1}" if i % 2 else i + 1)


ts = [threading.Thread(target=narrow, args=(k,)) for k in range(T)]
ts += [threading.Thread(target=discard, args=(k,)) for k in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gone_ints = {i for i in range(N) if i % 2} | {i + 1 for i in range(N) if i % 2 == 0}
gone_strs = {f"k{i}" for i in range(N) if i % 2 == 0} | {f"k{i + 1}" for i in range(N) if i % 2}
expected = (set(range(N)) - gone_ints) | ({f"k{i}" for i in range(N)} - gone_strs)
print(len(live), live == expected)
print(sorted(x for x in live if isinstance(x, int))[:10])

s = {3, 1, 2}
s &= {2, 3, 4}
print(s, s.intersection_update(), s)
