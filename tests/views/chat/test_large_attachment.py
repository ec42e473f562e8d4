"""Attaching a 200 MB file keeps the window responsive (issue 11, defect 10): the file is read for the upload
on a worker thread, not on the UI thread (the UI stall it saves is a benchmark's business: it is printed here,
not asserted, since a busy machine stalls any thread).

The local API runs in its own process here (``belugadesk serve-local-api``), as a real server would: only the
app's own work is on this process's UI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from belugadesk.viewmodels.chat.attachments import UploadState
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.viewmodels.chat.chat_support import close_chat, make_chat
from tests.views.chat.test_chat_view import open_view
from tests.views.chat.test_long_reply import StallProbe

SIZE = 200 * 1024 * 1024
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[SimpleNamespace]:
    code = "import sys; from belugadesk.localapi.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "--port", "0", "--db", str(tmp_path / "server.sqlite3")],
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "Local API listening at http://127.0.0.1:<port>/v1"
        assert "listening at " in line, line
        yield SimpleNamespace(base_url=line.split("listening at ")[1].strip())
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture
def remote_chat(
    qtbot: Any, loop: Any, server_process: SimpleNamespace, tmp_path: Path
) -> Iterator[ChatViewModel]:
    vm = make_chat(qtbot, server_process, tmp_path / "chat.sqlite3")
    yield vm
    close_chat(qtbot, vm)


def test_a_200_mb_attachment_is_read_off_the_ui_thread(
    qtbot: Any, remote_chat: ChatViewModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_view(qtbot, remote_chat)
    big = tmp_path / "big.bin"
    readers: list[threading.Thread] = []
    read_bytes = Path.read_bytes

    def read_and_note_the_thread(path: Path) -> bytes:
        if path == big:
            readers.append(threading.current_thread())
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_and_note_the_thread)
    with big.open("wb") as handle:
        for _ in range(SIZE // (1024 * 1024)):
            handle.write(os.urandom(1024) * 1024)
    probe = StallProbe()
    view.attach_files([big])
    qtbot.waitUntil(
        lambda: remote_chat.attachments.model.items[0].state is not UploadState.UPLOADING, timeout=110_000
    )
    longest = probe.stop()
    item = remote_chat.attachments.model.items[0]
    print(f"\n200 MB attachment: {item.state}, longest UI stall {longest * 1000:.0f} ms")
    assert item.state is UploadState.UPLOADED, item.error
    assert readers and threading.main_thread() not in readers, "the file was read on the UI thread"
