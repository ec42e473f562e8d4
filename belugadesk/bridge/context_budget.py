"""How much history a Chat Completions request may carry: each model's token budget, a token count
(estimated, then corrected by what the server reports), and the trimming of the oldest turns to fit.

The system message and the newest user turn are always sent; older turns (a user message and everything
that answered it, tool calls and outputs included, so no call is sent without its output) are left out
from the oldest until the rest fits.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ChatMessage = dict[str, Any]

#: context windows of well-known models (tokens), matched by the longest prefix of the model's name
KNOWN_BUDGETS: dict[str, int] = {
    "gpt-5": 400_000,
    "gpt-4.1": 1_047_576,
    "gpt-4o": 128_000,
    "o1": 200_000,
    "o3": 200_000,
    "o4": 200_000,
    "gpt-4-turbo": 128_000,
    "gpt-3.5-turbo": 16_385,
}
#: a model the app does not know (a local one, say): small, as local servers' defaults are
DEFAULT_BUDGET = 8_192
CHARS_PER_TOKEN = 4
MESSAGE_OVERHEAD = 4  # role and separators
IMAGE_TOKENS = 765  # a high-detail 512×512 image; a data URL's length says nothing about its cost
#: how far the server's reported count may move the estimate (tokenizers differ by about this much)
SCALE_LIMITS = (0.5, 2.0)


def budget_for(model: str, configured: Mapping[str, int]) -> int:
    """The model's budget: the profile's setting, else the known window, else ``DEFAULT_BUDGET``."""
    if model in configured:
        return configured[model]
    known = [prefix for prefix in KNOWN_BUDGETS if model.startswith(prefix)]
    return KNOWN_BUDGETS[max(known, key=len)] if known else DEFAULT_BUDGET


def _content_tokens(content: Any) -> int:
    if content is None:
        return 0
    if isinstance(content, str):
        return math.ceil(len(content) / CHARS_PER_TOKEN)
    total = 0
    for part in content:
        if part.get("type") == "image_url":
            total += IMAGE_TOKENS
        else:
            total += math.ceil(len(part.get("text", "")) / CHARS_PER_TOKEN)
    return total


def estimate(message: ChatMessage) -> int:
    calls = message.get("tool_calls")
    call_chars = len(json.dumps(calls)) if calls else 0
    return (
        MESSAGE_OVERHEAD + _content_tokens(message.get("content")) + math.ceil(call_chars / CHARS_PER_TOKEN)
    )


class TokenCounter:
    """Estimates prompt sizes per model, scaled by how far off the last estimate was from the server's
    reported ``prompt_tokens`` (so a server's own tokenizer is followed once it has answered once)."""

    def __init__(self) -> None:
        self._scale: dict[str, float] = {}

    def count(self, model: str, messages: Sequence[ChatMessage]) -> int:
        return math.ceil(sum(estimate(m) for m in messages) * self._scale.get(model, 1.0))

    def observe(self, model: str, messages: Sequence[ChatMessage], prompt_tokens: int) -> None:
        """Follow the server's count, within ``SCALE_LIMITS`` (a short prompt's count is mostly overhead)."""
        estimated = sum(estimate(m) for m in messages)
        if estimated > 0 and prompt_tokens > 0:
            low, high = SCALE_LIMITS
            self._scale[model] = min(max(prompt_tokens / estimated, low), high)


@dataclass(frozen=True)
class Trimmed:
    messages: list[ChatMessage]
    #: how many user and assistant messages of the history were left out
    left_out: int


def _turns(history: Sequence[ChatMessage]) -> list[list[ChatMessage]]:
    turns: list[list[ChatMessage]] = []
    for message in history:
        if message["role"] == "user" or not turns:
            turns.append([])
        turns[-1].append(message)
    return turns


def trim(
    system: ChatMessage | None,
    history: Sequence[ChatMessage],
    *,
    budget: int,
    count: Callable[[list[ChatMessage]], int],
) -> Trimmed:
    """``system`` + as many of the newest turns of ``history`` as fit ``budget`` by ``count(messages)``;
    the newest turn is kept whatever its size."""
    head = [system] if system is not None else []
    turns = _turns(history)
    kept: list[list[ChatMessage]] = turns[-1:]
    for turn in reversed(turns[:-1]):
        candidate = [m for t in [turn, *kept] for m in t]
        if count(head + candidate) > budget:
            break
        kept.insert(0, turn)
    dropped = turns[: len(turns) - len(kept)]
    left_out = sum(
        1 for turn in dropped for m in turn if m["role"] in ("user", "assistant") and m.get("content")
    )
    return Trimmed(head + [m for turn in kept for m in turn], left_out)
