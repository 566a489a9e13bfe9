#!/usr/bin/env python3
"""Time the bench/ programs under python3 and minipy; print a markdown table.

    python3 bench/run.py                 # all programs, 5 runs each
    python3 bench/run.py -n 3 fib loop   # some programs, 3 runs each
    python3 bench/run.py --minipy ./minipy

minipy is built once with `go build` (unless --minipy is given). Each program
runs as a whole process (start-up included) N times under each interpreter;
the table shows the medians. python3 is the real binary (sys.executable), not
a shim, so its start-up is not inflated. The outputs of the two interpreters
are compared first: a program whose output differs is reported, not timed.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)


def build_minipy(out_dir):
    exe = os.path.join(out_dir, "minipy")
    subprocess.run(["go", "build", "-o", exe, "./cmd/minipy"], cwd=REPO_ROOT, check=True)
    return exe


def run_once(interp, program):
    """Run program under interp; return (seconds, stdout, exit status)."""
    start = time.perf_counter()
    proc = subprocess.run([interp, program], cwd=BENCH_DIR, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    return elapsed, proc.stdout, proc.returncode, proc.stderr


def median_time(interp, program, runs):
    return statistics.median(run_once(interp, program)[0] for _ in range(runs))


def programs(names):
    if not names:
        names = sorted(f[:-3] for f in os.listdir(BENCH_DIR)
                       if f.endswith(".py") and f not in ("run.py", "threads.py", "see_the_gil.py")
                       and not f.startswith(("thread_", "proc_")))
    return [n if n.endswith(".py") else n + ".py" for n in names]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=5, help="runs per program and interpreter (default 5)")
    ap.add_argument("--minipy", help="use this minipy binary instead of building one")
    ap.add_argument("programs", nargs="*", help="program names (default: all of bench/*.py)")
    args = ap.parse_args()

    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        minipy = os.path.abspath(args.minipy) if args.minipy else build_minipy(tmp)
        print(f"python3: {python}, minipy: {minipy}, median of {args.runs} runs\n")
        print("| program | python3 s | minipy s | minipy/python3 |")
        print("|---|---:|---:|---:|")
        for prog in programs(args.programs):
            _, want, _, _ = run_once(python, prog)
            _, got, status, err = run_once(minipy, prog)
            if status != 0 or got != want:
                why = f"exit {status}: {err.decode(errors='replace').strip().splitlines()[-1:]}" if status else "output differs"
                print(f"| {prog} | | | {why} |")
                continue
            tp = median_time(python, prog, args.runs)
            tm = median_time(minipy, prog, args.runs)
            print(f"| {prog} | {tp:.3f} | {tm:.3f} | {tm / tp:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
