# threading.local: every thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
seen = {}
lock = threading.Lock()


def worker(i):
    has = hasattr(data, "x")
    data.x = i
    data.y = i * i
    with lock:
        seen[i] = (has, data.x, data.y, sorted(data.__dict__))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print("main still:", data.x, hasattr(data, "y"))
try:
    data.nothing
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print(hasattr(data, "x"))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
