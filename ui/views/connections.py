"""Connections: how two entities are linked, hop by hop, each hop with the sentence behind it."""

from __future__ import annotations

from typing import Any

import streamlit as st
from newsgraph.graph import analytics, queries
from newsgraph.graph.connection import Graph
from newsgraph.ui.components import (
    entity_picker,
    escape_markdown,
    go_to_entity,
    graph_or_stop,
    network_chart,
    show_reports,
)


def explain(graph: Graph, path: dict[str, Any], number: int) -> None:
    """Each hop of one path with its evidence: the event's reports, or the role's own sentence."""
    names = {n["id"]: n["name"] for n in path["nodes"]}
    events = [r["event"] for r in path["rels"] if r.get("event")]
    reports: dict[str, list[dict[str, Any]]] = {}
    for report in queries.event_reports(graph, events):
        reports.setdefault(report["event"], []).append(report)
    articles = {
        a["article"]: a
        for a in queries.role_reports(graph, [r["article"] for r in path["rels"] if r.get("article")])
    }
    st.markdown(f"**Path {number}** · {len(path['rels'])} hop(s)")
    for hop in path["rels"]:
        detail = " · ".join(str(v) for v in (hop.get("role"), hop.get("status"), hop.get("date")) if v)
        label = f"{names[hop['src']]} —{hop['type']}→ {names[hop['dst']]}" + (
            f" ({detail})" if detail else ""
        )
        with st.expander(escape_markdown(label)):
            if hop.get("event"):
                show_reports(reports.get(hop["event"], []))
            else:
                article = articles.get(hop.get("article"), {})
                show_reports(
                    [{**article, "sentence": hop.get("sentence")}], [names[hop["src"]], names[hop["dst"]]]
                )


st.title("Connections")
st.caption(
    "The shortest chains of departures, roles, partnerships, listings, investments and acquisitions "
    f"between two entities (up to {queries.MAX_PATH_HOPS} hops)."
)
graph = graph_or_stop()
left, right = st.columns(2)
with left:
    source = entity_picker(graph, "From", key="from")
with right:
    target = entity_picker(graph, "To", key="to")
every = st.toggle("All shortest paths (not just one)", value=False, key="every")
if not source or not target:
    st.caption("Choose two entities.")
    st.stop()
if source == target:
    st.info("Choose two different entities.")
    st.stop()
paths = queries.shortest_paths(graph, source, target, every=every)
if not paths:
    st.warning(f"No connection within {queries.MAX_PATH_HOPS} hops.")
    st.stop()
sub = analytics.paths_subgraph(paths)
clicked = network_chart(sub, source, key=f"paths-{source}-{target}", height=380)
if clicked:
    go_to_entity(clicked)
for number, path in enumerate(paths, start=1):
    explain(graph, path, number)
