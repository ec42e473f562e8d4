"""The chat on the Chat Completions backend: the real SDK over loopback HTTP to the local API's
``/v1/chat/completions``, a real SQLite store (the thread's only copy), the real chat view-model.

Stop, retry, regenerate and resume after a restart run on this backend in ``test_chat_stop.py`` and
``test_chat_retry_sync.py`` (parametrized by backend); the faults in ``tests/faults``.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from belugadesk.domain.models import (
    AssistantDefinition,
    Backend,
    CodeInterpreterTool,
    FileSearchTool,
    FunctionTool,
    Message,
    MessageStatus,
    Role,
    Thread,
    ToolCallPart,
)
from belugadesk.viewmodels.chat.attachments import UploadState
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.threads.actions import ThreadActionsViewModel
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from belugadesk.viewmodels.threads.resume import ThreadResumeViewModel
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import WEATHER, close_chat, make_chat, stored_messages

TIDE = FunctionTool(
    name="get_tide",
    description="The tide at a harbour",
    parameters={"type": "object", "properties": {"city": {"type": "string"}}},
)
#: a 1×1 transparent PNG
PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def cc_assistant(*tools: FunctionTool, instructions: str = "") -> AssistantDefinition:
    return AssistantDefinition(
        id="asst-cc", name="Local", model="gpt-4.1-mini", instructions=instructions, tools=tools
    )


def open_chat(qtbot: Any, local_api: Any, tmp_path: Path, helper: AssistantDefinition, **kwargs: Any) -> Any:
    return make_chat(
        qtbot, local_api, tmp_path / "chat.sqlite3", helper, backend=Backend.CHAT_COMPLETIONS, **kwargs
    )


def send(qtbot: Any, vm: ChatViewModel, text: str) -> bool:
    return bool(run_coro(qtbot, vm.send(text), timeout=20_000))


def test_a_reply_streams_with_its_usage_and_the_history_goes_with_each_turn(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    vm = open_chat(qtbot, local_api, tmp_path, cc_assistant(instructions="Answer like a beluga."))
    try:
        assert send(qtbot, vm, "hello there")
        assert vm.thread is not None and vm.thread.backend is Backend.CHAT_COMPLETIONS
        assert vm.thread.remote_id is not None and vm.thread.remote_id.startswith("chat_")
        first = vm.messages.messages[-1]
        assert first.status is MessageStatus.COMPLETED and "You asked: **hello there**" in first.text
        # the local API counts words: the system message (4) and the question (2)
        assert first.usage is not None and first.usage.input_tokens == 6 and first.usage.output_tokens > 50
        assert send(qtbot, vm, "and again")
        second = vm.messages.messages[-1]
        assert second.usage is not None
        # the second request carried the system message, the first turn and the new question
        words = 4 + 2 + len(first.text.split()) + 2
        assert second.usage.input_tokens == words
        assert [m.usage for m in stored_messages(qtbot, vm) if m.role is Role.ASSISTANT] == [
            first.usage,
            second.usage,
        ]
        assert vm.notice == ""
    finally:
        close_chat(qtbot, vm)


def test_parallel_tool_calls_are_answered_in_one_round(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    vm = open_chat(qtbot, local_api, tmp_path, cc_assistant(WEATHER, TIDE))
    try:
        asked: list[ToolCallPart] = []
        vm.toolCallPending.connect(asked.append)
        task = vm.start(vm.send("call get_weather and get_tide for Oslo"))
        qtbot.waitUntil(lambda: len(asked) == 1, timeout=20_000)
        vm.answer_tool_call(asked[0].call_id, '{"temperature": 3}')
        qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
        vm.answer_tool_call(asked[1].call_id, '{"high": "14:02"}')
        qtbot.waitUntil(task.done, timeout=20_000)
        assert task.result() is True
        assert [c.name for c in asked] == ["get_weather", "get_tide"]
        reply = vm.messages.messages[-1]
        assert reply.status is MessageStatus.COMPLETED
        calls = [p for p in reply.parts if isinstance(p, ToolCallPart)]
        assert [(c.name, c.output) for c in calls] == [
            ("get_weather", '{"temperature": 3}'),
            ("get_tide", '{"high": "14:02"}'),
        ]
        assert "`get_weather` returned" in reply.text and "`get_tide` returned" in reply.text
        # the next turn sends the answered calls back as history (the server refuses a call left open)
        assert send(qtbot, vm, "thanks")
        assert vm.messages.messages[-1].status is MessageStatus.COMPLETED
    finally:
        close_chat(qtbot, vm)


def test_an_image_goes_with_the_message_and_other_files_are_refused(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    picture = tmp_path / "pixel.png"
    picture.write_bytes(PIXEL_PNG)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    vm = open_chat(qtbot, local_api, tmp_path, cc_assistant())
    try:
        assert vm.attachments.images_only
        # the other file is refused before anything is sent, with the sentence why
        with qtbot.waitSignal(vm.attachments.rejected) as refused:
            keys = vm.attachments.add_files([picture, notes])
        assert refused.args == [
            "notes.txt cannot be attached here: a Chat Completions server takes pictures only (PNG, JPEG, GIF"
            " or WebP), sent with the message."
        ]
        assert [a.name for a in vm.attachments.model.items] == ["pixel.png"] and len(keys) == 1
        qtbot.waitUntil(lambda: not vm.attachments.uploading, timeout=20_000)
        assert vm.attachments.model.items[0].state is UploadState.UPLOADED
        assert (
            vm.attachments.model.data(vm.attachments.model.index(0)) == "pixel.png — 70 bytes — image — ready"
        )
        assert send(qtbot, vm, "what is in this picture?")
        assert "I can see the 1 image you sent." in vm.messages.messages[-1].text
        # the image stays part of the history: the next turn sends it again
        assert send(qtbot, vm, "and now?")
        usage = vm.messages.messages[-1].usage
        assert usage is not None and usage.input_tokens > 85
    finally:
        close_chat(qtbot, vm)


def test_a_thread_longer_than_the_budget_leaves_out_its_oldest_turns_and_says_so(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    helper = cc_assistant(instructions="Answer like a beluga.")
    vm = open_chat(qtbot, local_api, tmp_path, helper, context_budgets={"gpt-4.1-mini": 150})
    try:
        notices: list[str] = []
        vm.noticeChanged.connect(notices.append)
        assert send(qtbot, vm, "first question")
        assert send(qtbot, vm, "second question")
        assert vm.notice == ""
        for n in range(3, 7):
            assert send(qtbot, vm, f"question number {n}")
        assert "older messages were left out" in vm.notice and "150 tokens" in vm.notice
        reply = vm.messages.messages[-1]
        assert "You asked: **question number 6**" in reply.text, "the newest question is always sent"
        assert reply.usage is not None
        # the request held less than the whole thread: the system message and the newest turns
        everything = 4 + sum(len(m.text.split()) for m in vm.messages.messages[:-1])
        assert reply.usage.input_tokens < everything
        assert len(stored_messages(qtbot, vm)) == 12, "nothing is dropped from the thread itself"
        vm.new_thread()
        assert vm.notice == "" and notices[-1] == ""
    finally:
        close_chat(qtbot, vm)


def test_a_thread_of_another_api_is_read_only_but_its_export_imports_as_a_thread_that_goes_on(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    vm = open_chat(qtbot, local_api, tmp_path, cc_assistant())
    threads = ThreadListViewModel(vm.session)
    actions = ThreadActionsViewModel(vm.session, threads, vm)
    resume = ThreadResumeViewModel(vm.session, vm, threads)
    try:
        made_elsewhere = Thread(
            remote_id="conv_elsewhere", backend=Backend.RESPONSES, profile_id="test", title="Elsewhere"
        )

        def add(s: Any) -> None:
            s.threads.create(made_elsewhere)
            s.messages.append_many(
                made_elsewhere.id,
                [Message.user("Hello from Responses", remote_id="msg_1"), Message.assistant("Hi there")],
            )

        run_coro(qtbot, vm.session.store.run(add))
        # switching the thread to this profile's API is refused, with a sentence
        run_coro(qtbot, resume.open(made_elsewhere))
        assert (
            "made with the Responses API" in resume.notice
            and "uses the Chat Completions API" in resume.notice
        )
        assert not send(qtbot, vm, "can I go on here?")
        assert vm.error == resume.notice
        # its export imports as a Chat Completions thread of this profile, which goes on
        exported = tmp_path / "elsewhere.json"
        assert run_coro(qtbot, actions.export(made_elsewhere, exported, "json"))
        imported = run_coro(qtbot, actions.import_file(exported))
        assert imported is not None, actions.error
        assert imported.backend is Backend.CHAT_COMPLETIONS and imported.profile_id == "test"
        assert imported.remote_id is not None and imported.remote_id.startswith("chat_")
        run_coro(qtbot, resume.open(imported))
        assert resume.notice == "" and vm.read_only_reason == ""
        assert send(qtbot, vm, "go on")
        reply = vm.messages.messages[-1]
        assert reply.status is MessageStatus.COMPLETED and "You asked: **go on**" in reply.text
        assert reply.usage is not None and reply.usage.input_tokens == 3 + 2 + 2, "the imported history went"
    finally:
        close_chat(qtbot, vm)


def test_hosted_tools_are_left_out_and_the_chat_says_so(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    helper = cc_assistant().model_copy(update={"tools": (FileSearchTool(), CodeInterpreterTool(), WEATHER)})
    vm = open_chat(qtbot, local_api, tmp_path, helper, context_budgets={"gpt-4.1-mini": 30})
    try:
        assert send(qtbot, vm, "hello")
        assert vm.messages.messages[-1].status is MessageStatus.COMPLETED
        tools_left_out = (
            "This reply was written without the code interpreter and file search: Chat Completions servers "
            "do not offer them. Use a profile on the Responses or Assistants API for them."
        )
        assert vm.notice == tools_left_out
        assert send(qtbot, vm, "hello again")
        trimmed, _, rest = vm.notice.partition(" " + tools_left_out)
        assert "left out of this reply" in trimmed and rest == "", "both notices, once each"
    finally:
        close_chat(qtbot, vm)


def test_reopening_a_thread_reads_only_the_store_which_is_its_only_copy(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path
) -> None:
    vm = open_chat(qtbot, local_api, tmp_path, cc_assistant())
    threads = ThreadListViewModel(vm.session)
    resume = ThreadResumeViewModel(vm.session, vm, threads)
    try:
        assert send(qtbot, vm, "one") and send(qtbot, vm, "two")
        thread = vm.thread
        assert thread is not None
        before = stored_messages(qtbot, vm)
        reloaded: list[str] = []
        resume.historyReloaded.connect(reloaded.append)
        vm.new_thread()
        run_coro(qtbot, resume.open(thread))
        assert resume.notice == "" and reloaded == [], "no server history merged into the store"
        assert stored_messages(qtbot, vm) == before, "not a row rewritten"
        assert [m.text for m in vm.messages.messages] == [m.text for m in before]
        assert send(qtbot, vm, "three")
        assert len(stored_messages(qtbot, vm)) == 6
    finally:
        close_chat(qtbot, vm)
