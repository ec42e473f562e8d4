"""Thread files: JSON round-trips exactly, Markdown shows every part, wrong files get a clear sentence."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from belugadesk.core.thread_export import (
    THREAD_FILE,
    ThreadFileInvalid,
    from_json,
    to_json,
    to_json_dict,
    to_markdown,
)
from belugadesk.domain.models import (
    AttachmentPart,
    Backend,
    FileCitation,
    ImagePart,
    Message,
    MessageStatus,
    Role,
    TextPart,
    Thread,
    ToolCallPart,
    Usage,
)

WHEN = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def sample() -> tuple[Thread, list[Message]]:
    thread = Thread(
        remote_id="conv_abc",
        backend=Backend.RESPONSES,
        profile_id="p1",
        assistant_id="a1",
        assistant_version=2,
        title="Whales & code",
        pinned=True,
        created_at=WHEN,
        updated_at=WHEN,
        last_message_preview="Done.",
    )
    messages = [
        Message(
            role=Role.USER,
            remote_id="msg_1",
            parts=(
                TextPart(text="Look at ```this``` file"),
                AttachmentPart(file_id="file-1", filename="pods.csv", size=120),
            ),
            created_at=WHEN,
        ),
        Message(
            role=Role.ASSISTANT,
            remote_id="msg_2",
            model="gpt-4.1-mini",
            parts=(
                TextPart(
                    text="Belugas live in pods [1].",
                    annotations=(
                        FileCitation(file_id="file-1", filename="pods.csv", start=20, end=23, quote="pod"),
                    ),
                ),
                ToolCallPart(call_id="call_9", name="count_pods", arguments='{"sea": "arctic"}', output="12"),
                ImagePart(file_id="cfile_1", container_id="cntr_1"),
            ),
            usage=Usage(input_tokens=10, output_tokens=20, cached_tokens=3),
            created_at=WHEN,
        ),
        Message(
            role=Role.ASSISTANT,
            status=MessageStatus.FAILED,
            error="The server failed.",
            parts=(TextPart(text="Partial"),),
            created_at=WHEN,
        ),
    ]
    return thread, [m.model_copy(update={"thread_id": thread.id}) for m in messages]


def test_json_round_trip_is_exact_and_gives_new_local_ids() -> None:
    thread, messages = sample()
    text = to_json(thread, messages)
    document = json.loads(text)
    assert document["format"] == THREAD_FILE.name and document["version"] == 1
    assert "id" not in document["thread"] and all("id" not in m for m in document["messages"])

    imported = from_json(text)
    assert imported.thread.id != thread.id
    assert {m.thread_id for m in imported.messages} == {imported.thread.id}
    assert not {m.id for m in imported.messages} & {m.id for m in messages}
    assert to_json(imported.thread, imported.messages) == text
    assert imported.thread == thread.model_copy(update={"id": imported.thread.id})
    assert imported.messages[1].parts == messages[1].parts, "tool calls, citations, images survive"
    assert imported.messages[1].usage == messages[1].usage


def test_markdown_shows_texts_tools_citations_and_usage() -> None:
    thread, messages = sample()
    markdown = to_markdown(thread, messages, assistant_name="Whale expert")
    assert markdown.startswith("# Whales & code\n")
    for expected in (
        "Assistant: Whale expert",
        "`conv_abc`",
        "## You — ",
        "## Assistant (gpt-4.1-mini) — ",
        "Look at ```this``` file",
        "Belugas live in pods [1].",
        "1. pods.csv (`file-1`) — “pod”",
        "**Tool call** `count_pods`",
        '{"sea": "arctic"}',
        "Attachment: pods.csv",
        "Image `cfile_1`",
        "tokens: 10 in, 20 out, 3 cached",
        "status: failed; error: The server failed.",
    ):
        assert expected in markdown, expected
    assert "\n```json\n" in markdown


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("not json at all", "not valid JSON"),
        ("[1, 2]", "not a BelugaDesk thread export"),
        ('{"format": "something.else", "version": 1}', "not a BelugaDesk thread export"),
        ('{"format": "belugadesk.thread", "version": 99, "thread": {}, "messages": []}', "newer BelugaDesk"),
        ('{"format": "belugadesk.thread", "version": "1", "thread": {}, "messages": []}', "format version"),
        ('{"format": "belugadesk.thread", "version": 1, "thread": {}}', '"messages" list'),
        (
            '{"format": "belugadesk.thread", "version": 1, "thread": {"title": 5}, "messages": []}',
            "thread.title",
        ),
        (
            '{"format": "belugadesk.thread", "version": 1, "thread": {}, "messages": [{"role": "robot"}]}',
            "messages.0.role",
        ),
        ('{"format": "belugadesk.thread", "version": 1, "thread": {}, "messages": [3]}', "messages.0 is not"),
    ],
)
def test_wrong_files_are_refused_with_a_clear_sentence(text: str, words: str) -> None:
    with pytest.raises(ThreadFileInvalid) as refused:
        from_json(text)
    assert words in str(refused.value)


def test_json_dict_is_plain_data() -> None:
    thread, messages = sample()
    document = to_json_dict(thread, messages)
    assert json.loads(json.dumps(document)) == document
    assert document["messages"][1]["parts"][0]["annotations"][0]["quote"] == "pod"


def test_an_unreadable_message_is_exported_and_imported_with_its_raw_text(tmp_path: Path) -> None:
    from belugadesk.store import Store

    thread, messages = sample()
    damaged = Message(role=Role.ASSISTANT, raw_parts='[{"type": "te', status=MessageStatus.COMPLETED)
    document = json.loads(to_json(thread, [*messages, damaged]))
    assert "raw_parts" not in document["messages"][0], "readable messages keep the version-1 shape"
    assert document["messages"][-1]["raw_parts"] == '[{"type": "te'
    assert '[{"type": "te' in to_markdown(thread, [damaged]) and "could not be read" in to_markdown(
        thread, [damaged]
    )

    imported = from_json(to_json(thread, [*messages, damaged]))
    store = Store.open(tmp_path / "import.sqlite3")
    try:
        store.threads.create(imported.thread.model_copy(update={"assistant_id": None}))
        store.messages.append_many(imported.thread.id, imported.messages)
        stored = store.messages.list(imported.thread.id)[-1]
    finally:
        store.close()
    assert stored.unreadable and stored.raw_parts == '[{"type": "te'


def test_a_branch_is_exported_without_its_links_which_name_this_database_only() -> None:
    thread, messages = sample()
    branch = thread.model_copy(
        update={"branched_from_thread_id": "t-here", "branched_from_message_id": "m-here"}
    )

    exported = to_json_dict(branch, messages)

    assert "branched_from_thread_id" not in exported["thread"]
    assert "branched_from_message_id" not in exported["thread"]
    imported = from_json(to_json(branch, messages)).thread
    assert (imported.branched_from_thread_id, imported.branched_from_message_id) == (None, None)
    assert imported.title == thread.title
