"""A period's digest for editors: the events of a week (or date range) read from the graph as typed records.

All the digest's Cypher lives here; the exporters in ``ui/digest`` only format
the :class:`Digest` this module assembles, so every format shows the same
events in the same order. The queries use parameters and plain values only
(no APOC, no driver types), so they run on Neo4j 5 and on the embedded
ArcadeDB server alike.

Which events belong to a period: those whose event ``date`` -- or, when the
text gave no date, whose first report -- falls in it. An event date is a
calendar date, so it falls in its calendar ISO week. A first report is an
article timestamp, so its day is taken in the digest's time zone (an article
published at 20:00 UTC on a Sunday is Monday's news in Shanghai); the stored
``first_reported`` date, which is in the article's own offset, only narrows
the query. Timestamps are shown in the zone too.

Determinism: every list is sorted on a total order ending in an id, and no
value depends on the clock, so the same graph and period give the same digest.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsgraph.graph.connection import Graph
from newsgraph.graph.schema import ENTITY_LABELS, EVENT_LABELS
from newsgraph.ingest.records import EVENT_TYPES, LISTING_STATUSES

DEFAULT_TZ = "Asia/Shanghai"

#: The digest's sections in reading order: (key, event types shown in it). Listings split by stage.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("people", ("departure", "appointment")),
    ("partnership", ("partnership",)),
    ("listing", ("listing",)),
    ("funding", ("funding",)),
    ("acquisition", ("acquisition",)),
    ("layoff", ("layoff",)),
)
#: Order of participants within an event: the roles of ``Event.participants()``.
ROLE_ORDER = ("person", "org", "to_org", "board", "acquirer", "target", "partner", "investor")
_ROLE_RANK = {role: i for i, role in enumerate(ROLE_ORDER)}
#: Entity labels counted as "companies" in the most-active list.
COMPANY_LABELS = ("Company",)

#: Days the query reaches beyond the period: a stored first_reported date may differ by one from the zone's.
ZONE_SLACK = timedelta(days=1)

#: What the digest shows of an event; the previous period's counts read only the first line.
EVENT_PLACE = "e.id AS id, e.type AS type, e.date AS date, e.first_reported AS first_reported"
EVENT_DETAILS = """, e.status AS status, e.modality AS modality, e.confidence AS confidence, e.role AS role,
       e.kind AS kind, e.amount AS amount, e.currency AS currency, e.round AS round,
       e.scale AS scale, e.board AS board"""


def _events_query(fields: str) -> str:
    """Events placed on one of ``$days`` by ``coalesce(date, first_reported)``, as two branches.

    An index lookup per day: the embedded server uses indexes for equality but scans for a
    range (``date >= $start``), and a ``coalesce`` in the WHERE scans on both servers.
    """
    return (
        f"UNWIND $days AS day MATCH (e:{{label}} {{{{date: day}}}}) RETURN {fields}\nUNION ALL\n"
        f"UNWIND $days AS day MATCH (e:{{label}} {{{{first_reported: day}}}}) WHERE e.date IS NULL "
        f"RETURN {fields}"
    )


#: The days of the reports of undated events: all the previous period's counts need.
REPORT_DAYS = """
UNWIND $ids_{label} AS event_id
MATCH (e:{label} {{id: event_id}})-[:REPORTED_IN]->(a:Article)
RETURN e.id AS event, a.published AS published, a.published_at AS published_at
"""

#: Sent as one list per label: ~1,000 rows would cost ~20 us each on the embedded server.
PARTICIPANTS = """
UNWIND $ids_{label} AS event_id
MATCH (e:{label} {{id: event_id}})-[i:INVOLVES]->(x)
RETURN collect([e.id, i.role, x.id, x.name, labels(x), x.mentions]) AS rows
"""
PARTICIPANT_FIELDS = ("event", "role", "id", "name", "labels", "mentions")

REPORTS = """
UNWIND $ids_{label} AS event_id
MATCH (e:{label} {{id: event_id}})-[r:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (a)-[:FROM]->(s:Source)
RETURN e.id AS event, a.id AS article, a.title AS title, a.url AS url, a.source AS source,
       s.name AS source_name, a.published AS published, a.published_at AS published_at,
       r.sentence AS sentence, r.modality AS modality, r.confidence AS confidence
"""

EVENT_DAYS = """
MATCH (e:{label})
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
RETURN e.id AS id, e.date AS date, e.first_reported AS first_reported,
       a.published AS published, a.published_at AS published_at
"""

#: Per label: how many entities were first seen on one of ``$days``, and the ``$limit`` first in the
#: digest's order (more mentions, seen earlier, name, id), so a busy week sends 20 rows, not thousands.
NEW_ENTITIES = """
UNWIND $days AS day
MATCH (n:{label} {{first_seen: day}})
WITH n ORDER BY coalesce(n.mentions, 0) DESC, n.first_seen,
     CASE WHEN n.name IS NULL OR n.name = '' THEN n.id ELSE n.name END, n.id
WITH collect(n) AS found
RETURN size(found) AS total,
       [n IN found[0..$limit] | {{id: n.id, name: n.name, labels: labels(n), mentions: n.mentions,
                                  first_seen: n.first_seen}}] AS top
"""

T = TypeVar("T")

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
        """Sort key: more sources, then better-known participants, then confidence, then id (a total order)."""
        mentions = sum(p.mentions for p in self.participants)
        return (-len(self.sources), -mentions, -self.confidence, self.id)


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


def build_digest(graph: Graph, period: Period, *, top: int = 5, new_limit: int = 20) -> Digest:
    """Read the period's events, the previous period's counts and the header lists from ``graph``."""
    events = _read_events(graph, period)
    counts = Counter(event.type for event in events)
    previous = _count_types(graph, period.previous())
    new, new_total = _read_new_entities(graph, period, new_limit)
    return Digest(
        period=period,
        sections=_sections(events),
        counts=tuple(TypeCount(t, counts[t], previous[t]) for t in EVENT_TYPES),
        active_companies=_active_companies(events, top),
        new_entities=tuple(new),
        new_entities_total=new_total,
    )


def _union(template: str, labels: Iterable[str] = EVENT_LABELS.values()) -> str:
    """One statement over several labels (schema constants: labels cannot be parameters)."""
    return "\nUNION ALL\n".join(template.format(label=lbl) for lbl in labels)


def _read_events(graph: Graph, period: Period) -> list[DigestEvent]:
    rows = _event_rows(graph, period)
    if not rows:
        return []
    ids = _ids_by_label(rows)
    found = graph.read(_union(PARTICIPANTS), **ids)
    involved = (dict(zip(PARTICIPANT_FIELDS, row, strict=True)) for branch in found for row in branch["rows"])
    participants = _group(involved, _participant)
    sources = _group(graph.read(_union(REPORTS), **ids), lambda r: _source(r, zone(period.tz)))
    events = (_event(row, participants.get(row["id"], []), sources.get(row["id"], [])) for row in rows)
    return [event for event in events if event.day in period]


def _event_rows(
    graph: Graph, period: Period, fields: str = EVENT_PLACE + EVENT_DETAILS
) -> list[dict[str, Any]]:
    """Events of the period widened by the zone slack (the exact placement needs their reports)."""
    days = Period(period.start - ZONE_SLACK, period.end + ZONE_SLACK).dates()
    return graph.read(_union(_events_query(fields)), days=days)


def _ids_by_label(rows: Iterable[dict[str, Any]]) -> dict[str, list[str]]:
    """Event ids as one parameter per label (``ids_Departure``...), so each lookup uses its label's index."""
    ids: dict[str, list[str]] = {f"ids_{lbl}": [] for lbl in EVENT_LABELS.values()}
    for row in rows:
        ids[f"ids_{EVENT_LABELS[row['type']]}"].append(row["id"])
    return {key: sorted(values) for key, values in ids.items()}


def _count_types(graph: Graph, period: Period) -> Counter[str]:
    """Events per type in the period, placed as :func:`_read_events` places them, reading only report days.

    A dated event is placed by its date; an undated one by its first report's day in the zone.
    """
    rows = _event_rows(graph, period, EVENT_PLACE)
    undated = [row for row in rows if row["date"] is None]
    reported: dict[str, list[date]] = defaultdict(list)
    if undated:
        tz = zone(period.tz)
        for row in graph.read(_union(REPORT_DAYS), **_ids_by_label(undated)):
            day = _report_day(row["published"], _timestamp(row["published_at"], tz))
            if day:
                reported[row["event"]].append(day)
    days = (
        (row["type"], row["date"] or min(reported[row["id"]], default=row["first_reported"])) for row in rows
    )
    return Counter(event_type for event_type, day in days if day in period)


def _group(rows: Iterable[dict[str, Any]], make: Callable[[dict[str, Any]], T]) -> dict[str, list[T]]:
    """Rows made into records and grouped by the event they belong to."""
    grouped: dict[str, list[T]] = {}
    for row in rows:
        grouped.setdefault(row["event"], []).append(make(row))
    return grouped


def _participant(row: dict[str, Any]) -> Participant:
    labels = sorted(row["labels"] or [])
    return Participant(
        role=row["role"] or "",
        id=row["id"],
        name=row["name"] or row["id"],
        label=labels[0] if labels else "",
        mentions=int(row["mentions"] or 0),
    )


def _source(row: dict[str, Any], tz: ZoneInfo) -> SourceArticle:
    published_at = _timestamp(row["published_at"], tz)
    return SourceArticle(
        article=row["article"],
        title=row["title"] or "",
        url=row["url"] or "",
        source=row["source"] or row["source_name"] or "",
        published=_report_day(row["published"], published_at),
        published_at=published_at,
        sentence=row["sentence"] or "",
        modality=row["modality"] or "asserted",
        confidence=float(row["confidence"] or 0.0),
    )


def _report_day(published: date | None, published_at: datetime | None) -> date | None:
    """The day of a report in the digest's zone: from its timestamp when it has one, else its stored date."""
    return published_at.date() if published_at else published


def _timestamp(text: str | None, tz: ZoneInfo) -> datetime | None:
    """An ISO timestamp in ``tz``; one without an offset is taken to be in ``tz`` already."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)


#: Event properties shown as details, in this order (when set).
DETAIL_FIELDS = ("role", "kind", "round", "amount", "currency", "scale", "board")


def _event(row: dict[str, Any], participants: list[Participant], sources: list[SourceArticle]) -> DigestEvent:
    return DigestEvent(
        id=row["id"],
        type=row["type"],
        date=row["date"],
        first_reported=min((s.published for s in sources if s.published), default=row["first_reported"]),
        status=row["status"],
        modality=row["modality"] or "asserted",
        confidence=float(row["confidence"] or 0.0),
        participants=tuple(sorted(participants, key=_participant_order)),
        sources=tuple(sorted(sources, key=_chronological)),
        details=tuple((f, str(row[f])) for f in DETAIL_FIELDS if row.get(f) not in (None, "")),
    )


def _participant_order(p: Participant) -> tuple[int, str, str]:
    return (_ROLE_RANK.get(p.role, len(_ROLE_RANK)), p.name, p.id)


def _chronological(s: SourceArticle) -> tuple[date, float, str]:
    """Oldest report first; a report with only a date counts as published at its midnight."""
    return (s.published or date.min, s.published_at.timestamp() if s.published_at else 0.0, s.article)


def _sections(events: list[DigestEvent]) -> tuple[Section, ...]:
    sections: list[Section] = []
    for key, types in SECTIONS:
        chosen = sorted((e for e in events if e.type in types), key=DigestEvent.importance)
        if key == "listing":
            sections += _listing_stages(chosen)
        elif chosen:
            sections.append(Section(key, None, tuple(chosen)))
    return tuple(sections)


def _listing_stages(listings: list[DigestEvent]) -> list[Section]:
    """Listings grouped by stage in the order a listing goes through them; unknown stages last."""
    stages = [*LISTING_STATUSES, *sorted({e.status or "" for e in listings} - set(LISTING_STATUSES))]
    groups = ((stage, tuple(e for e in listings if (e.status or "") == stage)) for stage in stages)
    return [Section("listing", stage or None, chosen) for stage, chosen in groups if chosen]


def _active_companies(events: list[DigestEvent], top: int) -> tuple[ActiveCompany, ...]:
    names: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for event in events:
        companies = {p.id: p.name for p in event.participants if p.label in COMPANY_LABELS}
        names.update(companies)
        counts.update(companies.keys())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], names[item[0]], item[0]))
    return tuple(ActiveCompany(cid, names[cid], n) for cid, n in ranked[:top])


def _read_new_entities(graph: Graph, period: Period, limit: int) -> tuple[list[NewEntity], int]:
    """The first ``limit`` entities first seen in the period, and how many there are in all."""
    rows = graph.read(_union(NEW_ENTITIES, ENTITY_LABELS), days=period.dates(), limit=limit)
    entities = [
        NewEntity(
            id=row["id"],
            name=row["name"] or row["id"],
            label=sorted(row["labels"])[0],
            mentions=int(row["mentions"] or 0),
            first_seen=row["first_seen"],
        )
        for found in rows
        for row in found["top"]
    ]
    ranked = sorted(entities, key=lambda e: (-e.mentions, e.first_seen, e.name, e.id))
    return ranked[:limit], sum(found["total"] for found in rows)


def weeks_with_events(graph: Graph, tz: str = DEFAULT_TZ) -> list[tuple[str, int]]:
    """(ISO week, number of events) for every week that has events, oldest first.

    What the CLI suggests after an empty week and what the app offers to pick
    from; events are placed exactly as :func:`build_digest` places them.
    """
    rows = graph.read(_union(EVENT_DAYS))
    reported: dict[str, list[date]] = defaultdict(list)
    for row in rows:
        day = _report_day(row["published"], _timestamp(row["published_at"], zone(tz)))
        if day:
            reported[row["id"]].append(day)
    days = {row["id"]: row["date"] or min(reported[row["id"]], default=row["first_reported"]) for row in rows}
    weeks = Counter(Period.week_of(day, tz).label for day in days.values() if day)
    return sorted(weeks.items())
