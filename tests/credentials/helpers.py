"""Shared bits for the credentials tests."""

from __future__ import annotations

import secrets


def fake_key() -> str:
    """A recognisable, unique fake key: if it shows up anywhere, the test sees it."""
    return "sk-test-" + secrets.token_hex(16)
