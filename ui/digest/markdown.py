"""The digest as Markdown, for pasting into an email or a newsletter tool.

Article text is escaped twice over: HTML's ``& < >`` become entities (raw HTML
passes through most Markdown renderers) and the punctuation Markdown gives a
meaning to inside a line gets a backslash, so a title such as
``[click](javascript:alert(1))`` or ``**bold**`` shows as typed. Characters
that only matter at the start of a block (``-``, ``+``, ``1.``) are escaped
only there, which keeps dates and numbers readable in the raw text. Links are
only written for http(s) URLs.
"""

from __future__ import annotations

import html
import re

from newsgraph.ui.digest import base
from newsgraph.ui.digest.model import Digest, DigestEvent, SourceArticle
from newsgraph.ui.vocabulary import Words

_INLINE = re.compile(r"([\\`*_\[\]#|~])")
_BLOCK_START = re.compile(r"^(\d{1,9}(?=[.)])|(?=[-+=]))")


def escape(text: object) -> str:
    """Untrusted text made inert in Markdown, wherever in a line it is put."""
    inline = _INLINE.sub(r"\\\1", html.escape(base.one_line(text), quote=False))
    return _BLOCK_START.sub(lambda m: m[0] + "\\", inline, count=1)


def render(digest: Digest, w: Words) -> bytes:
    lines = [f"# {escape(base.title(digest, w))}", "", escape(base.period_text(digest, w)), ""]
    lines += _header(digest, w)
    if digest.empty:
        lines += [w("digest.empty"), ""]
    for section in digest.sections:
        lines += [f"## {escape(base.section_title(section, w))}", ""]
        for event in section.events:
            lines += _event(event, w)
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


def _header(digest: Digest, w: Words) -> list[str]:
    lines = ["| {} | {} | {} | {} |".format(*base.count_header(w)), "| --- | ---: | ---: | ---: |"]
    lines += [
        f"| {label} | {now} | {before} | {delta} |"
        for label, now, before, delta in base.count_rows(digest, w)
    ]
    lines.append("")
    if digest.active_companies:
        lines += [f"**{w('digest.most_active')}** {escape(base.active_companies_text(digest, w))}", ""]
    if digest.new_entities:
        lines += [f"**{w('digest.first_seen')}** {escape(base.new_entities_text(digest, w))}", ""]
    return lines


def _event(event: DigestEvent, w: Words) -> list[str]:
    mark = w("digest.mark", mark=base.mark(event, w)) if event.tentative else ""
    lines = [f"### {mark}{escape(base.headline(event, w))}", ""]
    lines.append("- " + " · ".join(escape(fact) for fact in base.facts(event, w)))
    if event.participants:
        lines.append(
            f"- {escape(w('digest.fact', name=w('digest.participants'), value=base.participants_text(event, w)))}"
        )
    lines.append("")
    if event.evidence:
        lines += [f"> {escape(event.evidence)}", ""]
    lines += [f"{n}. {_source(source)}" for n, source in enumerate(event.sources, 1)]
    return [*lines, ""] if event.sources else lines


def _source(source: SourceArticle) -> str:
    title = escape(source.title or source.url or source.article)
    url = base.safe_url(source.url)
    link = f"[{title}]({url})" if url else title
    meta = "，".join(
        escape(x) for x in (source.source, base.when(source.published, source.published_at)) if x
    )
    return f"{link} — {meta}" if meta else link


EXPORTER = base.Exporter("md", "Markdown", "md", "text/markdown; charset=utf-8", render)
