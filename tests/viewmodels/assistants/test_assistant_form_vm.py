"""The assistant form's view-model: validation, saving, round-trips, the model list from the local API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from belugadesk.core.assistant_schema import (
    FUNCTION_PARAMETERS_TEMPLATE,
    RESPONSE_SCHEMA_TEMPLATE,
    pretty,
)
from belugadesk.domain.models import CodeInterpreterTool, FileSearchTool, FunctionTool
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import session_fixture, store_fixture  # noqa: F401


def stored_assistants(qtbot: Any, session: Session) -> list[Any]:
    return run_coro(qtbot, session.store.run(lambda s: s.assistants.list()))


def fill_everything(qtbot: Any, vm: AssistantFormViewModel) -> None:
    vm.set_field("name", "Weather bot")
    vm.set_field("description", "Answers questions about the weather.")
    vm.set_field("model", "gpt-4.1-mini")
    vm.set_field("instructions", "Be brief.\nUse metric units.")
    vm.set_field("temperature", 0.7)
    vm.set_field("top_p", 0.9)
    vm.set_field("response_type", "json_schema")
    vm.set_field("schema_name", "forecast")
    vm.set_field("schema_strict", True)
    vm.insert_template("schema_text")
    vm.add_metadata_row()
    vm.metadata.setData(vm.metadata.index(0, 0), "team")
    vm.metadata.setData(vm.metadata.index(0, 1), "weather")
    vm.set_field("code_interpreter", True)
    vm.set_field("file_search", True)
    info = run_coro(qtbot, vm.vector_stores.create("Forecasts"))
    assert info is not None and vm.vector_store_id == info.id, "a created vector store is chosen"
    index = vm.add_function()
    vm.set_function_field(index, "name", "get_weather")
    vm.set_function_field(index, "description", "Current weather for a city.")
    vm.insert_template("parameters", index)
    vm.set_function_field(index, "strict", True)


def test_every_field_saves_and_reopens_the_same(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    fill_everything(qtbot, vm)
    assert vm.errors == {}
    assert vm.valid and vm.dirty
    saved = run_coro(qtbot, vm.save())
    assert saved is not None and saved.version == 1
    assert not vm.dirty

    [stored] = stored_assistants(qtbot, session)
    assert stored.name == "Weather bot"
    assert stored.temperature == 0.7 and stored.top_p == 0.9
    assert stored.metadata == {"team": "weather"}
    assert stored.response_format.type == "json_schema"
    assert stored.response_format.json_schema.name == "forecast"
    assert stored.response_format.json_schema.schema_ == RESPONSE_SCHEMA_TEMPLATE
    code, search, function = stored.tools
    assert isinstance(code, CodeInterpreterTool)
    assert isinstance(search, FileSearchTool) and search.vector_store_ids == (vm.vector_store_id,)
    assert isinstance(function, FunctionTool)
    assert function.name == "get_weather" and function.strict
    assert function.parameters == FUNCTION_PARAMETERS_TEMPLATE

    reopened = AssistantFormViewModel(session, stored)
    assert reopened.draft == vm.draft, "every field round-trips through the store"
    assert not reopened.dirty and reopened.valid
    reopened.set_field("instructions", "Be very brief.")
    again = run_coro(qtbot, reopened.save())
    assert again is not None and again.version == 2 and again.id == stored.id


def test_invalid_fields_report_errors_and_save_nothing(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    assert not vm.valid, "an empty form is not valid"
    assert vm.visible_errors() == {}, "nothing is shouted at before the user does anything"
    focus: list[str] = []
    vm.focusRequested.connect(focus.append)
    assert vm.attempt_save() is False
    assert focus == ["name"], "the first invalid field gets focus"
    assert vm.visible_errors()["name"] == "Enter a name."

    vm.set_field("name", "x" * 257)
    assert "limit is 256" in vm.errors["name"]
    vm.set_field("name", "Ok")
    vm.set_field("model", "gpt-4.1")
    vm.set_field("temperature", 2.5)
    assert "between 0 and 2" in vm.errors["temperature"]
    vm.set_field("top_p", -0.1)
    assert "between 0 and 1" in vm.errors["top_p"]
    vm.set_field("temperature", None)
    vm.set_field("top_p", None)
    vm.set_field("response_type", "json_schema")
    vm.set_field("schema_text", '{\n  "type": "object",\n  "properties": {\n}')
    assert vm.errors["schema_text"].startswith("Line 4, column 2:")
    vm.set_field("schema_text", '{"type": "object", "properties": {"a": {"type": "strin"}}}')
    assert "Not a valid JSON schema" in vm.errors["schema_text"]
    vm.set_field("schema_strict", False)
    vm.set_field("schema_text", '{"type": "object", "properties": {"a": {"type": "string"}}}')
    assert "schema_text" not in vm.errors
    vm.set_field("schema_strict", True)
    assert "additionalProperties" in vm.errors["schema_text"]
    vm.set_field("response_type", "text")

    for i in range(17):
        vm.add_metadata_row()
        vm.metadata.setData(vm.metadata.index(i, 0), f"key{i}")
    assert "At most 16" in vm.errors["metadata"]
    vm.remove_metadata_row(16)
    assert "metadata" not in vm.errors
    vm.metadata.setData(vm.metadata.index(15, 0), "key0")
    assert "used twice" in vm.errors["metadata"]
    vm.metadata.setData(vm.metadata.index(15, 0), "k" * 65)
    assert "limit is 64" in vm.errors["metadata"]
    vm.metadata.setData(vm.metadata.index(15, 0), "key15")
    vm.metadata.setData(vm.metadata.index(15, 1), "v" * 513)
    assert "limit is 512" in vm.errors["metadata"]
    vm.metadata.setData(vm.metadata.index(15, 1), "")

    first, second = vm.add_function(), vm.add_function()
    vm.set_function_field(first, "name", "lookup")
    vm.set_function_field(second, "name", "lookup")
    assert "already called" in vm.errors["functions.1.name"]
    vm.set_function_field(second, "name", "bad name!")
    assert "letters, digits" in vm.errors["functions.1.name"]
    vm.set_function_field(second, "name", "lookup2")
    vm.set_function_field(second, "parameters_text", '{"type": "array"}')
    assert "must describe an object" in vm.errors["functions.1.parameters"]
    assert vm.errors["functions"] == "Fix function 2."
    check = vm.check_schema("parameters", second)
    assert not check.ok and "must describe an object" in check.message
    vm.set_function_field(second, "parameters_text", pretty(FUNCTION_PARAMETERS_TEMPLATE))
    assert vm.check_schema("parameters", second).ok
    vm.set_function_field(second, "parameters_text", '{\n  "type": "object",\n  "properties": {,}\n}')
    bad = vm.check_schema("parameters", second)
    assert (bad.ok, bad.line, bad.column) == (False, 3, 18)
    vm.set_function_field(second, "parameters_text", pretty(FUNCTION_PARAMETERS_TEMPLATE))

    vm.set_field("name", "")
    assert run_coro(qtbot, vm.save()) is None
    assert stored_assistants(qtbot, session) == [], "nothing was saved while a field was invalid"
    vm.set_field("name", "Fine now")
    assert vm.valid
    assert run_coro(qtbot, vm.save()) is not None
    [stored] = stored_assistants(qtbot, session)
    assert len(stored.metadata) == 16
    assert [t.name for t in stored.tools if isinstance(t, FunctionTool)] == ["lookup", "lookup2"]


def test_model_list_comes_from_the_local_api(qtbot: Any, session: Session, local_api: Any) -> None:
    vm = AssistantFormViewModel(session)
    states: list[str] = []
    vm.modelsChanged.connect(lambda: states.append(vm.models_state))
    run_coro(qtbot, vm.load_models(), timeout=20_000)
    assert states == ["loading", "ready"]
    assert set(vm.models) == set(local_api.config.models)


def test_model_list_failure_says_so_and_allows_typing(qtbot: Any, session: Session, local_api: Any) -> None:
    local_api.faults.add("GET", r"/v1/models", 500, times=5)
    try:
        vm = AssistantFormViewModel(session)
        run_coro(qtbot, vm.load_models(), timeout=20_000)
    finally:
        local_api.faults.clear()
    assert vm.models_state == "failed"
    assert vm.models_error.startswith("Could not load the model list:")
    assert "type a model name" in vm.models_error
    vm.set_field("model", "my-custom-model")
    assert "model" not in vm.errors


def test_function_schema_round_trips_exact_json(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    vm.set_field("name", "Tools")
    vm.set_field("model", "gpt-4.1")
    index = vm.add_function()
    params = {"type": "object", "properties": {"q": {"type": "string", "description": "Ünïcode"}}}
    vm.set_function_field(index, "parameters_text", json.dumps(params))
    saved = run_coro(qtbot, vm.save())
    assert saved is not None
    assert saved.function_tool("function_1").parameters == params


def test_vector_store_created_listed_and_filled(qtbot: Any, session: Session, tmp_path: Any) -> None:
    vm = AssistantFormViewModel(session)
    stores = vm.vector_stores
    created = run_coro(qtbot, stores.create("Manuals"), timeout=20_000)
    assert created is not None and vm.vector_store_id == created.id
    notes = tmp_path / "notes.md"
    notes.write_text("# Belugas\nThey are white whales.\n", encoding="utf-8")
    faq = tmp_path / "faq.txt"
    faq.write_text("Q: Do belugas sing?\nA: Yes.\n", encoding="utf-8")
    filled = run_coro(qtbot, stores.add_files(created.id, [notes, faq]), timeout=20_000)
    assert filled is not None and filled.file_count == 2
    assert stores.status == "Added 2 files to Manuals."

    listing = AssistantFormViewModel(session).vector_stores
    assert run_coro(qtbot, listing.load(), timeout=20_000)
    assert any(s.id == created.id and s.file_count == 2 for s in listing.stores)
    assert listing.label_of(created.id) == "Manuals (2 files)"

    missing = run_coro(qtbot, stores.add_files(created.id, [tmp_path / "gone.txt"]), timeout=20_000)
    assert missing is None
    assert stores.error_text == (
        "Could not add the files. Could not read gone.txt: No such file or directory. Check that the file "
        "still exists and that you may read it, then attach it again."
    )
    assert run_coro(qtbot, stores.create("  ")) is None and stores.error_text == "Name the new vector store."


class StoreAnswers:
    """The person, answering the vector store questions: ``name`` for a new store, ``paths`` to add."""

    def __init__(self, name: str | None = None, *paths: Path) -> None:
        self.name, self.paths = name, list(paths)

    async def text(self, title: str, label: str) -> str | None:
        return self.name

    async def save_path(self, title: str, suggested: Path, name_filter: str, suffix: str = "") -> Path | None:
        raise AssertionError("a vector store flow never asks where to save")

    async def open_paths(self, title: str, name_filter: str = "", start: Path | None = None) -> list[Path]:
        return self.paths


def test_vector_store_flows_ask_for_the_name_and_the_files(
    qtbot: Any, session: Session, tmp_path: Path
) -> None:
    stores = AssistantFormViewModel(session).vector_stores
    assert run_coro(qtbot, stores.create_asking(StoreAnswers(None))) is None
    assert run_coro(qtbot, stores.create_asking(StoreAnswers("   "))) is None, "a blank name creates nothing"
    with qtbot.waitSignal(stores.created, timeout=20_000) as created:
        stores.request_create(StoreAnswers("Asked for"))  # the slot the view calls
    store_id = created.args[0]
    assert run_coro(qtbot, stores.add_files_asking(store_id, StoreAnswers())) is None  # cancelled
    notes = tmp_path / "notes.md"
    notes.write_text("# Belugas\n", encoding="utf-8")
    stores.request_add_files(store_id, StoreAnswers(None, notes))
    run_coro(qtbot, stores.wait_idle(), timeout=20_000)
    assert stores.status == "Added 1 file to Asked for."


class DiscardAnswer:
    def __init__(self, discard: bool) -> None:
        self.discard = discard
        self.asked = 0

    async def confirm_discard(self) -> bool:
        self.asked += 1
        return self.discard


def test_leaving_asks_only_when_changes_would_be_lost(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    untouched = DiscardAnswer(False)
    with qtbot.waitSignal(vm.closeApproved, timeout=1000):
        vm.request_close(untouched)
    assert untouched.asked == 0, "nothing to lose: no question"

    vm.set_field("name", "Draft")
    assert vm.dirty
    keep = DiscardAnswer(False)
    with qtbot.assertNotEmitted(vm.closeApproved):
        assert run_coro(qtbot, vm.close_asking(keep)) is False
    assert keep.asked == 1
    with qtbot.waitSignal(vm.closeApproved, timeout=5000):
        vm.request_close(DiscardAnswer(True))  # the slot the view calls
