# A bounded buffer on one Condition (producer/consumer), and wait/wait_for timeouts.
import threading, collections
buf = collections.deque()
cond = threading.Condition()
CAP = 3
produced, consumed = [], []
def producer(n):
    for i in range(n):
        with cond:
            while len(buf) >= CAP:
                cond.wait()
            buf.append(i)
            produced.append(i)
            cond.notify_all()
    with cond:
        buf.append(None)
        cond.notify_all()
def consumer():
    while True:
        with cond:
            while not buf:
                cond.wait()
            x = buf.popleft()
            cond.notify_all()
        if x is None:
            return
        consumed.append(x)
p = threading.Thread(target=producer, args=(25,))
c = threading.Thread(target=consumer)
c.start(); p.start()
p.join(); c.join()
print(produced == consumed, len(consumed), consumed[-1])
with cond:
    print(cond.wait(timeout=0.01))
    print(cond.wait_for(lambda: 42, timeout=0.01))
    print(cond.wait_for(lambda: 0, timeout=0.01))
print(repr(cond)[:11])
