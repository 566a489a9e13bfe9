#!/usr/bin/env python3
"""The figures of README's "See the GIL": the threading examples under
python3 and minipy in each mode, medians of several runs.

    python3 bench/see_the_gil.py             # builds minipy, 5 runs each
    python3 bench/see_the_gil.py -n 9 --minipy ./minipy

For examples/cpu_threads.py and examples/io_threads.py it prints the
sequential time, the threaded time and the speed-up; for
examples/race_counter.py the share of updates each loop lost. The runs of
the configurations are interleaved so that the machine's load affects them
alike.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

from run import REPO_ROOT, build_minipy

EXAMPLES = os.path.join(REPO_ROOT, "examples")


def run(cmd, example):
    proc = subprocess.run(cmd + [example], cwd=EXAMPLES, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=True)
    return proc.stdout


def timings(out):
    """(sequential s, threads s) from cpu_threads/io_threads output."""
    seq = float(re.search(r"sequential:\s+([\d.]+) s", out).group(1))
    par = float(re.search(r"threads:\s+([\d.]+) s", out).group(1))
    return seq, par


def lost(out):
    """Percent lost by loops A, B, C of race_counter."""
    return [int(x) for x in re.findall(r"\((\d+)%\)", out)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--minipy")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        minipy = os.path.abspath(args.minipy) if args.minipy else build_minipy(tmp)
        configs = [("python3", [sys.executable]), ("minipy", [minipy]), ("minipy --gil", [minipy, "--gil"]),
                   ("minipy --cpus 1", [minipy, "--cpus", "1"]),
                   ("minipy --gil --cpus 1", [minipy, "--gil", "--cpus", "1"])]
        print(f"{os.cpu_count()} cores; median of {args.runs} runs\n")
        for example in ("cpu_threads.py", "io_threads.py"):
            samples = {name: [] for name, _ in configs}
            for _ in range(args.runs):
                for name, cmd in configs:
                    samples[name].append(timings(run(cmd, example)))
            print(f"{example}\n\n| | sequential | threads | speed-up |\n|---|---:|---:|---:|")
            for name, _ in configs:
                seq = statistics.median(s for s, _ in samples[name])
                par = statistics.median(p for _, p in samples[name])
                speed = statistics.median(s / p for s, p in samples[name])
                print(f"| `{name}` | {seq:.3f} s | {par:.3f} s | {speed:.2f}x |")
            print(flush=True)
        samples = {name: [] for name, _ in configs[:3]}
        for _ in range(args.runs):
            for name, cmd in configs[:3]:
                samples[name].append(lost(run(cmd, "race_counter.py")))
        print("race_counter.py (updates lost)\n\n| | A: `counter += 1` | B: read, call, write | C: with a Lock |\n|---|---:|---:|---:|")
        for name, _ in configs[:3]:
            cols = [statistics.median(s[i] for s in samples[name]) for i in range(3)]
            print(f"| `{name}` | " + " | ".join(f"{c:.0f}%" for c in cols) + " |")


if __name__ == "__main__":
    main()
