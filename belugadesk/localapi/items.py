"""Input items (as clients send them) -> stored conversation items (as the API returns them)."""

from __future__ import annotations

from typing import Any

from belugadesk.localapi.errors import invalid
from belugadesk.localapi.ids import new_id

Item = dict[str, Any]

_ROLES = ("user", "assistant", "system", "developer")


def normalize_input(value: Any, param: str = "input") -> list[Item]:
    """A string or a list of input items -> items with ids and statuses, ready to store."""
    if isinstance(value, str):
        return [user_message(value)]
    if not isinstance(value, list):
        raise invalid(
            f"Invalid type for '{param}': expected one of a string or array of input items, "
            f"but got {type(value).__name__} instead.",
            param=param,
            code="invalid_type",
        )
    return [_normalize_item(item, f"{param}[{i}]") for i, item in enumerate(value)]


def user_message(text: str) -> Item:
    return {
        "id": new_id("msg_"),
        "type": "message",
        "status": "completed",
        "role": "user",
        "content": [{"type": "input_text", "text": text}],
    }


def _normalize_item(item: Any, param: str) -> Item:
    if not isinstance(item, dict):
        raise invalid(f"Invalid type for '{param}': expected an object.", param=param, code="invalid_type")
    kind = item.get("type", "message")
    if kind == "message":
        return _message(item, param)
    if kind == "function_call_output":
        for key in ("call_id", "output"):
            if key not in item:
                raise invalid(
                    f"Missing required parameter: '{param}.{key}'.",
                    param=f"{param}.{key}",
                    code="missing_required_parameter",
                )
        output = item["output"]
        return {
            "id": item.get("id") or new_id("fco_"),
            "type": "function_call_output",
            "call_id": item["call_id"],
            "output": output if isinstance(output, str | list) else str(output),
            "status": "completed",
        }
    if kind == "function_call":
        for key in ("call_id", "name", "arguments"):
            if key not in item:
                raise invalid(
                    f"Missing required parameter: '{param}.{key}'.",
                    param=f"{param}.{key}",
                    code="missing_required_parameter",
                )
        return {
            "id": item.get("id") or new_id("fc_"),
            "type": "function_call",
            "call_id": item["call_id"],
            "name": item["name"],
            "arguments": item["arguments"],
            "status": "completed",
        }
    if kind == "item_reference":
        return {"type": "item_reference", "id": item.get("id", "")}
    if kind == "mcp_approval_response":
        return _approval_response(item, param)
    raise invalid(
        f"Invalid value: '{kind}'. Supported values are: 'message', 'function_call', "
        "'function_call_output', 'mcp_approval_response' and 'item_reference'.",
        param=f"{param}.type",
        code="invalid_value",
    )


def _approval_response(item: dict[str, Any], param: str) -> Item:
    """The person's answer to an ``mcp_approval_request``."""
    if not isinstance(item.get("approval_request_id"), str):
        raise invalid(
            f"Missing required parameter: '{param}.approval_request_id'.",
            param=f"{param}.approval_request_id",
            code="missing_required_parameter",
        )
    if not isinstance(item.get("approve"), bool):
        raise invalid(
            f"Invalid type for '{param}.approve': expected a boolean.",
            param=f"{param}.approve",
            code="invalid_type",
        )
    reason = item.get("reason")
    return {
        "id": item.get("id") or new_id("mcpa_"),
        "type": "mcp_approval_response",
        "approval_request_id": item["approval_request_id"],
        "approve": item["approve"],
        "reason": reason if isinstance(reason, str) else None,
    }


def _message(item: dict[str, Any], param: str) -> Item:
    role = item.get("role")
    if role not in _ROLES:
        raise invalid(
            f"Invalid value: '{role}'. Supported values are: 'assistant', 'system', 'developer', and 'user'.",
            param=f"{param}.role",
            code="invalid_value",
        )
    content = item.get("content")
    text_type = "output_text" if role == "assistant" else "input_text"
    if isinstance(content, str):
        parts: list[dict[str, Any]] = [_text_part(text_type, content)]
    elif isinstance(content, list):
        parts = []
        for i, part in enumerate(content):
            if not isinstance(part, dict) or "type" not in part:
                raise invalid(
                    f"Invalid type for '{param}.content[{i}]': expected an object with a 'type'.",
                    param=f"{param}.content[{i}]",
                    code="invalid_type",
                )
            if part["type"] in ("input_text", "output_text"):
                if not isinstance(part.get("text"), str):
                    raise invalid(
                        f"Missing required parameter: '{param}.content[{i}].text'.",
                        param=f"{param}.content[{i}].text",
                        code="missing_required_parameter",
                    )
                parts.append(_text_part(part["type"], part["text"]))
            else:
                parts.append(dict(part))
    else:
        raise invalid(
            f"Missing required parameter: '{param}.content'.",
            param=f"{param}.content",
            code="missing_required_parameter",
        )
    return {
        "id": item.get("id") or new_id("msg_"),
        "type": "message",
        "status": "completed",
        "role": role,
        "content": parts,
    }


def _text_part(kind: str, text: str) -> dict[str, Any]:
    if kind == "output_text":
        return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
    return {"type": "input_text", "text": text}


def message_text(item: Item) -> str:
    """The text of a message item (its text parts joined)."""
    return "\n".join(
        str(part.get("text", ""))
        for part in item.get("content", [])
        if part.get("type") in ("input_text", "output_text", "text")
    )


def last_user_text(items: list[Item]) -> str:
    for item in reversed(items):
        if item.get("type") == "message" and item.get("role") == "user":
            return message_text(item)
    return ""
