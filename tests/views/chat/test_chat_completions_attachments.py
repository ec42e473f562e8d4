"""The attachments bar on a Chat Completions profile: pictures only, no tool to choose, other files refused
with a sentence before anything is sent; on a profile switch the bar follows the new backend."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from belugadesk.domain.models import AssistantDefinition, Backend
from belugadesk.viewmodels.chat.attachments import UploadState
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import close_chat, make_chat
from tests.views.chat.test_chat_view import open_view

PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
HELPER = AssistantDefinition(id="asst-cc", name="Local", model="gpt-4.1-mini")


def test_pictures_only_and_no_tool_choice(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> None:
    picture = tmp_path / "pixel.png"
    picture.write_bytes(PIXEL_PNG)
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes")
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", HELPER, backend=Backend.CHAT_COMPLETIONS)
    try:
        view = open_view(qtbot, vm)
        assert "pictures (PNG, JPEG, GIF or WebP)" in view.attach_button.toolTip()
        view.attach_button.click()
        qtbot.waitUntil(lambda: view.questions.active is not None and view.questions.active.isVisible())
        chooser = view.questions.active
        assert isinstance(chooser, QFileDialog) and chooser.windowTitle() == "Attach images"
        assert chooser.nameFilters() == ["Images (*.png *.jpg *.jpeg *.gif *.webp)"]
        chooser.reject()
        qtbot.waitUntil(lambda: view.questions.active is None)
        view.attach_files([picture, notes])  # as a drop would
        assert "notes.md cannot be attached here" in vm.error
        qtbot.waitUntil(lambda: len(view.attachments_bar.rows) == 1)
        qtbot.waitUntil(lambda: vm.attachments.model.items[0].state is UploadState.UPLOADED, timeout=20_000)
        row = view.attachments_bar.rows[0]
        assert row.tool is None, "a picture goes with the message: no file search / code interpreter choice"
        assert row.label.text().startswith("pixel.png")
    finally:
        close_chat(qtbot, vm)


def test_the_bar_follows_a_switch_to_a_chat_completions_profile(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes")
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", HELPER, backend=Backend.RESPONSES)
    try:
        view = open_view(qtbot, vm)
        assert not vm.attachments.images_only
        assert "file search" in view.attach_button.toolTip()
        session = vm.session
        run_coro(
            qtbot,
            session.switch_profile(
                session._factory,
                profile_id="local",
                profile_name="Local server",
                backend_kind=Backend.CHAT_COMPLETIONS,
            ),
        )
        assert vm.attachments.images_only
        assert "pictures" in view.attach_button.toolTip()
        vm.attach_files([notes])
        assert "notes.md cannot be attached here" in vm.error
        assert vm.attachments.model.items == []
    finally:
        close_chat(qtbot, vm)
