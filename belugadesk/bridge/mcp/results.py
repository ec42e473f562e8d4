"""A tool call's result (text, images, resources, ``isError``) as the model's output and the UI's parts."""

from __future__ import annotations

import json
from typing import Any

from belugadesk.domain.mcp import McpImage, McpPart, McpResource, McpText, McpToolResult

# What goes back to the model is bounded: a tool that returns megabytes would flood the context.
MAX_OUTPUT_CHARS = 100_000


def _part(block: Any) -> tuple[McpPart | None, str]:
    """One content block as a UI part and the text the model reads for it."""
    kind = getattr(block, "type", "")
    if kind == "text":
        return McpText(text=block.text), block.text
    if kind in ("image", "audio"):
        label = f"[{kind}: {block.mime_type}]"
        if kind == "image":
            return McpImage(mime_type=block.mime_type, data=block.data), label
        return None, label
    if kind == "resource":
        contents = block.resource
        text = getattr(contents, "text", None)
        part = McpResource(uri=str(contents.uri), mime_type=contents.mime_type, text=text)
        return (
            part,
            text if text is not None else f"[resource: {contents.uri} ({contents.mime_type or 'binary'})]",
        )
    if kind == "resource_link":
        part = McpResource(uri=str(block.uri), mime_type=block.mime_type)
        return part, f"[resource: {block.uri}]"
    return None, f"[{kind or 'unknown'} content]"


def tool_result(function_name: str, result: Any) -> McpToolResult:
    """An SDK ``CallToolResult`` as a ``McpToolResult``."""
    parts: list[McpPart] = []
    texts: list[str] = []
    for block in result.content or ():
        part, text = _part(block)
        if part is not None:
            parts.append(part)
        texts.append(text)
    if not texts and result.structured_content is not None:
        structured = json.dumps(result.structured_content, ensure_ascii=False)
        texts.append(structured)
        parts.append(McpText(text=structured))
    output = "\n".join(texts)
    if len(output) > MAX_OUTPUT_CHARS:
        output = output[:MAX_OUTPUT_CHARS] + f"\n[… {len(output) - MAX_OUTPUT_CHARS} more characters cut]"
    if result.is_error:
        output = f"Error: {output or 'the tool failed without saying why.'}"
    return McpToolResult(
        function_name=function_name, output=output, parts=tuple(parts), is_error=result.is_error
    )


def tool_error(function_name: str, sentence: str) -> McpToolResult:
    """A call that did not happen or did not finish, as an error the model reads and the person sees."""
    return McpToolResult(
        function_name=function_name,
        output=f"Error: {sentence}",
        parts=(McpText(text=sentence),),
        is_error=True,
    )
