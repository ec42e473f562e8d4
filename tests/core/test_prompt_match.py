"""The `/` picker's fuzzy match and ranking."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from belugadesk.core.prompt_match import rank, score
from belugadesk.domain.prompts import SavedPrompt


@pytest.mark.parametrize(
    ("query", "text", "matches"),
    [
        ("sum", "Summarize", True),
        ("SUM", "summarize", True),
        ("smz", "Summarize", True),
        ("ec", "Explain code", True),
        ("zx", "Explain code", False),
        ("codeexplain", "Explain code", False),
        ("", "anything", True),
    ],
)
def test_score_needs_every_character_in_order(query: str, text: str, matches: bool) -> None:
    assert (score(query, text) is not None) is matches


def test_word_starts_and_runs_score_higher() -> None:
    assert score("sum", "Summarize") > score("sum", "Consume a muffin")  # type: ignore[operator]
    assert score("cm", "Commit message") > score("cm", "Cucumber")  # type: ignore[operator]


def _prompt(title: str, *, tags: tuple[str, ...] = (), used: datetime | None = None) -> SavedPrompt:
    return SavedPrompt(title=title, body="x", tags=tags, last_used_at=used)


def test_rank_by_score_then_recent_use_and_tags_match() -> None:
    old = _prompt("Translate to German", used=datetime(2025, 1, 1, tzinfo=UTC))
    recent = _prompt("Translate to French", used=datetime(2026, 1, 1, tzinfo=UTC))
    never = _prompt("Translate to Spanish")
    review = _prompt("Review", tags=("code",))
    other = _prompt("Proofread", tags=("writing",))
    assert list(rank("trans", [old, never, recent, review])) == [recent, old, never]
    assert list(rank("code", [other, review])) == [review]
    assert list(rank("", [never, recent])) == [recent, never]
