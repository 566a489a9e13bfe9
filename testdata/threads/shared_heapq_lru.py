# heapq on one list shared by threads, and an lru_cache'd function called
# from several threads: CPython's C heapq and lru_cache are atomic under
# its GIL, so nothing is lost or handed out twice and the cache stays whole.
import threading, heapq, functools
heap = []
def pusher(k):
    for i in range(2000):
        heapq.heappush(heap, (i * 4 + k) % 997)
ts = [threading.Thread(target=pusher, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(heap), heap[0])
popped = []
lock = threading.Lock()
def popper():
    mine = []
    while True:
        try:
            mine.append(heapq.heappop(heap))
        except IndexError:
            break
    with lock:
        popped.extend(mine)
ts = [threading.Thread(target=popper) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(popped), sum(popped))
@functools.lru_cache(maxsize=32)
def sq(n):
    return n * n
errors = []
def caller(k):
    try:
        for i in range(3000):
            v = (i * 7 + k) % 100
            if sq(v) != v * v:
                errors.append(v)
    except Exception as e:
        errors.append(repr(e))
ts = [threading.Thread(target=caller, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
info = sq.cache_info()
print(errors[:3], info.hits + info.misses, info.currsize <= 32, info.maxsize)
