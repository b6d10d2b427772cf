"""Turning what the user typed after ``newsgraph ingest`` into work items.

An input is a URL (feed, page or OPML: decided after fetching, by sniffing the body), or a local
path: a feed file (``.xml``/``.atom``/``.rss``), an OPML file, a file listing URLs one per line
(``.urls``/``.list``, or a ``.txt`` whose lines are all URLs), a page (``.html``/``.htm``), a text
article (``.txt``/``.md``), a JSONL file of articles, or a directory holding any of these.

Expansion never raises for one bad input: an unreadable path or a bad JSONL line becomes an
:class:`InputError` item, reported in its place, and the other inputs go on.
"""

from __future__ import annotations

import json
import mimetypes
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsgraph.ingest.collect.articles import JSONL_TEXT_KEYS
from newsgraph.ingest.collect.feeds import parse_opml
from newsgraph.ingest.records import FeedEntry

FEED_SUFFIXES = (".xml", ".atom", ".rss")
OPML_SUFFIXES = (".opml",)
URL_LIST_SUFFIXES = (".urls", ".list")
PAGE_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
KNOWN_SUFFIXES = (
    FEED_SUFFIXES + OPML_SUFFIXES + URL_LIST_SUFFIXES + PAGE_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES
)
#: Files that describe a folder rather than hold an article; skipped when walking a folder.
FOLDER_NOTES = frozenset({"readme", "license", "licence", "changelog", "notice", "contributing"})
#: A folder with a name like this inside an input folder is a saved copy of that web site.
HOST_DIR = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
FOLDER_SUFFIXES = tuple(s for s in KNOWN_SUFFIXES if s not in OPML_SUFFIXES + URL_LIST_SUFFIXES)


@dataclass
class Inputs:
    """The ``ingest`` command's arguments: URLs, files and directories, in the order given.

    ``published`` dates the local articles (text, page, JSONL) that carry no date of their own.
    """

    items: Sequence[str]
    retry_failed: bool = True
    published: datetime | None = None


@dataclass(frozen=True)
class RemoteItem:
    """A URL to fetch. ``kind`` is ``feed``, ``page`` or ``auto`` (sniff the response)."""

    url: str
    kind: str = "auto"
    entry: FeedEntry | None = None


@dataclass(frozen=True)
class LocalFeed:
    path: Path


@dataclass(frozen=True)
class LocalPage:
    path: Path


@dataclass(frozen=True)
class LocalText:
    path: Path


@dataclass(frozen=True)
class JsonlRecord:
    """One line of a JSONL file, already parsed into an object with a text field."""

    path: Path
    line: int
    data: dict[str, Any] = field(hash=False)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class InputError:
    """An input that cannot be used, with the reason to show the user."""

    where: str
    reason: str


WorkItem = RemoteItem | LocalFeed | LocalPage | LocalText | JsonlRecord | InputError


class SiteMirror:
    """Saved copies of web sites, laid out as ``<folder>/<host>/<path>``, read instead of fetching.

    A folder given to ``ingest`` that contains folders named like hosts (``news.example.com``)
    holds such copies: a feed listing ``http://news.example.com/2021/03/a.html`` then reads
    ``news.example.com/2021/03/a.html`` from disk, and a page found by walking the folder is
    known by that URL rather than by its file path, so both routes meet as one article.
    """

    def __init__(self, items: Iterable[str]) -> None:
        self.sites: dict[str, Path] = {}
        for item in items:
            path = Path(item).expanduser()
            if not _has_scheme(item) and path.is_dir():
                self._scan(path)

    def _scan(self, folder: Path) -> None:
        for child in sorted(folder.iterdir()):
            if not child.is_dir() or child.name.startswith("."):
                continue
            if HOST_DIR.match(child.name):
                self.sites.setdefault(child.name, child.resolve())
            else:
                self._scan(child)

    def find(self, url: str) -> Path | None:
        """The saved copy of ``url``, if any (``index.html`` for a folder URL)."""
        parts = urlsplit(url)
        site = self.sites.get((parts.hostname or "").lower())
        if site is None or parts.scheme not in ("http", "https"):
            return None
        relative = parts.path.lstrip("/")
        candidate = (site / relative).resolve()
        if candidate.is_dir() or not relative:
            candidate = candidate / "index.html"
        inside = candidate.is_relative_to(site)
        return candidate if inside and candidate.is_file() else None

    def url_of(self, path: Path) -> str | None:
        """The URL a saved file stands for, or None when it is not inside a mirror."""
        resolved = path.resolve()
        for host, site in self.sites.items():
            if resolved.is_relative_to(site):
                return f"http://{host}/{resolved.relative_to(site).as_posix()}"
        return None

    @staticmethod
    def content_type(path: Path) -> str:
        return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _has_scheme(item: str) -> bool:
    parts = urlsplit(item)
    return len(parts.scheme) > 1 and (bool(parts.netloc) or parts.scheme in ("file", "data", "javascript"))


def _url_lines(text: str) -> list[str] | None:
    """The URLs of a text that is nothing but URLs (comments with # allowed), else None."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if lines and all(_has_scheme(line) and " " not in line for line in lines):
        return lines
    return None


def _read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig", errors="replace")


def jsonl_records(lines: Iterable[bytes], path: Path) -> Iterator[JsonlRecord | InputError]:
    """Each non-empty line of a JSONL file (``path`` names it in messages) as a record or the reason it is none.

    The one reader of JSONL articles: ``ingest`` and ``extract`` accept exactly the same lines.
    """
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield InputError(where, f"not valid JSON ({exc})")
            continue
        if not isinstance(data, dict) or not any(isinstance(data.get(k), str) for k in JSONL_TEXT_KEYS):
            yield InputError(where, f"not an object with one of {', '.join(JSONL_TEXT_KEYS)}")
            continue
        yield JsonlRecord(path, number, data)


def _jsonl(path: Path) -> Iterator[WorkItem]:
    with path.open("rb") as handle:
        yield from jsonl_records(handle, path)


def _file(path: Path) -> Iterator[WorkItem]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(path)
    elif suffix in PAGE_SUFFIXES:
        yield LocalPage(path)
    elif suffix in OPML_SUFFIXES or (
        suffix in FEED_SUFFIXES and b"<opml" in path.read_bytes()[:1024].lower()
    ):
        yield from (RemoteItem(s.url, "feed") for s in parse_opml(path.read_bytes()))
    elif suffix in FEED_SUFFIXES:
        yield LocalFeed(path)
    elif suffix in URL_LIST_SUFFIXES + TEXT_SUFFIXES:
        urls = _url_lines(_read_text(path))
        if urls is not None:
            yield from (RemoteItem(url, "auto") for url in urls)
        elif suffix in TEXT_SUFFIXES:
            yield LocalText(path)
        else:
            yield InputError(str(path), "a URL list must hold one http(s) URL per line")
    else:
        yield InputError(str(path), f"unsupported file type {suffix or '(none)'}")


def _directory(path: Path) -> Iterator[WorkItem]:
    """A folder's articles and feeds. Subscription lists (OPML, URL lists) in it are read only when
    named explicitly: a folder of saved articles must not send the run out to the network."""
    for child in sorted(path.rglob("*")):
        hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
        note = child.stem.lower() in FOLDER_NOTES
        suffix = child.suffix.lower()
        if child.is_file() and not hidden and not note and suffix in FOLDER_SUFFIXES:
            yield from _path(child)


def _path(path: Path) -> Iterator[WorkItem]:
    try:
        if path.is_dir():
            yield from _directory(path)
        elif path.is_file():
            yield from _file(path)
        else:
            yield InputError(str(path), "no such file or directory")
    except OSError as exc:
        yield InputError(str(path), f"cannot read ({exc.strerror or exc})")


def expand(items: Iterable[str]) -> Iterator[WorkItem]:
    """Work items for the given inputs, in order; URLs of any scheme go to the fetcher, which refuses
    the unsafe ones (``file://`` included) with a recorded reason."""
    for item in items:
        item = item.strip()
        if _has_scheme(item):
            yield RemoteItem(item)
        else:
            yield from _path(Path(item).expanduser())
