"""Markdown blocks rendered to rich text in a worker process, so the UI thread never runs markdown-it or
pygments (pure Python: a long reply takes hundreds of milliseconds).

A process, not a thread, by measurement: with a rendering thread the UI thread waits for the interpreter lock
every time it comes back from Qt (up to the 5 ms switch interval each time), and a 2 MB reply rendering in the
background held the event loop for seconds; with a process the UI thread's only share is handing over the
markdown and taking the rich text back (longest stall 75 ms). Not ``multiprocessing``: its children import the
parent's main module (the whole app, a second each); ``render_worker`` imports only the renderer (~0.2 s). One
worker serves the process (each renderer keeps its own cache); it is started on first use, so never before
the window's first paint, and ends with the process (its input closes). Two threads here move the frames.

Blocks are sent in small batches, at most ``IN_FLIGHT`` at a time, so blocks asked for by a paint (``urgent``:
in view) overtake the background's. Results are kept per (markdown, theme) in a least-recently-used cache
bounded by the size of their rich text: the rich text does not depend on the width, and a message that did
not change has the same markdown, so a reload or a resize renders nothing again. If the worker dies, its
blocks are asked for again from a new one; a block that fails twice is rendered here.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import queue
import subprocess
import sys
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from belugadesk.views.chat.markdown_render import Key, Rendered, render_block
from belugadesk.views.chat.render_worker import read_frame, write_frame

CACHE_CHARS = 64_000_000  # rich text kept (about 128 MB at most)
BATCH_CHARS = 8_000  # markdown sent to the worker at once
IN_FLIGHT = 2  # batches sent and not yet back

Batch = list[Key]
Deliver = Callable[[int, "list[Rendered] | None"], None]  # (batch, renderings; None: the worker failed)


class _Worker:
    """The worker process, shared by every renderer of this process, and the two threads that feed it and
    read it; plain Python, no Qt. Started on first use, again after it died; ends when this process does."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._outbox: queue.Queue[tuple[int, Batch] | None] = queue.Queue()
        self._process: subprocess.Popen[bytes] | None = None
        self._waiting: dict[int, Deliver] = {}  # batches sent -> who wants their renderings
        self._batches = itertools.count(1)

    def send(self, keys: Batch, deliver: Deliver) -> int:
        """Render ``keys``; ``deliver(batch, renderings)`` is called from another thread when done."""
        with self._lock:
            if self._process is None:
                self._start()
            batch = next(self._batches)
            self._waiting[batch] = deliver
            self._outbox.put((batch, keys))
        return batch

    def _start(self) -> None:
        env = dict(os.environ)
        source = str(Path(__file__).resolve().parents[3])  # where ``belugadesk`` is, installed or not
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH", "")) if p)
        process = subprocess.Popen(
            [sys.executable, "-m", "belugadesk.views.chat.render_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self._process = process
        self._outbox = queue.Queue()
        threading.Thread(target=self._write, args=(process, self._outbox), daemon=True).start()
        threading.Thread(target=self._read, args=(process,), daemon=True).start()

    @staticmethod
    def _write(process: subprocess.Popen[bytes], outbox: queue.Queue[tuple[int, Batch] | None]) -> None:
        assert process.stdin is not None
        try:
            while (item := outbox.get()) is not None:
                write_frame(process.stdin, item)
            process.stdin.close()
        except OSError:  # the worker is gone: the reader says so
            pass

    def _read(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        while (reply := read_frame(process.stdout)) is not None:
            batch, renderings = reply
            with self._lock:
                deliver = self._waiting.pop(batch, None)
            if deliver is not None:
                deliver(batch, renderings)
        process.wait()
        with self._lock:
            lost, self._waiting = self._waiting, {}
            if self._process is process:
                self._process = None
                self._outbox.put(None)
        for batch, deliver in lost.items():
            deliver(batch, None)

    def close(self) -> None:
        with self._lock:
            self._outbox.put(None)  # the worker reads the end of its input and exits

    def ensure_started(self) -> None:
        with self._lock:
            if self._process is None:
                self._start()


_worker = _Worker()  # one per process, like a thread pool: started on first use
atexit.register(_worker.close)


def start_worker() -> None:
    """Start the worker process now (after the window's first paint), so the first reply shown does not
    wait for it (~0.2 s); otherwise it starts when a block is first asked for."""
    _worker.ensure_started()


class BlockRenderer(QObject):
    """``rendered(keys)`` when blocks asked for with :meth:`get` are ready (their (markdown, dark) keys)."""

    rendered = Signal(object)
    _delivered = Signal(int, object)  # (batch, renderings or None), from the worker's reading thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cache: OrderedDict[Key, Rendered] = OrderedDict()
        self._chars = 0
        self._queue: deque[Key] = deque()
        self._waiting: set[Key] = set()  # queued or in flight
        self._in_flight: dict[int, Batch] = {}
        self._failed: set[Key] = set()
        self._closed = False
        self._delivered.connect(self._take)
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
        """Ask for nothing more (what is in flight is dropped when it comes back)."""
        self._closed = True
        self._queue.clear()

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
        while self._queue and len(self._in_flight) < IN_FLIGHT and not self._closed:
            batch: Batch = []
            size = 0
            while self._queue and (not batch or size + len(self._queue[0][0]) <= BATCH_CHARS):
                key = self._queue.popleft()
                batch.append(key)
                size += len(key[0])
            self._in_flight[_worker.send(batch, self._deliver)] = batch

    def _deliver(self, batch: int, renderings: list[Rendered] | None) -> None:
        with contextlib.suppress(RuntimeError):  # the renderer is gone (its view closed)
            self._delivered.emit(batch, renderings)  # queued to the UI thread

    def _take(self, batch: int, renderings: list[Rendered] | None) -> None:
        keys = self._in_flight.pop(batch, [])
        done = list(keys)
        if renderings is None:  # the worker died: the batch once more from a new one, then here
            again = [key for key in keys if key not in self._failed]
            self._failed.update(keys)
            for key in keys:
                if key not in again:
                    self._keep(key, render_block(*key))
            self._queue.extendleft(reversed(again))
        else:
            for key, rendered in zip(keys, renderings, strict=True):
                self._keep(key, rendered)
        self._send()
        self.rendered.emit([key for key in done if key in self._cache])

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
