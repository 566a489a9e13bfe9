# Exit codes as CPython reports them: 0, the sys.exit code, 1 after an
# uncaught exception (whose traceback the child prints to stderr), the
# os._exit status, and minus the signal number after terminate() or kill().
import multiprocessing as mp
import os
import sys
import time


def ok():
    pass


def exit_with(code):
    sys.exit(code)


def fail():
    raise ValueError("boom in the child")


def hard_exit(code):
    os._exit(code)


def sleep_long():
    time.sleep(30)


def run(target, *args):
    p = mp.Process(target=target, args=args)
    p.start()
    p.join()
    return p.exitcode


if __name__ == "__main__":
    print("ok", run(ok), flush=True)
    print("sys.exit(3)", run(exit_with, 3), flush=True)
    print("sys.exit(None)", run(exit_with, None), flush=True)
    print("sys.exit('message')", run(exit_with, "a message on stderr"), flush=True)
    print("exception", run(fail), flush=True)
    print("os._exit(7)", run(hard_exit, 7), flush=True)

    p = mp.Process(target=sleep_long)
    p.start()
    p.join(0.05)
    print("alive after join(0.05)", p.is_alive(), p.exitcode, flush=True)
    p.terminate()
    p.join()
    print("terminate", p.exitcode, p.is_alive(), flush=True)

    p = mp.Process(target=sleep_long)
    p.start()
    p.kill()
    p.join()
    print("kill", p.exitcode, flush=True)
    print("repr ends with", repr(p).split()[-1], flush=True)

    try:
        p.start()
    except AssertionError as e:
        print("AssertionError", e, flush=True)
    p.close()
    try:
        p.join()
    except ValueError as e:
        print("ValueError", e, flush=True)
