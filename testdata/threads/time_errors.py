# time.sleep and the clocks: CPython's errors for bad arguments.
import time
class F:
    def __float__(self): return 0.001
class I:
    def __index__(self): return 0
for f in [lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1), lambda: time.sleep(None), lambda: time.sleep(F()), lambda: time.sleep(I()), lambda: time.sleep(float("nan")), lambda: time.sleep(float("inf")), lambda: time.sleep(10**30), lambda: time.sleep(-0.0), lambda: time.sleep(1e300),
          lambda: time.thread_time(1), lambda: time.time(1), lambda: time.monotonic(x=1), lambda: time.perf_counter_ns(1), lambda: time.process_time(None), lambda: time.sleep("0"), lambda: time.sleep([1]), lambda: time.sleep(-1e-9)]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


for a in [-10**30, -1e300, float("-inf"), 10**12, -10**12, 9223372037.0]:
    try:
        print("ok", time.sleep(a) if not (isinstance(a, (int, float)) and 0 < a < 1e9 and a > 1) else "skip")
    except Exception as e:
        print(type(e).__name__, e)
