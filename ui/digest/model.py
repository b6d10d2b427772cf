"""The digest as typed records: what every exporter formats, so all formats show the same events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from newsgraph.ui.digest.period import Period, zone


@dataclass(frozen=True, slots=True)
class Participant:
    """An entity taking part in an event, under its canonical name."""

    role: str
    id: str
    name: str
    label: str
    mentions: int


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """An article reporting an event, with the sentence it says it in.

    ``published_at`` is the article's timestamp in the digest's time zone
    (None when the source gave only a date or nothing).
    """

    article: str
    title: str
    url: str
    source: str
    published: date | None
    published_at: datetime | None
    sentence: str
    modality: str
    confidence: float

    def moment(self, tz: ZoneInfo) -> datetime:
        """When it was published: the timestamp, else midnight of the date (the earliest possible moment)."""
        if self.published_at:
            return self.published_at
        return _midnight(self.published or date(1970, 1, 1), tz)


@dataclass(frozen=True, slots=True)
class DigestEvent:
    """One event of the period with everything an editor needs to check it."""

    id: str
    type: str
    date: date | None
    first_reported: date | None
    status: str | None
    modality: str
    confidence: float
    participants: tuple[Participant, ...]
    sources: tuple[SourceArticle, ...]
    details: tuple[tuple[str, str], ...]
    #: A journalist confirmed it (``newsgraph review confirm``): marked, and first in its section.
    confirmed: bool = False

    @property
    def day(self) -> date | None:
        """The date that placed the event in the period: its own date, else the first report's."""
        return self.date or self.first_reported

    @property
    def evidence(self) -> str:
        """The sentence of the most confident report (earliest, then lowest article id, on ties)."""
        if not self.sources:
            return ""
        best = min(self.sources, key=lambda s: (-s.confidence, s.published or date.max, s.article))
        return best.sentence

    @property
    def tentative(self) -> bool:
        """True for rumoured, planned or denied events: exporters mark these visibly."""
        return self.modality != "asserted"

    def names(self, *roles: str) -> list[str]:
        return [p.name for p in self.participants if p.role in roles]

    def importance(self) -> tuple[Any, ...]:
        """Sort key: confirmed first, more sources, better-known participants, confidence, id (a total order)."""
        mentions = sum(p.mentions for p in self.participants)
        return (not self.confirmed, -len(self.sources), -mentions, -self.confidence, self.id)


@dataclass(frozen=True, slots=True)
class Section:
    """Events of one kind (listings: of one stage), most important first."""

    key: str
    stage: str | None
    events: tuple[DigestEvent, ...]


@dataclass(frozen=True, slots=True)
class TypeCount:
    """How many events of a type the period has, and the previous period had."""

    type: str
    count: int
    previous: int

    @property
    def delta(self) -> int:
        return self.count - self.previous


@dataclass(frozen=True, slots=True)
class ActiveCompany:
    """A company and the number of the period's events it takes part in."""

    id: str
    name: str
    events: int


@dataclass(frozen=True, slots=True)
class NewEntity:
    """An entity first seen in the period."""

    id: str
    name: str
    label: str
    mentions: int
    first_seen: date


@dataclass(frozen=True, slots=True)
class Digest:
    """Everything the exporters show: sections of events and the header numbers."""

    period: Period
    sections: tuple[Section, ...]
    counts: tuple[TypeCount, ...]
    active_companies: tuple[ActiveCompany, ...]
    new_entities: tuple[NewEntity, ...]
    new_entities_total: int

    @property
    def events(self) -> tuple[DigestEvent, ...]:
        return tuple(event for section in self.sections for event in section.events)

    @property
    def empty(self) -> bool:
        return not self.sections

    @property
    def updated(self) -> datetime:
        """The newest source timestamp (or date, at midnight in the zone): a 'last changed' that is never 'now'."""
        tz = zone(self.period.tz)
        moments = [s.moment(tz) for e in self.events for s in e.sources if s.published]
        moments += [_midnight(e.day, tz) for e in self.events if e.day]
        return max(moments, default=_midnight(self.period.end, tz))


def _midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, datetime.min.time(), tz)
