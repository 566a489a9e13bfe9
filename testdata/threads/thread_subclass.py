# Subclassing Thread and overriding run(); threads created by threads.
import threading


class Summer(threading.Thread):
    def __init__(self, start, stop):
        super().__init__()
        self.lo = start
        self.hi = stop
        self.total = None

    def run(self):
        total = 0
        for i in range(self.lo, self.hi):
            total += i
        self.total = total


workers = [Summer(i * 1000, (i + 1) * 1000) for i in range(4)]
print([w.name for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers], sum(w.total for w in workers) == sum(range(4000)))


class Named(threading.Thread):
    def run(self):
        print("running", self.name, self.daemon)


n = Named(name="worker", daemon=True)
n.start()
n.join()


class Spawner(threading.Thread):
    def run(self):
        children = [threading.Thread(target=self.child, args=(i,)) for i in range(3)]
        for c in children:
            c.start()
        for c in children:
            c.join()
        self.names = sorted(c.name for c in children)

    def child(self, i):
        pass


s = Spawner()
s.start()
s.join()
print(s.name, s.names)
d = threading.Thread(target=print, args=("daemon inherits",), daemon=True)
print("repr initial:", repr(d).startswith("<Thread(Thread-"), "initial daemon" in repr(d))
d.start()
d.join()
print("repr stopped:", "stopped daemon" in repr(d))
