"""The suggested prompts an empty chat offers: the assistant's own conversation starters, or general ones."""

from __future__ import annotations

from belugadesk.core.assistant_validation import STARTERS_MAX
from belugadesk.domain.models import AssistantDefinition

DEFAULT_STARTERS: tuple[str, ...] = (
    "Explain a tricky idea to me in plain words",
    "Help me write a short, friendly email",
    "Suggest three ideas for a weekend project",
    "Give me a step-by-step plan to learn something new",
)


def starters_for(assistant: AssistantDefinition | None) -> tuple[str, ...]:
    """At most ``STARTERS_MAX`` prompts: the assistant's starters when it has any, else the defaults."""
    if assistant is not None and assistant.starters:
        return assistant.starters[:STARTERS_MAX]
    return DEFAULT_STARTERS[:STARTERS_MAX]
