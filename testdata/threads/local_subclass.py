import threading
class L(threading.local):
    color = "class"
    def __init__(self, n, tag="t"):
        self.n = n
        self.tag = tag
        self.calls = 1
    def bump(self):
        self.n += 1
        return self.n
loc = L(5, tag="main")
print(loc.n, loc.tag, loc.color, loc.bump())
out = {}
def worker(k):
    out[k] = (loc.n, loc.tag, loc.bump(), loc.color, sorted(loc.__dict__))
    loc.color = k
ts = [threading.Thread(target=worker, args=("w%d" % i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out.items()))
print(loc.n, loc.color, isinstance(loc, threading.local), type(loc).__name__)
try:
    loc.missing
except AttributeError as e:
    print(e)
class P(threading.local):
    pass
p = P()
p.x = 1
print(p.x)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    threading.local(1)
except TypeError as e:
    print(e)
try:
    threading.local().y
except AttributeError as e:
    print(e)
def f():
    print(hasattr(p, "x"))
t = threading.Thread(target=f); t.start(); t.join()
del p.x
print(hasattr(p, "x"))
