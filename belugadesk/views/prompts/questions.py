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


class PromptDialogs(Questions):
    async def edit_prompt(self, prompt: SavedPrompt | None, tags: Sequence[str]) -> SavedPrompt | None:
        dialog = PromptEditDialog(prompt, tags, self.parent)
        if await self.ask(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.prompt()

    async def confirm_delete(self, prompt: SavedPrompt) -> bool:
        return await self.confirm_destructive(
            QCoreApplication.translate("PromptDialogs", "Delete prompt"),
            QCoreApplication.translate("PromptDialogs", "Delete the prompt “{title}”?").format(
                title=prompt.title
            ),
            QCoreApplication.translate(
                "PromptDialogs", "It is removed from the library. An exported copy can bring it back."
            ),
            QCoreApplication.translate("PromptDialogs", "Delete"),
            QCoreApplication.translate("PromptDialogs", "Delete prompt"),
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
            QCoreApplication.translate("PromptDialogs", "Export prompts"),
            Path.home() / "prompts.json",
            QCoreApplication.translate("PromptDialogs", "BelugaDesk prompts (*.json)"),
            "json",
        )

    async def import_path(self) -> Path | None:
        return await self.open_path(
            QCoreApplication.translate("PromptDialogs", "Import prompts"),
            QCoreApplication.translate("PromptDialogs", "BelugaDesk prompts (*.json)"),
        )
