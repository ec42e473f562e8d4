"""The About dialog and the version facts behind it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from belugadesk import __version__
from belugadesk.viewmodels.about_info import HOMEPAGE, format_versions

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_collect_versions_reports_real_versions_without_importing_openai() -> None:
    code = (
        "import sys, json; from belugadesk.viewmodels.about_info import collect_versions; "
        "v = collect_versions(); print(json.dumps([v, 'openai' in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    import json

    versions, openai_imported = json.loads(out)
    assert openai_imported is False
    assert versions["BelugaDesk"] == __version__
    assert versions["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}.")
    from importlib.metadata import version

    import PySide6

    assert versions["openai"] == version("openai")
    assert versions["PySide6"] == PySide6.__version__
    assert versions["Qt"].count(".") == 2


def test_format_versions_is_one_aligned_line_per_entry() -> None:
    text = format_versions({"BelugaDesk": "0.1.0", "Qt": "6.12.0"})
    assert text == "BelugaDesk: 0.1.0\nQt:         6.12.0\n"


def _dialog(qtbot, versions: dict[str, str]):
    from belugadesk.views.about_dialog import AboutDialog

    dialog = AboutDialog(versions)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_dialog_shows_name_version_icon_homepage_licence_and_versions(qtbot) -> None:
    versions = {"BelugaDesk": __version__, "Python": "3.11.7", "openai": "3.57.0"}
    dialog = _dialog(qtbot, versions)
    assert dialog.windowTitle() == "About BelugaDesk"
    assert "BelugaDesk" in dialog.title_label.text()
    assert dialog.version_label.text() == f"Version {__version__}"
    assert not dialog.icon_label.pixmap().isNull()
    assert HOMEPAGE in dialog.homepage_label.text()
    assert dialog.homepage_label.openExternalLinks()
    assert "MIT" in dialog.license_label.text()
    table: QTableWidget = dialog.versions_table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == versions


def test_copy_button_puts_the_versions_on_the_clipboard(qtbot) -> None:
    versions = {"BelugaDesk": __version__, "Qt": "6.12.0"}
    dialog = _dialog(qtbot, versions)
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(dialog.versions_copied, timeout=2000) as blocker:
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [format_versions(versions)]
    assert QGuiApplication.clipboard().text() == format_versions(versions)
    assert dialog.copied_label.text() == "Copied to the clipboard."


def test_copy_works_from_the_keyboard_and_escape_closes(qtbot) -> None:
    dialog = _dialog(qtbot, {"BelugaDesk": __version__})
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    for _ in range(10):  # Tab reaches the Copy button
        if dialog.focusWidget() is dialog.copy_button:
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.copy_button
    with qtbot.waitSignal(dialog.versions_copied, timeout=2000):
        qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_interactive_widget_has_an_accessible_name(qtbot) -> None:
    dialog = _dialog(qtbot, {"BelugaDesk": __version__})
    widgets = [
        *dialog.findChildren(QPushButton),
        *dialog.findChildren(QTableWidget),
        *dialog.findChildren(QLabel),
    ]
    unnamed = [w for w in widgets if not w.accessibleName() and w.isVisible()]
    assert unnamed == []
    assert dialog.copy_button.toolTip()
