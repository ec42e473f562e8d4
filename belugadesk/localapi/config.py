"""Settings of the offline local API."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODELS: tuple[str, ...] = ("gpt-4.1-mini", "gpt-4.1", "gpt-4o-mini", "o4-mini", "gpt-5")


@dataclass(frozen=True)
class LocalApiConfig:
    """How the local API behaves.

    ``api_key``: when set, every request must carry ``Authorization: Bearer <api_key>``.
    ``db_path``: keep state in this SQLite file instead of in memory.
    ``delta_delay_s``: pause between streamed deltas (lets tests cancel mid-stream).
    ``max_json_bytes`` / ``max_upload_bytes``: the largest JSON body and the largest multipart upload
    accepted (413 beyond; see :mod:`belugadesk.localapi.limits`).
    ``apis``: serve only these route groups (``belugadesk.localapi.app.ROUTE_GROUPS``), to play a server that
    speaks, e.g., only Chat Completions; None serves them all.
    """

    api_key: str | None = None
    db_path: Path | None = None
    delta_delay_s: float = 0.0
    models: tuple[str, ...] = DEFAULT_MODELS
    max_json_bytes: int = 50 * 1024 * 1024
    max_upload_bytes: int = 513 * 1024 * 1024
    apis: frozenset[str] | None = None
