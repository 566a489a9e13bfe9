# The cost of a process: start one whose target does nothing, join it, 20
# times. Prints milliseconds per start + join. The start method is the
# first argument (spawn by default: what minipy always does); python3 can
# also be asked for fork.
import multiprocessing as mp
import sys
import time


def nothing():
    pass


def main():
    method = sys.argv[1] if len(sys.argv) > 1 else "spawn"
    mp.set_start_method(method)
    n = 20
    p = mp.Process(target=nothing)  # warm up
    p.start()
    p.join()
    start = time.perf_counter()
    for _ in range(n):
        p = mp.Process(target=nothing)
        p.start()
        p.join()
    took = time.perf_counter() - start
    print(f"metric start_join_ms {took / n * 1e3:.2f}")


if __name__ == "__main__":
    main()
