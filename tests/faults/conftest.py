"""The fault-injection suite's pieces: a key read the way the app reads one, the log file in the isolated
home, the misbehaving proxy in front of the session's local API, and a chat view-model wired like the app's
(a real profile with a short timeout, its key from the environment, the store in the data folder)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backends.fail import Keyring as NoKeyring

from belugadesk.credentials import ApiKeys
from belugadesk.domain.models import Backend
from belugadesk.domain.redaction import unregister_secret
from belugadesk.logging_setup import configure_logging
from belugadesk.settings import AppPaths, Profile
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from tests.faults.proxy import Proxy
from tests.support import logging_restored, run_coro
from tests.viewmodels.chat.chat_support import assistant, close_chat

PROFILE_ID = "faults"


@pytest.fixture
def key() -> Iterator[str]:
    """An Azure-style key (32 hex digits: no ``sk-`` shape to give it away), made at run time."""
    value = secrets.token_hex(16)
    yield value
    unregister_secret(value)


@pytest.fixture
def paths(isolated_home: Path) -> AppPaths:
    return AppPaths.default().ensure()


@pytest.fixture
def log_file(paths: AppPaths) -> Iterator[Path]:
    """The app's rotating log in the isolated home's log folder, as ``Application.start`` sets it up."""
    with logging_restored():
        yield configure_logging(paths.log_dir)


@pytest.fixture
def proxy(local_api: Any) -> Iterator[Proxy]:
    with Proxy(local_api.base_url) as p:
        yield p


class Chats:
    """Opens chats whose profile talks to the proxy with ``key``; :meth:`close_all` closes them (and their
    store, so everything they wrote is on disk before the test looks for the key in the files)."""

    def __init__(self, qtbot: Any, proxy: Proxy, key: str, paths: AppPaths, backend: Backend) -> None:
        self.qtbot, self.proxy, self.key, self.paths, self.backend = qtbot, proxy, key, paths, backend
        self.opened: list[ChatViewModel] = []

    def open(self, *, timeout_s: float = 5.0, max_retries: int = 0) -> ChatViewModel:
        from belugadesk.services.connections import Connections
        from belugadesk.services.demo_server import DemoServer
        from belugadesk.services.thread_log import StoreThreadLog
        from belugadesk.store import AsyncStore

        profile = Profile(
            id=PROFILE_ID,
            name="Faulty server",
            kind="openai",  # a proxy to OpenAI: the environment's OpenAI key is read for it
            base_url=self.proxy.base_url,
            timeout_s=timeout_s,
            max_retries=max_retries,
            backend=self.backend,
        )
        keys = ApiKeys(NoKeyring(), environ={"OPENAI_API_KEY": self.key})  # read as the app reads it
        helper = assistant()
        paths = self.paths

        async def open_session() -> Session:
            store = await AsyncStore.open(paths.database_path)
            await store.run(lambda s: s.assistants.save(helper))
            connections = Connections(keys, DemoServer(None))  # the app's own way to a profile's backend
            return Session(
                store,
                connections.factory_for(profile, StoreThreadLog(store)),
                profile_id=profile.id,
                profile_name=profile.name,
                backend_kind=profile.backend,
            )

        vm = ChatViewModel(run_coro(self.qtbot, open_session(), timeout=20_000))
        vm.set_assistant(helper)
        self.opened.append(vm)
        return vm

    def close_all(self) -> None:
        while self.opened:
            close_chat(self.qtbot, self.opened.pop())


@pytest.fixture(params=list(Backend), ids=[b.value for b in Backend])
def backend(request: pytest.FixtureRequest) -> Backend:
    return Backend(request.param)


@pytest.fixture
def reply_route(backend: Backend) -> str:
    """The path of the request that starts a streamed reply."""
    return {
        Backend.RESPONSES: r"^/v1/responses$",
        Backend.ASSISTANTS: r"^/v1/threads/[^/]+/runs$",
        Backend.CHAT_COMPLETIONS: r"^/v1/chat/completions$",
    }[backend]


@pytest.fixture
def cut_after(backend: Backend) -> int:
    """How many server-sent events to relay before a fault so that six text deltas arrived."""
    # Responses: created, in_progress, item added, part added; Assistants: run created, queued,
    # in_progress, step created, step in_progress, message created, message in_progress; Chat
    # Completions: the chunk with the role
    return {Backend.RESPONSES: 4 + 6, Backend.ASSISTANTS: 7 + 6, Backend.CHAT_COMPLETIONS: 1 + 6}[backend]


@pytest.fixture
def chats(
    qtbot: Any, loop: Any, proxy: Proxy, key: str, paths: AppPaths, log_file: Path, backend: Backend
) -> Iterator[Chats]:
    opened = Chats(qtbot, proxy, key, paths, backend)
    yield opened
    opened.close_all()
