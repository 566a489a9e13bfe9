# Several Timers, one cancelled before it fires; a Timer of 0 seconds; daemon Timer cancelled.
import threading
order = []
lock = threading.Lock()
def fire(i):
    with lock:
        order.append(i)
timers = [threading.Timer(0.5 + 0.01 * i, fire, args=(i,)) for i in range(5)]
for t in timers: t.start()
timers[2].cancel()
for t in timers: t.join()
print(sorted(order))
t = threading.Timer(0, fire, kwargs={"i": 99})
t.start(); t.join()
print(99 in order)
t = threading.Timer(0.01, fire, (7,))
t.daemon = True
t.start(); t.cancel(); t.join()
print(7 in order, t.finished.is_set())
