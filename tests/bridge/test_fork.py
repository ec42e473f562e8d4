"""``fork`` on both remote backends, against the local API through the real SDK: the new thread holds what
its API can hold of the history (text, a user's images and files where allowed, answered function calls on
Responses), the rest is counted in ``left_out``, and the original is not touched."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from belugadesk.domain.backend import LeftOut
from belugadesk.domain.models import (
    AttachmentPart,
    Backend,
    ImagePart,
    Message,
    Role,
    TextPart,
    ToolCallPart,
)
from belugadesk.localapi.png import bar_chart_png
from tests.bridge.helpers import assistant

EXPECTED_LEFT_OUT = {
    # Responses: the code interpreter's call and its image (in a container), the file (searched through the
    # original conversation's vector store)
    Backend.RESPONSES: LeftOut(tool_calls=1, images=1, files=1),
    # Assistants: no tool call fits in a thread; the container's image does not either
    Backend.ASSISTANTS: LeftOut(tool_calls=2, images=1, files=0),
}


def test_a_fork_holds_what_its_api_can_and_counts_the_rest(
    with_backend: Callable[[Callable[[Any], Awaitable[Any]]], Any], backend_kind: Backend, tmp_path: Path
) -> None:
    picture = tmp_path / "chart.png"
    picture.write_bytes(bar_chart_png())
    notes = tmp_path / "notes.txt"
    notes.write_text("Belugas sing.\n")

    async def scenario(backend: Any) -> None:
        image = await backend.upload_file(picture, tool="vision")
        document = await backend.upload_file(notes, tool="file_search")
        original = await backend.create_thread(assistant())
        await backend.add_messages(original, [Message.user("kept apart")])
        history = [
            Message(
                role=Role.USER,
                parts=(
                    TextPart(text="What is in this chart?"),
                    ImagePart(file_id=image.id),
                    AttachmentPart(file_id=document.id, filename="notes.txt"),
                ),
            ),
            Message(
                role=Role.ASSISTANT,
                parts=(
                    ToolCallPart(
                        call_id="call_1", name="get_weather", arguments='{"city": "Oslo"}', output="sunny"
                    ),
                    TextPart(text="Bars, and it is sunny."),
                ),
            ),
            Message(
                role=Role.ASSISTANT,
                parts=(
                    ToolCallPart(call_id="ci_1", kind="code_interpreter", arguments="plot()", output=""),
                    ImagePart(file_id="cfile_1", container_id="cntr_1"),
                ),
            ),
            Message.user("Thanks"),
        ]

        fork = await backend.fork(original, assistant(), history)

        assert fork.remote_id != original
        assert fork.left_out == EXPECTED_LEFT_OUT[backend_kind]
        copied = (await backend.load_history(fork.remote_id)).messages
        said = [(m.role, m.text) for m in copied if m.text]
        assert said == [
            (Role.USER, "What is in this chart?"),
            (Role.ASSISTANT, "Bars, and it is sunny."),
            (Role.USER, "Thanks"),
        ]
        assert [p.file_id for p in copied[0].parts if isinstance(p, ImagePart)] == [image.id]
        calls = [p for m in copied for p in m.parts if isinstance(p, ToolCallPart)]
        if backend_kind is Backend.RESPONSES:
            assert {(c.call_id, c.name or "", c.output) for c in calls} == {
                ("call_1", "get_weather", None),
                ("call_1", "", "sunny"),
            }
        else:
            assert calls == []
            assert [p.file_id for p in copied[0].parts if isinstance(p, AttachmentPart)] == [document.id]
        kept = (await backend.load_history(original)).messages
        assert [m.text for m in kept] == ["kept apart"]

    with_backend(scenario)


def test_an_empty_history_makes_an_empty_thread(
    with_backend: Callable[[Callable[[Any], Awaitable[Any]]], Any],
) -> None:
    async def scenario(backend: Any) -> None:
        original = await backend.create_thread(assistant())
        fork = await backend.fork(original, assistant(), [])
        assert not fork.left_out
        assert (await backend.load_history(fork.remote_id)).messages == ()

    with_backend(scenario)


def test_a_call_and_its_output_in_separate_rows_are_carried_and_an_unanswered_call_is_not() -> None:
    from belugadesk.bridge.responses_mapping import fork_items

    history = [
        Message.user("weather?"),
        Message(role=Role.ASSISTANT, parts=(ToolCallPart(call_id="c1", name="get_weather", arguments="{}"),)),
        Message(role=Role.TOOL, parts=(ToolCallPart(call_id="c1", output="sunny"),)),
        Message(role=Role.ASSISTANT, parts=(ToolCallPart(call_id="c2", name="get_weather", arguments="{}"),)),
    ]

    items, left_out = fork_items(history)

    assert [(i["type"], i.get("call_id")) for i in items] == [
        ("message", None),
        ("function_call", "c1"),
        ("function_call_output", "c1"),
    ]
    assert left_out == LeftOut(tool_calls=1)  # c2 was never answered: a conversation could not go on
