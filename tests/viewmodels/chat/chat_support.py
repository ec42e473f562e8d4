"""Builds a ChatViewModel over a real SQLite store and the real bridge + SDK talking to a local API."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import AssistantDefinition, Backend, ConnectionConfig, FunctionTool, Tool
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro

WEATHER = FunctionTool(
    name="get_weather",
    description="The weather in a city",
    parameters={"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)


def assistant(tools: Sequence[Tool] = (), *, name: str = "Tester") -> AssistantDefinition:
    return AssistantDefinition(id=f"asst-{name.lower()}", name=name, model="gpt-4.1-mini", tools=tuple(tools))


async def _open(
    db: Path, base_url: str, helper: AssistantDefinition, backend: Backend, budgets: dict[str, int]
) -> Session:
    from belugadesk.bridge.factory import build_backend
    from belugadesk.services.thread_log import StoreThreadLog
    from belugadesk.store import AsyncStore

    store = await AsyncStore.open(db)
    await store.run(lambda s: s.assistants.save(helper))

    async def factory() -> Any:
        return build_backend(
            ConnectionConfig(
                base_url=base_url, api_key="sk-test", max_retries=0, backend=backend, context_budgets=budgets
            ),
            profile_id="test",
            thread_log=StoreThreadLog(store),
        )

    return Session(store, factory, profile_id="test", profile_name="Test", backend_kind=backend)


def make_chat(
    qtbot: Any,
    server: Any,
    db: Path,
    helper: AssistantDefinition | None = None,
    *,
    backend: Backend = Backend.RESPONSES,
    context_budgets: dict[str, int] | None = None,
    **kwargs: Any,
) -> ChatViewModel:
    """A chat view-model with ``helper`` (default: a plain assistant) selected; closed at test end.
    ``context_budgets``: the profile's token budgets per model (Chat Completions)."""
    helper = helper or assistant()
    opening = _open(db, server.base_url, helper, backend, dict(context_budgets or {}))
    session = run_coro(qtbot, opening, timeout=20_000)
    vm = ChatViewModel(session, **kwargs)
    vm.set_assistant(helper)
    return vm


VIEWS: dict[int, list[Any]] = {}  # views opened over a view-model in a test, closed before it


def close_chat(qtbot: Any, vm: ChatViewModel) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    for view in VIEWS.pop(id(vm), []):
        view.close()
        view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    async def close() -> None:
        await vm.drafts.flush()
        await vm.wait_idle()
        await vm.images.wait_idle()
        await vm.session.aclose()
        await vm.session.store.close()

    run_coro(qtbot, close(), timeout=20_000)


def stored_messages(qtbot: Any, vm: ChatViewModel) -> list[Any]:
    assert vm.thread is not None
    thread_id = vm.thread.id
    return list(run_coro(qtbot, vm.session.store.run(lambda s: s.messages.list(thread_id))))


BACKENDS = [Backend.RESPONSES, Backend.ASSISTANTS, Backend.CHAT_COMPLETIONS]


@pytest.fixture(name="faults")
def faults_fixture(local_api: Any) -> Iterator[Any]:
    """The session local API's fault injector, empty before and after the test (import ``faults_fixture``
    to use the ``faults`` fixture)."""
    local_api.faults.clear()
    yield local_api.faults
    local_api.faults.clear()


RUN_PATHS = {  # the request that starts a reply, per backend (for the local API's faults)
    Backend.RESPONSES: r"^/v1/responses$",
    Backend.ASSISTANTS: r"^/v1/threads/[^/]+/runs$",
    Backend.CHAT_COMPLETIONS: r"^/v1/chat/completions$",
}
TOOL_OUTPUT_PATHS = {  # the request that sends tool outputs and streams on
    Backend.RESPONSES: r"^/v1/responses$",
    Backend.ASSISTANTS: r"/submit_tool_outputs$",
    Backend.CHAT_COMPLETIONS: r"^/v1/chat/completions$",
}


def server_messages(qtbot: Any, vm: ChatViewModel) -> list[Any]:
    """Every message the server holds for the open thread (all pages), through the app's backend."""
    assert vm.thread is not None and vm.thread.remote_id
    remote_id = vm.thread.remote_id

    async def load() -> list[Any]:
        backend = await vm.session.backend()
        messages: list[Any] = []
        cursor: str | None = None
        while True:
            page = await backend.load_history(remote_id, cursor=cursor)
            messages += page.messages
            if not page.has_more:
                return messages
            cursor = page.next_cursor

    return list(run_coro(qtbot, load(), timeout=20_000))


def spoken(messages: Sequence[Any]) -> list[tuple[str, str]]:
    """What was said, in order: (role, text) of the user and assistant messages that have text."""
    said = [m for m in messages if m.role.value in ("user", "assistant") and m.text.strip()]
    return [(m.role.value, m.text) for m in said]


def assert_in_agreement(qtbot: Any, vm: ChatViewModel) -> list[tuple[str, str]]:
    """Once the view-model's work is done (a stop's clean-up may go on in the background), the view, the
    store and the server hold the same conversation; returns it."""
    run_coro(qtbot, vm.wait_idle(), timeout=20_000)
    shown = spoken(vm.messages.messages)
    assert spoken(stored_messages(qtbot, vm)) == shown, "the store agrees with the view"
    remote = spoken(server_messages(qtbot, vm))
    assert remote == shown, f"the server agrees with the view: {remote} != {shown}"
    return shown
