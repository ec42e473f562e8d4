"""A profile's context budgets (Chat Completions): checked, and handed to the bridge."""

from __future__ import annotations

import pytest
from pydantic import SecretStr, ValidationError

from belugadesk.domain.models import Backend
from belugadesk.settings import Profile


def test_budgets_reach_the_connection_config() -> None:
    profile = Profile(
        name="Ollama",
        kind="compatible",
        base_url="http://localhost:11434/v1",
        backend=Backend.CHAT_COMPLETIONS,
        context_budgets={"llama3.2": 4096},
    )
    config = profile.connection_config(SecretStr(""))
    assert config.backend is Backend.CHAT_COMPLETIONS and config.context_budgets == {"llama3.2": 4096}


def test_a_budget_too_small_to_hold_a_turn_is_refused_with_a_sentence() -> None:
    with pytest.raises(
        ValidationError, match=r"The context budget of llama3\.2 is 100 tokens; give it at least 256"
    ):
        Profile(
            name="Ollama",
            kind="compatible",
            base_url="http://localhost:11434/v1",
            context_budgets={"llama3.2": 100},
        )
