"""Thread groups by date: Pinned, Today, Yesterday, Previous 7 days, Previous 30 days, then months."""

from __future__ import annotations

from datetime import datetime, timedelta

from belugadesk.core.thread_groups import Group, ThreadGroup, group_of, grouped
from belugadesk.domain.models import Thread

NOW = datetime(2026, 3, 15, 12, 0).astimezone()


def thread(title: str, days: float, **extra: bool) -> Thread:
    return Thread(title=title, updated_at=NOW - timedelta(days=days), **extra)


def test_each_age_lands_in_its_group() -> None:
    expected = {
        0: "Today",
        1: "Yesterday",
        2: "Previous 7 days",
        7: "Previous 7 days",
        8: "Previous 30 days",
        30: "Previous 30 days",
        40: "February",
        80: "December 2025",
    }
    for days, label in expected.items():
        assert group_of(thread("t", days), NOW).label(NOW) == label, days


def test_pinned_and_archived_come_before_the_dates() -> None:
    assert group_of(thread("p", 90, pinned=True), NOW) == ThreadGroup(Group.PINNED)
    assert group_of(thread("a", 0, archived=True, pinned=True), NOW) == ThreadGroup(Group.ARCHIVED)


def test_groups_in_display_order_newest_month_first() -> None:
    threads = [
        thread("old", 400),
        thread("feb", 40),
        thread("jan", 70),
        thread("today", 0),
        thread("pin", 100, pinned=True),
        thread("week", 3),
    ]
    labels = [(group.label(NOW), [t.title for t in members]) for group, members in grouped(threads, NOW)]
    assert labels == [
        ("Pinned", ["pin"]),
        ("Today", ["today"]),
        ("Previous 7 days", ["week"]),
        ("February", ["feb"]),
        ("January", ["jan"]),
        ("February 2025", ["old"]),
    ]
