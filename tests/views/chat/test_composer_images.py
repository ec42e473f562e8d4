"""Images in: pasted (Ctrl+V of image data), dropped (an image file or image data) anywhere on the chat pane,
sent to the model as an image input on every backend, shown as a thumbnail in the user's message and kept
in the thread (the store, and the server's history)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage

from belugadesk.domain.models import Backend, ImagePart, Role
from belugadesk.viewmodels.chat.attachments import UploadState
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import BACKENDS, close_chat, make_chat, stored_messages
from tests.views.chat.test_chat_view import open_view
from tests.views.chat.test_composer import drag_and_drop


def picture() -> QImage:
    image = QImage(16, 12, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ae2"))
    return image


def wait_uploaded(qtbot: Any, vm: ChatViewModel, count: int = 1) -> None:
    items = vm.attachments.model
    qtbot.waitUntil(
        lambda: items.rowCount() == count and all(a.state is UploadState.UPLOADED for a in items.items),
        timeout=20_000,
    )


@pytest.mark.parametrize("backend", BACKENDS, ids=[b.value for b in BACKENDS])
def test_a_pasted_image_goes_to_the_model_and_stays_in_the_thread(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path, backend: Backend
) -> None:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", backend=backend, cache_dir=tmp_path / "cache")
    try:
        view = open_view(qtbot, vm)
        mime = QMimeData()
        mime.setImageData(picture())
        QGuiApplication.clipboard().setMimeData(mime)
        view.input.setFocus()
        qtbot.keyClick(view.input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        wait_uploaded(qtbot, vm)
        assert view.input.toPlainText() == "", "the image is attached, not pasted as text"
        attached = vm.attachments.model.items[0]
        assert attached.tool == "vision" and attached.name.endswith(".png")
        choice = view.attachments_bar.rows[0].tool  # none where pictures are all a message can carry
        assert (choice is None) == (backend is Backend.CHAT_COMPLETIONS)
        assert choice is None or choice.currentData() == "vision"
        qtbot.keyClicks(view.input, "What is in this picture?")
        with qtbot.waitSignal(vm.replyFinished, timeout=20_000) as finished:
            qtbot.keyClick(view.input, Qt.Key.Key_Return)
        assert finished.args == ["completed"], vm.error
        assert vm.attachments.model.rowCount() == 0

        question = stored_messages(qtbot, vm)[0]
        images = [p for p in question.parts if isinstance(p, ImagePart)]
        assert question.role is Role.USER and len(images) == 1
        file_id = images[0].file_id
        kept = vm.images.path_for(file_id)
        assert kept is not None and QImage(str(kept)).size() == picture().size(), "the thumbnail, at once"
        shown = view.delegate.context.image(images[0])
        assert shown is not None and not shown.isNull()

        records = local_api.app.state.api.store
        if backend is Backend.CHAT_COMPLETIONS:
            assert file_id.startswith("file://"), "sent inline as a data URL, read from this computer"
        else:
            assert records.get("file", file_id)["purpose"] == "vision"
        assert vm.thread is not None and vm.thread.remote_id
        remote_id = vm.thread.remote_id

        async def history() -> Any:
            backend_ = await vm.session.backend()
            return await backend_.load_history(remote_id)

        page = run_coro(qtbot, history(), timeout=20_000)
        asked = next(m for m in page.messages if m.role is Role.USER)
        assert [p.file_id for p in asked.parts if isinstance(p, ImagePart)] == [file_id]
        assert asked.text == "What is in this picture?"
    finally:
        close_chat(qtbot, vm)


def test_images_dropped_on_the_message_list_as_a_file_or_as_data(
    qtbot: Any, tools_chat: ChatViewModel, tmp_path: Path
) -> None:
    view = open_view(qtbot, tools_chat)
    photo = tmp_path / "whale.png"
    assert picture().save(str(photo))
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(photo))])
    assert drag_and_drop(view.message_list.viewport(), files) == (True, True)
    data = QMimeData()
    data.setImageData(picture())
    assert drag_and_drop(view.message_list.viewport(), data) == (True, True)
    wait_uploaded(qtbot, tools_chat, 2)
    first, second = tools_chat.attachments.model.items
    assert (first.name, first.tool) == ("whale.png", "vision")
    assert second.tool == "vision" and second.path.suffix == ".png"
    assert QImage(str(second.path)).size() == picture().size()
    choice = view.attachments_bar.rows[0].tool
    assert choice is not None
    choice.setCurrentIndex(choice.findData("code_interpreter"))  # given to a tool instead: uploaded again
    wait_uploaded(qtbot, tools_chat, 2)
    parts = tools_chat.attachments.ready_parts()
    assert [type(p).__name__ for p in parts] == ["AttachmentPart", "ImagePart"]
