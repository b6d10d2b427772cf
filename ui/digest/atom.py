"""The digest as an Atom feed (RFC 4287): one entry per event, for feed readers.

Entry ids are ``tag:`` URIs made from the event ids, so an event keeps its
id across weekly feeds and a reader shows it once. Every ``updated`` is the
newest publication time among the entry's sources (the feed's: the newest
of all), never the time of export, so the same graph gives the same bytes.
The entry content is the same escaped HTML fragment the HTML page uses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from zoneinfo import ZoneInfo

from newsgraph.ui.digest import base
from newsgraph.ui.digest.html import event_fragment
from newsgraph.ui.digest.model import Digest, DigestEvent
from newsgraph.ui.digest.period import zone
from newsgraph.ui.vocabulary import Words

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TAG_PREFIX = "tag:newsgraph,2021:"
#: Characters XML 1.0 cannot carry at all; article text is cleaned of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

ET.register_namespace("", ATOM)  # Atom as the default namespace: <feed>, not <ns0:feed>


def render(digest: Digest, w: Words) -> bytes:
    tz = zone(digest.period.tz)
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: w.lang})
    _text(feed, "id", f"{TAG_PREFIX}digest/{digest.period.label}")
    _text(feed, "title", base.title(digest, w))
    _text(feed, "subtitle", base.period_text(digest, w) if not digest.empty else w("digest.empty"))
    _text(feed, "updated", _stamp(digest.updated))
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "newsgraph")
    _text(feed, "generator", "newsgraph")
    for event in digest.events:
        _entry(feed, event, tz, w)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _entry(feed: ET.Element, event: DigestEvent, tz: ZoneInfo, w: Words) -> None:
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _text(entry, "id", f"{TAG_PREFIX}event/{event.id}")
    mark = w("digest.mark", mark=base.mark(event, w)) if event.tentative else ""
    _text(entry, "title", f"{mark}{base.headline(event, w)}")
    moments = sorted(s.moment(tz) for s in event.sources if s.published) or [_day_start(event, tz)]
    _text(entry, "updated", _stamp(moments[-1]))
    _text(entry, "published", _stamp(moments[0]))
    ET.SubElement(entry, f"{{{ATOM}}}category", term=event.type, label=w.type_title(event.type))
    for n, source in enumerate(event.sources):
        url = base.safe_url(source.url)
        if url:
            rel = "alternate" if n == 0 else "related"
            ET.SubElement(
                entry, f"{{{ATOM}}}link", rel=rel, href=url, title=_clean(base.one_line(source.title))
            )
    if event.evidence:
        _text(entry, "summary", base.one_line(event.evidence))
    _text(entry, "content", event_fragment(event, w)).set("type", "html")


def _day_start(event: DigestEvent, tz: ZoneInfo) -> datetime:
    day = event.day
    return datetime(day.year, day.month, day.day, tzinfo=tz) if day else datetime(1970, 1, 1, tzinfo=tz)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = _clean(text)
    return element


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _stamp(moment: datetime) -> str:
    """RFC 3339 with the zone's offset and whole seconds."""
    return moment.replace(microsecond=0).isoformat()


EXPORTER = base.Exporter("atom", "Atom feed", "atom", "application/atom+xml", render)
