"""JSON-schema text as the form edits it: parsed with line/column errors, checked (Draft 2020-12, nesting
depth, every ``$ref`` resolvable), templates.

Pure functions, no Qt: the form view-model and its tests call them directly.
"""

from __future__ import annotations

import json
from typing import Any

RESPONSE_SCHEMA_TEMPLATE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "answer": {"type": "string", "description": "The answer in one or two sentences."},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    },
    "required": ["answer", "confidence"],
    "additionalProperties": False,
}

FUNCTION_PARAMETERS_TEMPLATE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "city": {"type": "string", "description": "The city, e.g. Reykjavík"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
    },
    "required": ["city", "unit"],
    "additionalProperties": False,
}

EMPTY_PARAMETERS: dict[str, Any] = {"type": "object", "properties": {}}

MAX_NESTING = 64  # JSON levels; far beyond what the API accepts, well within what the checks can walk
TOO_DEEP = (
    f"The JSON is nested too deeply (more than {MAX_NESTING} levels of objects and lists). "
    "Flatten the schema, e.g. with $defs and $ref."
)


def pretty(value: Any) -> str:
    """How the editors show a schema: two-space indented, keys in the order given, non-ASCII kept."""
    return json.dumps(value, indent=2, ensure_ascii=False)


class SchemaProblem(ValueError):
    """A schema text that cannot be used; ``str()`` is the sentence shown under the editor."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line = line
        self.column = column


def parse_json_text(text: str) -> Any:
    """Parse JSON; a syntax error becomes a ``SchemaProblem`` naming the line and column."""
    if not text.strip():
        raise SchemaProblem("Enter a JSON schema.")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaProblem(
            f"Line {exc.lineno}, column {exc.colno}: {exc.msg}.", line=exc.lineno, column=exc.colno
        ) from exc
    except RecursionError as exc:
        raise SchemaProblem(TOO_DEEP) from exc
    if _nesting(value) > MAX_NESTING:
        raise SchemaProblem(TOO_DEEP)
    return value


def _children(value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [(str(key), item) for key, item in value.items()]
    if isinstance(value, list):
        return [(str(i), item) for i, item in enumerate(value)]
    return []


def _nesting(value: Any) -> int:
    """How many objects and lists deep ``value`` goes (walked without recursion)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for _key, child in _children(item))
    return deepest


def _references(schema: Any) -> list[tuple[str, str]]:
    """Every ``$ref`` in ``schema`` as (where it is, what it names), in document order."""
    found: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [("", schema)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            found.append((path or "the top level", item["$ref"]))
        stack.extend((f"{path}/{key}", child) for key, child in reversed(_children(item)))
    return found


def _check_references(schema: dict[str, Any]) -> None:
    """Each ``$ref`` must point into this schema (the API fetches nothing from elsewhere)."""
    from referencing import Registry
    from referencing.exceptions import Unresolvable
    from referencing.jsonschema import DRAFT202012

    resolver = Registry().with_resource("", DRAFT202012.create_resource(schema)).resolver()
    for where, ref in _references(schema):
        try:
            resolver.lookup(ref)
        except Unresolvable as exc:
            raise SchemaProblem(
                f"At {where}: the reference {ref!r} points to nothing in this schema. "
                'Define it (e.g. under "$defs") or correct the name.'
            ) from exc


def _check_draft_2020_12(schema: Any) -> None:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    try:
        Draft202012Validator.check_schema(schema)
    except RecursionError as exc:
        raise SchemaProblem(TOO_DEEP) from exc
    except SchemaError as exc:
        where = "/".join(str(p) for p in exc.absolute_path)
        prefix = f"At {where}: " if where else ""
        raise SchemaProblem(f"Not a valid JSON schema. {prefix}{exc.message}") from exc


def _strict_problem(schema: Any, path: str = "") -> str | None:
    """The first place where ``schema`` breaks the API's strict-mode rules, or None.

    Strict mode needs every object schema to list all its properties in ``required`` and to set
    ``additionalProperties`` to false.
    """
    if isinstance(schema, dict):
        if schema.get("type") == "object" or "properties" in schema:
            properties = schema.get("properties", {})
            where = path or "the top level"
            if schema.get("additionalProperties") is not False:
                return f'Strict mode: set "additionalProperties": false at {where}.'
            if isinstance(properties, dict):
                missing = [k for k in properties if k not in (schema.get("required") or [])]
                if missing:
                    names = ", ".join(missing)
                    return f'Strict mode: list every property in "required" at {where} (missing: {names}).'
        for key, value in schema.items():
            found = _strict_problem(value, f"{path}/{key}")
            if found:
                return found
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            found = _strict_problem(value, f"{path}/{i}")
            if found:
                return found
    return None


def check_schema_text(text: str, *, strict: bool = False, require_object: bool = True) -> dict[str, Any]:
    """Parse and check a schema; returns it, or raises ``SchemaProblem`` with a sentence to show."""
    schema = parse_json_text(text)
    if not isinstance(schema, dict):
        raise SchemaProblem("The schema must be a JSON object ({ … }).")
    _check_draft_2020_12(schema)
    _check_references(schema)
    if require_object and schema.get("type") != "object":
        raise SchemaProblem('The schema must describe an object: set "type": "object" at the top level.')
    if strict:
        problem = _strict_problem(schema)
        if problem:
            raise SchemaProblem(problem)
    return schema
