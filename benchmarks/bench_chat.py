"""Chat view benchmark: a 5,000-message thread opened, scrolled, and a long reply streamed, in the real
ChatView (offscreen), each timed against a bare PySide6 baseline measured in the same run.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python benchmarks/bench_chat.py [--messages 5000]

Baselines: a plain QListView over a QStringListModel of the same number of strings (open: model set, shown
and painted; scroll: the same pixel steps, each painted) and, for streaming, the same deltas appended to one
row of that model, coalesced per 16 ms frame like the app does. Ratios are app / baseline (lower is better).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BELUGADESK_HOME", tempfile.mkdtemp(prefix="belugadesk-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QListView

WIDTH, HEIGHT = 1000, 800

# PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void C++ method (QPainter.save,
# setPen, ...): after enough painting None is freed and the interpreter aborts. Until the dependency is
# pinned below 6.12, hold enough extra references for a benchmark run. (6.11.3 does not have the bug.)
_NONE_REFS = [None] * 20_000_000 if sys.version_info < (3, 12) else []
SCROLL_STEPS = 60


def sample_messages(count: int) -> list[tuple[str, str]]:
    """(role, markdown) pairs: questions, answers with lists, some with code blocks and tables."""
    out: list[tuple[str, str]] = []
    for i in range(count):
        if i % 2 == 0:
            out.append(("user", f"Question {i}: how do belugas find their way under the ice, and why?"))
        elif i % 10 == 1:
            out.append(
                (
                    "assistant",
                    f"### Answer {i}\n\nHere is some code:\n\n"
                    f"```python\ndef f(x):\n    return x * {i}\n```\n\n"
                    "| a | b |\n|---|---|\n| 1 | 2 |\n",
                )
            )
        else:
            out.append(
                (
                    "assistant",
                    f"**Answer {i}.** Belugas use *echolocation* to navigate.\n\n"
                    "- They click.\n- They listen.\n"
                    "- They find `breathing holes` in the ice, which matters a lot in winter when the sea "
                    "freezes.",
                )
            )
    return out


def pump(app: QApplication, seconds: float = 0.0) -> None:
    end = time.perf_counter() + seconds
    app.processEvents()
    while time.perf_counter() < end:
        app.processEvents()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def scroll_through(app: QApplication, view: QListView) -> tuple[float, float]:
    """Scroll bottom to top in equal steps, painting each; returns (total s, worst step s)."""
    bar = view.verticalScrollBar()
    worst = 0.0
    start = time.perf_counter()
    for step in range(SCROLL_STEPS + 1):
        t = time.perf_counter()
        bar.setValue(bar.maximum() - (bar.maximum() * step) // SCROLL_STEPS)
        view.viewport().repaint()
        app.processEvents()
        worst = max(worst, time.perf_counter() - t)
    return time.perf_counter() - start, worst


class StallMeter:
    """Ticks every 5 ms; the longest gap between ticks is the longest time the UI thread was busy."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = 0.0, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def baseline(app: QApplication, texts: list[str], deltas: list[str]) -> dict[str, float]:
    view = QListView()
    view.resize(WIDTH, HEIGHT)
    model = QStringListModel()

    def open_() -> None:
        model.setStringList(texts)
        view.setModel(model)
        view.show()
        view.scrollToBottom()
        view.viewport().repaint()
        app.processEvents()

    result = {"open": timed(open_)}
    result["scroll"], result["scroll_worst"] = scroll_through(app, view)
    view.scrollToBottom()
    model.insertRows(model.rowCount(), 1)
    last = model.index(model.rowCount() - 1)
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    text, pending, frame = "", "", time.perf_counter()
    for delta in deltas:
        pending += delta
        if time.perf_counter() - frame >= 0.016:
            text += pending
            pending = ""
            model.setData(last, text)
            view.scrollToBottom()
            frame = time.perf_counter()
        app.processEvents()
    model.setData(last, text + pending)
    app.processEvents()
    result["stream"] = time.perf_counter() - start
    result["stream_stall"] = meter.stop()
    view.close()
    return result


async def app_run(app: QApplication, samples: list[tuple[str, str]], deltas_count: int) -> dict[str, float]:
    from belugadesk.bridge.factory import build_backend
    from belugadesk.domain.models import AssistantDefinition, Backend, ConnectionConfig, Message, Role, Thread
    from belugadesk.localapi import LocalApiConfig, LocalApiServer
    from belugadesk.store import AsyncStore
    from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
    from belugadesk.viewmodels.session import Session
    from belugadesk.views.chat.chat_view import ChatView

    server = LocalApiServer(LocalApiConfig()).start()
    folder = Path(tempfile.mkdtemp(prefix="belugadesk-bench-db-"))
    store = await AsyncStore.open(folder / "bench.sqlite3")
    helper = AssistantDefinition(id="bench", name="Bench", model="gpt-4.1-mini")
    await store.run(lambda s: s.assistants.save(helper))

    async def factory():  # type: ignore[no-untyped-def]
        return build_backend(
            ConnectionConfig(base_url=server.base_url, api_key="sk-bench"), profile_id="bench"
        )

    session = Session(
        store, factory, profile_id="bench", profile_name="Bench", backend_kind=Backend.RESPONSES
    )
    backend = await session.backend()
    remote = await backend.create_thread(helper)
    thread = Thread(remote_id=remote, assistant_id=helper.id, title="Bench", profile_id="bench")
    rows = [
        Message(role=Role(role), parts=Message.user(text).parts, thread_id=thread.id, model="gpt-4.1-mini")
        for role, text in samples
    ]

    def fill(s) -> None:  # type: ignore[no-untyped-def]
        s.threads.create(thread)
        s.messages.append_many(thread.id, rows)

    await store.run(fill)
    vm = ChatViewModel(session)
    vm.set_assistant(helper)
    view = ChatView(vm)
    view.resize(WIDTH, HEIGHT)
    view.show()
    pump(app, 0.2)

    start = time.perf_counter()
    await vm.open_thread(thread)
    view.message_list.viewport().repaint()
    app.processEvents()
    result = {"open": time.perf_counter() - start}
    result["open_layouts"] = float(view.delegate.exact_layouts)
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    while view.delegate._prelayout.isActive():
        app.processEvents()
        await asyncio.sleep(0)
    result["prelayout"] = time.perf_counter() - start
    result["prelayout_stall"] = meter.stop()
    pump(app, 0.1)
    result["scroll"], result["scroll_worst"] = scroll_through(app, view.message_list)
    view.jump_to_latest()
    pump(app, 0.1)

    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    if os.environ.get("BENCH_PROFILE"):
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        await vm.send("Please write a long reply")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
    else:
        await vm.send("Please write a long reply")
    result["stream"] = time.perf_counter() - start
    result["stream_stall"] = meter.stop()
    reply = vm.messages.message_at(vm.messages.rowCount() - 1)
    result["stream_chars"] = float(len(reply.text))
    bar = view.message_list.verticalScrollBar()
    result["at_bottom"] = float(bar.value() == bar.maximum())
    view.close()
    await session.aclose()
    await store.close()
    server.stop()
    return result


def main() -> None:
    import qasync

    from belugadesk.localapi.engine import long_text, split_deltas

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    samples = sample_messages(args.messages)
    deltas = split_deltas(long_text("Please write a long reply"))
    base = baseline(app, [text for _role, text in samples], deltas)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        mine = loop.run_until_complete(app_run(app, samples, len(deltas)))
    print(f"BelugaDesk chat benchmark — {args.messages:,} messages, a {len(deltas):,}-delta reply")
    print(f"{'measure':<34}{'baseline':>12}{'chat view':>12}{'ratio':>9}")
    rows = [
        ("open thread (s)", "open"),
        ("scroll top to bottom, painted (s)", "scroll"),
        ("worst scroll step (s)", "scroll_worst"),
        ("stream the long reply (s)", "stream"),
        ("longest UI stall while streaming (s)", "stream_stall"),
    ]
    for label, key in rows:
        ratio = mine[key] / base[key] if base[key] else float("inf")
        print(f"{label:<34}{base[key]:>12.3f}{mine[key]:>12.3f}{ratio:>8.1f}x")
    print(f"rows laid out exactly when opening: {int(mine['open_layouts'])} of {args.messages:,}")
    print(
        f"then every row laid out in the background in {mine['prelayout']:.2f} s; "
        f"longest UI stall meanwhile {mine['prelayout_stall'] * 1000:.0f} ms"
    )
    print(
        f"reply length: {int(mine['stream_chars']):,} characters; view at the bottom after streaming: "
        f"{'yes' if mine['at_bottom'] else 'no'}"
    )
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown (see _NONE_REFS)


if __name__ == "__main__":
    main()
