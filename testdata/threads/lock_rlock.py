# Lock and RLock: acquire/release, with, timeouts, errors, mutual exclusion.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print("non-blocking on held:", lock.acquire(False))
print("timeout on held:", lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(True, -5)
except ValueError as e:
    print("ValueError:", e)

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with")

counter = 0
counter_lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with counter_lock:
            counter += 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)

held = threading.Lock()
held.acquire()
got = []


def try_take():
    got.append(held.acquire(timeout=0.02))
    got.append(r.acquire(blocking=False))


r.acquire()
t = threading.Thread(target=try_take)
t.start()
t.join()
print("other thread:", got)
r.release()
held.release()


def release_other():
    held.release()


held.acquire()
t = threading.Thread(target=release_other)
t.start()
t.join()
print("released by another thread:", held.locked())
rl = threading.RLock()
rl.acquire()
errors = []


def release_foreign():
    try:
        rl.release()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=release_foreign)
t.start()
t.join()
print(errors)
