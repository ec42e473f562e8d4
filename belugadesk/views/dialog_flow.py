"""The one way a view asks the person something: awaitable dialogs, opened window-modal without a nested
event loop (``open()``, not ``exec()``), so a view-model's flow can await the answer midway and tests answer
it while the loop runs.

``Questions`` is what a view hands to a view-model's flow: each question is one awaited dialog, ``active`` is
the one on screen. File choosers are Qt's own dialogs, opened the same way (never the blocking static
``QFileDialog.get*`` calls, which run a nested loop)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget


async def shown(dialog: QDialog) -> int:
    """Open ``dialog`` window-modal and wait until it closes; returns its result code."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(code: int) -> None:
        if not future.done():
            future.set_result(code)

    dialog.finished.connect(done)
    dialog.open()
    try:
        return await future
    finally:
        dialog.finished.disconnect(done)


class Questions:
    """Asks through awaitable dialogs parented to ``parent``; tests answer the dialog in ``active``."""

    def __init__(self, parent: QWidget):
        self.parent = parent
        self.active: QDialog | None = None

    async def ask(self, dialog: QDialog) -> int:
        """Show ``dialog`` until it closes (it is deleted afterwards); its result code."""
        self.active = dialog
        try:
            return await shown(dialog)
        finally:
            self.active = None
            dialog.deleteLater()

    async def show_problem(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.parent)
        await self.ask(box)

    async def confirm_destructive(
        self, title: str, text: str, detail: str, action: str, action_name: str
    ) -> bool:
        """Whether the person chose ``action`` (a button with that text and accessible name) over Cancel,
        which is the default and what Escape does."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        box.setInformativeText(detail)
        chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        chosen.setAccessibleName(action_name)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        await self.ask(box)
        return box.clickedButton() is chosen

    async def text(self, title: str, label: str) -> str | None:
        """A line the person typed (None when cancelled)."""
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        if await self.ask(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    async def save_path(self, title: str, suggested: Path, name_filter: str, suffix: str = "") -> Path | None:
        """Where to save (None when cancelled); ``suffix`` is added to a name typed without one."""
        dialog = QFileDialog(self.parent, title, str(suggested), name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        chosen = await self._chosen(dialog)
        return chosen[0] if chosen else None

    async def open_path(self, title: str, name_filter: str = "", start: Path | None = None) -> Path | None:
        """One existing file to read (None when cancelled)."""
        dialog = QFileDialog(self.parent, title, str(start or Path.home()), name_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        chosen = await self._chosen(dialog)
        return chosen[0] if chosen else None

    async def open_paths(self, title: str, name_filter: str = "", start: Path | None = None) -> list[Path]:
        """Existing files to read (empty when cancelled)."""
        dialog = QFileDialog(self.parent, title, str(start or Path.home()), name_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        return await self._chosen(dialog)

    async def _chosen(self, dialog: QFileDialog) -> list[Path]:
        if await self.ask(dialog) != QDialog.DialogCode.Accepted:
            return []
        return [Path(name) for name in dialog.selectedFiles()]
