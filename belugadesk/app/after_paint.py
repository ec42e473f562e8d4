"""What the app loads once its window is painted, and the heap frozen after it.

The network client (``openai``), the keyring, markdown-it (titles and previews) and the message renderer's
worker process load or start on worker threads after the first paint. Everything they and start-up create
lives as long as the app, yet Python's cyclic garbage collector would walk all of it in every full
collection, which then stalls the UI for hundreds of milliseconds (a long thread loaded or reloaded triggers
one). Once they are loaded, :func:`freeze_when_done` moves those objects out of the collector's reach
(``gc.freeze``): later full collections walk only what was made since. Reference counting still frees them
as usual.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterable


def warm_renderer() -> None:
    """Start the message renderer's worker process (~0.2 s; it renders markdown and code away from the UI
    process) and import markdown-it for titles and previews, on a worker thread after the first paint, so
    that neither the first paint nor the first thread opened waits for them."""
    from belugadesk.core.titles import plain_text
    from belugadesk.views.chat.block_renderer import start_worker

    start_worker()
    plain_text("**warm**")


async def freeze_when_done(loads: Iterable[asyncio.Task[object]]) -> None:
    """Wait for the after-paint ``loads`` (whether they worked or not), then freeze the heap."""
    await asyncio.wait(list(loads))
    gc.freeze()
