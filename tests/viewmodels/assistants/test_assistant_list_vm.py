"""The assistant library view-model: search, sort, duplicate, delete, JSON export/import, new threads."""

from __future__ import annotations

import functools
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from belugadesk.core.assistant_io import ASSISTANT_FILE, export_document
from belugadesk.domain.models import AssistantDefinition, CodeInterpreterTool, FunctionTool, Thread, utcnow
from belugadesk.store import Store
from belugadesk.viewmodels.assistants.list_vm import AssistantListModel, AssistantListViewModel
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import session_fixture, store_fixture  # noqa: F401


def seed(qtbot: Any, session: Session) -> dict[str, AssistantDefinition]:
    now = utcnow()
    made = {
        "zeta": AssistantDefinition(name="Zeta writer", model="gpt-4.1", description="Writes poems"),
        "alpha": AssistantDefinition(
            name="alpha coder",
            model="o4-mini",
            description="Reviews code",
            tools=(CodeInterpreterTool(), FunctionTool(name="run_tests"), FunctionTool(name="lint")),
            last_used_at=now - timedelta(days=2),
        ),
        "mid": AssistantDefinition(
            name="Mid planner", model="gpt-4.1-mini", last_used_at=now - timedelta(hours=1)
        ),
    }
    for definition in made.values():
        run_coro(qtbot, session.store.run(functools.partial(save_assistant, definition=definition)))
    return made


def save_assistant(s: Store, *, definition: AssistantDefinition) -> AssistantDefinition:
    return s.assistants.save(definition)


def create_thread(s: Store, *, thread: Thread) -> Thread:
    return s.threads.create(thread)


def names(vm: AssistantListViewModel) -> list[str]:
    return [a.name for a in vm.model.assistants]


class ScriptedAnswers:
    """The person, answering the assistant flows' questions as scripted; ``asked`` records each question."""

    def __init__(self, *, confirm: bool = True, path: Path | None = None) -> None:
        self.confirm, self.path = confirm, path
        self.asked: list[str] = []

    async def confirm_delete(self, question: str) -> bool:
        self.asked.append(question)
        return self.confirm

    async def export_path(self, suggested_name: str) -> Path | None:
        self.asked.append(f"export as {suggested_name}?")
        return self.path

    async def import_path(self) -> Path | None:
        self.asked.append("import which file?")
        return self.path


@pytest.fixture
def vm(qtbot: Any, session: Session) -> AssistantListViewModel:
    seed(qtbot, session)
    list_vm = AssistantListViewModel(session)
    run_coro(qtbot, list_vm.refresh())
    return list_vm


def test_sorted_by_name_or_last_used_and_filtered_by_search(vm: AssistantListViewModel) -> None:
    assert names(vm) == ["alpha coder", "Mid planner", "Zeta writer"], "case-insensitive by name"
    vm.set_sort("last_used")
    assert names(vm) == ["Mid planner", "alpha coder", "Zeta writer"], "most recent first, never used last"
    vm.set_sort("name")
    vm.set_search("POEM")
    assert names(vm) == ["Zeta writer"], "search matches the description"
    vm.set_search("o4")
    assert names(vm) == ["alpha coder"], "search matches the model"
    vm.set_search("planner mid")
    assert names(vm) == ["Mid planner"], "every word must match, in any order"
    vm.set_search("nothing like this")
    assert names(vm) == []
    vm.set_search("")
    assert len(names(vm)) == 3


def test_model_roles_carry_model_and_tool_badges(vm: AssistantListViewModel) -> None:
    index = vm.model.index(0)
    assert vm.model.data(index) == "alpha coder"
    assert vm.model.data(index, AssistantListModel.ModelNameRole) == "o4-mini"
    assert vm.model.data(index, AssistantListModel.CodeInterpreterRole) is True
    assert vm.model.data(index, AssistantListModel.FileSearchRole) is False
    assert vm.model.data(index, AssistantListModel.FunctionCountRole) == 2
    accessible = vm.model.data(index, 0x0B)  # AccessibleTextRole
    assert accessible == "alpha coder, o4-mini, code interpreter, 2 functions"


def test_duplicate_makes_a_new_selected_copy(qtbot: Any, vm: AssistantListViewModel) -> None:
    copy = run_coro(qtbot, vm.duplicate(0))
    assert copy is not None and copy.name == "alpha coder (copy)" and copy.version == 1
    assert names(vm) == ["alpha coder", "alpha coder (copy)", "Mid planner", "Zeta writer"]
    assert vm.current is not None and vm.current.id == copy.id
    original = vm.model.assistant_at(0)
    assert original is not None and copy.tools == original.tools


def test_delete_counts_threads_and_keeps_them(
    qtbot: Any, vm: AssistantListViewModel, session: Session
) -> None:
    target = vm.model.assistant_at(1)
    assert target is not None
    for title in ("one", "two"):
        thread = Thread(title=title, assistant_id=target.id, assistant_version=target.version)
        run_coro(qtbot, session.store.run(functools.partial(create_thread, thread=thread)))
    assert run_coro(qtbot, vm.thread_count(target.id)) == 2
    question = vm.delete_question(target, 2)
    assert question == "Delete the assistant “Mid planner”? 2 threads use it; they keep their messages."
    assert "No thread uses it" in vm.delete_question(target, 0)
    assert run_coro(qtbot, vm.delete(target.id)) is True
    assert names(vm) == ["alpha coder", "Zeta writer"]
    threads = run_coro(qtbot, session.store.run(lambda s: s.threads.list()))
    assert sorted(t.title for t in threads) == ["one", "two"], "threads survive their assistant"
    assert all(t.assistant_id is None for t in threads)


def test_the_delete_flow_says_how_many_threads_use_it_and_deletes_only_when_confirmed(
    qtbot: Any, vm: AssistantListViewModel, session: Session
) -> None:
    target = vm.model.assistant_at(1)
    assert target is not None
    thread = Thread(title="uses it", assistant_id=target.id, assistant_version=target.version)
    run_coro(qtbot, session.store.run(functools.partial(create_thread, thread=thread)))
    no = ScriptedAnswers(confirm=False)
    assert run_coro(qtbot, vm.delete_asking(target, no)) is False
    assert no.asked == [
        "Delete the assistant “Mid planner”? 1 thread uses it; the thread keeps its messages."
    ]
    assert "Mid planner" in names(vm)

    with qtbot.waitSignal(vm.noticeChanged, timeout=5000):
        vm.request_delete(1, ScriptedAnswers(confirm=True))  # the slot the view calls
    run_coro(qtbot, vm.wait_idle())
    assert names(vm) == ["alpha coder", "Zeta writer"] and vm.notice == "Deleted “Mid planner”."


def test_the_export_and_import_flows_use_the_chosen_files(
    qtbot: Any, vm: AssistantListViewModel, tmp_path: Path
) -> None:
    cancelled = ScriptedAnswers(path=None)
    assert run_coro(qtbot, vm.export_asking(0, cancelled)) is False
    assert cancelled.asked == ["export as alpha coder.assistant.json?"]
    assert run_coro(qtbot, vm.import_asking(cancelled)) is None and names(vm).count("alpha coder") == 1

    path = tmp_path / "chosen.json"
    assert run_coro(qtbot, vm.export_asking(0, ScriptedAnswers(path=path)))
    assert json.loads(path.read_text(encoding="utf-8"))["assistant"]["name"] == "alpha coder"
    vm.request_import(ScriptedAnswers(path=path))
    run_coro(qtbot, vm.wait_idle())
    assert names(vm).count("alpha coder") == 2 and vm.notice == "Imported “alpha coder”."


def test_export_then_import_round_trips(qtbot: Any, vm: AssistantListViewModel, tmp_path: Path) -> None:
    path = tmp_path / "alpha.json"
    assert vm.export_to(0, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == ASSISTANT_FILE.name and document["version"] == 1
    assert "id" not in document["assistant"] and "remote_ids" not in document["assistant"]
    original = vm.model.assistant_at(0)
    assert original is not None
    imported = run_coro(qtbot, vm.import_from(path))
    assert imported is not None and imported.id != original.id
    keep = ("name", "model", "description", "instructions", "tools", "temperature", "top_p", "metadata")
    for field in (*keep, "response_format"):
        assert getattr(imported, field) == getattr(original, field), field
    assert names(vm).count("alpha coder") == 2


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "is not valid JSON (line 1, column 2"),
        ('{"format": "something.else", "version": 1}', "is not a BelugaDesk assistant"),
        ('{"format": "belugadesk.assistant", "version": 9}', "a newer BelugaDesk (format version 9"),
        ('{"format": "belugadesk.assistant", "version": 1}', 'has no "assistant" object'),
        (
            '{"format": "belugadesk.assistant", "version": 1, "assistant": {"name": "x"}}',
            "invalid assistant: model",
        ),
    ],
)
def test_a_bad_file_is_refused_with_a_reason(
    qtbot: Any, vm: AssistantListViewModel, tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert run_coro(qtbot, vm.import_from(path)) is None
    assert expected in vm.notice and vm.notice_is_error
    assert len(names(vm)) == 3, "nothing was imported"


def test_an_imported_definition_must_pass_the_form_limits(
    qtbot: Any, vm: AssistantListViewModel, tmp_path: Path
) -> None:
    bad = AssistantDefinition(name="Hot", model="gpt-4.1", temperature=3.0)
    path = tmp_path / "hot.json"
    path.write_text(json.dumps(export_document(bad)), encoding="utf-8")
    assert run_coro(qtbot, vm.import_from(path)) is None
    assert "Temperature must be between 0 and 2" in vm.notice
    assert len(names(vm)) == 3


def test_new_thread_remembers_the_assistant_and_its_version(qtbot: Any, session: Session) -> None:
    seed(qtbot, session)
    main = MainViewModel(session)
    run_coro(qtbot, main.assistants.refresh())
    row = main.assistants.model.row_of(
        next(a.id for a in main.assistants.model.assistants if a.name == "Zeta writer")
    )
    edited = main.assistants.edit_form(row)
    assert edited is not None
    edited.set_field("instructions", "Rhyme.")
    run_coro(qtbot, edited.save())
    main.assistants.select_id(edited.base.id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: main.chat.assistant is not None and main.chat.assistant.version == 2)
    assert main.chat.assistant is not None and main.chat.assistant.instructions == "Rhyme.", (
        "the chat has the edit"
    )

    main.assistants.start_thread(main.assistants.model.row_of(edited.base.id))  # type: ignore[union-attr]
    assert main.chat.assistant is not None and main.chat.assistant.name == "Zeta writer"
    assert main.chat.thread is None, "a fresh thread"
    assert run_coro(qtbot, main.chat.send("Hello"), timeout=20_000)
    thread = main.chat.thread
    assert thread is not None and edited.base is not None
    assert thread.assistant_id == edited.base.id
    assert thread.assistant_version == 2
    stored = run_coro(qtbot, session.store.run(lambda s: s.threads.get(thread.id)))
    assert (stored.assistant_id, stored.assistant_version) == (thread.assistant_id, 2)
    run_coro(qtbot, main.assistants.wait_idle())
    used = run_coro(qtbot, session.store.run(lambda s: s.assistants.get(thread.assistant_id)))
    assert used.last_used_at is not None, "using an assistant is recorded"
    main.assistants.set_sort("last_used")
    assert names(main.assistants)[0] == "Zeta writer", "the assistant just used sorts first"
    run_coro(qtbot, main.wait_idle())
