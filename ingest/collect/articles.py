"""What a file says about its article: text, title, date, source, URL -- read one way for ``ingest`` and ``extract``.

Both commands decode bytes with :func:`newsgraph.ingest.collect.text.decode` (so GBK, Big5 and
mislabelled pages read the same everywhere) and build the article here, so one file gives the
same text, title and date -- and so the same facts -- whichever command reads it.

- A text article (``.txt``/``.md``) may open with front matter, a block between two ``---``
  lines of ``key: value`` lines (YAML) with any of :data:`FRONT_MATTER_KEYS`. After it, a first
  line that is a Markdown heading (``# …``), or that stands alone (an empty line follows) and reads
  as a headline (short, no full stop), is the headline: the title unless ``title:`` says otherwise,
  and left out of the text. Any other first line -- a lead paragraph above all, which holds the
  article's main facts -- stays in the text and, without ``title:``, also names the article.
- A page's main text and metadata come from :func:`newsgraph.ingest.collect.text.html_to_text`;
  a first line repeating the headline is dropped (extractors often keep the ``<h1>``).
- A JSONL record carries ``text`` (or ``html``/``content``), and optionally ``title``,
  ``published`` (or ``date``), ``author``, ``source``, ``source_url``, ``url`` and ``id``.

Each reader raises :class:`ArticleError` when there is no article text, and when a date is
given but cannot be read (rather than a silent "undated": relative dates in the text, 上周 or
3月11日, are resolved against it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import yaml
from newsgraph.ingest.collect.text import decode, html_to_text
from newsgraph.ingest.collect.timestamps import parse_timestamp

#: Keys a text article's front matter may set; others (tags, categories…) are ignored.
FRONT_MATTER_KEYS = ("title", "published", "source", "url", "author")
#: Fields of a JSONL record that may carry an article's text, the first present wins.
JSONL_TEXT_KEYS = ("text", "html", "content")

_MARKDOWN_HEADING = re.compile(r"#{1,6}\s")
#: Longest line read as a headline; Chinese news headlines are 10-40 characters, lead paragraphs longer.
HEADLINE_MAX_CHARS = 64
#: A line holding a full stop, or ending on a sentence's last mark, is a paragraph, not a headline.
_SENTENCE_MARK = re.compile(r"。|[.;；]$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*$\r?\n?", re.DOTALL | re.MULTILINE)


class ArticleError(ValueError):
    """A file or record that cannot give an article; the message says why."""


@dataclass(frozen=True, slots=True)
class ArticleFields:
    """An article as its file describes it, before deduplication gives it an id. Empty when not said."""

    text: str
    title: str = ""
    published: datetime | None = None
    author: str = ""
    source: str = ""
    source_url: str = ""
    url: str = ""

    @property
    def published_date(self) -> date | None:
        return self.published.date() if self.published else None


def text_article(data: bytes) -> ArticleFields:
    """A ``.txt``/``.md`` article: front matter, headline, body (see the module docstring)."""
    content = decode(data).text.replace("\r\n", "\n").strip()
    meta, body = _front_matter(content)
    headline, body = _headline(body)
    return _checked(
        text=body.strip(),
        title=_string(meta.get("title")) or headline,
        published=_timestamp(meta.get("published")),
        author=_string(meta.get("author")),
        source=_string(meta.get("source")),
        url=_string(meta.get("url")),
    )


def page_article(data: bytes, content_type: str | None = None, url: str | None = None) -> ArticleFields:
    """A saved or fetched HTML page."""
    text, meta = html_to_text(decode(data, content_type).text, url)
    return _checked(
        text=without_title(text, meta.get("title")),
        title=meta.get("title") or "",
        published=parse_timestamp(meta.get("published")),
        author=meta.get("author") or "",
        source=meta.get("sitename") or "",
        url=meta.get("url") or "",
    )


def record_article(record: dict[str, Any]) -> ArticleFields:
    """One JSONL record (already parsed)."""
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    meta: dict[str, Any] = {}
    markup = next((record[k] for k in JSONL_TEXT_KEYS[1:] if isinstance(record.get(k), str)), None)
    if not text and markup:
        text, meta = html_to_text(markup, record.get("url") if isinstance(record.get("url"), str) else None)
    return _checked(
        text=text.strip(),
        title=_string(record.get("title")) or meta.get("title") or "",
        published=_timestamp(record.get("published") or record.get("date") or meta.get("published")),
        author=_string(record.get("author")) or meta.get("author") or "",
        source=_string(record.get("source")) or meta.get("sitename") or "",
        source_url=_string(record.get("source_url")),
        url=_string(record.get("url")),
    )


def _checked(**fields: Any) -> ArticleFields:
    if not fields["text"]:
        raise ArticleError("no article text found")
    return ArticleFields(**fields)


def without_title(text: str, *titles: str | None) -> str:
    """The text without a first line that repeats the headline (extractors often keep the <h1>).

    Copies of one story then compare equal whether or not their extractor kept it.
    """
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest and first and any(t and t.strip().startswith(first) for t in titles):
        return rest.strip()
    return text


def _front_matter(content: str) -> tuple[dict[str, Any], str]:
    """The front matter's keys and the text after it; no keys when there is no (readable) block."""
    match = _FRONT_MATTER.match(content)
    if not match:
        return {}, content
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise ArticleError(f"the front matter is not readable YAML ({exc.problem or exc})") from exc
    if not isinstance(meta, dict):
        raise ArticleError("the front matter must be `key: value` lines")
    return {k: v for k, v in meta.items() if k in FRONT_MATTER_KEYS}, content[match.end() :]


def _headline(body: str) -> tuple[str, str]:
    """The title a text's first line gives, and the text that remains."""
    first, newline, rest = body.strip().partition("\n")
    heading = _MARKDOWN_HEADING.match(first) is not None
    stands_alone = bool(newline) and not rest.partition("\n")[0].strip()
    if heading or (stands_alone and _reads_as_headline(first.strip())):
        return first.lstrip("#").strip(), rest.strip()
    return first.strip(), body


def _reads_as_headline(line: str) -> bool:
    """Short and without a full stop: a lead paragraph set off by an empty line must not be lost."""
    return len(line) <= HEADLINE_MAX_CHARS and _SENTENCE_MARK.search(line) is None


def _timestamp(raw: object) -> datetime | None:
    """A given date as an aware datetime; YAML reads ``2021-03-12`` as a date already."""
    if raw is None or raw == "":
        return None
    text = raw.isoformat() if isinstance(raw, (date, datetime)) else str(raw)
    stamp = parse_timestamp(text)
    if stamp is None:
        raise ArticleError(
            f"unreadable publication date {raw!r} (expected e.g. 2021-03-12 or 2021-03-12T09:30)"
        )
    return stamp


def _string(value: object) -> str:
    return str(value).strip() if value is not None and not isinstance(value, (dict, list)) else ""
