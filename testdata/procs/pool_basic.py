# Pool: map, starmap, imap, imap_unordered, apply, apply_async with
# callbacks, map_async with AsyncResult, chunksize, an initializer, an
# exception in a task coming back to the caller, close/join and `with`.
import multiprocessing as mp

offset = 0


def init(value):
    global offset
    offset = value


def square(x):
    return x * x + offset


def add(a, b):
    return a + b


def div(a, b):
    return a / b


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)), flush=True)
        print(pool.map(square, range(20), chunksize=3), flush=True)
        print(pool.map(square, []), flush=True)
        print(pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]), flush=True)
        print(list(pool.imap(square, range(6))), flush=True)
        print(list(pool.imap(square, range(7), chunksize=2)), flush=True)
        print(sorted(pool.imap_unordered(square, range(6))), flush=True)
        print(pool.apply(add, (40, 2)), flush=True)
        print(pool.apply(add, (), {"a": 1, "b": 2}), flush=True)
        results = []
        r = pool.apply_async(square, (12,), callback=results.append)
        print(r.get(timeout=30), r.ready(), r.successful(), flush=True)
        m = pool.map_async(square, range(5))
        m.wait()
        print(m.ready(), m.get(), flush=True)
        errors = []
        bad = pool.apply_async(div, (1, 0), error_callback=errors.append)
        try:
            bad.get()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e, flush=True)
        print("successful:", bad.successful(), flush=True)
        try:
            pool.map(div, [1, 2, 3], [1, 0, 1])
        except TypeError as e:
            print("TypeError", flush=True)
        try:
            pool.starmap(div, [(1, 1), (1, 0), (2, 1)])
        except ZeroDivisionError as e:
            print("ZeroDivisionError from starmap:", e, flush=True)
        it = pool.imap(div, [1, 2])
        try:
            print(next(it), flush=True)
        except TypeError as e:
            print("TypeError from imap", flush=True)
    print("callback got", results, "error callback got", [type(e).__name__ for e in errors], flush=True)

    pool = mp.Pool(2, initializer=init, initargs=(1000,))
    print(pool.map(square, [1, 2, 3]), flush=True)
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e, flush=True)
    try:
        mp.Pool(0)
    except ValueError as e:
        print("ValueError:", e, flush=True)
    p2 = mp.Pool(1)
    try:
        p2.join()
    except ValueError as e:
        print("ValueError:", e, flush=True)
    p2.terminate()
    p2.join()
    print("done", flush=True)
