# ProcessPoolExecutor: submit, result, exception, map (with chunksize),
# as_completed, wait, shutdown, the context manager, and
# BrokenProcessPool when a worker dies.
import concurrent.futures as cf
import os


def cube(x):
    return x ** 3


def fail(x):
    raise ValueError("bad input %d" % x)


def die(code):
    os._exit(code)


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(cube, 3)
        print(f.result(timeout=30), f.done(), f.cancelled(), f.exception(), flush=True)
        print(list(ex.map(cube, range(8))), flush=True)
        print(list(ex.map(cube, range(10), chunksize=4)), flush=True)
        fs = [ex.submit(cube, i) for i in range(5)]
        print(sorted(g.result() for g in cf.as_completed(fs)), flush=True)
        done, not_done = cf.wait(fs)
        print(len(done), len(not_done), flush=True)
        bad = ex.submit(fail, 7)
        print(type(bad.exception()).__name__, bad.exception(), flush=True)
        try:
            bad.result()
        except ValueError as e:
            print("ValueError:", e, flush=True)
        try:
            list(ex.map(fail, [1]))
        except ValueError as e:
            print("ValueError from map:", e, flush=True)
        fs = [ex.submit(cube, 2), ex.submit(fail, 2)]
        done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
        print("first exception seen:", any(g.exception() for g in done), flush=True)
    print("after with:", f.done(), flush=True)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e, flush=True)

    ex = cf.ProcessPoolExecutor(max_workers=1)
    broken = ex.submit(die, 3)
    try:
        broken.result()
    except cf.process.BrokenProcessPool as e:
        print("BrokenProcessPool:", e, flush=True)
    try:
        ex.submit(cube, 1)
    except cf.process.BrokenProcessPool as e:
        print("BrokenProcessPool:", e, flush=True)
    ex.shutdown()
    try:
        cf.ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e, flush=True)
