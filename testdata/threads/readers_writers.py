# A readers-writer lock built on Condition.wait_for; invariants checked under contention.
import threading
class RWLock:
    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.readers = 0
        self.writer = False
    def r_acquire(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writer)
            self.readers += 1
    def r_release(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()
    def w_acquire(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writer and self.readers == 0)
            self.writer = True
    def w_release(self):
        with self.cond:
            self.writer = False
            self.cond.notify_all()
rw = RWLock()
data = {"v": 0}
seen = []
seen_lock = threading.Lock()
bad = []
def reader():
    for _ in range(50):
        rw.r_acquire()
        v = data["v"]
        if rw.writer: bad.append(1)
        rw.r_release()
        with seen_lock: seen.append(v)
def writer():
    for _ in range(50):
        rw.w_acquire()
        if rw.readers: bad.append(2)
        data["v"] += 1
        rw.w_release()
ts = [threading.Thread(target=reader) for _ in range(3)] + [threading.Thread(target=writer) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(data["v"], len(seen), bad, max(seen) <= 100)
