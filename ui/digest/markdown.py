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

_INLINE = re.compile(r"([\\`*_\[\]#|~])")
_BLOCK_START = re.compile(r"^(\d{1,9}(?=[.)])|(?=[-+=]))")


def escape(text: object) -> str:
    """Untrusted text made inert in Markdown, wherever in a line it is put."""
    inline = _INLINE.sub(r"\\\1", html.escape(base.one_line(text), quote=False))
    return _BLOCK_START.sub(lambda m: m[0] + "\\", inline, count=1)


def render(digest: Digest) -> bytes:
    lines = [f"# {base.TITLE} {escape(digest.period.label)}", "", escape(base.period_text(digest)), ""]
    lines += _header(digest)
    if digest.empty:
        lines += [base.EMPTY_NOTE, ""]
    for section in digest.sections:
        lines += [f"## {escape(base.section_title(section))}", ""]
        for event in section.events:
            lines += _event(event)
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


def _header(digest: Digest) -> list[str]:
    lines = ["| 类型 | 本期 | 上期 | 变化 |", "| --- | ---: | ---: | ---: |"]
    lines += [
        f"| {label} | {now} | {before} | {delta} |" for label, now, before, delta in base.count_rows(digest)
    ]
    lines.append("")
    if digest.active_companies:
        lines += [f"**最活跃公司：** {escape(base.active_companies_text(digest))}", ""]
    if digest.new_entities:
        lines += [f"**首次出现：** {escape(base.new_entities_text(digest))}", ""]
    return lines


def _event(event: DigestEvent) -> list[str]:
    mark = f"【{base.mark(event)}】" if event.tentative else ""
    lines = [f"### {mark}{escape(base.headline(event))}", ""]
    lines.append("- " + " · ".join(escape(fact) for fact in base.facts(event)))
    if event.participants:
        lines.append(f"- 参与方：{escape(base.participants_text(event))}")
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
