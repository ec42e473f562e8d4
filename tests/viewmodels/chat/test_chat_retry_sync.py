"""Retry and Regenerate continue from what the server holds: after each of them, after a stop and after a
restart, the view, the store and the server hold the question once and one reply (both backends)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Backend, MessageStatus
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from belugadesk.viewmodels.threads.resume import ThreadResumeViewModel
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import (
    BACKENDS,
    RUN_PATHS,
    assert_in_agreement,
    close_chat,
    faults_fixture,  # noqa: F401  (the faults fixture)
    make_chat,
    server_messages,
)

QUESTION = "tell me about belugas"
MID_REPLY = 14  # server-sent events before the fault: the reply has started writing


def one_turn(said: list[tuple[str, str]]) -> None:
    assert [role for role, _ in said] == ["user", "assistant"], said
    assert said[0][1] == QUESTION
    assert said[1][1].endswith("That is all the scripted assistant knows."), "the whole reply"


class App:
    """The chat view-model of a running app over one database file; ``restart`` closes it and opens the
    file again in a fresh one that resumes the thread (the server's history merged into the store)."""

    def __init__(self, qtbot: Any, local_api: Any, db: Path, backend: Backend) -> None:
        self.qtbot, self.local_api, self.db = qtbot, local_api, db
        self.vm = make_chat(qtbot, local_api, db, backend=backend)

    def restart(self) -> ChatViewModel:
        thread = self.vm.thread
        assert thread is not None
        backend = self.vm.session.backend_kind
        close_chat(self.qtbot, self.vm)
        self.vm = make_chat(self.qtbot, self.local_api, self.db, backend=backend)
        resume = ThreadResumeViewModel(self.vm.session, self.vm, ThreadListViewModel(self.vm.session))
        run_coro(self.qtbot, resume.open(thread), timeout=20_000)
        assert resume.notice == ""
        return self.vm


@pytest.fixture(params=BACKENDS, ids=[b.value for b in BACKENDS])
def app(qtbot: Any, loop: Any, local_api: Any, faults: Any, tmp_path: Path, request: Any) -> Iterator[App]:
    running = App(qtbot, local_api, tmp_path / "chat.sqlite3", Backend(request.param))
    yield running
    close_chat(qtbot, running.vm)


def send(qtbot: Any, vm: ChatViewModel, text: str) -> bool:
    return bool(run_coro(qtbot, vm.send(text), timeout=20_000))


def test_retry_after_a_broken_stream_asks_once_and_keeps_one_reply(qtbot: Any, app: App, faults: Any) -> None:
    vm = app.vm
    faults.add_cut("POST", RUN_PATHS[vm.session.backend_kind], "drop", after_chunks=MID_REPLY)
    assert send(qtbot, vm, QUESTION)
    broken = vm.messages.messages[-1]
    assert broken.status is not MessageStatus.COMPLETED and broken.text, "a partial reply"
    assert vm.can_retry(broken.id)
    assert run_coro(qtbot, vm.retry(broken.id), timeout=20_000)
    assert vm.messages.messages[-1].status is MessageStatus.COMPLETED
    one_turn(assert_in_agreement(qtbot, vm))
    assert not vm.can_retry(vm.messages.messages[-1].id), "a completed reply is regenerated, not retried"
    one_turn(assert_in_agreement(qtbot, app.restart()))


def test_regenerate_replaces_the_reply_on_the_server_too(qtbot: Any, app: App) -> None:
    vm = app.vm
    assert send(qtbot, vm, QUESTION)
    old = vm.messages.messages[-1]
    assert run_coro(qtbot, vm.regenerate(), timeout=20_000)
    new = vm.messages.messages[-1]
    one_turn(assert_in_agreement(qtbot, vm))
    remote_ids = [m.remote_id for m in server_messages(qtbot, vm)]
    assert new.remote_id in remote_ids and old.remote_id not in remote_ids
    assert old.usage is not None and new.usage is not None
    assert new.usage.input_tokens == old.usage.input_tokens, "the model did not see the discarded reply"
    one_turn(assert_in_agreement(qtbot, app.restart()))


def test_retry_after_a_stop_asks_once_and_keeps_one_reply(qtbot: Any, app: App, faults: Any) -> None:
    vm = app.vm
    faults.add_cut("POST", RUN_PATHS[vm.session.backend_kind], "stall", after_chunks=MID_REPLY)
    task = vm.start(vm.send(QUESTION))
    qtbot.waitUntil(
        lambda: len(vm.messages.messages) == 2 and bool(vm.messages.messages[1].text), timeout=20_000
    )
    vm.request_stop()
    qtbot.waitUntil(task.done, timeout=20_000)
    stopped = vm.messages.messages[-1]
    assert stopped.status is MessageStatus.CANCELLED
    assert len(assert_in_agreement(qtbot, vm)) == 2
    vm = app.restart()
    assert [m.text for m in vm.messages.messages] == [QUESTION, stopped.text], "merged, not repeated"
    assert len(assert_in_agreement(qtbot, vm)) == 2
    stopped = vm.messages.messages[-1]
    assert vm.can_retry(stopped.id), "it is still marked stopped after the restart"
    assert run_coro(qtbot, vm.retry(stopped.id), timeout=20_000)
    one_turn(assert_in_agreement(qtbot, vm))
    one_turn(assert_in_agreement(qtbot, app.restart()))


def test_regenerate_refused_by_the_server_leaves_the_question_with_a_retry(
    qtbot: Any, app: App, faults: Any
) -> None:
    vm = app.vm
    assert send(qtbot, vm, QUESTION)
    faults.add("POST", RUN_PATHS[vm.session.backend_kind], 500)
    assert not run_coro(qtbot, vm.regenerate(), timeout=20_000)
    failed = vm.messages.messages[-1]
    assert failed.status is MessageStatus.FAILED and failed.error and vm.can_retry(failed.id)
    assert assert_in_agreement(qtbot, vm) == [("user", QUESTION)]
    assert run_coro(qtbot, vm.retry(failed.id), timeout=20_000)
    one_turn(assert_in_agreement(qtbot, vm))
