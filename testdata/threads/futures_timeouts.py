# TimeoutError from result, exception, wait, as_completed and map while a job is blocked.
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed, wait
import threading
gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(gate.wait)
    try:
        f.result(timeout=0.02)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    try:
        f.exception(timeout=0.01)
    except TimeoutError:
        print("exception() timed out")
    done, nd = wait([f], timeout=0.02)
    print(len(done), len(nd))
    try:
        for x in as_completed([f], timeout=0.02):
            print("unexpected")
    except TimeoutError as e:
        print("as_completed:", e)
    try:
        list(ex.map(lambda x: gate.wait(), [1], timeout=0.02))
    except TimeoutError as e:
        print("map TimeoutError", type(e).__name__)
    gate.set()
print(f.result())
