"""Run every benchmark and print the table: ``python -m benchmarks [--quick] [--only NAME ...]``.

Each benchmark runs in its own interpreter (one's memory and caches never weigh on the next); ``--quick``
uses small data and two rounds, to check that the suite runs (its figures mean nothing).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from benchmarks.harness import (
    FULL_RUNS,
    QUICK_RUNS,
    ROOT,
    Result,
    bytecode_note,
    machine,
    parse_result,
    table,
)

BENCHMARKS = ("bench_startup", "bench_open", "bench_stream", "bench_render", "bench_store")


def run_one(name: str, quick: bool, recompile: bool) -> list[Result]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    flags = ["--json", *(["--quick"] if quick else []), *(["--recompile"] if recompile else [])]
    args = [sys.executable, "-m", f"benchmarks.{name}", *flags]
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{name} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return [r for r in map(parse_result, done.stdout.splitlines()) if r is not None]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data, two rounds: check that it runs")
    parser.add_argument(
        "--recompile", action="store_true", help="launches compile the app afresh (no cached bytecode)"
    )
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    results: list[Result] = []
    for name in args.only or BENCHMARKS:
        print(f"running {name}…", flush=True)
        results += run_one(name, args.quick, args.recompile)
    rounds = QUICK_RUNS if args.quick else FULL_RUNS
    print(f"BelugaDesk benchmarks{' (quick: small data, figures not meaningful)' if args.quick else ''}")
    print(f"machine: {machine()}")
    load_after = os.getloadavg()[0]
    print(f"load average (other work on this machine): {load_before:.1f} at start, {load_after:.1f} at end")
    print(f"bytecode: {bytecode_note(args.recompile)}")
    print(f"every figure: the median of {rounds} interleaved rounds, the baseline in the same rounds")
    print()
    print(table(results))
    print()
    met = sum(r.met for r in results)
    print(f"{met} of {len(results)} goals met; the suite took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
