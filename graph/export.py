"""The graph (or one entity's neighbourhood) as a file for the tools journalists already use.

GraphML and GEXF open in Gephi and Cytoscape; CSV (an edge table, and a node table beside it)
opens in a spreadsheet; JSON Lines (one node or relationship per line) feeds scripts. All four
come from one networkx ``MultiDiGraph`` written with networkx's own writers:

- nodes are the entities (companies, people, organisations, exchanges) with every property
  the graph holds for them (lists joined by ``; `` where a format takes only plain values);
- edges are the exploration relationships (left, joined, partners with, listing, invested
  in, acquired, holds role) with their properties and their evidence: the sentence, the
  article (id, title, URL, source) and its date, and how many articles report the fact.

What is exported is what a reader is shown: relationships of events below ``min_confidence``
are left out unless asked for; a date window applies to the relationships' dates; an
``entity`` and ``hops`` take its neighbourhood (every relationship, no drawing's cap).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import networkx as nx
from newsgraph.graph.connection import Graph
from newsgraph.graph.queries import (
    ENTITY,
    EXPLORE,
    NEWEST_REPORT_FIRST,
    SHOWN_CONFIDENCE,
    entities_by_id,
    events_by_id,
)

#: Properties of a relationship's evidence, taken from its event's newest report (or, for a title
#: read from text, its own sentence and article). The publisher is ``article_source``: ``source`` and
#: ``target`` name a relationship's ends in CSV and JSON Lines.
EVIDENCE_FIELDS = ("sentence", "article", "article_title", "url", "article_source", "published", "reports")


def _relationships(
    graph: Graph,
    ids: list[str] | None,
    since: date | None,
    until: date | None,
    min_confidence: float,
) -> list[dict[str, Any]]:
    """Exploration relationships (touching ``ids``, or all), with both ends and the relationship's properties."""
    start = (
        f"{entities_by_id('a', 'ids')}\nMATCH (a)-[r:{EXPLORE}]-(b:{ENTITY})"
        if ids is not None
        else (f"MATCH (a:{ENTITY})-[r:{EXPLORE}]->(b:{ENTITY})")
    )
    return graph.read(
        f"""
        {start}
        WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
          AND coalesce(r.confidence, 1.0) >= $min_confidence
        WITH DISTINCT r
        RETURN startNode(r).id AS src, endNode(r).id AS dst, type(r) AS type, properties(r) AS props
        """,
        ids=ids,
        since=since,
        until=until,
        min_confidence=min_confidence,
    )


def _nodes(graph: Graph, ids: list[str]) -> list[dict[str, Any]]:
    return graph.read(
        f"""
        {entities_by_id("n", "ids")}
        RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props
        """,
        ids=ids,
    )


def _evidence(graph: Graph, event_ids: list[str], article_ids: list[str]) -> tuple[dict, dict]:
    """The newest report of each event (with the number of reports), and the articles titles cite."""
    reports = graph.read(
        f"""
        {events_by_id("e", "events")}
        MATCH (e)-[r:REPORTED_IN]->(a:Article)
        WITH e, r, a ORDER BY {NEWEST_REPORT_FIRST}
        WITH e, collect({{sentence: r.sentence, article: a.id, article_title: a.title, url: a.url,
                         article_source: a.source, published: a.published}}) AS found
        RETURN e.id AS event, found[0] AS newest, size(found) AS reports
        """,
        events=event_ids,
    )
    articles = graph.read(
        "MATCH (a:Article) WHERE a.id IN $ids "
        "RETURN a.id AS article, a.title AS article_title, a.url AS url, a.source AS article_source, "
        "a.published AS published",
        ids=article_ids,
    )
    by_event = {row["event"]: {**row["newest"], "reports": row["reports"]} for row in reports}
    return by_event, {row["article"]: row for row in articles}


def build_export(
    graph: Graph,
    entity: str | None = None,
    hops: int = 1,
    since: date | None = None,
    until: date | None = None,
    min_confidence: float = SHOWN_CONFIDENCE,
) -> nx.MultiDiGraph:
    """The graph to export: every entity and relationship shown, or ``entity``'s ``hops``-neighbourhood."""
    if entity is None:
        found = _relationships(graph, None, since, until, min_confidence)
        ids: set[str] = {end for row in found for end in (row["src"], row["dst"])}
    else:
        ids, found, frontier = {entity}, [], [entity]
        for _ in range(max(hops, 1)):
            rows = _relationships(graph, frontier, since, until, min_confidence)
            found += rows
            frontier = sorted({end for row in rows for end in (row["src"], row["dst"])} - ids)
            ids |= set(frontier)
    exported = nx.MultiDiGraph()
    for node in _nodes(graph, sorted(ids)):
        exported.add_node(node["id"], **{**node["props"], "label": node["label"]})
    _add_edges(graph, exported, found)
    return exported


def _add_edges(graph: Graph, exported: nx.MultiDiGraph, rows: list[dict[str, Any]]) -> None:
    """Each relationship once (a neighbourhood meets some from both ends), with its evidence."""
    unique = {
        (r["src"], r["dst"], r["type"], r["props"].get("event"), r["props"].get("article")): r for r in rows
    }
    props = [r["props"] for r in unique.values()]
    events, articles = _evidence(
        graph,
        sorted({p["event"] for p in props if p.get("event")}),
        sorted({p["article"] for p in props if p.get("article")}),
    )
    for key, row in sorted(unique.items(), key=lambda item: tuple(str(part) for part in item[0])):
        relationship = row["props"]
        evidence = events.get(relationship.get("event") or "") or {
            **articles.get(relationship.get("article") or "", {}),
            "sentence": relationship.get("sentence"),
            "reports": 1 if relationship.get("sentence") else 0,
        }
        evidence = {f: evidence.get(f) for f in EVIDENCE_FIELDS if evidence.get(f) not in (None, "")}
        exported.add_edge(row["src"], row["dst"], key="|".join(str(k) for k in key), type=row["type"],
                          **{**relationship, **evidence})  # fmt: skip


# --- writers -------------------------------------------------------------------------------------


def plain(value: Any) -> str | int | float | bool:
    """A value GraphML and GEXF can hold: dates as ISO text, lists joined by ``; ``."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(plain(v)) for v in value)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def plain_graph(exported: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all plain values (None dropped), as the XML writers need."""
    copy = nx.MultiDiGraph()
    for node, data in exported.nodes(data=True):
        copy.add_node(node, **{k: plain(v) for k, v in data.items() if v is not None})
    for src, dst, key, data in exported.edges(keys=True, data=True):
        copy.add_edge(src, dst, key=key, **{k: plain(v) for k, v in data.items() if v is not None})
    return copy


def graphml_bytes(exported: nx.MultiDiGraph) -> bytes:
    return "\n".join(nx.generate_graphml(plain_graph(exported), named_key_ids=True)).encode("utf-8") + b"\n"


#: Edge attributes GEXF reserves (edge direction, time spells), renamed in GEXF files.
GEXF_RENAMED = {"type": "relationship", "start": "sentence_start", "end": "sentence_end"}


def gexf_bytes(exported: nx.MultiDiGraph) -> bytes:
    """GEXF: a node's ``label`` is its name (Gephi shows it) and ``kind`` its entity label; the edge
    attributes GEXF reserves are renamed (:data:`GEXF_RENAMED`)."""
    copy = plain_graph(exported)
    for node, data in copy.nodes(data=True):
        data["kind"] = data.get("label", "")
        data["label"] = data.get("name") or node
    for _, _, data in copy.edges(data=True):
        for old, new in GEXF_RENAMED.items():
            if old in data:
                data[new] = data.pop(old)
    return "\n".join(nx.generate_gexf(copy)).encode("utf-8") + b"\n"


def jsonl_bytes(exported: nx.MultiDiGraph) -> bytes:
    """One JSON object a line: the nodes (``"kind": "node"``), then the relationships (``"kind": "edge"``),
    each with its ``properties`` apart (a partnership has a ``kind`` of its own)."""
    lines = [{"kind": "node", "id": n, "properties": data} for n, data in exported.nodes(data=True)]
    lines += [
        {"kind": "edge", "source": s, "target": t, "properties": data}
        for s, t, data in exported.edges(data=True)
    ]
    return "".join(json.dumps(line, ensure_ascii=False, default=plain) + "\n" for line in lines).encode(
        "utf-8"
    )


#: CSV cells starting with these run as formulas in spreadsheet programs; such cells get a leading quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_tables(exported: nx.MultiDiGraph) -> tuple[bytes, bytes]:
    """(edges, nodes) as CSV, UTF-8 with a byte-order mark (spreadsheets then read Chinese right)."""
    edge_rows = [
        {
            "source": s,
            "source_name": exported.nodes[s].get("name"),
            "type": data["type"],
            "target": t,
            "target_name": exported.nodes[t].get("name"),
            **{k: v for k, v in data.items() if k != "type"},
        }
        for s, t, data in exported.edges(data=True)
    ]
    node_rows = [{"id": n, **data} for n, data in exported.nodes(data=True)]
    return _csv(edge_rows, ("source", "source_name", "type", "target", "target_name")), _csv(
        node_rows, ("id",)
    )


def _csv(rows: Iterable[dict[str, Any]], first: tuple[str, ...]) -> bytes:
    rows = list(rows)
    columns = list(dict.fromkeys([*first, *sorted({k for row in rows for k in row} - set(first))]))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    text = plain(value)
    return f"'{text}" if isinstance(text, str) and text.startswith(_FORMULA_START) else text


def nodes_path(out: Path) -> Path:
    """Where the node table goes beside a CSV export's edge table: ``graph.csv`` -> ``graph.nodes.csv``."""
    return out.with_name(f"{out.stem}.nodes{out.suffix or '.csv'}")


@dataclass(frozen=True)
class Format:
    """One export format: its name in the app, file extension, media type, and the bytes of a graph."""

    title: str
    extension: str
    media_type: str
    to_bytes: Callable[[nx.MultiDiGraph], bytes]


FORMATS: dict[str, Format] = {
    "graphml": Format("GraphML (Gephi, Cytoscape)", "graphml", "application/graphml+xml", graphml_bytes),
    "gexf": Format("GEXF (Gephi)", "gexf", "application/xml", gexf_bytes),
    "csv": Format("CSV (edges)", "csv", "text/csv", lambda g: csv_tables(g)[0]),
    "jsonl": Format("JSON Lines", "jsonl", "application/x-ndjson", jsonl_bytes),
}


def write_export(exported: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """Write ``exported`` in ``fmt`` to ``out`` (CSV: the node table beside it); returns the files written."""
    if fmt == "csv":
        edges, nodes = csv_tables(exported)
        out.write_bytes(edges)
        nodes_path(out).write_bytes(nodes)
        return [out, nodes_path(out)]
    out.write_bytes(FORMATS[fmt].to_bytes(exported))
    return [out]
