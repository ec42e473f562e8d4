"""Start-up benchmark: time from process start to the main window's first paint.

Prints BelugaDesk's median against a bare PySide6 window measured in the same run, as a ratio.
Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BASELINE = r"""
import json, sys, time
start = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QListView, QPlainTextEdit
app = QApplication([])
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print(json.dumps({"first_paint_s": time.time() - start}))
            QTimer.singleShot(0, app.quit)
            app.removeEventFilter(self)
        return False
probe = Probe(); app.installEventFilter(probe)
window = QMainWindow(); splitter = QSplitter()
splitter.addWidget(QListView()); splitter.addWidget(QPlainTextEdit())
window.setCentralWidget(splitter); window.resize(1100, 720); window.show()
app.exec()
"""

APP = r"""
import json, sys, time
start = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject
from belugadesk.app import make_qapplication, run_gui
from pathlib import Path
qapp = make_qapplication()
report = {}
class Probe(QObject):
    def eventFilter(self, obj, event):
        if not report and event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
            report["first_paint_s"] = time.time() - start
        return False
probe = Probe(); qapp.installEventFilter(probe)
run_gui(demo=True, screenshot=Path(sys.argv[2]))
print(json.dumps(report))
"""


def measure(script: str, *extra: str) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, BELUGADESK_HOME=home, PYTHONPATH=str(ROOT))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        out = subprocess.run(
            [sys.executable, "-c", script, repr(time.time()), *extra, str(Path(home) / "shot.png")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
    return float(json.loads(out.strip().splitlines()[-1])["first_paint_s"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    measure(BASELINE)  # warm the OS file cache for both
    measure(APP)
    baseline = [measure(BASELINE) for _ in range(runs)]
    app = [measure(APP) for _ in range(runs)]
    b, a = statistics.median(baseline), statistics.median(app)
    print(f"bare PySide6 window, first paint: {b * 1000:7.0f} ms (median of {runs})")
    print(f"BelugaDesk --demo,   first paint: {a * 1000:7.0f} ms (median of {runs})")
    print(f"ratio BelugaDesk / baseline: {a / b:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
