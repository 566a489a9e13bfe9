# sys.setswitchinterval/getswitchinterval and their argument errors.
import sys, threading
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-3)
print(sys.getswitchinterval())
for bad in [0, -1, 0.0]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(2)
print(sys.getswitchinterval())
counter = 0
lock = threading.Lock()
def inc():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval()
except TypeError as e:
    print("TypeError:", e)
