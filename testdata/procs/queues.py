# Queue, JoinableQueue and SimpleQueue between processes: values of every
# kind cross (big ints, nested containers, instances of module-level
# classes, exceptions), timeouts raise queue.Empty and queue.Full.
import multiprocessing as mp
import queue


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def echo(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            break
        outq.put(item)


def producer(q, n):
    for i in range(n):
        q.put(i * i)


def consumer(jq, results):
    while True:
        item = jq.get()
        results.put(item * 10)
        jq.task_done()


if __name__ == "__main__":
    inq, outq = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(inq, outq))
    p.start()
    values = [None is None, 2 ** 100, -3.5, "text", b"bytes", (1, (2, 3)), [1, [2]],
              {"a": {1, 2}}, frozenset([3]), Point(1, 2), ValueError("bad", 7),
              KeyError("k"), list(range(1000))[-3:], {1: [Point(0, 0)]}]
    for v in values:
        inq.put(v)
    for v in values:
        print(repr(outq.get()), flush=True)
    shared = [1, 2]
    inq.put([shared, shared])
    a, b = outq.get()
    print("sharing kept:", a is b, flush=True)
    inq.put(None)
    p.join()
    print("echo exit", p.exitcode, flush=True)

    q = mp.Queue()
    ps = [mp.Process(target=producer, args=(q, 50)) for _ in range(3)]
    for x in ps:
        x.start()
    got = sorted(q.get() for _ in range(150))
    for x in ps:
        x.join()
    print("from 3 producers:", len(got), sum(got), flush=True)

    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("queue.Empty after timeout", flush=True)
    try:
        q.get_nowait()
    except queue.Empty:
        print("queue.Empty from get_nowait", flush=True)

    small = mp.Queue(2)
    small.put(1)
    small.put(2)
    print("full:", small.full(), flush=True)
    try:
        small.put(3, timeout=0.05)
    except queue.Full:
        print("queue.Full after timeout", flush=True)
    print(small.get(), small.get(), flush=True)

    jq, results = mp.JoinableQueue(), mp.Queue()
    c = mp.Process(target=consumer, args=(jq, results), daemon=True)
    c.start()
    for i in range(5):
        jq.put(i)
    jq.join()
    print("all tasks done:", sorted(results.get() for _ in range(5)), flush=True)
    try:
        mp.JoinableQueue().task_done()
    except ValueError as e:
        print("ValueError", e, flush=True)

    sq = mp.SimpleQueue()
    print("simple empty:", sq.empty(), flush=True)
    sq.put("one")
    print(sq.get(), sq.empty(), flush=True)
    c.terminate()
    c.join()
