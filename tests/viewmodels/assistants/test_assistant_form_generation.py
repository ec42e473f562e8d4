"""The assistant form's stop sequences, seed and reasoning effort: validation, saving and reopening."""

from __future__ import annotations

from typing import Any

from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import session_fixture, store_fixture  # noqa: F401


def named(vm: AssistantFormViewModel) -> AssistantFormViewModel:
    vm.set_field("name", "Terse")
    vm.set_field("model", "o4-mini")
    return vm


def test_stop_seed_and_effort_save_and_reopen_the_same(qtbot: Any, session: Session) -> None:
    vm = named(AssistantFormViewModel(session))
    vm.set_field("stop_text", "\\n\\nUser:\n\nEND\\t\na\\\\nb")
    vm.set_field("seed_text", " 42 ")
    vm.set_field("reasoning_effort", "minimal")
    assert vm.errors == {}
    saved = run_coro(qtbot, vm.save())
    assert saved is not None
    assert saved.stop == ("\n\nUser:", "END\t", "a\\nb"), "escapes stand for a newline, a tab, a backslash"
    assert (saved.seed, saved.reasoning_effort) == (42, "minimal")
    reopened = AssistantFormViewModel(session, saved)
    assert reopened.draft.stop_text == "\\n\\nUser:\nEND\\t\na\\\\nb"
    assert (reopened.draft.seed_text, reopened.draft.reasoning_effort) == ("42", "minimal")
    assert not reopened.dirty
    # cleared again: nothing is sent
    reopened.set_field("stop_text", "")
    reopened.set_field("seed_text", "")
    reopened.set_field("reasoning_effort", None)
    cleared = run_coro(qtbot, reopened.save())
    assert cleared is not None and (cleared.stop, cleared.seed, cleared.reasoning_effort) == ((), None, None)
    assert cleared.version == 2


def test_five_stop_sequences_or_a_seed_that_is_no_number_are_refused(qtbot: Any, session: Session) -> None:
    vm = named(AssistantFormViewModel(session))
    vm.set_field("stop_text", "a\nb\nc\nd\ne")
    vm.set_field("seed_text", "4.5")
    assert vm.errors["stop_text"] == "At most 4 stop sequences are allowed (one a line); there are 5."
    assert vm.errors["seed_text"] == "The seed must be a whole number (64-bit), or empty for none."
    assert vm.error_for("seed_text"), "an edited field shows its error"
    assert not vm.attempt_save()
    vm.set_field("seed_text", str(2**63))
    assert "seed_text" in vm.errors, "beyond 64 bits"
    vm.set_field("seed_text", str(-(2**63)))
    vm.set_field("stop_text", "a\nb\nc\nd")
    assert vm.errors == {}
    assert run_coro(qtbot, vm.save()) is not None
