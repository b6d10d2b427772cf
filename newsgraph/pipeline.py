"""The ingest job: collect articles -> extract facts -> write them to the graph.

The order of bookkeeping is what makes runs resumable: an article is marked
ingested in the state file only *after* its facts are in the graph. A run that
is killed at any point re-does the unfinished articles on the next run, and the
writer's MERGEs make re-doing harmless. When the graph is unreachable, facts go
to a spool in the state file and are written when the graph is back — later in
the same run or at the start of the next.

Journalists' corrections (:mod:`newsgraph.review`) apply to every write, and the raw facts of each
written article are kept in the state, so a correction made later rebuilds the graph around it
without running the NLP again; ``reextract`` runs the NLP again on every stored article.
"""

from __future__ import annotations

import json
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from newsgraph.graph.admin import articles_held
from newsgraph.graph.connection import Graph
from newsgraph.graph.server import ServerError
from newsgraph.graph.writer import GRAPH_DOWN, GraphWriter, WriteReport
from newsgraph.ingest.collect.collector import OUTCOMES, CollectRun, CollectStats, collect
from newsgraph.ingest.collect.fetch import Fetcher, FetchSettings
from newsgraph.ingest.collect.sources import Inputs
from newsgraph.ingest.collect.state import SpoolItem, State
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.records import Article, Extraction, dump_facts, load_facts
from newsgraph.review import Corrector, Reviewer, state_path

log = logging.getLogger(__name__)

#: Seconds to wait between attempts to reach a graph that went away (growing, then the last one).
RECONNECT_DELAYS = (1.0, 2.0, 4.0, 8.0)
#: Seconds the driver may retry one write before the batch is spooled; its default (30 s) would
#: stall the run for half a minute per batch while the graph is away.
WRITE_RETRY_S = 2.0
#: The spool's article id for a payload of alternate URLs rather than an article's facts.
URLS_PAYLOAD = "urls"

Progress = Callable[[str, int], None]
#: Opens the graph anew, e.g. ``lambda: open_graph(home, start=False)``.
Connect = Callable[[], Graph]


@dataclass
class IngestOptions:
    """How to run one ingest."""

    home: Path | None = None
    batch_size: int = 16
    #: Extraction processes; more than one pays a few seconds of start-up to use every core.
    workers: int = 1
    allow_private: bool = False
    retry_failed: bool = True
    #: Run the NLP again on every article already written (from its stored text), with the corrections.
    reextract: bool = False
    #: Publication date of local files (text, pages, JSONL records) that carry none of their own.
    published: datetime | None = None
    reconnect_delays: tuple[float, ...] = RECONNECT_DELAYS
    write_retry_time: float = WRITE_RETRY_S


@dataclass
class IngestSummary:
    """What happened to every item of a run, for the closing summary (:meth:`rows` explains each count).

    Items are counted once each: ``seen`` = new + updated + duplicate + unchanged + repeated +
    failed (see :class:`newsgraph.ingest.collect.collector.CollectStats`). The new and updated
    articles then go to the graph: ``written``, still ``spooled`` when the run ended (written by
    the next run), or ``not_written`` (extraction or the write failed; retried next run).
    ``recovered`` counts the spooled articles written once the graph answered again.
    """

    seen: int = 0
    reextracted: int = 0
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    unchanged: int = 0
    repeated: int = 0
    failed: int = 0
    written: int = 0
    spooled: int = 0
    not_written: int = 0
    recovered: int = 0
    feeds: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    entities: int = 0
    events: int = 0
    graph_outage: bool = False
    warnings: list[str] = field(default_factory=list)

    def rows(self) -> list[tuple[str, int, str]]:
        """(name, count, what it means) for the summary table; the indented rows add up to the row above."""
        return [
            *((("extracted again", self.reextracted, "articles already written, run through the NLP "
                "again with the corrections"),) if self.reextracted else ()),
            ("items seen", self.seen, "articles, pages, feed entries and JSONL lines read: the six below"),
            ("  new", self.new, "articles not seen before"),
            ("  changed", self.updated, "known articles whose text changed (extracted again)"),
            ("  duplicate", self.duplicate, "copies of a known story: their URL is added to it"),
            ("  unchanged", self.unchanged, "already in the graph as they are"),
            ("  repeated", self.repeated, "reached twice in this run (e.g. a feed entry and its saved page)"),
            ("  failed", self.failed, "could not be read: `newsgraph ingest --failed` says why"),
            ("written", self.written, "articles whose facts went into the graph"
             + (f" ({self.recovered} spooled earlier)" if self.recovered else "")),
            ("spooled", self.spooled, "facts waiting for the graph: the next run writes them"),
            ("not written", self.not_written, "extraction or the write failed; retried next run"),
            ("feeds", self.feeds, f"feeds read: {self.feeds_unchanged} unchanged since the last run, "
             f"{self.feeds_failed} failed"),
            ("entities", self.entities, "entities found in the extracted articles"),
            ("events", self.events, "events found in the extracted articles"),
        ]  # fmt: skip

    def graph_notice(self) -> str | None:
        """One sentence on the graph's availability for the user, or None when nothing happened."""
        if self.spooled:
            return (
                f"the graph was unreachable: {self.spooled} articles are kept in the spool of the state "
                "file and will be written by the next run"
            )
        if self.graph_outage:
            return (
                "the graph was unreachable for a while: "
                f"{self.recovered} spooled articles were written when it came back; nothing was lost"
            )
        if self.recovered:
            return f"{self.recovered} articles spooled by an earlier run were written to the graph"
        return None


def run_ingest(
    inputs: list[str],
    graph: Graph,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    connect: Connect | None = None,
) -> IngestSummary:
    """Ingest ``inputs`` (feeds, URLs, files, folders) into ``graph``; see the module docstring.

    ``connect`` reopens the graph after an outage; without it the same driver is retried, which
    finds a server that comes back on the same address only.
    """
    options = options or IngestOptions()
    summary = IngestSummary()
    settings = FetchSettings(allow_private=True) if options.allow_private else FetchSettings()
    with (
        State(state_path(options.home)) as state,
        Fetcher(settings) as fetcher,
        closing(_Sink(graph, connect, state, summary, options)) as sink,
    ):
        _reconcile(graph, state, summary)
        sink.flush_spool()
        _finish_rebuild(graph, state)
        if options.reextract:
            summary.reextracted = _reextract(graph, state, options)
        run = collect(
            Inputs(inputs, retry_failed=options.retry_failed, published=options.published), state, fetcher
        )
        _extract_and_write(_articles(run, sink, progress), options, sink, state, summary)
        sink.wait_and_flush()
        summary.spooled = sink.pending()
        _count_collected(run.stats, summary)
    return summary


def _reconcile(graph: Graph, state: State, summary: IngestSummary) -> None:
    """If the graph lacks articles the state says it holds (emptied, or another database), write them again."""
    believed = state.ingested_ids()
    if not believed:
        return
    try:
        present = articles_held(graph, sorted(believed))
    except GRAPH_DOWN:
        return  # the run spools; the check happens again next time
    if present < len(believed):
        missing = len(believed) - present
        summary.warnings.append(
            f"the graph lacks {missing} articles this home had written; ingesting them again"
        )
        state.forget_ingested()


def _finish_rebuild(graph: Graph, state: State) -> None:
    """Finish the rebuild of a correction that an earlier command left half-done."""
    try:
        Reviewer(graph, state).recover()
    except GRAPH_DOWN:
        return  # the run spools; the rebuild waits for the next command


def _reextract(graph: Graph, state: State, options: IngestOptions) -> int:
    """Extract every stored article again and write it with the corrections; returns how many."""
    extractor = Extractor()

    def extract(articles: list[Article]) -> list[Extraction]:
        return list(extractor.extract_many(iter(articles), batch_size=options.batch_size, n_process=1))

    return Reviewer(graph, state).reextract(extract).articles


def _count_collected(stats: CollectStats, summary: IngestSummary) -> None:
    for name in ("seen", *OUTCOMES, "feeds", "feeds_unchanged", "feeds_failed"):
        setattr(summary, name, getattr(stats, name))
    summary.warnings += stats.warnings


def _articles(run: CollectRun, sink: _Sink, progress: Progress | None) -> Iterator[Article]:
    """The collected articles that need NLP; duplicates only add their URL to the article they copy."""
    for result in run:
        if progress:
            progress(result.label, 1)
        if result.article is not None:
            yield result.article
        elif result.kind == "duplicate" and result.duplicate_of:
            sink.add_urls([(result.duplicate_of, result.url)])


def _extract_and_write(
    articles: Iterator[Article], options: IngestOptions, sink: _Sink, state: State, summary: IngestSummary
) -> None:
    """One extraction stream for the whole run (a worker pool lives as long as the run), written in batches.

    The extractor isolates a failing chunk itself; if the stream as a whole breaks, the articles in
    flight are recorded as failed (retried next run) and the articles not yet read stay un-ingested
    in the state, so the next run does them.
    """
    pending: deque[Article] = deque()

    def fed() -> Iterator[Article]:
        for article in articles:
            pending.append(article)
            yield article

    batch: list[tuple[Article, Extraction]] = []
    extractor = Extractor()
    try:
        for extraction in extractor.extract_many(
            fed(), batch_size=options.batch_size, n_process=options.workers
        ):
            article = pending.popleft()
            summary.entities += len(extraction.entities)
            summary.events += len(extraction.events)
            batch.append((article, extraction))
            if len(batch) >= options.batch_size:
                sink.take(batch)
                batch = []
    except Exception as exc:
        log.error("extraction stopped: %s; unfinished articles are retried on the next run", exc)
        for article in pending:
            state.record_failure(article.url, "extract", f"{type(exc).__name__}: {exc}")
            summary.not_written += 1
    sink.take(batch)


class _Sink:
    """Writes extracted facts to the graph, or to the spool while the graph is unreachable.

    While the graph is away, batches go straight to the spool and extraction goes on. After each
    delay of ``reconnect_delays`` (growing, then staying at the last one) the sink reconnects
    through ``connect`` (a restarted embedded server listens on new ports, so the old driver would
    never find it) and, if the graph answers, writes the spool before anything new.
    """

    def __init__(
        self,
        graph: Graph,
        connect: Connect | None,
        state: State,
        summary: IngestSummary,
        options: IngestOptions,
    ) -> None:
        self.graph = replace(graph, write_retry_time=options.write_retry_time)
        self.connect = connect
        self.opened: Graph | None = None
        self.state = state
        self.summary = summary
        self.options = options
        self.down_since: float | None = None
        self.attempts = 0
        self.corrector = Corrector(state)

    def close(self) -> None:
        """Close the connection this run opened itself (the caller's graph stays open)."""
        if self.opened is not None:
            self.opened.close()

    def take(self, pairs: list[tuple[Article, Extraction]]) -> None:
        """Write a batch, or spool it while the graph is away (the spool goes first once it is back)."""
        if not pairs:
            return
        if self.down_since is not None and not (self._retry_due() and self._back()):
            self._spool_facts(pairs)
            return
        try:
            report = self.corrector.write(GraphWriter(self.graph), pairs)
        except GRAPH_DOWN as exc:
            self._went_down(exc)
            self._spool_facts(pairs)
            return
        self._record(report, pairs)

    def add_urls(self, pairs: list[tuple[str, str]]) -> None:
        """Alternate URLs of known stories go through the spool, so a run that dies before writing them keeps them."""
        if pairs:
            self.state.spool(URLS_PAYLOAD, json.dumps({URLS_PAYLOAD: pairs}, ensure_ascii=False))

    def flush_spool(self) -> bool:
        """Write everything spooled (by this run or an earlier one); False while the graph is still away."""
        items = self.state.spooled()
        if items:
            facts, urls = _unpack(items)
            writer = GraphWriter(self.graph)
            try:
                report = self.corrector.write(writer, facts)
                if urls:
                    writer.add_urls(urls)
            except GRAPH_DOWN as exc:
                self._went_down(exc)
                return False
            self.state.unspool([item.id for item in items])
            self.summary.recovered += len(report.written)
            self._record(report, facts)
        self.down_since, self.attempts = None, 0
        return True

    def wait_and_flush(self) -> None:
        """At the end of a run: wait for the graph (growing delays) before leaving the spool to the next run."""
        for delay in (0.0, *self.options.reconnect_delays):
            if delay:
                log.warning("graph unreachable; retrying in %.0fs (%d items spooled)", delay, self.pending())
                time.sleep(delay)
            if self._back():
                return

    def pending(self) -> int:
        """Articles waiting in the spool."""
        return sum(1 for item in self.state.spooled() if item.article_id != URLS_PAYLOAD)

    def _back(self) -> bool:
        """Whether the graph is back: reconnected, and the spool written."""
        return self._reconnect() and self.flush_spool()

    def _reconnect(self) -> bool:
        """A fresh connection from ``connect`` after an outage; False when connecting fails (still away)."""
        if self.connect is None or self.down_since is None:
            return True
        try:
            fresh = self.connect()
        except (ServerError, *GRAPH_DOWN) as exc:
            log.info("graph still unreachable: %s", exc)
            self._went_down(exc)
            return False
        self.close()
        self.opened = fresh
        self.graph = replace(fresh, write_retry_time=self.options.write_retry_time)
        return True

    def _retry_due(self) -> bool:
        delays = self.options.reconnect_delays or (0.0,)
        wait = delays[min(self.attempts, len(delays)) - 1]
        return self.down_since is None or time.monotonic() - self.down_since >= wait

    def _went_down(self, exc: BaseException) -> None:
        if not self.summary.graph_outage:
            log.warning("the graph became unreachable (%s); facts are spooled to the state file", exc)
        self.summary.graph_outage = True
        self.down_since = time.monotonic()
        self.attempts += 1

    def _spool_facts(self, pairs: Iterable[tuple[Article, Extraction]]) -> None:
        for article, extraction in pairs:  # their text is storable (the collector saw to that)
            self.state.spool(article.id, dump_facts(article, extraction))

    def _record(self, report: WriteReport, pairs: list[tuple[Article, Extraction]]) -> None:
        urls = {article.id: article.url for article, _ in pairs}
        for article_id in report.written:
            self.state.mark_ingested(article_id)
        for article_id, reason in report.failed:
            self.state.record_failure(urls.get(article_id, article_id), "write", reason)
        self.summary.written += len(report.written)
        self.summary.not_written += len(report.failed)


def _unpack(items: list[SpoolItem]) -> tuple[list[tuple[Article, Extraction]], list[tuple[str, str]]]:
    """Spooled payloads as (article, facts) pairs and (article id, alternate URL) pairs."""
    facts: list[tuple[Article, Extraction]] = []
    urls: list[tuple[str, str]] = []
    for item in items:
        if item.article_id == URLS_PAYLOAD:
            urls += [(article_id, url) for article_id, url in json.loads(item.payload)[URLS_PAYLOAD]]
        else:
            facts.append(load_facts(item.payload))
    return facts, urls
