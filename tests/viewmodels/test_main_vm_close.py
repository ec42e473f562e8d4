"""Closing the main view-model ends the work of every view-model below it: image downloads, uploads and
draft saves included (they were left running before)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from belugadesk.domain.models import ImagePart
from belugadesk.viewmodels.main_vm import MainViewModel
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import faults_fixture, make_chat

__all__ = ["faults_fixture"]


def view_model_tasks() -> list[asyncio.Task[Any]]:
    """Unfinished tasks running code of the view-models (whichever way they were started)."""
    found = []
    for task in asyncio.all_tasks():
        frame = getattr(task.get_coro(), "cr_frame", None)
        module = frame.f_globals["__name__"] if frame is not None else ""
        if not task.done() and module.startswith("belugadesk.viewmodels"):
            found.append(task)
    return found


def test_aclose_leaves_no_task_of_any_view_model_pending(
    qtbot: Any, loop: Any, local_api: Any, faults: Any, tmp_path: Path
) -> None:
    session = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3").session
    main = MainViewModel(session)
    main.chat.set_cache_dir(tmp_path / "images")
    attached = tmp_path / "notes.txt"
    attached.write_text("belugas sing\n")
    # the upload and the download wait until they are cancelled
    faults.add_cut("POST", r"^/v1/files$", "hang")
    faults.add_cut("GET", r"^/v1/files/[^/]+/content$", "hang")

    main.chat.attachments.add_files([attached])
    main.chat.images.request(ImagePart(file_id="file-chart"))
    main.chat.set_draft("half a thought")
    qtbot.waitUntil(lambda: len(view_model_tasks()) >= 2, timeout=5_000)

    run_coro(qtbot, main.aclose(), timeout=20_000)

    assert view_model_tasks() == []
    assert main.pending_tasks() == []
    assert main.error == main.chat.error == ""  # closing is not a failure
    assert run_coro(qtbot, session.store.run(lambda s: s.drafts.get(None))) == "half a thought"
    run_coro(qtbot, session.store.close())
