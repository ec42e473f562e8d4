"""The official OpenAPI spec as jsonschema validators (parsed once, OpenAPI quirks normalized)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

#: the spec lives in ``shared/`` beside the checkout (the repository root's parent), as it does in CI
SPEC_PATH = Path(__file__).resolve().parents[2].parent / "shared" / "openai-openapi" / "openapi.yaml"
ROOT_URI = "urn:openai-spec"


def _normalize(node: Any) -> Any:
    """OpenAPI -> JSON Schema 2020-12: ``nullable: true`` allows null; discriminated ``oneOf`` -> ``anyOf``
    (discriminators pick one branch; plain JSON Schema would demand that exactly one matches)."""
    if isinstance(node, list):
        return [_normalize(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _normalize(v) for k, v in node.items() if k not in ("example", "examples", "description")}
    if "discriminator" in out and "oneOf" in out:
        out["anyOf"] = out.pop("oneOf")
    out.pop("discriminator", None)
    if out.pop("nullable", False):
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            return {"anyOf": [out, {"type": "null"}]}
    return out


@functools.cache
def spec() -> dict[str, Any]:
    if not SPEC_PATH.is_file():
        raise FileNotFoundError(
            f"The OpenAI spec is missing: expected {SPEC_PATH} (check out shared/ beside the repository)."
        )
    with SPEC_PATH.open("rb") as fh:
        raw = yaml.load(fh, Loader=yaml.CSafeLoader)
    return {"paths": raw["paths"], "components": _normalize({"schemas": raw["components"]["schemas"]})}


@functools.cache
def _registry() -> Registry:  # type: ignore[type-arg]
    resource = Resource.from_contents({"$id": ROOT_URI, **spec()}, default_specification=DRAFT202012)
    return Registry().with_resource(ROOT_URI, resource)


@functools.cache
def validator(schema_name: str) -> Draft202012Validator:
    ref = {"$ref": f"{ROOT_URI}#/components/schemas/{schema_name}"}
    return Draft202012Validator(ref, registry=_registry())


def response_schema_name(method: str, path: str, status: str = "200") -> str | None:
    """The component named by the spec as the JSON body of ``method path`` (None when it names none)."""
    operation = spec()["paths"][path][method.lower()]
    content = operation["responses"].get(status, {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


def errors(schema_name: str, payload: Any) -> list[str]:
    found = sorted(validator(schema_name).iter_errors(payload), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:300]}" for e in found]


@functools.cache
def response_event_schemas() -> dict[str, str]:
    """Responses stream event ``type`` -> its component name, from ``ResponseStreamEvent``."""
    schemas = spec()["components"]["schemas"]
    out = {}
    for branch in schemas["ResponseStreamEvent"]["anyOf"]:
        name = branch["$ref"].rsplit("/", 1)[-1]
        out[schemas[name]["properties"]["type"]["enum"][0]] = name
    return out


@functools.cache
def assistant_event_schemas() -> dict[str, dict[str, Any]]:
    """Assistants stream event name -> the ``{"event", "data"}`` variant the ``AssistantStreamEvent`` union
    defines for it (validating against that one variant is exact and much faster than the whole union)."""
    schemas = spec()["components"]["schemas"]
    out: dict[str, dict[str, Any]] = {}
    for group in schemas["AssistantStreamEvent"]["oneOf"]:
        target = schemas[group["$ref"].rsplit("/", 1)[-1]]
        for variant in target.get("oneOf") or target.get("anyOf") or [target]:
            for name in variant["properties"]["event"]["enum"]:
                out[name] = variant
    return out


def variant_errors(variant: dict[str, Any], payload: Any) -> list[str]:
    """Errors of ``payload`` against an inline schema that uses the spec's ``$ref``s."""
    schema = _rebase(variant)
    found = Draft202012Validator(schema, registry=_registry()).iter_errors(payload)
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:300]}" for e in found]


def _rebase(node: Any) -> Any:
    if isinstance(node, list):
        return [_rebase(n) for n in node]
    if not isinstance(node, dict):
        return node
    return {k: (ROOT_URI + v if k == "$ref" and v.startswith("#") else _rebase(v)) for k, v in node.items()}
