# Condition.notify(n) wakes exactly n waiters; RLock-based Condition.
import threading, time
cond = threading.Condition()
waiting = 0
woken = []
def waiter(i):
    global waiting
    with cond:
        waiting += 1
        cond.wait()
        woken.append(i)
def wait_until(pred):
    while True:
        with cond:
            if pred():
                return
        time.sleep(0.001)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in ts: t.start()
wait_until(lambda: waiting == 6)
with cond:
    cond.notify(2)
wait_until(lambda: len(woken) == 2)
time.sleep(0.01)
with cond:
    print("after notify(2):", len(woken))
    cond.notify(1)
wait_until(lambda: len(woken) == 3)
time.sleep(0.01)
with cond:
    print("after notify(1):", len(woken))
    cond.notify_all()
for t in ts: t.join()
print(sorted(woken))
c2 = threading.Condition(threading.RLock())
with c2:
    with c2:
        print(c2.wait(0.01))
c3 = threading.Condition(threading.Lock())
print(c3.acquire(), c3.acquire(False))
c3.release()
