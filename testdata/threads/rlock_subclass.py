# (known failure) _thread.RLock, the type of threading.RLock(), can be
# subclassed in CPython (it is a heap-allocatable C type); _thread.lock
# cannot.
import threading

RLockType = type(threading.RLock())


class CountingRLock(RLockType):
    def __init__(self):
        self.acquired = 0

    def acquire(self, *args, **kwargs):
        ok = super().acquire(*args, **kwargs)
        if ok:
            self.acquired += 1
        return ok

    __enter__ = acquire


r = CountingRLock()
with r:
    with r:
        print("held twice", r.acquired)
print(r.acquired, isinstance(r, RLockType))
