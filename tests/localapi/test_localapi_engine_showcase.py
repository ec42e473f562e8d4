"""The demo's default replies show what the chat can render when asked."""

from __future__ import annotations

from belugadesk.localapi.engine import echo_text


def test_plain_question_is_echoed_without_showcases() -> None:
    text = echo_text("Where do belugas live?")
    assert "You asked: **Where do belugas live?**" in text
    assert "|---|" not in text and "```" not in text


def test_table_and_code_showcases_on_request() -> None:
    text = echo_text("show me a table and some code")
    assert "| Beluga |" in text and "|---|---:|---:|" in text
    assert "```python\ndef greet" in text and text.count("```") == 2


def test_help_lists_what_to_try() -> None:
    assert "Ctrl+K" in echo_text("What can you do?")
