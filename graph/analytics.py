"""Shape query results into drawable subgraphs and rankings (networkx, no database access).

The queries return flat edge rows; this module decides which nodes to keep
when a neighbourhood is too big to draw (the closest and most connected
first), lays them out, and ranks the week's most active entities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

#: Beyond this many nodes a network drawing is unreadable; the caller says when it capped.
DEFAULT_NODE_CAP = 60


@dataclass
class Subgraph:
    """Nodes (id -> {name, label, hop}) and edges to draw; ``total`` counts nodes before the cap.

    ``total_is_lower_bound``: a hop was read only among the nodes already kept (the drawing was full,
    see :func:`newsgraph.graph.queries.neighbourhood_edges`), so nodes beyond them were not counted.
    """

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    total_is_lower_bound: bool = False

    @property
    def capped(self) -> bool:
        return self.total > len(self.nodes)


def neighbourhood(
    center: dict[str, Any],
    hop1: list[dict[str, Any]],
    hop2: list[dict[str, Any]] | None = None,
    cap: int = DEFAULT_NODE_CAP,
) -> Subgraph:
    """The center, its neighbours, then their neighbours, keeping at most ``cap`` nodes.

    Within a hop, nodes with more relationships to the previous hop come first
    (then the most mentioned), so a cap drops the peripheral nodes, not the
    strongly tied ones. Edge rows are those of :func:`newsgraph.graph.queries.neighbour_edges`.
    """
    kept: dict[str, dict[str, Any]] = {
        center["id"]: {"name": center["name"], "label": center["label"], "hop": 0}
    }
    total = 1
    asked = ({center["id"]}, {row["far"] for row in hop1})  # the ids each hop's query started from
    counted = set(kept)  # a node the first hop found but the cap left out is not counted again at the second
    for hop, rows in ((1, hop1), (2, hop2 or [])):
        candidates = _ranked_far_nodes(rows, exclude=counted)
        counted.update(node_id for node_id, _ in candidates)
        total += len(candidates) + _capped_away(rows, kept.keys(), asked[hop - 1])
        for node_id, node in candidates[: max(cap - len(kept), 0)]:
            kept[node_id] = {**node, "hop": hop}
    edges = _unique_edges(row for row in [*hop1, *(hop2 or [])] if row["src"] in kept and row["dst"] in kept)
    uncounted = any(rows and rows[0].get("far_total", 0) is None for rows in (hop1, hop2 or []))
    return Subgraph(kept, edges, total, uncounted)


def _capped_away(rows: list[dict[str, Any]], kept: Iterable[str], asked: set[str]) -> int:
    """Far nodes the query left out: it returns only the best-tied ones, and counts all in ``far_total``.

    ``far_total`` counts the far nodes outside the ids the query ``asked`` about; those
    already kept (the center, at hop 2) are no candidates, whether returned or not.
    """
    if not rows or rows[0].get("far_total") is None:
        return 0
    seen = {row["far"] for row in rows} - asked
    return max(rows[0]["far_total"] - len(seen | (set(kept) - asked)), 0)


def _ranked_far_nodes(rows: list[dict[str, Any]], exclude: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
    excluded = set(exclude)
    ties = Counter(row["far"] for row in rows if row["far"] not in excluded)
    info = {row["far"]: row for row in rows}
    ranked = sorted(ties, key=lambda n: (-ties[n], -info[n]["far_mentions"], info[n]["far_name"] or ""))
    return [(n, {"name": info[n]["far_name"], "label": info[n]["far_label"]}) for n in ranked]


def _unique_edges(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each relationship once, although it is seen from both of its ends."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = (row["src"], row["dst"], row["type"], row.get("event"), row.get("role"))
        seen.setdefault(key, row)
    return list(seen.values())


def events_without_sentence(sub: Subgraph) -> list[str]:
    """The events drawn whose relationships carry no sentence (written before they carried one)."""
    return sorted({edge["event"] for edge in sub.edges if edge.get("event") and not edge.get("sentence")})


def paths_subgraph(paths: list[dict[str, Any]]) -> Subgraph:
    """The union of the paths returned by :func:`newsgraph.graph.queries.shortest_paths`, hop = position on a path."""
    sub = Subgraph()
    for path in paths:
        for position, node in enumerate(path["nodes"]):
            known = sub.nodes.get(node["id"])
            hop = min(position, known["hop"]) if known else position
            sub.nodes[node["id"]] = {"name": node["name"], "label": node["label"], "hop": hop}
    sub.edges = _unique_edges(rel for path in paths for rel in path["rels"])
    sub.total = len(sub.nodes)
    return sub


def bundled_edges(sub: Subgraph) -> list[dict[str, Any]]:
    """One line per (src, dst, type) with a count: four listing stages draw as one "LISTING ×4" line.

    ``members`` keeps the relationships a line stands for (their events and sentences are its evidence).
    """
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for edge in sub.edges:
        groups.setdefault((edge["src"], edge["dst"], edge["type"]), []).append(edge)
    bundled = []
    for (src, dst, rel_type), members in groups.items():
        dates = sorted(str(m["date"]) for m in members if m.get("date"))
        details = sorted({str(m.get("role") or m.get("status") or "") for m in members} - {""})
        bundled.append(
            {
                "src": src,
                "dst": dst,
                "type": rel_type,
                "count": len(members),
                "dates": ", ".join(dates),
                "details": ", ".join(details),
                "members": members,
            }
        )
    return bundled


def layout(sub: Subgraph, center: str | None = None, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Spring layout positions (deterministic for a seed), the center pinned at the origin."""
    g = nx.Graph()
    g.add_nodes_from(sub.nodes)
    g.add_edges_from(
        (e["src"], e["dst"]) for e in sub.edges if e["src"] in sub.nodes and e["dst"] in sub.nodes
    )
    if not g:
        return {}
    fixed = [center] if center in g else None
    initial = {center: (0.0, 0.0)} if fixed else None
    positions = nx.spring_layout(g, pos=initial, fixed=fixed, seed=seed, k=1.5 / max(len(g), 1) ** 0.5)
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}


def top_movers(
    this_week: list[dict[str, Any]], previous_week: list[dict[str, Any]], limit: int = 10
) -> list[dict[str, Any]]:
    """Entities by events this week, with the change from the week before (biggest rise breaks ties)."""
    before = {row["id"]: row["events"] for row in previous_week}
    rows = [
        {
            **row,
            "previous": before.get(row["id"], 0),
            "change": row["events"] - before.get(row["id"], 0),
        }
        for row in this_week
    ]
    rows.sort(key=lambda r: (-r["events"], -r["change"], r["name"] or ""))
    return rows[:limit]
