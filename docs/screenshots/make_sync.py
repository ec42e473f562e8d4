"""Render Settings → Data and Settings → Sync as a user sees them: the demo app syncing with a second device
through a shared folder, with a few backups. Writes ``docs/screenshots/settings-data.png`` and
``settings-sync.png``.

Run under a virtual screen from the repository root (it uses a temporary BELUGADESK_HOME):
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_sync.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path


async def render(out: Path, home: Path) -> int:
    from belugadesk.app import Application, make_qapplication
    from belugadesk.domain.models import Backend, Message, Thread
    from belugadesk.settings import DEMO_PROFILE_ID, AppPaths, SettingsFile
    from belugadesk.store import Store, backup
    from belugadesk.sync import SyncEngine
    from belugadesk.views.settings.settings_dialog import SettingsDialog

    shared = home / "Sync"
    shared.mkdir()
    paths = AppPaths.under(home).ensure()
    settings_file = SettingsFile(paths)
    settings = settings_file.load().with_demo_profiles()
    device = {"folder": str(shared), "device_id": uuid.uuid4().hex, "device_name": "Laptop"}
    settings_file.save(settings.replace(active_profile_id=DEMO_PROFILE_ID, onboarding_done=True, sync=device))
    desktop = Store.open(home / "desktop.sqlite3")
    for title in ("Trip to the Arctic", "Beluga song analysis"):
        desktop.threads.create(Thread(title=title, profile_id=DEMO_PROFILE_ID))
    local = desktop.threads.create(
        Thread(title="Notes with Ollama", profile_id=DEMO_PROFILE_ID, backend=Backend.CHAT_COMPLETIONS)
    )
    desktop.messages.append(local.id, Message.user("Summarise what belugas eat"))
    SyncEngine(shared, uuid.uuid4().hex, "Desktop").cycle(desktop)
    Store.open(paths.database_path).close()
    now = datetime.now(UTC)
    for days in (3, 2, 1):
        backup.back_up(paths.database_path, now=now - timedelta(days=days))
    desktop.close()

    app = Application(make_qapplication(), demo=True, screenshot=None)
    await app.start()
    assert app.window is not None and app.sync is not None
    await asyncio.sleep(1.5)  # the daily backup and the first sync cycle
    app.window.resize(1280, 800)
    app.open_settings()
    dialog = app.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.resize(760, 520)
    for page in ("Data", "Sync"):
        dialog.show_page(page)
        await dialog.vm.wait_all()  # the backups listed
        await asyncio.sleep(0.6)
        dialog.grab().save(str(out / f"settings-{page.lower()}.png"), "PNG")
        print(out / f"settings-{page.lower()}.png")
    dialog.close()
    app.window.close()
    await app.shutdown()
    return 0


def main() -> int:
    from make_main_window import run_on_qt  # beside this script

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        os.environ["BELUGADESK_HOME"] = str(home)
        return run_on_qt(lambda: render(out, home))


if __name__ == "__main__":
    raise SystemExit(main())
