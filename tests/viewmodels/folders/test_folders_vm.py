# ruff: noqa: F811  (pytest fixtures imported from thread_helpers are used as parameters)
"""The folders view-model over a real SQLite store and the thread list: create, nest, reorder, counts,
filter and search by folder, move threads in (drop and "Move to…"), delete that keeps the threads, and the
folder's default assistant for New chat."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from belugadesk.domain.folders import ALL_CHATS, NO_FOLDER, Folder, FolderFilter
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.folders.folders_vm import FoldersViewModel
from belugadesk.viewmodels.folders.questions import FolderChoice, FolderSettings
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from tests.support import run_coro
from tests.viewmodels.threads.thread_helpers import (  # noqa: F401  (fixtures)
    ASSISTANT,
    OTHER_ASSISTANT,
    add_thread,
    session,
    store,
)


class ScriptedPerson:
    """Answers the folder flows' questions as scripted; ``asked`` records them."""

    def __init__(
        self, *, names: tuple[str, ...] = (), confirm: bool = True, pick: FolderFilter | None = None
    ):
        self.names = list(names)
        self.confirm = confirm
        self.pick = pick
        self.settings: FolderSettings | None = None
        self.asked: list[str] = []
        self.offered: list[FolderChoice] = []

    async def folder_name(self, title: str, label: str, initial: str = "") -> str | None:
        self.asked.append(f"{title}: {label} [{initial}]")
        return self.names.pop(0) if self.names else None

    async def folder_settings(
        self, folder: Folder, assistants: list[tuple[str, str]]
    ) -> FolderSettings | None:
        self.asked.append(f"settings of {folder.name} among {[name for _id, name in assistants]}")
        return self.settings

    async def pick_folder(self, choices: list[FolderChoice], current: FolderFilter) -> FolderFilter | None:
        self.offered = choices
        self.asked.append(f"move from {current}")
        return self.pick

    async def confirm_destructive(
        self, title: str, text: str, detail: str, action: str, action_name: str
    ) -> bool:
        self.asked.append(f"{text} {detail}")
        return self.confirm


def folders_over(qtbot: Any, session: Session) -> tuple[FoldersViewModel, ThreadListViewModel]:
    threads = ThreadListViewModel(session)
    folders = FoldersViewModel(session, threads)
    run_coro(qtbot, threads.refresh())
    run_coro(qtbot, folders.refresh())
    return folders, threads


def rows(folders: FoldersViewModel) -> list[tuple[str, int, int]]:
    model = folders.model
    return [
        (
            model.data(model.index(r)),
            model.data(model.index(r), model.CountRole),
            model.data(model.index(r), model.DepthRole),
        )
        for r in range(model.rowCount())
    ]


def listed(threads: ThreadListViewModel) -> list[str]:
    return sorted(t.title for t in threads.threads())


def settle(qtbot: Any, vm: Any) -> None:
    qtbot.waitUntil(lambda: not vm.busy, timeout=10_000)


def test_folders_are_made_nested_counted_and_filter_the_thread_list(
    qtbot: Any, store: AsyncStore, session: Session, qtmodeltester: Any
) -> None:
    folders, threads = folders_over(qtbot, session)
    person = ScriptedPerson(names=("Work", "Reports", "Home"))
    work = run_coro(qtbot, folders.create_asking(person))
    reports = run_coro(qtbot, folders.create_asking(person, work.id))
    run_coro(qtbot, folders.create_asking(person))
    assert person.asked[1] == "New subfolder: Name of the subfolder in “Work”: []"
    a = add_thread(qtbot, store, "Budget", texts=("numbers for the budget", "here"), folder_id=work.id)
    add_thread(qtbot, store, "Q3 report", texts=("budget of Q3", "ok"), folder_id=reports.id)
    add_thread(qtbot, store, "Loose budget", texts=("a budget elsewhere", "fine"))
    run_coro(qtbot, folders.refresh())
    qtmodeltester.check(folders.model)
    assert rows(folders) == [
        ("All chats", 3, 0),
        ("Work", 2, 0),
        ("Reports", 1, 1),
        ("Home", 0, 0),
        ("No folder", 1, 0),
    ]
    index = folders.model.index(2)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Reports, in Work, 1 thread"

    run_coro(qtbot, threads.refresh())
    folders.select(work.id)  # a folder shows its subfolders' threads too
    qtbot.waitUntil(lambda: listed(threads) == ["Budget", "Q3 report"], timeout=5_000)
    folders.select(reports.id)
    qtbot.waitUntil(lambda: listed(threads) == ["Q3 report"], timeout=5_000)
    folders.select(NO_FOLDER)
    qtbot.waitUntil(lambda: listed(threads) == ["Loose budget"], timeout=5_000)

    # search stays within the selected folder
    folders.select(work.id)
    settle(qtbot, threads)
    threads.set_query("budget")
    with qtbot.waitSignal(threads.searchFinished, timeout=5_000):
        pass
    hit_titles = {threads.model.thread_at(r).title for r in threads.model.thread_rows()}  # type: ignore[union-attr]
    assert hit_titles == {"Budget", "Q3 report"}
    threads.set_query("")
    folders.select(ALL_CHATS)
    qtbot.waitUntil(lambda: len(threads.threads()) == 3, timeout=5_000)
    assert a.folder_id == work.id


def test_one_level_of_nesting_and_reordering(qtbot: Any, store: AsyncStore, session: Session) -> None:
    folders, _threads = folders_over(qtbot, session)
    person = ScriptedPerson(names=("A", "B", "C", "A1"))
    a = run_coro(qtbot, folders.create_asking(person))
    b = run_coro(qtbot, folders.create_asking(person))
    c = run_coro(qtbot, folders.create_asking(person))
    a1 = run_coro(qtbot, folders.create_asking(person, a.id))
    folders.request_move_by(c, -1)
    qtbot.waitUntil(lambda: [r[0] for r in rows(folders)][1:-1] == ["A", "A1", "C", "B"], timeout=5_000)
    # a folder dropped on a sibling takes its place
    run_coro(qtbot, folders.move_onto(b.id, a.id))
    assert [r[0] for r in rows(folders)][1:-1] == ["B", "A", "A1", "C"]
    # nesting a folder that has subfolders is refused, with a sentence
    folders.request_nest(a, b.id)
    qtbot.waitUntil(lambda: "nest one level only" in folders.error, timeout=5_000)
    folders.request_nest(a1, None)  # back to the top level
    qtbot.waitUntil(lambda: [r[2] for r in rows(folders)] == [0, 0, 0, 0, 0, 0], timeout=5_000)
    person.names = ["  "]
    assert run_coro(qtbot, folders.create_asking(person)) is None
    assert folders.error == "The folders could not be changed. A folder needs a name."


def test_threads_dropped_from_the_thread_list_and_moved_by_move_to(
    qtbot: Any, store: AsyncStore, session: Session
) -> None:
    folders, threads = folders_over(qtbot, session)
    work = run_coro(qtbot, folders.create_asking(ScriptedPerson(names=("Work",))))
    first = add_thread(qtbot, store, "First")
    second = add_thread(qtbot, store, "Second")
    run_coro(qtbot, threads.refresh())
    # the thread list's own drag data, dropped on the folder's row
    source = threads.model
    mime = source.mimeData([source.index(source.row_of(first.id))])
    target = folders.model.index(folders.model.row_of(work.id))
    assert not folders.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, folders.model.index(0))
    assert folders.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    qtbot.waitUntil(lambda: folders.model.count(work.id) == 1, timeout=5_000)
    assert threads.thread_by_id(first.id).folder_id == work.id  # type: ignore[union-attr]

    # "Move to…": the person picks the folder among "No folder" and the folders
    person = ScriptedPerson(pick=work.id)
    assert run_coro(qtbot, folders.move_to_asking(second, person))
    assert [c.label for c in person.offered] == ["No folder", "Work"]
    assert person.asked == [f"move from {NO_FOLDER}"]
    assert folders.model.count(work.id) == 2 and folders.model.count(NO_FOLDER) == 0
    # a thread moved out of the folder shown leaves the list
    folders.select(work.id)
    qtbot.waitUntil(lambda: len(threads.threads()) == 2, timeout=5_000)
    moved = threads.thread_by_id(second.id)
    assert moved is not None
    assert run_coro(qtbot, folders.move_to_asking(moved, ScriptedPerson(pick=NO_FOLDER)))
    assert [t.title for t in threads.threads()] == ["First"]


def test_deleting_a_folder_asks_how_many_threads_move_and_keeps_them(
    qtbot: Any, store: AsyncStore, session: Session
) -> None:
    folders, threads = folders_over(qtbot, session)
    work = run_coro(qtbot, folders.create_asking(ScriptedPerson(names=("Work",))))
    sub = run_coro(qtbot, folders.create_asking(ScriptedPerson(names=("Sub",)), work.id))
    for title in ("One", "Two"):
        add_thread(qtbot, store, title, folder_id=work.id)
    run_coro(qtbot, folders.refresh())
    folders.select(work.id)
    settle(qtbot, threads)

    no = ScriptedPerson(confirm=False)
    assert not run_coro(qtbot, folders.delete_asking(work, no))
    assert no.asked == [
        "Delete the folder “Work”? The 2 threads in it move to “No folder”; no thread is deleted."
        " Its subfolders (Sub) move to the top level."
    ]
    statuses: list[str] = []
    folders.statusMessage.connect(statuses.append)
    assert run_coro(qtbot, folders.delete_asking(work, ScriptedPerson()))
    assert statuses == ["Deleted the folder “Work”; 2 threads moved to “No folder”."]
    assert folders.selected == ALL_CHATS
    assert rows(folders) == [("All chats", 2, 0), ("Sub", 0, 0), ("No folder", 2, 0)]
    assert listed(threads) == ["One", "Two"]
    assert all(t.folder_id is None for t in threads.threads())
    assert sub.id in {f.id for f in folders.model.folders()}


def test_a_folders_settings_and_its_default_assistant_for_new_chat(
    qtbot: Any, store: AsyncStore, session: Session
) -> None:
    main = MainViewModel(session)
    run_coro(qtbot, main.load())
    assert main.assistants.current is not None and main.assistants.current.id == OTHER_ASSISTANT.id
    work = run_coro(qtbot, main.folders.create_asking(ScriptedPerson(names=("Work",))))
    person = ScriptedPerson()
    person.settings = FolderSettings("Day job", ASSISTANT.id, "  Answer in French.  ")
    assert run_coro(qtbot, main.folders.settings_asking(work, person))
    assert person.asked == ["settings of Work among ['Code helper', 'Whale expert']"]
    saved = main.folders.model.folder(work.id)
    assert saved is not None and saved.name == "Day job" and saved.extra_instructions == "Answer in French."
    assert main.folders.model.data(main.folders.model.index(1), Qt.ItemDataRole.ToolTipRole) == (
        "Day job\nInstructions: Answer in French."
    )

    main.folders.select(work.id)  # the empty new chat takes the folder's assistant at once
    assert main.assistants.current is not None and main.assistants.current.id == ASSISTANT.id
    assert main.chat.new_thread_folder == work.id
    main.folders.select(ALL_CHATS)
    assert main.chat.new_thread_folder is None
    run_coro(qtbot, main.aclose())


def test_the_rows_refuse_drops_that_make_no_sense(qtbot: Any, store: AsyncStore, session: Session) -> None:
    folders, _threads = folders_over(qtbot, session)
    top = run_coro(qtbot, folders.create_asking(ScriptedPerson(names=("Top",))))
    child = run_coro(qtbot, folders.create_asking(ScriptedPerson(names=("Child",)), top.id))
    model = folders.model
    dragged = model.mimeData([model.index(model.row_of(child.id))])
    onto_top = model.index(model.row_of(top.id))
    assert not model.canDropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, onto_top)  # not a sibling
    assert not model.canDropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_a_subfolder_made_while_its_parent_is_chosen_joins_the_filter(
    qtbot: Any, store: AsyncStore, session: Session
) -> None:
    folders, threads = folders_over(qtbot, session)
    top = run_coro(qtbot, folders.create_asking(ScriptedPerson(names=("Top",))))
    folders.select(top.id)
    settle(qtbot, threads)
    sub = run_coro(qtbot, folders.create_asking(ScriptedPerson(names=("Sub",)), top.id))
    add_thread(qtbot, store, "In sub", folder_id=sub.id)
    run_coro(qtbot, threads.refresh())
    assert listed(threads) == ["In sub"]
