# queue: the classes, blocking and non-blocking calls, errors.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty from get_nowait")
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty after timeout", repr(e))
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError:", e)

small = queue.Queue(maxsize=2)
small.put("a")
small.put_nowait("b")
print(small.full(), small.qsize())
try:
    small.put_nowait("c")
except queue.Full:
    print("Full from put_nowait")
try:
    small.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    small.put("c", block=False)
except queue.Full:
    print("Full without blocking")
try:
    small.put("c", timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty after timeout")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

tq = queue.Queue()
tq.put(1)
tq.get()
tq.task_done()
try:
    tq.task_done()
except ValueError as e:
    print("ValueError:", e)
tq.join()
print("join with nothing unfinished returns")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(q.unfinished_tasks, small.maxsize)
