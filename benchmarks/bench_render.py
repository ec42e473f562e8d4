"""A 200 KB markdown reply: shown (rendered, laid out, painted) and then scrolled through in 60 steps.

The app shows it as the last message of a fresh chat view; the baseline is a QTextBrowser given the same
markdown with ``setMarkdown``. Both are timed to the next paint, and both scroll their own scroll bar from
the bottom to the top in the same number of steps, each step painted.

    python -m benchmarks.bench_render [--quick]
"""

from __future__ import annotations

import asyncio
import sys
import time

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTextBrowser

from belugadesk.domain.models import Message, MessageStatus, Role
from benchmarks.app_setup import HEIGHT, WIDTH, AppSide, run_on_qasync
from benchmarks.data import long_reply
from benchmarks.harness import PaintSeen, Result, median, pump, report, runs, spread

SCROLL_STEPS = 60
STEP_GOAL_S = 0.016


def scroll_through(area: QAbstractScrollArea) -> tuple[float, float]:
    """Scroll bottom to top in equal steps, painting each; returns (total s, worst step s)."""
    bar = area.verticalScrollBar()
    top = bar.maximum()
    worst = 0.0
    start = time.perf_counter()
    for step in range(SCROLL_STEPS + 1):
        begin = time.perf_counter()
        bar.setValue(top - (top * step) // SCROLL_STEPS)
        area.viewport().repaint()
        QApplication.processEvents()
        worst = max(worst, time.perf_counter() - begin)
    return time.perf_counter() - start, worst


async def measure_async(side: AppSide, quick: bool) -> list[Result]:
    text = long_reply(20_000 if quick else 200_000)
    messages = [
        Message.user("Please write a long reply"),
        Message(role=Role.ASSISTANT, parts=Message.user(text).parts, status=MessageStatus.COMPLETED),
    ]
    samples: dict[str, list[float]] = {
        k: [] for k in ("app", "base", "app_scroll", "base_scroll", "app_step", "base_step")
    }

    async def app() -> None:
        vm, view = side.chat()
        painted = PaintSeen(view.message_list.viewport(), lambda: vm.messages.rowCount() > 0)
        start = time.perf_counter()
        vm.messages.reset(messages)
        await painted.wait_async()
        while view.delegate.painted_blocks == 0:  # the text itself painted, not only the empty bubble
            await asyncio.sleep(0.0005)
        samples["app"].append(time.perf_counter() - start)
        pump(0.1)
        total, worst = scroll_through(view.message_list)
        samples["app_scroll"].append(total)
        samples["app_step"].append(worst)

    def baseline() -> None:
        browser = QTextBrowser()
        browser.resize(WIDTH, HEIGHT)
        browser.show()
        pump(0.05)
        painted = PaintSeen(browser.viewport())
        start = time.perf_counter()
        browser.setMarkdown(text)
        painted.wait()
        samples["base"].append(time.perf_counter() - start)
        pump(0.1)
        total, worst = scroll_through(browser)
        samples["base_scroll"].append(total)
        samples["base_step"].append(worst)
        browser.close()
        browser.deleteLater()

    for round_number in range(runs(quick)):
        if round_number % 2:
            baseline()
            await app()
        else:
            await app()
            baseline()
    side.close_views()
    show, show_base = median(samples["app"]), median(samples["base"])
    scroll, scroll_base = median(samples["app_scroll"]), median(samples["base_scroll"])
    step, base_step = median(samples["app_step"]), median(samples["base_step"])
    size_kb = len(text) / 1000
    return [
        Result(
            f"render a {size_kb:,.0f} KB markdown reply → paint",
            show * 1000,
            "ms",
            "≤ 2×",
            show <= 2 * show_base,
            baseline=show_base * 1000,
            baseline_name="QTextBrowser.setMarkdown",
            detail=f"app {spread(samples['app'], 1000, ' ms')}",
        ),
        Result(
            f"scroll that reply, {SCROLL_STEPS} steps",
            scroll,
            "s",
            "≤ 2×, no step > 16 ms",
            scroll <= 2 * scroll_base and step <= STEP_GOAL_S,
            baseline=scroll_base,
            baseline_name="QTextBrowser",
            detail=f"worst step: app {step * 1e3:.0f} ms, baseline {base_step * 1e3:.0f} ms",
        ),
    ]


if __name__ == "__main__":
    report(run_on_qasync(lambda side: measure_async(side, "--quick" in sys.argv)))
