"""Branch links in the thread index (schema v9): kept across an upgrade from v7, both ways, and a branch
outlives its original."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from belugadesk.domain.models import Message, Thread
from belugadesk.store import LATEST_VERSION, Store


def test_an_upgrade_from_version_7_keeps_the_data_and_links_branches(
    db_path: Path, build_db: Callable[[Path, int], None]
) -> None:
    build_db(db_path, 7)
    store = Store.open(db_path)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert store.backup == db_path.with_name(f"{db_path.name}.v7.bak")
        original = store.threads.get("t1")
        assert original is not None and original.title == "Résumé about whales"
        assert (original.branched_from_thread_id, original.branched_from_message_id) == (None, None)
        assert [m.text for m in store.messages.list("t1")] == [
            "Tell me about belugas",
            "Belugas are white whales that sing.",
        ]
        branch = Thread(
            title="Résumé about whales (branch)",
            remote_id="conv_2",
            branched_from_thread_id="t1",
            branched_from_message_id="m0",
        )
        with store.transaction():
            store.threads.create(branch)
            store.messages.append(branch.id, Message.user("Tell me about belugas"))
        assert store.threads.get(branch.id) == branch
        assert [t.id for t in store.threads.branches_of("t1")] == [branch.id]
        assert store.threads.branches_of(branch.id) == []
    finally:
        store.close()


def test_deleting_the_original_leaves_the_branch_and_its_link(store: Store) -> None:
    original = store.threads.create(Thread(title="Whales"))
    store.messages.append(original.id, Message.user("Tell me about whales"))
    branch = store.threads.create(
        Thread(title="Whales (branch)", branched_from_thread_id=original.id, branched_from_message_id="m")
    )
    store.messages.append(branch.id, Message.user("Tell me about whales"))
    assert store.threads.delete(original.id)
    kept = store.threads.get(branch.id)
    assert kept is not None and kept.branched_from_thread_id == original.id
    assert [m.text for m in store.messages.list(branch.id)] == ["Tell me about whales"]
    assert store.threads.get(original.id) is None
