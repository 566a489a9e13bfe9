# A worker pool over a Queue: task_done/join, sentinels, results.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        results.put((n, n * n))
        tasks.task_done()


pool = [threading.Thread(target=worker) for _ in range(4)]
for t in pool:
    t.start()
for n in range(100):
    tasks.put(n)
tasks.join()
print("all tasks done, unfinished:", tasks.unfinished_tasks)
for _ in pool:
    tasks.put(None)
for t in pool:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
out.sort()
print(len(out), out[:3], out[-1], sum(v for _, v in out))

# A bounded queue makes a fast producer wait for a slow consumer.
bounded = queue.Queue(maxsize=3)
received = []


def consume():
    while True:
        item = bounded.get()
        if item is None:
            return
        received.append(item)


c = threading.Thread(target=consume)
c.start()
for i in range(50):
    bounded.put(i)
bounded.put(None)
c.join()
print(received == list(range(50)))

lq = queue.LifoQueue()
sq = queue.SimpleQueue()


def fill(i):
    for j in range(25):
        lq.put(i * 100 + j)
        sq.put(i * 100 + j)


fs = [threading.Thread(target=fill, args=(i,)) for i in range(4)]
for f in fs:
    f.start()
for f in fs:
    f.join()
print(lq.qsize(), sq.qsize())
print(sorted(lq.get() for _ in range(100)) == sorted(sq.get() for _ in range(100)))
