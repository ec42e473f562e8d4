"""The scripted reply engine: deterministic replies that exercise every rendering path of the app.

No randomness: the same question, tools and tool outputs always give the same reply.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

CODE_WORDS = ("plot", "chart", "run code")
SEARCH_WORDS = ("search", "file", "document")
LONG_REPLY = "long reply"
LONG_REPLY_WORDS = 2000
FAIL_PHRASE = "simulate failure"  # the reply starts, then the run fails (response.failed / thread.run.failed)
ERROR_PHRASE = "simulate stream error"  # the stream sends an ``error`` event and ends


@dataclass(frozen=True)
class Tools:
    """What the request enabled: function tools (name -> JSON schema of parameters) and built-ins."""

    functions: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    code_interpreter: bool = False
    file_search: bool = False


@dataclass(frozen=True)
class SearchHit:
    file_id: str
    filename: str
    text: str


@dataclass(frozen=True)
class FunctionCall:
    name: str
    arguments: str


@dataclass(frozen=True)
class CodeRun:
    code: str
    logs: str


@dataclass(frozen=True)
class Reply:
    """What the assistant does this turn: call a function, or (optionally run code / search, then) answer.

    ``citation_end`` is the character offset in ``text`` right after the sentence that cites ``hits[0]``.
    """

    text: str = ""
    function_call: FunctionCall | None = None
    code: CodeRun | None = None
    search_query: str | None = None
    hits: tuple[SearchHit, ...] = ()
    citation_end: int | None = None
    failure: str | None = None  # "failed" or "error": the run breaks off after its first words


FAILURE_MESSAGE = "The scripted engine failed on purpose (the message asked it to)."
FAIL_AFTER_DELTAS = 3


def count_tokens(text: str) -> int:
    """Token usage, approximated by words."""
    return len(text.split())


def split_deltas(text: str) -> list[str]:
    """Small pieces (at most six visible characters each) that join back to ``text`` exactly."""
    return re.findall(r"\s*\S{1,6}|\s+", text)


def reply(
    user_text: str,
    tools: Tools,
    *,
    tool_outputs: Sequence[tuple[str, str]] = (),
    files: Sequence[SearchHit] = (),
    tool_choice: str | None = None,
) -> Reply:
    """Decide this turn. ``tool_outputs`` are (function name, output) pairs answering earlier calls;
    ``files`` are the documents file search can see; ``tool_choice`` is ``none``/``auto``/``required`` or
    the name of a function that must be called."""
    lowered = user_text.lower()
    if tool_outputs:
        return Reply(text=_tool_result_text(user_text, tool_outputs))
    if tool_choice == "none":
        tools = Tools()
    called = _called_function(lowered, tools.functions)
    if tool_choice in tools.functions:
        called = tool_choice
    elif tool_choice == "required" and called is None and tools.functions:
        called = next(iter(tools.functions))
    if called is not None:
        schema = tools.functions[called]
        return Reply(function_call=FunctionCall(called, json.dumps(function_arguments(schema, user_text))))
    if tools.code_interpreter and any(w in lowered for w in CODE_WORDS):
        return _code_reply(user_text)
    if tools.file_search and any(w in lowered for w in SEARCH_WORDS):
        return _search_reply(user_text, files)
    if FAIL_PHRASE in lowered:
        return Reply(text=echo_text(user_text), failure="failed")
    if ERROR_PHRASE in lowered:
        return Reply(text=echo_text(user_text), failure="error")
    if LONG_REPLY in lowered:
        return Reply(text=long_text(user_text))
    return Reply(text=echo_text(user_text))


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


_SHOWCASE_TABLE = (
    "| Whale | Length | Weight |\n"
    "|---|---:|---:|\n"
    "| Beluga | 4–5.5 m | 1.1–1.6 t |\n"
    "| Orca | 6–8 m | 3–6 t |\n"
    "| Blue whale | 24–30 m | 100–150 t |\n"
)
_SHOWCASE_CODE = (
    "```python\n"
    "def greet(name: str) -> str:\n"
    '    """Say hello the way a beluga would."""\n'
    '    return f"Hello, {name}! 🐋"\n'
    "\n"
    'print(greet("world"))\n'
    "```\n"
)
_SHOWCASE_HELP = (
    "In this offline demo you can try:\n\n"
    "1. **Markdown**: ask for *a table* or *some code*.\n"
    "2. **Long replies**: ask for *a long reply* and press **Esc** to stop it.\n"
    "3. **Threads**: every conversation is saved; search them with **Ctrl+K**.\n"
    "4. **Assistants**: create your own, with tools, from the Assistants list.\n"
)


def echo_text(user_text: str) -> str:
    """The default reply: it echoes the question and shows some markdown; a few words add a showcase."""
    question = _short(user_text) or "(an empty message)"
    words = len(user_text.split())
    lowered = user_text.lower()
    extras = []
    if "table" in lowered:
        extras.append("Here is a table:\n\n" + _SHOWCASE_TABLE)
    if any(w in lowered for w in ("code", "python", "example", "function")):
        extras.append("Here is some code:\n\n" + _SHOWCASE_CODE)
    if any(w in lowered for w in ("help", "what can you do", "hello", "hi ")):
        extras.append(_SHOWCASE_HELP)
    return (
        f"### About your question\n\n"
        f"You asked: **{question}**\n\n"
        f"- It has {words} word{'s' if words != 1 else ''}.\n"
        f"- This reply comes from the offline local API.\n"
        f"- Inline code looks like `print('hello')`.\n\n"
        + "".join(extra + "\n" for extra in extras)
        + "That is all the scripted assistant knows."
    )


def _tool_result_text(user_text: str, outputs: Sequence[tuple[str, str]]) -> str:
    lines = [f"- `{name}` returned: {_short(output, 200)}" for name, output in outputs]
    return "**Here is what the tools said.**\n\n" + "\n".join(lines) + "\n\nI used those results to answer."


def mentioned_functions(user_text: str, functions: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Every function the question names, in the order the tools declare them (parallel tool calls)."""
    lowered = user_text.lower()
    return [
        name
        for name in functions
        if re.search(rf"(?<![A-Za-z0-9_]){re.escape(name.lower())}(?![A-Za-z0-9_])", lowered)
    ]


def _called_function(lowered: str, functions: Mapping[str, Mapping[str, Any]]) -> str | None:
    explicit = re.search(r"\bcall\s+`?([A-Za-z0-9_-]+)`?", lowered)
    for name in functions:
        if explicit and explicit.group(1) == name.lower():
            return name
    for name in functions:
        if re.search(rf"(?<![A-Za-z0-9_]){re.escape(name.lower())}(?![A-Za-z0-9_])", lowered):
            return name
    return None


_STRING_DEFAULTS = {
    "location": "Paris, France",
    "city": "Paris",
    "country": "France",
    "date": "2026-01-01",
    "email": "someone@example.com",
    "name": "Example",
    "url": "https://example.com",
}


def function_arguments(schema: Mapping[str, Any], user_text: str) -> dict[str, Any]:
    props = schema.get("properties") or {}
    return {name: _value(name, prop, user_text) for name, prop in props.items()}


def _value(name: str, prop: Mapping[str, Any], user_text: str) -> Any:
    if prop.get("enum"):
        return prop["enum"][0]
    if "default" in prop:
        return prop["default"]
    kind = prop.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "integer":
        return int(prop.get("minimum", 1))
    if kind == "number":
        return float(prop.get("minimum", 1.5))
    if kind == "boolean":
        return True
    if kind == "array":
        items = prop.get("items") or {"type": "string"}
        return [_value(name, items, user_text)]
    if kind == "object":
        return function_arguments(prop, user_text)
    lowered = name.lower()
    for key, default in _STRING_DEFAULTS.items():
        if key in lowered:
            return default
    return _short(user_text, 60) if lowered in ("query", "q", "text", "question", "prompt") else "example"


CHART_CODE = (
    "import matplotlib.pyplot as plt\n"
    "values = [35, 60, 45, 80, 95]\n"
    "plt.bar(range(len(values)), values)\n"
    "plt.title('Scripted chart')\n"
    "plt.savefig('chart.png')\n"
    "print(f'plotted {len(values)} bars, max={max(values)}')\n"
)


def _code_reply(user_text: str) -> Reply:
    text = (
        "**I ran the code and made a chart.**\n\n"
        "- Five bars, the tallest is `95`.\n"
        "- The image is attached below.\n\n"
        "[Download the chart](sandbox:/mnt/data/chart.png)"
    )
    return Reply(text=text, code=CodeRun(CHART_CODE, "plotted 5 bars, max=95\n"))


def _search_reply(user_text: str, files: Sequence[SearchHit]) -> Reply:
    query = _short(user_text, 60)
    if not files:
        return Reply(
            text=f"**I searched your files** for *{query}* but there are no documents to search.",
            search_query=query,
        )
    hit = files[0]
    quote = _short(hit.text, 120) or "(an empty document)"
    cited = f"According to **{hit.filename}**, the document says: {quote}"
    text = cited + f"\n\n- Searched for `{query}` in {len(files)} file{'s' if len(files) != 1 else ''}."
    return Reply(text=text, search_query=query, hits=tuple(files), citation_end=len(cited))


_LONG_SENTENCES = (
    "Streaming lets the reader start before the writer has finished",
    "Each delta carries only a few characters, so the interface must stay responsive",
    "A steady rhythm of small updates is what makes a reply feel alive",
    "Markdown arrives in fragments and is rendered again as it grows",
    "Code spans like `sum(values)` and lists appear before the paragraph ends",
    "The scripted engine repeats itself deliberately, so benchmarks are comparable",
    "Nothing here is random; the same question always gives the same answer",
    "Long replies test scrolling, selection, search and copy as much as speed",
)


def long_text(user_text: str) -> str:
    """About 2,000 words of markdown in sections, for streaming benchmarks."""
    parts = [f"# A long reply\n\nYou asked: **{_short(user_text)}**\n"]
    words = 0
    section = 0
    while words < LONG_REPLY_WORDS:
        section += 1
        lines = [f"## Part {section}\n"]
        for i in range(len(_LONG_SENTENCES)):
            sentence = _LONG_SENTENCES[(section + i) % len(_LONG_SENTENCES)]
            lines.append(f"{sentence} (part {section}, point {i + 1}).")
        lines.append(f"\n- Summary of part {section}: `ok`\n")
        block = " ".join(lines[1:-1])
        parts.append(lines[0] + "\n" + block + "\n" + lines[-1])
        words += count_tokens(block) + 6
    return "\n".join(parts)


def json_reply(user_text: str, schema: Mapping[str, Any] | None) -> Reply:
    """A reply for ``json_object`` / ``json_schema`` output: valid JSON (matching the schema when given)."""
    if schema is not None:
        return Reply(text=json.dumps(function_arguments(schema, user_text)))
    return Reply(text=json.dumps({"question": _short(user_text), "answer": "scripted"}))
