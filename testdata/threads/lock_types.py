# Lock/RLock types, with-statements, and the error for subclassing _thread.lock.
import threading, _thread
l = threading.Lock()
print(type(l) is _thread.LockType, _thread.allocate_lock().__class__.__name__)
print(isinstance(threading.RLock(), type(threading.RLock())))
print(threading.Lock is _thread.allocate_lock)
try:
    class MyLock(type(l)): pass
except TypeError as e:
    print("TypeError:", e)
with threading.Lock() as a, threading.RLock() as b:
    print(a, b)
c = threading.Condition()
print(c.__enter__(), c._is_owned()); c.__exit__(None, None, None)
print(c._is_owned())
s = threading.Semaphore(1)
print(s.__enter__()); s.__exit__(None, None, None)
