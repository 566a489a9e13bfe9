# queue internals a tutorial uses: a Queue subclass overriding _init/_put/_get, put overridden, dataclass priorities.
import queue, threading, collections
q = queue.Queue(3)
print(type(q.queue).__name__, q.maxsize, type(q.mutex).__name__)
print(isinstance(q.not_empty, threading.Condition), isinstance(q.all_tasks_done, threading.Condition))
q.put(1); q.put(2)
print(list(q.queue), q.unfinished_tasks)
class DedupQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = collections.OrderedDict()
    def _put(self, item):
        self.queue[item] = None
    def _get(self):
        return self.queue.popitem(last=False)[0]
dq = DedupQueue()
for x in [3, 1, 3, 2, 1]:
    dq.put(x)
print(dq.qsize(), [dq.get() for _ in range(dq.qsize())], dq.unfinished_tasks)
class TaggedQueue(queue.Queue):
    def put(self, item, block=True, timeout=None):
        super().put(("tag", item), block, timeout)
tq = TaggedQueue()
tq.put(5)
print(tq.get())
pq = queue.PriorityQueue()
pq.put((1, {"a": 1}))
try:
    pq.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
print(pq.qsize())
from dataclasses import dataclass, field
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
pq2 = queue.PriorityQueue()
for p, n in [(5, "low"), (1, "urgent"), (3, "mid")]:
    pq2.put(Job(p, n))
print([pq2.get().name for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1, block=False); sq.put(2, True, 5); sq.put_nowait(3)
print(sq.qsize(), sq.get(True, 1), sq.get(False))
try:
    sq.get(True, -1)
except ValueError as e:
    print("ValueError:", e)
lq = queue.LifoQueue(maxsize=2)
lq.put("a"); lq.put("b")
print(lq.full(), lq.get_nowait(), lq.get(timeout=1))
print(queue.Queue.__name__, queue.SimpleQueue.__name__, queue.Empty.__name__, queue.Full.__name__)
print(queue.Queue().get(block=True, timeout=0) if False else "skip")
try:
    queue.Queue().get(timeout=0)
except queue.Empty:
    print("Empty at timeout=0")
try:
    queue.Queue(1).put(1, timeout=0) or print("put ok with timeout=0")
except queue.Full:
    print("Full")
