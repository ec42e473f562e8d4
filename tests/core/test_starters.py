"""Conversation starters: the form's lines, their limits, and what an empty chat suggests."""

from __future__ import annotations

from belugadesk.core.assistant_validation import FormDraft, from_definition, to_definition, validate
from belugadesk.core.starters import DEFAULT_STARTERS, starters_for
from belugadesk.domain.models import AssistantDefinition


def test_the_assistants_own_starters_come_first_else_the_defaults() -> None:
    guide = AssistantDefinition(name="Guide", model="gpt-4.1", starters=("A", "B", "C", "D", "E"))
    assert starters_for(guide) == ("A", "B", "C", "D"), "at most four are shown"
    assert starters_for(AssistantDefinition(name="Plain", model="gpt-4.1")) == DEFAULT_STARTERS
    assert starters_for(None) == DEFAULT_STARTERS
    assert 3 <= len(DEFAULT_STARTERS) <= 4


def test_form_lines_become_starters_and_back() -> None:
    draft = FormDraft(name="Guide", model="gpt-4.1", starters_text="  Plan   a trip \n\n Explain APIs\n")
    assert validate(draft) == {}
    definition = to_definition(draft)
    assert definition.starters == ("Plan a trip", "Explain APIs")
    assert from_definition(definition).starters_text == "Plan a trip\nExplain APIs"


def test_too_many_or_too_long_starters_are_named() -> None:
    five = FormDraft(name="G", model="m", starters_text="a\nb\nc\nd\ne")
    assert validate(five)["starters_text"] == "At most 4 conversation starters are shown; there are 5."
    long = FormDraft(name="G", model="m", starters_text="ok\n" + "x" * 201)
    assert "Starter 2 is longer than 200 characters" in validate(long)["starters_text"]
