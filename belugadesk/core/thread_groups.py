"""Which group a thread belongs to in the list (Pinned, Today, Yesterday, Previous 7 days, Previous 30 days,
then one group per month) and its relative time.

Pure functions (no Qt): dates are compared in the local time zone, where "today" is what a person means.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.models import Thread


class Group(StrEnum):
    """Each value is the group's English heading (translated under the context "ThreadGroup")."""

    PINNED = QT_TRANSLATE_NOOP("ThreadGroup", "Pinned")
    TODAY = QT_TRANSLATE_NOOP("ThreadGroup", "Today")
    YESTERDAY = QT_TRANSLATE_NOOP("ThreadGroup", "Yesterday")
    PREVIOUS_7_DAYS = QT_TRANSLATE_NOOP("ThreadGroup", "Previous 7 days")
    PREVIOUS_30_DAYS = QT_TRANSLATE_NOOP("ThreadGroup", "Previous 30 days")
    MONTH = "Month"  # one group per calendar month: see ``ThreadGroup.label``
    ARCHIVED = QT_TRANSLATE_NOOP("ThreadGroup", "Archived")


def _english_month(month: int) -> str:
    return date(2000, month, 1).strftime("%B")


@dataclass(frozen=True)
class TimeWords:
    """The words of ``relative_time``; a view-model passes translated ones (English by default)."""

    now: str = "now"
    minutes: str = "{n} min"
    hours: str = "{n} h"
    yesterday: str = "Yesterday"
    weekday: Callable[[datetime], str] = lambda when: when.strftime("%a")
    month_day: Callable[[datetime], str] = lambda when: f"{when.strftime('%b')} {when.day}"


GROUP_ORDER = tuple(Group)


@dataclass(frozen=True, order=True)
class ThreadGroup:
    """A section of the thread list; month groups also carry their (year, month)."""

    kind: Group
    year: int = 0
    month: int = 0

    def label(self, now: datetime, month_name: Callable[[int], str] = _english_month) -> str:
        """ "Today", "Previous 30 days", "October" (this year) or "October 2025" (an earlier year)."""
        if self.kind is not Group.MONTH:
            return self.kind.value
        name = month_name(self.month)
        return name if self.year == _local(now).year else f"{name} {self.year}"

    def sort_key(self) -> tuple[int, int]:
        """Display order: by kind, then the newest month first."""
        return GROUP_ORDER.index(self.kind), -(self.year * 12 + self.month)


def _local(when: datetime) -> datetime:
    return when.astimezone()


def group_of(thread: Thread, now: datetime) -> ThreadGroup:
    """Archived threads form their own group, pinned ones come next, the rest by how recently updated."""
    if thread.archived:
        return ThreadGroup(Group.ARCHIVED)
    if thread.pinned:
        return ThreadGroup(Group.PINNED)
    updated = _local(thread.updated_at)
    days = (_local(now).date() - updated.date()).days
    if days <= 0:
        return ThreadGroup(Group.TODAY)
    if days == 1:
        return ThreadGroup(Group.YESTERDAY)
    if days <= 7:
        return ThreadGroup(Group.PREVIOUS_7_DAYS)
    if days <= 30:
        return ThreadGroup(Group.PREVIOUS_30_DAYS)
    return ThreadGroup(Group.MONTH, updated.year, updated.month)


def grouped(threads: Iterable[Thread], now: datetime) -> list[tuple[ThreadGroup, list[Thread]]]:
    """Non-empty groups in display order; inside a group, the given order is kept."""
    buckets: dict[ThreadGroup, list[Thread]] = {}
    for thread in threads:
        buckets.setdefault(group_of(thread, now), []).append(thread)
    return sorted(buckets.items(), key=lambda item: item[0].sort_key())


def relative_time(when: datetime, now: datetime, words: TimeWords = TimeWords()) -> str:
    """Short and human: "now", "5 min", "3 h", "Yesterday", "Mon", "Nov 3", "2024-11-03"."""
    local, local_now = _local(when), _local(now)
    delta = local_now - local
    if delta < timedelta(minutes=1):
        return words.now
    days = (local_now.date() - local.date()).days
    if days == 0:
        if delta < timedelta(hours=1):
            return words.minutes.format(n=int(delta.total_seconds() // 60))
        return words.hours.format(n=int(delta.total_seconds() // 3600))
    if days == 1:
        return words.yesterday
    if days < 7:
        return words.weekday(local)
    if local.year == local_now.year:
        return words.month_day(local)
    return local.strftime("%Y-%m-%d")


def full_time(when: datetime) -> str:
    """The exact local time, for tooltips."""
    return _local(when).strftime("%Y-%m-%d %H:%M")
