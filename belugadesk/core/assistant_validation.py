"""The assistant form's state as plain data, its validation against the API's limits, and conversions.

``FormDraft`` is everything the form shows; ``validate`` maps field keys to error sentences; ``to_definition``
and ``from_definition`` convert to and from the stored ``AssistantDefinition``. No Qt here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from belugadesk.core.assistant_schema import (
    EMPTY_PARAMETERS,
    RESPONSE_SCHEMA_TEMPLATE,
    SchemaProblem,
    check_schema_text,
    pretty,
)
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.mcp_access import McpToolGrant, RemoteMcpServer
from belugadesk.domain.models import (
    MAX_STOP_SEQUENCES,
    AssistantDefinition,
    CodeInterpreterTool,
    FileSearchTool,
    FunctionTool,
    JsonSchemaFormat,
    ReasoningEffort,
    ResponseFormat,
)

NAME_MAX = 256
DESCRIPTION_MAX = 512
INSTRUCTIONS_MAX = 256_000
METADATA_MAX_PAIRS = 16
METADATA_KEY_MAX = 64
METADATA_VALUE_MAX = 512
FUNCTION_DESCRIPTION_MAX = 1024
STARTERS_MAX = 4  # the empty chat shows up to four suggested prompts
STARTER_MAX = 200
FUNCTION_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
SEED_MIN, SEED_MAX = -(2**63), 2**63 - 1
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\"}

ResponseType = Literal["text", "json_object", "json_schema"]

# Field keys in the order the form shows them: the first invalid one gets focus on an attempted save.
FIELD_ORDER = (
    "name",
    "description",
    "starters_text",
    "model",
    "instructions",
    "temperature",
    "top_p",
    "stop_text",
    "seed_text",
    "reasoning_effort",
    "schema_name",
    "schema_text",
    "metadata",
    "file_search",
    "functions",
)


def function_field(index: int, part: str) -> str:
    """The error key of one field of the ``index``-th function tool."""
    return f"functions.{index}.{part}"


@dataclass
class FunctionDraft:
    name: str = ""
    description: str = ""
    parameters_text: str = field(default_factory=lambda: pretty(EMPTY_PARAMETERS))
    strict: bool = False


@dataclass
class FormDraft:
    name: str = ""
    description: str = ""
    starters_text: str = ""  # conversation starters, one per line
    model: str = ""
    instructions: str = ""
    temperature: float | None = None
    top_p: float | None = None
    # one stop sequence a line, ``\n`` and ``\t`` written as such (see ``stop_sequences``)
    stop_text: str = ""
    seed_text: str = ""
    reasoning_effort: ReasoningEffort | None = None
    response_type: ResponseType = "text"
    schema_name: str = "answer"
    schema_strict: bool = True
    schema_text: str = field(default_factory=lambda: pretty(RESPONSE_SCHEMA_TEMPLATE))
    metadata: list[tuple[str, str]] = field(default_factory=list)
    code_interpreter: bool = False
    file_search: bool = False
    vector_store_ids: list[str] = field(default_factory=list)
    file_search_max_results: int | None = None
    functions: list[FunctionDraft] = field(default_factory=list)
    mcp_tools: tuple[McpToolGrant, ...] = ()  # the MCP servers' tools the assistant may use
    remote_mcp: tuple[RemoteMcpServer, ...] = ()  # MCP servers the Responses API calls itself


#: turns a marked English sentence into the person's language (the view-model passes Qt's; English here)
Translate = Callable[[str], str]


def _english(text: str) -> str:
    return text


def stop_sequences(text: str) -> list[str]:
    """The stop sequences a form's text names: one a line, empty lines skipped; ``\\n``, ``\\t`` and ``\\\\``
    stand for a newline, a tab and a backslash (a stop sequence is often a newline)."""
    return [re.sub(r"\\([nt\\])", lambda m: _ESCAPES[m[1]], line) for line in text.split("\n") if line]


def stop_text(stops: tuple[str, ...] | list[str]) -> str:
    """The form's text for ``stops`` (the inverse of ``stop_sequences``)."""
    return "\n".join(s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") for s in stops)


def _stop_error(text: str, tr: Translate = _english) -> str | None:
    count = len(stop_sequences(text))
    if count > MAX_STOP_SEQUENCES:
        return tr(
            QT_TRANSLATE_NOOP(
                "AssistantValidation",
                "At most {limit} stop sequences are allowed (one a line); there are {count}.",
            )
        ).format(limit=MAX_STOP_SEQUENCES, count=count)
    return None


def parse_seed(text: str) -> int | None:
    """The seed the form's text names, or None when it is empty (raises ``ValueError`` if it is not one)."""
    text = text.strip()
    if not text:
        return None
    value = int(text)
    if not SEED_MIN <= value <= SEED_MAX:
        raise ValueError(text)
    return value


def _seed_error(text: str, tr: Translate = _english) -> str | None:
    try:
        parse_seed(text)
    except ValueError:
        return tr(
            QT_TRANSLATE_NOOP(
                "AssistantValidation", "The seed must be a whole number (64-bit), or empty for none."
            )
        )
    return None


def starter_lines(text: str) -> list[str]:
    """The conversation starters in the form's text: one per non-blank line, spaces tidied."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def starters_error(text: str, tr: Translate = _english) -> str | None:
    lines = starter_lines(text)
    if len(lines) > STARTERS_MAX:
        return tr(
            QT_TRANSLATE_NOOP(
                "AssistantValidation", "At most {limit} conversation starters are shown; there are {count}."
            )
        ).format(limit=STARTERS_MAX, count=len(lines))
    long = next((i for i, line in enumerate(lines, start=1) if len(line) > STARTER_MAX), None)
    if long is not None:
        return tr(
            QT_TRANSLATE_NOOP(
                "AssistantValidation",
                "Starter {number} is longer than {limit} characters; keep each to one short request.",
            )
        ).format(number=long, limit=STARTER_MAX)
    return None


def _range_error(
    value: float | None, low: float, high: float, label: str, tr: Translate = _english
) -> str | None:
    if value is None:
        return None
    if not low <= value <= high:
        return tr(
            QT_TRANSLATE_NOOP(
                "AssistantValidation",
                "{label} must be between {low} and {high} (or unset to use the model's default).",
            )
        ).format(label=tr(label), low=f"{low:g}", high=f"{high:g}")
    return None


def _length_error(text: str, limit: int, label: str, tr: Translate = _english) -> str | None:
    if len(text) > limit:
        return tr(
            QT_TRANSLATE_NOOP(
                "AssistantValidation", "{label} is {length} characters long; the limit is {limit}."
            )
        ).format(label=tr(label), length=f"{len(text):,}", limit=f"{limit:,}")
    return None


@dataclass(frozen=True)
class MetadataRules:
    """How many pairs the user may add, and keys the app keeps for itself (the Assistants backend stores
    the local id and version in the remote assistant's metadata)."""

    max_pairs: int = METADATA_MAX_PAIRS
    reserved: tuple[str, ...] = ()


def metadata_error(
    pairs: list[tuple[str, str]],
    rules: MetadataRules = MetadataRules(),
    tr: Translate = _english,
) -> str | None:
    """The first problem with the metadata pairs, or None."""
    if len(pairs) > rules.max_pairs:
        too_many = (
            QT_TRANSLATE_NOOP(
                "AssistantValidation",
                "At most {limit} metadata pairs are allowed (BelugaDesk keeps two for itself on this "
                "profile); there are {count}.",
            )
            if rules.reserved
            else QT_TRANSLATE_NOOP(
                "AssistantValidation", "At most {limit} metadata pairs are allowed; there are {count}."
            )
        )
        return tr(too_many).format(limit=rules.max_pairs, count=len(pairs))
    seen: set[str] = set()
    for row, (key, value) in enumerate(pairs, start=1):
        problem = None
        if not key.strip():
            problem = QT_TRANSLATE_NOOP("AssistantValidation", "Row {row}: enter a key (or remove the row).")
        elif key in rules.reserved:
            problem = QT_TRANSLATE_NOOP(
                "AssistantValidation", "Row {row}: the key “{key}” is reserved for BelugaDesk."
            )
        elif len(key) > METADATA_KEY_MAX:
            problem = QT_TRANSLATE_NOOP(
                "AssistantValidation", "Row {row}: the key is {length} characters; the limit is {limit}."
            )
        elif len(value) > METADATA_VALUE_MAX:
            problem = QT_TRANSLATE_NOOP(
                "AssistantValidation", "Row {row}: the value is {length} characters; the limit is {limit}."
            )
        elif key in seen:
            problem = QT_TRANSLATE_NOOP("AssistantValidation", "Row {row}: the key “{key}” is used twice.")
        if problem is not None:
            too_long = len(key) > METADATA_KEY_MAX
            return tr(problem).format(
                row=row,
                key=key,
                length=len(key) if too_long else len(value),
                limit=METADATA_KEY_MAX if too_long else METADATA_VALUE_MAX,
            )
        seen.add(key)
    return None


def _function_errors(functions: list[FunctionDraft], tr: Translate = _english) -> dict[str, str]:
    errors: dict[str, str] = {}
    names: dict[str, int] = {}
    for i, fn in enumerate(functions):
        if not FUNCTION_NAME.match(fn.name):
            message = (
                QT_TRANSLATE_NOOP("AssistantValidation", "Use 1–64 letters, digits, underscores or hyphens.")
                if fn.name
                else QT_TRANSLATE_NOOP("AssistantValidation", "Enter a name.")
            )
            errors[function_field(i, "name")] = tr(message)
        elif fn.name in names:
            errors[function_field(i, "name")] = tr(
                QT_TRANSLATE_NOOP("AssistantValidation", "Another function is already called “{name}”.")
            ).format(name=fn.name)
        else:
            names[fn.name] = i
        if problem := _length_error(fn.description, FUNCTION_DESCRIPTION_MAX, _THE_DESCRIPTION, tr):
            errors[function_field(i, "description")] = problem
        try:
            check_schema_text(fn.parameters_text, strict=fn.strict)
        except SchemaProblem as exc:
            errors[function_field(i, "parameters")] = str(exc)
    if errors:
        bad = sorted({int(k.split(".")[1]) + 1 for k in errors})
        which = ", ".join(str(n) for n in bad)
        fix = (
            QT_TRANSLATE_NOOP("AssistantValidation", "Fix function {which}.")
            if len(bad) == 1
            else QT_TRANSLATE_NOOP("AssistantValidation", "Fix functions {which}.")
        )
        errors["functions"] = tr(fix).format(which=which)
    return errors


_THE_NAME = QT_TRANSLATE_NOOP("AssistantValidation", "The name")
_THE_DESCRIPTION = QT_TRANSLATE_NOOP("AssistantValidation", "The description")
_THE_INSTRUCTIONS = QT_TRANSLATE_NOOP("AssistantValidation", "The instructions")
_TEMPERATURE = QT_TRANSLATE_NOOP("AssistantValidation", "Temperature")
_TOP_P = QT_TRANSLATE_NOOP("AssistantValidation", "Top P")


def validate(
    draft: FormDraft,
    metadata_rules: MetadataRules = MetadataRules(),
    tr: Translate = _english,
) -> dict[str, str]:
    """Every problem in the draft, keyed by field (see ``FIELD_ORDER`` and ``function_field``), each a
    sentence ``tr`` puts in the person's language."""
    errors: dict[str, str] = {}

    def put(key: str, message: str | None) -> None:
        if message:
            errors[key] = message

    enter_name = tr(QT_TRANSLATE_NOOP("AssistantValidation", "Enter a name."))
    put("name", _length_error(draft.name, NAME_MAX, _THE_NAME, tr) if draft.name.strip() else enter_name)
    put("description", _length_error(draft.description, DESCRIPTION_MAX, _THE_DESCRIPTION, tr))
    put("starters_text", starters_error(draft.starters_text, tr))
    put(
        "model",
        tr(QT_TRANSLATE_NOOP("AssistantValidation", "Choose or type a model."))
        if not draft.model.strip()
        else None,
    )
    put("instructions", _length_error(draft.instructions, INSTRUCTIONS_MAX, _THE_INSTRUCTIONS, tr))
    put("temperature", _range_error(draft.temperature, 0.0, 2.0, _TEMPERATURE, tr))
    put("top_p", _range_error(draft.top_p, 0.0, 1.0, _TOP_P, tr))
    put("stop_text", _stop_error(draft.stop_text, tr))
    put("seed_text", _seed_error(draft.seed_text, tr))
    if draft.response_type == "json_schema":
        if not FUNCTION_NAME.match(draft.schema_name):
            put(
                "schema_name",
                tr(
                    QT_TRANSLATE_NOOP(
                        "AssistantValidation",
                        "Name the schema with 1–64 letters, digits, underscores or hyphens.",
                    )
                ),
            )
        try:
            check_schema_text(draft.schema_text, strict=draft.schema_strict)
        except SchemaProblem as exc:
            put("schema_text", str(exc))
    put("metadata", metadata_error(draft.metadata, metadata_rules, tr))
    errors.update(_function_errors(draft.functions, tr))
    return errors


def to_definition(draft: FormDraft, base: AssistantDefinition | None = None) -> AssistantDefinition:
    """The definition the draft describes (call only when ``validate`` found nothing).

    ``base`` keeps identity and history (id, version, remote ids, timestamps) of the assistant being edited.
    """
    tools: list[Any] = []
    if draft.code_interpreter:
        tools.append(CodeInterpreterTool())
    if draft.file_search:
        tools.append(
            FileSearchTool(
                vector_store_ids=tuple(draft.vector_store_ids), max_num_results=draft.file_search_max_results
            )
        )
    for fn in draft.functions:
        tools.append(
            FunctionTool(
                name=fn.name,
                description=fn.description.strip(),
                parameters=json.loads(fn.parameters_text),
                strict=fn.strict,
            )
        )
    if draft.response_type == "json_schema":
        response_format = ResponseFormat(
            type="json_schema",
            json_schema=JsonSchemaFormat(
                name=draft.schema_name, schema_=json.loads(draft.schema_text), strict=draft.schema_strict
            ),
        )
    else:
        response_format = ResponseFormat(type=draft.response_type)
    values: dict[str, Any] = {
        "name": draft.name.strip(),
        "description": draft.description.strip(),
        "starters": tuple(starter_lines(draft.starters_text)),
        "model": draft.model.strip(),
        "instructions": draft.instructions,
        "temperature": draft.temperature,
        "top_p": draft.top_p,
        "stop": tuple(stop_sequences(draft.stop_text)),
        "seed": parse_seed(draft.seed_text),
        "reasoning_effort": draft.reasoning_effort,
        "response_format": response_format,
        "metadata": dict(draft.metadata),
        "tools": tuple(tools),
        "mcp_tools": draft.mcp_tools,
        "remote_mcp": draft.remote_mcp,
    }
    if base is None:
        return AssistantDefinition(**values)
    return base.model_copy(update=values)


def from_definition(definition: AssistantDefinition) -> FormDraft:
    draft = FormDraft(
        name=definition.name,
        description=definition.description,
        starters_text="\n".join(definition.starters),
        model=definition.model,
        instructions=definition.instructions,
        temperature=definition.temperature,
        top_p=definition.top_p,
        stop_text=stop_text(definition.stop),
        seed_text="" if definition.seed is None else str(definition.seed),
        reasoning_effort=definition.reasoning_effort,
        response_type=definition.response_format.type,
        metadata=list(definition.metadata.items()),
        mcp_tools=definition.mcp_tools,
        remote_mcp=definition.remote_mcp,
    )
    schema = definition.response_format.json_schema
    if schema is not None:
        draft.schema_name = schema.name
        draft.schema_strict = schema.strict
        draft.schema_text = pretty(schema.schema_)
    for tool in definition.tools:
        if isinstance(tool, CodeInterpreterTool):
            draft.code_interpreter = True
        elif isinstance(tool, FileSearchTool):
            draft.file_search = True
            draft.vector_store_ids = list(tool.vector_store_ids)
            draft.file_search_max_results = tool.max_num_results
        else:
            draft.functions.append(
                FunctionDraft(
                    name=tool.name,
                    description=tool.description,
                    parameters_text=pretty(tool.parameters),
                    strict=tool.strict,
                )
            )
    return draft
