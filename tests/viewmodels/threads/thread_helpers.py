"""Shared set-up for the thread tests: a real SQLite store, a Session whose backend talks to the local API
through the real SDK, and a few ways to fill the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from belugadesk.domain.models import (
    AssistantDefinition,
    Backend,
    ConnectionConfig,
    Message,
    Thread,
    utcnow,
)
from belugadesk.store import AsyncStore, Store
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from tests.support import run_coro

PROFILE_ID = "profile-test"
ASSISTANT = AssistantDefinition(id="asst-local-1", name="Whale expert", model="gpt-4.1-mini")
OTHER_ASSISTANT = AssistantDefinition(id="asst-local-2", name="Code helper", model="gpt-4.1-mini")


def make_session(store: AsyncStore, base_url: str, *, profile_id: str = PROFILE_ID) -> Session:
    async def factory() -> Any:
        from belugadesk.bridge.factory import build_backend

        # no retries: a fault injected once is the answer the app sees
        config = ConnectionConfig(base_url=base_url, api_key=SecretStr("sk-local-test-key"), max_retries=0)
        return build_backend(config, profile_id=profile_id)

    return Session(store, factory, profile_id=profile_id, profile_name="Test", backend_kind=Backend.RESPONSES)


@pytest.fixture
def store(qtbot: Any, loop: Any, tmp_path: Path) -> Iterator[AsyncStore]:
    opened = run_coro(qtbot, AsyncStore.open(tmp_path / "data" / "belugadesk.sqlite3"))

    def seed(s: Store) -> None:
        s.assistants.save(ASSISTANT)
        s.assistants.save(OTHER_ASSISTANT)

    run_coro(qtbot, opened.run(seed))
    yield opened
    run_coro(qtbot, opened.close())


@pytest.fixture
def session(qtbot: Any, store: AsyncStore, local_api: Any) -> Iterator[Session]:
    made = make_session(store, local_api.base_url)
    yield made
    local_api.faults.clear()
    run_coro(qtbot, made.aclose())


def chat_and_thread_list(qtbot: Any, session: Session) -> tuple[ChatViewModel, ThreadListViewModel]:
    """A chat and a thread list over ``session``, wired as the app wires them, the list loaded."""
    chat = ChatViewModel(session)
    threads = ThreadListViewModel(session)
    chat.threadSaved.connect(threads.thread_saved)
    run_coro(qtbot, threads.refresh())
    return chat, threads


def add_thread(
    qtbot: Any,
    store: AsyncStore,
    title: str,
    *,
    updated: datetime | None = None,
    texts: tuple[str, ...] = (),
    **fields: Any,
) -> Thread:
    """A thread with user/assistant messages alternating through ``texts``, stored directly."""
    fields.setdefault("profile_id", PROFILE_ID)
    fields.setdefault("assistant_id", ASSISTANT.id)
    thread = Thread(title=title, updated_at=updated or utcnow(), **fields)
    messages = [
        Message.user(t) if i % 2 == 0 else Message.assistant(t, model="gpt-4.1-mini")
        for i, t in enumerate(texts)
    ]

    def save(s: Store) -> Thread:
        s.threads.create(thread)
        s.messages.append_many(thread.id, messages)
        return thread

    return run_coro(qtbot, store.run(save))


def days_ago(days: float) -> datetime:
    return utcnow() - timedelta(days=days)


def server_client(local_api: Any) -> Any:
    """A plain synchronous SDK client, to change things on the server behind the app's back."""
    import openai

    return openai.OpenAI(base_url=local_api.base_url, api_key="sk-local-test-key", max_retries=0)


def chat_thread(qtbot: Any, chat: Any, *texts: str) -> Thread:
    """Send ``texts`` through a ChatViewModel (the real bridge creates the conversation); the thread."""
    chat.set_assistant(ASSISTANT)
    for text in texts:
        assert run_coro(qtbot, chat.send(text), timeout=20_000), chat.error
    assert chat.thread is not None
    return chat.thread


class ScriptedAnswers:
    """The person, answering the thread flows' questions as scripted; ``asked`` records every question."""

    def __init__(
        self,
        *,
        confirm: bool = True,
        local_only: bool = False,
        remote_id: str | None = None,
        path: Path | None = None,
    ) -> None:
        self.confirm, self.local_only, self.id, self.path = confirm, local_only, remote_id, path
        self.asked: list[str] = []
        self.problems: list[tuple[str, str]] = []

    async def confirm_delete(self, thread: Thread) -> bool:
        self.asked.append(f"delete {thread.title}?")
        return self.confirm

    async def offer_local_delete(self, thread: Thread, reason: str) -> bool:
        self.asked.append(f"local only? {reason}")
        return self.local_only

    async def show_problem(self, title: str, text: str) -> None:
        self.problems.append((title, text))

    async def remote_id(self, backend: Backend) -> str | None:
        self.asked.append(f"which {backend.value} id?")
        return self.id

    async def export_path(self, thread: Thread, fmt: str) -> Path | None:
        self.asked.append(f"export {thread.title} as {fmt} where?")
        return self.path

    async def import_path(self) -> Path | None:
        self.asked.append("import which file?")
        return self.path
