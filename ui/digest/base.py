"""What every digest exporter shares: the exporter record, the display words, and text hygiene.

Exporters only format a :class:`newsgraph.ui.digest.model.Digest`; they never query. The
words shown to editors (Chinese, since the readers are) are kept here once so
the five formats name things the same way; the names of event types, sections
and participant roles and the headline templates come from the event type
files (:mod:`newsgraph.ingest.event_types`). Everything that comes from an
article -- titles, sentences, names, amounts -- is untrusted text: it goes
through :func:`one_line` (so it cannot open a new Markdown block or CSV row)
and each format's own escaping; URLs go through :func:`safe_url`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote, urlsplit

from newsgraph.ingest.event_types import event_types
from newsgraph.ui.digest.model import Digest, DigestEvent, Section

TITLE = "AI 行业周报"

#: Listing stages, then the statuses of other events (partnerships: active / ended).
STATUS_LABELS = {
    "rumored": "传闻",
    "preparing": "筹备中",
    "filed": "已递表",
    "inquiry": "问询中",
    "approved": "已获批",
    "listed": "已上市",
    "stalled": "停滞",
    "suspended": "中止",
    "terminated": "终止",
    "withdrawn": "撤回",
    "active": "进行中",
    "ended": "已结束",
}
KIND_LABELS = {
    "cooperation": "合作",
    "customer": "客户",
    "supplier": "供应商",
    "licensing": "授权",
    "bid": "中标",
    "joint_venture": "合资",
    "investment": "投资",
}
#: Marks for events that did not (yet) happen as stated; asserted events carry none.
MODALITY_LABELS = {"rumored": "传闻", "planned": "计划", "denied": "已否认"}
DETAIL_LABELS = {
    "role": "职位",
    "kind": "方式",
    "round": "轮次",
    "amount": "金额",
    "currency": "币种",
    "scale": "规模",
    "board": "板块",
}
LABEL_NAMES = {
    "Company": "公司",
    "Organization": "机构",
    "Government": "政府",
    "Exchange": "交易所",
    "Person": "人物",
}
UNKNOWN = "（未知）"
#: What a headline shows for an empty slot, and how it joins several names, per language.
HEADLINE_UNKNOWN = {"zh": UNKNOWN, "en": "(unknown)"}
NAME_JOINERS = {"zh": "、", "en": ", "}
EMPTY_NOTE = "本期没有事件。"
#: The mark of an event a journalist confirmed.
CONFIRMED = "✓ 编辑已核实"

_SPACE = re.compile(r"\s+")
_SAFE_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Exporter:
    """One output format: how it is named in the CLI, saved and served, and the function that renders it."""

    key: str
    title: str
    extension: str
    media_type: str
    render: Callable[[Digest], bytes]


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


def headline(event: DigestEvent, lang: str = "zh") -> str:
    """``颜水成 离开 依图科技，加入 雪湖科技``: the headline template of the event's type, filled in.

    Entity slots show their participants' names, value slots the event's
    detail of that name (its status for ``status``).
    """
    event_type = event_types()[event.type]
    values = {"status": one_line(event.status), **{k: one_line(v) for k, v in event.details}}
    for slot in event_type.entity_slots:
        values[slot.name] = NAME_JOINERS[lang].join(one_line(n) for n in event.names(slot.role))
    return event_type.headline[lang].render(values, HEADLINE_UNKNOWN[lang])


def type_title(event_type: str) -> str:
    """The readers' name of an event type (the name itself for a type this process does not know)."""
    known = event_types().types.get(event_type)
    return known.title["zh"] if known else event_type


def mark(event: DigestEvent) -> str:
    """The visible mark of a rumoured, planned or denied event (empty for asserted ones)."""
    return MODALITY_LABELS.get(event.modality, event.modality) if event.tentative else ""


def section_title(section: Section) -> str:
    title = next((s.title["zh"] for s in event_types().sections if s.key == section.key), section.key)
    if section.stage:
        return f"{title}：{STATUS_LABELS.get(section.stage, section.stage)}"
    return title


def day_text(event: DigestEvent) -> str:
    """The event's date, saying when it is only the date of the first report."""
    if event.date:
        return event.date.isoformat()
    if event.first_reported:
        return f"{event.first_reported.isoformat()}（首次报道）"
    return UNKNOWN


def when(published: date | None, published_at: datetime | None) -> str:
    """A source's publication time in the digest's zone, to the minute; the date alone when that is all."""
    if published_at:
        return published_at.strftime("%Y-%m-%d %H:%M")
    return published.isoformat() if published else ""


def confidence(value: float) -> str:
    """Fixed two decimals, so output does not depend on float repr."""
    return f"{value:.2f}"


def signed(delta: int) -> str:
    return f"+{delta}" if delta > 0 else str(delta)


def period_text(digest: Digest) -> str:
    period = digest.period
    return f"{period.label}（{period.start.isoformat()} 至 {period.end.isoformat()}，{period.tz}）"


def details(event: DigestEvent) -> list[str]:
    """``职位：CTO`` for the event's extra properties; a board code only when no exchange is named."""
    named_board = any(p.role == "board" for p in event.participants)
    return [
        f"{DETAIL_LABELS.get(k, k)}：{KIND_LABELS.get(v, one_line(v)) if k == 'kind' else one_line(v)}"
        for k, v in event.details
        if not (k == "board" and named_board)
    ]


def count_rows(digest: Digest) -> list[tuple[str, int, int, str]]:
    """(type label, this period, previous period, signed change) per type, then the total."""
    rows = [(type_title(c.type), c.count, c.previous, signed(c.delta)) for c in digest.counts]
    now, before = sum(c.count for c in digest.counts), sum(c.previous for c in digest.counts)
    return [*rows, ("合计", now, before, signed(now - before))]


def active_companies_text(digest: Digest) -> str:
    return "、".join(f"{one_line(c.name)}（{c.events} 起）" for c in digest.active_companies)


def new_entities_text(digest: Digest) -> str:
    """The new entities, saying how many more there are when the list was cut."""
    names = "、".join(
        f"{one_line(e.name)}（{LABEL_NAMES.get(e.label, e.label)}）" for e in digest.new_entities
    )
    hidden = digest.new_entities_total - len(digest.new_entities)
    return f"{names} 等 {digest.new_entities_total} 个" if hidden else names


def participants_text(event: DigestEvent) -> str:
    event_type = event_types()[event.type]
    return " · ".join(f"{event_type.role_title(p.role)} {one_line(p.name)}" for p in event.participants)


def facts(event: DigestEvent) -> list[str]:
    """The short facts shown under an event's headline, in display order."""
    lines = [f"日期：{day_text(event)}"]
    status = STATUS_LABELS.get(event.status or "", one_line(event.status))
    if status:
        lines.append(f"状态：{status}")
    if event.tentative and mark(event) != status:
        lines.append(f"性质：{mark(event)}")
    lines += [f"可信度：{confidence(event.confidence)}", f"来源：{len(event.sources)} 篇"]
    if event.confirmed:
        lines.append(CONFIRMED)
    return lines + details(event)
