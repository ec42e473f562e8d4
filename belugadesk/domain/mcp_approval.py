"""Asking the person before an MCP tool call runs: what they are shown and what they answer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum


class ApprovalChoice(StrEnum):
    """The person's answer to "run this tool call?"."""

    ONCE = "once"  # run this call
    THREAD = "thread"  # run it, and this tool's later calls in this thread without asking
    ALWAYS = "always"  # run it, and never ask again for this tool (saved in the assistant's grant)
    DENY = "deny"  # do not run it; the model reads why


@dataclass(frozen=True)
class ApprovalRequest:
    """What the person is shown before a call runs: the server, the tool and the arguments (pretty JSON)."""

    server_name: str
    tool_name: str
    arguments: str
    description: str = ""
    read_only: bool = False
    #: a remote MCP server the API itself calls (Responses): "for this thread" and "always" do not apply
    remote: bool = False


@dataclass(frozen=True)
class ApprovalAnswer:
    choice: ApprovalChoice
    arguments: str = ""  # the arguments to run with (the person may have edited them); "": as asked
    message: str = ""  # with DENY: an optional word to the model


def pretty_arguments(arguments: str) -> str:
    """A call's JSON arguments indented for reading (left as they are when they are not JSON); the approval
    dialog and the function-output dialog show them so."""
    try:
        return json.dumps(json.loads(arguments or "{}"), indent=2, ensure_ascii=False)
    except (json.JSONDecodeError, RecursionError):
        return arguments


def arguments_problem(text: str) -> str | None:
    """Why edited arguments cannot be sent (a sentence), or None when they are a JSON object."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"The arguments are not valid JSON ({exc.msg}, line {exc.lineno}, column {exc.colno})."
    if not isinstance(value, dict):
        return "The arguments must be a JSON object, in braces { }."
    return None
