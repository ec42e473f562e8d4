"""Start-up: process start → main window painted, and the resident memory (RSS) at that paint.

Each launch is a fresh interpreter; BelugaDesk (``--demo``, a fresh data folder) and the baseline (a bare
QMainWindow with a splitter, a list and a text box) alternate. Both time from just before the interpreter is
started to the window's first paint event.

    python -m benchmarks.bench_startup [--quick] [--recompile]

By default the launches read cached bytecode (.pyc), as an installed app does; ``--recompile`` measures
launches that compile every module afresh (what ``PYTHONDONTWRITEBYTECODE=1`` without .pyc files costs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import ROOT, Result, interleave, median, report, runs, spread

_PROBE = r"""
import json, os, sys, time
START = float(sys.argv[1])

def rss_mb():
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    report = None
    def __init__(self, window_class):
        super().__init__()
        self.window_class = window_class
    def eventFilter(self, obj, event):
        painted = event.type() == QEvent.Type.Paint and type(obj).__name__ == self.window_class
        if self.report is None and painted:
            self.report = {"first_paint_s": time.time() - START, "rss_mb": rss_mb()}
            self.on_paint()
        return False
    def on_paint(self):
        pass
"""

BASELINE = (
    _PROBE
    + r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QListView, QMainWindow, QPlainTextEdit, QSplitter
app = QApplication([])
probe = FirstPaint("QMainWindow")
probe.on_paint = lambda: QTimer.singleShot(0, app.quit)
app.installEventFilter(probe)
window = QMainWindow(); splitter = QSplitter()
splitter.addWidget(QListView()); splitter.addWidget(QPlainTextEdit())
window.setCentralWidget(splitter); window.resize(1100, 720); window.show()
app.exec()
print(json.dumps(probe.report))
"""
)

APP = (
    _PROBE
    + r"""
from pathlib import Path
from belugadesk.app import make_qapplication, run_gui
qapp = make_qapplication()
probe = FirstPaint("MainWindow")
qapp.installEventFilter(probe)
run_gui(demo=True, screenshot=Path(sys.argv[2]))
print(json.dumps(probe.report))
"""
)


def launch(script: str, recompile: bool) -> dict[str, float]:
    """One launch; ``recompile``: the app's bytecode is compiled afresh (no cached .pyc is read or written),
    as with ``PYTHONDONTWRITEBYTECODE=1`` and no .pyc beside the sources; otherwise cached .pyc files are
    used, as after ``pip install`` (the warm-up launch writes them)."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, BELUGADESK_HOME=home, PYTHONPATH=str(ROOT))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        flags = ["-B", "-X", f"pycache_prefix={home}"] if recompile else []
        args = [sys.executable, *flags, "-c", script, repr(time.time()), str(Path(home) / "shot.png")]
        out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    report: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return report


def measure(quick: bool, recompile: bool) -> list[Result]:
    launch(BASELINE, recompile)  # warm the OS file cache and write the bytecode for both
    launch(APP, recompile)
    reports: dict[str, list[dict[str, float]]] = {"app": [], "baseline": []}

    def side(name: str, script: str) -> float:
        reports[name].append(launch(script, recompile))
        return reports[name][-1]["first_paint_s"]

    interleave(runs(quick), {"app": lambda: side("app", APP), "baseline": lambda: side("baseline", BASELINE)})
    paint = {name: [r["first_paint_s"] for r in rs] for name, rs in reports.items()}
    rss = {name: [r["rss_mb"] for r in rs] for name, rs in reports.items()}
    paint_ratio = median(paint["app"]) / median(paint["baseline"])
    rss_ratio = median(rss["app"]) / median(rss["baseline"])
    return [
        Result(
            "launch → main window painted",
            median(paint["app"]) * 1000,
            "ms",
            "≤ 1.3×",
            paint_ratio <= 1.3,
            baseline=median(paint["baseline"]) * 1000,
            baseline_name="bare QMainWindow",
            detail=(
                f"{len(paint['app'])} launches each, app {spread(paint['app'], 1000, ' ms')}; "
                + ("bytecode compiled at every launch" if recompile else "cached bytecode (.pyc)")
            ),
        ),
        Result(
            "RSS at first paint",
            median(rss["app"]),
            "MB",
            "≤ 1.6×",
            rss_ratio <= 1.6,
            baseline=median(rss["baseline"]),
            baseline_name="bare QMainWindow",
            detail=f"app {spread(rss['app'], 1, ' MB')}",
        ),
    ]


if __name__ == "__main__":
    report(measure("--quick" in sys.argv, "--recompile" in sys.argv))
