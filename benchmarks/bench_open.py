"""Opening a long cached thread: to the first paint, the background layout that follows, and the same
thread when it also exists on the server (the history reloaded and merged after the paint).

Data: a thread of realistic messages (~0.9 kB of markdown each, 40% with code), on the local API (as one
conversation) and in the store (imported from it, as the app caches a thread). Every round opens it in a
fresh, already shown chat view; the baseline is a fresh, already shown QListView filled by one SELECT of the
same rows' text. Both are timed to the view's next paint.

    python -m benchmarks.bench_open [--quick]
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
import time

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView

from belugadesk.domain.models import Backend, Message, Thread
from belugadesk.store import Store
from benchmarks.app_setup import HEIGHT, WIDTH, AppSide, run_on_qasync
from benchmarks.data import thread_texts
from benchmarks.harness import PaintSeen, Result, StallMeter, median, report, runs, spread

STALL_GOAL_S = 0.050


async def cached_thread(side: AppSide, count: int) -> Thread:
    """A conversation of ``count`` messages on the local API, imported into the store."""
    import openai

    client = openai.AsyncOpenAI(base_url=side.server.base_url, api_key="sk-bench")
    items = [
        {
            "type": "message",
            "role": "user" if i % 2 == 0 else "assistant",
            "content": [{"type": "input_text" if i % 2 == 0 else "output_text", "text": text}],
        }
        for i, text in enumerate(thread_texts(count))
    ]
    conversation = await client.conversations.create()
    for start in range(0, len(items), 20):
        await client.conversations.items.create(conversation.id, items=items[start : start + 20])  # type: ignore[arg-type]
    await client.close()
    backend = await side.backend()
    remote: list[Message] = []
    cursor = None
    while True:
        page = await backend.load_history(conversation.id, cursor=cursor, limit=100)
        remote += page.messages
        if not page.has_more:
            break
        cursor = page.next_cursor
    thread = Thread(
        remote_id=conversation.id,
        assistant_id=side.assistant.id,
        title="Bench",
        profile_id="bench",
        backend=Backend.RESPONSES,
    )

    def save(s: Store) -> None:
        with s.transaction():
            s.threads.create(thread)
            s.messages.merge_remote(thread.id, remote)

    await side.store.run(save)
    return thread


def baseline_open(db: sqlite3.Connection, thread_id: str) -> float:
    view = QListView()
    view.setUniformItemSizes(True)  # the fastest a bare list gets: one row measured, the rest alike
    view.resize(WIDTH, HEIGHT)
    view.show()
    view.repaint()
    start = time.perf_counter()
    texts = [
        r[0]
        for r in db.execute("SELECT text FROM messages WHERE thread_id = ? ORDER BY position", (thread_id,))
    ]
    model = QStringListModel(texts)
    painted = PaintSeen(view.viewport())
    view.setModel(model)
    view.scrollToBottom()
    painted.wait()
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    return elapsed


def background_layout_busy(view: object) -> bool:
    """Whether the chat's delegate is still laying out rows in the background."""
    return bool(view.delegate.laying_out())  # type: ignore[attr-defined]


async def settle(view: object, meter: StallMeter) -> float:
    """Wait for the background layout to end; returns how long it took."""
    start = time.perf_counter()
    while background_layout_busy(view):
        await asyncio.sleep(0.002)
    meter.stop()
    return time.perf_counter() - start


async def measure_async(side: AppSide, quick: bool) -> list[Result]:
    count = 300 if quick else 5000
    thread = await cached_thread(side, count)
    db = sqlite3.connect(side.db_path)
    samples: dict[str, list[float]] = {
        k: [] for k in ("app", "app_cpu", "base", "layout", "layout_stall", "resume_stall")
    }

    async def app_open() -> None:
        vm, view = side.chat()
        painted = PaintSeen(view.message_list.viewport(), lambda: vm.messages.rowCount() > 0)
        start, cpu = time.perf_counter(), time.thread_time()
        opening = asyncio.ensure_future(vm.open_thread(thread))  # it goes on after the first paint
        await painted.wait_async()
        while view.delegate.painted_blocks == 0:  # the text itself painted, not only the empty bubbles
            await asyncio.sleep(0.0005)
        samples["app"].append(time.perf_counter() - start)
        samples["app_cpu"].append(time.thread_time() - cpu)
        meter = StallMeter()
        meter.start()
        await opening
        samples["layout"].append(await settle(view, meter))
        samples["layout_stall"].append(meter.worst)

    async def app_resume() -> None:
        from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
        from belugadesk.viewmodels.threads.resume import ThreadResumeViewModel

        vm, view = side.chat()
        resume = ThreadResumeViewModel(side.session, vm, ThreadListViewModel(side.session))
        meter = StallMeter()

        def painted_then_measure(_thread: object) -> None:
            view.message_list.viewport().repaint()
            meter.start()

        vm.threadChanged.connect(painted_then_measure)
        await resume.open(thread)
        await settle(view, meter)
        samples["resume_stall"].append(meter.worst)

    for round_number in range(runs(quick)):
        if round_number % 2:
            samples["base"].append(baseline_open(db, thread.id))
            await app_open()
        else:
            await app_open()
            samples["base"].append(baseline_open(db, thread.id))
        await app_resume()
    db.close()
    side.close_views()
    open_ms = median(samples["app"]) * 1000
    layout_stall = median(samples["layout_stall"])
    resume_stall = median(samples["resume_stall"])
    return [
        Result(
            f"open a cached {count:,}-message thread → paint",
            open_ms,
            "ms",
            "≤ 150 ms",
            open_ms <= 150,
            baseline=median(samples["base"]) * 1000,
            baseline_name="QListView filled by one SELECT",
            detail=(
                f"app {spread(samples['app'], 1000, ' ms')}; the UI thread's CPU time until the paint "
                f"{median(samples['app_cpu']) * 1000:.0f} ms (the rest: the store's thread, the machine)"
            ),
        ),
        Result(
            "the same thread when it also exists on the server: worst UI stall after the paint",
            resume_stall * 1000,
            "ms",
            "no stall > 50 ms",
            resume_stall <= STALL_GOAL_S,
            detail="history reloaded and merged; worst stalls "
            + spread(samples["resume_stall"], 1000, " ms"),
        ),
        Result(
            "background layout of that thread (after the paint): worst UI stall",
            layout_stall * 1000,
            "ms",
            "no stall > 50 ms",
            layout_stall <= STALL_GOAL_S,
            detail=f"every row laid out in {median(samples['layout']):.1f} s",
        ),
    ]


if __name__ == "__main__":
    report(run_on_qasync(lambda side: measure_async(side, "--quick" in sys.argv)))
