# Condition.wait_for returns the predicate's last value (also on timeout); Event.wait returns False then True.
import threading
c = threading.Condition()
state = {"v": 0}
def setter():
    with c:
        state["v"] = 5
        c.notify_all()
with c:
    r1 = c.wait_for(lambda: state["v"], timeout=0.01)
t = threading.Thread(target=setter)
with c:
    t.start()
    r2 = c.wait_for(lambda: state["v"] * 2, timeout=5)
t.join()
print(r1, r2)
with c:
    print(c.wait_for(lambda: [], timeout=0), c.wait_for(lambda: "x"))
e = threading.Event()
res = []
def waiter():
    res.append(e.wait(0.01))
    res.append(e.wait(5))
w = threading.Thread(target=waiter); w.start()
while len(res) < 1: pass
e.set(); w.join()
print(res)
