"""The Compare window in the real main window, over the real view-models, SDK and (paced) local API: chosen
and sent from the keyboard, columns side by side, Stop per column, "Continue with this one", closing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from belugadesk.domain.models import (
    AssistantDefinition,
    Backend,
    ConnectionConfig,
    FunctionTool,
    MessageStatus,
    Role,
)
from belugadesk.viewmodels.compare.compare_vm import Undecided
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.views.compare.compare_window import CompareWindow
from belugadesk.views.main_window import MainWindow
from tests.support import run_coro

LOOKUP = FunctionTool(
    name="lookup_fact",
    description="A fact about a sea creature",
    parameters={"type": "object", "properties": {"creature": {"type": "string"}}},
)
FIRST = AssistantDefinition(id="asst-a", name="Alpha", model="gpt-4.1-mini", tools=(LOOKUP,))
SECOND = AssistantDefinition(id="asst-b", name="Beta", model="gpt-4o-mini")
THIRD = AssistantDefinition(id="asst-c", name="Gamma", model="gpt-4.1", tools=(LOOKUP,))


@pytest.fixture
def window(qtbot: Any, loop: Any, tmp_path: Path) -> Iterator[MainWindow]:
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    with LocalApiServer(LocalApiConfig(delta_delay_s=0.01)) as server:

        async def open_session() -> Session:
            from belugadesk.bridge.factory import build_backend
            from belugadesk.store import AsyncStore

            store = await AsyncStore.open(tmp_path / "db.sqlite3")
            for helper in (FIRST, SECOND, THIRD):
                await store.run(lambda s, h=helper: s.assistants.save(h))

            async def factory() -> Any:
                config = ConnectionConfig(base_url=server.base_url, api_key="sk-test", max_retries=0)
                return build_backend(config, profile_id="test")

            return Session(
                store, factory, profile_id="test", profile_name="Test", backend_kind=Backend.RESPONSES
            )

        session = run_coro(qtbot, open_session(), timeout=20_000)
        vm = MainViewModel(session)
        win = MainWindow(vm)
        qtbot.addWidget(win)
        win.resize(1100, 720)
        win.show()
        qtbot.waitExposed(win)
        run_coro(qtbot, vm.load(), timeout=20_000)
        yield win
        assert win.compare_window is None, "each test closes the comparison it opened"
        run_coro(qtbot, vm.aclose(), timeout=20_000)
        run_coro(qtbot, session.store.close())


def open_compare(qtbot: Any, window: MainWindow) -> CompareWindow:
    window.activateWindow()
    qtbot.keyClick(
        window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.compare_window is not None and window.compare_window.isVisible())
    compare = window.compare_window
    assert compare is not None
    qtbot.waitExposed(compare)
    return compare


def check_from_keyboard(qtbot: Any, compare: CompareWindow, *rows: int) -> None:
    picker = compare.picker
    picker.setFocus()
    for row in rows:
        picker.setCurrentRow(row)
        qtbot.keyClick(picker, Qt.Key.Key_Space)


def send_prompt(qtbot: Any, compare: CompareWindow, text: str) -> None:
    compare.input.setFocus()
    qtbot.keyClicks(compare.input, text)
    qtbot.keyClick(compare.input, Qt.Key.Key_Return)


def reply(compare: CompareWindow, column: int) -> Any:
    rows = compare.vm.columns[column].messages.messages
    return rows[-1] if rows and rows[-1].role is Role.ASSISTANT else None


def writing(compare: CompareWindow, column: int) -> bool:
    shown = reply(compare, column)
    return shown is not None and shown.status is MessageStatus.IN_PROGRESS and len(shown.text) > 20


def test_columns_stream_side_by_side_and_esc_stops_only_the_column_in_focus(
    qtbot: Any, window: MainWindow
) -> None:
    compare = open_compare(qtbot, window)
    check_from_keyboard(qtbot, compare, 0, 1)
    assert [c.header.text() for c in compare.columns] == ["Alpha · gpt-4.1-mini", "Beta · gpt-4o-mini"]
    send_prompt(qtbot, compare, "Tell me about narwhals")
    qtbot.waitUntil(lambda: writing(compare, 0) and writing(compare, 1), timeout=20_000)
    left, right = compare.columns
    assert left.x() + left.width() <= right.x(), "side by side"
    assert left.stop_button.isEnabled() and right.stop_button.isEnabled()
    assert not compare.picker.isVisible() and not compare.send_button.isEnabled()

    qtbot.keyClick(compare, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert right.message_list.hasFocus()
    qtbot.keyClick(right.message_list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: reply(compare, 1).status is MessageStatus.CANCELLED, timeout=10_000)
    assert compare.vm.columns[0].streaming, "Esc stopped the reply in focus only"
    qtbot.waitUntil(lambda: reply(compare, 0).status is MessageStatus.COMPLETED, timeout=20_000)
    qtbot.waitUntil(lambda: not left.stop_button.isEnabled() and left.keep_button.isEnabled())
    assert left.summary_label.text().startswith("gpt-4.1-mini · ") and " out · " in left.summary_label.text()
    qtbot.waitUntil(lambda: (left.status_label.text(), right.status_label.text()) == ("Completed", "Stopped"))
    assert left.message_list.model().rowCount() == 2  # the prompt and the reply, drawn by the chat's delegate
    assert window.vm.threads.model.thread_rows() == [], "nothing is listed before a choice"

    # Continue with this one, from the keyboard: the thread opens in the main chat, the window closes
    kept_reply = reply(compare, 0).text
    left.keep_button.setFocus()
    qtbot.keyClick(left.keep_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.compare_window is None, timeout=20_000)
    qtbot.waitUntil(lambda: window.vm.chat.thread is not None and window.vm.chat.messages.rowCount() == 2)
    chat = window.vm.chat
    assert [m.text for m in chat.messages.messages] == ["Tell me about narwhals", kept_reply]
    model = window.vm.threads.model
    listed = [model.thread_at(r) for r in model.thread_rows()]
    assert [t.id for t in listed if t is not None] == [chat.thread.id]


def test_closing_without_a_choice_asks_and_cancel_keeps_the_comparison(
    qtbot: Any, window: MainWindow
) -> None:
    compare = open_compare(qtbot, window)
    check_from_keyboard(qtbot, compare, 0, 2)
    send_prompt(qtbot, compare, "Hello")
    qtbot.waitUntil(
        lambda: all(
            reply(compare, i) is not None and reply(compare, i).status is MessageStatus.COMPLETED
            for i in (0, 1)
        ),
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: not compare.vm.streaming)

    qtbot.keyClick(compare, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Ctrl+W
    qtbot.waitUntil(lambda: compare.questions.active is not None)
    box = compare.questions.active
    assert isinstance(box, QMessageBox) and "2 thread" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the comparison
    qtbot.waitUntil(lambda: compare.questions.active is None)
    assert compare.isVisible() and compare.vm.undecided

    compare.close()
    qtbot.waitUntil(lambda: compare.questions.active is not None)
    box = compare.questions.active
    keep = next(b for b in box.buttons() if b.accessibleName() == "Keep all threads")
    keep.click()
    qtbot.waitUntil(lambda: window.compare_window is None, timeout=20_000)
    QApplication.processEvents()
    stored = run_coro(qtbot, window.vm.session.store.run(lambda s: s.threads.list()))
    assert len(stored) == 2 and {t.assistant_id for t in stored} == {FIRST.id, THIRD.id}


def test_one_assistant_is_not_enough_and_every_control_has_a_name(qtbot: Any, window: MainWindow) -> None:
    compare = open_compare(qtbot, window)
    check_from_keyboard(qtbot, compare, 0)
    assert not compare.send_button.isEnabled() and compare.hint_label.text()
    check_from_keyboard(qtbot, compare, 1)
    assert compare.send_button.isEnabled() and len(compare.columns) == 2
    for widget in (
        compare.picker,
        compare.input,
        compare.send_button,
        *compare.columns[0].findChildren(type(compare.send_button)),
    ):
        assert widget.accessibleName(), widget
    compare.close()  # nothing was sent: nothing to ask
    qtbot.waitUntil(lambda: window.compare_window is None)


def test_each_column_asks_for_its_own_function_output(qtbot: Any, window: MainWindow) -> None:
    compare = open_compare(qtbot, window)
    check_from_keyboard(qtbot, compare, 0, 2)  # Alpha and Gamma, both with the function
    send_prompt(qtbot, compare, "Please call lookup_fact for narwhals")
    left, right = compare.columns
    qtbot.waitUntil(lambda: left.tool_dialog is not None and right.tool_dialog is not None, timeout=20_000)
    assert left.tool_dialog.isVisible() and right.tool_dialog.isVisible()
    left.tool_dialog.output.setPlainText('{"fact": "Narwhal tusks are teeth."}')
    left.tool_dialog.send_button.click()
    right.tool_dialog.decline_button.click()
    qtbot.waitUntil(
        lambda: all(
            reply(compare, i) is not None and reply(compare, i).status is MessageStatus.COMPLETED
            for i in (0, 1)
        ),
        timeout=20_000,
    )
    assert "Narwhal tusks are teeth" in reply(compare, 0).text
    assert "Narwhal tusks are teeth" not in reply(compare, 1).text
    compare.vm.request_close(_Discard())
    qtbot.waitUntil(lambda: window.compare_window is None, timeout=20_000)


class _Discard:
    async def close_undecided(self, threads: int) -> Undecided | None:
        return Undecided.DISCARD
