"""Pure mapping between domain models and Responses/Conversations API payloads (no I/O)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belugadesk.domain.models import (
    AssistantDefinition,
    AttachmentPart,
    CodeInterpreterTool,
    ContentPart,
    FileCitation,
    FileSearchTool,
    FunctionTool,
    ImagePart,
    Message,
    MessageStatus,
    Role,
    TextPart,
    ToolCallPart,
)


def tools_param(assistant: AssistantDefinition, attachments: Sequence[AttachmentPart] = ()) -> list[dict[str, Any]]:
    code_files = [a.file_id for a in attachments if a.tool == "code_interpreter"]
    tools: list[dict[str, Any]] = []
    for tool in assistant.tools:
        if isinstance(tool, FunctionTool):
            tools.append(
                {
                    "type": "function",
                    "name": tool.name,
                    "description": tool.description,
                    "parameters": tool.parameters,
                    "strict": tool.strict,
                }
            )
        elif isinstance(tool, FileSearchTool):
            if tool.vector_store_ids:
                spec: dict[str, Any] = {"type": "file_search", "vector_store_ids": list(tool.vector_store_ids)}
                if tool.max_num_results:
                    spec["max_num_results"] = tool.max_num_results
                tools.append(spec)
        elif isinstance(tool, CodeInterpreterTool):
            tools.append({"type": "code_interpreter", "container": {"type": "auto", "file_ids": code_files}})
    return tools


def text_param(assistant: AssistantDefinition) -> dict[str, Any]:
    fmt = assistant.response_format
    if fmt.type == "json_schema" and fmt.json_schema is not None:
        schema = fmt.json_schema
        return {
            "format": {
                "type": "json_schema",
                "name": schema.name,
                "schema": schema.schema_,
                "description": schema.description,
                "strict": schema.strict,
            }
        }
    if fmt.type == "json_object":
        return {"format": {"type": "json_object"}}
    return {"format": {"type": "text"}}


def request_params(assistant: AssistantDefinition, attachments: Sequence[AttachmentPart] = ()) -> dict[str, Any]:
    """The per-request settings an assistant definition contributes to ``responses.create``."""
    params: dict[str, Any] = {"model": assistant.model, "text": text_param(assistant)}
    if assistant.instructions:
        params["instructions"] = assistant.instructions
    tools = tools_param(assistant, attachments)
    if tools:
        params["tools"] = tools
    if assistant.temperature is not None:
        params["temperature"] = assistant.temperature
    if assistant.top_p is not None:
        params["top_p"] = assistant.top_p
    return params


def user_input(text: str, attachments: Sequence[AttachmentPart] = ()) -> list[dict[str, Any]]:
    content: list[dict[str, Any]] = [{"type": "input_text", "text": text}]
    content.extend(
        {"type": "input_file", "file_id": a.file_id} for a in attachments if a.tool == "file_search"
    )
    return [{"type": "message", "role": "user", "content": content}]


def _annotations(raw: Sequence[Any]) -> tuple[FileCitation, ...]:
    out: list[FileCitation] = []
    for ann in raw or ():
        if getattr(ann, "type", None) == "file_citation":
            index = getattr(ann, "index", None)
            out.append(
                FileCitation(
                    file_id=ann.file_id, filename=getattr(ann, "filename", "") or "", start=index, end=index
                )
            )
    return tuple(out)


def _images(raw: Sequence[Any]) -> list[ImagePart]:
    return [
        ImagePart(file_id=ann.file_id, container_id=ann.container_id)
        for ann in raw or ()
        if getattr(ann, "type", None) == "container_file_citation"
        and str(getattr(ann, "filename", "")).lower().endswith((".png", ".jpg", ".jpeg", ".gif", ".webp"))
    ]


def message_parts(content: Sequence[Any]) -> tuple[ContentPart, ...]:
    """Content of a ``message`` item as domain parts (text with citations, then any images)."""
    parts: list[ContentPart] = []
    images: list[ImagePart] = []
    for piece in content or ():
        kind = getattr(piece, "type", None)
        if kind in ("output_text", "input_text", "text"):
            annotations = getattr(piece, "annotations", None) or ()
            parts.append(TextPart(text=piece.text, annotations=_annotations(annotations)))
            images.extend(_images(annotations))
        elif kind == "refusal":
            parts.append(TextPart(text=piece.refusal))
        elif kind == "input_file":
            parts.append(
                AttachmentPart(file_id=piece.file_id or "", filename=getattr(piece, "filename", None) or "file")
            )
    return (*parts, *images)


def item_to_message(item: Any) -> Message | None:
    """A conversation item as a cached message, or ``None`` for items the app does not show."""
    kind = getattr(item, "type", None)
    created = {}
    if kind == "message":
        role = Role(item.role) if item.role in Role.__members__.values() else Role.ASSISTANT
        if role in (Role.SYSTEM,) or getattr(item, "role", "") == "developer":
            return None
        return Message(remote_id=item.id, role=role, parts=message_parts(item.content), **created)
    if kind == "function_call":
        call = ToolCallPart(call_id=item.call_id, kind="function", name=item.name, arguments=item.arguments)
        return Message(remote_id=item.id, role=Role.ASSISTANT, parts=(call,))
    if kind == "function_call_output":
        output = item.output if isinstance(item.output, str) else str(item.output)
        call = ToolCallPart(call_id=item.call_id, kind="function", output=output)
        return Message(remote_id=item.id, role=Role.TOOL, parts=(call,))
    if kind == "code_interpreter_call":
        logs = "\n".join(getattr(o, "logs", "") for o in (item.outputs or []) if getattr(o, "type", "") == "logs")
        call = ToolCallPart(call_id=item.id, kind="code_interpreter", arguments=item.code or "", output=logs)
        return Message(remote_id=item.id, role=Role.ASSISTANT, parts=(call,))
    if kind == "file_search_call":
        call = ToolCallPart(
            call_id=item.id, kind="file_search", arguments=", ".join(getattr(item, "queries", None) or [])
        )
        return Message(remote_id=item.id, role=Role.ASSISTANT, parts=(call,))
    return None


def status_of(item_status: str | None) -> MessageStatus:
    return {
        "in_progress": MessageStatus.IN_PROGRESS,
        "incomplete": MessageStatus.INCOMPLETE,
    }.get(item_status or "", MessageStatus.COMPLETED)
