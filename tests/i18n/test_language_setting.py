"""Settings → Appearance → Language: the choice is saved, the page says it takes effect after a restart,
and the next start shows the window in that language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from belugadesk.settings import LANGUAGES, AppPaths, SettingsFile
from belugadesk.views.settings.settings_dialog import SettingsDialog
from tests.i18n.test_translated_layout import running
from tests.support import run_coro


def test_the_language_chosen_is_saved_and_used_at_the_next_start(
    qtbot: Any, loop: Any, tmp_path: Path
) -> None:
    with running(qtbot, tmp_path, "") as app:
        assert app.window is not None
        app.open_settings()
        dialog = app.settings_dialog
        assert isinstance(dialog, SettingsDialog)
        dialog.show_page("Appearance")
        page = dialog.appearance_page
        combo = page.language
        offered = [combo.itemText(i) for i in range(combo.count())]
        assert offered == ["System default", *LANGUAGES.values()]
        assert {"Deutsch", "Français", "Español", "日本語", "简体中文"} <= set(offered)
        assert page.language_note.text() == "Takes effect after a restart."
        combo.setCurrentIndex(combo.findData("de"))
        run_coro(qtbot, dialog.vm.wait_all())
        assert SettingsFile(AppPaths.default()).load().appearance.language == "de"
        assert app.window.menuBar().actions()[0].text() == "&File", "the running window stays as it was"
    with running(qtbot, tmp_path, "") as app:
        assert app.window is not None
        assert app.window.menuBar().actions()[0].text() == "&Datei"
