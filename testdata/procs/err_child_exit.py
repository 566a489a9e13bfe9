# A child's uncaught exception: the child prints "Process Process-1:" and
# its traceback, exits with 1, and the parent passes the code on.
import multiprocessing as mp
import sys


def work():
    raise RuntimeError("the child gives up")


if __name__ == "__main__":
    p = mp.Process(target=work)
    p.start()
    p.join()
    print("child exit code", p.exitcode, flush=True)
    sys.exit(p.exitcode)
