# Barrier: indices, action, n_waiting, abort, reset, timeout.
import threading

actions = []
b = threading.Barrier(3, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def party():
    i = b.wait()
    with lock:
        indices.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, b.n_waiting, b.broken)

# Two rounds: the barrier is reusable.
ts = [threading.Thread(target=party) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(indices), actions)

errors = []
b2 = threading.Barrier(3)


def breaker_party():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        with lock:
            errors.append("broken")


ts = [threading.Thread(target=breaker_party) for _ in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    pass
b2.abort()
for t in ts:
    t.join()
print(errors, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(str(e)), isinstance(e, RuntimeError))
b2.reset()
print("after reset:", b2.broken)

b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b3.broken)

b4 = threading.Barrier(2)
errs = []


def reset_party():
    try:
        b4.wait()
    except threading.BrokenBarrierError:
        errs.append("reset")


t = threading.Thread(target=reset_party)
t.start()
while b4.n_waiting < 1:
    pass
b4.reset()
t.join()
print(errs, b4.broken)

failing = threading.Barrier(1, action=lambda: 1 / 0)
try:
    failing.wait()
except ZeroDivisionError as e:
    print("action raised:", e, failing.broken)
