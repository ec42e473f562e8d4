"""The one redaction module: registered secrets by value (also URL-encoded, JSON-escaped), shapes second."""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from belugadesk.domain.redaction import REDACTED, redact, register_secret, unregister_secret


@pytest.fixture
def registered() -> Iterator[list[str]]:
    values: list[str] = []
    yield values
    for value in values:
        unregister_secret(value)


def _register(values: list[str], value: str) -> str:
    register_secret(value)
    values.append(value)
    return value


def test_a_key_of_no_known_shape_is_redacted_by_value(registered: list[str]) -> None:
    key = secrets.token_hex(16)  # Azure style: 32 hex digits, nothing like sk-…
    assert redact(f"bad key {key}!") == f"bad key {key}!"  # unknown values pass: shapes alone miss it
    _register(registered, key)
    assert redact(f"bad key {key}!") == f"bad key {REDACTED}!"
    assert redact(f"  {key.upper()}  ") == f"  {key.upper()}  "  # a different value is not this key


def test_url_encoded_and_json_escaped_spellings_are_redacted(registered: list[str]) -> None:
    key = _register(registered, f'{secrets.token_hex(6)}/+"{secrets.token_hex(6)}')
    url_encoded, json_escaped = quote(key, safe=""), json.dumps(key)[1:-1]
    assert key not in url_encoded and key not in json_escaped  # really other spellings
    for spelling in (key, url_encoded, json_escaped):
        assert redact(f"url ?k={spelling}&x") == f"url ?k={REDACTED}&x"


def test_whitespace_around_a_registered_key_is_ignored(registered: list[str]) -> None:
    key = secrets.token_hex(10)
    _register(registered, f"  {key}\n")
    assert redact(f"[{key}]") == f"[{REDACTED}]"


def test_short_values_are_not_secrets_and_unregister_forgets(registered: list[str]) -> None:
    register_secret("abc")
    assert redact("abc abc") == "abc abc"
    key = secrets.token_hex(8)
    register_secret(key)
    unregister_secret(key)
    assert redact(key) == key


def test_longest_secret_goes_whole(registered: list[str]) -> None:
    short = _register(registered, secrets.token_hex(5))
    long = _register(registered, short + secrets.token_hex(5))
    assert redact(f"{long} {short}") == f"{REDACTED} {REDACTED}"


def test_shapes_are_the_second_line_of_defence() -> None:
    made_up = "sk-" + "proj-" + secrets.token_hex(12)
    text = f"Incorrect API key provided: {made_up}; Authorization: Bearer {secrets.token_hex(8)}; api_key=abc"
    cleaned = redact(text)
    assert made_up not in cleaned and "Bearer [REDACTED]" in cleaned and "api_key=[REDACTED]" in cleaned


def test_registering_while_redacting_on_other_threads_is_safe(registered: list[str]) -> None:
    keys = [secrets.token_hex(12) for _ in range(200)]
    registered.extend(keys)
    failures: list[BaseException] = []

    def register_all() -> None:
        for key in keys:
            register_secret(key)

    def redact_all() -> None:
        try:
            for key in keys * 3:
                redact(f"text with {key}")
        except BaseException as exc:  # pragma: no cover - what the test looks for
            failures.append(exc)

    readers = [threading.Thread(target=redact_all) for _ in range(3)]
    threads = [threading.Thread(target=register_all), *readers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert all(redact(k) == REDACTED for k in keys)
