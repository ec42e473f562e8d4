"""How fast could start-up be? The floor of a "paint the shell first" start, next to the bare QMainWindow.

Not a row of the table (no app code runs): it measures stand-ins for the app's first paint, the window's
shell as the app would paint it before importing the rest (menus, status bar, side pane with its button,
search box and list, chat list and composer, a palette), in two orders:

- ``shell, then loop``: asyncio and qasync imported and the loop made before the window is shown;
- ``shell first``: the window shown and painted (``processEvents``) before asyncio, qasync or anything
  else of the app is imported.

    python -m benchmarks.startup_floor [--quick]

Same probe, launches and interleaving as ``bench_startup``; prints the medians and the ratios.
"""

from __future__ import annotations

import functools
import sys

from benchmarks.bench_startup import _PROBE, BASELINE, launch
from benchmarks.harness import interleave, median, runs

_SHELL = r"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QLabel, QLineEdit, QListView, QMainWindow, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)
app = QApplication([])
probe = FirstPaint("MainWindow")
app.installEventFilter(probe)

class MainWindow(QMainWindow):
    pass

palette = app.palette()
palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
app.setPalette(palette)
window = MainWindow()
splitter = QSplitter(Qt.Orientation.Horizontal)
side = QWidget()
side_layout = QVBoxLayout(side)
for widget in (QPushButton("New thread"), QLineEdit(), QListView()):
    side_layout.addWidget(widget)
chat = QWidget()
chat_layout = QVBoxLayout(chat)
chat_layout.addWidget(QListView(), 1)
chat_layout.addWidget(QPlainTextEdit())
splitter.addWidget(side)
splitter.addWidget(chat)
splitter.setSizes([290, 810])
window.setCentralWidget(splitter)
window.resize(1100, 720)
for title in ("&File", "&Go", "&Chat", "&Threads", "A&ssistant", "&Help"):
    window.menuBar().addMenu(title)
window.statusBar().addPermanentWidget(QLabel("Profile: Demo"))
"""

_RUN_LOOP = r"""
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
with loop:
    loop.run_until_complete(asyncio.sleep(0.2))
print(json.dumps(probe.report))
"""

SHELL_THEN_LOOP = _PROBE + "import asyncio, qasync\n" + _SHELL + "window.show()\n" + _RUN_LOOP
SHELL_FIRST = _PROBE + _SHELL + "window.show()\napp.processEvents()\nimport asyncio, qasync\n" + _RUN_LOOP


def measure(quick: bool) -> dict[str, dict[str, float]]:
    scripts = {"bare QMainWindow": BASELINE, "shell, then loop": SHELL_THEN_LOOP, "shell first": SHELL_FIRST}
    for script in scripts.values():
        launch(script, recompile=False)  # warm the file cache, write the bytecode
    reports: dict[str, list[dict[str, float]]] = {name: [] for name in scripts}

    def side(name: str) -> float:
        reports[name].append(launch(scripts[name], recompile=False))
        return reports[name][-1]["first_paint_s"]

    interleave(runs(quick), {name: functools.partial(side, name) for name in scripts})
    return {
        name: {key: median([r[key] for r in rs]) for key in ("first_paint_s", "rss_mb")}
        for name, rs in reports.items()
    }


def main(quick: bool) -> None:
    figures = measure(quick)
    bare = figures["bare QMainWindow"]
    for name, figure in figures.items():
        paint, rss = figure["first_paint_s"], figure["rss_mb"]
        print(
            f"{name}: first paint {paint * 1000:.0f} ms ({paint / bare['first_paint_s']:.2f}×), "
            f"RSS {rss:.0f} MB ({rss / bare['rss_mb']:.2f}×)"
        )


if __name__ == "__main__":
    main("--quick" in sys.argv)
