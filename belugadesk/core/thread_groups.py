"""Which group a thread belongs to in the list (Pinned, Today, Yesterday, …) and its relative time.

Pure functions (no Qt): dates are compared in the local time zone, where "today" is what a person means.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from belugadesk.domain.models import Thread


class Group(StrEnum):
    PINNED = "Pinned"
    TODAY = "Today"
    YESTERDAY = "Yesterday"
    LAST_7_DAYS = "Last 7 days"
    OLDER = "Older"
    ARCHIVED = "Archived"


GROUP_ORDER = tuple(Group)


def _local(when: datetime) -> datetime:
    return when.astimezone()


def group_of(thread: Thread, now: datetime) -> Group:
    """Archived threads form their own group, pinned ones come next, the rest by how recently updated."""
    if thread.archived:
        return Group.ARCHIVED
    if thread.pinned:
        return Group.PINNED
    days = (_local(now).date() - _local(thread.updated_at).date()).days
    if days <= 0:
        return Group.TODAY
    if days == 1:
        return Group.YESTERDAY
    if days < 7:
        return Group.LAST_7_DAYS
    return Group.OLDER


def grouped(threads: Iterable[Thread], now: datetime) -> list[tuple[Group, list[Thread]]]:
    """Non-empty groups in display order; inside a group, the given order is kept."""
    buckets: dict[Group, list[Thread]] = {g: [] for g in GROUP_ORDER}
    for thread in threads:
        buckets[group_of(thread, now)].append(thread)
    return [(g, buckets[g]) for g in GROUP_ORDER if buckets[g]]


def relative_time(when: datetime, now: datetime) -> str:
    """Short and human: "now", "5 min", "3 h", "Yesterday", "Mon", "Nov 3", "2024-11-03"."""
    local, local_now = _local(when), _local(now)
    delta = local_now - local
    if delta < timedelta(minutes=1):
        return "now"
    days = (local_now.date() - local.date()).days
    if days == 0:
        if delta < timedelta(hours=1):
            return f"{int(delta.total_seconds() // 60)} min"
        return f"{int(delta.total_seconds() // 3600)} h"
    if days == 1:
        return "Yesterday"
    if days < 7:
        return local.strftime("%a")
    if local.year == local_now.year:
        return f"{local.strftime('%b')} {local.day}"
    return local.strftime("%Y-%m-%d")


def full_time(when: datetime) -> str:
    """The exact local time, for tooltips."""
    return _local(when).strftime("%Y-%m-%d %H:%M")
