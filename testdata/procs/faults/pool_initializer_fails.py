# Workers that die at start (a failing initializer) break the pool after a
# few attempts instead of being started again forever.
import multiprocessing as mp
import multiprocessing.pool


def bad_init():
    raise RuntimeError("no init")


def double(x):
    return 2 * x


if __name__ == "__main__":
    pool = mp.Pool(2, initializer=bad_init)
    message = ""
    for attempt in range(10):
        try:
            pool.map(double, range(4))
        except multiprocessing.pool.WorkerLostError as e:
            message = str(e)
        if "keep dying" in message:
            break
    print("broken:", "keep dying" in message, flush=True)
    pool.terminate()
    pool.join()
