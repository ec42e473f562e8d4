"""Text for the person from the layers without Qt (domain, core, bridge…): marked here, translated where
it is shown.

``pyside6-lupdate`` finds ``QT_TRANSLATE_NOOP(context, text)`` by its name, so a Qt-free module marks a
sentence with this no-op of the same name and keeps its English text; the view-model or view that shows it
passes it through ``QCoreApplication.translate(context, text)`` (see docs/ARCHITECTURE.md,
"Translations")."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged: marks it for translation under ``context``."""
    del context
    return text
