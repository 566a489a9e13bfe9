# Worker threads pulling from one shared iterator: under CPython's GIL each
# step of a built-in iterator is atomic, so every item goes to exactly one
# worker, and enumerate/zip over built-in iterators keep their items paired.
import threading

N, T = 6000, 4


def drain(it, per_item=None):
    got = [[] for _ in range(T)]

    def worker(k):
        for x in it:
            got[k].append(x)

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(T)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(x for g in got for x in g)


print("range", drain(iter(range(N))) == list(range(N)))
print("big range", drain(iter(range(2**70, 2**70 + N))) == list(range(2**70, 2**70 + N)))
print("list", drain(iter(list(range(N)))) == list(range(N)))
print("tuple", drain(iter(tuple(range(N)))) == list(range(N)))
d = {i: -i for i in range(N)}
print("dict keys", drain(iter(d)) == list(range(N)))
print("dict items", drain(iter(d.items())) == sorted(d.items()))
print("str", drain(iter("ab" * N)) == sorted("ab" * N))
print("set", drain(iter(set(range(N)))) == list(range(N)))
print("reversed list", drain(reversed(list(range(N)))) == list(range(N)))
print("reversed dict", drain(reversed(d)) == list(range(N)))

pairs = drain(enumerate(range(100, 100 + N)))
print("enumerate", pairs == [(i, 100 + i) for i in range(N)])
triples = drain(zip(range(N), list(range(0, 2 * N, 2)), tuple(range(N, 0, -1))))
print("zip", triples == [(i, 2 * i, N - i) for i in range(N)])
nested = drain(enumerate(zip("xy" * (N // 2), range(N)), 1))
print("enumerate(zip)", [(i, j) for i, (c, j) in nested] == [(j + 1, j) for j in range(N)])

# next() by hand, the way a worker claims a task id.
tasks = iter(range(N))
claimed = []


def claim():
    while True:
        try:
            claimed.append(next(tasks))
        except StopIteration:
            return


ts = [threading.Thread(target=claim) for _ in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("next", sorted(claimed) == list(range(N)), next(tasks, "done"))
