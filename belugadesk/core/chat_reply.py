"""Folds the events of one streamed reply into the parts of a single assistant message (no Qt)."""

from __future__ import annotations

from belugadesk.domain.models import ContentPart, ImagePart, TextPart, ToolCallPart


class ReplyBuilder:
    """The parts of the reply being streamed, in arrival order.

    Text deltas grow the text part that is open (a new one starts after a tool call); a completed message
    replaces that streamed text with its final parts (citations included); tool calls and their outputs
    are kept in place; an image is shown once even when both the tool and the message name it.
    """

    def __init__(self, parts: tuple[ContentPart, ...] = ()):
        self.parts: list[ContentPart] = list(parts)
        self._open_text: int | None = None

    def add_text(self, delta: str) -> None:
        if not delta:
            return
        if self._open_text is None:
            self.parts.append(TextPart(text=delta))
            self._open_text = len(self.parts) - 1
            return
        current = self.parts[self._open_text]
        assert isinstance(current, TextPart)
        self.parts[self._open_text] = current.model_copy(update={"text": current.text + delta})

    def complete_message(self, parts: tuple[ContentPart, ...]) -> None:
        """The server's final copy of an assistant message replaces the streamed text."""
        seen = {p.file_id for p in self.parts if isinstance(p, ImagePart)}
        fresh = [p for p in parts if not (isinstance(p, ImagePart) and p.file_id in seen)]
        if self._open_text is None:
            self.parts.extend(fresh)
        else:
            at = self._open_text
            self.parts[at : at + 1] = fresh
        self._open_text = None

    def add_tool_call(self, call: ToolCallPart, images: tuple[ImagePart, ...] = ()) -> None:
        """A function call to answer, or a hosted tool that ran (with its images)."""
        self._open_text = None
        existing = self.index_of_call(call.call_id)
        if existing is None:
            self.parts.append(call)
        else:
            self.parts[existing] = call
        seen = {p.file_id for p in self.parts if isinstance(p, ImagePart)}
        self.parts.extend(i for i in images if i.file_id not in seen)

    def set_tool_output(self, call_id: str, output: str) -> None:
        at = self.index_of_call(call_id)
        if at is not None:
            call = self.parts[at]
            assert isinstance(call, ToolCallPart)
            self.parts[at] = call.model_copy(update={"output": output})

    def index_of_call(self, call_id: str) -> int | None:
        return next(
            (i for i, p in enumerate(self.parts) if isinstance(p, ToolCallPart) and p.call_id == call_id),
            None,
        )

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.parts if isinstance(p, TextPart))

    def snapshot(self) -> tuple[ContentPart, ...]:
        return tuple(self.parts)
