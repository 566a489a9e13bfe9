# threading.get_native_id() is fixed for a thread's whole life: the same
# value before and after blocking, sleeping and waiting for the GIL, equal
# to Thread.native_id, and distinct among the threads alive together.
import _thread
import sys
import threading
import time

sys.setswitchinterval(0.0001)  # many GIL hand-offs with --gil


def ids_of_this_thread():
    ids = set()
    for i in range(300):
        ids.add(threading.get_native_id())
        ids.add(_thread.get_native_id())
        if i % 10 == 0:
            time.sleep(0.001)
        sum(range(200))
    return ids


out = {}
running = threading.Barrier(7)  # the six workers and the main thread


def worker(k):
    running.wait()
    out[k] = ids_of_this_thread()
    out[k, "current"] = threading.current_thread().native_id
    running.wait()  # every worker is still alive while the others compare


ts = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
print("before start:", ts[0].native_id)
for t in ts:
    t.start()
print("ints:", all(isinstance(t.native_id, int) for t in ts))
running.wait()
main_ids = ids_of_this_thread()
running.wait()
live = [t.native_id for t in ts] + [threading.main_thread().native_id]
for t in ts:
    t.join()
print("main:", len(main_ids), main_ids == {threading.main_thread().native_id})
print("main current:", threading.current_thread().native_id == threading.get_native_id())
print("workers:", [len(out[k]) for k in range(6)])
print("native_id matches:", all(out[k] == {ts[k].native_id} for k in range(6)))
print("current_thread matches:", all(out[k, "current"] == ts[k].native_id for k in range(6)))
print("distinct while alive:", len(set(live)) == len(live))
print("kept after join:", [t.native_id == out[k, "current"] for k, t in enumerate(ts)])
