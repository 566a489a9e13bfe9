# as_completed with duplicates, default max_workers, initializer, a failing initializer (BrokenThreadPool).
import concurrent.futures as cf
import queue
def task(n):
    return {"n": n, "sq": n * n}
with cf.ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(task, i) for i in range(10)]
    done = sorted((f.result()["n"], f.result()["sq"]) for f in cf.as_completed(futures))
print(done)
print(all(f.done() for f in futures))
with cf.ThreadPoolExecutor() as pool:
    print(pool._max_workers >= 5)
    r = pool.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=3)
    print(r.result())
with cf.ThreadPoolExecutor(2) as pool:
    dups = [pool.submit(abs, -5)] * 3
    print([f.result() for f in cf.as_completed(dups)])
    d, nd = cf.wait(dups)
    print(len(d), len(nd))
try:
    cf.ThreadPoolExecutor(max_workers=-1)
except ValueError as e:
    print(e)
with cf.ThreadPoolExecutor(1, initializer=lambda: print("init ran")) as p:
    print(p.submit(int, "7").result())
def badinit():
    raise ValueError("init failed")
p = cf.ThreadPoolExecutor(1, initializer=badinit)
f = p.submit(int, "7")
try:
    f.result()
except cf.thread.BrokenThreadPool as e:
    print(type(e).__name__, e)
p.shutdown()
