"""What every digest exporter shares: the exporter record, the display words, and text hygiene.

Exporters only format a :class:`newsgraph.ui.digest.model.Digest`; they never query. The
words shown to editors come from the one vocabulary the explorer uses too
(:mod:`newsgraph.ui.vocabulary`), in the language asked for (Chinese by default): the
names of event types, sections and participant roles and the headline templates come from
the event type files (:mod:`newsgraph.ingest.event_types`). Everything that comes from an
article -- titles, sentences, names, amounts -- is untrusted text: it goes through
:func:`one_line` (so it cannot open a new Markdown block or CSV row) and each format's own
escaping; URLs go through :func:`safe_url`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote, urlsplit

from newsgraph.ingest.event_types import event_types
from newsgraph.ui.digest.model import Digest, DigestEvent, Section
from newsgraph.ui.vocabulary import Words

_SPACE = re.compile(r"\s+")
_SAFE_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Exporter:
    """One output format: how it is named in the CLI, saved and served, and the function that renders it."""

    key: str
    title: str
    extension: str
    media_type: str
    render: Callable[[Digest, Words], bytes]


def one_line(text: object) -> str:
    """Untrusted text on one line: any run of whitespace (newlines, tabs, U+2028) becomes one space."""
    return _SPACE.sub(" ", str(text or "")).strip()


def safe_url(url: str) -> str | None:
    """An http(s) URL with the characters that could end a link quoted, or None for anything else.

    ``javascript:`` and other schemes are dropped rather than escaped: an
    exporter then shows the title without a link.
    """
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return quote(url, safe="/:?#@!$&*+,;=%-._~")


def headline(event: DigestEvent, w: Words) -> str:
    """``颜水成 离开 依图科技，加入 雪湖科技``: the headline template of the event's type, filled in.

    Entity slots show their participants' names, value slots the event's
    detail of that name (its status for ``status``).
    """
    names: dict[str, list[str]] = {}
    for p in event.participants:
        names.setdefault(p.role, []).append(one_line(p.name))
    values = {"status": one_line(event.status), **{k: one_line(v) for k, v in event.details}}
    return w.headline(event.type, names, values)


def mark(event: DigestEvent, w: Words) -> str:
    """The visible mark of a rumoured, planned or denied event (empty for asserted ones)."""
    return w.value("modality", event.modality) if event.tentative else ""


def section_title(section: Section, w: Words) -> str:
    title = next((s.title[w.lang] for s in event_types().sections if s.key == section.key), section.key)
    if section.stage:
        return w("digest.section_stage", section=title, stage=w.value("status", section.stage))
    return title


def day_text(event: DigestEvent, w: Words) -> str:
    """The event's date, saying when it is only the date of the first report."""
    if event.date:
        return event.date.isoformat()
    if event.first_reported:
        return w("digest.first_reported_on", date=event.first_reported.isoformat())
    return w("common.unknown")


def when(published: date | None, published_at: datetime | None) -> str:
    """A source's publication time in the digest's zone, to the minute; the date alone when that is all."""
    if published_at:
        return published_at.strftime("%Y-%m-%d %H:%M")
    return published.isoformat() if published else ""


def confidence(value: float) -> str:
    """Fixed two decimals, so output does not depend on float repr (the raw value, for JSON and CSV)."""
    return f"{value:.2f}"


def signed(delta: int) -> str:
    return f"+{delta}" if delta > 0 else str(delta)


def title(digest: Digest, w: Words) -> str:
    return w("digest.title", period=digest.period.label)


def period_text(digest: Digest, w: Words) -> str:
    period = digest.period
    return w(
        "digest.period",
        label=period.label,
        start=period.start.isoformat(),
        end=period.end.isoformat(),
        tz=period.tz,
    )


def details(event: DigestEvent, w: Words) -> list[str]:
    """``职位：CTO`` for the event's extra properties; a board code only when no exchange is named."""
    named_board = any(p.role == "board" for p in event.participants)
    return [
        w("digest.fact", name=w.value("detail", k), value=w.value("kind", v) if k == "kind" else one_line(v))
        for k, v in event.details
        if not (k == "board" and named_board)
    ]


def count_rows(digest: Digest, w: Words) -> list[tuple[str, int, int, str]]:
    """(type label, this period, previous period, signed change) per type, then the total."""
    rows = [(w.type_title(c.type), c.count, c.previous, signed(c.delta)) for c in digest.counts]
    now, before = sum(c.count for c in digest.counts), sum(c.previous for c in digest.counts)
    return [*rows, (w("digest.total"), now, before, signed(now - before))]


def count_header(w: Words) -> tuple[str, str, str, str]:
    return (w("digest.type"), w("digest.this_period"), w("digest.previous_period"), w("digest.change"))


def active_companies_text(digest: Digest, w: Words) -> str:
    return w.joiner.join(
        w("digest.company_events", name=one_line(c.name), count=c.events) for c in digest.active_companies
    )


def new_entities_text(digest: Digest, w: Words) -> str:
    """The new entities, saying how many more there are when the list was cut."""
    names = w.joiner.join(
        w("digest.new_entity", name=one_line(e.name), label=w.value("label", e.label))
        for e in digest.new_entities
    )
    hidden = digest.new_entities_total - len(digest.new_entities)
    return w("digest.and_more", names=names, total=digest.new_entities_total) if hidden else names


def participants_text(event: DigestEvent, w: Words) -> str:
    return " · ".join(f"{w.role_title(event.type, p.role)} {one_line(p.name)}" for p in event.participants)


def facts(event: DigestEvent, w: Words) -> list[str]:
    """The short facts shown under an event's headline, in display order."""
    lines = [w("digest.fact", name=w("column.date"), value=day_text(event, w))]
    status = w.value("status", event.status) or one_line(event.status)
    if status:
        lines.append(w("digest.fact", name=w("column.status"), value=status))
    if event.tentative and mark(event, w) != status:
        lines.append(w("digest.fact", name=w("column.modality"), value=mark(event, w)))
    lines += [
        w("digest.fact", name=w("column.confidence"), value=w.confidence(event.confidence)),
        w("digest.sources", count=len(event.sources)),
    ]
    if event.confirmed:
        lines.append(w("digest.confirmed"))
    return lines + details(event, w)
