"""The prompt library on two devices: prompts added, edited and deleted on one appear so on the other,
edits of different fields merge, and the first prompts each device's store made are one copy, not two."""

from __future__ import annotations

import json
from pathlib import Path

from belugadesk.domain.prompts import SavedPrompt
from belugadesk.store import backup
from belugadesk.store.schema import DEFAULT_PROMPTS
from tests.sync.devices import Device, settle

SEEDED = {pid: (title, tuple(json.loads(tags))) for pid, title, _body, tags in DEFAULT_PROMPTS}


def test_a_prompt_added_edited_and_deleted_on_one_device_is_so_on_the_other(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    prompt = a.store.prompts.save(
        SavedPrompt(title="Haiku", body="Write a haiku about {{topic}}.", tags=("fun",))
    )
    settle(a, b)
    got = b.store.prompts.get(prompt.id)
    assert got is not None and (got.title, got.body, got.tags) == ("Haiku", prompt.body, ("fun",))

    a.store.prompts.save(prompt.model_copy(update={"body": "Write a haiku about {{topic|the sea}}."}))
    settle(a, b)
    assert b.store.prompts.get(prompt.id).body == "Write a haiku about {{topic|the sea}}."  # type: ignore[union-attr]

    b.store.prompts.delete(prompt.id)
    settle(a, b)
    assert a.store.prompts.get(prompt.id) is None
    assert a.prompts() == b.prompts() == SEEDED


def test_a_title_edit_on_one_and_a_tags_edit_on_the_other_both_survive(pair: tuple[Device, Device]) -> None:
    a, b = pair
    prompt = a.store.prompts.save(SavedPrompt(title="Reply", body="Reply politely to:\n\n", tags=("mail",)))
    settle(a, b)

    a.store.prompts.save(a.store.prompts.get(prompt.id).model_copy(update={"title": "Polite reply"}))  # type: ignore[union-attr]
    b.store.prompts.save(b.store.prompts.get(prompt.id).model_copy(update={"tags": ("mail", "work")}))  # type: ignore[union-attr]
    settle(a, b)

    assert a.prompts()[prompt.id] == b.prompts()[prompt.id] == ("Polite reply", ("mail", "work"))
    assert a.store.prompts.get(prompt.id) == b.store.prompts.get(prompt.id)


def test_the_first_prompts_of_both_devices_are_one_copy(pair: tuple[Device, Device]) -> None:
    a, b = pair
    assert a.prompts() == b.prompts() == SEEDED  # each store made its own first prompts

    a.sync()
    assert b.sync().sent == 0  # the same rows: nothing to add
    settle(a, b)
    assert a.prompts() == b.prompts() == SEEDED
    assert a.sync().sent == b.sync().sent == 0


def test_a_first_prompt_deleted_on_one_device_goes_from_a_device_joining_later_without_a_backup(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "Sync"
    a = Device(tmp_path, shared, "laptop")
    a.store.prompts.delete("default-translate")
    a.store.prompts.save(
        a.store.prompts.get("default-proofread").model_copy(update={"title": "Check my text"})
    )  # type: ignore[union-attr]
    a.sync()
    b = Device(tmp_path, shared, "desktop")  # set up later, with all five first prompts
    try:
        report = b.sync()
        assert report.backup is None and report.deleted == 1
        assert backup.list_backups(backup.backups_folder(b.store.path)) == []  # type: ignore[arg-type]
        settle(a, b)
        assert a.prompts() == b.prompts()
        assert "default-translate" not in b.prompts()
        assert b.prompts()["default-proofread"][0] == "Check my text"
    finally:
        a.store.close()
        b.store.close()


def test_an_edited_prompt_deleted_on_the_other_device_is_kept_in_a_backup(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    settle(a, b)
    a.store.prompts.delete("default-summarize")
    b.store.prompts.save(b.store.prompts.get("default-summarize").model_copy(update={"title": "Sum up"}))  # type: ignore[union-attr]
    a.sync()
    report = b.sync()
    assert report.backup is not None
    assert "default-summarize" not in b.prompts()


def test_how_often_a_prompt_was_used_stays_with_each_device(pair: tuple[Device, Device]) -> None:
    a, b = pair
    settle(a, b)
    a.store.prompts.mark_used("default-summarize")
    assert a.sync().sent == 0
    b.sync()
    assert b.store.prompts.get("default-summarize").use_count == 0  # type: ignore[union-attr]
