# Starts children of every kind that would run for a minute, prints their
# pids and waits. The test kills this parent with SIGKILL (no clean-up at
# all) and checks that every child is gone.
import concurrent.futures as cf
import multiprocessing as mp
import time


def sleep_long(*args):
    time.sleep(60)


if __name__ == "__main__":
    p = mp.Process(target=sleep_long)
    p.start()
    pool = mp.Pool(2)
    pool.apply_async(sleep_long)
    ex = cf.ProcessPoolExecutor(max_workers=1)
    ex.submit(sleep_long)
    while len(ex._processes) < 1:
        time.sleep(0.01)
    pids = [p.pid] + [w.pid for w in pool._pool] + list(ex._processes)
    print(" ".join(str(pid) for pid in pids), flush=True)
    time.sleep(60)
