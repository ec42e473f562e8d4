"""Render the look in light and dark, at 1280×800 and 900×600: the main window with a conversation, Settings
(Appearance) and the assistant form (and its Advanced section open, at 1280). Writes
``docs/screenshots/look-<view>-<scheme>-<width>.png``, and at 1280 in light ``settings-<page>.png``.

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_look.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

QUESTIONS = ("What can you do? 🐳", "A table of whales, please", "Some code, please")
SIZES = ((1280, 800), (900, 600))
SCHEMES = ("light", "dark")


async def settle(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)


async def render(out: Path) -> int:
    from PySide6.QtWidgets import QWidget

    from belugadesk.app import Application, make_qapplication
    from belugadesk.views.assistants.list_view import AssistantListPane
    from belugadesk.views.settings.settings_dialog import SettingsDialog

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None)
    await app.start()
    assert app.vm is not None and app.window is not None and app.look is not None
    window = app.window
    for question in QUESTIONS:
        await app.vm.chat.send(question)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        path = out / name
        widget.grab().save(str(path), "PNG")
        written.append(path)

    for scheme in SCHEMES:
        app.look.apply(scheme, app.look.font_pt or 11, "blue")
        for width, height in SIZES:
            window.resize(width, height)
            await settle(0.6)
            chat = window.chat_view  # the last reply as hovered: its actions and time under it
            chat.hover_bar.follow(chat.vm.messages.index(chat.vm.messages.rowCount() - 1))
            await settle(0.1)
            save(window, f"look-main-{scheme}-{width}.png")

            app.open_settings()
            dialog = app.settings_dialog
            assert isinstance(dialog, SettingsDialog)
            dialog.resize(min(760, width - 40), min(520, height - 60))
            dialog.show_page("Appearance")
            await settle()
            save(dialog, f"look-settings-{scheme}-{width}.png")
            if (scheme, width) == ("light", 1280):
                for page in ("Profiles", "Behaviour", "Prices"):
                    dialog.show_page(page)
                    await settle()
                    save(dialog, f"settings-{page.lower()}.png")
            dialog.close()

            pane = window.findChild(AssistantListPane)
            assert pane is not None
            form = pane.edit(0)
            assert form is not None
            form.resize(min(form.width(), width - 40), min(form.height(), height - 60))
            await settle()
            save(form, f"look-assistant-form-{scheme}-{width}.png")
            if width == 1280:
                form.advanced.set_expanded(True)
                form.format_combo.setCurrentIndex(form.format_combo.findData("json_schema"))
                await settle()
                form.scroll_area.ensureWidgetVisible(form.schema_editor)
                await settle()
                save(form, f"look-assistant-form-advanced-{scheme}-{width}.png")
            form.vm.closeApproved.emit()  # closes without asking
            await settle(0.1)

    window.close()
    await app.shutdown()
    for path in written:
        print(f"wrote {path}")
    return 0


def main() -> int:
    from make_main_window import run_on_qt  # beside this script

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    return run_on_qt(lambda: render(out))


if __name__ == "__main__":
    raise SystemExit(main())
