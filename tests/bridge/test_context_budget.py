"""Trimming a Chat Completions request to the model's context budget (pure functions, no server)."""

from __future__ import annotations

from typing import Any

from belugadesk.bridge.context_budget import (
    DEFAULT_BUDGET,
    IMAGE_TOKENS,
    TokenCounter,
    budget_for,
    estimate,
    trim,
)

SYSTEM = {"role": "system", "content": "Answer like a beluga."}


def turn(n: int, words: int = 40) -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": f"question {n}"},
        {"role": "assistant", "content": " ".join(["word"] * words)},
    ]


def by_messages(messages: list[dict[str, Any]]) -> int:
    """A count that makes the arithmetic plain: ten tokens a message."""
    return 10 * len(messages)


def test_the_oldest_turns_go_first_and_the_system_message_stays() -> None:
    history = turn(1) + turn(2) + turn(3) + [{"role": "user", "content": "newest"}]
    trimmed = trim(SYSTEM, history, budget=50, count=by_messages)
    assert trimmed.messages[0] == SYSTEM
    assert trimmed.messages[1:] == [*turn(3), history[-1]]
    assert trimmed.left_out == 4


def test_the_newest_turn_is_sent_even_when_it_alone_is_over_the_budget() -> None:
    history = [*turn(1), {"role": "user", "content": "x " * 10000}]
    trimmed = trim(SYSTEM, history, budget=10, count=by_messages)
    assert trimmed.messages == [SYSTEM, history[-1]] and trimmed.left_out == 2


def test_nothing_is_left_out_when_everything_fits() -> None:
    history = turn(1) + turn(2)
    trimmed = trim(None, history, budget=1_000, count=by_messages)
    assert trimmed.messages == history and trimmed.left_out == 0


def test_a_tool_call_leaves_with_its_outputs() -> None:
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    with_tools = [
        {"role": "user", "content": "call f"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
        {"role": "assistant", "content": "f said ok"},
    ]
    history = [*with_tools, {"role": "user", "content": "next"}]
    trimmed = trim(SYSTEM, history, budget=30, count=by_messages)
    assert trimmed.messages == [SYSTEM, history[-1]]
    assert trimmed.left_out == 2, (
        "the question and the answer with text; the call and its output go with them"
    )


def test_budgets_come_from_the_profile_then_known_models_then_the_default() -> None:
    assert budget_for("gpt-4.1-mini", {"gpt-4.1-mini": 3_000}) == 3_000
    assert budget_for("gpt-4.1-mini", {}) == 1_047_576
    assert budget_for("gpt-4o-2024-08-06", {}) == 128_000
    assert budget_for("llama3.2:3b", {}) == DEFAULT_BUDGET


def test_the_estimate_follows_what_the_server_reports() -> None:
    counter = TokenCounter()
    messages = [{"role": "user", "content": "a" * 400}]
    assert counter.count("m", messages) == estimate(messages[0]) == 104
    counter.observe("m", messages, 52)
    assert counter.count("m", messages) == 52
    assert counter.count("other", messages) == 104, "each model keeps its own measure"
    counter.observe("m", messages, 1)
    assert counter.count("m", messages) == 52, "a count far off moves the estimate by half at most"
    counter.observe("m", messages, 10_000)
    assert counter.count("m", messages) == 208, "or doubles it at most"


def test_an_image_costs_its_tokens_not_its_data_url_length() -> None:
    part = {"type": "image_url", "image_url": {"url": "data:image/png;base64," + "A" * 100_000}}
    message = {"role": "user", "content": [{"type": "text", "text": "look"}, part]}
    assert estimate(message) == 4 + 1 + IMAGE_TOKENS
