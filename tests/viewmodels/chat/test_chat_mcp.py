"""MCP tools in the chat: offered to the model on every backend, approved (or not) by the person, run on a
real MCP server (``tests/mcp_tool_server.py`` over stdio), the result sent back to the model through the
real SDK to the local API. The person is a scripted answerer here; the real dialog is tested in
``tests/views/chat/test_tool_approval.py``."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.bridge.mcp import McpManager
from belugadesk.domain.mcp import McpServer
from belugadesk.domain.mcp_access import Approval, McpToolGrant, RemoteMcpServer
from belugadesk.domain.mcp_approval import ApprovalAnswer, ApprovalChoice, ApprovalRequest
from belugadesk.domain.models import AssistantDefinition, Backend, MessageStatus, ToolCallPart
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.mcp_support import ManagerAccess, stdio_server
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import (
    BACKENDS,
    close_chat,
    make_chat,
    server_messages,
    stored_messages,
)


class Person:
    """Answers the approval questions in order, and remembers what was asked."""

    def __init__(self, *answers: ApprovalAnswer | None) -> None:
        self.answers = list(answers)
        self.asked: list[ApprovalRequest] = []

    async def approve_tool_call(self, request: ApprovalRequest) -> ApprovalAnswer | None:
        self.asked.append(request)
        return self.answers.pop(0)


ONCE = ApprovalAnswer(ApprovalChoice.ONCE)


@pytest.fixture(name="server")
def server_fixture() -> McpServer:
    return stdio_server()


def helper(server: McpServer, **grant: Any) -> AssistantDefinition:
    grants = (McpToolGrant(server_id=server.id, **grant),)
    return AssistantDefinition(id="asst-mcp", name="Tools", model="gpt-4.1-mini", mcp_tools=grants)


class Chat:
    """A chat view-model whose assistant may use ``server``'s tools, with a manager of its own."""

    def __init__(
        self,
        qtbot: Any,
        local_api: Any,
        db: Path,
        definition: AssistantDefinition,
        backend: Backend,
        **kwargs: Any,
    ):
        self.qtbot = qtbot
        self.manager = McpManager([SERVERS[definition.mcp_tools[0].server_id]], **kwargs)
        self.vm: ChatViewModel = make_chat(qtbot, local_api, db, definition, backend=backend)
        self.vm.session.mcp = ManagerAccess(self.manager)  # type: ignore[assignment]

    def send(self, text: str) -> bool:
        return bool(run_coro(self.qtbot, self.vm.send(text), timeout=30_000))

    def call(self) -> ToolCallPart:
        calls = [p for p in self.vm.messages.messages[-1].parts if isinstance(p, ToolCallPart)]
        assert len(calls) == 1, calls
        return calls[0]

    def close(self) -> None:
        close_chat(self.qtbot, self.vm)
        run_coro(self.qtbot, self.manager.aclose(), timeout=20_000)


SERVERS: dict[str, McpServer] = {}  # the servers a test's assistants are granted, by id


@pytest.fixture(name="chat")
def chat_fixture(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path, server: McpServer) -> Iterator[Any]:
    """``chat(definition, backend=…, **manager options)`` opens a chat; all are closed at the end."""
    opened: list[Chat] = []
    SERVERS[server.id] = server

    def open_chat(
        definition: AssistantDefinition, backend: Backend = Backend.RESPONSES, **options: Any
    ) -> Chat:
        db = tmp_path / f"chat{len(opened)}.sqlite3"
        chat = Chat(qtbot, local_api, db, definition, backend, **options)
        opened.append(chat)
        return chat

    yield open_chat
    for chat in opened:
        chat.close()
    SERVERS.clear()


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_approved_call_runs_on_the_server_and_its_result_goes_to_the_model(
    chat: Any, server: McpServer, backend: Backend
) -> None:
    c = chat(helper(server), backend)
    if (
        backend is Backend.ASSISTANTS
    ):  # the remote assistant exists without the MCP tools: the run brings them

        async def sync() -> None:
            await (await c.vm.session.backend()).sync_assistant(helper(server))

        run_coro(c.qtbot, sync(), timeout=20_000)
    person = c.vm.tool_approvals = Person(ONCE)
    assert c.send("Please call test_tools__add")
    [request] = person.asked
    assert (request.server_name, request.tool_name) == ("Test tools", "add")
    assert json.loads(request.arguments) == {"a": 1, "b": 1} and "\n" in request.arguments, "pretty JSON"
    call = c.call()
    assert (call.server, call.tool, call.output, call.is_error) == ("Test tools", "add", "2", False)
    reply = c.vm.messages.messages[-1]
    assert reply.status is MessageStatus.COMPLETED
    assert "`test_tools__add` returned: 2" in reply.text, "the model read the result"
    stored = stored_messages(c.qtbot, c.vm)[-1]
    assert [p for p in stored.parts if isinstance(p, ToolCallPart)] == [call], "the tool block is kept"


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_denied_call_does_not_run_and_the_model_reads_why(
    chat: Any, server: McpServer, backend: Backend
) -> None:
    c = chat(helper(server), backend)
    c.vm.tool_approvals = Person(ApprovalAnswer(ApprovalChoice.DENY, message="Not on a Sunday."))
    assert c.send("call test_tools__pid")
    call = c.call()
    assert call.is_error and call.output is not None
    assert json.loads(call.output) == {
        "error": "The user denied the call of pid (Test tools).",
        "message": "Not on a Sunday.",
    }
    assert "Not on a Sunday." in c.vm.messages.messages[-1].text
    assert c.manager.status(server.id).state.value == "running", "listed, but pid never ran"


def test_closing_the_question_unanswered_denies_the_call(chat: Any, server: McpServer) -> None:
    c = chat(helper(server))
    c.vm.tool_approvals = Person(None)
    assert c.send("call test_tools__add")
    assert c.call().is_error and "denied" in (c.call().output or "")


@pytest.mark.parametrize("backend", BACKENDS)
def test_edited_arguments_are_the_ones_that_run(chat: Any, server: McpServer, backend: Backend) -> None:
    c = chat(helper(server), backend)
    c.vm.tool_approvals = Person(ApprovalAnswer(ApprovalChoice.ONCE, arguments='{"a": 20, "b": 22}'))
    assert c.send("call test_tools__add")
    call = c.call()
    assert (call.arguments, call.output) == ('{"a": 20, "b": 22}', "42")
    assert "returned: 42" in c.vm.messages.messages[-1].text


def test_allow_for_this_thread_asks_no_more_in_the_thread_only(chat: Any, server: McpServer) -> None:
    c = chat(helper(server))
    person = c.vm.tool_approvals = Person(ApprovalAnswer(ApprovalChoice.THREAD), ONCE)
    assert c.send("call test_tools__add")
    assert c.send("call test_tools__add again")
    assert len(person.asked) == 1 and c.call().output == "2"
    c.vm.new_thread()
    assert c.send("call test_tools__add")
    assert len(person.asked) == 2, "a new thread asks again"


def test_always_allow_is_saved_in_the_assistants_grant(chat: Any, server: McpServer) -> None:
    c = chat(helper(server))
    person = c.vm.tool_approvals = Person(ApprovalAnswer(ApprovalChoice.ALWAYS))
    saved: list[AssistantDefinition] = []
    c.vm.assistantSaved.connect(saved.append)
    assert c.send("call test_tools__add")
    stored = run_coro(c.qtbot, c.vm.session.store.run(lambda s: s.assistants.get("asst-mcp")))
    assert stored.mcp_tools[0].approval == {"add": Approval.ALWAYS_ALLOW}
    assert stored.tools == (), "the offered MCP tools are not saved as the assistant's own functions"
    assert saved == [stored] and c.vm.assistant == stored
    c.vm.new_thread()
    assert c.send("call test_tools__add")
    assert len(person.asked) == 1 and c.call().output == "2"


def test_read_only_tools_run_without_asking_when_the_grant_says_so(chat: Any, server: McpServer) -> None:
    c = chat(helper(server, read_only_without_asking=True))
    person = c.vm.tool_approvals = Person(ONCE)
    assert c.send("call test_tools__add")  # annotated readOnlyHint
    assert person.asked == [] and c.call().output == "2"
    assert c.send("call test_tools__pid")  # not read-only: asked
    assert len(person.asked) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_server_that_crashes_mid_call_is_a_tool_error_and_the_next_call_works(
    chat: Any, server: McpServer, backend: Backend
) -> None:
    c = chat(helper(server, approval={"crash": Approval.ALWAYS_ALLOW, "add": Approval.ALWAYS_ALLOW}), backend)
    assert c.send("call test_tools__crash")
    call = c.call()
    assert call.is_error and "stopped while running “crash”" in (call.output or "")
    assert c.vm.messages.messages[-1].status is MessageStatus.COMPLETED, "the reply went on"
    assert "stopped while running" in c.vm.messages.messages[-1].text, "the model read the error"
    assert c.send("call test_tools__add")
    assert c.call().output == "2", "the server started again"


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_call_that_times_out_is_a_tool_error(chat: Any, server: McpServer, backend: Backend) -> None:
    c = chat(helper(server, approval={"sleep": Approval.ALWAYS_ALLOW}), backend, call_timeout=0.5)
    assert c.send("call test_tools__sleep")  # sleeps 1.5 s
    call = c.call()
    assert call.is_error and "did not answer within 0.5 s" in (call.output or "")
    assert not c.vm.streaming


@pytest.mark.parametrize("backend", BACKENDS)
def test_stop_during_a_call_ends_the_reply_within_a_second(
    chat: Any, server: McpServer, backend: Backend
) -> None:
    c = chat(helper(server), backend)
    c.vm.tool_approvals = Person(ApprovalAnswer(ApprovalChoice.ONCE, arguments='{"seconds": 30}'))
    task = c.vm.start(c.vm.send("call test_tools__sleep"))
    c.qtbot.waitUntil(lambda: c.vm.status.startswith("Running sleep"), timeout=20_000)
    started = time.monotonic()
    run_coro(c.qtbot, c.vm.stop(), timeout=5_000)
    c.qtbot.waitUntil(task.done, timeout=5_000)
    assert time.monotonic() - started < 1.0
    assert c.vm.messages.messages[-1].status is MessageStatus.CANCELLED and not c.vm.streaming


def test_a_server_that_cannot_start_is_named_and_the_reply_goes_on(chat: Any, tmp_path: Path) -> None:
    broken = stdio_server(name="Broken", cwd=str(tmp_path / "missing"))
    SERVERS[broken.id] = broken
    c = chat(helper(broken))
    c.vm.tool_approvals = Person()
    assert c.send("Hello")
    assert "Broken" in c.vm.notice
    assert c.vm.messages.messages[-1].status is MessageStatus.COMPLETED


# --- remote MCP through the Responses API ------------------------------------------------------------


def remote_helper(url: str, **fields: Any) -> AssistantDefinition:
    server = RemoteMcpServer(server_label="calc", server_url=url, **fields)
    return AssistantDefinition(id="asst-remote", name="Remote", model="gpt-4.1-mini", remote_mcp=(server,))


@pytest.fixture(name="remote_chat")
def remote_chat_fixture(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> Iterator[Any]:
    opened: list[ChatViewModel] = []

    def open_chat(definition: AssistantDefinition) -> ChatViewModel:
        vm = make_chat(qtbot, local_api, tmp_path / f"remote{len(opened)}.sqlite3", definition)
        opened.append(vm)
        return vm

    yield open_chat
    for vm in opened:
        close_chat(qtbot, vm)


def mcp_parts(vm: ChatViewModel) -> list[ToolCallPart]:
    return [p for p in vm.messages.messages[-1].parts if isinstance(p, ToolCallPart) and p.kind == "mcp"]


def test_a_remote_mcp_call_is_approved_in_the_same_dialog_and_runs(
    qtbot: Any, remote_chat: Any, mcp_http_url: str
) -> None:
    vm = remote_chat(remote_helper(mcp_http_url))
    person = vm.tool_approvals = Person(ONCE)
    assert run_coro(qtbot, vm.send("Please add two numbers"), timeout=30_000)
    [request] = person.asked
    assert (request.server_name, request.tool_name, request.remote) == ("calc", "add", True)
    assert json.loads(request.arguments) == {"a": 1, "b": 1}
    listing, call = mcp_parts(vm)
    assert (listing.server, listing.tool, listing.is_error) == ("calc", "", False)
    assert {"add", "pid", "sleep"} <= set(listing.output.split(", "))  # type: ignore[union-attr]
    assert (call.server, call.tool, call.output, call.is_error) == ("calc", "add", "2", False)
    reply = vm.messages.messages[-1]
    assert reply.status is MessageStatus.COMPLETED and "`add` returned: 2" in reply.text
    history = [p for m in server_messages(qtbot, vm) for p in m.parts if isinstance(p, ToolCallPart)]
    assert [(p.server, p.tool, p.output) for p in history if p.kind == "mcp"][-1] == ("calc", "add", "2")


def test_a_denied_remote_mcp_call_sends_the_reason(qtbot: Any, remote_chat: Any, mcp_http_url: str) -> None:
    vm = remote_chat(remote_helper(mcp_http_url))
    vm.tool_approvals = Person(ApprovalAnswer(ApprovalChoice.DENY, message="not now"))
    assert run_coro(qtbot, vm.send("Please add two numbers"), timeout=30_000)
    _listing, request = mcp_parts(vm)
    assert request.is_error and request.output == "Denied. not now"
    assert "the call was declined (not now)." in vm.messages.messages[-1].text


def test_a_remote_server_that_needs_no_approval_runs_without_asking(
    qtbot: Any, remote_chat: Any, mcp_http_url: str
) -> None:
    vm = remote_chat(remote_helper(mcp_http_url, require_approval="never"))
    person = vm.tool_approvals = Person()
    assert run_coro(qtbot, vm.send("Please add two numbers"), timeout=30_000)
    assert person.asked == [] and mcp_parts(vm)[-1].output == "2"


def test_arguments_the_server_refuses_are_a_tool_error_the_model_reads(chat: Any, server: McpServer) -> None:
    c = chat(helper(server))
    c.vm.tool_approvals = Person(ApprovalAnswer(ApprovalChoice.ONCE, arguments='{"a": "one", "b": 1}'))
    assert c.send("call test_tools__add")
    call = c.call()
    assert call.is_error and (call.output or "").startswith("Error:")
    assert c.vm.messages.messages[-1].status is MessageStatus.COMPLETED
    assert "`test_tools__add` returned: Error:" in c.vm.messages.messages[-1].text
