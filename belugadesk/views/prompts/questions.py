"""The prompt library's questions (``PromptQuestions``), asked through the shared awaitable dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from belugadesk.domain.prompts import SavedPrompt, Variable
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.prompts.edit_dialog import PromptEditDialog
from belugadesk.views.prompts.variables_form import VariablesForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("PromptDialogs", text)


class PromptDialogs(Questions):
    async def edit_prompt(self, prompt: SavedPrompt | None, tags: Sequence[str]) -> SavedPrompt | None:
        dialog = PromptEditDialog(prompt, tags, self.parent)
        if await self.ask(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.prompt()

    async def confirm_delete(self, prompt: SavedPrompt) -> bool:
        return await self.confirm_destructive(
            _tr("Delete prompt"),
            _tr("Delete the prompt “{title}”?").format(title=prompt.title),
            _tr("It is removed from the library. An exported copy can bring it back."),
            _tr("Delete"),
            _tr("Delete prompt"),
        )

    async def fill_variables(
        self, prompt: SavedPrompt, variables: Sequence[Variable]
    ) -> dict[str, str] | None:
        form = VariablesForm(prompt.title, variables, self.parent)
        if await self.ask(form) != QDialog.DialogCode.Accepted:
            return None
        return form.values()

    async def export_path(self) -> Path | None:
        return await self.save_path(
            _tr("Export prompts"), Path.home() / "prompts.json", _tr("BelugaDesk prompts (*.json)"), "json"
        )

    async def import_path(self) -> Path | None:
        return await self.open_path(_tr("Import prompts"), _tr("BelugaDesk prompts (*.json)"))
