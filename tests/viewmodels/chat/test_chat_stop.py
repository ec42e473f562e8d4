"""Stop ends a reply at once, whatever it is doing, on both backends, against a server that hangs or stalls.

The local API's transport faults (``faults.add_cut``) make the server hang before answering, stall after
the headers or mid-stream, or hang while taking tool outputs. Stop must end the run within about a second
(the SDK's timeout times its retries is minutes), leave the composer usable, and leave the view, the store
and the server holding the same conversation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Backend, MessageStatus, Role
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import (
    BACKENDS,
    RUN_PATHS,
    TOOL_OUTPUT_PATHS,
    WEATHER,
    assert_in_agreement,
    assistant,
    close_chat,
    faults_fixture,  # noqa: F401  (the faults fixture)
    make_chat,
)

STOP_WITHIN_MS = 1_500  # about a second, with room for a busy two-core machine
THREAD_PATHS = {Backend.RESPONSES: r"^/v1/conversations$", Backend.ASSISTANTS: r"^/v1/threads$"}


@pytest.fixture(params=BACKENDS, ids=[b.value for b in BACKENDS])
def backend(request: pytest.FixtureRequest) -> Backend:
    return Backend(request.param)


@pytest.fixture
def vm(qtbot: Any, loop: Any, local_api: Any, faults: Any, tmp_path: Path, backend: Backend) -> Iterator[Any]:
    chat = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", backend=backend)
    yield chat
    close_chat(qtbot, chat)


@pytest.fixture
def tool_vm(
    qtbot: Any, loop: Any, local_api: Any, faults: Any, tmp_path: Path, backend: Backend
) -> Iterator[Any]:
    chat = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", assistant([WEATHER]), backend=backend)
    yield chat
    close_chat(qtbot, chat)


def stop_and_wait(qtbot: Any, vm: ChatViewModel, task: Any) -> None:
    """Press Stop; the run must be over (not streaming, the task done) within about a second."""
    vm.request_stop()
    qtbot.waitUntil(lambda: not vm.streaming and task.done(), timeout=STOP_WITHIN_MS)
    assert vm.status == "Stopped"
    assert vm.can_send() == (True, "")


def send_first(qtbot: Any, vm: ChatViewModel, text: str = "first question") -> None:
    task = vm.start(vm.send(text))
    qtbot.waitUntil(task.done, timeout=20_000)
    assert task.result()


def ask_for_the_weather(qtbot: Any, vm: ChatViewModel) -> tuple[Any, list[Any]]:
    """Send a message that makes the model call ``get_weather``; returns the send task and the calls asked."""
    asked: list[Any] = []
    vm.toolCallPending.connect(asked.append)
    task = vm.start(vm.send("call get_weather for Oslo"))
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    return task, asked


def test_stop_while_the_server_has_not_answered(
    qtbot: Any, vm: ChatViewModel, faults: Any, backend: Backend
) -> None:
    """Connected, the request sent, no byte back: the server never took the question, so it comes back."""
    send_first(qtbot, vm)
    returned: list[str] = []
    vm.draftReturned.connect(returned.append)
    faults.add_cut("POST", RUN_PATHS[backend], "hang")
    task = vm.start(vm.send("never answered"))
    qtbot.waitUntil(lambda: vm.status == "Sending…" and faults.pending == 0, timeout=20_000)
    stop_and_wait(qtbot, vm, task)
    assert task.result() is False
    assert returned == ["never answered"]
    assert [m.text for m in vm.messages.messages if m.role is Role.USER] == ["first question"]
    assert len(assert_in_agreement(qtbot, vm)) == 2


def test_stop_after_the_headers_before_the_first_event(
    qtbot: Any, vm: ChatViewModel, faults: Any, backend: Backend
) -> None:
    send_first(qtbot, vm)
    returned: list[str] = []
    vm.draftReturned.connect(returned.append)
    faults.add_cut("POST", RUN_PATHS[backend], "stall", after_chunks=0)
    task = vm.start(vm.send("stalled at once"))
    qtbot.waitUntil(lambda: faults.pending == 0, timeout=20_000)
    stop_and_wait(qtbot, vm, task)
    if backend is Backend.CHAT_COMPLETIONS:
        # no thread on the server and not a byte of the reply: nothing was taken, the question comes back
        assert task.result() is False and returned == ["stalled at once"]
        assert len(assert_in_agreement(qtbot, vm)) == 2
        return
    # the server had taken the question (it started the reply): it stays, with a stopped (empty) reply
    assert task.result() is True
    assert vm.messages.messages[-1].status is MessageStatus.CANCELLED
    first_reply = vm.messages.messages[1].text
    assert assert_in_agreement(qtbot, vm) == [
        ("user", "first question"),
        ("assistant", first_reply),
        ("user", "stalled at once"),
    ]


def test_stop_mid_stream_keeps_the_partial_text_here_and_on_the_server(
    qtbot: Any, vm: ChatViewModel, faults: Any, backend: Backend
) -> None:
    faults.add_cut("POST", RUN_PATHS[backend], "stall", after_chunks=14)
    task = vm.start(vm.send("tell me about belugas"))
    qtbot.waitUntil(
        lambda: len(vm.messages.messages) == 2 and bool(vm.messages.messages[1].text), timeout=20_000
    )
    stop_and_wait(qtbot, vm, task)
    reply = vm.messages.messages[1]
    assert reply.status is MessageStatus.CANCELLED
    assert reply.text and "That is all the scripted assistant knows" not in reply.text, "partial"
    said = [("user", "tell me about belugas"), ("assistant", reply.text)]
    assert assert_in_agreement(qtbot, vm) == said


def test_stop_while_a_tool_call_waits_for_the_user(qtbot: Any, tool_vm: ChatViewModel) -> None:
    vm = tool_vm
    task, _ = ask_for_the_weather(qtbot, vm)
    stop_and_wait(qtbot, vm, task)
    assert vm.messages.messages[-1].status is MessageStatus.CANCELLED and vm.pending_tool_calls == []
    assert assert_in_agreement(qtbot, vm) == [("user", "call get_weather for Oslo")]
    send_first(qtbot, vm, "and now something else")  # the thread takes the next message


def test_stop_while_the_tool_output_is_being_sent(
    qtbot: Any, tool_vm: ChatViewModel, faults: Any, backend: Backend
) -> None:
    vm = tool_vm
    task, asked = ask_for_the_weather(qtbot, vm)
    faults.add_cut("POST", TOOL_OUTPUT_PATHS[backend], "hang")
    vm.answer_tool_call(asked[0].call_id, '{"temperature": 3}')
    qtbot.waitUntil(lambda: faults.pending == 0, timeout=20_000)
    stop_and_wait(qtbot, vm, task)
    assert vm.messages.messages[-1].status is MessageStatus.CANCELLED
    assert assert_in_agreement(qtbot, vm) == [("user", "call get_weather for Oslo")]
    send_first(qtbot, vm, "and now something else")


@pytest.mark.parametrize("backend", list(THREAD_PATHS), ids=[b.value for b in THREAD_PATHS])
def test_stop_while_the_first_message_creates_the_thread(
    qtbot: Any, vm: ChatViewModel, faults: Any, backend: Backend
) -> None:
    """(Chat Completions creates no thread on the server: the store keeps it.)"""
    returned: list[str] = []
    vm.draftReturned.connect(returned.append)
    faults.add_cut("POST", THREAD_PATHS[backend], "hang")
    task = vm.start(vm.send("hello there"))
    qtbot.waitUntil(lambda: faults.pending == 0, timeout=20_000)
    stop_and_wait(qtbot, vm, task)
    assert task.result() is False and returned == ["hello there"]
    assert vm.thread is None and vm.messages.messages == []


def test_stop_with_a_server_that_hangs_on_everything(
    qtbot: Any, vm: ChatViewModel, faults: Any, backend: Backend
) -> None:
    """Even the clean-up after the stop hangs: Stop still ends the run at once, keeps the question with a
    stopped reply (the server could not say whether it took it), and Retry settles it once the server is
    back."""
    send_first(qtbot, vm)
    for method in ("GET", "POST", "DELETE"):
        faults.add_cut(method, r"^/v1/", "hang", times=1_000)
    returned: list[str] = []
    vm.draftReturned.connect(returned.append)
    task = vm.start(vm.send("into the void"))
    qtbot.waitUntil(lambda: vm.status == "Sending…", timeout=20_000)
    stop_and_wait(qtbot, vm, task)
    if backend is Backend.CHAT_COMPLETIONS:
        # the thread is the store, which knows the question was never taken: it comes back at once
        assert task.result() is False and returned == ["into the void"]
        faults.clear()
        send_first(qtbot, vm, "into the void")
        assert [text for role, text in assert_in_agreement(qtbot, vm) if role == "user"] == [
            "first question",
            "into the void",
        ]
        return
    stopped = vm.messages.messages[-1]
    assert [m.text for m in vm.messages.messages[-2:]] == ["into the void", ""]
    assert stopped.status is MessageStatus.CANCELLED and vm.can_retry(stopped.id)
    faults.clear()
    assert run_coro(qtbot, vm.retry(stopped.id), timeout=20_000)
    said = assert_in_agreement(qtbot, vm)
    assert [text for role, text in said if role == "user"] == ["first question", "into the void"]
    assert len(said) == 4 and "into the void" in said[-1][1]
