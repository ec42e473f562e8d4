"""ReplyRun: one object per reply, made by the chat view-model and deleted when the reply has ended."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Backend, MessageStatus, ToolCallPart
from belugadesk.viewmodels.chat.reply_run import ReplyRun
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import (
    BACKENDS,
    TOOL_OUTPUT_PATHS,
    WEATHER,
    assistant,
    close_chat,
    faults_fixture,  # noqa: F401  (the faults fixture)
    make_chat,
    stored_messages,
)


def test_each_reply_has_its_own_run_and_it_is_deleted_when_the_reply_ends(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", assistant([WEATHER]))
    asked: list[ToolCallPart] = []
    vm.toolCallPending.connect(asked.append)

    def one_reply(question: str) -> None:
        before = len(asked)
        task = vm.start(vm.send(question))
        qtbot.waitUntil(lambda: len(asked) > before, timeout=20_000)
        (run,) = vm.findChildren(ReplyRun)  # the reply being streamed, waiting for the user's answer
        call_id = asked[-1].call_id
        assert run.pending_tool_calls == vm.pending_tool_calls == [call_id]
        assert vm.tool_call(call_id) == asked[-1]
        vm.answer_tool_call(call_id, '{"temperature": 21}')
        qtbot.waitUntil(task.done, timeout=20_000)
        assert task.result() is True and vm.messages.messages[-1].status is MessageStatus.COMPLETED
        qtbot.waitUntil(lambda: not vm.findChildren(ReplyRun), timeout=5_000)  # dropped with its reply
        assert vm.pending_tool_calls == [] and vm.tool_call(call_id) is None

    try:
        one_reply("What is the weather? call get_weather")
        one_reply("And tomorrow? call get_weather")
        run_coro(qtbot, vm.wait_idle())
    finally:
        close_chat(qtbot, vm)


@pytest.mark.parametrize("backend", BACKENDS, ids=[b.value for b in BACKENDS])
def test_tool_outputs_the_server_refuses_fail_the_reply_saying_why(
    qtbot: Any, loop: Any, local_api: Any, faults: Any, tmp_path: Path, backend: Backend
) -> None:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", assistant([WEATHER]), backend=backend)
    try:
        asked: list[ToolCallPart] = []
        vm.toolCallPending.connect(asked.append)
        task = vm.start(vm.send("call get_weather for Oslo"))
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
        refusal = {"error": {"message": "Tool outputs refused.", "type": "invalid_request_error"}}
        faults.add("POST", TOOL_OUTPUT_PATHS[backend], 400, body=refusal)
        vm.answer_tool_call(asked[0].call_id, '{"temperature": 3}')
        qtbot.waitUntil(task.done, timeout=20_000)
        assert task.result() is True  # the server took the question; its reply failed
        reply = vm.messages.messages[-1]
        assert reply.status is MessageStatus.FAILED and reply.error and "refused" in reply.error
        call = reply.parts[0]
        assert isinstance(call, ToolCallPart) and call.output == '{"temperature": 3}'
        assert vm.status == "Failed" and not vm.streaming and vm.can_send() == (True, "")
        assert stored_messages(qtbot, vm)[-1] == reply
    finally:
        close_chat(qtbot, vm)
