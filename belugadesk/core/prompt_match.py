"""The `/` picker's fuzzy match: a query's characters in order in a prompt's title or tags, scored so that
a match at a word's start, runs of adjacent characters and an early first match rank higher; ties go to the
prompt used most recently."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from belugadesk.domain.prompts import SavedPrompt

_WORD_START = 10
_ADJACENT = 6
_PREFIX = 15
_TITLE = 5  # a title match counts a little more than a tag match


def score(query: str, text: str) -> int | None:
    """How well ``query`` matches ``text`` (higher is better), or None if its characters are not all in
    ``text`` in order. Case is ignored; an empty query matches everything with 0."""
    query = "".join(query.split()).casefold()
    if not query:
        return 0
    haystack = text.casefold()
    best: int | None = None
    start = haystack.find(query[0])
    while start != -1:  # try each place the first character occurs: "sum" in "a summary" is at the word
        total = _walk(query, haystack, start)
        if total is not None and (best is None or total > best):
            best = total
        start = haystack.find(query[0], start + 1)
    return best


def _walk(query: str, text: str, start: int) -> int | None:
    total = 0
    previous = -2
    position = start
    for char in query:
        position = text.find(char, position)
        if position == -1:
            return None
        if position == 0:
            total += _PREFIX
        if position == 0 or not text[position - 1].isalnum():
            total += _WORD_START
        if position == previous + 1:
            total += _ADJACENT
        total -= min(position - previous - 1, 5) if previous >= 0 else min(position, 5)
        previous = position
        position += 1
    return total


def prompt_score(query: str, prompt: SavedPrompt) -> int | None:
    """The best of the title's score and each tag's."""
    scores = [s + _TITLE for s in [score(query, prompt.title)] if s is not None]
    scores += [s for s in (score(query, tag) for tag in prompt.tags) if s is not None]
    return max(scores) if scores else None


def _recency(prompt: SavedPrompt) -> datetime:
    return prompt.last_used_at or datetime.min.replace(tzinfo=prompt.created_at.tzinfo)


def rank(query: str, prompts: Iterable[SavedPrompt], limit: int = 50) -> Sequence[SavedPrompt]:
    """The prompts that match, best score first, then the most recently used, then by title."""
    scored = [(s, p) for p in prompts if (s := prompt_score(query, p)) is not None]
    scored.sort(key=lambda sp: (-sp[0], -_recency(sp[1]).timestamp(), sp[1].title.casefold()))
    return [p for _s, p in scored[:limit]]
