# Future states in repr, InvalidStateError, DoneAndNotDoneFutures, map with chunksize, an Executor subclass.
import concurrent.futures as cf
from concurrent.futures import Future, InvalidStateError
f = Future()
print(repr(f).split(" ")[3:], f._state)
f.set_running_or_notify_cancel()
print(repr(f).split(" ")[3:])
f.set_result(3)
print(repr(f).split(" ")[3:])
try:
    f.set_result(4)
except InvalidStateError as e:
    print("InvalidStateError:", e.args[0].split(":")[0])
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print("InvalidStateError (exception)")
g = Future()
g.set_exception(ValueError("v"))
print(repr(g).split(" ")[3:])
h = Future(); h.cancel()
print(repr(h).split(" ")[3:], h.set_running_or_notify_cancel())
k = Future(); k.set_running_or_notify_cancel()
print(k.cancel())
print(issubclass(InvalidStateError, cf._base.Error), issubclass(cf.CancelledError, cf._base.Error))
r = cf.wait([f, g])
print(type(r).__name__, len(r.done), len(r.not_done), r._fields)
order = []
m = Future()
m.add_done_callback(lambda x: order.append(1))
m.add_done_callback(lambda x: order.append(2))
m.cancel()
print(order)
with cf.ThreadPoolExecutor(2) as ex:
    print(list(ex.map(lambda a, b: a - b, range(5), range(5, 0, -1), chunksize=2)))
    print(list(ex.map(len, ["a", "bb"], timeout=None)))
print(hasattr(cf, "ProcessPoolExecutor"), cf.Executor.__name__)
class Inline(cf.Executor):
    def submit(self, fn, /, *args, **kwargs):
        f = Future()
        f.set_result(fn(*args, **kwargs))
        return f
with Inline() as ie:
    print(list(ie.map(abs, [-1, -2])))
try:
    cf.Executor().submit(abs, 1)
except NotImplementedError:
    print("NotImplementedError")
