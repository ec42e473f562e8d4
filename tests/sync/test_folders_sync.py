"""Folders on two devices: a folder made on one holds a thread moved into it on the other, with its
settings (parent, default assistant, extra instructions); a rename on one and a reorder on the other both
survive; a folder deleted on one while the other moves a thread into it leaves the thread in "No folder"
(and its subfolders at the top level)."""

from __future__ import annotations

from belugadesk.domain.models import AssistantDefinition, Thread
from tests.sync.devices import Device, settle


def _folders(d: Device) -> list[tuple[str, str | None, int, str | None, str]]:
    """The sidebar's folders in order: name, parent's name, position, default assistant, instructions."""
    folders = d.store.folders.list()
    names = {f.id: f.name for f in folders}
    return [
        (f.name, names.get(f.parent_id or ""), f.position, f.default_assistant_id, f.extra_instructions)
        for f in folders
    ]


def _folder_of(d: Device, thread_id: str) -> str | None:
    thread = d.store.threads.get(thread_id)
    assert thread is not None
    return thread.folder_id


def test_a_folder_made_on_one_device_holds_a_thread_moved_into_it_on_the_other(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    helper = a.store.assistants.save(AssistantDefinition(name="Helper", model="gpt-4.1-mini"))
    work = a.store.folders.create("Work")
    a.store.folders.set_defaults(work.id, helper.id, "Answer in British English.")
    reports = a.store.folders.create("Reports", parent_id=work.id)
    thread = b.store.threads.create(Thread(title="Quarterly numbers"))
    settle(a, b)
    assert (
        _folders(b)
        == _folders(a)
        == [
            ("Work", None, 0, helper.id, "Answer in British English."),
            ("Reports", "Work", 0, None, ""),
        ]
    )

    b.store.threads.set_folder(thread.id, reports.id)
    settle(a, b)
    assert _folder_of(a, thread.id) == _folder_of(b, thread.id) == reports.id
    assert a.store.folders.instructions_for(reports.id) == "Answer in British English."


def test_a_rename_on_one_and_a_reorder_on_the_other_both_survive(pair: tuple[Device, Device]) -> None:
    a, b = pair
    first, second, third = (a.store.folders.create(name) for name in ("Home", "Work", "Travel"))
    settle(a, b)

    a.store.folders.rename(first.id, "House")
    b.store.folders.move(first.id, 2)
    settle(a, b)

    assert [f[0] for f in _folders(a)] == [f[0] for f in _folders(b)] == ["Work", "Travel", "House"]
    assert _folders(a) == _folders(b)
    assert {second.id, third.id} < {f.id for f in b.store.folders.list()}


def test_a_folder_deleted_on_one_while_the_other_moves_a_thread_into_it_leaves_it_in_no_folder(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    doomed = a.store.folders.create("Old project")
    kept = a.store.folders.create("Current project")
    a.store.folders.create("Drafts", parent_id=doomed.id)
    thread = a.store.threads.create(Thread(title="Notes"))
    other = a.store.threads.create(Thread(title="Plan"))
    a.store.threads.set_folder(other.id, kept.id)
    settle(a, b)

    a.store.folders.delete(doomed.id)
    b.store.threads.set_folder(thread.id, doomed.id)  # at the same time, not knowing of the delete
    settle(a, b)

    assert _folder_of(a, thread.id) is None and _folder_of(b, thread.id) is None
    assert _folder_of(a, other.id) == _folder_of(b, other.id) == kept.id
    assert (
        _folders(a) == _folders(b) == [("Current project", None, 0, None, ""), ("Drafts", None, 1, None, "")]
    )
    for d in (a, b):  # and it stays so: nothing goes back and forth
        d.store.threads.rename(thread.id, "Notes, filed nowhere")
    settle(a, b)
    assert _folder_of(a, thread.id) is None and _folder_of(b, thread.id) is None


def test_subfolders_keep_their_parent_whatever_order_they_arrive_in(pair: tuple[Device, Device]) -> None:
    a, b = pair
    children = []
    for n in range(6):
        parent = a.store.folders.create(f"Project {n}")
        children += [a.store.folders.create(f"Part {n}.{m}", parent_id=parent.id) for m in range(3)]
    settle(a, b)
    assert _folders(a) == _folders(b)

    b.store.folders.rename(children[0].id, "Part zero")  # a change on the receiving device is shared back
    settle(a, b)
    assert _folders(a) == _folders(b)
    assert all(f.parent_id is not None for f in a.store.folders.list() if f.name.startswith("Part"))
