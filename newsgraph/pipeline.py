"""The ingest job: collect articles -> extract facts -> write them to the graph.

The order of bookkeeping is what makes runs resumable: an article is marked
ingested in the state file only *after* its facts are in the graph. A run that
is killed at any point re-does the unfinished articles on the next run, and the
writer's MERGEs make re-doing harmless. When the graph is unreachable, facts go
to a spool in the state file and are written when the graph is back — later in
the same run or at the start of the next.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph.config import home_dir
from graph.connection import Graph
from graph.writer import GRAPH_DOWN, GraphWriter, WriteReport
from ingest.collect import CollectStats, collect
from ingest.extract import Extractor
from ingest.fetch import Fetcher, FetchSettings
from ingest.records import Article, Extraction, dump_facts, load_facts
from ingest.sources import Inputs
from ingest.state import State

log = logging.getLogger(__name__)

#: Seconds to wait between attempts to reach a graph that went away (doubling).
RECONNECT_DELAYS = (1.0, 2.0, 4.0, 8.0)

Progress = Callable[[str, int], None]


@dataclass
class IngestOptions:
    """How to run one ingest."""

    home: Path | None = None
    batch_size: int = 16
    allow_private: bool = False
    retry_failed: bool = True
    reconnect_delays: tuple[float, ...] = RECONNECT_DELAYS


@dataclass
class IngestSummary:
    """What happened to every item of a run, for the closing summary."""

    seen: int = 0
    new: int = 0
    duplicate: int = 0
    unchanged: int = 0
    failed: int = 0
    written: int = 0
    spooled: int = 0
    entities: int = 0
    events: int = 0
    graph_outage: bool = False
    warnings: list[str] = field(default_factory=list)


def state_path(home: Path | None) -> Path:
    return home_dir(home) / "state.sqlite"


def run_ingest(
    inputs: list[str],
    graph: Graph,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest ``inputs`` (feeds, URLs, files, folders) into ``graph``; see the module docstring."""
    options = options or IngestOptions()
    summary = IngestSummary()
    settings = FetchSettings(allow_private=True) if options.allow_private else FetchSettings()
    with State(state_path(options.home)) as state, Fetcher(settings) as fetcher:
        sink = _Sink(graph, state, summary, options)
        sink.flush_spool()
        extractor = Extractor()
        batch: list[Article] = []
        run = collect(Inputs(inputs, retry_failed=options.retry_failed), state, fetcher)
        for result in run:
            if progress:
                progress(result.label, 1)
            if result.article is not None:
                batch.append(result.article)
            elif result.kind == "duplicate" and result.duplicate_of:
                sink.alternate_urls.append((result.duplicate_of, result.where))
            if len(batch) >= options.batch_size:
                sink.take(_extract(extractor, batch, state, summary))
                batch = []
        if batch:
            sink.take(_extract(extractor, batch, state, summary))
        sink.flush_spool(final=True)
        sink.write_alternate_urls()
        _count_collected(run.stats, summary)
    return summary


def _count_collected(stats: CollectStats, summary: IngestSummary) -> None:
    for name in ("seen", "new", "duplicate", "unchanged"):
        setattr(summary, name, getattr(stats, name))
    summary.failed += stats.failed
    summary.warnings += stats.warnings


def _extract(
    extractor: Extractor, articles: list[Article], state: State, summary: IngestSummary
) -> list[tuple[Article, Extraction]]:
    """Facts for a batch (one nlp.pipe pass); if the batch fails, article by article, so only the bad one fails."""
    try:
        extractions = list(extractor.extract_many(articles, batch_size=len(articles)))
        pairs = list(zip(articles, extractions, strict=True))
    except Exception:
        pairs = [pair for article in articles if (pair := _extract_one(extractor, article, state, summary))]
    for _, extraction in pairs:
        summary.entities += len(extraction.entities)
        summary.events += len(extraction.events)
    return pairs


def _extract_one(
    extractor: Extractor, article: Article, state: State, summary: IngestSummary
) -> tuple[Article, Extraction] | None:
    try:
        return article, next(extractor.extract_many([article]))
    except Exception as exc:  # one bad article must not end the run
        state.record_failure(article.url, "extract", f"{type(exc).__name__}: {exc}")
        summary.failed += 1
        return None


class _Sink:
    """Writes extracted facts to the graph, or to the spool while the graph is unreachable."""

    def __init__(self, graph: Graph, state: State, summary: IngestSummary, options: IngestOptions) -> None:
        self.writer = GraphWriter(graph)
        self.state = state
        self.summary = summary
        self.options = options
        self.down_since: float | None = None
        self.alternate_urls: list[tuple[str, str]] = []

    def take(self, pairs: list[tuple[Article, Extraction]]) -> None:
        if not pairs:
            return
        if self.down_since is not None and not self._retry_due():
            self._spool(pairs)
            return
        try:
            report = self.writer.write(pairs)
        except GRAPH_DOWN as exc:
            self._went_down(exc)
            self._spool(pairs)
            return
        self.down_since = None
        self._record(report, pairs)

    def flush_spool(self, *, final: bool = False) -> None:
        """Write what earlier batches (or runs) spooled; at the end of a run, wait for the graph a while."""
        delays = self.options.reconnect_delays if final else ()
        for delay in (0.0, *delays):
            items = self.state.spooled()
            if not items:
                return
            if delay:
                log.warning("graph unreachable; retrying in %.0fs (%d articles spooled)", delay, len(items))
                time.sleep(delay)
            try:
                pairs = [load_facts(item.payload) for item in items]
                report = self.writer.write(pairs)
            except GRAPH_DOWN as exc:
                self._went_down(exc)
                continue
            self.state.unspool([item.id for item in items])
            self.summary.spooled = max(0, self.summary.spooled - len(items))
            self._record(report, pairs)
            return

    def write_alternate_urls(self) -> None:
        """Syndicated copies: their URLs join the article they duplicate (the state has them if the graph is down)."""
        if not self.alternate_urls:
            return
        try:
            self.writer.add_urls(self.alternate_urls)
        except GRAPH_DOWN as exc:
            self._went_down(exc)

    def _retry_due(self) -> bool:
        return (
            self.down_since is None or time.monotonic() - self.down_since >= self.options.reconnect_delays[0]
        )

    def _went_down(self, exc: BaseException) -> None:
        if not self.summary.graph_outage:
            log.warning("the graph became unreachable (%s); facts are spooled to the state file", exc)
        self.summary.graph_outage = True
        self.down_since = time.monotonic()

    def _spool(self, pairs: Iterable[tuple[Article, Extraction]]) -> None:
        for article, extraction in pairs:
            self.state.spool(article.id, dump_facts(article, extraction))
            self.summary.spooled += 1

    def _record(self, report: WriteReport, pairs: list[tuple[Article, Extraction]]) -> None:
        urls = {article.id: article.url for article, _ in pairs}
        for article_id in report.written:
            self.state.mark_ingested(article_id)
        for article_id, reason in report.failed:
            self.state.record_failure(urls.get(article_id, article_id), "write", reason)
        self.summary.written += len(report.written)
        self.summary.failed += len(report.failed)
