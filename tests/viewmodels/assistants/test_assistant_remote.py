"""Assistants backend: saving creates/updates the remote assistant; "Import from server" pages and imports.

Everything goes through ``bridge.factory``'s ``AssistantsBackend`` and the real SDK to a local API of its own
(so the server's assistant list holds only what these tests put there).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from belugadesk.domain.models import AssistantDefinition, Backend, CodeInterpreterTool, FunctionTool
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.assistants.remote_import_vm import RemoteImportViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import make_session, store_fixture  # noqa: F401

PROFILE = "assistants-profile"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalApiServer]:
    srv = LocalApiServer(LocalApiConfig())
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def remote_session(qtbot: Any, store: AsyncStore, server: LocalApiServer) -> Iterator[Session]:
    made = make_session(store, server.base_url, backend=Backend.ASSISTANTS, profile_id=PROFILE)
    yield made
    run_coro(qtbot, made.aclose())


def sdk(server: LocalApiServer) -> openai.OpenAI:
    """A plain SDK client to look at (or seed) the server directly."""
    return openai.OpenAI(base_url=server.base_url, api_key="sk-test", max_retries=0)


def retrieve(server: LocalApiServer, remote_id: str) -> Any:
    with sdk(server) as client, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the SDK marks the Assistants API deprecated
        return client.beta.assistants.retrieve(remote_id)


def create_remote(server: LocalApiServer, names: list[str]) -> list[str]:
    with sdk(server) as client, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return [
            client.beta.assistants.create(
                model="gpt-4.1", name=name, instructions=f"I am {name}.", tools=[{"type": "code_interpreter"}]
            ).id
            for name in names
        ]


def test_saving_creates_then_updates_the_remote_assistant(
    qtbot: Any, remote_session: Session, server: LocalApiServer
) -> None:
    vm = AssistantFormViewModel(remote_session)
    vm.set_field("name", "Remote helper")
    vm.set_field("model", "gpt-4.1")
    vm.set_field("instructions", "Help remotely.")
    vm.set_field("code_interpreter", True)
    vm.set_function_field(vm.add_function(), "name", "lookup")
    vm.add_metadata_row()
    vm.metadata.setData(vm.metadata.index(0, 0), "team")
    vm.metadata.setData(vm.metadata.index(0, 1), "support")
    saved = run_coro(qtbot, vm.save(), timeout=20_000)
    assert saved is not None and vm.remote_error == ""
    remote_id = saved.remote_ids[PROFILE]
    stored = run_coro(qtbot, remote_session.store.run(lambda s: s.assistants.get(saved.id)))
    assert stored.remote_ids == {PROFILE: remote_id}, "the remote id is kept in the store"
    remote = retrieve(server, remote_id)
    assert (remote.name, remote.model, remote.instructions) == ("Remote helper", "gpt-4.1", "Help remotely.")
    assert [t.type for t in remote.tools] == ["code_interpreter", "function"]
    assert remote.metadata["team"] == "support"

    edit = AssistantFormViewModel(remote_session, stored)
    edit.set_field("instructions", "Help remotely, briefly.")
    updated = run_coro(qtbot, edit.save(), timeout=20_000)
    assert updated is not None and updated.version == 2
    assert updated.remote_ids == {PROFILE: remote_id}, "an update keeps the same remote assistant"
    assert retrieve(server, remote_id).instructions == "Help remotely, briefly."


def test_a_remote_failure_keeps_the_local_save_and_says_so(
    qtbot: Any, remote_session: Session, server: LocalApiServer
) -> None:
    vm = AssistantFormViewModel(remote_session)
    vm.set_field("name", "Offline first")
    vm.set_field("model", "gpt-4.1")
    server.faults.add("POST", r"/v1/assistants$", 500, times=5)
    try:
        saved = run_coro(qtbot, vm.save(), timeout=20_000)
    finally:
        server.faults.clear()
    assert saved is not None and saved.remote_ids == {}
    assert vm.remote_error.startswith(
        "Saved on this computer, but the assistant could not be created on the server"
    )
    stored = run_coro(qtbot, remote_session.store.run(lambda s: s.assistants.list()))
    assert [a.name for a in stored] == ["Offline first"], "the local save stands"

    retry = run_coro(qtbot, vm.save(), timeout=20_000)
    assert retry is not None and PROFILE in retry.remote_ids, "saving again creates the missing remote copy"
    assert vm.remote_error == ""


def test_the_metadata_limit_leaves_room_for_the_link_keys(qtbot: Any, remote_session: Session) -> None:
    vm = AssistantFormViewModel(remote_session)
    for i in range(15):
        vm.add_metadata_row()
        vm.metadata.setData(vm.metadata.index(i, 0), f"k{i}")
    assert "At most 14 metadata pairs" in vm.errors["metadata"]
    vm.remove_metadata_row(14)
    vm.metadata.setData(vm.metadata.index(0, 0), "belugadesk_id")
    assert "reserved" in vm.errors["metadata"]


def test_import_from_server_pages_and_skips_what_is_already_here(
    qtbot: Any, remote_session: Session, server: LocalApiServer
) -> None:
    existing = run_coro(
        qtbot,
        _save_linked(qtbot, remote_session),
        timeout=20_000,
    )
    ids = create_remote(server, ["Remote A", "Remote B", "Remote C"])
    vm = RemoteImportViewModel(remote_session)
    vm.PAGE_SIZE = 2
    assert run_coro(qtbot, vm.load_more(), timeout=20_000)
    assert vm.model.rowCount() == 2 and vm.has_more
    while vm.has_more:
        assert run_coro(qtbot, vm.load_more(), timeout=20_000)
    rows = {a.remote_ids[PROFILE]: i for i, a in enumerate(vm.model.rows)}
    assert set(ids) <= set(rows)
    assert existing.remote_ids[PROFILE] in rows
    assert rows[existing.remote_ids[PROFILE]] in vm.model.already, "an assistant already imported is marked"

    vm.set_checked(rows[existing.remote_ids[PROFILE]], True)
    assert vm.checked_count == 0, "an already imported assistant cannot be ticked"
    vm.set_checked(rows[ids[0]], True)
    vm.set_checked(rows[ids[2]], True)
    imported = run_coro(qtbot, vm.import_checked(), timeout=20_000)
    assert sorted(a.name for a in imported) == ["Remote A", "Remote C"]
    local = run_coro(qtbot, remote_session.store.run(lambda s: s.assistants.list()))
    by_remote = {a.remote_ids.get(PROFILE): a for a in local}
    assert by_remote[ids[0]].instructions == "I am Remote A."
    assert by_remote[ids[0]].tools == (CodeInterpreterTool(),)
    assert ids[1] not in by_remote

    again = RemoteImportViewModel(remote_session)
    run_coro(qtbot, again.load_more(), timeout=20_000)
    marked = {again.model.rows[i].remote_ids[PROFILE] for i in again.model.already}
    assert {ids[0], ids[2], existing.remote_ids[PROFILE]} <= marked, "imported ones are not offered again"


async def _save_linked(qtbot: Any, session: Session) -> AssistantDefinition:
    form = AssistantFormViewModel(session)
    form.set_field("name", "Already here")
    form.set_field("model", "gpt-4.1")
    form.set_function_field(form.add_function(), "name", "ping")
    saved = await form.save()
    assert saved is not None and PROFILE in saved.remote_ids
    assert isinstance(saved.tools[0], FunctionTool)
    return saved
