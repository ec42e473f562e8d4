"""Folders in the store: order, one level of nesting, counts, moving threads; deleting keeps threads."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from belugadesk.domain.folders import FolderProblem
from belugadesk.domain.models import Thread
from belugadesk.store import LATEST_VERSION, Store


def _thread(store: Store, title: str, folder_id: str | None = None, **extra: object) -> Thread:
    return store.threads.create(Thread(title=title, profile_id="p", folder_id=folder_id, **extra))


def test_folders_keep_their_order_and_nest_one_level(store: Store) -> None:
    work = store.folders.create("Work")
    home = store.folders.create("Home")
    taxes = store.folders.create("Taxes", parent_id=home.id)
    assert [f.name for f in store.folders.list()] == ["Work", "Home", "Taxes"]

    store.folders.move(home.id, 0)
    assert [f.name for f in store.folders.list()] == ["Home", "Taxes", "Work"]

    with pytest.raises(FolderProblem, match="one level only"):
        store.folders.create("Deeper", parent_id=taxes.id)
    with pytest.raises(FolderProblem, match="has subfolders"):
        store.folders.set_parent(home.id, work.id)
    store.folders.set_parent(taxes.id, work.id)
    assert [(f.name, f.parent_id) for f in store.folders.list()] == [
        ("Home", None),
        ("Work", None),
        ("Taxes", work.id),
    ]
    with pytest.raises(FolderProblem, match="needs a name"):
        store.folders.rename(work.id, "   ")
    store.folders.rename(work.id, "  Day   job ")
    assert store.folders.get(work.id).name == "Day job"  # type: ignore[union-attr]


def test_threads_move_in_are_counted_and_filtered(store: Store) -> None:
    work = store.folders.create("Work")
    a, b = _thread(store, "a"), _thread(store, "b")
    _thread(store, "old", work.id, archived=True)
    store.folders.move_threads([a.id, b.id], work.id)
    store.folders.move_threads([b.id], None)
    assert store.folders.thread_counts(profile_id="p") == {work.id: 1, None: 1}
    assert [t.title for t in store.threads.list(folder_ids=[work.id])] == ["a"]
    assert [t.title for t in store.threads.list(folder_ids=[])] == ["b"]


def test_deleting_a_folder_keeps_its_threads_and_lifts_its_subfolders(store: Store) -> None:
    work = store.folders.create("Work")
    sub = store.folders.create("Sub", parent_id=work.id)
    kept = _thread(store, "kept", work.id)
    in_sub = _thread(store, "in sub", sub.id)
    assert store.folders.delete(work.id) == 1
    assert store.folders.get(work.id) is None
    assert store.threads.get(kept.id).folder_id is None  # type: ignore[union-attr]
    assert store.threads.get(in_sub.id).folder_id == sub.id  # type: ignore[union-attr]
    assert [(f.name, f.parent_id) for f in store.folders.list()] == [("Sub", None)]


def test_a_subfolder_adds_its_instructions_after_its_parents_and_inherits_its_assistant(store: Store) -> None:
    top = store.folders.create("Top")
    sub = store.folders.create("Sub", parent_id=top.id)
    store.folders.set_defaults(top.id, None, "Answer in French. ")
    store.folders.set_defaults(sub.id, None, "Cite sources.")
    assert store.folders.instructions_for(sub.id) == "Answer in French.\n\nCite sources."
    assert store.folders.instructions_for(None) == ""


def test_migration_8_keeps_the_data_of_version_7(
    db_path: Path, build_db: Callable[[Path, int], None]
) -> None:
    build_db(db_path, 7)
    store = Store.open(db_path)
    try:
        assert LATEST_VERSION >= 8
        assert store.backup is not None and store.backup.name.endswith(".v7.bak")
        thread = store.threads.get("t1")
        assert thread is not None and thread.title == "Résumé about whales" and thread.folder_id is None
        assert store.messages.list("t1")[0].text == "Tell me about belugas"
        folder = store.folders.create("Whales")
        store.folders.move_threads(["t1"], folder.id)
        assert [t.id for t in store.threads.list(folder_ids=[folder.id])] == ["t1"]
        # the foreign key agrees with the repository: a folder removed by SQL leaves its threads unfiled
        store.conn.execute("DELETE FROM folders WHERE id = ?", (folder.id,))
        assert store.threads.get("t1").folder_id is None  # type: ignore[union-attr]
    finally:
        store.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()


def test_search_keeps_to_the_folders_asked(store: Store) -> None:
    work = store.folders.create("Work")
    sub = store.folders.create("Sub", parent_id=work.id)
    for title, folder_id in (("krill in work", work.id), ("krill in sub", sub.id), ("krill loose", None)):
        _thread(store, title, folder_id)
    # more matches elsewhere than the limit: the folder's own still come back
    for n in range(5):
        _thread(store, f"krill other {n}", store.folders.create(f"Other {n}").id)

    def titles(**filters: object) -> set[str]:
        return {h.thread_title for h in store.search("krill", limit=3, **filters)}  # type: ignore[arg-type]

    assert titles(folder_ids=[work.id, sub.id]) == {"krill in work", "krill in sub"}
    assert titles(folder_ids=[]) == {"krill loose"}
    assert len(titles()) == 3
