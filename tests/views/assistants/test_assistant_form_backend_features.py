"""The assistant form greys what the profile's backend cannot run (file search and code interpreter on Chat
Completions), with the reason beside it and in its accessible description; other backends keep them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from belugadesk.domain.models import Backend
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import make_session, store_fixture  # noqa: F401
from tests.views.assistants.test_assistant_form_dialog import open_dialog

CHAT_REASON = "needs the Responses API or the Assistants API; this profile uses the Chat Completions API."


@pytest.fixture(params=[Backend.CHAT_COMPLETIONS, Backend.RESPONSES, Backend.ASSISTANTS])
def session(request: Any, qtbot: Any, store: AsyncStore, local_api: Any) -> Iterator[Session]:
    made = make_session(store, local_api.base_url, backend=request.param)
    yield made
    run_coro(qtbot, made.aclose())


def test_the_form_says_what_the_backend_cannot_run(qtbot: Any, loop: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    notes = {
        key: dialog.findChild(QLabel, f"unavailable_{key}") for key in ("code_interpreter", "file_search")
    }
    if session.backend_kind is Backend.CHAT_COMPLETIONS:
        assert vm.unavailable_reason("code_interpreter") == f"Code interpreter {CHAT_REASON}"
        assert vm.unavailable_reason("file_search") == f"File search {CHAT_REASON}"
        assert not dialog.code_box.isEnabled() and not dialog.file_search.enabled_box.isEnabled()
        assert dialog.code_box.accessibleDescription() == f"Code interpreter {CHAT_REASON}"
        assert dialog.file_search.enabled_box.accessibleDescription() == f"File search {CHAT_REASON}"
        for key, note in notes.items():
            assert note is not None and note.isVisible() and note.text() == vm.unavailable_reason(key)
        assert dialog.functions.isEnabled(), "function tools work on every backend"
    else:
        assert vm.unavailable_reason("code_interpreter") == vm.unavailable_reason("file_search") == ""
        assert dialog.code_box.isEnabled() and dialog.file_search.enabled_box.isEnabled()
        assert notes == {"code_interpreter": None, "file_search": None}


def test_stop_and_seed_are_greyed_where_the_backend_has_no_such_parameter(
    qtbot: Any, loop: Any, session: Session
) -> None:
    vm = AssistantFormViewModel(session)
    dialog = open_dialog(qtbot, vm)
    dialog.advanced.set_expanded(True)
    fields = {"stop_text": dialog.stop_edit, "seed_text": dialog.seed_edit}
    notes = {key: dialog.findChild(QLabel, f"unavailable_{key}") for key in fields}
    assert dialog.effort_combo.isEnabled(), "every backend takes a reasoning effort"
    if session.backend_kind is Backend.CHAT_COMPLETIONS:
        assert notes == {"stop_text": None, "seed_text": None}
        assert all(widget.isEnabled() for widget in fields.values())
        return
    api = "Responses API" if session.backend_kind is Backend.RESPONSES else "Assistants API"
    expected = {
        "stop_text": f"Stop sequences need the Chat Completions API; this profile uses the {api}.",
        "seed_text": f"Seed needs the Chat Completions API; this profile uses the {api}.",
    }
    for key, widget in fields.items():
        assert vm.unavailable_reason(key) == expected[key]
        assert not widget.isEnabled()
        assert widget.accessibleDescription() == expected[key]
        note = notes[key]
        assert note is not None and note.isVisible() and note.text() == expected[key]
