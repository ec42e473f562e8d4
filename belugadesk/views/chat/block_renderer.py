"""Markdown blocks rendered to rich text in a worker process, so the UI thread never runs markdown-it or
pygments (pure Python: a long reply takes hundreds of milliseconds).

A process, not a thread, by measurement: with a rendering thread the UI thread waits for the interpreter lock
every time it comes back from Qt (up to the 5 ms switch interval each time), and a 2 MB reply rendering in the
background held the event loop for seconds; with a process the UI thread's only share is sending the markdown
and taking the rich text back (longest stall 75 ms). The process is started on first use (``forkserver`` where
there is one, with only ``markdown_render`` preloaded; else ``spawn``) and ends with the renderer.

Blocks are sent in small batches, at most ``IN_FLIGHT`` at a time, so blocks asked for by a paint (``urgent``:
in view) overtake the background's. Results are kept per (markdown, theme) in a least-recently-used cache
bounded by the size of their rich text: the rich text does not depend on the width, and a message that did
not change has the same markdown, so a reload or a resize renders nothing again. If the worker dies, its
blocks are asked for again from a new one; a block that fails twice is rendered here.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections import OrderedDict, deque
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial

from PySide6.QtCore import QObject, Signal

from belugadesk.views.chat import markdown_render
from belugadesk.views.chat.markdown_render import Key, Rendered, render_batch, render_block

CACHE_CHARS = 64_000_000  # rich text kept (about 128 MB at most)
BATCH_CHARS = 8_000  # markdown sent to the worker at once
IN_FLIGHT = 2  # batches sent and not yet back


def _start_method() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([markdown_render.__name__])
        return context
    return multiprocessing.get_context("spawn")


class _Pool:
    """The worker process, started on first use; plain Python, so a closing renderer can end it."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self.closed = False

    def submit(self, keys: list[Key]) -> Future[list[Rendered]]:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=1, mp_context=_start_method())
        return self._executor.submit(render_batch, keys)

    def drop(self) -> None:
        """The worker failed: the next batch starts a new one."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    def close(self, *_args: object) -> None:
        self.closed = True
        self.drop()


class BlockRenderer(QObject):
    """``rendered()`` when blocks asked for with :meth:`get` are ready."""

    rendered = Signal()
    _delivered = Signal(object, object)  # (keys, future), from the pool's thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cache: OrderedDict[Key, Rendered] = OrderedDict()
        self._chars = 0
        self._queue: deque[Key] = deque()
        self._waiting: set[Key] = set()  # queued or in flight
        self._failed: set[Key] = set()
        self._in_flight = 0
        self._pool = _Pool()
        self._delivered.connect(self._take)
        self.destroyed.connect(self._pool.close)
        self.renders = 0  # blocks rendered (for tests and the benchmark)

    def get(self, markdown: str, dark: bool, *, ask: bool = True, urgent: bool = False) -> Rendered | None:
        """The block's rich text if ready; else None, and (``ask``) it is rendered (``urgent``: first)."""
        key = (markdown, dark)
        rendered = self._cache.get(key)
        if rendered is not None:
            self._cache.move_to_end(key)
            return rendered
        if ask:
            self._ask(key, urgent)
        return None

    def close(self) -> None:
        self._pool.close()

    def _ask(self, key: Key, urgent: bool) -> None:
        if key in self._waiting:
            if not urgent or (self._queue and self._queue[0] == key):
                return
            try:
                self._queue.remove(key)
            except ValueError:  # in flight
                return
        self._waiting.add(key)
        if urgent:
            self._queue.appendleft(key)
        else:
            self._queue.append(key)
        self._send()

    def _send(self) -> None:
        while self._queue and self._in_flight < IN_FLIGHT and not self._pool.closed:
            batch: list[Key] = []
            size = 0
            while self._queue and (not batch or size + len(self._queue[0][0]) <= BATCH_CHARS):
                key = self._queue.popleft()
                batch.append(key)
                size += len(key[0])
            self._in_flight += 1
            future = self._pool.submit(batch)
            future.add_done_callback(partial(self._deliver, batch))

    def _deliver(self, keys: list[Key], future: Future[list[Rendered]]) -> None:
        with contextlib.suppress(RuntimeError):  # the renderer is gone (its view closed)
            self._delivered.emit(keys, future)  # queued to the UI thread

    def _take(self, keys: list[Key], future: Future[list[Rendered]]) -> None:
        self._in_flight -= 1
        if future.cancelled():
            return
        try:
            results = future.result()
        except Exception:  # the worker died or failed: once more from a new one, then here
            self._pool.drop()
            again = [key for key in keys if key not in self._failed]
            self._failed.update(keys)
            results = [render_block(*key) for key in keys if key not in again]
            keys = [key for key in keys if key not in again]
            for key in reversed(again):
                self._queue.appendleft(key)
        for key, rendered in zip(keys, results, strict=True):
            self._keep(key, rendered)
        self._send()
        if keys:
            self.rendered.emit()

    def _keep(self, key: Key, rendered: Rendered) -> None:
        self.renders += 1
        self._waiting.discard(key)
        if key in self._cache:
            return
        self._cache[key] = rendered
        self._chars += len(rendered.html)
        while self._chars > CACHE_CHARS and len(self._cache) > 1:
            _old, dropped = self._cache.popitem(last=False)
            self._chars -= len(dropped.html)
