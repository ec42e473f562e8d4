"""The window in German (long words) and in a right-to-left locale: at 1280×800 and at 900×600 no label,
button or check box of the main window, the Settings pages, the assistant form and the main dialogs is
cut off, and with Arabic the layout is mirrored, its parts side by side without overlap."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QPoint, QRect, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from belugadesk.app import Application, make_qapplication
from belugadesk.app.translations import install_translations
from belugadesk.domain.models import ToolCallPart
from belugadesk.views.settings.settings_dialog import SettingsDialog
from tests.i18n.layout_check import clipped_texts
from tests.support import run_coro
from tests.views.settings.helpers_settings import plaintext_store

SIZES = ((1280, 800), (900, 600))


@contextmanager
def running(qtbot: Any, tmp_path: Path, locale: str) -> Iterator[Application]:
    """The demo app started in ``locale``; shut down (and back in English) afterwards."""
    store = plaintext_store(tmp_path)
    app = Application(make_qapplication(), demo=True, screenshot=None, api_keys=store, locale=locale)
    run_coro(qtbot, app.start(), timeout=20_000)
    assert app.window is not None
    qtbot.addWidget(app.window)
    try:
        yield app
    finally:
        if isinstance(app.settings_dialog, SettingsDialog):
            run_coro(qtbot, app.settings_dialog.vm.wait_all())
            app.settings_dialog.close()
        app.window.close()
        run_coro(qtbot, app.shutdown(), timeout=20_000)
        install_translations(QApplication.instance(), "en_US")


def _laid_out(widget: QWidget, size: tuple[int, int]) -> None:
    widget.resize(*size)
    QApplication.sendPostedEvents()
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    QApplication.sendPostedEvents()


def _check(widget: QWidget, where: str, failures: list[str]) -> None:
    failures.extend(f"{where}: {problem}" for problem in clipped_texts(widget))


def test_german_is_loaded_from_the_catalogue(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    with running(qtbot, tmp_path, "de") as app:
        _german_is_loaded(app)


def _german_is_loaded(app: Application) -> None:
    window = app.window
    assert window is not None
    assert QLocale().name() == "de_DE"
    assert window.side_pane.new_chat_button.accessibleName().startswith("Neuer Chat")
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert window.chat_view.composer.send_button.text().endswith("Senden")


def test_german_text_fits_at_both_sizes(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    with running(qtbot, tmp_path, "de") as app:
        _german_text_fits(qtbot, app)


def _german_text_fits(qtbot: Any, german_app: Application) -> None:
    window = german_app.window
    assert window is not None
    failures: list[str] = []
    for size in SIZES:
        _laid_out(window, size)
        _check(window, f"main window {size}", failures)

        german_app.open_settings()
        dialog = german_app.settings_dialog
        assert isinstance(dialog, SettingsDialog)
        _laid_out(dialog, size)
        for row in range(dialog.nav.count()):
            dialog.nav.setCurrentRow(row)
            QApplication.sendPostedEvents()
            _check(dialog, f"settings “{dialog.nav.item(row).text()}” {size}", failures)
        editor = dialog.profiles_page.open_editor(None)
        _laid_out(editor, (min(size[0], 760), min(size[1], 640)))
        _check(editor, f"profile editor {size}", failures)
        run_coro(qtbot, editor.vm.wait_idle())
        editor.done(QDialog.DialogCode.Rejected)
        run_coro(qtbot, dialog.vm.wait_all())
        dialog.close()

        form = window.side_pane.assistants_pane.new()
        _laid_out(form, (size[0] - 40, size[1] - 100))
        _check(form, f"assistant form {size}", failures)
        form.done(QDialog.DialogCode.Rejected)

        about = window.show_about()
        _check(about, f"about {size}", failures)
        about.close()

        chat = window.chat_view
        chat.show_tool_dialog(ToolCallPart(call_id="call_1", name="get_weather", arguments="{}"))
        tool_dialog = chat.tool_dialog
        assert tool_dialog is not None
        QApplication.sendPostedEvents()
        _check(tool_dialog, f"tool output dialog {size}", failures)
        tool_dialog.done(QDialog.DialogCode.Rejected)

        from belugadesk.views.chat.link_confirmation import link_confirmation
        from belugadesk.views.shortcut_sheet import ShortcutSheet

        shortcuts = ShortcutSheet(window, window)
        shortcuts.open()
        QApplication.sendPostedEvents()
        _check(shortcuts, f"shortcuts {size}", failures)
        shortcuts.done(QDialog.DialogCode.Rejected)
        question, _button = link_confirmation(QUrl("https://example.com/page"), window)
        question.open()
        QApplication.sendPostedEvents()
        _check(question, f"link question {size}", failures)
        question.done(QDialog.DialogCode.Rejected)
    assert not failures, "Text cut off in German:\n" + "\n".join(failures)


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def test_a_right_to_left_locale_mirrors_the_window(qtbot: Any, loop: Any, tmp_path: Path) -> None:
    with running(qtbot, tmp_path, "ar") as app:
        _mirrored(app)


def _mirrored(arabic_app: Application) -> None:
    window = arabic_app.window
    assert window is not None
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for size in SIZES:
        _laid_out(window, size)
        side = _rect_in(window.side_pane, window)
        chat = _rect_in(window.chat_view, window)
        assert side.left() > chat.right(), f"{size}: the side pane is on the right, the chat on its left"
        assert not side.intersects(chat), f"{size}: the side pane and the chat overlap"
        composer = window.chat_view.composer
        send = _rect_in(composer.send_button, composer)
        attach = _rect_in(composer.attach_button, composer)
        assert send.right() < attach.left(), (
            f"{size}: Send is at the composer's left end, attach at its right"
        )
        assert clipped_texts(window) == [], f"{size}: text cut off in the mirrored window"


def test_the_check_finds_text_that_is_cut_off(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    button = QPushButton("Einstellungen übernehmen", top)
    button.setFixedWidth(40)
    label = QLabel("Verbindungstestergebnis", top)
    label.setFixedWidth(30)
    wrapped = QLabel("Ein langer Satz, der umbrochen werden muss, damit er passt. " * 4, top)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    fits = QPushButton("OK", top)
    for widget in (button, label, wrapped, fits):
        layout.addWidget(widget)
    top.show()
    qtbot.waitExposed(top)
    problems = clipped_texts(top)
    assert len(problems) == 3, problems
    assert all("OK" not in problem for problem in problems)
