# Ctrl-C in the terminal reaches the whole process group: the child stops
# with KeyboardInterrupt, and so does the parent waiting in join().
import multiprocessing as mp
import time


def sleep_long():
    time.sleep(60)


if __name__ == "__main__":
    p = mp.Process(target=sleep_long)
    p.start()
    print(p.pid, flush=True)
    p.join()
