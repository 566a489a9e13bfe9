# Future callbacks: from pool threads, on a hand-driven Future, after completion, one that raises.
from concurrent.futures import ThreadPoolExecutor, Future
import threading
log = []
lock = threading.Lock()
def cb(f):
    with lock:
        log.append(("cb", f.result()))
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(lambda x=x: x + 100, ) for x in range(4)]
    for f in fs:
        f.add_done_callback(cb)
print(sorted(log))
f = Future()
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
f.add_done_callback(lambda fut: print("callback got", fut.result()))
f.set_result(7)
f.add_done_callback(lambda fut: print("late callback runs at once", fut.result()))
g = Future()
g.set_exception(KeyError("k"))
print(repr(g.exception()), g.done())
try:
    g.result()
except KeyError as e:
    print("KeyError", e)
h = Future()
print(h.cancel(), h.cancelled(), h.cancel())
def badcb(fut):
    raise RuntimeError("callback failed")
k = Future()
k.add_done_callback(badcb)
k.set_result(1)
print("after bad callback", k.result())
