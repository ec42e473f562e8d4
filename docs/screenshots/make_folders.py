"""Render the sidebar's folders in light and dark at 1280×800: a few folders (one with a subfolder), threads
filed in them, a folder selected (the thread list filtered to it) and the thread's "Move to folder" picker.
Writes ``docs/screenshots/folders-<scheme>.png`` and ``folders-move-to-<scheme>.png``.

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_folders.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

FILED = (  # (folder, question), sent in this order: the last one stays open
    (None, "Translate 'good morning' into French"),
    ("Field trips", "Plan a trip to see belugas in Churchill"),
    ("Whale research", "How do belugas sing?"),
    ("Whale research", "A table of whales, please"),
)


async def settle(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)


async def render(out: Path) -> int:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QWidget

    from belugadesk.app import Application, make_qapplication
    from belugadesk.domain.folders import ALL_CHATS

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None)
    await app.start()
    assert app.vm is not None and app.window is not None and app.look is not None
    vm, window = app.vm, app.window
    store = vm.session.store

    def make(s: object) -> dict[str, str]:
        folders = s.folders  # type: ignore[attr-defined]
        research = folders.create("Whale research")
        folders.create("Songs", parent_id=research.id)
        folders.set_defaults(research.id, None, "Cite your sources.")
        trips = folders.create("Field trips")
        folders.create("Home")
        return {"Whale research": research.id, "Field trips": trips.id}

    ids = await store.run(make)
    await vm.folders.refresh()
    for folder, question in FILED:
        vm.folders.select(ids[folder] if folder else ALL_CHATS)
        vm.new_thread()
        await vm.chat.send(question)
    vm.folders.select(ids["Whale research"])
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        path = out / name
        widget.grab().save(str(path), "PNG")
        written.append(path)

    pane = window.side_pane
    window.resize(1280, 800)
    for scheme in ("light", "dark"):
        app.look.apply(scheme, app.look.font_pt or 11, "blue")
        await settle(0.8)
        save(window, f"folders-{scheme}.png")
        thread = vm.chat.thread
        pane.threads_panel.move_to_folder(thread)
        await settle(0.5)
        dialog = pane.threads_panel.folder_dialogs.active
        assert dialog is not None
        dialog.move(window.geometry().center() - dialog.rect().center())
        await settle(0.3)
        # the window with the dialog over it, as on screen (a grab shows one top-level window only)
        shot = window.grab()
        painter = QPainter(shot)
        painter.drawPixmap(dialog.frameGeometry().topLeft() - window.geometry().topLeft(), dialog.grab())
        painter.end()
        path = out / f"folders-move-to-{scheme}.png"
        shot.save(str(path), "PNG")
        written.append(path)
        dialog.reject()
        await settle(0.2)

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
