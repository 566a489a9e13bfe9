#!/usr/bin/env python3
"""Process benchmarks (issue 5): minipy (GIL off and on) side by side with
python3 under spawn (what minipy does) and fork; prints a markdown table of
medians.

    python3 bench/proc_run.py             # builds minipy, 5 runs of everything
    python3 bench/proc_run.py -n 9        # more runs
    python3 bench/proc_run.py --minipy ./minipy

Each proc_*.py program measures itself and prints `metric NAME VALUE`
lines; its first argument is the start method python3 uses (minipy always
spawns). The runs of the configurations are interleaved so that a change in
the machine's load affects them alike.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS = ["proc_startjoin.py", "proc_pool_cpu.py", "proc_queue_roundtrip.py"]


def run_metrics(cmd, program, method):
    proc = subprocess.run(cmd + [program, method], cwd=BENCH_DIR, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.stderr.write(f"{' '.join(cmd)} {program}: exit {proc.returncode}\n{proc.stderr[-2000:]}\n")
        return {}
    metrics = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "metric":
            metrics[parts[1]] = float(parts[2])
    return metrics


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--minipy", help="use this minipy binary instead of building one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        exe = args.minipy
        if exe is None:
            exe = os.path.join(tmp, "minipy")
            subprocess.run(["go", "build", "-o", exe, "./cmd/minipy"], cwd=REPO_ROOT, check=True)
        configs = [
            ("python3 spawn", [sys.executable], "spawn"),
            ("python3 fork", [sys.executable], "fork"),
            ("minipy", [exe, "--gil=false"], "spawn"),
            ("minipy --gil", [exe, "--gil"], "spawn"),
        ]
        rows = {}
        for program in PROGRAMS:
            samples = {name: {} for name, _, _ in configs}
            for _ in range(args.runs):
                for name, cmd, method in configs:
                    for metric, value in run_metrics(cmd, program, method).items():
                        samples[name].setdefault(metric, []).append(value)
            for name, _, _ in configs:
                for metric, values in samples[name].items():
                    rows.setdefault(f"{program[:-3]} {metric}", {})[name] = statistics.median(values)
    names = [name for name, _, _ in configs]
    print("| metric | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for metric, by_config in rows.items():
        print(f"| {metric} | " + " | ".join(f"{by_config.get(n, float('nan')):.2f}" for n in names) + " |")


if __name__ == "__main__":
    main()
