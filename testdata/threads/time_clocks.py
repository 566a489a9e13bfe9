# thread_time/process_time/perf_counter/monotonic: only comparisons that are always true.
import time, threading
a = time.thread_time(); b = time.process_time()
x = 0
for i in range(200000):
    x += i
print(time.thread_time() >= a, time.process_time() >= b, x)
res = {}
def spin():
    t0 = time.thread_time()
    s = 0
    for i in range(300000): s += i
    res["spin"] = time.thread_time() - t0 >= 0
def sleeper():
    t0 = time.thread_time()
    time.sleep(0.05)
    res["sleep"] = time.thread_time() - t0 < 0.04
ts = [threading.Thread(target=spin), threading.Thread(target=sleeper)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res.items()))
print(isinstance(time.thread_time_ns(), int), isinstance(time.process_time_ns(), int))
p0 = time.perf_counter(); time.sleep(0.02); print(time.perf_counter() - p0 >= 0.02)
m0 = time.monotonic(); m1 = time.monotonic(); print(m1 >= m0)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.time()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
time.sleep(0)
print("ok")
