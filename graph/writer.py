"""Write articles and their extracted facts to the graph, idempotently.

A batch of articles becomes one managed transaction holding one
``UNWIND $rows AS row MERGE ...`` statement per kind of row. Everything is
MERGEd on stable ids, and every value that several reports can disagree on
follows the *latest* report (by publication date, then article id), compared
inside Cypher, so the result does not depend on the order articles arrive in
or on how often they are written. Counts (mentions, sources) are recounted
from relationships, never incremented.

Speed (bench/writes.py): the server's cost is per row, so a batch sends each
row once -- rows that repeat within a batch (the same source, a company named
by many articles, a relationship reported twice) are folded in Python exactly
as the server would have applied them one after the other -- and an article
that is not in the graph yet gets its node and its own relationships (FROM,
MENTIONS, REPORTED_IN) by CREATE: nothing can be attached to a node that did
not exist, so there is nothing to MERGE against. An entity's row carries its
mentions, so one statement finds the node once to update it, link it to the
articles naming it and recount them, instead of once per mention and again to
recount.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Any
from urllib.parse import urlsplit

from neo4j import ManagedTransaction
from neo4j.exceptions import ServiceUnavailable, SessionExpired
from newsgraph.graph.connection import Graph, chunks
from newsgraph.graph.schema import DIRECT_RELATIONSHIPS, EVENT_LABELS, label
from newsgraph.ingest.records import Article, Event, Extraction, Reviewed, stable_id

log = logging.getLogger(__name__)

ROWS_PER_STATEMENT = 1000
#: Articles per transaction: larger batches fold more repeated rows, send fewer statements and commit
#: less often (500 instead of 200: 11% less CPU per relationship in bench/writes.py).
BATCH_ARTICLES = 500
#: Errors that mean the server is unreachable, not that the data is bad.
GRAPH_DOWN = (ServiceUnavailable, SessionExpired, ConnectionError)

#: A report replaces stored values only when it is at least as recent (rank = date|article id).
IF_LATEST = "FOREACH (_ IN CASE WHEN {v}.rank IS NULL OR row.rank >= {v}.rank THEN [1] ELSE [] END | SET {v} += row.props, {v}.rank = row.rank)"
#: An event's date follows its *earliest* report that gives one: a later report retells it, often more
#: vaguely (本月初, 去年), and the first is the one nearest the event and the week it was news in.
_EARLIER_DATE = "row.date IS NOT NULL AND ({v}.date_rank IS NULL OR row.date_rank < {v}.date_rank)"
EARLIEST_DATE = (
    f"SET {{v}}.date = CASE WHEN {_EARLIER_DATE} THEN row.date ELSE {{v}}.date END,"
    f" {{v}}.date_rank = CASE WHEN {_EARLIER_DATE} THEN row.date_rank ELSE {{v}}.date_rank END"
)
EARLIEST = (
    "CASE WHEN row.{p} IS NOT NULL AND ({v}.{q} IS NULL OR row.{p} < {v}.{q}) THEN row.{p} ELSE {v}.{q} END"
)
LATEST = (
    "CASE WHEN row.{p} IS NOT NULL AND ({v}.{q} IS NULL OR row.{p} > {v}.{q}) THEN row.{p} ELSE {v}.{q} END"
)
#: A list property and the row's list, as one sorted list without repeats, whatever order rows come in:
#: each new value goes in at its sorted place (the stored list is kept sorted).
UNION = (
    "reduce(acc = coalesce({v}.{p}, []), x IN row.{p} | CASE WHEN x IN acc THEN acc"
    " ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END)"
)

SOURCES = """
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.name = row.name, s.url = row.url, s.kind = row.kind
"""

#: ``{link}`` is MERGE, or CREATE for articles not in the graph yet (see the module docstring).
ARTICLES = f"""
UNWIND $rows AS row
{{link}} (a:Article {{{{id: row.id}}}})
SET a += row.props, a.urls = {UNION.format(v="a", p="urls")}
WITH a, row
MATCH (s:Source {{{{id: row.source}}}})
{{link}} (a)-[:FROM]->(s)
"""

EXISTING_ARTICLES = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
"""

ADD_URLS = f"""
UNWIND $rows AS row
MATCH (a:Article {{id: row.id}})
SET a.urls = {UNION.format(v="a", p="urls")}
"""

#: An entity, then its mentions by the batch's articles (CREATEd from an article new to the graph,
#: see the module docstring), then its count of mentions: one statement finds the node once for all three.
ENTITIES = f"""
UNWIND $rows AS row
MERGE (e:{{label}} {{{{id: row.id}}}})
SET e.aliases = {UNION.format(v="e", p="aliases")},
    e.known = row.known,
    e.confirmed = CASE WHEN row.confirmed THEN true END,
    e.name_en = coalesce(row.name_en, e.name_en),
    e.tickers = {UNION.format(v="e", p="tickers")},
    e.parent = coalesce(row.parent, e.parent),
    e.first_seen = {EARLIEST.format(v="e", p="first", q="first_seen")},
    e.last_seen = {LATEST.format(v="e", p="last", q="last_seen")}
FOREACH (_ IN CASE WHEN e.name_rank IS NULL OR row.name_rank >= e.name_rank THEN [1] ELSE [] END |
    SET e.name = row.name, e.name_rank = row.name_rank)
WITH e, row
UNWIND row.mentions AS m
MATCH (a:Article {{{{id: m.article}}}})
FOREACH (_ IN CASE WHEN m.new THEN [1] ELSE [] END |
    CREATE (a)-[:MENTIONS {{{{count: m.count, first: m.first}}}}]->(e))
FOREACH (_ IN CASE WHEN m.new THEN [] ELSE [1] END |
    MERGE (a)-[r:MENTIONS]->(e) SET r.count = m.count, r.first = m.first)
WITH DISTINCT e
SET e.mentions = COUNT {{{{ (e)<-[:MENTIONS]-() }}}}
"""

ROLES = f"""
UNWIND $rows AS row
MATCH (p:Person {{{{id: row.person}}}})
MATCH (o:{{label}} {{{{id: row.org}}}})
MERGE (p)-[r:HOLDS_ROLE {{{{title: row.title}}}}]->(o)
{IF_LATEST.format(v="r")}
"""

EVENTS = f"""
UNWIND $rows AS row
MERGE (e:{{label}} {{{{id: row.id}}}})
SET e.type = row.type,
    e.confidence = CASE WHEN e.confidence IS NULL OR row.confidence > e.confidence
                   THEN row.confidence ELSE e.confidence END,
    e.first_reported = {EARLIEST.format(v="e", p="published", q="first_reported")}
{EARLIEST_DATE.format(v="e")}
{IF_LATEST.format(v="e")}
WITH e, row
MATCH (a:Article {{{{id: row.article}}}})
{{link}} (e)-[r:REPORTED_IN]->(a)
SET r += row.report
"""

INVOLVES = """
UNWIND $rows AS row
MATCH (e:{event_label} {{id: row.event}})
MATCH (x:{label} {{id: row.entity}})
MERGE (e)-[:INVOLVES {{role: row.role}}]->(x)
"""

DIRECT = f"""
UNWIND $rows AS row
MATCH (a:{{src}} {{{{id: row.src}}}})
MATCH (b:{{dst}} {{{{id: row.dst}}}})
MERGE (a)-[r:{{rel}} {{{{event: row.event}}}}]->(b)
{EARLIEST_DATE.format(v="r")}
{IF_LATEST.format(v="r")}
"""

#: An event's reporting articles and its sides (the review queue's "missing side" reads ``sides``
#: instead of counting INVOLVES of every event on each view).
RECOUNT_EVENTS = """
UNWIND $ids AS id
MATCH (e:{label} {{id: id}})
SET e.sources = COUNT {{ (e)-[:REPORTED_IN]->() }}, e.sides = COUNT {{ (e)-[:INVOLVES]->() }}
"""


@dataclass
class WriteReport:
    """What a write did: articles written, and the ones that failed with their error."""

    written: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


Row = dict[str, Any]
#: Folds a row into an earlier one of the same key: one row that does what both would, in order.
Fold = Callable[[Row, Row], Row]


def _last(_: Row, new: Row) -> Row:
    """Plain SETs: the later row wins."""
    return new


def _latest(old: Row, new: Row) -> Row:
    """IF_LATEST: the row of the highest rank wins, the later one among equals (``row.rank >= stored``)."""
    return new if new["rank"] >= old["rank"] else old


def _latest_with_earliest_date(old: Row, new: Row) -> Row:
    """:func:`_latest`, but the date of the earliest row that gives one (``EARLIEST_DATE``)."""
    dated = [r for r in (old, new) if r["date"] is not None]
    first = min(dated, key=lambda r: r["date_rank"], default=new)
    return {**_latest(old, new), "date": first["date"], "date_rank": first["date_rank"]}


class Stage(IntEnum):
    """The order of a transaction's statements: each MATCHes nodes that an earlier stage wrote.

    Without it a batch runs statements in the order their first rows came, and a batch that starts
    with an article already in the graph would link a later article's new event before creating it.
    """

    SOURCES = 0
    ARTICLES = 1
    ENTITIES = 2  # with their mentions: MATCH the articles
    EVENTS = 3  # with their reports: MATCH the articles
    LINKS = 4  # roles, involvements, direct relationships: MATCH entities and events


@dataclass
class _Batch:
    """The rows of one transaction, grouped by the statement (and labels) they go to.

    ``new_articles`` are the batch's articles not yet in the graph; each is claimed by its first
    occurrence in the batch, which creates it.
    """

    new_articles: set[str] = field(default_factory=set)
    statements: dict[str, dict[Hashable, Row]] = field(default_factory=lambda: defaultdict(dict))
    stages: dict[str, Stage] = field(default_factory=dict)
    recounts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(
        self, stage: Stage, statement: str, row: Row, key: Hashable | None = None, fold: Fold = _last
    ) -> None:
        """Add ``row``; one with the ``key`` of an earlier row of the statement is folded into it."""
        self.stages[statement] = stage
        rows = self.statements[statement]
        if key is None:
            key = ("row", len(rows))
        rows[key] = fold(rows[key], row) if key in rows else row

    def ordered(self) -> list[tuple[str, list[Row]]]:
        """Each statement with its rows, stage by stage (in the order of their first rows within one)."""
        order = sorted(self.statements, key=self.stages.__getitem__)
        return [(statement, list(self.statements[statement].values())) for statement in order]

    def link(self, article_id: str) -> str:
        """CREATE for the first occurrence of a new article, else MERGE."""
        if article_id in self.new_articles:
            self.new_articles.discard(article_id)
            return "CREATE"
        return "MERGE"


class GraphWriter:
    """Writes (article, extraction) pairs; see the module docstring for the guarantees."""

    def __init__(self, graph: Graph, batch_size: int = BATCH_ARTICLES) -> None:
        self.graph = graph
        self.batch_size = batch_size

    def write(self, items: Sequence[tuple[Article, Extraction]]) -> WriteReport:
        """Write all items; a failing batch is retried article by article so one bad article fails alone."""
        report = WriteReport()
        for batch in chunks(list(items), self.batch_size):
            try:
                self._write_batch(batch)
                report.written += [article.id for article, _ in batch]
            except GRAPH_DOWN:
                raise  # no article is at fault: the caller spools and retries
            except Exception as exc:  # isolate the culprit below, report the rest
                if len(batch) == 1:
                    report.failed.append((batch[0][0].id, _describe(exc)))
                    continue
                log.warning("batch of %d articles failed (%s); writing them one by one", len(batch), exc)
                for item in batch:
                    sub = self.write([item])
                    report.written += sub.written
                    report.failed += sub.failed
        return report

    def add_urls(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Add alternate URLs (syndicated copies, tracking variants) to articles already written."""
        rows = [{"id": article_id, "urls": [url]} for article_id, url in pairs]
        self.graph.write(lambda tx: tx.run(ADD_URLS, rows=rows).consume())

    def _write_batch(self, items: Sequence[tuple[Article, Extraction]]) -> None:
        self.graph.write(lambda tx: _run(tx, items))


def _run(tx: ManagedTransaction, items: Sequence[tuple[Article, Extraction]]) -> None:
    """Build the batch inside the transaction: which articles are new is read in it."""
    ids = sorted({article.id for article, _ in items})
    existing = {record["id"] for record in tx.run(EXISTING_ARTICLES, ids=ids)}
    batch = _Batch(new_articles=set(ids) - existing)
    for article, extraction in items:
        _add_article(batch, article, extraction)
    for statement, rows in batch.ordered():
        for part in chunks(rows, ROWS_PER_STATEMENT):
            tx.run(statement, rows=part).consume()
    for statement, ids in batch.recounts.items():
        tx.run(statement, ids=sorted(ids)).consume()


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {getattr(exc, 'message', None) or exc}"


def _rank(article: Article) -> str:
    """Orders reports: later publication wins, article id breaks ties, so any write order gives one result."""
    published = article.published.isoformat() if article.published else "0000"
    return f"{published}|{article.id}"


def _add_article(batch: _Batch, article: Article, extraction: Extraction) -> None:
    source_id = _add_source(batch, article)
    link = batch.link(article.id)
    batch.add(
        Stage.ARTICLES,
        ARTICLES.format(link=link),
        {
            "id": article.id,
            "source": source_id,
            "urls": sorted({article.url, *article.urls} - {""}),
            "props": {
                "url": article.url,
                "title": article.title,
                "text": article.text,
                "published": article.published_date,
                "published_at": article.published.isoformat() if article.published else None,
                "author": article.author,
                "source": article.source,
                "content_hash": article.content_hash,
                "script": extraction.script,
                # The article's own outlet and reporters, from its byline: metadata, never entities of its news.
                "byline_outlets": extraction.byline.outlets,
                "byline_authors": extraction.byline.authors,
                "byline_evidence": extraction.byline.evidence,
            },
        },
    )
    labels = {**extraction.reviewed.referenced, **{e.id: e.label for e in extraction.entities}}
    confirmed = set(extraction.reviewed.confirmed)
    _add_entities(batch, article, extraction, link)
    _add_roles(batch, article, extraction, labels, confirmed)
    for event in _best_report_per_event(extraction.events):
        _add_event(batch, article, event, labels, link, event.key() in confirmed)


def _add_source(batch: _Batch, article: Article) -> str:
    origin = article.source_url or article.url
    host = urlsplit(origin).netloc or origin or "local"
    source_id = stable_id(host, prefix="src-")
    kind = "feed" if article.source_url and article.source_url != article.url else "site"
    row = {"id": source_id, "name": article.source or host, "url": origin, "kind": kind}
    batch.add(Stage.SOURCES, SOURCES, row, key=source_id)
    return source_id


def _add_entities(batch: _Batch, article: Article, extraction: Extraction, link: str) -> None:
    first_offsets: dict[str, int] = {}
    for mention in extraction.mentions:
        if mention.entity and mention.entity not in first_offsets:
            first_offsets[mention.entity] = mention.start
    seen: date | None = article.published_date
    reviewed = extraction.reviewed
    for entity in extraction.entities:
        node_label = label(entity.label)
        first = first_offsets.get(entity.id, 0)
        mention = {"article": article.id, "count": entity.mentions, "first": first, "new": link == "CREATE"}
        batch.add(
            Stage.ENTITIES,
            ENTITIES.format(label=node_label),
            {
                "id": entity.id,
                "name": entity.name,
                "name_rank": _name_rank(article, entity.id, entity.known, reviewed),
                "aliases": sorted({entity.name, *entity.aliases}),
                "known": entity.known,
                "confirmed": entity.id in reviewed.confirmed,
                "name_en": entity.name_en or None,
                "tickers": list(entity.tickers),
                "parent": entity.parent,
                "first": seen,
                "last": seen,
                # a venue an event implies ("赴港") is a node, but the article never names it
                "mentions": [mention] if entity.mentions else [],
            },
            key=entity.id,
            fold=_fold_entity,
        )


def _name_rank(article: Article, entity_id: str, known: bool, reviewed: Reviewed) -> str:
    """Which report's name an entity node keeps: the highest rank wins, whatever the write order.

    A name a journalist set beats the knowledge file's, which beats the names articles use (the
    latest article's, like every other value); a name borrowed from an entity merged into this
    one comes last.
    """
    if entity_id in reviewed.named:
        return "3"
    if known:
        return "2"
    return f"{0 if entity_id in reviewed.borrowed else 1}|{_rank(article)}"


def _fold_entity(old: Row, new: Row) -> Row:
    """The ENTITIES statement's effect of ``old`` then ``new`` as one row (the name of the higher rank)."""
    named = new if new["name_rank"] >= old["name_rank"] else old
    return {
        "id": old["id"],
        "name": named["name"],
        "name_rank": named["name_rank"],
        "aliases": _union(old["aliases"], new["aliases"]),
        "known": new["known"],
        "confirmed": new["confirmed"],
        "name_en": _coalesce(new["name_en"], old["name_en"]),
        "tickers": _union(old["tickers"], new["tickers"]),
        "parent": _coalesce(new["parent"], old["parent"]),
        "first": min((d for d in (old["first"], new["first"]) if d is not None), default=None),
        "last": max((d for d in (old["last"], new["last"]) if d is not None), default=None),
        "mentions": list({m["article"]: m for m in [*old["mentions"], *new["mentions"]]}.values()),
    }


def _union(old: list[Any], new: list[Any]) -> list[Any]:
    """UNION's order: first appearance."""
    return list(dict.fromkeys([*old, *new]))


def _coalesce(first: Any, second: Any) -> Any:
    return first if first is not None else second


def _add_roles(
    batch: _Batch, article: Article, extraction: Extraction, labels: dict[str, str], confirmed: set[str]
) -> None:
    for role in extraction.roles:
        if not role.org or labels.get(role.person) != "Person" or role.org not in labels:
            continue
        batch.add(
            Stage.LINKS,
            ROLES.format(label=label(labels[role.org])),
            {
                "person": role.person,
                "org": role.org,
                "title": role.title,
                "rank": _rank(article),
                "props": {
                    "current": role.current,
                    "article": article.id,
                    "sentence": role.evidence,
                    "start": role.start,
                    "end": role.end,
                    "date": article.published_date,
                    "event": "",
                    "confirmed": True if role.key() in confirmed else None,
                },
            },
            key=(role.person, role.org, role.title),
            fold=_latest,
        )


def _best_report_per_event(events: Iterable[Event]) -> list[Event]:
    """One report per event and article: the most confident sentence stands for the article."""
    best: dict[str, Event] = {}
    for event in events:
        key = event.key()
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    return list(best.values())


def _add_event(
    batch: _Batch, article: Article, event: Event, labels: dict[str, str], link: str, confirmed: bool
) -> None:
    event_id = event.key()
    event_label = EVENT_LABELS[event.type]
    rank = _rank(article)
    batch.add(
        Stage.EVENTS,
        EVENTS.format(label=event_label, link=link),
        {
            "id": event_id,
            "type": event.type,
            "article": article.id,
            "confidence": event.confidence,
            "published": article.published_date,
            "rank": rank,
            "date": event.date,
            "date_rank": rank,
            "props": {**_event_props(event), "confirmed": True if confirmed else None},
            "report": {
                "sentence": event.evidence,
                "start": event.start,
                "end": event.end,
                "trigger": event.trigger,
                "modality": event.modality,
                "confidence": event.confidence,
            },
        },
    )
    batch.recounts[RECOUNT_EVENTS.format(label=event_label)].add(event_id)
    for role, entity in event.participants():
        if entity in labels:
            batch.add(
                Stage.LINKS,
                INVOLVES.format(event_label=event_label, label=label(labels[entity])),
                {"event": event_id, "entity": entity, "role": role},
                key=(event_id, entity, role),
            )
    _add_direct(batch, event, event_id, rank, labels, confirmed)


def _event_props(event: Event) -> dict[str, Any]:
    return {
        "status": event.status,
        "modality": event.modality,
        "role": event.role,
        "kind": event.kind,
        "amount": event.amount,
        "currency": event.currency,
        "amount_low": event.amount_low,
        "amount_high": event.amount_high,
        "round": event.round,
        "scale": event.scale,
        "board": event.board,
        "trigger": event.trigger,
    }


def _add_direct(
    batch: _Batch, event: Event, event_id: str, rank: str, labels: dict[str, str], confirmed: bool
) -> None:
    props = {
        "status": event.status,
        "modality": event.modality,
        "confidence": event.confidence,
        "role": event.role,
        "kind": event.kind,
        "round": event.round,
        "amount": event.amount,
        "currency": event.currency,
        "amount_low": event.amount_low,
        "amount_high": event.amount_high,
        "confirmed": True if confirmed else None,
        # The latest report's sentence, so a drawing's lines show their evidence without reading
        # every drawn event's reports (~1-2 s around a hub of the 100k-article graph).
        "sentence": event.evidence,
    }
    for rel, src_slot, dst_slot in DIRECT_RELATIONSHIPS[event.type]:
        for src, dst in _pairs(event, src_slot, dst_slot):
            if src in labels and dst in labels and src != dst:
                statement = DIRECT.format(src=label(labels[src]), dst=label(labels[dst]), rel=rel)
                row = {
                    "src": src, "dst": dst, "event": event_id, "rank": rank,
                    "date": event.date, "date_rank": rank, "props": props,
                }  # fmt: skip
                batch.add(
                    Stage.LINKS, statement, row, key=(src, dst, event_id), fold=_latest_with_earliest_date
                )


def _pairs(event: Event, src_slot: str, dst_slot: str) -> list[tuple[str, str]]:
    """(from, to) entity ids of a direct relationship; the members of one list slot pair up once, in id order."""
    if src_slot == dst_slot:
        members = sorted(set(getattr(event, src_slot)))
        return [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
    return [(s, t) for s in _entities(event, src_slot) for t in _entities(event, dst_slot) if s and t]


def _entities(event: Event, slot: str) -> list[str | None]:
    value = getattr(event, slot)
    return value if isinstance(value, list) else [value]
