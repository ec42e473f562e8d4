"""The benchmark suite runs (quick mode: small data, two rounds) and prints every row of the issue's table,
each with a figure, the goal and whether it is met, so the suite cannot rot. Nothing here is timed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROWS = (
    "launch → main window painted",
    "RSS at first paint",
    "open a cached",
    "the same thread when it also exists on the server",
    "background layout of that thread",
    "stream a",
    "markdown reply → paint",
    "scroll that reply, 60 steps",
    'search "the" over',
)


def test_the_suite_runs_and_prints_every_row(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BELUGADESK_HOME=str(tmp_path))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:] + done.stdout[-3000:]
    out = done.stdout
    assert "bytecode: start-up launches read cached .pyc files" in out
    assert "the median of 2 interleaved rounds" in out
    rows = [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| measure")]
    assert len(rows) == len(ROWS), out
    for name, row in zip(ROWS, rows, strict=True):
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert name in cells[0], row
        assert re.match(r"^[\d,.]+ \S+$", cells[1]), f"no figure: {row}"
        assert cells[5] in {"yes", "no"}, row
    paired = [row for row in rows if "×" in row.split("|")[4]]
    assert len(paired) >= 7, "every measure with a baseline prints its ratio"


def test_the_startup_floor_runs_and_prints_its_three_starts(tmp_path: Path) -> None:
    """``benchmarks.startup_floor`` (docs/PERFORMANCE.md: the floor of a shell-first start) runs."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BELUGADESK_HOME=str(tmp_path))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup_floor", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["bare QMainWindow", "shell, then loop", "shell first"]
    assert all(re.search(r"first paint \d+ ms \([\d.]+×\), RSS \d+ MB", line) for line in lines)
