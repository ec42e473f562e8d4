"""A prompt library over a real SQLite store, and a scripted person answering its questions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import Backend
from belugadesk.domain.prompts import SavedPrompt, Variable
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.prompts.library_vm import PromptLibraryViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro


async def _no_backend() -> Any:
    raise AssertionError("the prompt library never needs a backend")


@pytest.fixture
def library(qtbot: Any, loop: Any, tmp_path: Path) -> Iterator[PromptLibraryViewModel]:
    """The library over a new database (holding the first prompts), loaded."""
    store = run_coro(qtbot, AsyncStore.open(tmp_path / "data" / "belugadesk.sqlite3"))
    session = Session(store, _no_backend, profile_id="p", profile_name="Test", backend_kind=Backend.RESPONSES)
    vm = PromptLibraryViewModel(session)
    run_coro(qtbot, vm.refresh())
    yield vm
    run_coro(qtbot, vm.aclose())
    run_coro(qtbot, store.close())


@dataclass
class ScriptedPerson:
    """Answers each question from its fields and records what it was asked."""

    edited: SavedPrompt | None = None
    confirm: bool = True
    values: dict[str, str] | None = None
    path: Path | None = None
    asked: list[tuple[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    async def edit_prompt(self, prompt: SavedPrompt | None, tags: Sequence[str]) -> SavedPrompt | None:
        self.asked.append(("edit", (prompt, list(tags))))
        return self.edited

    async def confirm_delete(self, prompt: SavedPrompt) -> bool:
        self.asked.append(("delete", prompt))
        return self.confirm

    async def fill_variables(
        self, prompt: SavedPrompt, variables: Sequence[Variable]
    ) -> dict[str, str] | None:
        self.asked.append(("variables", list(variables)))
        return self.values

    async def export_path(self) -> Path | None:
        return self.path

    async def import_path(self) -> Path | None:
        return self.path

    async def show_problem(self, title: str, text: str) -> None:
        self.problems.append(f"{title}: {text}")
