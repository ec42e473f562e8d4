"""The composer with real widgets over the real view-model, bridge, SDK and local API: the model switcher
(listed from the server, remembered per thread, sent with each reply on every backend), Send that turns into
Stop, and files dropped anywhere on the chat pane."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from belugadesk.domain.models import Backend, Role
from belugadesk.localapi.config import DEFAULT_MODELS
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.chat_view import ChatView
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import BACKENDS, close_chat, make_chat, stored_messages
from tests.views.chat.test_chat_view import open_view

CHOSEN = "gpt-4o-mini"  # the assistant's own model is gpt-4.1-mini


@pytest.fixture
def slow_api() -> Iterator[Any]:
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    with LocalApiServer(LocalApiConfig(delta_delay_s=0.01)) as server:
        yield server


def send(qtbot: Any, view: ChatView, text: str) -> None:
    qtbot.keyClicks(view.input, text)
    with qtbot.waitSignal(view.vm.replyFinished, timeout=20_000):
        qtbot.keyClick(view.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.vm.streaming, timeout=5_000)


def pick_model(qtbot: Any, view: ChatView, model: str) -> None:
    """Open the switcher as a person does (it lists the server's models), choose ``model`` with the keys."""
    switcher = view.model_switcher
    switcher.setFocus()
    switcher.showPopup()
    qtbot.waitUntil(lambda: switcher.findData(model) >= 0, timeout=20_000)
    popup = switcher.view()
    popup.setCurrentIndex(switcher.model().index(switcher.findData(model), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert switcher.currentData() == model


def drag_and_drop(target: QWidget, mime: QMimeData) -> tuple[bool, bool]:
    """A drag of ``mime`` over ``target`` and a drop there; whether the enter and the drop were taken."""
    centre = target.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(centre.toPointF(), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    return True, drop.isAccepted()


@pytest.mark.parametrize("backend", BACKENDS, ids=[b.value for b in BACKENDS])
def test_the_model_chosen_for_a_thread_writes_its_replies(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path, backend: Backend
) -> None:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", backend=backend)
    try:
        view = open_view(qtbot, vm)
        switcher = view.model_switcher
        assert switcher.accessibleName() == "Model"
        assert switcher.currentData() == "gpt-4.1-mini", "the assistant's model by default"
        pick_model(qtbot, view, CHOSEN)
        assert [switcher.itemData(i) for i in range(switcher.count())] == sorted(DEFAULT_MODELS)
        send(qtbot, view, "hello there")
        reply = stored_messages(qtbot, vm)[1]
        assert reply.role is Role.ASSISTANT
        assert reply.model == CHOSEN, "the server says which model wrote the reply"
        assert vm.thread is not None
        thread_id = vm.thread.id
        stored = run_coro(qtbot, vm.session.store.run(lambda s: s.threads.get(thread_id)))
        assert stored.model == CHOSEN
        assistant = run_coro(qtbot, vm.session.store.run(lambda s: s.assistants.get("asst-tester")))
        assert assistant.model == "gpt-4.1-mini", "the assistant itself is not changed"
        send(qtbot, view, "and again")
        assert stored_messages(qtbot, vm)[3].model == CHOSEN
    finally:
        close_chat(qtbot, vm)


def test_the_assistant_is_not_changed_on_the_server(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    """Assistants v2: the thread's model is a run override; the remote assistant keeps its own model."""
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", backend=Backend.ASSISTANTS)
    try:
        view = open_view(qtbot, vm)
        pick_model(qtbot, view, CHOSEN)
        send(qtbot, view, "hello")
        records = local_api.app.state.api.store
        assert vm.thread is not None and vm.thread.remote_id
        runs = records.all("run", parent=vm.thread.remote_id)
        assert [r["model"] for r in runs] == [CHOSEN]
        assert records.get("assistant", runs[0]["assistant_id"])["model"] == "gpt-4.1-mini"
    finally:
        close_chat(qtbot, vm)


def test_the_choice_is_remembered_per_thread(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> None:
    db = tmp_path / "chat.sqlite3"
    vm = make_chat(qtbot, local_api, db)
    try:
        view = open_view(qtbot, vm)
        pick_model(qtbot, view, CHOSEN)
        send(qtbot, view, "first thread")
        first = vm.thread
        assert first is not None
        vm.new_thread()
        assert view.model_switcher.currentData() == "gpt-4.1-mini", "a new thread starts with the assistant's"
        send(qtbot, view, "second thread")
        second = vm.thread
        assert second is not None
        run_coro(qtbot, vm.open_thread(first))
        assert view.model_switcher.currentData() == CHOSEN
        run_coro(qtbot, vm.open_thread(second))
        assert view.model_switcher.currentData() == "gpt-4.1-mini"
        pick_model(qtbot, view, "gpt-4.1")  # changed on a stored thread: saved at once
        run_coro(qtbot, vm.wait_idle())
    finally:
        close_chat(qtbot, vm)
    again = make_chat(qtbot, local_api, db)  # after a restart
    try:
        view = open_view(qtbot, again)
        run_coro(qtbot, again.open_thread(first))
        assert view.model_switcher.currentData() == CHOSEN
        run_coro(qtbot, again.open_thread(second))
        assert view.model_switcher.currentData() == "gpt-4.1"
    finally:
        close_chat(qtbot, again)


def test_a_server_that_cannot_list_models_keeps_the_assistants(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    local_api.faults.clear()
    local_api.faults.add("GET", r"^/v1/models$", status=404)
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3")
    try:
        view = open_view(qtbot, vm)
        view.model_switcher.showPopup()
        qtbot.waitUntil(lambda: bool(vm.model_choice.problem), timeout=20_000)
        view.model_switcher.hidePopup()
        assert view.model_switcher.count() == 1 and view.model_switcher.currentData() == "gpt-4.1-mini"
        assert "could not be listed" in view.model_switcher.toolTip()
        assert not vm.error, "the chat itself is not in error"
    finally:
        local_api.faults.clear()
        close_chat(qtbot, vm)


def test_send_turns_into_stop_while_a_reply_streams(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    vm = make_chat(qtbot, slow_api, tmp_path / "chat.sqlite3")
    try:
        view = open_view(qtbot, vm)
        button = view.send_button
        assert (button.text(), button.accessibleName()) == ("Send", "Send message")
        assert "Enter" in button.toolTip()
        qtbot.keyClicks(view.input, "Please write a long reply")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: vm.streaming and vm.messages.rowCount() == 2, timeout=20_000)
        assert (button.text(), button.accessibleName()) == ("Stop", "Stop reply")
        assert button.isEnabled() and "Esc" in button.toolTip()
        assert not view.model_switcher.isEnabled(), "the model of a reply being written cannot change"
        with qtbot.waitSignal(vm.replyFinished, timeout=20_000) as finished:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert finished.args == ["cancelled"]
        assert (button.text(), button.accessibleName()) == ("Send", "Send message")
        assert not button.isEnabled(), "nothing to send: the box is empty"
        qtbot.keyClicks(view.input, "next")
        assert button.isEnabled() and view.model_switcher.isEnabled()
    finally:
        close_chat(qtbot, vm)


def test_files_dropped_on_the_message_list_are_attached(
    qtbot: Any, tools_chat: ChatViewModel, tmp_path: Path
) -> None:
    view = open_view(qtbot, tools_chat)
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n", encoding="utf-8")
    viewport = view.message_list.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the message list takes the drag, not only the box"
    assert view.drop_hint.isVisible()
    assert drag_and_drop(viewport, mime) == (True, True)
    assert not view.drop_hint.isVisible()
    assert [a.name for a in tools_chat.attachments.model.items] == ["notes.md"]
    words = QMimeData()
    words.setText("just words")
    assert drag_and_drop(viewport, words) == (False, False), "only files and images are taken"


def test_the_composer_grows_with_its_text(qtbot: Any, tools_chat: ChatViewModel) -> None:
    view = open_view(qtbot, tools_chat)
    composer = view.composer
    empty = composer.height()
    view.input.setPlainText("1\n2\n3\n4")
    qtbot.waitUntil(lambda: composer.height() > empty + 2 * view.input.fontMetrics().lineSpacing())
    assert view.message_list.height() > 300, "the list gives up the room"
    view.input.setPlainText("\n".join(str(i) for i in range(60)))
    qtbot.waitUntil(lambda: view.input.verticalScrollBar().maximum() > 0)
    assert composer.height() < 12 * view.input.fontMetrics().lineSpacing(), "capped; it scrolls beyond"
