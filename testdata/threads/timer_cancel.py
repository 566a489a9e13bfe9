# threading.Timer: runs its function once after the interval with its
# arguments, or not at all when cancelled first; its name and repr.
import threading

out = []
t = threading.Timer(0.01, out.append, args=("fired",))
print(t.name, t.daemon, t.is_alive())
t.start()
t.join()
print(out, t.is_alive(), t.finished.is_set())

c = threading.Timer(60, out.append, args=("cancelled",))
c.start()
c.cancel()
c.join()
print(out, c.is_alive(), c.finished.is_set())


class Repeater(threading.Timer):
    def run(self):
        n = 0
        while not self.finished.wait(self.interval):
            n += 1
            if n == 3:
                self.finished.set()
        out.append(("repeated", n, self.kwargs))


r = Repeater(0.005, print, kwargs={"k": 1})
r.start()
r.join()
print(out)
