"""The app's local SQLite store: thread index, message cache, assistants, drafts and search."""

from belugadesk.store.async_store import AsyncStore
from belugadesk.store.database import set_aside_and_start_fresh
from belugadesk.store.errors import RecordMissing
from belugadesk.store.messages import MergeResult
from belugadesk.store.migrations import LATEST_VERSION
from belugadesk.store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, split_highlights
from belugadesk.store.store import Store

__all__ = [
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "LATEST_VERSION",
    "AsyncStore",
    "MergeResult",
    "RecordMissing",
    "SearchHit",
    "Store",
    "set_aside_and_start_fresh",
    "split_highlights",
]
