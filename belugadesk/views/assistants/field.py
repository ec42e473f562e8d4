"""A form view-model's field errors on screen: a red label under the field, and its accessible description."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from belugadesk.views.tone import set_tone


def error_label(parent: QWidget, field_name: str) -> QLabel:
    label = QLabel(parent)
    set_tone(label, "error")
    label.setWordWrap(True)
    label.setAccessibleName(
        QCoreApplication.translate("views.assistants.field", "{field_name} error").format(
            field_name=field_name
        )
    )
    label.hide()
    return label


class FieldErrors:
    """Binds error keys to (widget, label) pairs; ``show(errors)`` updates them all."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._dynamic: dict[str, Callable[[], str]] = {}
        self._notes: dict[str, str] = {}

    def bind(self, key: str, widget: QWidget, label: QLabel) -> None:
        self._fields[key] = (widget, label)

    def note(self, key: str, text: str) -> None:
        """A standing accessible description of ``key``'s widget, said when it has no error."""
        self._notes[key] = text

    def bind_dynamic(self, key: str, resolve: Callable[[], str]) -> None:
        """A label whose error key changes (the function being edited): ``resolve()`` names it."""
        self._dynamic[key] = resolve

    def label(self, key: str) -> QLabel | None:
        entry = self._fields.get(key)
        return entry[1] if entry else None

    def widget(self, key: str) -> QWidget | None:
        entry = self._fields.get(key)
        return entry[0] if entry else None

    def show(self, errors: dict[str, str]) -> None:
        for key, (widget, label) in self._fields.items():
            source = self._dynamic[key]() if key in self._dynamic else key
            message = errors.get(source, "") if source else ""
            if label.text() != message:
                label.setText(message)
            label.setVisible(bool(message))
            widget.setAccessibleDescription(message or self._notes.get(key, ""))
            widget.setProperty("invalid", bool(message))
