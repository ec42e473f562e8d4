"""Object ids with OpenAI's prefixes, and timestamps."""

from __future__ import annotations

import time
import uuid


def new_id(prefix: str) -> str:
    """``prefix`` followed by 32 hex digits, e.g. ``resp_…`` or ``file-…`` (prefix includes its separator)."""
    return f"{prefix}{uuid.uuid4().hex}"


def now() -> int:
    """Unix time in whole seconds, as every ``created_at`` field carries it."""
    return int(time.time())
