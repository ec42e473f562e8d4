"""Builds a ChatViewModel over a real SQLite store and the real bridge + SDK talking to a local API."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from belugadesk.domain.models import AssistantDefinition, Backend, ConnectionConfig, Tool
from belugadesk.viewmodels.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro


def assistant(tools: Sequence[Tool] = (), *, name: str = "Tester") -> AssistantDefinition:
    return AssistantDefinition(id=f"asst-{name.lower()}", name=name, model="gpt-4.1-mini", tools=tuple(tools))


async def _open(db: Path, base_url: str, helper: AssistantDefinition) -> Session:
    from belugadesk.bridge.factory import build_backend
    from belugadesk.store import AsyncStore

    store = await AsyncStore.open(db)
    await store.run(lambda s: s.assistants.save(helper))

    async def factory() -> Any:
        return build_backend(
            ConnectionConfig(base_url=base_url, api_key="sk-test", max_retries=0), profile_id="test"
        )

    return Session(store, factory, profile_id="test", profile_name="Test", backend_kind=Backend.RESPONSES)


def make_chat(
    qtbot: Any, server: Any, db: Path, helper: AssistantDefinition | None = None, **kwargs: Any
) -> ChatViewModel:
    """A chat view-model with ``helper`` (default: a plain assistant) selected; closed at test end."""
    helper = helper or assistant()
    session = run_coro(qtbot, _open(db, server.base_url, helper), timeout=20_000)
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
