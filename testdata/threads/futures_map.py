# ThreadPoolExecutor.map: order kept, several iterables, an exception stops the iteration, thread_name_prefix.
from concurrent.futures import ThreadPoolExecutor
import threading
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(square, [])))
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(20)))
    print(sorted(names))
def fail(x):
    if x == 3:
        raise ZeroDivisionError("x is 3")
    return x
with ThreadPoolExecutor(2) as ex:
    it = ex.map(fail, range(6))
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print("map raised:", e, got)
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="calc") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
