"""Assistant definitions: round trip, versioning, duplicate, delete, last used, remote ids."""

from __future__ import annotations

import pytest

from belugadesk.domain.mcp_access import Approval, McpToolGrant, RemoteMcpServer
from belugadesk.domain.models import (
    AssistantDefinition,
    CodeInterpreterTool,
    FileSearchTool,
    FunctionTool,
    JsonSchemaFormat,
    ResponseFormat,
    Thread,
)
from belugadesk.store import RecordMissing, Store


def _rich() -> AssistantDefinition:
    return AssistantDefinition(
        name="Data analyst",
        model="gpt-5",
        instructions="Answer with tables.\nBe exact.",
        description="Crunches numbers",
        tools=(
            CodeInterpreterTool(),
            FileSearchTool(vector_store_ids=("vs_1", "vs_2"), max_num_results=4),
            FunctionTool(
                name="lookup",
                description="Find a row",
                strict=True,
                parameters={"type": "object", "properties": {"q": {"type": "string"}}},
            ),
        ),
        temperature=0.2,
        top_p=0.9,
        stop=("\nUser:", "END"),
        seed=2**40,
        reasoning_effort="minimal",
        response_format=ResponseFormat(
            type="json_schema",
            json_schema=JsonSchemaFormat(
                name="table",
                schema_={"type": "object", "properties": {"rows": {"type": "array"}}},
                strict=True,
            ),
        ),
        metadata={"team": "finance", "emoji": "🐋"},
        mcp_tools=(
            McpToolGrant(
                server_id="files", tools=("read", "write"), approval={"read": Approval.ALWAYS_ALLOW}
            ),
            McpToolGrant(server_id="web", read_only_without_asking=True),
        ),
        remote_mcp=(
            RemoteMcpServer(
                server_label="docs", server_url="https://mcp.example.com/mcp", allowed_tools=("search",)
            ),
        ),
        starters=("Sum the column “total”", "Plot sales by month 📈"),
        remote_ids={"work": "asst_1"},
    )


def test_round_trip_keeps_every_field(store: Store) -> None:
    definition = _rich()
    assert store.assistants.save(definition) == definition
    assert store.assistants.get(definition.id) == definition
    assert store.assistants.get("nope") is None


def test_saving_a_change_bumps_version_and_updated_at(store: Store) -> None:
    original = store.assistants.save(_rich())
    same = store.assistants.save(original)
    assert same.version == 1 and same.updated_at == original.updated_at
    changed = store.assistants.save(original.model_copy(update={"instructions": "Be brief."}))
    assert changed.version == 2 and changed.updated_at > original.updated_at
    assert changed.created_at == original.created_at
    stored = store.assistants.get(original.id)
    assert stored == changed and stored is not None and stored.instructions == "Be brief."
    tools_changed = store.assistants.save(stored.model_copy(update={"tools": ()}))
    assert tools_changed.version == 3
    grants_changed = store.assistants.save(tools_changed.model_copy(update={"mcp_tools": ()}))
    assert grants_changed.version == 4 and store.assistants.get(original.id) == grants_changed
    for version, change in enumerate(({"stop": ()}, {"seed": None}, {"reasoning_effort": "high"}), start=5):
        grants_changed = store.assistants.save(grants_changed.model_copy(update=change))
        assert grants_changed.version == version and store.assistants.get(original.id) == grants_changed
    remote_changed = store.assistants.save(grants_changed.model_copy(update={"remote_mcp": ()}))
    assert remote_changed.version == 8 and store.assistants.get(original.id) == remote_changed


def test_changed_starters_are_saved_without_a_new_version(store: Store) -> None:
    """Starters stay on this computer: the remote assistant has nothing to update."""
    original = store.assistants.save(_rich())
    changed = store.assistants.save(original.model_copy(update={"starters": ("Just one",)}))
    assert changed.version == 1 and changed.starters == ("Just one",)
    stored = store.assistants.get(original.id)
    assert stored is not None and stored.starters == ("Just one",) and stored.version == 1
    both = store.assistants.save(stored.model_copy(update={"starters": (), "instructions": "Be brief."}))
    assert both.version == 2
    assert store.assistants.get(original.id) == both and both.starters == ()


def test_update_keeps_stored_remote_ids_and_last_used(store: Store) -> None:
    original = store.assistants.save(_rich())
    store.assistants.set_remote_id(original.id, "home", "asst_home")
    store.assistants.mark_used(original.id)
    stale = original.model_copy(update={"name": "Analyst", "remote_ids": {}})
    saved = store.assistants.save(stale)
    assert saved.remote_ids == {"work": "asst_1", "home": "asst_home"}
    assert saved.last_used_at is not None
    assert store.assistants.get(original.id) == saved


def test_remote_ids_per_profile(store: Store) -> None:
    a = store.assistants.save(AssistantDefinition(name="A", model="m"))
    store.assistants.set_remote_id(a.id, "p1", "asst_x")
    store.assistants.set_remote_id(a.id, "p2", "asst_y")
    store.assistants.set_remote_id(a.id, "p1", "asst_z")
    got = store.assistants.get(a.id)
    assert got is not None and got.remote_ids == {"p1": "asst_z", "p2": "asst_y"}
    store.assistants.set_remote_id(a.id, "p1", None)
    got = store.assistants.get(a.id)
    assert got is not None and got.remote_ids == {"p2": "asst_y"}
    with pytest.raises(RecordMissing):
        store.assistants.set_remote_id("missing", "p1", "asst")


def test_list_sorted_by_name_or_last_used(store: Store) -> None:
    b = store.assistants.save(AssistantDefinition(name="beta", model="m"))
    a = store.assistants.save(AssistantDefinition(name="Alpha", model="m"))
    c = store.assistants.save(AssistantDefinition(name="charlie", model="m"))
    assert [x.name for x in store.assistants.list()] == ["Alpha", "beta", "charlie"]
    store.assistants.mark_used(c.id)
    store.assistants.mark_used(b.id)
    assert [x.id for x in store.assistants.list(sort="last_used")] == [b.id, c.id, a.id]
    with pytest.raises(ValueError):
        store.assistants.list(sort="size")  # type: ignore[arg-type]
    with pytest.raises(RecordMissing):
        store.assistants.mark_used("missing")


def test_duplicate_is_a_fresh_copy(store: Store) -> None:
    original = store.assistants.save(_rich())
    store.assistants.save(original.model_copy(update={"model": "gpt-5-mini"}))
    store.assistants.mark_used(original.id)
    copy = store.assistants.duplicate(original.id)
    assert copy.id != original.id and copy.name == "Data analyst (copy)"
    assert (copy.version, copy.remote_ids, copy.last_used_at) == (1, {}, None)
    assert copy.model == "gpt-5-mini" and copy.tools == original.tools
    assert store.assistants.get(copy.id) == copy
    named = store.assistants.duplicate(original.id, name="Other")
    assert named.name == "Other"
    with pytest.raises(RecordMissing):
        store.assistants.duplicate("missing")


def test_delete_keeps_threads_untied(store: Store) -> None:
    a = store.assistants.save(AssistantDefinition(name="A", model="m"))
    store.assistants.set_remote_id(a.id, "p", "asst")
    thread = store.threads.create(Thread(assistant_id=a.id, assistant_version=1))
    assert store.assistants.delete(a.id) is True
    assert store.assistants.get(a.id) is None
    assert store.assistants.delete(a.id) is False
    kept = store.threads.get(thread.id)
    assert kept is not None and kept.assistant_id is None
    assert store.conn.execute("SELECT count(*) FROM assistant_remote_ids").fetchone()[0] == 0
