# Condition: wait/notify, wait_for, notify_all, and its errors.
import threading

cond = threading.Condition()
items = []
consumed = []


def consumer():
    with cond:
        while True:
            cond.wait_for(lambda: items)
            item = items.pop(0)
            if item is None:
                return
            consumed.append(item)


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.append(None)
    cond.notify()
c.join()
print("consumed:", consumed)

ready = []
go = False
gate = threading.Condition(threading.Lock())


def waiter(i):
    with gate:
        ready.append(i)
        gate.notify_all()
        while not go:
            gate.wait()


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with gate:
    gate.wait_for(lambda: len(ready) == 4)
    go = True
    gate.notify_all()
for w in ws:
    w.join()
print("all released:", sorted(ready))

with cond:
    print("wait timeout:", cond.wait(0.01))
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))
    print("wait_for true:", cond.wait_for(lambda: 42))

try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

plain = threading.Condition(threading.Lock())
try:
    plain.notify_all()
except RuntimeError as e:
    print("RuntimeError:", e)
with plain:
    plain.notify(3)
    print("notify without waiters is fine")
