"""The one place secrets are removed from text: by value first, by shape second.

Every key the app holds is registered with :func:`register_secret` at the moment it is read (keyring,
session, ``OPENAI_API_KEY``, a key typed into a form, the ``serve-local-api`` key). :func:`redact` then
replaces each registered value — also in its URL-encoded and JSON-escaped spellings — by ``[REDACTED]``,
longest first so a secret that contains another goes whole. Shape patterns (``sk-…``, ``Bearer …``,
``api_key=…``, ``key-…``) catch keys the app never held, e.g. one quoted back by a server.

Sentences that leave the bridge, log records and errors written to the database all pass through here.
"""

from __future__ import annotations

import json
import re
import threading
from urllib.parse import quote, quote_plus

REDACTED = "[REDACTED]"

# Shorter values are not keys (and replacing them would garble ordinary words).
MIN_SECRET_LENGTH = 8

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # OpenAI-style keys: sk-..., sk-proj-..., sk-svcacct-... (a masked echo like sk-abc***xyz too).
    (re.compile(r"\bsk-[A-Za-z0-9_\-\*\.]{3,}"), REDACTED),
    # HTTP bearer tokens, e.g. "Authorization: Bearer abc.def".
    (re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=\-\*]+"), rf"\g<1>{REDACTED}"),
    # api_key=..., "api_key": "...", apiKey: ..., api-key: ...
    (re.compile(r"""(?i)(\bapi[_-]?key["']?\s*[:=]\s*["']?)[^\s"',;}]+"""), rf"\g<1>{REDACTED}"),
    # Other providers' "key-..." tokens.
    (re.compile(r"(?<![A-Za-z])key-[A-Za-z0-9]{16,}"), REDACTED),
)

_lock = threading.Lock()
_secrets: dict[str, frozenset[str]] = {}  # registered value -> the spellings it is searched as
_spellings: tuple[str, ...] = ()  # every spelling, longest first


def _spellings_of(value: str) -> frozenset[str]:
    return frozenset(
        spelling
        for spelling in (value, quote(value, safe=""), quote_plus(value), json.dumps(value)[1:-1])
        if len(spelling) >= MIN_SECRET_LENGTH
    )


def _rebuild() -> None:
    global _spellings
    _spellings = tuple(sorted(set().union(*_secrets.values()), key=len, reverse=True))


def register_secret(value: str | None) -> None:
    """Redact ``value`` (stripped) from every later :func:`redact`. Values under 8 characters are ignored."""
    value = (value or "").strip()
    if len(value) < MIN_SECRET_LENGTH:
        return
    with _lock:
        if value not in _secrets:
            _secrets[value] = _spellings_of(value)
            _rebuild()


def unregister_secret(value: str | None) -> None:
    """Forget a value given to :func:`register_secret` (e.g. a test's key)."""
    value = (value or "").strip()
    with _lock:
        if _secrets.pop(value, None) is not None:
            _rebuild()


def redact(text: str) -> str:
    """``text`` with every registered secret and every key-shaped string replaced by ``[REDACTED]``."""
    spellings = _spellings  # a tuple swapped whole under the lock: safe to read without it
    for spelling in spellings:
        if spelling in text:
            text = text.replace(spelling, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text
