# join(timeout) returns None and leaves the thread alive; joining before start or oneself is an error.
import threading, time
ev = threading.Event()
def slow():
    ev.wait()
t = threading.Thread(target=slow)
t.start()
r = t.join(timeout=0.02)
print(r, t.is_alive())
t.join(0.001)
print(t.is_alive())
ev.set()
t.join()
print(t.is_alive())
t.join(); t.join(0)
u = threading.Thread(target=lambda: None)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
u.start(); u.join(timeout=None)
print(u.is_alive())
