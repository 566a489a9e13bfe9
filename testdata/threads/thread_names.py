# Default thread names ('Thread-N (target)'), name and daemon attributes, repr of a new thread.
import threading
def work(): pass
def other(x): pass
ts = [threading.Thread(target=work), threading.Thread(target=other, args=(1,)), threading.Thread(), threading.Thread(name="custom"), threading.Thread(target=lambda: None)]
print([t.name for t in ts])
class Sub(threading.Thread):
    pass
print(Sub().name, Sub(target=work).name)
t = threading.Thread(target=work, name=42)
print(repr(t.name))
t.name = "renamed"
print(t.name)
t.name = "again"
print(t.name)
print(t.daemon)
t.daemon = True
print(t.daemon)
print(repr(ts[0]).startswith("<Thread(Thread-1 (work), initial)>"), repr(ts[0]))
tm = threading.Timer(1, work)
print(tm.name)
import functools
p = threading.Thread(target=functools.partial(other, 1))
print(p.name)
