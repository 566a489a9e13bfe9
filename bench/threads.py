#!/usr/bin/env python3
"""Thread and GIL benchmarks (issue 4): minipy with and without the GIL, side
by side with python3 in the same run; prints a markdown table of medians.

    python3 bench/threads.py              # builds minipy, 5 runs of everything
    python3 bench/threads.py -n 9         # more runs
    python3 bench/threads.py --cpus1      # add a column: minipy --cpus 1
    python3 bench/threads.py --minipy ./minipy

Each thread_*.py program measures itself and prints `metric NAME VALUE`
lines; the runner takes each metric's median over the runs. The runs of the
interpreters are interleaved (python3, minipy, minipy --gil, python3, ...) so
that a change in the machine's load affects them alike. Single-thread speed
with the GIL on vs off is whole-process time of fib.py and loop.py.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from run import BENCH_DIR, build_minipy


def run_metrics(cmd, program):
    """Run program; return its metrics as a dict (None if it failed)."""
    proc = subprocess.run(cmd + [program], cwd=BENCH_DIR, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.stderr.write(f"{' '.join(cmd)} {program}: exit {proc.returncode}\n{proc.stderr[-2000:]}\n")
        return None
    metrics = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "metric":
            metrics[parts[1]] = float(parts[2])
    return metrics


def run_wall(cmd, program):
    start = time.perf_counter()
    subprocess.run(cmd + [program], cwd=BENCH_DIR, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def medians(configs, program, runs):
    """{config name: {metric: median}} over interleaved runs."""
    samples = {name: {} for name, _ in configs}
    for _ in range(runs):
        for name, cmd in configs:
            m = run_metrics(cmd, program)
            for k, v in (m or {}).items():
                samples[name].setdefault(k, []).append(v)
    return {name: {k: statistics.median(v) for k, v in ms.items()} for name, ms in samples.items()}


def cell(result, metric, fmt):
    v = result.get(metric)
    return "failed" if v is None else fmt.format(v)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=5, help="runs of each program per interpreter (default 5)")
    ap.add_argument("--minipy", help="use this minipy binary instead of building one")
    ap.add_argument("--cpus1", action="store_true", help="add minipy --cpus 1 and minipy --gil --cpus 1")
    args = ap.parse_args()

    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        minipy = os.path.abspath(args.minipy) if args.minipy else build_minipy(tmp)
        configs = [("python3", [python]), ("minipy", [minipy]), ("minipy --gil", [minipy, "--gil"])]
        if args.cpus1:
            configs += [("minipy --cpus 1", [minipy, "--cpus", "1"]),
                        ("minipy --gil --cpus 1", [minipy, "--gil", "--cpus", "1"])]
        names = [n for n, _ in configs]
        print(f"python3: {python}; minipy: {minipy}; {os.cpu_count()} cores; median of {args.runs} runs\n")
        print("| benchmark | " + " | ".join(names) + " | target |")
        print("|---|" + "---:|" * len(names) + "---|")

        def row(label, program, metric, fmt, target):
            res = medians(configs, program, args.runs)
            print(f"| {label} | " + " | ".join(cell(res[n], metric, fmt) for n in names) + f" | {target} |",
                  flush=True)
            return res

        row("CPU-bound: 2 threads vs twice in a row (speed-up)", "thread_cpu.py", "speedup", "{:.2f}x",
            "no GIL ≥ 1.8x; GIL 0.9–1.1x")
        row("scraper: 10 threads vs sequential (speed-up)", "thread_io.py", "speedup", "{:.2f}x",
            "GIL ≥ python3's")
        res = medians(configs, "thread_wakeup.py", args.runs)
        for metric, label in (("p50_ms", "p50"), ("p99_ms", "p99")):
            print(f"| wake-up latency of a 1 ms sleep vs a spinner, {label} (ms late) | "
                  + " | ".join(cell(res[n], metric, "{:.2f}") for n in names)
                  + " | GIL p99 ≤ switch interval + 1 ms |", flush=True)
        res = medians(configs, "thread_starve.py", args.runs)
        for metric, label in (("p50_ms", "p50"), ("p90_ms", "p90")):
            print(f"| a 1 ms sleep beside two spinning threads, {label} (ms late) | "
                  + " | ".join(cell(res[n], metric, "{:.1f}") for n in names)
                  + " | GIL: starves as python3's |", flush=True)
        row("thread start + join (µs)", "thread_startjoin.py", "start_join_us", "{:.1f}", "≤ 15 µs")

        # Single-thread speed: whole-process wall time, GIL on vs off.
        for program in ("fib.py", "loop.py"):
            times = {n: [] for n in names}
            for _ in range(args.runs):
                for name, cmd in configs:
                    times[name].append(run_wall(cmd, program))
            med = {n: statistics.median(v) for n, v in times.items()}
            print(f"| single thread: {program} (s; GIL on / off: {med['minipy --gil'] / med['minipy']:.3f}) | "
                  + " | ".join(f"{med[n]:.3f}" for n in names) + " | GIL within 5% of no GIL |", flush=True)


if __name__ == "__main__":
    main()
