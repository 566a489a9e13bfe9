# Subclasses of _thread.RLock (threading.RLock() makes one): attributes,
# inherited acquire/release and context manager, the lock used by a
# Condition, and _thread.lock still refusing to be a base.
import _thread
import threading

Base = type(threading.RLock())


class Named(Base):
    pass


n = Named()
n.label = "n"
with n:
    print("held", n._is_owned(), n.label, type(n).__name__, isinstance(n, Base))
print("released", n._is_owned(), n.acquire(False), n._recursion_count())
n.release()
print(sorted(vars(n)), repr(n).split(" at ")[0])
n.acquire()
print(repr(n).split(" owner=")[0], repr(threading.RLock()).split(" at ")[0])
n.release()


class Tracing(Base):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.log = []

    def release(self):
        self.log.append("release")
        super().release()


t = Tracing("t")
t.acquire()
t.release()
print(t.name, t.log)

cond = threading.Condition(Tracing("c"))
results = []


def waiter():
    with cond:
        cond.wait_for(lambda: results)
        results.append("woken")


w = threading.Thread(target=waiter)
w.start()
with cond:
    results.append("go")
    cond.notify()
w.join()
print(results)

try:
    class Bad(_thread.LockType):
        pass
except TypeError as e:
    print("TypeError:", e)
