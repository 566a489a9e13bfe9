# An exception raised in a pool worker is raised again in the parent: the
# program ends with its traceback.
import multiprocessing as mp


def invert(x):
    return 1 / x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(invert, [1, 2, 4]), flush=True)
        pool.map(invert, [1, 0, 2])
