# The _thread module directly.
import _thread

done = _thread.allocate_lock()
done.acquire()
out = []


def work(a, b, c=0):
    out.append(a + b + c)
    out.append(_thread.get_ident() != main_ident)
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
done.acquire()
print(out, isinstance(ident, int))
print(type(done).__name__, _thread.LockType is type(done), _thread.error is RuntimeError)
print(repr(done).startswith("<locked _thread.lock object at 0x"))
done.release()
print(repr(done).startswith("<unlocked _thread.lock object at 0x"))


def tr(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)


tr(lambda: done.release())
tr(lambda: done.acquire(False, 1))
tr(lambda: done.acquire(True, -2))
tr(lambda: done.acquire(True, "x"))
tr(lambda: done.acquire(True, 1e20))
tr(lambda: done.acquire(None))
tr(lambda: done.acquire(1, 2, 3))
tr(lambda: done.acquire(foo=1))
tr(lambda: done.locked())
tr(lambda: done.release())
tr(lambda: _thread.start_new_thread(1, ()))
tr(lambda: _thread.start_new_thread(print, []))
tr(lambda: _thread.start_new_thread(print, (), []))
tr(lambda: _thread.start_new_thread(print))
tr(lambda: _thread.allocate_lock(1))
tr(lambda: _thread.get_ident(1))
tr(lambda: _thread.TIMEOUT_MAX > 1e9)

r = _thread.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
tr(lambda: r.release())
tr(lambda: r.acquire())
tr(lambda: r.acquire())
tr(lambda: r._is_owned())
tr(lambda: r._recursion_count())
state = r._release_save()
print(state == (2, main_ident), r._is_owned())
tr(lambda: r._release_save())
tr(lambda: r._acquire_restore(5))
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
tr(lambda: r.locked())

loc = _thread._local()
loc.x = 1
tr(lambda: loc.x)
tr(lambda: loc.y)
tr(lambda: _thread._local(1))
tr(lambda: _thread._ExceptHookArgs((1, 2, 3)))
args = _thread._ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(args)
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args), args[0])
tr(lambda: _thread._excepthook(1))
tr(lambda: _thread._excepthook(_thread._ExceptHookArgs([SystemExit, SystemExit(3), None, None])))
tr(lambda: _thread.exit())
