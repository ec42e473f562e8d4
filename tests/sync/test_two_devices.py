"""Two devices (two data folders, two stores, two engines) and one shared folder: concurrent edits converge,
whatever the order in which files arrive; half-written files wait; deletions win and keep the edit in a
backup; a device offline for a week catches up; nothing secret reaches the folder."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belugadesk.domain.models import AssistantDefinition, Backend, Message, Thread
from belugadesk.store import Store, backup
from belugadesk.store.sync_rows import SyncedTable
from belugadesk.sync import SyncEngine
from belugadesk.sync.update_log import SYNC_SUBFOLDER
from tests.credentials.helpers import fake_key
from tests.sync.devices import Device, settle


def test_a_rename_on_one_and_a_pin_on_the_other_both_survive(pair: tuple[Device, Device]) -> None:
    a, b = pair
    thread = a.store.threads.create(Thread(title="Whales"))
    settle(a, b)
    assert b.threads() == {thread.id: ("Whales", False, False)}

    a.store.threads.rename(thread.id, "Belugas")
    b.store.threads.set_pinned(thread.id, True)
    settle(a, b)

    assert a.threads() == b.threads() == {thread.id: ("Belugas", True, False)}


def test_two_new_threads_never_clash(pair: tuple[Device, Device]) -> None:
    a, b = pair
    one = a.store.threads.create(Thread(title="New chat"))
    two = b.store.threads.create(Thread(title="New chat"))
    settle(a, b)
    assert (
        a.threads() == b.threads() == {one.id: ("New chat", False, False), two.id: ("New chat", False, False)}
    )


def test_a_delete_against_an_edit_ends_deleted_with_the_edit_in_a_backup(pair: tuple[Device, Device]) -> None:
    a, b = pair
    thread = a.store.threads.create(Thread(title="Draft plan"))
    settle(a, b)

    a.store.threads.delete(thread.id)
    b.store.threads.rename(thread.id, "Final plan")  # at the same time, not knowing of the delete
    a.sync()
    report = b.sync()
    a.sync()

    assert a.threads() == b.threads() == {}
    assert report.backup is not None and report.deleted == 1
    kept = Store.open(report.backup)
    try:
        assert kept.threads.get(thread.id) is not None
        assert kept.threads.get(thread.id).title == "Final plan"  # type: ignore[union-attr]
    finally:
        kept.close()


def test_a_delete_of_a_thread_the_other_had_seen_makes_no_backup(pair: tuple[Device, Device]) -> None:
    a, b = pair
    thread = b.store.threads.create(Thread(title="Old"))
    settle(a, b)
    a.store.threads.delete(thread.id)
    a.sync()
    report = b.sync()
    assert report.deleted == 1 and report.backup is None
    assert backup.list_backups(backup.backups_folder(b.store.path)) == []  # type: ignore[arg-type]


def test_local_threads_carry_their_messages_remote_ones_do_not(pair: tuple[Device, Device]) -> None:
    a, b = pair
    local = a.store.threads.create(Thread(title="Ollama chat", backend=Backend.CHAT_COMPLETIONS))
    a.store.messages.append_many(local.id, [Message.user("Hi there"), Message.assistant("Hello!")])
    remote = a.store.threads.create(Thread(title="Server chat", remote_id="conv_1"))
    a.store.messages.append(remote.id, Message.user("kept on the server"))
    settle(a, b)

    assert b.messages(local.id) == ["Hi there", "Hello!"]
    assert b.store.search("Hello")[0].thread_id == local.id  # indexed for search too
    assert b.threads()[remote.id] == ("Server chat", False, False)
    assert b.store.threads.get(remote.id).remote_id == "conv_1"  # type: ignore[union-attr]
    assert b.messages(remote.id) == []

    b.store.messages.append(local.id, Message.user("Continued on the desktop"))
    settle(a, b)
    assert a.messages(local.id) == ["Hi there", "Hello!", "Continued on the desktop"]


def test_assistants_are_shared_and_edits_merge(pair: tuple[Device, Device]) -> None:
    a, b = pair
    helper = a.store.assistants.save(AssistantDefinition(name="Helper", model="gpt-4.1-mini"))
    thread = a.store.threads.create(Thread(title="With helper", assistant_id=helper.id))
    settle(a, b)
    assert b.store.assistants.get(helper.id).name == "Helper"  # type: ignore[union-attr]
    assert b.store.threads.get(thread.id).assistant_id == helper.id  # type: ignore[union-attr]

    a.store.assistants.save(helper.model_copy(update={"instructions": "Be brief."}))
    b.store.assistants.save(helper.model_copy(update={"name": "Brief helper"}))
    settle(a, b)
    for d in (a, b):
        got = d.store.assistants.get(helper.id)
        assert got is not None and (got.name, got.instructions) == ("Brief helper", "Be brief.")


def test_half_written_files_wait_until_they_are_whole(pair: tuple[Device, Device]) -> None:
    a, b = pair
    thread = a.store.threads.create(Thread(title="Arriving"))
    a.sync()
    [update] = list((a.engine.log.own).glob("*.update"))
    whole = update.read_bytes()
    update.write_bytes(whole[: len(whole) // 2])  # the sync tool has copied half of it so far

    report = b.sync()
    assert report.files_waiting == 1 and b.threads() == {}

    update.write_bytes(whole)
    b.sync()
    assert b.threads() == {thread.id: ("Arriving", False, False)}


def test_a_device_offline_for_a_week_catches_up(tmp_path: Path) -> None:
    shared = tmp_path / "Sync"
    away = tmp_path / "away-copy"
    a, b = Device(tmp_path, shared, "laptop"), Device(tmp_path, shared, "desktop")
    try:
        settle(a, b)
        ids = []
        for day in range(7):  # a week of use on the laptop: many cycles, many files
            for n in range(12):
                ids.append(a.store.threads.create(Thread(title=f"Day {day} chat {n}")).id)
                a.sync()
            a.store.threads.rename(ids[day], f"Renamed on day {day}")
            a.sync()
        b.store.threads.create(Thread(title="Written offline on the desktop"))
        own_files = list(a.engine.log.own.glob("*.update"))
        assert len(own_files) <= 51  # the laptop compacted its log meanwhile

        b.sync()
        a.sync()
        assert a.threads() == b.threads()
        assert len(b.threads()) == 85
        assert b.threads()[ids[3]][0] == "Renamed on day 3"
    finally:
        a.store.close()
        b.store.close()
    shutil.rmtree(away, ignore_errors=True)


def test_a_restarted_engine_resumes_from_the_files(tmp_path: Path) -> None:
    shared = tmp_path / "Sync"
    a, b = Device(tmp_path, shared, "laptop"), Device(tmp_path, shared, "desktop")
    try:
        t = a.store.threads.create(Thread(title="Before restart"))
        settle(a, b)
        b.engine = SyncEngine(shared, b.id, "desktop")  # the app started again
        b.store.threads.set_archived(t.id, True)
        b.sync()
        a.sync()
        assert a.threads() == {t.id: ("Before restart", False, True)}
    finally:
        a.store.close()
        b.store.close()


def test_no_key_or_secret_reaches_the_folder(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    key = fake_key()  # made at run time: no key-shaped literal in the repository
    thread = a.store.threads.create(Thread(title="Safe", backend=Backend.CHAT_COMPLETIONS))
    a.store.messages.append(thread.id, Message.assistant("failed", error=f"401 for key {key}"))
    settle(a, b)
    for path in (tmp_path / "Sync").rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes(), path
    assert (tmp_path / "Sync" / SYNC_SUBFOLDER).is_dir()


# --- any order of applying the files --------------------------------------------------------------------

EDITS = st.lists(
    st.tuples(
        st.sampled_from(["a", "b"]),
        st.sampled_from(
            [
                "rename",
                "pin",
                "archive",
                "new",
                "delete",
                "msg",
                "prompt",
                "unprompt",
                "folder",
                "file",
                "unfolder",
            ]
        ),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, order=st.randoms(use_true_random=False), data=st.data())
def test_concurrent_edits_converge_in_any_order_of_files(
    tmp_path_factory: pytest.TempPathFactory,
    edits: list[tuple[str, str]],
    order: random.Random,
    data: st.DataObject,
) -> None:
    root = tmp_path_factory.mktemp("devices")
    shared = root / "Sync"
    a, b = Device(root, shared, "laptop"), Device(root, shared, "desktop")
    c_folder = root / "third"  # a third device that receives the files in a shuffled order, twice
    c = Device(root, c_folder, "tablet")
    try:
        first = a.store.threads.create(Thread(title="Shared", backend=Backend.CHAT_COMPLETIONS))
        settle(a, b)
        devices = {"a": a, "b": b}
        for who, what in edits:
            d = devices[who]
            existing = list(d.threads())
            target = existing[0] if existing else None
            prompts = sorted(d.prompts())
            folders = [f.id for f in d.store.folders.list()]
            if what == "folder" or (what in ("file", "unfolder") and not folders):
                d.store.folders.create(f"folder by {who}", parent_id=folders[0] if folders else None)
            elif what == "file" and target is not None:
                d.store.threads.set_folder(target, folders[-1])
            elif what == "unfolder":
                d.store.folders.delete(folders[0])
            elif what == "prompt" and prompts:
                prompt = d.store.prompts.get(prompts[0])
                assert prompt is not None
                d.store.prompts.save(prompt.model_copy(update={"title": f"prompt by {who}"}))
            elif what == "unprompt" and prompts:
                d.store.prompts.delete(prompts[-1])
            elif what == "new" or target is None:
                d.store.threads.create(Thread(title=f"new by {who}", backend=Backend.CHAT_COMPLETIONS))
            elif what == "rename":
                d.store.threads.rename(target, f"renamed by {who}")
            elif what == "pin":
                d.store.threads.set_pinned(target, True)
            elif what == "archive":
                d.store.threads.set_archived(target, True)
            elif what == "delete":
                d.store.threads.delete(target)
            else:
                d.store.messages.append(target, Message.user(f"note by {who}"))
            d.sync()  # each edit becomes a file; the other device does not read it yet
        files = sorted(p for p in shared.rglob("*.update"))
        order.shuffle(files)
        dupes = data.draw(st.lists(st.sampled_from(files), max_size=3)) if files else []
        for f in [*files, *dupes]:  # late, twice, out of order
            target = c_folder / f.relative_to(shared)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(f, target)
            c.sync()
        settle(a, b)
        assert a.threads() == b.threads() == c.threads()
        assert a.prompts() == b.prompts() == c.prompts()
        assert a.folders() == b.folders() == c.folders()
        for thread_id in a.threads():
            assert (
                sorted(a.messages(thread_id))
                == sorted(b.messages(thread_id))
                == sorted(c.messages(thread_id))
            )
        assert first.id in a.threads() or all(first.id not in d.threads() for d in (a, b, c))
    finally:
        for d in (a, b, c):
            d.store.close()


def test_a_restore_on_one_device_is_shared_with_the_other(pair: tuple[Device, Device]) -> None:
    a, b = pair
    thread = a.store.threads.create(Thread(title="Good title"))
    settle(a, b)
    assert b.store.path is not None
    kept = backup.back_up(b.store.path)
    a.store.threads.rename(thread.id, "A mistake")
    settle(a, b)
    assert b.threads()[thread.id][0] == "A mistake"

    b.store.close()  # restore while the app is closed, as `belugadesk restore` does
    backup.restore(b.store.path, kept)
    b.store = Store.open(b.store.path)
    b.engine = SyncEngine(b.engine.log.folder, b.id, "desktop")
    settle(b, a)

    assert a.threads() == b.threads() == {thread.id: ("Good title", False, False)}


def test_an_idle_check_reads_no_rows(pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    a.store.threads.create(Thread(title="Once"))
    settle(a, b)
    calls: list[str] = []
    original = SyncedTable.rows

    def counted(table: SyncedTable, conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
        calls.append(table.name)
        return original(table, conn)

    monkeypatch.setattr(SyncedTable, "rows", counted)
    b.sync()
    assert calls == []
    b.store.threads.create(Thread(title="A change here"))
    b.sync()
    assert "threads" in calls


def test_a_thread_is_listed_under_the_profile_of_the_same_name(pair: tuple[Device, Device]) -> None:
    a, b = pair
    a.engine.profile_names = {"laptop-work-id": "Work", "laptop-home-id": "Home"}
    b.engine.profile_names = {"desktop-work-id": "Work"}
    work = a.store.threads.create(Thread(title="Quarterly plan", profile_id="laptop-work-id"))
    home = a.store.threads.create(Thread(title="Holiday", profile_id="laptop-home-id"))
    settle(a, b)

    assert b.store.threads.get(work.id).profile_id == "desktop-work-id"  # type: ignore[union-attr]
    assert b.store.threads.get(home.id).profile_id == "Home"  # type: ignore[union-attr]  # no such profile here
    b.store.threads.set_pinned(work.id, True)
    settle(a, b)
    assert a.store.threads.get(work.id).profile_id == "laptop-work-id"  # type: ignore[union-attr]
    assert a.threads()[work.id] == b.threads()[work.id] == ("Quarterly plan", True, False)
    assert a.sync().sent == b.sync().sent == 0  # no back and forth between the two ids

    b.engine.profile_names = {"desktop-work-id": "Work", "desktop-home-id": "Home"}  # made later
    b.sync()
    assert b.store.threads.get(home.id).profile_id == "desktop-home-id"  # type: ignore[union-attr]
    assert b.sync().sent == 0
