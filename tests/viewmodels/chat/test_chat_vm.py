"""ChatViewModel against the local API through the real SDK and a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from belugadesk.core.chat_tools import builtin_local_tools
from belugadesk.domain.models import (
    FunctionTool,
    ImagePart,
    MessageStatus,
    Role,
    TextPart,
    ToolCallPart,
)
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import WEATHER, assistant, close_chat, make_chat, stored_messages
from tests.views.chat.test_reply_links import UrlCatcher


@pytest.fixture
def slow_api() -> Iterator[Any]:
    """A local API that pauses between deltas, so a reply can be stopped mid-way."""
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    with LocalApiServer(LocalApiConfig(delta_delay_s=0.02)) as server:
        yield server


@pytest.fixture
def chat(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> Iterator[ChatViewModel]:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3")
    yield vm
    close_chat(qtbot, vm)


@pytest.fixture
def slow_chat(qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path) -> Iterator[ChatViewModel]:
    vm = make_chat(qtbot, slow_api, tmp_path / "chat.sqlite3")
    yield vm
    close_chat(qtbot, vm)


def send(qtbot: Any, vm: ChatViewModel, text: str, timeout: int = 20_000) -> bool:
    return bool(run_coro(qtbot, vm.send(text), timeout=timeout))


def test_streamed_reply_is_assembled_and_saved(qtbot: Any, slow_chat: ChatViewModel) -> None:
    chat = slow_chat
    statuses: list[str] = []
    chat.statusChanged.connect(statuses.append)
    updates: list[str] = []
    chat.messages.dataChanged.connect(lambda *_: updates.append(chat.messages.messages[-1].text))
    assert send(qtbot, chat, "Tell me about belugas")
    user, reply = chat.messages.messages
    assert user.role is Role.USER and user.text == "Tell me about belugas"
    assert reply.role is Role.ASSISTANT and reply.status is MessageStatus.COMPLETED
    assert "You asked: **Tell me about belugas**" in reply.text
    assert len(set(updates)) > 2, "the text grew in several steps"
    assert reply.usage is not None and reply.usage.output_tokens > 0
    assert reply.model == "gpt-4.1-mini"
    assert "Writing…" in statuses and statuses[-1] == "Completed"
    stored = stored_messages(qtbot, chat)
    assert [m.text for m in stored] == [user.text, reply.text]
    assert stored[1].usage == reply.usage
    footer = chat.footer_for(reply)
    assert footer.startswith("gpt-4.1-mini · ") and " in · " in footer and "$" in footer


def test_footer_uses_the_injected_price_table(qtbot: Any, chat: ChatViewModel) -> None:
    from belugadesk.settings.app_settings import ModelPrice

    assert send(qtbot, chat, "hello")
    reply = chat.messages.messages[-1]
    changed: list[bool] = []
    chat.footersChanged.connect(lambda: changed.append(True))
    chat.set_prices({"gpt-4.1": ModelPrice(input=1_000_000, output=0)})  # $1 per input token
    assert changed
    assert reply.usage is not None
    assert f"≈ ${reply.usage.input_tokens:.2f}" in chat.footer_for(reply), (
        "gpt-4.1-mini uses gpt-4.1's family"
    )
    chat.set_prices({})
    assert "no price for this model" in chat.footer_for(reply)


def test_stop_keeps_the_partial_text_marked_stopped(qtbot: Any, slow_chat: ChatViewModel) -> None:
    vm = slow_chat
    if True:
        task = vm.start(vm.send("Please give me a long reply"))
        qtbot.waitUntil(
            lambda: len(vm.messages.messages) == 2 and len(vm.messages.messages[1].text) > 40, timeout=20_000
        )
        with qtbot.waitSignal(vm.replyFinished, timeout=20_000) as finished:
            vm.request_stop()
        qtbot.waitUntil(task.done, timeout=20_000)
        assert finished.args == ["cancelled"]
        reply = vm.messages.messages[1]
        assert reply.status is MessageStatus.CANCELLED
        assert 40 < len(reply.text) < 5000, "the partial text stays (a long reply is ~14,000 characters)"
        assert vm.status == "Stopped"
        stored = stored_messages(qtbot, vm)
        assert stored[1].status is MessageStatus.CANCELLED and stored[1].text == reply.text


def test_regenerate_replaces_the_last_reply(qtbot: Any, chat: ChatViewModel) -> None:
    assert send(qtbot, chat, "first question")
    old = chat.messages.messages[-1]
    assert chat.can_regenerate()
    assert run_coro(qtbot, chat.regenerate(), timeout=20_000)
    rows = chat.messages.messages
    assert [m.role for m in rows] == [Role.USER, Role.ASSISTANT]
    assert rows[-1].id != old.id and rows[-1].status is MessageStatus.COMPLETED
    assert "first question" in rows[-1].text
    assert [m.id for m in stored_messages(qtbot, chat)] == [rows[0].id, rows[1].id]


def test_edit_last_message_gives_it_back_and_resend_makes_a_branch(qtbot: Any, chat: ChatViewModel) -> None:
    assert send(qtbot, chat, "one")
    assert send(qtbot, chat, "two with a typo")
    original = chat.thread
    assert original is not None
    returned: list[str] = []
    chat.draftReturned.connect(returned.append)
    assert chat.edit_last_message() == "two with a typo"
    assert returned == ["two with a typo"]
    assert chat.editing and "branch" in chat.notice
    assert chat.messages.messages[0].text == "one" and len(chat.messages.messages) == 4  # nothing removed
    assert send(qtbot, chat, "two, corrected")
    assert chat.thread is not None and chat.thread.id != original.id
    assert chat.thread.branched_from_thread_id == original.id
    assert [m.text for m in chat.messages.messages if m.role is Role.USER] == ["one", "two, corrected"]
    assert len(stored_messages(qtbot, chat)) == 4
    kept = run_coro(qtbot, chat.session.store.run(lambda s: s.messages.list(original.id)))
    assert [m.text for m in kept if m.role is Role.USER] == ["one", "two with a typo"]


def test_function_call_answered_by_the_user(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> None:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", assistant([WEATHER]))
    try:
        asked: list[ToolCallPart] = []
        vm.toolCallPending.connect(asked.append)
        task = vm.start(vm.send("What is the weather? call get_weather"))
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
        call = asked[0]
        assert call.name == "get_weather" and '"city"' in call.arguments
        assert vm.streaming and vm.pending_tool_calls == [call.call_id]
        vm.answer_tool_call(call.call_id, '{"temperature": 21}')
        qtbot.waitUntil(task.done, timeout=20_000)
        assert task.result() is True
        reply = vm.messages.messages[-1]
        parts = reply.parts
        assert isinstance(parts[0], ToolCallPart) and parts[0].output == '{"temperature": 21}'
        assert "`get_weather` returned" in reply.text and "temperature" in reply.text
        assert reply.status is MessageStatus.COMPLETED
        stored = stored_messages(qtbot, vm)[-1]
        assert isinstance(stored.parts[0], ToolCallPart) and stored.parts[0].output == '{"temperature": 21}'
    finally:
        close_chat(qtbot, vm)


def test_a_local_tool_answers_by_itself(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> None:
    clock = FunctionTool(name="get_current_time", description="The time now")
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", assistant([clock]))
    try:
        asked: list[object] = []
        vm.toolCallPending.connect(asked.append)
        assert send(qtbot, vm, "What time is it? call get_current_time")
        assert asked == [], "no one was asked"
        reply = vm.messages.messages[-1]
        call = reply.parts[0]
        assert isinstance(call, ToolCallPart) and call.output is not None and '"iso"' in call.output
        assert "`get_current_time` returned" in reply.text
    finally:
        close_chat(qtbot, vm)


def test_register_local_tool(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> None:
    seen: list[dict[str, object]] = []

    async def lookup(args: dict[str, object]) -> str:
        seen.append(args)
        return "sunny"

    tools = builtin_local_tools()
    tools.register("get_weather", lookup)
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", assistant([WEATHER]), local_tools=tools)
    other = make_chat(qtbot, local_api, tmp_path / "other.sqlite3", assistant([WEATHER]))
    try:
        assert send(qtbot, vm, "call get_weather please")
        assert seen == [{"city": "Paris"}]
        assert "sunny" in vm.messages.messages[-1].text
        assert other.local_tools.get("get_weather") is None, "each chat holds its own tools"
        assert other.local_tools.names() == ["get_current_time"]
    finally:
        close_chat(qtbot, vm)
        close_chat(qtbot, other)


def test_stop_while_waiting_for_a_tool_output(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> None:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", assistant([WEATHER]))
    try:
        asked: list[object] = []
        vm.toolCallPending.connect(asked.append)
        task = vm.start(vm.send("call get_weather"))
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
        run_coro(qtbot, vm.stop())
        qtbot.waitUntil(task.done, timeout=20_000)
        assert vm.messages.messages[-1].status is MessageStatus.CANCELLED
        assert not vm.streaming and vm.pending_tool_calls == []
    finally:
        close_chat(qtbot, vm)


def test_code_interpreter_image_is_downloaded_into_the_cache(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    from belugadesk.domain.models import CodeInterpreterTool

    cache = tmp_path / "cache" / "images"
    vm = make_chat(
        qtbot, local_api, tmp_path / "chat.sqlite3", assistant([CodeInterpreterTool()]), cache_dir=cache
    )
    try:
        assert send(qtbot, vm, "plot a chart please")
        reply = vm.messages.messages[-1]
        code = next(p for p in reply.parts if isinstance(p, ToolCallPart))
        assert (
            code.kind == "code_interpreter"
            and "plt.bar" in code.arguments
            and "plotted 5 bars" in (code.output or "")
        )
        images = [p for p in reply.parts if isinstance(p, ImagePart)]
        assert len(images) == 1, "one image, even though the tool and the message both name it"
        run_coro(qtbot, vm.images.wait_idle())
        path = vm.images.path_for(images[0].file_id)
        assert path is not None and path.parent == cache
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        target = tmp_path / "saved.png"
        assert vm.images.save_as(images[0].file_id, target) == ""
        assert target.read_bytes() == path.read_bytes()
    finally:
        close_chat(qtbot, vm)


def test_failed_send_keeps_the_draft_and_retry_succeeds(
    qtbot: Any, chat: ChatViewModel, local_api: Any
) -> None:
    returned: list[str] = []
    chat.draftReturned.connect(returned.append)
    assert send(qtbot, chat, "first")
    local_api.faults.add("POST", r"^/v1/responses$", 500)
    assert not send(qtbot, chat, "second")
    assert returned == ["second"]
    assert "server" in chat.error.lower()
    assert [m.text for m in chat.messages.messages if m.role is Role.USER] == ["first"]
    assert send(qtbot, chat, "second")
    assert chat.error == ""
    assert [m.text for m in chat.messages.messages if m.role is Role.USER] == ["first", "second"]
    assert len(stored_messages(qtbot, chat)) == 4


def test_error_mid_reply_shows_under_it_and_retry_asks_again(
    qtbot: Any, chat: ChatViewModel, local_api: Any
) -> None:
    assert send(qtbot, chat, "simulate failure please")
    failed = chat.messages.messages[-1]
    assert failed.status is MessageStatus.FAILED and failed.error
    assert stored_messages(qtbot, chat)[-1].error == failed.error
    # the retry asks the same question: the engine fails on purpose again, so turn the question into a fault
    # that the server answers once and then succeeds
    user = chat.messages.messages[-2]
    chat.messages.replace(
        len(chat.messages.messages) - 2, user.model_copy(update={"parts": (TextPart(text="retry me"),)})
    )
    assert run_coro(qtbot, chat.retry(failed.id), timeout=20_000)
    rows = chat.messages.messages
    assert [m.role for m in rows] == [Role.USER, Role.ASSISTANT]
    assert rows[-1].status is MessageStatus.COMPLETED and rows[-1].error is None
    assert "retry me" in rows[-1].text
    assert [m.id for m in stored_messages(qtbot, chat)] == [m.id for m in rows]


def test_draft_survives_a_thread_switch_and_a_restart(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    db = tmp_path / "chat.sqlite3"
    vm = make_chat(qtbot, local_api, db)
    try:
        assert send(qtbot, vm, "a thread")
        first = vm.thread
        assert first is not None
        vm.set_draft("half-written thought")
        vm.new_thread()
        loaded: list[str] = []
        vm.draftLoaded.connect(loaded.append)
        vm.set_draft("draft of a new thread")
        run_coro(qtbot, vm.open_thread(first))
        assert loaded[-1] == "half-written thought"
        vm.new_thread()
        qtbot.waitUntil(lambda: loaded[-1] == "draft of a new thread", timeout=5_000)
    finally:
        close_chat(qtbot, vm)
    again = make_chat(qtbot, local_api, db)
    try:
        loaded = []
        again.draftLoaded.connect(loaded.append)
        run_coro(qtbot, again.open_thread(first))
        assert loaded == ["half-written thought"]
        assert again.messages.messages[0].text == "a thread"
    finally:
        close_chat(qtbot, again)


def test_cannot_send_without_an_assistant_or_while_streaming(qtbot: Any, chat: ChatViewModel) -> None:
    states: list[tuple[bool, str]] = []
    chat.canSendChanged.connect(lambda ok, why: states.append((ok, why)))
    chat.set_assistant(None)
    assert states[-1][0] is False and "assistant" in states[-1][1]
    returned: list[str] = []
    chat.draftReturned.connect(returned.append)
    assert not send(qtbot, chat, "hello")
    assert returned == ["hello"]
    chat.set_assistant(assistant())
    assert states[-1] == (True, "")
    task = chat.start(chat.send("hello"))
    qtbot.waitUntil(lambda: chat.streaming, timeout=5_000)
    assert chat.can_send()[0] is False and "Esc" in chat.can_send()[1]
    qtbot.waitUntil(task.done, timeout=20_000)


class ChosenFiles:
    """The person, answering the chat's file questions with ``paths`` (nothing: cancelled)."""

    def __init__(self, *paths: Path) -> None:
        self.paths = list(paths)
        self.asked: list[str] = []

    async def save_path(self, title: str, suggested: Path, name_filter: str, suffix: str = "") -> Path | None:
        self.asked.append(f"{title}: {suggested.name}")
        return self.paths[0] if self.paths else None

    async def open_paths(self, title: str, name_filter: str = "", start: Path | None = None) -> list[Path]:
        self.asked.append(title)
        return self.paths


def test_the_attach_flow_attaches_what_the_person_chose(
    qtbot: Any, chat: ChatViewModel, tmp_path: Path
) -> None:
    run_coro(qtbot, chat.attach_chosen(ChosenFiles()))
    assert chat.attachments.model.items == []
    notes = tmp_path / "notes.txt"
    notes.write_text("krill", encoding="utf-8")
    chat.set_error("an old problem")
    answers = ChosenFiles(notes)
    chat.request_attach(answers)  # the slot the view calls
    qtbot.waitUntil(lambda: len(chat.attachments.model.items) == 1)
    assert answers.asked == ["Attach files"] and chat.error == ""
    qtbot.waitUntil(lambda: not chat.attachments.uploading, timeout=20_000)


def test_the_save_image_flow_asks_where_and_says_why_it_failed(
    qtbot: Any, chat: ChatViewModel, tmp_path: Path
) -> None:
    assert run_coro(qtbot, chat.save_image_asking("file_x", ChosenFiles())) is False
    assert chat.error == ""
    answers = ChosenFiles(tmp_path / "x.png")
    assert run_coro(qtbot, chat.save_image_asking("file_x", answers)) is False
    assert answers.asked == ["Save image as: file_x.png"]
    assert chat.error == "The image has not been downloaded yet."


class LinkAnswer:
    def __init__(self, confirm: bool) -> None:
        self.confirm = confirm
        self.asked: list[str] = []

    async def confirm_link(self, url: QUrl) -> bool:
        self.asked.append(url.toString())
        return self.confirm


def test_the_open_link_flow_opens_only_a_confirmed_link(qtbot: Any, chat: ChatViewModel) -> None:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        url = QUrl("https://example.org/whales")
        no = LinkAnswer(False)
        assert run_coro(qtbot, chat.open_link_asking(url, no)) is False
        assert no.asked == ["https://example.org/whales"] and catcher.urls == []
        chat.request_open_link(url, LinkAnswer(True))  # the slot the view calls
        qtbot.waitUntil(lambda: catcher.urls == ["https://example.org/whales"])
    finally:
        QDesktopServices.unsetUrlHandler("https")
