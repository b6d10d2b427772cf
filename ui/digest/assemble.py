"""A period's digest for editors: the events of a week (or date range) read from the graph as records.

The Cypher is in :mod:`newsgraph.graph.digest`; this module decides which
events belong to the period and assembles the :class:`Digest` every exporter
formats, so every format shows the same events in the same order.

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

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from newsgraph.graph import digest as queries
from newsgraph.graph.connection import Graph
from newsgraph.graph.queries import SHOWN_CONFIDENCE
from newsgraph.ingest.event_types import Section as TypeSection
from newsgraph.ingest.event_types import event_types
from newsgraph.ui.digest.model import (
    ActiveCompany,
    Digest,
    DigestEvent,
    NewEntity,
    Participant,
    Section,
    SourceArticle,
    TypeCount,
)
from newsgraph.ui.digest.period import DEFAULT_TZ, Period, zone

#: Entity labels counted as "companies" in the most-active list.
COMPANY_LABELS = ("Company",)

#: Days the query reaches beyond the period: a stored first_reported date may differ by one from the zone's.
ZONE_SLACK = timedelta(days=1)

T = TypeVar("T")


def build_digest(
    graph: Graph,
    period: Period,
    *,
    top: int = 5,
    new_limit: int = 20,
    min_confidence: float = SHOWN_CONFIDENCE,
) -> Digest:
    """Read the period's events, the previous period's counts and the header lists from ``graph``.

    Events below ``min_confidence`` are left out, of the counts too (``EVERY_CONFIDENCE`` keeps them).
    """
    events = _read_events(graph, period, min_confidence)
    counts = Counter(event.type for event in events)
    previous = _count_types(graph, period.previous(), min_confidence)
    new, new_total = _read_new_entities(graph, period, new_limit)
    return Digest(
        period=period,
        sections=_sections(events),
        counts=tuple(TypeCount(t, counts[t], previous[t]) for t in event_types().names()),
        active_companies=_active_companies(events, top),
        new_entities=tuple(new),
        new_entities_total=new_total,
    )


def _read_events(graph: Graph, period: Period, min_confidence: float) -> list[DigestEvent]:
    rows = _event_rows(graph, period, min_confidence)
    if not rows:
        return []
    participants = _group(queries.participants(graph, rows), _participant)
    sources = _group(queries.reports(graph, rows), lambda r: _source(r, zone(period.tz)))
    events = (_event(row, participants.get(row["id"], []), sources.get(row["id"], [])) for row in rows)
    return [event for event in events if event.day in period]


def _event_rows(
    graph: Graph, period: Period, min_confidence: float, *, details: bool = True
) -> list[dict[str, Any]]:
    """Events of the period widened by the zone slack (the exact placement needs their reports)."""
    days = Period(period.start - ZONE_SLACK, period.end + ZONE_SLACK).dates()
    return [row for row in queries.events_on(graph, days, details=details) if shown(row, min_confidence)]


def shown(row: dict[str, Any], min_confidence: float) -> bool:
    """Whether an event row is confident enough to show (one without a confidence always is)."""
    return row["confidence"] is None or row["confidence"] >= min_confidence


def _count_types(graph: Graph, period: Period, min_confidence: float) -> Counter[str]:
    """Events per type in the period, placed as :func:`_read_events` places them, reading only report days.

    A dated event is placed by its date; an undated one by its first report's day in the zone.
    """
    rows = _event_rows(graph, period, min_confidence, details=False)
    undated = [row for row in rows if row["date"] is None]
    reported: dict[str, list[date]] = defaultdict(list)
    if undated:
        tz = zone(period.tz)
        for row in queries.report_days(graph, undated):
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
        participants=tuple(sorted(participants, key=_participant_order(event_types()[row["type"]].roles))),
        sources=tuple(sorted(sources, key=_chronological)),
        details=tuple((f, str(row[f])) for f in DETAIL_FIELDS if row.get(f) not in (None, "")),
        confirmed=bool(row.get("confirmed")),
    )


def _participant_order(roles: tuple[str, ...]) -> Callable[[Participant], tuple[int, str, str]]:
    """Participants in the order of their type's slots (unknown roles last), then by name and id."""

    def order(p: Participant) -> tuple[int, str, str]:
        return (roles.index(p.role) if p.role in roles else len(roles), p.name, p.id)

    return order


def _chronological(s: SourceArticle) -> tuple[date, float, str]:
    """Oldest report first; a report with only a date counts as published at its midnight."""
    return (s.published or date.min, s.published_at.timestamp() if s.published_at else 0.0, s.article)


def _sections(events: list[DigestEvent]) -> tuple[Section, ...]:
    """The non-empty sections in the types' reading order (see ``digest.section`` in the type files)."""
    sections: list[Section] = []
    for section in event_types().sections:
        chosen = sorted((e for e in events if e.type in section.types), key=DigestEvent.importance)
        if section.by:
            sections += _stages(section, chosen)
        elif chosen:
            sections.append(Section(section.key, None, tuple(chosen)))
    return tuple(sections)


def _stages(section: TypeSection, events: list[DigestEvent]) -> list[Section]:
    """Events grouped by stage (the value of the section's ``by`` slot) in the slot's order; unknown stages last."""
    values = [_detail(e, section.by) for e in events]
    stages = [*section.stages, *sorted(set(values) - set(section.stages))]
    groups = (
        (stage, tuple(e for e, v in zip(events, values, strict=True) if v == stage)) for stage in stages
    )
    return [Section(section.key, stage or None, chosen) for stage, chosen in groups if chosen]


def _detail(event: DigestEvent, name: str | None) -> str:
    """The event's status or detail ``name`` (empty when not set)."""
    return (event.status if name == "status" else dict(event.details).get(name or "")) or ""


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
    rows = queries.new_entities(graph, period.dates(), limit)
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


def weeks_with_events(
    graph: Graph, tz: str = DEFAULT_TZ, min_confidence: float = SHOWN_CONFIDENCE
) -> list[tuple[str, int]]:
    """(ISO week, number of events) for every week that has events, oldest first.

    What the CLI suggests after an empty week and what the app offers to pick
    from; events are placed (and left out) exactly as :func:`build_digest` places them.
    """
    rows = [row for row in queries.event_days(graph) if shown(row, min_confidence)]
    reported: dict[str, list[date]] = defaultdict(list)
    for row in rows:
        day = _report_day(row["published"], _timestamp(row["published_at"], zone(tz)))
        if day:
            reported[row["id"]].append(day)
    days = {row["id"]: row["date"] or min(reported[row["id"]], default=row["first_reported"]) for row in rows}
    weeks = Counter(Period.week_of(day, tz).label for day in days.values() if day)
    return sorted(weeks.items())
