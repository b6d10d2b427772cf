"""The period a digest covers: an ISO week or a date range, in a time zone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TZ = "Asia/Shanghai"

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


class PeriodError(ValueError):
    """A week or date range that cannot be read; the message says what was expected."""


def zone(tz: str) -> ZoneInfo:
    """The named IANA time zone, or a clear error naming the bad value."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise PeriodError(f"unknown time zone {tz!r} (expected an IANA name such as Asia/Shanghai)") from exc


@dataclass(frozen=True, slots=True)
class Period:
    """Inclusive calendar dates; ``label`` is the ISO week (``2021-W10``) when the period is exactly one."""

    start: date
    end: date
    tz: str = DEFAULT_TZ

    @classmethod
    def week(cls, text: str, tz: str = DEFAULT_TZ) -> Period:
        """The ISO week written as ``2021-W10`` (also ``2021W10``, ``2021-w10``)."""
        match = _WEEK.match(text)
        if not match:
            raise PeriodError(f"week {text!r} is not an ISO week such as 2021-W10")
        year, number = int(match[1]), int(match[2])
        try:
            monday = date.fromisocalendar(year, number, 1)
        except ValueError as exc:
            raise PeriodError(f"week {text!r} does not exist: {year} has no ISO week {number}") from exc
        return cls(monday, monday + timedelta(days=6), zone(tz).key)

    @classmethod
    def week_of(cls, day: date, tz: str = DEFAULT_TZ) -> Period:
        """The ISO week ``day`` falls in."""
        monday = day - timedelta(days=day.isoweekday() - 1)
        return cls(monday, monday + timedelta(days=6), zone(tz).key)

    @classmethod
    def between(cls, since: date, until: date, tz: str = DEFAULT_TZ) -> Period:
        """The dates from ``since`` to ``until``, both included."""
        if until < since:
            raise PeriodError(f"the range ends ({until}) before it starts ({since})")
        return cls(since, until, zone(tz).key)

    @property
    def is_week(self) -> bool:
        return self.start.isoweekday() == 1 and self.end == self.start + timedelta(days=6)

    @property
    def label(self) -> str:
        """``2021-W10`` for an ISO week, ``2021-03-01..2021-03-17`` otherwise: the name files and feeds use."""
        if self.is_week:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one (the previous week for a week)."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1), self.tz)

    def dates(self) -> list[date]:
        """Every day of the period: queries look each up by equality, which uses an index everywhere."""
        return [self.start + timedelta(days=i) for i in range(self.days)]

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def last_complete_week(now: datetime, tz: str = DEFAULT_TZ) -> Period:
    """The ISO week before the one ``now`` falls in, in ``tz``: what "this week's digest" means on a Monday."""
    return Period.week_of(now.astimezone(zone(tz)).date() - timedelta(days=7), tz)


def opening_week(weeks: list[tuple[str, int]], reference: date, tz: str) -> str:
    """The week the digest page opens on: the latest complete week with events, as of ``reference``.

    ``reference`` is today, or the newest article's date when that is earlier (a corpus of old
    news). Weeks after it hold only events dated in the future (a rumour of "the second half of
    the year"), and the week it falls in is still being reported: neither is "this week's digest".
    """
    complete = [week for week, _ in weeks if Period.week(week, tz).end <= reference]
    begun = [week for week, _ in weeks if Period.week(week, tz).start <= reference]
    return (complete or begun or [weeks[-1][0]])[-1]
