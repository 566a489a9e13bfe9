# Semaphore and BoundedSemaphore.
import threading

sem = threading.Semaphore(2)
inside = 0
peak = 0
track = threading.Lock()


def worker(i):
    global inside, peak
    with sem:
        with track:
            inside += 1
            peak = max(peak, inside)
        with track:
            inside -= 1


ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak at most 2:", peak <= 2, "inside:", inside)

s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
s.release(3)
print([s.acquire(False) for _ in range(5)])
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
with b:
    print("bounded with")

zero = threading.Semaphore(0)
order = []


def releaser():
    order.append("release")
    zero.release()


t = threading.Thread(target=releaser)
t.start()
zero.acquire()
order.append("acquired")
t.join()
print(order)
