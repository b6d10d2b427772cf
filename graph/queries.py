"""Every read query of the explorer app, as small functions returning plain values.

The same Cypher runs on Neo4j 5 and on the embedded ArcadeDB server, so it
keeps to what both support (measured: label disjunctions, ``COUNT {}`` and
``EXISTS {}`` subqueries, pattern comprehensions, ``shortestPath``,
``date.truncate``). Values always travel as parameters; the only things
formatted into query strings are label and relationship-type expressions
built from the constants of :mod:`newsgraph.graph.schema`. Paths come back as lists of
node and relationship maps, never as driver objects.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any, TypeVar

from newsgraph.graph.connection import Graph, Read
from newsgraph.graph.schema import ENTITY_LABELS, EVENT_LABELS, EXPLORATION_TYPES, ORG_LABELS, label
from newsgraph.ingest.event_types import event_type
from newsgraph.ingest.nlp.scripts import normalise_width, to_simplified

T = TypeVar("T")

ENTITY = "|".join(ENTITY_LABELS)
ORG = "|".join(ORG_LABELS)
EVENT = "|".join(EVENT_LABELS.values())
EXPLORE = "|".join(EXPLORATION_TYPES)
#: Upper bound of a path search; Cypher cannot take it as a parameter, so it is a constant.
MAX_PATH_HOPS = 6
#: Facts (events and the relationships they draw) with a confidence below this are hidden from readers
#: unless they ask for them: the explorer's "show low-confidence facts" switch, the digest's
#: ``--include-low-confidence``, the export's. Facts without a confidence (titles read from text) show.
SHOWN_CONFIDENCE = 0.5
#: The ``min_confidence`` that shows every fact.
EVERY_CONFIDENCE = 0.0

#: The date an event is placed at: its own date, else the day it was first reported.
EVENT_DAY = "coalesce(e.date, e.first_reported)"

#: Each event's participants as maps, so one query serves every event table.
PARTICIPANTS = "[(e)-[i:INVOLVES]->(x) | {role: i.role, id: x.id, name: x.name, label: labels(x)[0]}]"


def is_empty(graph: Graph) -> bool:
    """True when the graph holds no node at all (the app then says how to fill it)."""
    return not graph.read("MATCH (n) RETURN n.id AS id LIMIT 1")


def latest_article_date(graph: Graph) -> date | None:
    """Publication date of the newest article: "this week" means the week up to it.

    Kept per graph version (:func:`kept`): the maximum scans every article (~150 ms at 100k).
    """
    rows = kept(
        graph,
        "latest_article_date",
        lambda: graph.read("MATCH (a:Article) RETURN max(a.published) AS latest"),
    )
    return rows[0]["latest"] if rows else None


def search_variants(text: str) -> list[str]:
    """The query as typed and in Simplified script, lower-cased, so 依圖, 依图 and YITU all match."""
    typed = normalise_width(text.strip())
    return sorted({v.lower() for v in (typed, to_simplified(typed)) if v})


def search_entities(graph: Graph, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entities whose name, English name or any alias contains the query in either script.

    Exact matches come first, then prefixes, then the most mentioned. Matching
    runs on an in-process copy of every entity's names (:class:`NameIndex`),
    because a scan of all entities in Cypher costs ~100 ms on 20k entities;
    the rows shown are then read fresh from the graph by id.
    """
    variants = search_variants(text)
    if not variants:
        return []
    ranked = name_index(graph).matches(variants, limit)
    rows = {row["id"]: row for row in _entity_summaries(graph, ranked)}
    return [rows[entity_id] for entity_id, _ in ranked if entity_id in rows]


#: Seconds a value kept per graph version (:func:`kept`) is trusted without re-reading: bounds how
#: long a re-write that changes no node count (aliases, dates; the version's key) can go unseen.
KEPT_TTL_S = 60.0


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One entity's searchable names, lower-cased, and what ranks it."""

    id: str
    label: str
    name: str | None
    mentions: int
    keys: tuple[str, ...]
    #: The keys joined by a character no query contains: one substring test per entity.
    blob: str

    def score(self, variants: list[str]) -> int:
        """2 for an exact name, 1 for a prefix, 0 for a substring, -1 for no match (as the Cypher did)."""
        if not any(q in self.blob for q in variants):
            return -1
        if any(k in variants for k in self.keys):
            return 2
        return 1 if any(k.startswith(q) for k in self.keys for q in variants) else 0


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Every entity's names, read once per graph version (:func:`kept`)."""

    entries: tuple[NameEntry, ...]

    def matches(self, variants: list[str], limit: int) -> list[tuple[str, str]]:
        """(id, label) of the best ``limit`` matches: exact, prefix, substring; then mentions, then name."""
        if any(SEPARATOR in q for q in variants):
            return []
        scored = ((entry.score(variants), entry) for entry in self.entries)
        found = [(score, entry) for score, entry in scored if score >= 0]
        found.sort(key=lambda se: (-se[0], -se[1].mentions, se[1].name is None, se[1].name or ""))
        return [(entry.id, entry.label) for _, entry in found[:limit]]


SEPARATOR = "\x00"


@dataclass(frozen=True, slots=True)
class _Kept:
    """A value read from the graph, the graph version it was read at and when."""

    version: tuple[int, ...]
    built: float
    value: Any


_KEPT: weakref.WeakKeyDictionary[Any, dict[Hashable, _Kept]] = weakref.WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()


def kept(graph: Graph, key: Hashable, read: Callable[[], T]) -> T:
    """``read()``, read again only when a node count changed or after :data:`KEPT_TTL_S` seconds.

    For reads that scan every node of a kind (100-300 ms at 100k articles) while their answer can
    only change with a write that adds nodes, a correction (which calls :func:`drop_kept`) or a
    re-write; the counts cost a few ms. Callers must not change the value returned.
    """
    version = graph_version(graph)
    with _KEPT_LOCK:
        values = _KEPT.setdefault(graph.driver, {})
        entry = values.get(key)
        if entry is None or entry.version != version or time.monotonic() - entry.built > KEPT_TTL_S:
            entry = values[key] = _Kept(version, time.monotonic(), read())
        return entry.value  # type: ignore[no-any-return]


def name_index(graph: Graph) -> NameIndex:
    """The graph's name index, read again when a node count changed or it is older than the TTL."""
    return kept(graph, "names", lambda: _read_name_index(graph))


def drop_kept(graph: Graph) -> None:
    """Forget every value kept for the graph (the name index, the chart...): after a correction."""
    with _KEPT_LOCK:
        _KEPT.pop(graph.driver, None)


def graph_version(graph: Graph) -> tuple[int, ...]:
    """Article, entity and event counts: read from the stores' counters (a few ms), they change with every new node."""
    query = "\nUNION ALL\n".join(
        f"MATCH (n:{lbl}) RETURN count(n) AS n" for lbl in ("Article", *ENTITY_LABELS, *EVENT_LABELS.values())
    )
    return tuple(int(row["n"]) for row in graph.read(query))


def _read_name_index(graph: Graph) -> NameIndex:
    """One collected list (rows cost ~20 us each on the embedded server; one list is ~10x cheaper)."""
    rows = graph.read(
        f"""
        MATCH (n:{ENTITY})
        RETURN collect([n.id, labels(n)[0], n.name, coalesce(n.mentions, 0),
                        [a IN coalesce(n.aliases, []) + [n.name, coalesce(n.name_en, '')] WHERE a <> '']])
               AS entities
        """
    )
    entries = []
    for entity_id, entity_label, name, mentions, names in rows[0]["entities"] if rows else []:
        keys = tuple(dict.fromkeys(a.lower() for a in names))
        entries.append(NameEntry(entity_id, entity_label, name, int(mentions), keys, SEPARATOR.join(keys)))
    return NameIndex(tuple(entries))


def _entity_summaries(graph: Graph, ranked: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The search result rows of the given (id, label) pairs, one indexed lookup per label."""
    by_label: dict[str, list[str]] = {}
    for entity_id, entity_label in ranked:
        by_label.setdefault(label(entity_label), []).append(entity_id)
    if not by_label:
        return []
    query = "\nUNION ALL\n".join(
        f"""
        MATCH (n:{lbl}) WHERE n.id IN $ids_{lbl.lower()}
        RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.name_en AS name_en,
               coalesce(n.aliases, []) AS aliases, coalesce(n.mentions, 0) AS mentions,
               n.last_seen AS last_seen, COUNT {{ (n)<-[:INVOLVES]-() }} AS events
        """
        for lbl in by_label
    )
    return graph.read(query, **{f"ids_{lbl.lower()}": ids for lbl, ids in by_label.items()})


def entity(graph: Graph, entity_id: str) -> dict[str, Any] | None:
    """An entity's properties and label, or None when no entity has this id."""
    rows = graph.read(
        f"{entities_by_id('n', 'ids')} RETURN labels(n)[0] AS label, properties(n) AS props LIMIT 1",
        ids=[entity_id],
    )
    return {"label": rows[0]["label"], **rows[0]["props"]} if rows else None


def entity_roles(graph: Graph, entity_id: str) -> list[dict[str, Any]]:
    """Titles held (HOLDS_ROLE) by a person, or held by people at an organisation, newest first."""
    return graph.read(
        f"""
        {entities_by_id("n", "ids")}
        MATCH (n)-[r:HOLDS_ROLE]-(:{ENTITY})
        WITH r, startNode(r) AS p, endNode(r) AS o
        RETURN p.id AS person_id, p.name AS person, o.id AS org_id, o.name AS org, r.title AS title,
               r.current AS current, r.date AS date, r.sentence AS sentence, r.article AS article,
               r.confirmed AS confirmed
        ORDER BY date IS NULL, date DESC
        """,
        ids=[entity_id],
    )


def entity_listings(graph: Graph, entity_id: str) -> list[dict[str, Any]]:
    """Exchanges a company has a listing relationship with, and the latest status there."""
    return graph.read(
        f"""
        {_by_id("n", "ids", ORG_LABELS)}
        MATCH (n)-[r:LISTING]->(x:{ORG})
        WITH x, r ORDER BY r.date DESC
        WITH x, collect(r)[0] AS latest
        RETURN x.id AS id, x.name AS exchange, latest.status AS status, latest.date AS date
        """,
        ids=[entity_id],
    )


def entity_events(
    graph: Graph, entity_id: str, min_confidence: float = SHOWN_CONFIDENCE
) -> list[dict[str, Any]]:
    """Every event an entity takes part in, newest first (undated last), with the other participants."""
    return graph.read(
        f"""
        {entities_by_id("n", "ids")}
        MATCH (n)<-[i:INVOLVES]-(e:{EVENT})
        WHERE coalesce(e.confidence, 1.0) >= $min_confidence
        RETURN e.id AS id, e.type AS type, {EVENT_DAY} AS date, e.status AS status,
               e.modality AS modality, e.confidence AS confidence, e.sources AS sources,
               e.role AS role, i.role AS as_role, e.kind AS kind, e.round AS round, e.amount AS amount,
               e.scale AS scale, e.confirmed AS confirmed,
               [(e)-[j:INVOLVES]->(x) | {{role: j.role, id: x.id, name: x.name}}] AS participants,
               [(e)-[j:INVOLVES]->(x) WHERE x.id <> n.id | {{role: j.role, id: x.id, name: x.name}}] AS others
        ORDER BY date IS NULL, date DESC
        """,
        ids=[entity_id],
        min_confidence=min_confidence,
    )


def entity_articles(graph: Graph, entity_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """Articles mentioning an entity, newest first."""
    return graph.read(
        f"""
        {entities_by_id("n", "ids")}
        MATCH (a:Article)-[m:MENTIONS]->(n)
        RETURN a.id AS id, a.title AS title, a.url AS url, a.published AS published, a.source AS source,
               m.count AS mentions
        ORDER BY published IS NULL, published DESC, id LIMIT $limit
        """,
        ids=[entity_id],
        limit=limit,
    )


#: Far nodes :func:`neighbour_edges` returns relationships to: the most any drawing shows.
NEIGHBOUR_NODE_CAP = 200


def entities_by_id(variable: str, ids: str) -> str:
    """A Cypher ``CALL`` binding ``variable`` to the entities whose ids are in parameter ``ids``."""
    return _by_id(variable, ids, ENTITY_LABELS)


def events_by_id(variable: str, ids: str) -> str:
    """A Cypher ``CALL`` binding ``variable`` to the events whose ids are in parameter ``ids``."""
    return _by_id(variable, ids, tuple(EVENT_LABELS.values()))


def _by_id(variable: str, ids: str, labels: tuple[str, ...]) -> str:
    """A ``CALL`` of one indexed lookup per label of ``labels``, each id once however often it is given.

    A label disjunction such as ``(a:Company|Person {id: id})`` followed by a relationship is planned
    without the id index on the embedded server (~300 ms for 20 entities; the entity page's reads 4-6x
    slower, ``bench/README.md``); ``(e:Listing|Funding) WHERE e.id IN $ids`` measured 200-350 ms for 10
    events at 100k articles under load, ~15-30 ms looked up label by label.
    """
    lookups = (
        f"UNWIND ${ids} AS id WITH DISTINCT id MATCH ({variable}:{lbl} {{id: id}}) RETURN {variable}"
        for lbl in labels
    )
    return "CALL {\n" + "\nUNION ALL\n".join(lookups) + "\n}"


#: Reports (``r``) of an event in the writer's order of ranks, newest first: the later article, undated
#: last, the greater article id among equals (``graph.writer._rank``), so a sentence read from reports is
#: the one the writer keeps on the event's relationships.
NEWEST_REPORT_FIRST = "a.published IS NULL, a.published DESC, a.id DESC"
#: Which relationships a neighbourhood query reads: the chosen types, the date window, and no event
#: below the confidence floor (titles, without a confidence, always).
EDGE_FILTER = """type(r) IN $types AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
          AND coalesce(r.confidence, 1.0) >= $min_confidence"""
#: What it reads of each relationship ``r`` from ``a`` to ``b``: ``a``'s id, ``b``'s element id, whether
#: ``r`` starts at ``a``, then :data:`EDGE_FIELDS` from ``type`` on; a flat list, the far nodes' own values
#: once, apart. Around the biggest hub (3,000 relationships) grouping them by node cost 99 ms of server
#: CPU, flat 59 (every value sent costs ~1.5 us).
EDGE_VALUES = """[a.id, elementId(b), startNode(r) = a, type(r), r.date, r.event, r.status, r.modality,
                  coalesce(r.role, r.title), r.confidence, r.sentence, r.article]"""
#: Rows :func:`neighbour_edges` returns at most.
EDGE_ROWS = 2000


@dataclass(frozen=True)
class _Far:
    """A far node of a neighbourhood query: its relationships to the asked nodes, and its :data:`FAR_FIELDS`."""

    element: str
    ties: int
    inner: bool  # one of the asked nodes itself
    values: tuple[Any, ...]


def neighbour_edges(
    graph: Graph,
    entity_ids: list[str],
    types: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = EDGE_ROWS,
    nodes: int = NEIGHBOUR_NODE_CAP,
    min_confidence: float = SHOWN_CONFIDENCE,
) -> list[dict[str, Any]]:
    """Exploration relationships touching any of ``entity_ids`` (one hop), with the node at the far end.

    ``types`` restricts to some of :data:`newsgraph.graph.schema.EXPLORATION_TYPES`;
    the date window applies to the relationship's date. A hub has thousands of
    relationships but a drawing shows at most ``nodes`` far nodes, so only the
    relationships to the ``nodes`` far nodes most tied to ``entity_ids`` (then
    the most mentioned, then by name: the order of :func:`newsgraph.graph.analytics.neighbourhood`)
    are returned, with every relationship among ``entity_ids`` themselves. Each
    row's ``far_total`` counts the far nodes outside ``entity_ids`` before that cap. Relationships
    of events below ``min_confidence`` are left out; titles (HOLDS_ROLE, no confidence) never are.
    """
    window = _edge_filter(types, since, until, min_confidence)
    near = entities_by_id("a", "ids")
    rows, _ = graph.read_together(lambda read: _neighbours(read, near, nodes, window, ids=entity_ids))
    return rows[:limit]


def _neighbours(
    read: Read, near: str, nodes: int, window: dict[str, Any], **params: Any
) -> tuple[list[dict[str, Any]], dict[str, _Far]]:
    """:func:`neighbour_edges` of the nodes ``near`` binds to ``a``, all rows, and the far nodes kept.

    Three small queries instead of one: relationships counted per far node by element id (no
    node is read), then the far nodes that can make the cut, then the values of the
    relationships to the kept ones. Around a hub most relationships lead to nodes the cap drops;
    reading those nodes and values took ~2/3 of the time (``bench/queries.py``, neighbourhood_hubs).
    """
    pairs = read(
        f"""
        {near}
        MATCH (a)-[r:{EXPLORE}]-(b)
        WHERE {EDGE_FILTER}
        WITH elementId(a) AS near, elementId(b) AS far, count(r) AS ties
        RETURN collect([near, far, ties]) AS pairs
        """,
        **window,
        **params,
    )
    ties, inner = _tied(pairs[0]["pairs"] if pairs else [])
    if not ties:
        return [], {}
    far = _kept(read, ties, inner, nodes)
    edges = _edges(read, near, far, window, "-", **params)
    position = {element: i for i, element in enumerate(far)}
    edges.sort(
        key=lambda edge: (position[edge[1]], edge[0], edge[3], str(edge[5]), str(edge[8]))
    )  # far, near, fact
    return list(_edge_rows(edges, far, len(ties.keys() - inner))), far


def _tied(pairs: list[list[Any]]) -> tuple[dict[str, int], set[str]]:
    """Relationships per far node, and the far nodes that are asked nodes too, from ``[near, far, count]`` element ids."""
    ties: dict[str, int] = {}
    for _, far, count in pairs:
        ties[far] = ties.get(far, 0) + count
    return ties, ties.keys() & {near for near, _, _ in pairs}


def _kept(read: Read, ties: dict[str, int], inner: set[str], nodes: int) -> dict[str, _Far]:
    """The ``inner`` far nodes and the ``nodes`` best tied others (then most mentioned, then by name), in order.

    Only the nodes tied at least as much as the last one kept are read (for the tie-breaks).
    """
    outer = sorted((count for element, count in ties.items() if element not in inner), reverse=True)
    cut = outer[nodes - 1] if len(outer) > nodes else 0
    candidates = [element for element, count in ties.items() if count >= cut or element in inner]
    found = read(
        f"""
        {_nodes_by_element("b", "elements")}
        RETURN collect([elementId(b), b.id, b.name, labels(b)[0], coalesce(b.mentions, 0)]) AS nodes
        """,
        elements=candidates,
    )
    ranked = sorted(
        (_Far(element, ties[element], element in inner, tuple(values))
         for element, *values in (found[0]["nodes"] if found else [])),
        key=lambda n: (not n.inner, -n.ties, -n.values[3], n.values[1] is None, n.values[1] or "", n.values[0]),
    )  # fmt: skip
    inner = [node for node in ranked if node.inner]
    return {node.element: node for node in inner + [node for node in ranked if not node.inner][:nodes]}


def _nodes_by_element(variable: str, elements: str) -> str:
    """Cypher binding ``variable`` to the nodes whose element ids are in list parameter ``elements``.

    One direct read per node, where :func:`entities_by_id` costs five index lookups per id (~25 ms
    for 200 ids). Element ids are only stable within a transaction: read them in the same one.
    """
    return f"UNWIND ${elements} AS element MATCH ({variable}) WHERE elementId({variable}) = element"


def _edges(
    read: Read, near: str, far: dict[str, _Far], window: dict[str, Any], direction: str, **params: Any
) -> list[list[Any]]:
    """Relationships (``-`` or ``->``) from the nodes ``near`` binds to ``a`` to the ``far`` nodes (:data:`EDGE_VALUES`).

    Far nodes are matched by element id, which the server reads off the relationship: matching
    ``b.id`` reads every node at the far end of every relationship, ~2x the time around a hub.
    """
    found = read(
        f"""
        {near}
        MATCH (a)-[r:{EXPLORE}]{direction}(b)
        WHERE $far[elementId(b)] IS NOT NULL AND {EDGE_FILTER}
        RETURN collect({EDGE_VALUES}) AS edges
        """,
        far=dict.fromkeys(far, True),
        **window,
        **params,
    )
    return found[0]["edges"] if found else []


def neighbourhood_edges(
    graph: Graph,
    center: str,
    hops: int = 1,
    types: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    nodes: int = NEIGHBOUR_NODE_CAP,
    min_confidence: float = SHOWN_CONFIDENCE,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of each hop around ``center`` for a drawing of at most ``nodes`` nodes (first hop, second hop).

    All in one read transaction, so each query can find the nodes of the one before by element id.
    """
    window = _edge_filter(types, since, until, min_confidence)
    return graph.read_together(lambda read: _neighbourhood(read, center, hops, nodes, window))


def _neighbourhood(
    read: Read, center: str, hops: int, nodes: int, window: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """:func:`neighbourhood_edges` in a transaction.

    When the first hop already reaches the cap, the second can add no node, only the relationships
    among the nodes drawn, so that is all it reads: those among the far nodes (the center's are the
    first hop's, not read again), as rows without ``far_total`` (nobody looked beyond them). Ranking
    the second hop of a hub meant reading every relationship of its 200 neighbours (~24,000 at 100k
    articles, 1-4 s) to draw none of their neighbours (``bench/queries.py``, neighbourhood_hubs).
    """
    hop1, far = _neighbours(read, entities_by_id("a", "ids"), nodes, window, ids=[center])
    if hops < 2:
        return hop1, []
    near = _nodes_by_element("a", "asked")
    if len(far) + 1 < nodes:
        hop2, _ = _neighbours(read, near, nodes, window, asked=list(far))
        return hop1, hop2[:EDGE_ROWS]
    among = _edges(read, near, far, window, "->", asked=list(far))
    return hop1, [*(row | {"far_total": None} for row in hop1), *_edge_rows(among, far, None)]


def _edge_filter(
    types: list[str] | None, since: date | None, until: date | None, min_confidence: float
) -> dict[str, Any]:
    """Parameters of :data:`EDGE_FILTER`; unknown relationship types are dropped, none means all."""
    return {
        "types": [t for t in (types or EXPLORATION_TYPES) if t in EXPLORATION_TYPES],
        "since": since,
        "until": until,
        "min_confidence": min_confidence,
    }


def _edge_rows(
    edges: list[list[Any]], far: dict[str, _Far], far_total: int | None
) -> Iterator[dict[str, Any]]:
    """One row per relationship of :data:`EDGE_VALUES`, with the values of its far node."""
    nodes = {element: dict(zip(FAR_FIELDS, node.values, strict=True)) for element, node in far.items()}
    for near, element, out, *values in edges:
        node = nodes[element]
        far_id = node["far"]
        row = {**node, "far_total": far_total, "near": near, "src": far_id, "dst": near}
        if out:
            row["src"], row["dst"] = near, far_id
        row.update(zip(EDGE_FIELDS[3:], values, strict=True))
        yield row


#: Columns of :func:`neighbour_edges` rows: per far node (read once per node), per relationship.
#: The query sends them as one list of lists (rows cost ~20 us each on the embedded server).
FAR_FIELDS = ("far", "far_name", "far_label", "far_mentions")
EDGE_FIELDS = (
    "near", "src", "dst", "type", "date", "event", "status", "modality", "role", "confidence", "sentence", "article",
)  # fmt: skip


def shortest_paths(
    graph: Graph, source: str, target: str, every: bool = False, min_confidence: float = SHOWN_CONFIDENCE
) -> list[dict[str, Any]]:
    """One shortest path (all of them when ``every``: ~5x slower) over exploration relationships, up to 6 hops.

    Each path is ``{"nodes": [...], "rels": [...]}`` with plain maps; relationship
    maps keep ``event`` (or ``article`` for HOLDS_ROLE) so each hop can be explained. A path
    never goes through a relationship of an event below ``min_confidence`` (a hidden fact).
    """
    function = "allShortestPaths" if every else "shortestPath"
    return graph.read(
        f"""
        {entities_by_id("a", "source")}
        WITH a
        {entities_by_id("b", "target")}
        MATCH p = {function}((a)-[:{EXPLORE}*..{MAX_PATH_HOPS}]-(b))
        WHERE all(r IN relationships(p) WHERE coalesce(r.confidence, 1.0) >= $min_confidence)
        RETURN [n IN nodes(p) | {{id: n.id, name: n.name, label: labels(n)[0]}}] AS nodes,
               [r IN relationships(p) | {{type: type(r), src: startNode(r).id, dst: endNode(r).id,
                 event: r.event, date: r.date, role: coalesce(r.role, r.title), status: r.status,
                 article: r.article, sentence: r.sentence}}] AS rels
        LIMIT 20
        """,
        source=[source],
        target=[target],
        min_confidence=min_confidence,
    )


def event_reports(graph: Graph, event_ids: list[str]) -> list[dict[str, Any]]:
    """Every report of the given events: sentence, article, and the participants' spellings to highlight."""
    return graph.read(
        f"""
        {events_by_id("e", "ids")}
        MATCH (e)-[r:REPORTED_IN]->(a:Article)
        RETURN e.id AS event, e.type AS type, r.sentence AS sentence, r.trigger AS trigger,
               r.modality AS modality, r.confidence AS confidence,
               a.id AS article, a.title AS title, a.url AS url, a.published AS published, a.source AS source,
               reduce(acc = [], names IN [(e)-[:INVOLVES]->(x) | [x.name] + coalesce(x.aliases, [])]
                      | acc + names) AS terms
        ORDER BY published DESC, article
        """,
        ids=event_ids,
    )


def event_sentences(graph: Graph, event_ids: list[str]) -> dict[str, str]:
    """The latest report's sentence of each event: what a drawing's line shows when it carries none."""
    if not event_ids:
        return {}
    rows = graph.read(
        f"""
        {events_by_id("e", "ids")}
        MATCH (e)-[r:REPORTED_IN]->(a:Article)
        RETURN e.id AS event, r.sentence AS sentence
        ORDER BY {NEWEST_REPORT_FIRST}
        """,
        ids=event_ids,
    )
    found: dict[str, str] = {}
    for row in rows:
        found.setdefault(row["event"], row["sentence"] or "")
    return found


def role_reports(graph: Graph, article_ids: list[str]) -> list[dict[str, Any]]:
    """The articles that HOLDS_ROLE relationships cite (they are not events, they name their article)."""
    return graph.read(
        "MATCH (a:Article) WHERE a.id IN $ids "
        "RETURN a.id AS article, a.title AS title, a.url AS url, a.published AS published, a.source AS source",
        ids=article_ids,
    )


#: Rows of an event table read at a time: the newest first, more on request.
EVENTS_PAGE = 200


def events(
    graph: Graph,
    event_type: str,
    since: date | None = None,
    until: date | None = None,
    company: str | None = None,
    modalities: list[str] | None = None,
    statuses: list[str] | None = None,
    limit: int = EVENTS_PAGE,
    min_confidence: float = SHOWN_CONFIDENCE,
) -> list[dict[str, Any]]:
    """The ``limit`` newest events of one type (``departure``, ``listing``...) matching the filters; undated last.

    ``company`` is an entity id that must take part in the event (any role);
    empty filter lists mean "any". Participants are read only for the rows
    returned (after the sort and limit), not for every event of the type.
    """
    return graph.read(
        f"""
        MATCH (e:{EVENT_LABELS[event_type]})
        WITH e, {EVENT_DAY} AS day
        WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
          AND (size($modalities) = 0 OR e.modality IN $modalities)
          AND (size($statuses) = 0 OR e.status IN $statuses)
          AND ($company IS NULL OR EXISTS {{ (e)-[:INVOLVES]->(:{ENTITY} {{id: $company}}) }})
          AND coalesce(e.confidence, 1.0) >= $min_confidence
        WITH e, day ORDER BY day IS NULL, day DESC, e.id LIMIT $limit
        RETURN e.id AS id, e.type AS type, day AS date, e.status AS status, e.modality AS modality,
               e.confidence AS confidence, e.sources AS sources, e.first_reported AS first_reported,
               e.role AS role, e.kind AS kind, e.round AS round, e.amount AS amount, e.currency AS currency,
               e.board AS board, e.scale AS scale, e.confirmed AS confirmed, {PARTICIPANTS} AS participants
        """,
        since=since,
        until=until,
        company=company,
        modalities=modalities or [],
        statuses=statuses or [],
        limit=limit,
        min_confidence=min_confidence,
    )


def event_companies(graph: Graph, event_type: str) -> list[dict[str, Any]]:
    """Organisations taking part in events of a type, most involved first (the tables' company filter).

    Grouped on the company nodes and sent as one list (thousands of rows cost ~20 us each on the
    embedded server), sorted here: grouping on node properties and sorting in Cypher took 4x as long
    (departures at 100k articles, 5,000 companies: 111 against 27 ms, ``bench/queries.py``).
    """
    rows = graph.read(
        f"""
        MATCH (e:{EVENT_LABELS[event_type]})-[:INVOLVES]->(c:{ORG})
        WITH c, count(DISTINCT e) AS events
        RETURN collect([c.id, c.name, events]) AS companies
        """
    )
    companies = rows[0]["companies"] if rows else []
    return [
        {"id": i, "name": name, "events": n}
        for i, name, n in sorted(companies, key=lambda row: (-row[2], row[1] or "", row[0]))
    ]


def listing_tracks(graph: Graph, company_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """One track per company and venue, its stages in date order and the current one (see :func:`tracks_of`).

    ``company_ids`` limits the companies (None: every company with a listing report).
    """
    companies = f"MATCH (c:{ORG})" if company_ids is None else _by_id("c", "ids", ORG_LABELS)
    rows = graph.read(
        f"""
        {companies}
        MATCH (e:Listing)-[:INVOLVES {{role: 'org'}}]->(c)
        OPTIONAL MATCH (e)-[:INVOLVES {{role: 'board'}}]->(x:{ORG})
        RETURN c.id AS company_id, c.name AS company, x.id AS venue_id, x.name AS venue, x.parent AS parent,
               e.status AS status, {EVENT_DAY} AS date, e.modality AS modality,
               e.confidence AS confidence, e.id AS event
        """,
        ids=company_ids,
    )
    return tracks_of(rows, event_type("listing").slots["status"].values)


def tracks_of(rows: list[dict[str, Any]], stages: tuple[str, ...]) -> list[dict[str, Any]]:
    """Listing reports folded into tracks: one per company and venue, by company then venue.

    A report on an exchange belongs to the track on its board when the company has one there
    (科创板 is a board of 上交所: one venue); a report naming no venue joins the company's only
    venue. A track's ``stage`` is that of its latest report (same day: the later stage), so a
    company is ``listed`` only when a report says it listed, and stays so until a later one says otherwise.
    """
    order = {stage: i for i, stage in enumerate(stages)}
    tracks: dict[tuple[str, str | None], dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: (r["company_id"], r["venue_id"] is None, r["parent"] is None)):
        venue = _venue_of(row, [t for (c, _), t in tracks.items() if c == row["company_id"]])
        track = tracks.setdefault(
            (row["company_id"], venue["venue_id"]),
            {"company_id": row["company_id"], "company": row["company"], **venue, "stages": []},
        )
        track["stages"].append({k: row[k] for k in ("status", "date", "modality", "confidence", "event")})
    for track in tracks.values():
        track["stages"].sort(key=lambda s: (str(s["date"] or ""), order.get(s["status"], len(order))))
        track["stage"] = track["stages"][-1]["status"]
        track["since"] = track["stages"][-1]["date"]
    return sorted(tracks.values(), key=lambda t: (t["company"] or "", t["venue"] or ""))


def _venue_of(row: dict[str, Any], tracks: list[dict[str, Any]]) -> dict[str, Any]:
    """The venue a report counts for: the company's board under the exchange it names, its only venue
    when it names none, else its own. Reports come boards first, then exchanges, then none."""
    named = [t for t in tracks if t["venue_id"] is not None]
    if row["venue_id"] is None:
        chosen = named if len(named) == 1 else [row]
    else:
        chosen = [t for t in named if t["parent"] == row["venue_id"]]
        chosen = chosen if len(chosen) == 1 else [row]
    return {k: chosen[0][k] for k in ("venue_id", "venue", "parent")}


def events_per_week(graph: Graph, min_confidence: float = SHOWN_CONFIDENCE) -> list[dict[str, Any]]:
    """Number of events (of ``min_confidence`` or more) first reported in each week (Monday), by type.

    The overview's chart; kept per graph version (:func:`kept`), as it scans every event (~150 ms at
    100k articles).
    """
    rows = kept(
        graph,
        ("events_per_week", min_confidence),
        lambda: graph.read(
            f"""
            MATCH (e:{EVENT}) WHERE coalesce(e.confidence, 1.0) >= $min_confidence
            WITH e, {EVENT_DAY} AS day WHERE day IS NOT NULL
            RETURN date.truncate('week', day) AS week, e.type AS type, count(*) AS events
            ORDER BY week, type
            """,
            min_confidence=min_confidence,
        ),
    )
    return [dict(row) for row in rows]


def active_entities(graph: Graph, start: date, end: date, limit: int = 50) -> list[dict[str, Any]]:
    """Entities by number of distinct events reported in articles published in ``(start, end]``.

    The articles are looked up day by day: the embedded server uses the index for equality but
    scans every article for a range (12x slower at 100k articles, ``bench/queries.py`` overview).
    Kept per graph version (:func:`kept`), as the overview reads the same two weeks at every visit.
    """
    days = [start + timedelta(days=i) for i in range(1, (end - start).days + 1)]
    read = partial(
        graph.read,
        f"""
        UNWIND $days AS day
        MATCH (a:Article {{published: day}})
        MATCH (e:{EVENT})-[:REPORTED_IN]->(a)
        MATCH (e)-[:INVOLVES]->(x:{ENTITY})
        WITH x, count(DISTINCT e) AS events, collect(DISTINCT e.type) AS types
        RETURN x.id AS id, x.name AS name, labels(x)[0] AS label, events, types
        ORDER BY events DESC, name LIMIT $limit
        """,
        days=days,
        limit=limit,
    )
    return [dict(row) for row in kept(graph, ("active_entities", start, end, limit), read)]


def week_window(latest: date, weeks_back: int = 0) -> tuple[date, date]:
    """The 7 days ending at ``latest`` (``weeks_back`` weeks earlier): the unit of "top movers"."""
    end = latest - timedelta(days=7 * weeks_back)
    return end - timedelta(days=7), end
