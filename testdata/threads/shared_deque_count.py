# collections.deque and itertools.count shared by threads without a lock:
# CPython makes appends, pops and next() atomic, so nothing is lost or
# handed out twice (with or without minipy's GIL).
import threading, itertools, collections
N, K = 8, 5000
lst = []
dq = collections.deque()
st = set()
d = {}
cnt = itertools.count()
ids = []
ids_lock = threading.Lock()
def w(k):
    mine = []
    for i in range(K):
        lst.append(i)
        dq.append(i)
        st.add((k, i))
        d[(k, i)] = i
        mine.append(next(cnt))
    with ids_lock:
        ids.extend(mine)
ts = [threading.Thread(target=w, args=(k,)) for k in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(len(lst), len(dq), len(st), len(d), len(set(ids)), sorted(ids) == list(range(N * K)))
popped = []
plock = threading.Lock()
def popper():
    got = 0
    while True:
        try:
            dq.popleft()
        except IndexError:
            break
        got += 1
    with plock:
        popped.append(got)
ts = [threading.Thread(target=popper) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(popped), len(dq))
