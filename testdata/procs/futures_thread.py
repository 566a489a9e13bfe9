# ThreadPoolExecutor and Future: submit, map with timeout, as_completed,
# wait with FIRST_COMPLETED, callbacks, cancel, shutdown(cancel_futures),
# thread names, and a Future driven by hand.
import concurrent.futures as cf
import threading
import time


def slow_square(x, delay=0.0):
    time.sleep(delay)
    return x * x


def name_of_thread():
    return threading.current_thread().name


if __name__ == "__main__":
    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(slow_square, range(6))), flush=True)
        fs = {ex.submit(slow_square, i, 0.01 * (5 - i)): i for i in range(5)}
        print(sorted(f.result() for f in cf.as_completed(fs)), flush=True)
        fast = ex.submit(slow_square, 2)
        slow = ex.submit(slow_square, 3, 0.5)
        done, pending = cf.wait([fast, slow], return_when=cf.FIRST_COMPLETED)
        print(fast in done, len(done) + len(pending), flush=True)
        seen = []
        f = ex.submit(slow_square, 4)
        f.add_done_callback(lambda fut: seen.append(fut.result()))
        f.result()
        time.sleep(0.05)
        print("callback:", seen, flush=True)
        try:
            ex.submit(slow_square, 1, 1.0).result(timeout=0.01)
        except cf.TimeoutError:
            print("TimeoutError", cf.TimeoutError is TimeoutError, flush=True)
        try:
            list(ex.map(slow_square, [1, 2], [0.0, 1.0], timeout=0.1))
        except TimeoutError:
            print("map TimeoutError", flush=True)
        print(sorted(set(ex.submit(name_of_thread).result().rsplit("_", 1)[0] for _ in range(3))), flush=True)

    named = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker")
    print(named.submit(name_of_thread).result(), flush=True)
    blocker = named.submit(slow_square, 1, 0.2)
    while not blocker.running():
        time.sleep(0.001)
    queued = [named.submit(slow_square, i) for i in range(3)]
    print("cancel queued:", queued[0].cancel(), queued[0].cancelled(), flush=True)
    named.shutdown(wait=True, cancel_futures=True)
    print("blocker:", blocker.result(), [q.cancelled() for q in queued], flush=True)
    try:
        queued[0].result()
    except cf.CancelledError:
        print("CancelledError", flush=True)

    fut = cf.Future()
    print(fut.done(), fut.running(), fut.set_running_or_notify_cancel(), fut.running(), flush=True)
    fut.set_result(42)
    print(fut.result(), fut.done(), fut.cancel(), flush=True)
    try:
        fut.set_result(1)
    except cf.InvalidStateError as e:
        print("InvalidStateError:", e.__class__.__name__, flush=True)
    err = cf.Future()
    err.set_exception(KeyError("k"))
    print(repr(err.exception()), flush=True)
    try:
        cf.ThreadPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e, flush=True)
