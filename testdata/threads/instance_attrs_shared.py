# Threads storing attributes on one shared instance and on fresh instances
# of the same class, while another thread reads the shared one's __dict__.
import threading
class P:
    pass
shared = P()
def work(k):
    for i in range(200):
        setattr(shared, 'w%d_%d' % (k, i % 5), i)
        fresh = P()
        for j in range(6):
            setattr(fresh, 'f%d' % ((j + k) % 6), j)
        assert [getattr(fresh, 'f%d' % ((j + k) % 6)) for j in range(6)] == list(range(6))
def reader():
    for _ in range(50):
        len(vars(shared))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)] + [threading.Thread(target=reader)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(vars(shared).items()))
