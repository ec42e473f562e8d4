"""The ``QApplication``: one per process, with the app's name, desktop file name and icon."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from belugadesk import APP_ID, APP_NAME, __version__


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qapp = QApplication(argv or [sys.argv[0]])
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = _app_icon()
    if icon is not None:
        qapp.setWindowIcon(icon)
    return qapp


def _app_icon() -> QIcon | None:
    from belugadesk.viewmodels.resources_access import icon_path

    path = icon_path()
    return QIcon(str(path)) if path.exists() else None
