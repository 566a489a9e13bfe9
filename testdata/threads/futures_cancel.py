# Cancelling queued futures, submit after shutdown, shutdown(cancel_futures=True).
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
started = threading.Event()
def first_job():
    started.set()
    return gate.wait()
first = ex.submit(first_job)
started.wait()
queued = [ex.submit(pow, 2, i) for i in range(5)]
print([f.cancel() for f in queued[:2]])
print([f.cancelled() for f in queued])
try:
    queued[0].result()
except CancelledError as e:
    print("CancelledError", type(e).__module__)
try:
    queued[1].exception()
except CancelledError:
    print("exception() raises CancelledError too")
gate.set()
print(first.result(), [f.result() for f in queued[2:]])
print(first.cancel(), first.done())
ex.shutdown(wait=True)
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
ex2 = ThreadPoolExecutor(1)
g2 = threading.Event()
running = threading.Event()
def blocker():
    running.set()
    return g2.wait()
a = ex2.submit(blocker)
running.wait()
rest = [ex2.submit(abs, -i) for i in range(3)]
ex2.shutdown(wait=False, cancel_futures=True)
g2.set()
print([f.cancelled() for f in rest], a.result())
