# Event and Timer.
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
log = []


def waiter(i):
    ev.wait()
    with lock:
        log.append(i)


lock = threading.Lock()
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print(sorted(log), ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
print(t.name.startswith("Thread-"), "(" not in t.name)
t.start()
t.join()
print(fired)

c = threading.Timer(10, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())

done = threading.Event()
t = threading.Timer(0.001, lambda x, y=0: (fired.append(x + y), done.set()), args=[1], kwargs={"y": 2})
t.start()
print(done.wait(5), fired)
t.join()
