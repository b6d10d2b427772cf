"""The digest as one self-contained HTML page: inline CSS, no scripts, no external resources.

It opens from disk or an email attachment exactly as it looks here and
prints cleanly (a print stylesheet spells out link targets). Every value
that comes from an article goes through ``html.escape`` and URLs through
:func:`newsgraph.ui.digest.base.safe_url`, so article text can never add markup.
"""

from __future__ import annotations

from html import escape

from newsgraph.ui.digest import base
from newsgraph.ui.digest.model import Digest, DigestEvent, SourceArticle
from newsgraph.ui.vocabulary import Words

STYLE = """
body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
       max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; line-height: 1.6; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0 0 0.3rem; }
.period { color: #57606a; margin-top: 0; }
table.counts { border-collapse: collapse; margin: 1rem 0; }
table.counts th, table.counts td { border: 1px solid #d0d7de; padding: 0.2rem 0.7rem; text-align: right; }
table.counts th:first-child, table.counts td:first-child { text-align: left; }
.up { color: #1a7f37; } .down { color: #cf222e; }
article { border-left: 4px solid #0969da; padding: 0.4rem 0.9rem; margin: 1rem 0; background: #f6f8fa; }
article.tentative { border-left-color: #bf8700; background: #fff8e5; }
.mark { display: inline-block; font-size: 0.8rem; padding: 0 0.4rem; margin-right: 0.4rem;
        border-radius: 0.3rem; background: #bf8700; color: #fff; vertical-align: middle; }
.mark.denied { background: #cf222e; }
ul.facts { list-style: none; padding: 0; margin: 0.2rem 0; color: #57606a; font-size: 0.9rem; }
ul.facts li { display: inline; margin-right: 1rem; }
blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid #d0d7de; }
ol.sources { margin: 0.3rem 0 0; padding-left: 1.4rem; font-size: 0.9rem; }
.meta { color: #57606a; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; color: #000; }
  article { break-inside: avoid; background: none; border-left-width: 2px; }
  a { color: #000; text-decoration: none; }
  ol.sources a::after { content: " <" attr(href) ">"; font-size: 8pt; word-break: break-all; }
}
"""


def render(digest: Digest, w: Words) -> bytes:
    title = base.title(digest, w)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{w.lang}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="period">{escape(base.period_text(digest, w))}</p>',
        *_header(digest, w),
    ]
    if digest.empty:
        parts.append(f"<p>{escape(w('digest.empty'))}</p>")
    for section in digest.sections:
        parts.append(f"<section><h2>{escape(base.section_title(section, w))}</h2>")
        parts += [event_fragment(event, w) for event in section.events]
        parts.append("</section>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts).encode("utf-8")


def _header(digest: Digest, w: Words) -> list[str]:
    rows = [
        f"<tr><td>{escape(label)}</td><td>{now}</td><td>{before}</td>"
        f'<td class="{_trend(delta)}">{escape(delta)}</td></tr>'
        for label, now, before, delta in base.count_rows(digest, w)
    ]
    head = "".join(f"<th>{escape(name)}</th>" for name in base.count_header(w))
    parts = [
        f'<table class="counts"><thead><tr>{head}</tr></thead>',
        f"<tbody>{''.join(rows)}</tbody></table>",
    ]
    if digest.active_companies:
        parts.append(
            f"<p><strong>{escape(w('digest.most_active'))}</strong> "
            f"{escape(base.active_companies_text(digest, w))}</p>"
        )
    if digest.new_entities:
        parts.append(
            f"<p><strong>{escape(w('digest.first_seen'))}</strong> {escape(base.new_entities_text(digest, w))}</p>"
        )
    return parts


def _trend(delta: str) -> str:
    return "up" if delta.startswith("+") else "down" if delta.startswith("-") else "same"


def event_fragment(event: DigestEvent, w: Words) -> str:
    """One event as an ``<article>``: also the content of the event's Atom entry."""
    mark = ""
    if event.tentative:
        mark = f'<span class="mark {escape(event.modality)}">{escape(base.mark(event, w))}</span>'
    facts = "".join(f"<li>{escape(fact)}</li>" for fact in base.facts(event, w))
    parts = [
        f'<article id="{escape(event.id)}" class="{"tentative" if event.tentative else "asserted"}">',
        f"<h3>{mark}{escape(base.headline(event, w))}</h3>",
        f'<ul class="facts">{facts}</ul>',
    ]
    if event.participants:
        who = w("digest.fact", name=w("digest.participants"), value=base.participants_text(event, w))
        parts.append(f'<p class="meta">{escape(who)}</p>')
    if event.evidence:
        parts.append(f"<blockquote>{escape(base.one_line(event.evidence))}</blockquote>")
    if event.sources:
        items = "".join(f"<li>{_source(source)}</li>" for source in event.sources)
        parts.append(f'<ol class="sources">{items}</ol>')
    parts.append("</article>")
    return "\n".join(parts)


def _source(source: SourceArticle) -> str:
    title = escape(base.one_line(source.title or source.url or source.article))
    url = base.safe_url(source.url)
    link = f'<a href="{escape(url)}" rel="noopener noreferrer">{title}</a>' if url else title
    meta = "，".join(
        x for x in (base.one_line(source.source), base.when(source.published, source.published_at)) if x
    )
    return f'{link} <span class="meta">— {escape(meta)}</span>' if meta else link


EXPORTER = base.Exporter("html", "HTML", "html", "text/html; charset=utf-8", render)
