# deterministic parts of the time module
import time
t = time.time()
print(type(t).__name__, t > 1600000000)
p1 = time.perf_counter()
m1 = time.monotonic()
s = 0
for i in range(10000):
    s += i
p2 = time.perf_counter()
m2 = time.monotonic()
print(s, p2 >= p1, m2 >= m1, type(p1).__name__)
ns = time.time_ns()
print(type(ns).__name__, ns > 1600000000 * 10**9)
before = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - before >= 0.005)
print(type(time.process_time()).__name__, time.sleep(0) is None)
