# PriorityQueue, LifoQueue, SimpleQueue; Full and Empty with timeouts; task_done too many times.
import queue, threading
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
lq = queue.LifoQueue()
for i in range(4): lq.put(i)
print([lq.get() for _ in range(4)], lq.empty())
sq = queue.SimpleQueue()
for i in range(3): sq.put(i)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(block=False), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get_nowait()
except queue.Empty as e:
    print(type(e).__module__, type(e).__name__)
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
try:
    q.put(3, timeout=0.01)
except queue.Full as e:
    print("Full", repr(e), type(e).__module__)
try:
    q.put(3, block=False)
except queue.Full:
    print("Full nowait")
print(q.maxsize, q.qsize(), q.full())
q.get(); q.task_done(); q.get(); q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue(0).full(), queue.Queue(-1).maxsize)
