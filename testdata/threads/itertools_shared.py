# Iterators of itertools shared by threads: each item is handed out once,
# as by CPython's C iterators (minipy's are serial generators,
# vm/serial.go); a generator stepping itself still raises ValueError.
import itertools, threading
# Shared itertools iterators: each item handed out exactly once.
def drain(it, out, lock):
    got = []
    while True:
        try:
            got.append(next(it))
        except StopIteration:
            break
    with lock:
        out.extend(got)

for name, make, expect in [
    ("islice", lambda: itertools.islice(range(100000), 0, None, 2), list(range(0, 100000, 2))),
    ("product", lambda: itertools.product(range(100), range(100)), list(itertools.product(range(100), range(100)))),
    ("count", lambda: iter(itertools.count()), None),
    ("chain", lambda: iter(itertools.chain(range(30000), range(30000))), list(range(30000)) * 2),
]:
    if expect is None:
        it = itertools.islice(make(), 50000)
        expect = list(range(50000))
    else:
        it = make()
    out, lock = [], threading.Lock()
    ts = [threading.Thread(target=drain, args=(it, out, lock)) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(name, len(out), sorted(out) == sorted(expect))

def reenter():
    yield next(g)
g = itertools.islice(reenter(), 3)
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
