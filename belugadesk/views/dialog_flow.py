"""Awaitable dialogs: open window-modal without a nested event loop (``open()``, not ``exec()``) and wait for
the answer, so async flows can ask a question midway and tests can answer it while the loop runs."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


async def shown(dialog: QDialog) -> int:
    """Open ``dialog`` window-modal and wait until it closes; returns its result code."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(code: int) -> None:
        if not future.done():
            future.set_result(code)

    dialog.finished.connect(done)
    dialog.open()
    try:
        return await future
    finally:
        dialog.finished.disconnect(done)
