"""What every benchmark shares: interleaved runs, medians, the result rows, the UI stall meter, the table.

A figure is never one sample: each side (the app, the baseline) runs once per round, the order alternating
from round to round, so that drift on a loaded machine (other processes, caches, CPU frequency) hits both
sides alike; the figure is the median of the rounds.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FULL_RUNS = 7
QUICK_RUNS = 2


@dataclass(frozen=True)
class Result:
    """One row of the table: ``now`` and ``baseline`` in ``unit``; ``met`` says whether ``goal`` is."""

    measure: str
    now: float
    unit: str
    goal: str
    met: bool
    baseline: float | None = None
    baseline_name: str = ""
    detail: str = ""  # what else the run showed (worst stall, gaps, samples)

    @property
    def ratio(self) -> float | None:
        return self.now / self.baseline if self.baseline else None


def runs(quick: bool) -> int:
    return QUICK_RUNS if quick else FULL_RUNS


def interleave(rounds: int, sides: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Run every side once per round, alternating the order; returns each side's samples."""
    samples: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for round_number in range(rounds):
        for name in names if round_number % 2 == 0 else reversed(names):
            samples[name].append(sides[name]())
    return samples


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def spread(samples: Sequence[float], scale: float = 1.0, unit: str = "") -> str:
    """``min–max`` of the samples, for the detail column."""
    return f"{min(samples) * scale:,.0f}–{max(samples) * scale:,.0f}{unit}"


class StallMeter:
    """Records every gap between consecutive turns of the event loop, seen by a 5 ms timer: the gaps longer
    than the interval are the times the UI thread was busy (a frame needs a gap under 16 ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.gaps = time.perf_counter(), []
        self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()

    @property
    def worst(self) -> float:
        return max(self.gaps, default=0.0)

    def count_over(self, seconds: float) -> int:
        return sum(gap > seconds for gap in self.gaps)


def pump(seconds: float = 0.0) -> None:
    """Process Qt events for ``seconds`` (at least once)."""
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    QApplication.processEvents()
    while time.perf_counter() < end:
        QApplication.processEvents()


def bytecode_note(recompile: bool) -> str:
    """Which bytecode the start-up launches measured (the other benchmarks time no imports)."""
    env = "set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "not set"
    launches = "compile every module afresh" if recompile else "read cached .pyc files, as after pip install"
    return f"start-up launches {launches} (PYTHONDONTWRITEBYTECODE is {env} here; launches ignore it)"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if "model name" in line
        ]
        cpu = names[0] if names else cpu
    import PySide6

    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; Python "
        f"{platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(default)')}"
    )


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    digits = 0 if abs(value) >= 10 else 2 if unit == "s" else 1
    return f"{value:,.{digits}f} {unit}"


def table(results: Sequence[Result]) -> str:
    """The results as the issue's markdown table."""
    lines = [
        "| measure | now | baseline, same run | ratio | goal | met? | detail |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        base = "—" if r.baseline is None else f"{r.baseline_name} {_figure(r.baseline, r.unit)}"
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}×"
        lines.append(
            f"| {r.measure} | {_figure(r.now, r.unit)} | {base} | {ratio} | {r.goal} | "
            f"{'yes' if r.met else 'no'} | {r.detail} |"
        )
    return "\n".join(lines)


def report(results: Sequence[Result], argv: Sequence[str] | None = None) -> None:
    """Print the results: JSON lines with ``--json`` (for ``python -m benchmarks``), else the table."""
    args = sys.argv[1:] if argv is None else argv
    if "--json" in args:
        for r in results:
            print("RESULT " + json.dumps(asdict(r)))
    else:
        print(table(results))
    sys.stdout.flush()


def parse_result(line: str) -> Result | None:
    return Result(**json.loads(line[len("RESULT ") :])) if line.startswith("RESULT ") else None


class PaintSeen:
    """Notes the first paint event of ``widget`` once ``ready()`` holds (install it before the work that
    leads to the paint: the work may let the loop paint before it returns); the paint itself is done once
    control is back in the loop that delivered it (``processEvents`` returned, or the coroutine resumed)."""

    def __init__(self, widget: object, ready: Callable[[], bool] = lambda: True) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class _Filter(QObject):
            seen = False

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == paint and ready():
                    self.seen = True
                return False

        self._filter = _Filter()
        self._widget = widget
        widget.installEventFilter(self._filter)  # type: ignore[attr-defined]

    @property
    def seen(self) -> bool:
        return self._filter.seen

    def remove(self) -> None:
        self._widget.removeEventFilter(self._filter)  # type: ignore[attr-defined]

    def wait(self) -> None:
        """Process events until the paint was delivered (for the bare-Qt baselines)."""
        from PySide6.QtWidgets import QApplication

        while not self.seen:
            QApplication.processEvents()
        self.remove()

    async def wait_async(self) -> None:
        """Let the qasync loop run until the paint was delivered (for the app)."""
        import asyncio

        while not self.seen:
            await asyncio.sleep(0)
        await asyncio.sleep(0)
        self.remove()
