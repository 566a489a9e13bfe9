# Locks, events, semaphores and shared memory across processes: a counter
# in a Value incremented under its lock by four processes, an Array filled
# by children, an Event that releases waiting children.
import multiprocessing as mp


def add_many(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def fill(arr, start, stop):
    for i in range(start, stop):
        arr[i] = i * i


def wait_then_report(event, lock, results):
    event.wait()
    with lock:
        results.put("released")


def use_semaphore(sem, active, peak, lock):
    with sem:
        with lock:
            active.value += 1
            peak.value = max(peak.value, active.value)
        with lock:
            active.value -= 1


if __name__ == "__main__":
    counter = mp.Value('i', 0)
    ps = [mp.Process(target=add_many, args=(counter, 500)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("counter:", counter.value, flush=True)

    arr = mp.Array('d', 10)
    ps = [mp.Process(target=fill, args=(arr, 0, 5)), mp.Process(target=fill, args=(arr, 5, 10))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("array:", arr[:], len(arr), flush=True)

    ints = mp.Array('i', [3, 1, 2])
    print(ints[0], ints[-1], list(ints), ints[1:], flush=True)
    raw = mp.RawValue('d', 1.5)
    print(raw.value, mp.Value('i', 7, lock=False).value, flush=True)

    event, lock, results = mp.Event(), mp.Lock(), mp.Queue()
    print("event set:", event.is_set(), event.wait(0.01), flush=True)
    ps = [mp.Process(target=wait_then_report, args=(event, lock, results)) for _ in range(3)]
    for p in ps:
        p.start()
    event.set()
    print([results.get() for _ in range(3)], event.is_set(), flush=True)
    for p in ps:
        p.join()

    sem = mp.Semaphore(2)
    active, peak = mp.Value('i', 0), mp.Value('i', 0)
    ps = [mp.Process(target=use_semaphore, args=(sem, active, peak, lock)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("at most 2 inside:", 1 <= peak.value <= 2, active.value, flush=True)

    lock = mp.Lock()
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01), flush=True)
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e, flush=True)
    rlock = mp.RLock()
    with rlock:
        with rlock:
            print("RLock taken twice", flush=True)
    try:
        rlock.release()
    except AssertionError as e:
        print("AssertionError:", e, flush=True)
    bsem = mp.BoundedSemaphore(1)
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e, flush=True)
    cond = mp.Condition()
    with cond:
        print("wait timed out:", cond.wait(0.01), flush=True)
    v = mp.Value('i', 0)
    v.value = 2 ** 40
    print("c_int wraps:", v.value, flush=True)
    try:
        mp.Value('i', 1.5)
    except TypeError as e:
        print("TypeError:", e, flush=True)
