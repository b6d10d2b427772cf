"""The ingest state: a small SQLite file kept beside the graph.

It remembers, across runs and crashes:

* per URL, the ``ETag``/``Last-Modified`` validators, so an unchanged feed or page costs one 304;
* per article, its canonical id, every URL it was seen under, its content hash and simhash, and
  whether the graph holds it. An article counts as ingested only after the caller confirms the
  graph write with :meth:`State.mark_ingested`, so a crash between fetch and write means the
  article is processed again, never lost;
* failures with their reason and attempt count (and the feed entry they came from), retried on
  the next run;
* a spool of facts (opaque JSON) waiting for the graph, for when the graph is unreachable;
* per article, the raw facts the graph was last written from, and the ids they touch (so the
  graph around an entity can be rebuilt without running the NLP again);
* journalists' corrections (opaque JSON, :mod:`newsgraph.ingest.corrections`), and small named
  values such as the reviewer's name.

Every method commits at once: the file is always consistent, whatever kills the process.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsgraph.ingest.records import Article

_SCHEMA = """
CREATE TABLE IF NOT EXISTS http_cache (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, content_hash TEXT, fetched_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, url TEXT NOT NULL, title TEXT, content_hash TEXT, simhash INTEGER,
    feed_url TEXT, degraded INTEGER NOT NULL DEFAULT 0, first_seen TEXT NOT NULL,
    ingested_at TEXT, ingested_hash TEXT);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_feed ON articles(feed_url);
CREATE TABLE IF NOT EXISTS article_urls (url TEXT PRIMARY KEY, article_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS failures (
    url TEXT PRIMARY KEY, kind TEXT NOT NULL, reason TEXT NOT NULL, attempts INTEGER NOT NULL,
    first_failed TEXT NOT NULL, last_failed TEXT NOT NULL, context TEXT);
CREATE TABLE IF NOT EXISTS spool (
    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL, payload TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facts (article_id TEXT PRIMARY KEY, payload TEXT NOT NULL, written_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fact_refs (
    ref TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (ref, article_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS fact_refs_article ON fact_refs(article_id);
CREATE TABLE IF NOT EXISTS corrections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_SIGN_BIT = 1 << 63


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _to_signed(value: int) -> int:
    """SQLite integers are signed 64-bit; simhashes are unsigned."""
    return value - (1 << 64) if value & _SIGN_BIT else value


def _to_unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


@dataclass(frozen=True)
class Validators:
    """What the server said about a URL last time, to ask "has it changed since?"."""

    etag: str | None
    last_modified: str | None
    content_hash: str | None


@dataclass(frozen=True)
class KnownArticle:
    """What the state remembers of one article."""

    id: str
    url: str
    content_hash: str
    ingested_hash: str | None
    degraded: bool
    urls: tuple[str, ...]

    @property
    def ingested(self) -> bool:
        return self.ingested_hash is not None


@dataclass(frozen=True)
class Failure:
    """A URL (or input) that failed, for ``ingest --failed`` and for the next run's retry."""

    url: str
    kind: str
    reason: str
    attempts: int
    first_failed: str
    last_failed: str
    context: dict[str, Any] | None


@dataclass(frozen=True)
class SpoolItem:
    id: int
    article_id: str
    payload: str
    created_at: str


class State:
    """The ingest state file; open one per process and close it (or use ``with``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Statements that stand or fall together: committed as one, or rolled back as one when any
        fails or the process dies among them (each statement alone commits at once)."""
        with self._db:
            self._db.execute("BEGIN")
            yield

    def _one(self, sql: str, *params: object) -> tuple[Any, ...] | None:
        return self._db.execute(sql, params).fetchone()

    # -- conditional GET -------------------------------------------------------------------

    def validators(self, url: str) -> Validators | None:
        row = self._one("SELECT etag, last_modified, content_hash FROM http_cache WHERE url = ?", url)
        return Validators(*row) if row else None

    def save_validators(
        self, url: str, etag: str | None, last_modified: str | None, content_hash: str | None = None
    ) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO http_cache VALUES (?, ?, ?, ?, ?)",
            (url, etag, last_modified, content_hash, _now()),
        )

    # -- articles --------------------------------------------------------------------------

    def article_for_url(self, canonical_url: str) -> KnownArticle | None:
        row = self._one("SELECT article_id FROM article_urls WHERE url = ?", canonical_url)
        return self.article(row[0]) if row else None

    def article(self, article_id: str) -> KnownArticle | None:
        row = self._one(
            "SELECT id, url, content_hash, ingested_hash, degraded FROM articles WHERE id = ?", article_id
        )
        if not row:
            return None
        urls = tuple(
            r[0]
            for r in self._db.execute(
                "SELECT url FROM article_urls WHERE article_id = ? ORDER BY rowid", (row[0],)
            )
        )
        return KnownArticle(row[0], row[1], row[2] or "", row[3], bool(row[4]), urls)

    def article_with_hash(self, content_hash: str) -> KnownArticle | None:
        row = self._one(
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY first_seen LIMIT 1", content_hash
        )
        return self.article(row[0]) if row else None

    def simhashes(self) -> Iterator[tuple[str, int]]:
        """(article id, simhash) of every known article, to rebuild the near-duplicate index."""
        for article_id, value in self._db.execute("SELECT id, simhash FROM articles WHERE simhash != 0"):
            yield article_id, _to_unsigned(value)

    def record_article(self, article: Article, *, feed_url: str = "", degraded: bool = False) -> None:
        """Remember an article (new or changed) and its URLs; it is not ingested until confirmed.

        One transaction: an article recorded without its URLs would be found by its text alone on
        the next run, as a copy of itself, and never written.
        """
        with self._transaction():
            self._insert_article(article, feed_url, degraded)
            for url in [article.url, *article.urls]:
                self.add_url(article.id, url)

    def _insert_article(self, article: Article, feed_url: str, degraded: bool) -> None:
        self._db.execute(
            "INSERT INTO articles (id, url, title, content_hash, simhash, feed_url, degraded, first_seen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
            " content_hash = excluded.content_hash, simhash = excluded.simhash, degraded = excluded.degraded",
            (
                article.id,
                article.url,
                article.title,
                article.content_hash,
                _to_signed(article.simhash),
                feed_url,
                int(degraded),
                _now(),
            ),
        )

    def add_url(self, article_id: str, canonical_url: str) -> None:
        """Record that ``canonical_url`` shows the article (the first article to claim a URL keeps it)."""
        self._db.execute("INSERT OR IGNORE INTO article_urls VALUES (?, ?)", (canonical_url, article_id))

    def mark_ingested(self, article_id: str) -> None:
        """Confirm that the graph now holds the article as last recorded."""
        self._db.execute(
            "UPDATE articles SET ingested_at = ?, ingested_hash = content_hash WHERE id = ?",
            (_now(), article_id),
        )

    def ingested_ids(self) -> set[str]:
        """Ids of the articles the graph is believed to hold."""
        rows = self._db.execute("SELECT id FROM articles WHERE ingested_hash IS NOT NULL").fetchall()
        return {row[0] for row in rows}

    def forget_ingested(self) -> None:
        """Forget what was written and every validator, so the next run fetches and writes everything
        again (for a graph that was emptied or replaced behind the state's back)."""
        with self._transaction():
            self._db.execute("UPDATE articles SET ingested_at = NULL, ingested_hash = NULL")
            self._db.execute("DELETE FROM http_cache")

    def has_pending(self, feed_url: str) -> bool:
        """True while an article read from this feed is not yet confirmed in the graph."""
        row = self._one(
            "SELECT 1 FROM articles WHERE feed_url = ? AND ingested_hash IS NULL LIMIT 1", feed_url
        )
        return row is not None

    # -- failures --------------------------------------------------------------------------

    def record_failure(self, url: str, kind: str, reason: str, context: dict[str, Any] | None = None) -> None:
        now = _now()
        self._db.execute(
            "INSERT INTO failures VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
            " kind = excluded.kind, reason = excluded.reason, attempts = attempts + 1,"
            " last_failed = excluded.last_failed, context = COALESCE(excluded.context, context)",
            (
                url,
                kind,
                reason,
                now,
                now,
                json.dumps(context, ensure_ascii=False, default=str) if context else None,
            ),
        )

    def clear_failure(self, url: str) -> None:
        self._db.execute("DELETE FROM failures WHERE url = ?", (url,))

    def failures(self) -> list[Failure]:
        """Every recorded failure, most recent first."""
        rows = self._db.execute(
            "SELECT url, kind, reason, attempts, first_failed, last_failed, context FROM failures"
            " ORDER BY last_failed DESC, url"
        )
        return [Failure(*row[:6], json.loads(row[6]) if row[6] else None) for row in rows]

    # -- spool -----------------------------------------------------------------------------

    def spool(self, article_id: str, payload_json: str) -> int:
        """Keep a payload for the graph until :meth:`unspool`; returns its spool id."""
        cursor = self._db.execute(
            "INSERT INTO spool (article_id, payload, created_at) VALUES (?, ?, ?)",
            (article_id, payload_json, _now()),
        )
        return int(cursor.lastrowid or 0)

    def spooled(self) -> list[SpoolItem]:
        """Spooled payloads, oldest first."""
        rows = self._db.execute("SELECT id, article_id, payload, created_at FROM spool ORDER BY id")
        return [SpoolItem(*row) for row in rows]

    def unspool(self, ids: list[int]) -> None:
        self._db.executemany("DELETE FROM spool WHERE id = ?", [(i,) for i in ids])

    # -- facts the graph was written from -----------------------------------------------------

    def keep_facts(self, article_id: str, payload_json: str, refs: set[str]) -> None:
        """Remember an article's raw facts and the ids they touch, as the graph now holds them."""
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO facts VALUES (?, ?, ?)", (article_id, payload_json, _now())
            )
            self._db.execute("DELETE FROM fact_refs WHERE article_id = ?", (article_id,))
            self._db.executemany(
                "INSERT OR IGNORE INTO fact_refs VALUES (?, ?)", [(ref, article_id) for ref in refs]
            )

    def facts(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Article id -> raw facts payload, for the ids that have stored facts."""
        found: dict[str, str] = {}
        for part in _parts(sorted(set(article_ids))):
            marks = ",".join("?" * len(part))
            rows = self._db.execute(
                f"SELECT article_id, payload FROM facts WHERE article_id IN ({marks})", part
            )
            found.update(dict(rows.fetchall()))
        return found

    def fact_ids(self) -> list[str]:
        """Ids of every article with stored facts."""
        return [row[0] for row in self._db.execute("SELECT article_id FROM facts ORDER BY article_id")]

    def articles_touching(self, refs: Iterable[str]) -> set[str]:
        """Ids of the articles whose facts touch any of ``refs`` (entity ids, event and role keys)."""
        found: set[str] = set()
        for part in _parts(sorted(set(refs))):
            marks = ",".join("?" * len(part))
            rows = self._db.execute(f"SELECT DISTINCT article_id FROM fact_refs WHERE ref IN ({marks})", part)
            found.update(row[0] for row in rows)
        return found

    # -- corrections and named values -------------------------------------------------------------

    def put_correction(self, correction_id: str, record_json: str) -> bool:
        """Store a correction, or replace the stored one with the same id; True when it is new."""
        new = self._one("SELECT 1 FROM corrections WHERE id = ?", correction_id) is None
        self._db.execute(
            "INSERT INTO corrections (id, record) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET record = excluded.record",
            (correction_id, record_json),
        )
        return new

    def corrections(self) -> list[str]:
        """Every stored correction (JSON), in the order they were stored."""
        return [row[0] for row in self._db.execute("SELECT record FROM corrections ORDER BY seq")]

    def get(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", key)
        return row[0] if row else None

    def put(self, key: str, value: str | None) -> None:
        """Set a named value (None deletes it)."""
        if value is None:
            self._db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


#: Ids per SQL statement (SQLite's limit on parameters is 32766; well under it).
_PART = 500


def _parts(values: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(values), _PART):
        yield values[i : i + _PART]
