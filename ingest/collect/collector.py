"""The ingest stage's entry point: inputs in, deduplicated :class:`Article` records out.

:func:`collect` walks the work items of :mod:`newsgraph.ingest.collect.sources`, fetches feeds and pages with
conditional GET, extracts main text, and admits each candidate through the deduplication checks
against the :class:`State`. It yields one :class:`CollectResult` per article that needs NLP, per
duplicate found and per failure; unchanged articles are only counted. Nothing here raises for one
bad input: a failure is recorded (and retried on the next run) and the run goes on.

When a page cannot be fetched or has no article text, the feed entry's content or summary stands
in for it: a degraded success, flagged, and the page stays in the failure list to be retried.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsgraph.ingest.collect.articles import (
    ArticleError,
    ArticleFields,
    page_article,
    record_article,
    text_article,
    without_title,
)
from newsgraph.ingest.collect.dedup import NearDuplicateIndex, canonical_url, content_hash, simhash
from newsgraph.ingest.collect.feeds import FeedResult, looks_like_feed, parse_feed, parse_opml
from newsgraph.ingest.collect.fetch import Fetcher, FetchError, Response
from newsgraph.ingest.collect.sources import (
    Inputs,
    JsonlRecord,
    LocalFeed,
    LocalPage,
    LocalText,
    RemoteItem,
    SiteMirror,
    WorkItem,
    expand,
)
from newsgraph.ingest.collect.state import KnownArticle, State
from newsgraph.ingest.collect.text import fragment_text, storable
from newsgraph.ingest.collect.timestamps import parse_timestamp
from newsgraph.ingest.records import Article, FeedEntry, stable_id, to_dict

log = logging.getLogger(__name__)

#: A failed URL is retried on later runs until it has failed this many times.
MAX_ATTEMPTS = 5
#: A feed entry whose content has at least this many characters of text carries the whole article:
#: it is used as is and the page is not fetched (shorter content is a teaser: the page is fetched).
FEED_FULL_TEXT_MIN = 200


#: What can become of an item (an article, a page, a feed entry, a JSONL line); each is counted
#: under exactly one, so these add up to ``seen``.
OUTCOMES = ("new", "updated", "duplicate", "unchanged", "repeated", "failed")


@dataclass
class CollectStats:
    """What happened to every item of a run, for the CLI's summary and progress line.

    Each item is counted once, under one of :data:`OUTCOMES` (``repeated``: reached a second time
    in this run, as a feed entry and as its saved page, and read once); ``seen`` is their sum.
    ``degraded`` counts the new and updated articles that stand on their feed's text. Feeds are
    not items: they have their own counts.
    """

    seen: int = 0
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    unchanged: int = 0
    repeated: int = 0
    failed: int = 0
    degraded: int = 0
    feeds: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    warnings: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        """One more item, with what became of it."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.seen += 1


@dataclass
class CollectResult:
    """One outcome: ``article`` (needs NLP), ``duplicate`` (a known story's new URL) or ``failure``.

    A duplicate's ``url`` is the copy's canonical URL (``where`` may be a file and line), the one
    to add to the article it duplicates.
    """

    kind: str
    where: str
    article: Article | None = None
    is_new: bool = False
    degraded: bool = False
    reason: str = ""
    duplicate_of: str | None = None
    url: str = ""

    @property
    def label(self) -> str:
        """A one-line description for progress displays."""
        status = "new" if self.is_new else "changed" if self.kind == "article" else self.kind
        return f"{status}{' (degraded)' if self.degraded else ''}: {self.where}"


Progress = Callable[[str, CollectStats], None]


@dataclass
class _Candidate:
    """An article's text and metadata before deduplication decides its id."""

    key: str
    url: str
    title: str
    text: str
    published: datetime | None = None
    author: str = ""
    source: str = ""
    source_url: str = ""
    feed_url: str = ""
    degraded: bool = False

    def __post_init__(self) -> None:
        """One bad character never fails an article: every text field is made storable here."""
        for name, value in vars(self).items():
            if isinstance(value, str):
                setattr(self, name, storable(value))


def _site_root(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme in ("http", "https") else ""


def _is_http(url: str | None) -> bool:
    return bool(url) and urlsplit(url or "").scheme in ("http", "https")


def _entry_from_context(context: dict[str, Any] | None) -> FeedEntry | None:
    """The feed entry a failed page came from, as stored in the failure's context."""
    if not context or "entry" not in context:
        return None
    data = dict(context["entry"])
    data["published"] = parse_timestamp(data.get("published"))
    return FeedEntry(**data)


def _settled(known: KnownArticle | None) -> bool:
    """The graph holds the article's latest full text: safe to ask the server for changes only."""
    return bool(known and known.ingested and known.ingested_hash == known.content_hash and not known.degraded)


class _Collector:
    """One run's working memory: the near-duplicate index, the URLs done, the counters."""

    def __init__(
        self,
        state: State,
        fetcher: Fetcher,
        stats: CollectStats,
        progress: Progress | None,
        mirror: SiteMirror,
        published: datetime | None = None,
    ) -> None:
        self.state, self.fetcher, self.stats, self.progress = state, fetcher, stats, progress
        self.mirror = mirror
        self.published = published
        self.index = NearDuplicateIndex()
        for article_id, value in state.simhashes():
            self.index.add(article_id, value)
        self.fetched: set[str] = set()
        self.admitted: set[str] = set()

    def run(self, inputs: Inputs) -> Iterator[CollectResult]:
        for item in expand(inputs.items):
            yield from self._guarded(item)
        if inputs.retry_failed:
            for failure in self.state.failures():
                retry = failure.kind in ("feed", "page", "auto") and failure.attempts < MAX_ATTEMPTS
                if retry and failure.url not in self.fetched:
                    entry = _entry_from_context(failure.context)
                    yield from self._guarded(RemoteItem(failure.url, failure.kind, entry))

    def _guarded(self, item: WorkItem) -> Iterator[CollectResult]:
        """Process one item; an unexpected error becomes a recorded failure, never a crash."""
        where = getattr(item, "url", None) or getattr(item, "where", None) or str(getattr(item, "path", item))
        if self.progress:
            self.progress(where, self.stats)
        try:
            yield from self._dispatch(item)
        except ArticleError as exc:  # a file that says something unreadable about itself
            yield self._failure(where, "input", str(exc))
        except Exception as exc:  # one broken input must not end the run
            log.exception("unexpected error on %s", where)
            yield self._failure(where, "input", f"internal error: {type(exc).__name__}: {exc}")

    def _dispatch(self, item: WorkItem) -> Iterator[CollectResult]:
        if isinstance(item, RemoteItem):
            yield from self._remote(item)
        elif isinstance(item, LocalFeed):
            yield from self._feed_entries(parse_feed(item.path.read_bytes(), item.path.resolve().as_uri()))
        elif isinstance(item, LocalPage):
            yield from self._local_page(item.path)
        elif isinstance(item, LocalText):
            yield from self._local_text(item.path)
        elif isinstance(item, JsonlRecord):
            yield from self._jsonl(item)
        else:
            yield self._failure(item.where, "input", item.reason)

    # -- failures --------------------------------------------------------------------------

    def _failure(self, where: str, kind: str, reason: str, entry: FeedEntry | None = None) -> CollectResult:
        if kind == "feed":
            self.stats.feeds_failed += 1
        else:
            self.stats.count("failed")
        self.state.record_failure(where, kind, reason, {"entry": to_dict(entry)} if entry else None)
        log.warning("failed: %s: %s", where, reason)
        return CollectResult("failure", where, reason=reason)

    # -- remote ----------------------------------------------------------------------------

    def _validators_for(self, item: RemoteItem) -> tuple[str | None, str | None]:
        """Validators to send, or none when the caller still needs the full body."""
        validators = self.state.validators(item.url)
        if validators is None:
            return None, None
        known = self.state.article_for_url(canonical_url(item.url))
        fresh = _settled(known) if known else not self.state.has_pending(item.url)
        return (validators.etag, validators.last_modified) if fresh else (None, None)

    def _remote(self, item: RemoteItem) -> Iterator[CollectResult]:
        if item.url in self.fetched:
            if item.kind == "page":  # a page two feeds link to
                self.stats.count("repeated")
            return
        self.fetched.add(item.url)
        try:
            response = self._get(item)
        except FetchError as exc:
            yield from self._remote_failed(item, exc.reason)
            return
        if response.not_modified:
            self._count_unchanged(item)
            self.state.clear_failure(item.url)
            return
        yield from self._fetched(item, response)

    def _get(self, item: RemoteItem) -> Response:
        """The response for ``item``: from a saved copy of the site when there is one, else fetched."""
        saved = self.mirror.find(item.url)
        if saved is not None:
            content_type = SiteMirror.content_type(saved)
            return Response(item.url, item.url, 200, saved.read_bytes(), content_type=content_type)
        etag, last_modified = self._validators_for(item)
        return self.fetcher.get(item.url, etag=etag, last_modified=last_modified)

    def _count_unchanged(self, item: RemoteItem) -> None:
        if item.kind == "feed" or (
            item.kind == "auto" and self.state.article_for_url(canonical_url(item.url)) is None
        ):
            self.stats.feeds += 1
            self.stats.feeds_unchanged += 1
        else:
            self.stats.count("unchanged")

    def _remote_failed(self, item: RemoteItem, reason: str) -> Iterator[CollectResult]:
        if item.kind == "page" and item.entry and self._feed_text(item.entry):
            yield from self._degraded(item, reason)
        else:
            yield self._failure(item.url, item.kind, reason, item.entry)

    def _fetched(self, item: RemoteItem, response: Response) -> Iterator[CollectResult]:
        body, content_type = response.content, response.content_type
        if item.kind != "page" and b"<opml" in body[:1024].lower():
            # no validators kept: a 304 would hide the subscriptions, which must be polled every run
            for subscription in parse_opml(body):
                yield from self._guarded(RemoteItem(subscription.url, "feed"))
        elif item.kind == "feed" or (item.kind == "auto" and looks_like_feed(body, content_type)):
            feed = parse_feed(body, item.url, content_type)
            if not feed.entries and feed.warnings and "not a feed" in feed.warnings[-1]:
                yield self._failure(item.url, "feed", "not a feed (no entries could be read)")
                return
            yield from self._feed_entries(feed)
            # only now: a run that dies among the entries must not be told "unchanged" next time
            self.state.save_validators(item.url, response.etag, response.last_modified)
            self.state.clear_failure(item.url)
        else:
            yield from self._page(item, response)

    def _feed_entries(self, feed: FeedResult) -> Iterator[CollectResult]:
        self.stats.feeds += 1
        self.stats.warnings += feed.warnings
        for entry in map(self._http_link_only, feed.entries):
            full_text = fragment_text(entry.content_html)
            if len(full_text) >= FEED_FULL_TEXT_MIN or (not entry.url and self._feed_text(entry)):
                degraded = len(full_text) < FEED_FULL_TEXT_MIN
                yield from self._admit(self._entry_candidate(entry, degraded=degraded), entry.url or feed.url)
            elif entry.url:
                yield from self._guarded(RemoteItem(entry.url, "page", entry))

    def _http_link_only(self, entry: FeedEntry) -> FeedEntry:
        """The entry without its link unless that is http(s): a ``javascript:`` or ``data:`` link
        must never become an article's URL (the app and the digest link to it). The entry's own
        text is still read, known by its guid."""
        if not entry.url or _is_http(entry.url):
            return entry
        scheme = urlsplit(entry.url).scheme or "(none)"
        self.stats.warnings.append(
            f"feed {entry.feed_url}: entry {entry.title!r} links to a {scheme}: URL, ignored"
        )
        return replace(entry, url="")

    # -- pages -----------------------------------------------------------------------------

    def _page(self, item: RemoteItem, response: Response) -> Iterator[CollectResult]:
        try:
            page = page_article(response.content, response.content_type, response.final_url)
        except ArticleError as exc:
            yield from self._remote_failed(item, f"{exc} on the page")
            return
        url = canonical_url(item.url)
        entry = item.entry
        candidate = _Candidate(
            key=url,
            url=url,
            title=(entry.title if entry and entry.title else page.title),
            text=without_title(page.text, entry.title if entry else None),
            published=(entry.published if entry else None) or page.published,
            author=page.author or (entry.author if entry else ""),
            source=(entry.feed_title if entry else "") or page.source or urlsplit(url).hostname or "",
            source_url=entry.feed_url if entry else _site_root(url),
            feed_url=entry.feed_url if entry else "",
        )
        yield from self._admit(candidate, item.url)
        self.state.save_validators(item.url, response.etag, response.last_modified)
        self.state.clear_failure(item.url)

    @staticmethod
    def _feed_text(entry: FeedEntry) -> str:
        return fragment_text(entry.content_html) or fragment_text(entry.summary)

    def _entry_candidate(self, entry: FeedEntry, *, degraded: bool) -> _Candidate:
        """An article from the feed entry's own text; an entry without a link is known by its guid."""
        text = self._feed_text(entry)
        key = (
            canonical_url(entry.url) if entry.url else f"{entry.feed_url}#{entry.guid or content_hash(text)}"
        )
        return _Candidate(
            key=key,
            url=key,
            title=entry.title,
            text=text,
            published=entry.published,
            author=entry.author,
            source=entry.feed_title or urlsplit(entry.feed_url).hostname or "",
            source_url=entry.feed_url,
            feed_url=entry.feed_url,
            degraded=degraded,
        )

    def _degraded(self, item: RemoteItem, reason: str) -> Iterator[CollectResult]:
        assert item.entry is not None
        candidate = self._entry_candidate(item.entry, degraded=True)
        self.state.record_failure(
            item.url, "page", f"{reason}; used the feed's text", {"entry": to_dict(item.entry)}
        )
        log.warning("degraded: %s: %s; using the feed's text", item.url, reason)
        yield from self._admit(candidate, item.url)

    # -- local files -----------------------------------------------------------------------

    def _local_page(self, path: Path) -> Iterator[CollectResult]:
        page = page_article(path.read_bytes())
        yield from self._local(page, str(path), path.parent, name=path.stem, url=self.mirror.url_of(path))

    def _local_text(self, path: Path) -> Iterator[CollectResult]:
        """A .txt/.md article, with its front matter (see :mod:`newsgraph.ingest.collect.articles`)."""
        yield from self._local(text_article(path.read_bytes()), str(path), path.parent, name=path.stem)

    def _jsonl(self, record: JsonlRecord) -> Iterator[CollectResult]:
        article = record_article(record.data)
        key = f"{record.path.resolve().as_uri()}#{record.data.get('id') or content_hash(article.text)}"
        yield from self._local(article, record.where, record.path, key=key)

    def _local(
        self,
        article: ArticleFields,
        where: str,
        origin: Path,
        *,
        name: str = "",
        url: str | None = None,
        key: str = "",
    ) -> Iterator[CollectResult]:
        """An article read from a local file: known by its URL when it has one, else by ``key`` or the file.

        ``url`` (a saved site's) wins over the one the file states. ``name`` stands in for a missing
        title; ``origin`` (the file's folder, or the JSONL file) for a missing source;
        ``--published`` for a missing date.
        """
        url = url or article.url
        url = canonical_url(url) if _is_http(url) else ""
        key = url or key or Path(where).resolve().as_uri()
        candidate = _Candidate(
            key=key,
            url=key,
            title=article.title or name,
            text=article.text,
            published=article.published or self.published,
            author=article.author,
            source=article.source
            or urlsplit(url).hostname
            or (origin.stem if origin.is_file() else origin.name),
            source_url=article.source_url or _site_root(url) or origin.resolve().as_uri(),
        )
        yield from self._admit(candidate, where)
        self.state.clear_failure(where)

    # -- deduplication ---------------------------------------------------------------------

    def _admit(self, candidate: _Candidate, where: str) -> Iterator[CollectResult]:
        """Decide new / changed / unchanged / duplicate and record the outcome in the state."""
        if candidate.key in self.admitted:  # reached twice in one run (a feed entry and its saved page)
            self.stats.count("repeated")
            return
        self.admitted.add(candidate.key)
        digest, fingerprint = content_hash(candidate.text), simhash(candidate.text)
        known = self.state.article_for_url(candidate.key)
        if known and known.url != candidate.key:
            yield from self._known_copy(known, candidate.key, where)
            return
        if known:
            unchanged = known.ingested and (
                known.ingested_hash == digest or (candidate.degraded and not known.degraded)
            )
            if unchanged:
                self.stats.count("unchanged")
                return
            article = self._article(known.id, candidate, digest, fingerprint, known.urls)
            self.state.record_article(article, feed_url=candidate.feed_url, degraded=candidate.degraded)
            self.stats.count("updated")
            self.stats.degraded += candidate.degraded
            yield CollectResult("article", where, article, is_new=False, degraded=candidate.degraded)
            return
        original = self.state.article_with_hash(digest)
        original_id = original.id if original else self.index.find(fingerprint)
        if original_id:
            self.state.add_url(original_id, candidate.key)
            self.stats.count("duplicate")
            log.info("duplicate: %s is a copy of %s", where, original_id)
            yield CollectResult("duplicate", where, duplicate_of=original_id, url=candidate.key)
            return
        article = self._article(stable_id(candidate.key, prefix="art-"), candidate, digest, fingerprint, ())
        self.state.record_article(article, feed_url=candidate.feed_url, degraded=candidate.degraded)
        self.index.add(article.id, fingerprint)
        self.stats.count("new")
        self.stats.degraded += candidate.degraded
        yield CollectResult("article", where, article, is_new=True, degraded=candidate.degraded)

    def _known_copy(self, known: KnownArticle, url: str, where: str) -> Iterator[CollectResult]:
        """A URL recorded as a copy of another story: its text must never replace the story's.

        It is announced as a duplicate again, so its URL reaches the article in the graph even when
        an earlier run died before writing it (adding a URL already there changes nothing).
        """
        self.stats.count("unchanged" if known.ingested else "duplicate")
        yield CollectResult("duplicate", where, duplicate_of=known.id, url=url)

    @staticmethod
    def _article(
        article_id: str, c: _Candidate, digest: str, fingerprint: int, urls: tuple[str, ...]
    ) -> Article:
        all_urls = list(dict.fromkeys([c.url, *urls]))
        return Article(
            id=article_id,
            url=c.url,
            title=c.title,
            text=c.text,
            published=c.published,
            author=c.author,
            source=c.source,
            source_url=c.source_url,
            urls=all_urls,
            content_hash=digest,
            simhash=fingerprint,
        )


class CollectRun:
    """The results of one :func:`collect` call, iterated once; ``stats`` fills in as it goes."""

    def __init__(self, inputs: Inputs, collector: _Collector) -> None:
        self.stats = collector.stats
        self._results = collector.run(inputs)

    def __iter__(self) -> Iterator[CollectResult]:
        return self._results


def collect(
    inputs: Inputs, state: State, fetcher: Fetcher, *, progress: Progress | None = None
) -> CollectRun:
    """Articles needing NLP, duplicates and failures for ``inputs``; counts in ``.stats``.

    Confirm each article written to the graph with ``state.mark_ingested(article.id)``: until
    then a re-run yields it again. Unchanged articles are counted, not yielded. ``progress`` is
    called with the URL or path about to be processed and the counts so far.
    """
    collector = _Collector(
        state, fetcher, CollectStats(), progress, SiteMirror(inputs.items), inputs.published
    )
    return CollectRun(inputs, collector)
