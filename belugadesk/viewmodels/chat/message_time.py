"""When a message was written, as the chat says it: relative today ("5 min ago"), the local date and time
before; and in full, for a tooltip and screen readers."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimeZone


def _local(when: datetime) -> QDateTime:
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(aware.timestamp()), QTimeZone.systemTimeZone())


def short_time(when: datetime, now: datetime | None = None) -> str:
    """Today: how long ago ("just now", "5 min ago", "2 h ago"); another day: its local date and time."""
    now = now or datetime.now(UTC)
    local, local_now = _local(when), _local(now)
    if local.date() == local_now.date():
        seconds = max(0, local.secsTo(local_now))
        if seconds < 60:
            return QCoreApplication.translate("MessageTime", "just now")
        if seconds < 3600:
            return _AGO.minutes(seconds // 60)
        return _AGO.hours(seconds // 3600)
    locale = QLocale()
    time_text = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    date_format = "d MMM" if local.date().year() == local_now.date().year() else "d MMM yyyy"
    return QCoreApplication.translate("MessageTime", "{date}, {time}").format(
        date=locale.toString(local.date(), date_format), time=time_text
    )


def full_time(when: datetime) -> str:
    """The local date and time in full (a tooltip, what a screen reader says)."""
    return QLocale().toString(_local(when), QLocale.FormatType.LongFormat)


class _Ago(QObject):
    """Plurals must come from ``self.tr`` in a QObject for lupdate to extract them as plurals."""

    def minutes(self, n: int) -> str:
        return self.tr("%n min ago", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n h ago", "", n)


_AGO = _Ago()
