"""Pure mapping between domain models and Responses/Conversations API payloads (no I/O)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belugadesk.domain.backend import LeftOut
from belugadesk.domain.mcp_access import RemoteMcpServer
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
    ToolOutput,
)


def tools_param(
    assistant: AssistantDefinition,
    attachments: Sequence[AttachmentPart] = (),
    thread_vector_store_ids: Sequence[str] = (),
    code_file_ids: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """The request's tools. Files attached to the thread are searched through the thread's vector store(s);
    files attached for the code interpreter (now, or earlier: ``code_file_ids``) go into its container.
    Attaching a file enables its tool."""
    code_files = list(
        dict.fromkeys([*code_file_ids, *(a.file_id for a in attachments if a.tool == "code_interpreter")])
    )
    tools: list[dict[str, Any]] = []
    search_ids = list(thread_vector_store_ids)
    max_results: int | None = None
    wants_search = bool(search_ids)
    wants_code = bool(code_files)
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
            search_ids = [*tool.vector_store_ids, *(i for i in search_ids if i not in tool.vector_store_ids)]
            max_results = tool.max_num_results
            wants_search = wants_search or bool(tool.vector_store_ids)
        elif isinstance(tool, CodeInterpreterTool):
            wants_code = True
    if wants_search and search_ids:
        spec: dict[str, Any] = {"type": "file_search", "vector_store_ids": search_ids}
        if max_results:
            spec["max_num_results"] = max_results
        tools.append(spec)
    if wants_code:
        tools.append({"type": "code_interpreter", "container": {"type": "auto", "file_ids": code_files}})
    tools.extend(remote_mcp_tool(server) for server in assistant.remote_mcp)
    return tools


def remote_mcp_tool(server: RemoteMcpServer) -> dict[str, Any]:
    """A remote MCP server as the Responses API's ``{"type": "mcp"}`` tool."""
    spec: dict[str, Any] = {
        "type": "mcp",
        "server_label": server.server_label,
        "server_url": server.server_url,
        "require_approval": server.require_approval,
    }
    if server.allowed_tools is not None:
        spec["allowed_tools"] = list(server.allowed_tools)
    if server.server_description:
        spec["server_description"] = server.server_description
    return spec


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


def request_params(
    assistant: AssistantDefinition,
    attachments: Sequence[AttachmentPart] = (),
    *,
    thread_vector_store_ids: Sequence[str] = (),
    code_file_ids: Sequence[str] = (),
    additional_instructions: str | None = None,
) -> dict[str, Any]:
    """The per-request settings an assistant definition contributes to ``responses.create``."""
    params: dict[str, Any] = {"model": assistant.model, "text": text_param(assistant)}
    instructions = "\n\n".join(i for i in (assistant.instructions, additional_instructions) if i)
    if instructions:
        params["instructions"] = instructions
    tools = tools_param(assistant, attachments, thread_vector_store_ids, code_file_ids)
    if tools:
        params["tools"] = tools
        kinds = {t["type"] for t in tools}
        include = [
            name
            for kind, name in (
                ("code_interpreter", "code_interpreter_call.outputs"),
                ("file_search", "file_search_call.results"),
            )
            if kind in kinds
        ]
        if include:
            params["include"] = include
    if assistant.temperature is not None:
        params["temperature"] = assistant.temperature
    if assistant.top_p is not None:
        params["top_p"] = assistant.top_p
    if assistant.reasoning_effort is not None:
        params["reasoning"] = {"effort": assistant.reasoning_effort}
    return params


def user_input(text: str, images: Sequence[ImagePart] = ()) -> list[dict[str, Any]]:
    """The user's message, its images as ``input_image`` parts. Attached files do not go inline: they reach
    the model through the tools."""
    content: list[dict[str, Any]] = [{"type": "input_text", "text": text}]
    content.extend({"type": "input_image", "file_id": i.file_id, "detail": "auto"} for i in images)
    return [{"type": "message", "role": "user", "content": content}]


def history_input(messages: Sequence[Message]) -> list[dict[str, Any]]:
    """User/assistant text messages as conversation items (for ``conversations.items.create``)."""
    items: list[dict[str, Any]] = []
    for message in messages:
        if message.role is Role.USER:
            items.append(
                {"type": "message", "role": "user", "content": [{"type": "input_text", "text": message.text}]}
            )
        elif message.role is Role.ASSISTANT:
            items.append(
                {
                    "type": "message",
                    "role": "assistant",
                    "content": [{"type": "output_text", "text": message.text, "annotations": []}],
                }
            )
        else:
            raise ValueError(f"a {message.role.value} message cannot be added to a conversation")
    return items


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
        elif kind == "input_image" and getattr(piece, "file_id", None):
            images.append(ImagePart(file_id=piece.file_id))
        elif kind == "input_file":
            parts.append(
                AttachmentPart(
                    file_id=piece.file_id or "", filename=getattr(piece, "filename", None) or "file"
                )
            )
    return (*parts, *images)


def item_to_message(item: Any) -> Message | None:
    """A conversation item as a cached message, or ``None`` for items the app does not show."""
    kind = getattr(item, "type", None)
    if kind == "message":
        if item.role in ("system", "developer"):
            return None
        role = Role.USER if item.role == "user" else Role.ASSISTANT
        status = status_of(getattr(item, "status", None))
        return Message(remote_id=item.id, role=role, parts=message_parts(item.content), status=status)
    if kind == "function_call":
        call = ToolCallPart(call_id=item.call_id, kind="function", name=item.name, arguments=item.arguments)
        return Message(remote_id=item.id, role=Role.ASSISTANT, parts=(call,))
    if kind == "function_call_output":
        output = item.output if isinstance(item.output, str) else str(item.output)
        call = ToolCallPart(call_id=item.call_id, kind="function", output=output)
        return Message(remote_id=item.id, role=Role.TOOL, parts=(call,))
    if kind == "code_interpreter_call":
        call, images = code_call(item)
        return Message(remote_id=item.id, role=Role.ASSISTANT, parts=(call, *images))
    if kind == "file_search_call":
        return Message(remote_id=item.id, role=Role.ASSISTANT, parts=(file_search_call(item),))
    if kind in ("mcp_list_tools", "mcp_call"):
        part = mcp_list_tools_call(item) if kind == "mcp_list_tools" else mcp_call(item)
        return Message(remote_id=item.id, role=Role.ASSISTANT, parts=(part,))
    return None


def mcp_list_tools_call(item: Any) -> ToolCallPart:
    """An ``mcp_list_tools`` item: the remote server's tools, named (or why they could not be listed)."""
    error = getattr(item, "error", None)
    names = ", ".join(getattr(t, "name", "") for t in getattr(item, "tools", None) or ())
    return ToolCallPart(
        call_id=item.id,
        kind="mcp",
        server=item.server_label,
        output=str(error) if error else names,
        is_error=bool(error),
    )


def mcp_call(item: Any) -> ToolCallPart:
    """An ``mcp_call`` item (under its approval request's id, so it takes the request's place)."""
    error = getattr(item, "error", None)
    output = getattr(item, "output", None)
    if error:
        said = getattr(error, "message", None) or (error.get("message") if isinstance(error, dict) else None)
        output = f"Error: {said or error}"
    return ToolCallPart(
        call_id=getattr(item, "approval_request_id", None) or item.id,
        kind="mcp",
        server=item.server_label,
        tool=item.name,
        name=item.name,
        arguments=item.arguments or "",
        output=output if output is not None else "",
        is_error=bool(error),
    )


def mcp_approval_call(item: Any) -> ToolCallPart:
    """An ``mcp_approval_request`` item: a remote call waiting for the person's approval."""
    return ToolCallPart(
        call_id=item.id,
        kind="mcp",
        server=item.server_label,
        tool=item.name,
        name=item.name,
        arguments=item.arguments or "",
    )


def tool_outputs_input(outputs: Sequence[ToolOutput]) -> list[dict[str, Any]]:
    """The input items that answer a response's function calls and remote MCP approval requests."""
    items: list[dict[str, Any]] = []
    for o in outputs:
        if o.approve is None:
            items.append({"type": "function_call_output", "call_id": o.call_id, "output": o.output})
            continue
        answer: dict[str, Any] = {"type": "mcp_approval_response", "approval_request_id": o.call_id}
        answer["approve"] = o.approve
        if o.output:
            answer["reason"] = o.output
        items.append(answer)
    return items


def code_call(item: Any) -> tuple[ToolCallPart, tuple[ImagePart, ...]]:
    """A ``code_interpreter_call`` item: the code with its logs, and the images it made (in its container)."""
    outputs = item.outputs or []
    logs = "\n".join(getattr(o, "logs", "") or "" for o in outputs if getattr(o, "type", "") == "logs")
    call = ToolCallPart(call_id=item.id, kind="code_interpreter", arguments=item.code or "", output=logs)
    container = getattr(item, "container_id", None)
    images = tuple(
        ImagePart(file_id=_file_id_of(o.url), container_id=container)
        for o in outputs
        if getattr(o, "type", "") == "image" and getattr(o, "url", None)
    )
    return call, images


def _file_id_of(url: str) -> str:
    """``…/containers/cntr_x/files/cfile_y/content`` → ``cfile_y`` (the last segment otherwise)."""
    segments = [s for s in url.split("?", 1)[0].split("/") if s]
    if len(segments) >= 2 and segments[-1] == "content":
        return segments[-2]
    return segments[-1] if segments else url


def file_search_call(item: Any) -> ToolCallPart:
    results = getattr(item, "results", None) or []
    names = ", ".join(
        dict.fromkeys(getattr(r, "filename", "") or "" for r in results if getattr(r, "filename", ""))
    )
    return ToolCallPart(
        call_id=item.id,
        kind="file_search",
        arguments=", ".join(getattr(item, "queries", None) or []),
        output=names or None,
    )


def status_of(item_status: str | None) -> MessageStatus:
    return {
        "in_progress": MessageStatus.IN_PROGRESS,
        "incomplete": MessageStatus.INCOMPLETE,
        "failed": MessageStatus.FAILED,
    }.get(item_status or "", MessageStatus.COMPLETED)


def fork_items(history: Sequence[Message]) -> tuple[list[dict[str, Any]], LeftOut]:
    """``history`` as conversation items for a new conversation (a branch), and what cannot go there.

    Text and a user's images (``input_image`` by file id) are carried, and function calls that were answered
    (the call, then its output). Hosted tools' calls (code interpreter, file search, remote MCP), calls
    never answered, a reply's generated images (they live in a container) and attached files (searched
    through the original conversation's vector store) are left out and counted."""
    items: list[dict[str, Any]] = []
    left = LeftOut()
    calls = [p for m in history for p in m.parts if isinstance(p, ToolCallPart) and p.kind == "function"]
    named = {p.call_id for p in calls if p.name}
    answered = {p.call_id for p in calls if p.output is not None}
    for message in history:
        for call in (p for p in message.parts if isinstance(p, ToolCallPart)):
            if call.kind != "function" or call.call_id not in named or call.call_id not in answered:
                # counted once: at the call, or at an output whose call is not in the history
                if call.name or call.kind != "function" or call.call_id not in named:
                    left += LeftOut(tool_calls=1)
                continue
            if call.name:
                items.append(
                    {
                        "type": "function_call",
                        "call_id": call.call_id,
                        "name": call.name,
                        "arguments": call.arguments,
                    }
                )
            if call.output is not None:
                items.append({"type": "function_call_output", "call_id": call.call_id, "output": call.output})
        images = [p for p in message.parts if isinstance(p, ImagePart)]
        files = sum(isinstance(p, AttachmentPart) for p in message.parts)
        left += LeftOut(files=files)
        if message.role is Role.USER:
            content: list[dict[str, Any]] = (
                [{"type": "input_text", "text": message.text}] if message.text else []
            )
            content.extend({"type": "input_image", "file_id": i.file_id, "detail": "auto"} for i in images)
            if content:
                items.append({"type": "message", "role": "user", "content": content})
        elif message.role is Role.ASSISTANT:
            left += LeftOut(images=len(images))
            if message.text:
                # an input message (EasyInputMessage): an output message item would need an id and a status
                items.append({"type": "message", "role": "assistant", "content": message.text})
    return items, left
