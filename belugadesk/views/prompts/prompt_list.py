"""A list of saved prompts (the library window's and the `/` picker's): each row holds its prompt, and a
refill may keep the chosen prompt chosen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from belugadesk.domain.prompts import SavedPrompt


class PromptList(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUniformItemSizes(True)

    def set_prompts(
        self, prompts: Sequence[SavedPrompt], label: Callable[[SavedPrompt], str], *, keep: bool = True
    ) -> None:
        """Show ``prompts`` (each row's text from ``label``, its tooltip the tags); with ``keep`` the prompt
        chosen before stays chosen when it is still listed, otherwise the first is."""
        chosen = self.current_prompt() if keep else None
        self.clear()
        for prompt in prompts:
            item = QListWidgetItem(label(prompt))
            item.setData(Qt.ItemDataRole.UserRole, prompt)
            if prompt.tags:
                item.setToolTip(", ".join(prompt.tags))
            self.addItem(item)
        ids = [p.id for p in prompts]
        self.setCurrentRow(
            ids.index(chosen.id) if chosen is not None and chosen.id in ids else (0 if ids else -1)
        )

    def prompt_at(self, row: int) -> SavedPrompt:
        prompt: SavedPrompt = self.item(row).data(Qt.ItemDataRole.UserRole)
        return prompt

    def current_prompt(self) -> SavedPrompt | None:
        row = self.currentRow()
        return self.prompt_at(row) if 0 <= row < self.count() else None

    def titles(self) -> list[str]:
        return [self.prompt_at(row).title for row in range(self.count())]
