# ThreadPoolExecutor misuse and edge cases: submit's fn is positional-only
# (a keyword named fn goes to the callable), wait's bad return_when, empty
# waits, map errors, bad constructor arguments.
import concurrent.futures as cf
import threading
ex = cf.ThreadPoolExecutor(2)
gate = threading.Event()
pending = ex.submit(gate.wait)  # not done until the end: wait() must check return_when
def kw(fn=None, **k):
    return fn, sorted(k)
tests = [
    ("submit fn kw", lambda: ex.submit(kw, fn=1).result()),
    ("submit no fn", lambda: ex.submit()),
    ("submit fn=...", lambda: ex.submit(fn=abs)),
    ("wait bad", lambda: cf.wait([pending], return_when="nope")),
    ("wait empty", lambda: cf.wait([])),
    ("as_completed empty", lambda: list(cf.as_completed([]))),
    ("map not iterable", lambda: list(ex.map(abs, 5))),
    ("map no iterables", lambda: list(ex.map(abs))),
    ("workers str", lambda: cf.ThreadPoolExecutor("2")),
    ("initializer not callable", lambda: cf.ThreadPoolExecutor(1, initializer=5)),
    ("as_completed generator", lambda: sorted(f.result() for f in cf.as_completed(ex.submit(abs, -i) for i in range(3)))),
    ("wait set", lambda: len(cf.wait({ex.submit(abs, 1)}).done)),
    ("future in done", lambda: type(cf.wait([ex.submit(abs, 1)]).done).__name__),
]
import time
for name, f in tests:
    try:
        r = f()
        print(name, "->", r)
    except Exception as e:
        print(name, "->", type(e).__name__, e)
gate.set()
ex.shutdown()
