# sys.setswitchinterval keeps whole microseconds as CPython's C cast to
# unsigned long does (x86-64 Linux): below 1 us reads back as 0.0, NaN as
# 2**63 us, 2**64 us or more (inf included) as 0.0; the GIL still waits
# at least 1 us, so threads keep working at such intervals.
import sys, threading

values = [1e-9, 5e-7, 9.99e-7, 1e-6, 1.5e-6, 0.0012345678, 1, True,
          float("nan"), float("inf"), 1e300, 2**63, 1.8e13, 1.9e13, 1e13,
          9.3e12, 1e12, 0, -1, -0.0, 0.0, -float("inf"), 10**400, "x", None]
for v in values:
    try:
        sys.setswitchinterval(v)
        print(repr(v), "->", repr(sys.getswitchinterval()))
    except Exception as e:
        print(repr(v), type(e).__name__, e)

counter = 0
lock = threading.Lock()
def work():
    global counter
    for _ in range(2000):
        with lock:
            counter += 1

for interval in [1e-9, 1e-6]:
    sys.setswitchinterval(interval)
    ts = [threading.Thread(target=work) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(interval, sys.getswitchinterval(), counter)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
