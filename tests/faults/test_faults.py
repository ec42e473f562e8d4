"""Fault injection: the real SDK and the chat view-model against a server that misbehaves.

Each test asserts what the user sees (the sentence), that nothing was lost (the user message and the partial
reply, in the view-model's list and in the store; the draft given back when the server never took the
message), and that the key is in no file under the isolated home (data, config, cache and log folders).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from belugadesk.bridge.errors import (
    STREAM_DROPPED_SENTENCE,
    STREAM_ENDED_EARLY_SENTENCE,
    STREAM_STALLED_SENTENCE,
    STREAM_UNREADABLE_SENTENCE,
    TIMEOUT_SENTENCE,
)
from belugadesk.domain.models import Backend, MessageStatus, Role
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.faults.conftest import Chats
from tests.faults.proxy import Proxy, Then
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import stored_messages

SHORT_TIMEOUT_S = 2.0  # the profile's request timeout where the server goes silent (room for a busy machine)


def send(qtbot: Any, vm: ChatViewModel, text: str) -> tuple[bool, list[str]]:
    """Send ``text``; whether it was taken, and the drafts the view-model gave back."""
    returned: list[str] = []
    vm.draftReturned.connect(returned.append)
    try:
        ok = bool(run_coro(qtbot, vm.send(text), timeout=30_000))
    finally:
        vm.draftReturned.disconnect(returned.append)
    return ok, returned


def files_containing(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def assert_key_in_no_file(chats: Chats, home: Path, key: str) -> None:
    chats.close_all()  # the store is closed: everything written is on disk
    assert home.is_dir() and any(home.rglob("*.log")) and any(home.rglob("*.sqlite3"))
    assert files_containing(home, key) == []


def assert_refused_and_given_back(qtbot: Any, vm: ChatViewModel, text: str, *, sentence_has: str) -> None:
    """The server never took ``text``: no row for it, the draft is given back, the error says why, and the
    server's copy of the thread does not hold it either."""
    before = [(m.role, m.text) for m in vm.messages.messages]
    ok, returned = send(qtbot, vm, text)
    assert not ok and returned == [text]
    assert sentence_has in vm.error, vm.error
    assert [(m.role, m.text) for m in vm.messages.messages] == before
    assert server_questions(qtbot, vm).count(text) == 0


def server_questions(qtbot: Any, vm: ChatViewModel) -> list[str]:
    """The user messages the server holds for the open thread, oldest first ([] when none was made)."""
    if vm.thread is None or not vm.thread.remote_id:
        return []
    remote_id = vm.thread.remote_id

    async def history() -> list[str]:
        backend = await vm.session.backend()
        texts: list[str] = []
        cursor: str | None = None
        while True:
            page = await backend.load_history(remote_id, cursor=cursor)
            texts += [m.text for m in page.messages if m.role is Role.USER]
            if not page.next_cursor:
                return texts
            cursor = page.next_cursor

    return list(run_coro(qtbot, history(), timeout=20_000))


def assert_partial_kept(
    qtbot: Any,
    vm: ChatViewModel,
    question: str,
    sentence: str,
    *,
    request_id: bool | None = True,
    status: MessageStatus = MessageStatus.FAILED,
) -> str:
    """The reply broke mid-way: the question and the partial reply stay, in the list and in the store.
    ``request_id``: the sentence names the request whose stream broke (None: not checked)."""
    user, reply = vm.messages.messages[-2:]
    assert user.role is Role.USER and user.text == question
    assert reply.role is Role.ASSISTANT and reply.status is status
    assert reply.error is not None and reply.error.startswith(sentence), reply.error
    if request_id is not None:
        assert ("(request id req_" in reply.error) is request_id
    assert reply.text.startswith("### About your") and len(reply.text) < 200  # six deltas arrived
    stored = stored_messages(qtbot, vm)
    assert [(m.role, m.text) for m in stored[-2:]] == [(Role.USER, question), (Role.ASSISTANT, reply.text)]
    assert stored[-1].error == reply.error
    assert server_questions(qtbot, vm).count(question) == 1, "the server holds the question, once"
    return reply.text


# --- errors before the reply --------------------------------------------------------------------------


def test_429_with_retry_after_says_when_to_try_again(
    qtbot: Any, chats: Chats, proxy: Proxy, isolated_home: Path, key: str, reply_route: str
) -> None:
    chat = chats.open()
    assert send(qtbot, chat, "first question")[0]
    proxy.respond(
        "POST", reply_route, 429, _error("Rate limit reached.", "requests"), headers={"retry-after": "7"}
    )
    assert_refused_and_given_back(
        qtbot,
        chat,
        "second question",
        sentence_has="The server is limiting requests (429). Try again in 7 s.",
    )
    assert "request id" not in chat.error  # the proxy sent none; the local API's own answers do
    assert send(qtbot, chat, "second question")[0]
    assert [m.text for m in chat.messages.messages if m.role is Role.USER] == [
        "first question",
        "second question",
    ]
    assert_key_in_no_file(chats, isolated_home, key)


def test_429_is_retried_after_the_wait_the_server_asked_for(
    qtbot: Any, chats: Chats, proxy: Proxy, reply_route: str
) -> None:
    chat = chats.open(max_retries=1)
    assert send(qtbot, chat, "warm up")[0]  # the conversation exists
    proxy.respond(
        "POST", reply_route, 429, _error("Rate limit reached.", "requests"), headers={"retry-after": "1"}
    )
    assert send(qtbot, chat, "patient question")[0]
    assert chat.error == "" and chat.messages.messages[-1].status is MessageStatus.COMPLETED
    replies = [path for method, path in proxy.requests if method == "POST" and re.match(reply_route, path)]
    assert len(replies) == 3 and proxy.pending == 0  # warm up, the 429, and the SDK's retry


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_say_try_again_and_give_the_draft_back(
    qtbot: Any, chats: Chats, local_api: Any, status: int, isolated_home: Path, key: str, reply_route: str
) -> None:
    chat = chats.open()
    local_api.faults.add("POST", reply_route, status)  # the local API's own fault mode, through the proxy
    assert_refused_and_given_back(
        qtbot,
        chat,
        "hello",
        sentence_has=f"The server had an internal error ({status}). Try again in a moment.",
    )
    assert "(request id req_" in chat.error
    assert send(qtbot, chat, "hello")[0]
    assert_key_in_no_file(chats, isolated_home, key)


def test_reset_before_the_first_byte_says_the_connection_was_closed(
    qtbot: Any, chats: Chats, proxy: Proxy, isolated_home: Path, key: str, reply_route: str
) -> None:
    chat = chats.open()
    assert send(qtbot, chat, "first question")[0]
    proxy.reset("POST", reply_route)
    assert_refused_and_given_back(
        qtbot, chat, "second", sentence_has="closed the connection before answering"
    )
    assert "Could not reach" not in chat.error
    assert send(qtbot, chat, "second")[0]
    assert_key_in_no_file(chats, isolated_home, key)


def test_a_hung_server_times_out_and_gives_the_draft_back(
    qtbot: Any, chats: Chats, proxy: Proxy, isolated_home: Path, key: str, reply_route: str
) -> None:
    chat = chats.open(timeout_s=SHORT_TIMEOUT_S)
    assert send(qtbot, chat, "first question")[0]
    proxy.hang("POST", reply_route)
    assert_refused_and_given_back(qtbot, chat, "are you there?", sentence_has=TIMEOUT_SENTENCE)
    assert len(stored_messages(qtbot, chat)) == 2  # the first exchange, nothing half-written
    assert_key_in_no_file(chats, isolated_home, key)


# --- the stream breaks mid-reply ----------------------------------------------------------------------

QUESTION = "tell me about belugas"


def break_the_stream(
    qtbot: Any, chats: Chats, proxy: Proxy, fault: tuple[str, int], then: Then, **kwargs: Any
) -> ChatViewModel:
    """Send ``QUESTION`` and let the proxy relay the reply's first events, then do ``then``; the message was
    taken (the reply row exists). ``fault`` is (reply route, events before the fault); ``kwargs`` go to
    ``chats.open`` (timeout_s) and ``cut_stream`` (garbage)."""
    route, after = fault
    chat = chats.open(timeout_s=kwargs.pop("timeout_s", 5.0))
    proxy.cut_stream("POST", route, after_events=after, then=then, **kwargs)
    assert send(qtbot, chat, QUESTION)[0]
    return chat


@pytest.fixture
def fault(reply_route: str, cut_after: int) -> tuple[str, int]:
    return reply_route, cut_after


def test_reset_mid_stream_says_the_connection_dropped_and_keeps_the_partial_reply(
    qtbot: Any, chats: Chats, proxy: Proxy, isolated_home: Path, key: str, fault: tuple[str, int]
) -> None:
    chat = break_the_stream(qtbot, chats, proxy, fault, "reset")
    assert_partial_kept(qtbot, chat, QUESTION, STREAM_DROPPED_SENTENCE)
    assert_key_in_no_file(chats, isolated_home, key)


def test_malformed_sse_says_the_reply_could_not_be_read(
    qtbot: Any, chats: Chats, proxy: Proxy, isolated_home: Path, key: str, fault: tuple[str, int]
) -> None:
    broken = b'event: message\ndata: {"delta": "the string never ends\n\n'  # invalid JSON
    chat = break_the_stream(qtbot, chats, proxy, fault, "garbage", garbage=broken)
    assert_partial_kept(qtbot, chat, QUESTION, STREAM_UNREADABLE_SENTENCE)
    assert "Unterminated string" in log_text(isolated_home)  # the parser's words: in the log, not the chat
    assert_key_in_no_file(chats, isolated_home, key)


def test_a_field_of_the_wrong_type_says_the_reply_could_not_be_read(
    qtbot: Any,
    chats: Chats,
    proxy: Proxy,
    isolated_home: Path,
    key: str,
    fault: tuple[str, int],
    backend: Backend,
) -> None:
    chat = break_the_stream(qtbot, chats, proxy, fault, "garbage", garbage=mistyped_delta_event(backend))
    assert_partial_kept(qtbot, chat, QUESTION, STREAM_UNREADABLE_SENTENCE)
    assert "a text delta that is not text" in log_text(isolated_home)  # the cause: in the log, not the chat
    assert_key_in_no_file(chats, isolated_home, key)


def test_a_stalled_stream_times_out_and_keeps_the_partial_reply(
    qtbot: Any, chats: Chats, proxy: Proxy, isolated_home: Path, key: str, fault: tuple[str, int]
) -> None:
    chat = break_the_stream(qtbot, chats, proxy, fault, "stall", timeout_s=SHORT_TIMEOUT_S)
    assert_partial_kept(qtbot, chat, QUESTION, STREAM_STALLED_SENTENCE)
    assert_key_in_no_file(chats, isolated_home, key)


def test_a_stream_that_ends_without_its_last_event_keeps_the_partial_reply(
    qtbot: Any, chats: Chats, proxy: Proxy, isolated_home: Path, key: str, fault: tuple[str, int]
) -> None:
    chat = break_the_stream(qtbot, chats, proxy, fault, "end")
    sentence = STREAM_ENDED_EARLY_SENTENCE
    assert_partial_kept(qtbot, chat, QUESTION, sentence, request_id=False, status=MessageStatus.INCOMPLETE)
    assert_key_in_no_file(chats, isolated_home, key)


# --- a server that echoes the key ---------------------------------------------------------------------


@pytest.mark.parametrize("status", [400, 402, 403])
def test_an_error_body_that_echoes_the_key_never_shows_or_stores_it(
    qtbot: Any, chats: Chats, local_api: Any, status: int, isolated_home: Path, key: str, reply_route: str
) -> None:
    chat = chats.open()
    body = _error(f"The key {key} is not valid for deployment 'prod' (key={key}).", "invalid_request_error")
    local_api.faults.add("POST", reply_route, status, body=body)
    assert_refused_and_given_back(qtbot, chat, "hello", sentence_has=f"({status})")
    assert key not in chat.error and "[REDACTED]" in chat.error and "deployment 'prod'" in chat.error
    assert_key_in_no_file(chats, isolated_home, key)


def test_an_error_event_mid_stream_that_echoes_the_key_is_redacted_everywhere(
    qtbot: Any,
    chats: Chats,
    proxy: Proxy,
    isolated_home: Path,
    key: str,
    fault: tuple[str, int],
    backend: Backend,
) -> None:
    garbage = error_event(backend, f"Key {key} was revoked.")
    chat = break_the_stream(qtbot, chats, proxy, fault, "garbage", garbage=garbage)
    error = chat.messages.messages[-1].error
    assert error is not None and error.startswith("The server reported an error: Key [REDACTED] was revoked.")
    assert_partial_kept(qtbot, chat, QUESTION, error, request_id=None)
    assert_key_in_no_file(chats, isolated_home, key)


@pytest.mark.parametrize("status", [400, 402, 403])
def test_connection_test_never_shows_an_echoed_key(
    qtbot: Any, loop: Any, proxy: Proxy, status: int, tmp_path: Path, isolated_home: Path, log_file: Path
) -> None:
    import secrets

    from belugadesk.domain.redaction import unregister_secret
    from belugadesk.viewmodels.settings.profile_form_vm import ProfileFormViewModel
    from belugadesk.viewmodels.settings.profile_services import AsyncKeys
    from tests.views.settings.helpers_settings import connection_tester, plaintext_store

    typed = secrets.token_hex(16)  # typed into the form, never read from a keyring
    try:
        form = ProfileFormViewModel(AsyncKeys(plaintext_store(tmp_path)), connection_tester())
        form.set_kind("compatible")
        form.set_value("base_url", proxy.base_url)
        form.set_key(typed)
        body = _error(f"Incorrect API key provided: {typed}.", "invalid_request_error")
        proxy.respond("GET", r"^/v1/models$", status, body)
        with qtbot.waitSignal(form.testFinished, timeout=20_000) as finished:
            form.request_test()
        ok, sentence = finished.args
        assert not ok and f"({status})" in sentence and typed not in sentence, sentence
        assert files_containing(isolated_home, typed) == []
    finally:
        unregister_secret(typed)


def mistyped_delta_event(backend: Backend) -> bytes:
    """A text delta whose text is not a string."""
    if backend is Backend.RESPONSES:
        data: dict[str, Any] = {
            "type": "response.output_text.delta",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": None,
            "logprobs": [],
            "sequence_number": 99,
        }
        return sse("response.output_text.delta", data)
    if backend is Backend.CHAT_COMPLETIONS:
        choice = {"index": 0, "delta": {"content": 5}, "finish_reason": None}
        chunk = {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [choice],
        }
        return f"data: {json.dumps(chunk)}\n\n".encode()
    text = {"index": 0, "type": "text", "text": {"value": 5, "annotations": []}}
    data = {"id": "msg_1", "object": "thread.message.delta", "delta": {"content": [text]}}
    return sse("thread.message.delta", data)


def error_event(backend: Backend, message: str) -> bytes:
    """The ``error`` event each API family sends mid-stream (as the local API sends it)."""
    error = {"message": message, "param": None, "code": "invalid_key"}
    if backend is Backend.RESPONSES:
        return sse("error", {"type": "error", "sequence_number": 99, **error})
    if backend is Backend.CHAT_COMPLETIONS:  # a data-only frame holding the error
        return f"data: {json.dumps({'error': {'type': 'invalid_request_error', **error}})}\n\n".encode()
    return sse("error", {"type": "invalid_request_error", **error})


def sse(event: str, data: dict[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


def log_text(home: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in home.rglob("*.log"))


def _error(message: str, kind: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}
