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
    """

    api_key: str | None = None
    db_path: Path | None = None
    delta_delay_s: float = 0.0
    models: tuple[str, ...] = DEFAULT_MODELS
