"""Answering Qt's own file chooser (opened by ``dialog_flow.Questions``) as a person would: type names in its
file name box, then accept."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLineEdit


def choose(dialog: object, *names: str) -> None:
    """Type ``names`` (relative to the chooser's folder, or absolute) into ``dialog`` and accept it."""
    assert isinstance(dialog, QFileDialog)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None, "Qt's own (non-native) chooser"
    edit.setText(names[0] if len(names) == 1 else " ".join(f'"{n}"' for n in names))
    dialog.accept()
