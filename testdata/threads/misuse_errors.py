# CPython's messages for misuse: release unlocked, join before start, start twice, bad arguments.
import threading, queue
lock = threading.Lock()
msgs = []
def trial(f):
    try:
        f()
        msgs.append("no error")
    except Exception as e:
        msgs.append(f"{type(e).__name__}: {e}")
trial(lock.release)
trial(threading.RLock().release)
t = threading.Thread(target=lambda: None)
trial(t.join)
t.start(); t.join()
trial(t.start)
trial(lambda: threading.Semaphore(-1))
trial(lambda: threading.Thread(target=1).run())
trial(lambda: threading.Condition().wait())
trial(lambda: threading.Condition().notify())
trial(lambda: threading.Condition().notify_all())
trial(lambda: queue.Queue(maxsize=1).task_done())
trial(lambda: threading.Thread(args=5))
trial(lambda: threading.Thread(bogus=1))
trial(lambda: threading.Timer())
trial(lambda: threading.Event().wait("x"))
trial(lambda: threading.Lock(1))
trial(lambda: threading.Barrier(2).wait(-1))
trial(lambda: setattr(threading.current_thread(), "daemon", True))
for m in msgs: print(m)
