"""Tool declarations of a request: checked, echoed in the spec's shape, and summarized for the engine."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belugadesk.localapi import engine
from belugadesk.localapi.errors import invalid
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.vector_stores import file_kind

SUPPORTED = ("function", "file_search", "code_interpreter")
SUPPORTED_BY_RESPONSES = (*SUPPORTED, "mcp")


def _missing(param: str) -> Exception:
    return invalid(f"Missing required parameter: '{param}'.", param=param, code="missing_required_parameter")


def normalize_tools(raw: Any, *, responses_api: bool) -> list[dict[str, Any]]:
    """Tools as the API echoes them back. The Assistants API nests functions under ``function``."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise invalid("Invalid type for 'tools': expected an array.", param="tools", code="invalid_type")
    tools = []
    for i, tool in enumerate(raw):
        param = f"tools[{i}]"
        if not isinstance(tool, dict):
            raise invalid(
                f"Invalid type for '{param}': expected an object.", param=param, code="invalid_type"
            )
        kind = tool.get("type")
        supported = SUPPORTED_BY_RESPONSES if responses_api else SUPPORTED
        if kind not in supported:
            names = [f"'{name}'" for name in supported]
            raise invalid(
                f"Invalid value: '{kind}'. Supported values are: {', '.join(names[:-1])} and {names[-1]}.",
                param=f"{param}.type",
                code="invalid_value",
            )
        if kind == "mcp":
            tools.append(_mcp(tool, param))
        elif kind == "function":
            tools.append(_function(tool, param, responses_api))
        elif kind == "file_search":
            tools.append(_file_search(tool, param, responses_api))
        else:
            if responses_api and "container" not in tool:
                raise _missing(f"{param}.container")
            tools.append(dict(tool))
    return tools


def _function(tool: dict[str, Any], param: str, responses_api: bool) -> dict[str, Any]:
    if responses_api:
        body, where = tool, param
    else:
        body, where = tool.get("function") or {}, f"{param}.function"
        if not isinstance(body, dict) or not body:
            raise _missing(where)
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise _missing(f"{where}.name")
    parameters = body.get("parameters")
    if parameters is not None and not isinstance(parameters, dict):
        raise invalid(
            f"Invalid type for '{where}.parameters': expected an object.",
            param=f"{where}.parameters",
            code="invalid_type",
        )
    out: dict[str, Any] = {
        "name": name,
        "description": body.get("description"),
        "parameters": parameters if parameters is not None else {"type": "object", "properties": {}},
        "strict": body.get("strict", responses_api),
    }
    if responses_api:
        return {"type": "function", **out}
    return {"type": "function", "function": out}


def _mcp(tool: dict[str, Any], param: str) -> dict[str, Any]:
    """A remote MCP server, echoed without its headers (they may hold a key)."""
    for key in ("server_label", "server_url"):
        if not isinstance(tool.get(key), str) or not tool[key]:
            if key == "server_url" and tool.get("connector_id"):
                raise invalid(
                    "The local API reaches MCP servers by 'server_url' only; connectors are not available.",
                    param=f"{param}.connector_id",
                    code="invalid_value",
                )
            raise _missing(f"{param}.{key}")
    headers = tool.get("headers")
    if headers is not None and not (
        isinstance(headers, dict) and all(isinstance(v, str) for v in headers.values())
    ):
        raise invalid(
            f"Invalid type for '{param}.headers': expected an object of strings.",
            param=f"{param}.headers",
            code="invalid_type",
        )
    approval = tool.get("require_approval", "always")
    if approval is None:
        approval = "always"
    if approval not in ("always", "never") and not isinstance(approval, dict):
        raise invalid(
            f"Invalid value: '{approval}'. Supported values are: 'always' and 'never'.",
            param=f"{param}.require_approval",
            code="invalid_value",
        )
    echoed = {k: v for k, v in tool.items() if k not in ("headers", "authorization")}
    return {**echoed, "allowed_tools": tool.get("allowed_tools"), "require_approval": approval}


def mcp_headers(raw_tools: Any) -> dict[str, dict[str, str]]:
    """``{server_label: headers}`` of a request's MCP tools (kept out of the echoed tools)."""
    out: dict[str, dict[str, str]] = {}
    for tool in raw_tools if isinstance(raw_tools, list) else ():
        if isinstance(tool, dict) and tool.get("type") == "mcp":
            headers = dict(tool.get("headers") or {})
            if isinstance(tool.get("authorization"), str):
                headers.setdefault("Authorization", f"Bearer {tool['authorization']}")
            out[str(tool.get("server_label"))] = headers
    return out


def _file_search(tool: dict[str, Any], param: str, responses_api: bool) -> dict[str, Any]:
    out = dict(tool)
    if responses_api:
        ids = tool.get("vector_store_ids")
        if not isinstance(ids, list):
            raise _missing(f"{param}.vector_store_ids")
    return out


def engine_tools(tools: list[dict[str, Any]]) -> engine.Tools:
    functions: dict[str, dict[str, Any]] = {}
    for tool in tools:
        if tool["type"] == "function":
            body = tool.get("function", tool)
            functions[body["name"]] = body.get("parameters") or {}
    kinds = {t["type"] for t in tools}
    return engine.Tools(
        functions=functions, code_interpreter="code_interpreter" in kinds, file_search="file_search" in kinds
    )


def searchable_files(
    store: ApiRecords, vector_store_ids: Sequence[str], file_ids: Sequence[str] = ()
) -> list[engine.SearchHit]:
    """The documents file search sees: files of the vector stores, then directly attached files."""
    seen: list[str] = []
    for vs_id in vector_store_ids:
        for vs_file in store.all(file_kind(vs_id)):
            if vs_file["id"] not in seen:
                seen.append(vs_file["id"])
    seen += [f for f in file_ids if f not in seen]
    hits = []
    for file_id in seen:
        meta = store.get("file", file_id)
        if meta is None:
            continue
        data = store.get_blob(file_id) or b""
        hits.append(engine.SearchHit(file_id, meta["filename"], data.decode("utf-8", errors="replace")))
    return hits


def vector_store_ids(tools: list[dict[str, Any]]) -> list[str]:
    ids: list[str] = []
    for tool in tools:
        if tool["type"] == "file_search":
            ids += list(tool.get("vector_store_ids") or [])
    return ids
