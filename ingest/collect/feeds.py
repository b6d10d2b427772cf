"""RSS/Atom feeds and OPML subscription lists, parsed from bytes the fetcher already holds.

feedparser never fetches anything here (it gets a file-like object, not a URL or path). Before
parsing, the bytes are decoded by :func:`newsgraph.ingest.collect.text.decode` and re-encoded as UTF-8 with the XML
declaration removed, because feedparser trusts a feed's declared encoding and Chinese feeds often
declare the wrong one (gb2312 for GBK text) or one Python's XML parser refuses (Big5). Whatever can
be read from a malformed feed is kept; each problem becomes a warning that names the feed.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser
from lxml import etree
from newsgraph.ingest.collect.text import decode
from newsgraph.ingest.collect.timestamps import aware, parse_timestamp
from newsgraph.ingest.records import FeedEntry

log = logging.getLogger(__name__)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CHARACTER_REFERENCE = re.compile(r"&#(?:([0-9]{1,8})|[xX]([0-9a-fA-F]{1,8}));")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
#: How far into a body to look for a feed's root element when sniffing.
SNIFF_WINDOW = 2048


@dataclass
class FeedResult:
    """What one feed yielded: its entries plus warnings for the CLI to show."""

    url: str
    title: str = ""
    link: str = ""
    entries: list[FeedEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    encoding: str = ""


@dataclass(frozen=True)
class Subscription:
    """One feed listed in an OPML file."""

    url: str
    title: str = ""


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """True when a body is an RSS/Atom/RDF document rather than a web page."""
    if any(t in content_type.lower() for t in ("rss", "atom")):
        return True
    head = data[:SNIFF_WINDOW].lstrip(b"\xef\xbb\xbf\r\n\t ")
    if head.startswith(b"<!doctype html") or head[:5].lower() == b"<html":
        return False
    return bool(_FEED_ROOT.search(head))


def _entry_published(entry: Any) -> datetime | None:
    """The entry's own stamp (zone kept, +08:00 if none); feedparser's UTC tuple as last resort."""
    for key in ("published", "updated", "created"):
        value = parse_timestamp(entry.get(key))
        if value:
            return value
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return aware(datetime(*parsed[:6], tzinfo=UTC))
    return None


def _entry_content(entry: Any) -> str:
    """The longest full-content block (content:encoded, Atom content), or ''."""
    blocks = [c.get("value", "") for c in entry.get("content", []) or []]
    return max(blocks, key=len, default="")


def _entry_link(entry: Any) -> str:
    link = entry.get("link", "")
    guid = entry.get("id", "")
    if not link and guid.startswith(("http://", "https://")):
        return guid
    return link


def _to_entry(entry: Any, feed_url: str, feed_title: str) -> FeedEntry:
    return FeedEntry(
        feed_url=feed_url,
        url=_entry_link(entry),
        title=(entry.get("title") or "").strip(),
        published=_entry_published(entry),
        summary=entry.get("summary", "") or "",
        author=entry.get("author", "") or "",
        content_html=_entry_content(entry),
        guid=entry.get("id", "") or "",
        feed_title=feed_title,
    )


def _encodable_reference(match: re.Match[str]) -> str:
    """A character reference feedparser can take: one to a surrogate, NUL or beyond Unicode (which
    crashes its fallback parser, losing the whole feed) becomes U+FFFD."""
    code = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
    valid = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
    return match.group(0) if valid else "&#xFFFD;"


def parse_feed(data: bytes, feed_url: str, content_type: str = "") -> FeedResult:
    """Entries of a feed body; malformed or mislabelled feeds still yield what can be read."""
    decoded = decode(data, content_type)
    result = FeedResult(url=feed_url, encoding=decoded.encoding)
    if decoded.method in ("detected", "cjk-guess", "replace") or len(decoded.rejected) > 1:
        result.warnings.append(
            f"feed {feed_url}: encoding guessed as {decoded.encoding} ({'; '.join(decoded.rejected)})"
        )
    text = _CHARACTER_REFERENCE.sub(_encodable_reference, _XML_DECLARATION.sub("", decoded.text, count=1))
    utf8 = text.lstrip().encode("utf-8")
    parsed = feedparser.parse(
        io.BytesIO(utf8), response_headers={"content-type": "application/xml; charset=utf-8"}
    )
    result.title = (parsed.feed.get("title") or "").strip()
    result.link = parsed.feed.get("link", "")
    for raw in parsed.entries:
        entry = _to_entry(raw, feed_url, result.title)
        if entry.url:
            result.entries.append(entry)
        else:
            result.warnings.append(
                f"feed {feed_url}: entry {entry.title or entry.guid!r} has no link, skipped"
            )
    if parsed.get("bozo"):
        result.warnings.append(
            f"feed {feed_url}: malformed ({parsed.get('bozo_exception')}); kept {len(result.entries)} entries"
        )
    if not parsed.get("version") and not result.entries:
        result.warnings.append(f"feed {feed_url}: not a feed, no entries")
    for warning in result.warnings:
        log.warning(warning)
    return result


def parse_opml(data: bytes) -> list[Subscription]:
    """Feed URLs of an OPML file (nested outlines included), in document order, without repeats.

    The parser recovers from malformed XML and never resolves entities or reaches the network.
    """
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(data, parser=parser)
    if root is None:
        return []
    seen: dict[str, Subscription] = {}
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url and url not in seen:
            seen[url] = Subscription(url=url, title=outline.get("title") or outline.get("text") or "")
    return list(seen.values())
