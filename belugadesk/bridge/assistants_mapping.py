"""Pure mapping between domain models and Assistants v2 payloads (no I/O)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from belugadesk.domain.backend import LOCAL_ID_KEY, VERSION_KEY, LeftOut
from belugadesk.domain.models import (
    REASONING_EFFORTS,
    AssistantDefinition,
    AttachmentPart,
    CodeInterpreterTool,
    ContentPart,
    FileCitation,
    FileSearchTool,
    FunctionTool,
    ImagePart,
    JsonSchemaFormat,
    Message,
    MessageStatus,
    ResponseFormat,
    Role,
    TextPart,
    Tool,
    ToolCallPart,
    Usage,
    new_id,
)

_OWN_KEYS = (LOCAL_ID_KEY, VERSION_KEY)
MAX_METADATA_KEYS = 16
MAX_METADATA_VALUE = 512


def tools_param(assistant: AssistantDefinition) -> list[dict[str, Any]]:
    tools: list[dict[str, Any]] = []
    for tool in assistant.tools:
        if isinstance(tool, FunctionTool):
            function: dict[str, Any] = {
                "name": tool.name,
                "description": tool.description,
                "parameters": tool.parameters,
            }
            if tool.strict:
                function["strict"] = True
            tools.append({"type": "function", "function": function})
        elif isinstance(tool, FileSearchTool):
            spec: dict[str, Any] = {"type": "file_search"}
            if tool.max_num_results:
                spec["file_search"] = {"max_num_results": tool.max_num_results}
            tools.append(spec)
        elif isinstance(tool, CodeInterpreterTool):
            tools.append({"type": "code_interpreter"})
    return tools


def tool_resources(assistant: AssistantDefinition) -> dict[str, Any]:
    ids = [vs for t in assistant.tools if isinstance(t, FileSearchTool) for vs in t.vector_store_ids]
    return {"file_search": {"vector_store_ids": ids}} if ids else {}


def response_format_param(fmt: ResponseFormat) -> Any:
    if fmt.type == "json_schema" and fmt.json_schema is not None:
        schema = fmt.json_schema
        body: dict[str, Any] = {"name": schema.name, "schema": schema.schema_, "strict": schema.strict}
        if schema.description:
            body["description"] = schema.description
        return {"type": "json_schema", "json_schema": body}
    if fmt.type == "json_object":
        return {"type": "json_object"}
    return "auto"


def metadata_param(assistant: AssistantDefinition) -> dict[str, str]:
    """The definition's own metadata (at most 14 keys) plus the two keys that tie it to the local copy."""
    own = {LOCAL_ID_KEY: assistant.id, VERSION_KEY: str(assistant.version)}
    theirs = [(k, v[:MAX_METADATA_VALUE]) for k, v in assistant.metadata.items() if k not in own]
    return dict(theirs[: MAX_METADATA_KEYS - len(own)]) | own


def assistant_params(assistant: AssistantDefinition) -> dict[str, Any]:
    """Everything ``assistants.create``/``update`` needs to mirror the local definition."""
    params: dict[str, Any] = {
        "model": assistant.model,
        "name": assistant.name[:256],
        "description": assistant.description[:512],
        "instructions": assistant.instructions,
        "tools": tools_param(assistant),
        "tool_resources": tool_resources(assistant) or None,
        "temperature": assistant.temperature,
        "top_p": assistant.top_p,
        "response_format": response_format_param(assistant.response_format),
        "metadata": metadata_param(assistant),
    }
    return params


def _tool_from_remote(raw: Any, vector_store_ids: Sequence[str]) -> Tool | None:
    kind = getattr(raw, "type", None)
    if kind == "function":
        fn = raw.function
        return FunctionTool(
            name=fn.name,
            description=fn.description or "",
            parameters=fn.parameters or {"type": "object", "properties": {}},
            strict=bool(getattr(fn, "strict", False)),
        )
    if kind == "file_search":
        options = getattr(raw, "file_search", None)
        return FileSearchTool(
            vector_store_ids=tuple(vector_store_ids),
            max_num_results=getattr(options, "max_num_results", None),
        )
    if kind == "code_interpreter":
        return CodeInterpreterTool()
    return None


def _format_from_remote(raw: Any) -> ResponseFormat:
    kind = getattr(raw, "type", None)
    if kind == "json_object":
        return ResponseFormat(type="json_object")
    if kind == "json_schema":
        schema = raw.json_schema
        return ResponseFormat(
            type="json_schema",
            json_schema=JsonSchemaFormat(
                name=schema.name,
                schema_=schema.schema_ or {},
                description=schema.description or "",
                strict=bool(schema.strict),
            ),
        )
    return ResponseFormat()


def remote_to_definition(remote: Any, profile_id: str) -> AssistantDefinition:
    """A server-side assistant as a local definition; ``remote_ids[profile_id]`` names it."""
    metadata = dict(remote.metadata or {})
    local_id = metadata.pop(LOCAL_ID_KEY, None) or new_id()
    try:
        version = max(1, int(metadata.pop(VERSION_KEY, "1")))
    except ValueError:
        version = 1
    resources = getattr(remote, "tool_resources", None)
    search = getattr(resources, "file_search", None)
    vs_ids = tuple(getattr(search, "vector_store_ids", None) or ())
    tools = tuple(t for t in (_tool_from_remote(raw, vs_ids) for raw in remote.tools or ()) if t is not None)
    created = datetime.fromtimestamp(remote.created_at, UTC)
    effort = getattr(remote, "reasoning_effort", None)
    return AssistantDefinition(
        id=local_id,
        name=remote.name or "Untitled assistant",
        model=remote.model,
        instructions=remote.instructions or "",
        description=remote.description or "",
        tools=tools,
        temperature=remote.temperature,
        top_p=remote.top_p,
        # an effort this app does not offer (a newer one) is left to the model's default
        reasoning_effort=effort if effort in REASONING_EFFORTS else None,
        response_format=_format_from_remote(remote.response_format),
        metadata=metadata,
        version=version,
        remote_ids={profile_id: remote.id},
        created_at=created,
        updated_at=created,
    )


def user_content(text: str, images: Sequence[ImagePart] = ()) -> str | list[dict[str, Any]]:
    """A user message's content: its text, and its images as ``image_file`` blocks."""
    if not images:
        return text or " "
    blocks: list[dict[str, Any]] = [{"type": "text", "text": text}] if text else []
    blocks.extend({"type": "image_file", "image_file": {"file_id": i.file_id}} for i in images)
    return blocks


def attachments_param(attachments: Sequence[AttachmentPart]) -> list[dict[str, Any]]:
    return [{"file_id": a.file_id, "tools": [{"type": a.tool}]} for a in attachments]


# --- messages --------------------------------------------------------------------------------------


def _citations(text: str, annotations: Iterable[Any]) -> tuple[FileCitation, ...]:
    out = []
    for ann in annotations or ():
        if getattr(ann, "type", None) == "file_citation":
            citation = getattr(ann, "file_citation", None)
            out.append(
                FileCitation(
                    file_id=getattr(citation, "file_id", "") or "",
                    start=getattr(ann, "start_index", None),
                    end=getattr(ann, "end_index", None),
                    quote=getattr(ann, "text", "") or "",
                )
            )
    return tuple(out)


def content_parts(content: Sequence[Any]) -> tuple[ContentPart, ...]:
    """A message's content blocks as domain parts: text (with citations) and images (by file id)."""
    parts: list[ContentPart] = []
    images: list[ImagePart] = []
    for block in content or ():
        kind = getattr(block, "type", None)
        if kind == "text":
            parts.append(
                TextPart(
                    text=block.text.value, annotations=_citations(block.text.value, block.text.annotations)
                )
            )
            images.extend(
                ImagePart(file_id=ann.file_path.file_id)
                for ann in block.text.annotations or ()
                if getattr(ann, "type", None) == "file_path"
                and str(getattr(ann, "text", "")).lower().endswith((".png", ".jpg", ".jpeg", ".gif", ".webp"))
            )
        elif kind == "image_file":
            images.append(ImagePart(file_id=block.image_file.file_id))
        elif kind == "refusal":
            parts.append(TextPart(text=block.refusal))
    seen: set[str] = set()
    unique = [i for i in images if not (i.file_id in seen or seen.add(i.file_id))]  # type: ignore[func-returns-value]
    return (*parts, *unique)


def attachment_parts(raw: Sequence[Any] | None) -> tuple[AttachmentPart, ...]:
    out = []
    for att in raw or ():
        tools = [getattr(t, "type", "") for t in getattr(att, "tools", None) or ()]
        tool = "code_interpreter" if tools == ["code_interpreter"] else "file_search"
        out.append(AttachmentPart(file_id=att.file_id or "", filename=att.file_id or "file", tool=tool))
    return tuple(out)


_MESSAGE_STATUS = {
    "in_progress": MessageStatus.IN_PROGRESS,
    "incomplete": MessageStatus.INCOMPLETE,
    "completed": MessageStatus.COMPLETED,
}


def message_to_domain(message: Any) -> Message:
    role = Role.USER if message.role == "user" else Role.ASSISTANT
    parts = (*content_parts(message.content), *attachment_parts(getattr(message, "attachments", None)))
    status = _MESSAGE_STATUS.get(getattr(message, "status", None) or "", MessageStatus.COMPLETED)
    if status is MessageStatus.INCOMPLETE and getattr(message, "incomplete_details", None) is not None:
        reason = getattr(message.incomplete_details, "reason", "")
        if reason == "run_cancelled":
            status = MessageStatus.CANCELLED
    return Message(
        remote_id=message.id,
        role=role,
        parts=parts,
        status=status,
        created_at=datetime.fromtimestamp(message.created_at, UTC),
    )


# --- run steps -------------------------------------------------------------------------------------


def step_tool_calls(step: Any) -> list[tuple[ToolCallPart, tuple[ImagePart, ...]]]:
    """The tool calls a ``tool_calls`` run step made: each call (with its output) and any images."""
    details: Any = getattr(step, "step_details", None)
    if getattr(details, "type", None) != "tool_calls":
        return []
    out: list[tuple[ToolCallPart, tuple[ImagePart, ...]]] = []
    for call in details.tool_calls or ():
        kind = getattr(call, "type", None)
        if kind == "code_interpreter":
            ci = call.code_interpreter
            outputs = ci.outputs or []
            logs = "\n".join(o.logs for o in outputs if getattr(o, "type", "") == "logs")
            images = tuple(
                ImagePart(file_id=o.image.file_id) for o in outputs if getattr(o, "type", "") == "image"
            )
            part = ToolCallPart(
                call_id=call.id, kind="code_interpreter", arguments=ci.input or "", output=logs
            )
            out.append((part, images))
        elif kind == "file_search":
            results = getattr(call.file_search, "results", None) or []
            names = ", ".join(getattr(r, "file_name", "") for r in results if getattr(r, "file_name", ""))
            out.append((ToolCallPart(call_id=call.id, kind="file_search", output=names or None), ()))
        elif kind == "function":
            fn = call.function
            part = ToolCallPart(
                call_id=call.id, kind="function", name=fn.name, arguments=fn.arguments or "", output=fn.output
            )
            out.append((part, ()))
    return out


def step_messages(step: Any) -> list[Message]:
    """History rows for a ``tool_calls`` step (a function call and its output become two rows)."""
    created = datetime.fromtimestamp(step.created_at, UTC)
    rows: list[Message] = []
    for call, images in step_tool_calls(step):
        if call.kind == "function":
            request = call.model_copy(update={"output": None})
            rows.append(
                Message(remote_id=call.call_id, role=Role.ASSISTANT, parts=(request,), created_at=created)
            )
            if call.output is not None:
                answer = ToolCallPart(call_id=call.call_id, kind="function", output=call.output)
                rows.append(Message(remote_id=f"{call.call_id}:output", role=Role.TOOL, parts=(answer,)))
        else:
            rows.append(
                Message(
                    remote_id=call.call_id, role=Role.ASSISTANT, parts=(call, *images), created_at=created
                )
            )
    return rows


def usage_of(run: Any) -> Usage | None:
    usage = getattr(run, "usage", None)
    if usage is None:
        return None
    return Usage(input_tokens=usage.prompt_tokens or 0, output_tokens=usage.completion_tokens or 0)


def fork_messages(history: Sequence[Message]) -> tuple[list[dict[str, Any]], LeftOut]:
    """``history`` as ``CreateMessageRequest`` bodies for a new thread (a branch), and what cannot go there.

    Text, images by file id (``image_file`` blocks) and a user's attached files (with their tool) are
    carried; a thread holds no tool calls, so those are left out and counted, and so are images that live
    in a Responses container."""
    bodies: list[dict[str, Any]] = []
    left = LeftOut()
    for message in history:
        calls = [p for p in message.parts if isinstance(p, ToolCallPart)]
        left += LeftOut(tool_calls=sum(bool(p.name) or p.kind != "function" for p in calls))
        if message.role not in (Role.USER, Role.ASSISTANT):
            continue
        images = [p for p in message.parts if isinstance(p, ImagePart) and not p.container_id]
        left += LeftOut(images=sum(isinstance(p, ImagePart) and bool(p.container_id) for p in message.parts))
        files = [p for p in message.parts if isinstance(p, AttachmentPart)]
        if message.role is Role.ASSISTANT:
            left += LeftOut(files=len(files))
            files = []
        if not message.text and not images and not files:
            continue
        body: dict[str, Any] = {"role": message.role.value, "content": user_content(message.text, images)}
        if files:
            body["attachments"] = attachments_param(files)
        bodies.append(body)
    return bodies, left
