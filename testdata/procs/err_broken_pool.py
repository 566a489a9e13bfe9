# A worker of a ProcessPoolExecutor that dies breaks the pool: the pending
# future raises BrokenProcessPool instead of waiting forever.
import concurrent.futures as cf
import os


def crash():
    os._exit(1)


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        ex.submit(crash).result()
