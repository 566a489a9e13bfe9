# bisect.insort into one list from several threads: CPython's C insort
# searches and inserts atomically under its GIL, so the list stays sorted.
import threading, bisect, operator
shared = []
def ins(k):
    for i in range(1500):
        bisect.insort(shared, (i * 13 + k) % 1000)
ts = [threading.Thread(target=ins, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), shared == sorted(shared))
