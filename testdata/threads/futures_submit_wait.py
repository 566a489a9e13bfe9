# submit + as_completed/wait (ALL_COMPLETED, FIRST_EXCEPTION) with a failing job; results sorted.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION
import concurrent.futures as cf
import time
def job(n):
    time.sleep(0.001 * (n % 3))
    if n == 5:
        raise ValueError("five")
    return n * 10
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(job, n): n for n in range(8)}
    ok, bad = [], []
    for f in as_completed(futs):
        n = futs[f]
        try:
            ok.append((n, f.result()))
        except ValueError as e:
            bad.append((n, str(e)))
    print(sorted(ok)); print(bad)
    fs = [ex.submit(job, n) for n in range(4)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done), sorted(f.result() for f in done))
    fs = [ex.submit(job, 5)]
    done, nd = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), type(fs[0].exception()).__name__, fs[0].exception())
    f = ex.submit(job, 2)
    print(f.result(timeout=5), f.done(), f.cancelled(), f.running(), f.exception())
print(FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION)
print(cf.TimeoutError is TimeoutError, cf.CancelledError.__name__)
