"""The message list model merges a reloaded history by identity and content, touching only what changed."""

from __future__ import annotations

from typing import Any

from belugadesk.domain.models import Message, Role, TextPart
from belugadesk.viewmodels.chat.message_model import MessageListModel


def _message(text: str, role: Role = Role.USER) -> Message:
    return Message(thread_id="t", role=role, parts=(TextPart(text=text),))


def record_changes(model: MessageListModel) -> list[tuple[Any, ...]]:
    """Every row-touching signal ``model`` emits from now on, as (signal name, first row, last row)."""
    seen: list[tuple[Any, ...]] = []
    model.dataChanged.connect(lambda top, bottom, *_: seen.append(("dataChanged", top.row(), bottom.row())))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("rowsInserted", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(("rowsRemoved", first, last)))
    model.rowsMoved.connect(lambda *args: seen.append(("rowsMoved",)))
    model.modelReset.connect(lambda: seen.append(("modelReset",)))
    model.layoutChanged.connect(lambda *args: seen.append(("layoutChanged",)))
    return seen


def _revisions(model: MessageListModel) -> list[int]:
    return [model.revision_at(row) for row in range(model.rowCount())]


def test_merging_an_unchanged_history_touches_no_row(qtbot: Any) -> None:
    messages = [_message(f"message {i}", Role.USER if i % 2 else Role.ASSISTANT) for i in range(6)]
    model = MessageListModel()
    model.reset(messages)
    revisions = _revisions(model)
    seen = record_changes(model)

    model.merge([m.model_copy() for m in messages])  # equal copies, as read back from the store

    assert seen == []
    assert _revisions(model) == revisions
    assert model.messages == messages


def test_merging_one_changed_message_touches_only_its_row(qtbot: Any) -> None:
    messages = [_message(f"message {i}") for i in range(6)]
    model = MessageListModel()
    model.reset(messages)
    revisions = _revisions(model)
    seen = record_changes(model)
    changed = messages[3].model_copy(update={"remote_id": "msg_3"})

    model.merge([*messages[:3], changed, *messages[4:]])

    assert seen == [("dataChanged", 3, 3)]
    after = _revisions(model)
    assert after[3] != revisions[3]
    assert after[:3] + after[4:] == revisions[:3] + revisions[4:]
    assert model.message_at(3) == changed


def test_merging_inserts_and_removes_only_the_rows_that_came_and_went(qtbot: Any) -> None:
    messages = [_message(f"message {i}") for i in range(6)]
    model = MessageListModel()
    model.reset(messages)
    revisions = _revisions(model)
    seen = record_changes(model)
    new = [_message("between"), _message("at the end")]
    merged = [messages[0], new[0], *messages[1:2], *messages[3:], new[1]]

    model.merge(merged)

    assert model.messages == merged
    assert sorted(seen) == [("rowsInserted", 1, 1), ("rowsInserted", 6, 6), ("rowsRemoved", 2, 2)]
    after = _revisions(model)
    kept = [revisions[i] for i in (0, 1, 3, 4, 5)]
    assert [after[i] for i in (0, 2, 3, 4, 5)] == kept
    assert len(set(after)) == len(after)


def test_merging_into_an_empty_list_inserts_every_row(qtbot: Any) -> None:
    model = MessageListModel()
    seen = record_changes(model)
    messages = [_message(f"message {i}") for i in range(3)]

    model.merge(messages)

    assert seen == [("rowsInserted", 0, 2)]
    assert model.messages == messages
