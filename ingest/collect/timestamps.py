"""Publication timestamps from feeds, pages and JSONL, always as time-zone-aware datetimes.

Sources write dates as RFC 822 (RSS), ISO 8601 (Atom, JSON-LD), or ``2018-09-18 14:38:10`` /
``2005-5-28 16:05:36`` (Chinese CMSs). A stamp that gives no zone is taken to be in
:data:`DEFAULT_TZ`, UTC+08:00: the sources newsgraph reads first are published from mainland
China, Hong Kong and Taiwan, all on +08:00, and guessing UTC would move evening stories to the
previous day. A zone the source does give is kept as given (not converted).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

DEFAULT_TZ = timezone(timedelta(hours=8))

_LOOSE = re.compile(
    r"(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?"
    r"(?:[ T]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)


def aware(value: datetime) -> datetime:
    """``value`` with :data:`DEFAULT_TZ` attached when it has no zone."""
    return value if value.tzinfo else value.replace(tzinfo=DEFAULT_TZ)


def _rfc822(raw: str) -> datetime | None:
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


def _iso(raw: str) -> datetime | None:
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None


def _loose(raw: str) -> datetime | None:
    match = _LOOSE.search(raw)
    if not match:
        return None
    parts = [int(match.group(k) or 0) for k in ("y", "m", "d", "H", "M", "S")]
    try:
        return datetime(*parts)
    except ValueError:
        return None


def parse_timestamp(raw: str | None) -> datetime | None:
    """An aware datetime from a date string in any of the formats above, or None."""
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    for parser in (_iso, _rfc822, _loose):
        value = parser(raw)
        if value is not None:
            return aware(value)
    return None
