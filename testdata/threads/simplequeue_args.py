# queue.SimpleQueue is CPython's C type _queue.SimpleQueue: its module, its
# Argument Clinic errors, timeouts converted (or ignored when not blocking)
# as C does; and queue classes are generic (Queue[int]).
import queue
q = queue.SimpleQueue()
tests = [
    ('q.put()', lambda: q.put()),
    ('q.put(1,2,3,4)', lambda: q.put(1,2,3,4)),
    ('q.put(1, item=2)', lambda: q.put(1, item=2)),
    ('q.put(x=1)', lambda: q.put(x=1)),
    ('q.put(item=5)', lambda: q.put(item=5)),
    ('q.get(1,2,3)', lambda: q.get(1,2,3)),
    ('q.get(x=1)', lambda: q.get(x=1)),
    ("q.get(timeout='x')", lambda: q.get(timeout='x')),
    ("q.get(True, float('nan'))", lambda: q.get(True, float('nan'))),
    ('q.get(True, -1)', lambda: q.get(True, -1)),
    ('q.get(False, -1)', lambda: q.get(False, -1)),
    ("q.get(False, 'x')", lambda: q.get(False, 'x')),
    ('q.put_nowait()', lambda: q.put_nowait()),
    ('q.put_nowait(item=3)', lambda: q.put_nowait(item=3)),
    ('q.get_nowait(1)', lambda: q.get_nowait(1)),
    ('q.qsize(1)', lambda: q.qsize(1)),
    ('q.empty(1)', lambda: q.empty(1)),
    ('queue.SimpleQueue(1)', lambda: queue.SimpleQueue(1)),
    ('q.get(block=0, timeout=None)', lambda: q.get(block=0, timeout=None)),
    ('q.get(True, 0)', lambda: q.get(True, 0)),
    ('q.get(True, 10**30)', lambda: q.get(True, 10**30)),
    ('q.put(1, x=1)', lambda: q.put(1, x=1)),
    ('q.put(1, True, None, x=1)', lambda: q.put(1, True, None, x=1)),
    ('q.get(True, block=1)', lambda: q.get(True, block=1)),
    ('q.get(block=True, x=2)', lambda: q.get(block=True, x=2)),
    ('q.put(1, 2, 3, x=1)', lambda: q.put(1, 2, 3, x=1)),
    ('q.get(True, None, x=1)', lambda: q.get(True, None, x=1)),
    ('q.get(1,2,3,x=1)', lambda: q.get(1,2,3,x=1)),
    ('q.get(timeout=0.001)', lambda: q.get(timeout=0.001)),
    ('q.get_nowait(x=1)', lambda: q.get_nowait(x=1)),
    ("q.put(1, block=False, timeout='zz')", lambda: q.put(1, block=False, timeout='zz')),
    ("q.get(block='', timeout='x')", lambda: q.get(block='', timeout='x')),
    ('q.get(None)', lambda: q.get(None)),
    ('q.put(7)', lambda: q.put(7)),
    ('q.get(True, 1e300)', lambda: q.get(True, 1e300)),
    ('q.get(True, 0.5)', lambda: q.get(True, 0.5)),
    ('q.get(timeout=0.01)', lambda: q.get(timeout=0.01)),
    ('queue.SimpleQueue(x=1)', lambda: queue.SimpleQueue(x=1)),
    ('repr(q)[:22]', lambda: repr(q)[:22]),
    ('q.qsize()', lambda: q.qsize()),
    ('type(q).__module__', lambda: type(q).__module__),
    ('queue.SimpleQueue[int]', lambda: queue.SimpleQueue[int]),
    ('queue.Queue[int]', lambda: queue.Queue[int]),
    ('queue.PriorityQueue[str, int]', lambda: queue.PriorityQueue[str, int]),
]
for s, f in tests:
    try:
        print(s, "->", f())
    except Exception as e:
        print(s, "->", type(e).__name__, e)
