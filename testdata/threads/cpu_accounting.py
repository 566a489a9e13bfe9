# time.thread_time is per thread and honest: workers' CPU is positive, at
# most their wall time and at most the process's CPU; the main thread, which
# only joins, uses less CPU than the workers (only comparisons are printed).
import threading, time
def spin(n):
    s = 0
    for i in range(n):
        s += i
    return s
cpu = {}
def worker(k):
    t0 = time.thread_time()
    w0 = time.perf_counter()
    spin(400000)
    cpu[k] = (time.thread_time() - t0, time.perf_counter() - w0)
p0 = time.process_time(); m0 = time.thread_time()
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
p1 = time.process_time(); m1 = time.thread_time()
total = sum(c for c, w in cpu.values())
print("each worker used CPU:", all(c > 0 for c, w in cpu.values()))
print("thread CPU <= its wall time:", all(c <= w + 0.01 for c, w in cpu.values()))
print("workers' CPU <= process CPU:", total <= (p1 - p0) + 0.02)
print("main mostly waited:", (m1 - m0) < total)
