"""Run the app on the demo in this process and report what had happened when the window first painted:
the modules imported, whether the keyring backend was chosen, and the processes spawned.

Used by test_startup.py in a fresh interpreter: ``python -m tests.app.startup_probe OUT.png``.
"""

from __future__ import annotations

import gc
import json
import linecache
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from belugadesk.app import make_qapplication, run_gui

STARTED = time.perf_counter()
SPAWNED: list[str] = []  # every process started in this interpreter, in order
# what the first paint does not need: the network client, the keyring, the markdown renderer, the local API
DEFERRED = ("openai", "keyring", "markdown_it", "pygments", "starlette", "uvicorn", "pycrdt")


def deferred_imported() -> list[str]:
    return [name for name in DEFERRED if name in sys.modules]


def _record_spawns(event: str, args: tuple[object, ...]) -> None:
    if event in {"subprocess.Popen", "os.posix_spawn", "os.exec", "os.system", "os.spawn"}:
        SPAWNED.append(f"{event}: {args[:2]!r}")


sys.addaudithook(_record_spawns)


def _keyring_resolved() -> bool:
    """Whether keyring has chosen its backend (``keyring.get_keyring`` probes the system to do so)."""
    core = sys.modules.get("keyring.core")
    return core is not None and getattr(core, "_keyring_backend", None) is not None


class FirstPaintProbe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.report: dict[str, object] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.report is None
            and event.type() == QEvent.Type.Paint
            and type(watched).__name__ == "MainWindow"
        ):
            self.report = {
                "first_paint_s": round(time.perf_counter() - STARTED, 3),
                "openai_imported": "openai" in sys.modules,
                "bridge_imported": any(m.startswith("belugadesk.bridge.") for m in sys.modules),
                "mcp_imported": "mcp" in sys.modules,
                "keyring_resolved": _keyring_resolved(),
                "spawned": list(SPAWNED),
                "deferred_imported": deferred_imported(),
                "sources_read_into_linecache": sorted(linecache.cache),
            }
        return False


def main() -> int:
    probe = FirstPaintProbe()
    qapp = make_qapplication()
    qapp.installEventFilter(probe)
    code = run_gui(demo=True, screenshot=Path(sys.argv[1]))
    after_run = {
        "keyring_resolved": _keyring_resolved(),
        "deferred_imported": deferred_imported(),
        "gc_frozen": gc.get_freeze_count(),
    }
    print(json.dumps({"exit_code": code, "first_paint": probe.report, **after_run}))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
