"""Bytes to text: charset decoding, and the main text and metadata of an HTML page.

Decoding is a chain of small guesses, each validated before it is trusted, because Chinese news
sites routinely mislabel their pages (a ``gb2312`` meta tag on UTF-8 bytes, a ``utf-8`` header on
GBK bytes). The chain: byte-order mark, valid UTF-8, HTTP header charset, in-document declaration
(``<meta charset>``, ``http-equiv``, XML declaration), charset-normalizer's detection, then the GB
and Big5 supersets, and finally UTF-8 with replacement characters. Rejected guesses are logged and
returned, so a surprising decode can be explained.

Main text comes from trafilatura, then its baseline extractor, then the plain text of ``<p>``
elements; a result shorter than :data:`MIN_EXTRACTED_SIZE` characters moves on to the next one.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from typing import Any

import charset_normalizer
import lxml.html
import trafilatura
from trafilatura.settings import use_config

log = logging.getLogger(__name__)

#: A decode is rejected when more than this share of its characters are U+FFFD.
MAX_REPLACEMENT_RATIO = 0.005
#: Bytes looked at for a <meta charset> or XML declaration.
DECLARATION_WINDOW = 4096
#: Bytes given to charset detection (enough for a confident guess, cheap on big pages).
DETECTION_WINDOW = 65536
#: An extractor's text shorter than this (characters) is not trusted; the next fallback runs.
MIN_EXTRACTED_SIZE = 80
#: Below this, even the longest fallback text is treated as "no article text".
MIN_TEXT_SIZE = 20

#: Labels widened to the superset codecs that real pages need (a GBK page labelled gb2312 uses
#: characters gb2312 lacks; Hong Kong Big5 pages use HKSCS characters; cp950 adds Microsoft's).
CODEC_SUPERSETS: dict[str, tuple[str, ...]] = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "gb18030": ("gb18030",),
    "big5": ("big5hkscs", "cp950"),
    "big5hkscs": ("big5hkscs", "cp950"),
    "cp950": ("cp950", "big5hkscs"),
}
#: Single-byte labels that decode anything: trusted only when detection does not see CJK text.
WEAK_CODECS = frozenset({"latin_1", "cp1252", "ascii", "iso8859_15"})
#: Tried after detection for Chinese text nobody labelled.
CJK_GUESSES = ("gb18030", "big5hkscs")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_XML_DECLARATION = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)[\"']", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """``text`` as every store and encoder takes it: surrogate pairs joined, lone ones as U+FFFD, no NUL.

    A lone surrogate (from a JSON escape or a character reference) cannot be encoded as UTF-8, so
    one in an author's name used to fail the whole article when it was written.
    """
    if not _UNSTORABLE.search(text):
        return text
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return joined.replace("\x00", "")


@dataclass
class Decoded:
    """Text decoded from bytes, with the codec used, how it was chosen and what was rejected."""

    text: str
    encoding: str
    method: str
    rejected: list[str] = field(default_factory=list)


def codec_candidates(label: str | None) -> tuple[str, ...]:
    """Python codecs to try for a charset label, widened to supersets; empty if unknown."""
    if not label:
        return ()
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return ()
    key = name.replace("_", "").replace("-", "")
    for alias, supersets in CODEC_SUPERSETS.items():
        if key == alias.replace("-", ""):
            return supersets
    return (name,)


def _validated(data: bytes, codec: str) -> tuple[str | None, str]:
    """The text if ``codec`` decodes ``data`` cleanly enough, else None and why not."""
    try:
        return data.decode(codec), ""
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
    ratio = text.count("\ufffd") / max(len(text), 1)
    if ratio > MAX_REPLACEMENT_RATIO:
        return None, f"{ratio:.1%} undecodable"
    return text, ""


def declared_charset(data: bytes) -> str | None:
    """The charset an XML declaration or a <meta> tag in the document's head claims."""
    head = data[:DECLARATION_WINDOW]
    match = _XML_DECLARATION.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def header_charset(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header."""
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _detected_charset(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data[:DETECTION_WINDOW]).best()
    return best.encoding if best else None


def _is_cjk_codec(codec: str) -> bool:
    return codec in ("gb18030", "big5hkscs", "cp950") or codec.startswith(("gb", "big5", "cp936"))


def decode(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode an HTML or XML body, trusting each source of evidence only after checking it."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, errors="replace"), codec, "bom")
    if data.isascii():
        return Decoded(data.decode("ascii"), "ascii", "ascii")
    rejected: list[str] = []
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        rejected.append("utf-8: not valid UTF-8")
    detected = _detected_charset(data)
    guesses = (
        ("header", header_charset(content_type)),
        ("declared", declared_charset(data)),
        ("detected", detected),
        *(("cjk-guess", c) for c in CJK_GUESSES),
    )
    detected_codecs = codec_candidates(detected)
    for method, label in guesses:
        for codec in codec_candidates(label):
            if codec in WEAK_CODECS and any(_is_cjk_codec(c) for c in detected_codecs):
                rejected.append(f"{method} {label}: single-byte label on text detected as {detected}")
                continue
            text, why = _validated(data, codec)
            if text is not None:
                _log_rejected(rejected)
                return Decoded(text, codec, method, rejected)
            rejected.append(f"{method} {label} ({codec}): {why}")
    _log_rejected(rejected)
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", "replace", rejected)


def _log_rejected(rejected: list[str]) -> None:
    for reason in rejected[1:]:  # the first is always "not valid UTF-8": noise for legacy pages
        log.info("charset guess rejected: %s", reason)


_TRAFILATURA_CONFIG = use_config()
_TRAFILATURA_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_SIZE))
_TRAFILATURA_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
_METADATA_KEYS = ("title", "author", "date", "sitename", "url", "description")


def _trafilatura(html: str, url: str | None) -> tuple[str, dict[str, Any]]:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
        config=_TRAFILATURA_CONFIG,
    )
    if doc is None:
        return "", {}
    return doc.text or "", {k: getattr(doc, k, None) for k in _METADATA_KEYS}


def _baseline(html: str) -> str:
    _, text, _ = trafilatura.baseline(html)
    return text


def _paragraphs(html: str) -> str:
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    paragraphs = (" ".join(p.text_content().split()) for p in tree.iter("p"))
    return "\n".join(p for p in paragraphs if p)


_BLOCK_TAGS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "blockquote", "tr")


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed's summary or content), one block per line."""
    if "<" not in html:
        return " ".join(html.split())
    try:
        tree = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in tree.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return _visible_lines(tree.text_content())


def page_metadata(html: str, url: str | None = None) -> dict[str, Any]:
    """Title, date, author, site name, canonical URL and description of a page (values may be None)."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return {}
    doc = trafilatura.extract_metadata(tree, default_url=url)
    return {k: getattr(doc, k, None) for k in _METADATA_KEYS}


_PUBLISHED_XPATH = (
    "//meta[@property='article:published_time' or @name='article:published_time' or @name='pubdate'"
    " or @itemprop='datePublished' or @name='publishdate']/@content | //time[@datetime][1]/@datetime"
)


def published_time(html: str) -> str | None:
    """The page's publication timestamp with its time of day, which trafilatura reduces to a date."""
    try:
        values = lxml.html.fromstring(html).xpath(_PUBLISHED_XPATH)
    except (lxml.etree.ParserError, ValueError):
        return None
    return str(values[0]).strip() if values else None


def html_to_text(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The main text of a page and its metadata; ``meta['extractor']`` names the step that won.

    ``meta['published']`` is the fullest publication stamp found (a timestamp when the page gives
    one, else trafilatura's date).

    Text is "" (extractor ``none``) when no step finds at least :data:`MIN_TEXT_SIZE` characters,
    which callers treat as "no article on this page".
    """
    text, meta = _trafilatura(html, url)
    extractor = "trafilatura"
    if len(text) < MIN_EXTRACTED_SIZE:
        fallbacks = {"trafilatura": text, "baseline": _baseline(html), "paragraphs": _paragraphs(html)}
        good = [name for name, t in fallbacks.items() if len(t) >= MIN_EXTRACTED_SIZE]
        extractor = good[0] if good else max(fallbacks, key=lambda name: len(fallbacks[name]))
        text = fallbacks[extractor]
        if not meta:
            meta = page_metadata(html, url)
    if len(text) < MIN_TEXT_SIZE:
        text, extractor = "", "none"
    meta["extractor"] = extractor
    meta["published"] = published_time(html) or meta.get("date")
    return _visible_lines(text), meta


def _visible_lines(text: str) -> str:
    """``text`` one line of visible words each, blanks within a line made one space and blank lines dropped:
    pages and feeds indent with tabs and pad with empty blocks, which evidence should not show."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
