"""Streaming a 200 KB reply from the local API: deltas per second and the UI's gaps while it streams.

The app streams it into a fresh chat view (``ChatViewModel.send``); the baseline is the raw ``openai`` SDK
against the same local API server, appending each delta to a QPlainTextEdit. Both run on the same qasync
loop, with the same stall meter.

    python -m benchmarks.bench_stream [--quick]
"""

from __future__ import annotations

import sys
import time

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from belugadesk.localapi import engine
from benchmarks.app_setup import API_KEY, HEIGHT, MODEL, WIDTH, AppSide, run_on_qasync
from benchmarks.harness import Result, StallMeter, median, pump, report, runs, spread

PROMPT = "Please write a long reply"
GAP_S = 0.050


async def measure_async(side: AppSide, quick: bool) -> list[Result]:
    import openai

    # the local API's long reply is ~2,000 words; this run asks it for a reply of ~200 KB (~12 KB quick)
    engine.LONG_REPLY_WORDS = 2_000 if quick else 33_000
    deltas = len(engine.split_deltas(engine.long_text(PROMPT)))
    size_kb = len(engine.long_text(PROMPT)) / 1000
    client = openai.AsyncOpenAI(base_url=side.server.base_url, api_key=API_KEY)
    gaps: dict[str, list[int]] = {"app": [], "baseline": []}
    worst: dict[str, list[float]] = {"app": [], "baseline": []}

    async def app() -> float:
        vm, _view = side.chat()
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        await vm.send(PROMPT)
        elapsed = time.perf_counter() - start
        meter.stop()
        gaps["app"].append(meter.count_over(GAP_S))
        worst["app"].append(meter.worst)
        return deltas / elapsed

    async def baseline() -> float:
        box = QPlainTextEdit()
        box.resize(WIDTH, HEIGHT)
        box.show()
        pump(0.05)
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        stream = await client.responses.create(model=MODEL, input=PROMPT, stream=True)
        async for event in stream:
            if event.type == "response.output_text.delta":
                box.moveCursor(QTextCursor.MoveOperation.End)
                box.insertPlainText(event.delta)
        elapsed = time.perf_counter() - start
        meter.stop()
        box.close()
        box.deleteLater()
        gaps["baseline"].append(meter.count_over(GAP_S))
        worst["baseline"].append(meter.worst)
        return deltas / elapsed

    rates: dict[str, list[float]] = {"app": [], "baseline": []}
    for round_number in range(runs(quick)):
        order = ("app", "baseline") if round_number % 2 == 0 else ("baseline", "app")
        for name in order:
            rates[name].append(await (app() if name == "app" else baseline()))
    await client.close()
    side.close_views()
    rate, base = median(rates["app"]), median(rates["baseline"])
    app_worst = median(worst["app"])
    app_gaps = median(gaps["app"])
    return [
        Result(
            f"stream a {size_kb:,.0f} KB reply ({deltas:,} deltas)",
            rate,
            "deltas/s",
            "≥ 0.9× baseline rate, no gap > 50 ms",
            rate >= 0.9 * base and app_worst <= GAP_S,
            baseline=base,
            baseline_name="raw SDK + QPlainTextEdit",
            detail=(
                f"app: {app_gaps:.0f} gaps > 50 ms, worst {app_worst * 1000:.0f} ms; baseline: "
                f"{median(gaps['baseline']):.0f} gaps, worst {median(worst['baseline']) * 1000:.0f} ms; "
                f"app rates {spread(rates['app'])}/s"
            ),
        )
    ]


if __name__ == "__main__":
    report(run_on_qasync(lambda side: measure_async(side, "--quick" in sys.argv)))
