"""What every digest exporter shares: the exporter record, the display words, and text hygiene.

Exporters only format a :class:`newsgraph.ui.digest.model.Digest`; they never query. The
words shown to editors (Chinese, since the readers are) are kept here once so
the five formats name things the same way. Everything that comes from an
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

from newsgraph.ui.digest.model import Digest, DigestEvent, Section

TITLE = "AI 行业周报"

TYPE_LABELS = {
    "departure": "离职",
    "appointment": "任职",
    "partnership": "合作",
    "listing": "上市",
    "funding": "融资",
    "layoff": "裁员",
    "acquisition": "收购",
}
SECTION_TITLES = {
    "people": "人事变动",
    "partnership": "合作",
    "listing": "上市进展",
    "funding": "融资",
    "acquisition": "收购",
    "layoff": "裁员",
}
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
ROLE_LABELS = {
    "person": "人物",
    "org": "机构",
    "to_org": "去向",
    "board": "交易所",
    "partner": "合作方",
    "investor": "投资方",
    "acquirer": "收购方",
    "target": "被收购方",
}
DETAIL_LABELS = {
    "role": "职位",
    "kind": "方式",
    "round": "轮次",
    "amount": "金额",
    "currency": "币种",
    "scale": "规模",
    "board": "板块",
}
#: One-line headline per event type; ``{role}`` is replaced by the names in that role.
HEADLINES = {
    "departure": "{person} 离开 {org}",
    "appointment": "{person} 加入 {org}",
    "partnership": "{partner} 合作",
    "listing": "{org} 上市",
    "funding": "{org} 获得融资",
    "acquisition": "{acquirer} 收购 {target}",
    "layoff": "{org} 裁员",
}
LABEL_NAMES = {
    "Company": "公司",
    "Organization": "机构",
    "Government": "政府",
    "Exchange": "交易所",
    "Person": "人物",
}
UNKNOWN = "（未知）"
EMPTY_NOTE = "本期没有事件。"

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


def headline(event: DigestEvent) -> str:
    """``颜水成 离开 依图科技；去向：雪湖科技``: the template of the type, then every role it does not name."""
    template = HEADLINES.get(event.type, "{org}")
    roles = sorted({p.role for p in event.participants})
    names = {role: "、".join(one_line(n) for n in event.names(role)) for role in roles}
    text = template.format_map(_Names(names))
    extra = [f"{ROLE_LABELS.get(r, r)}：{names[r]}" for r in roles if "{" + r + "}" not in template]
    return "；".join([text, *extra])


class _Names(dict[str, str]):
    """Names by role for ``str.format_map``; a role without a participant shows as unknown."""

    def __missing__(self, key: str) -> str:
        return UNKNOWN


def mark(event: DigestEvent) -> str:
    """The visible mark of a rumoured, planned or denied event (empty for asserted ones)."""
    return MODALITY_LABELS.get(event.modality, event.modality) if event.tentative else ""


def section_title(section: Section) -> str:
    title = SECTION_TITLES.get(section.key, section.key)
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
    rows = [(TYPE_LABELS.get(c.type, c.type), c.count, c.previous, signed(c.delta)) for c in digest.counts]
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
    return " · ".join(f"{ROLE_LABELS.get(p.role, p.role)} {one_line(p.name)}" for p in event.participants)


def facts(event: DigestEvent) -> list[str]:
    """The short facts shown under an event's headline, in display order."""
    lines = [f"日期：{day_text(event)}"]
    status = STATUS_LABELS.get(event.status or "", one_line(event.status))
    if status:
        lines.append(f"状态：{status}")
    if event.tentative and mark(event) != status:
        lines.append(f"性质：{mark(event)}")
    lines += [f"可信度：{confidence(event.confidence)}", f"来源：{len(event.sources)} 篇"]
    return lines + details(event)
