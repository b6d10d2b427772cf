"""Recognising one story under many URLs and copies: canonical URLs, content hashes, simhash.

Three checks, cheapest first:

1. the canonical URL (tracking parameters from ``data/tracking_params.yaml`` dropped, scheme and
   host lowercased, default port, fragment and trailing slash removed) identifies the article;
2. a hash of the normalised text catches exact copies under other URLs;
3. a 64-bit simhash over character 3-shingles catches syndicated copies with small edits. The text
   is converted to Simplified Chinese first, so a Traditional re-post of a Simplified story lands
   within :data:`MAX_HAMMING` bits of the original. The conversion is OpenCC ``tw2sp``: ``t2s``
   plus Taiwan-to-mainland phrases (人工智慧 -> 人工智能, 軟體 -> 软件), because a Taiwanese
   re-post changes wording as well as script, and plain ``t2s`` leaves it 9 bits away. An index of
   :data:`BANDS` 16-bit bands finds candidates without comparing against every stored hash: two
   hashes within 3 bits differ in at most 3 bands, so they share at least one band exactly.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
import opencc
from newsgraph.ingest.datafiles import load_data_file

SHINGLE = 3
MAX_HAMMING = 3
BANDS = 4
BAND_BITS = 64 // BANDS
#: Texts shorter than this (normalised characters) are too short for a meaningful simhash.
MIN_SIMHASH_CHARS = 50
DEFAULT_PORTS = {"http": 80, "https": 443}
#: A bracketed note opening or closing an article (an agency tag like 【中央社】, a "first published
#: in ..." or "source: ..." note in parentheses) is what re-posts add or drop, so it is left out of
#: the comparison. Bounded lengths keep a bracketed sentence of the story itself in.
_EDGE_NOTES = re.compile(r"^\s*[【\[（(][^】\]）)\n]{1,30}[】\]）)]|[（(][^（）()\n]{1,60}[）)]\s*$")


@cache
def _tracking_params() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load_data_file("tracking_params")
    exact = frozenset(name.lower() for name in data["exact"])
    return exact, tuple(prefix.lower() for prefix in data["prefixes"])


def _is_tracking(name: str) -> bool:
    exact, prefixes = _tracking_params()
    lowered = name.lower()
    return lowered in exact or lowered.startswith(prefixes)


def canonical_url(url: str) -> str:
    """The form of ``url`` that identifies an article: same story, same string."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        return urlunsplit((scheme, parts.netloc, parts.path, parts.query, ""))
    host = (parts.hostname or "").rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


#: OpenCC configuration that brings any Chinese text to mainland Simplified wording.
TO_SIMPLIFIED = "tw2sp"


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC(TO_SIMPLIFIED)


def normalise_text(text: str) -> str:
    """Text reduced to its letters and digits, NFKC-folded, lowercased and in Simplified script."""
    folded = _EDGE_NOTES.sub("", unicodedata.normalize("NFKC", text).strip()).lower()
    kept = "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")
    return _to_simplified().convert(kept)


def content_hash(text: str) -> str:
    """Hash of the normalised text: equal for copies that differ only in spacing, punctuation, script."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()


def simhash(text: str) -> int:
    """64-bit simhash of the text's character 3-shingles (0 for texts too short to compare)."""
    norm = normalise_text(text)
    if len(norm) < MIN_SIMHASH_CHARS:
        return 0
    shingles = {norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)}
    digests = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingles)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(-1, 64)
    votes = bits.sum(axis=0) * 2 > len(shingles)
    return int("".join("1" if v else "0" for v in votes), 2)


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def _bands(value: int) -> list[tuple[int, int]]:
    mask = (1 << BAND_BITS) - 1
    return [(i, (value >> (i * BAND_BITS)) & mask) for i in range(BANDS)]


class NearDuplicateIndex:
    """Simhashes of known articles, searchable for any within :data:`MAX_HAMMING` bits."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)

    def add(self, article_id: str, value: int) -> None:
        if value:
            for band in _bands(value):
                self._buckets[band].append((value, article_id))

    def find(self, value: int) -> str | None:
        """The id of the closest stored article within the threshold, or None."""
        if not value:
            return None
        best: tuple[int, str] | None = None
        for band in _bands(value):
            for other, article_id in self._buckets.get(band, ()):
                distance = hamming(value, other)
                if distance <= MAX_HAMMING and (best is None or distance < best[0]):
                    best = (distance, article_id)
        return best[1] if best else None
