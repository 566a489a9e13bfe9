# A pool worker killed in the middle of a task: the pending results fail
# with WorkerLostError (CPython would wait forever), the pool starts new
# workers and goes on.
import multiprocessing as mp
import multiprocessing.pool
import os


def maybe_die(x):
    if x == 3:
        os.kill(os.getpid(), 9)  # SIGKILL
    return x * 2


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(maybe_die, range(8), chunksize=1)
        except multiprocessing.pool.WorkerLostError as e:
            print("WorkerLostError:", e, flush=True)
        print(pool.map(maybe_die, [1, 2]), flush=True)
