# collections.Counter.update(iterable) and defaultdict's first access to a
# key, from several threads without a lock: CPython does both in C under
# its GIL, so no count and no appended item is lost.
import threading, collections
words = ("alpha beta gamma delta " * 50).split()
c = collections.Counter()
def w():
    for _ in range(100):
        c.update(words)
ts = [threading.Thread(target=w) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(c.items()))
dd = collections.defaultdict(list)
def w2(k):
    for i in range(1000):
        dd[i % 10].append(k)
ts = [threading.Thread(target=w2, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted((k, len(v)) for k, v in dd.items()))
od = collections.OrderedDict()
def w3(k):
    for i in range(500):
        od[(k, i)] = i
ts = [threading.Thread(target=w3, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(od), len(list(od)))
