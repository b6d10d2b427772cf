"""Connections: how two entities are linked, hop by hop, each hop with the sentence behind it."""

from __future__ import annotations

from typing import Any

import streamlit as st
from newsgraph.graph import analytics, queries
from newsgraph.graph.connection import Graph
from newsgraph.ui.components import (
    day_label,
    entity_picker,
    escape_markdown,
    go_to_entity,
    graph_or_stop,
    min_confidence,
    network_chart,
    show_reports,
    words,
)
from newsgraph.ui.vocabulary import Words


def hop_label(hop: dict[str, Any], names: dict[str, str], w: Words) -> str:
    """``颜水成 离开 依图科技 (CTO · 2021-03-11)``: the hop in the reader's words."""
    detail = " · ".join(
        v for v in (hop.get("role"), w.value("status", hop.get("status")), day_label(hop.get("date"))) if v
    )
    return f"{names[hop['src']]} {w.value('relationship', hop['type'])} {names[hop['dst']]} ({detail})"


def explain(graph: Graph, path: dict[str, Any], number: int, w: Words) -> None:
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
    st.markdown(w("connections.path", number=number, hops=len(path["rels"])))
    for hop in path["rels"]:
        with st.expander(escape_markdown(hop_label(hop, names, w))):
            if hop.get("event"):
                show_reports(reports.get(hop["event"], []))
            else:
                article = articles.get(hop.get("article"), {})
                show_reports(
                    [{**article, "sentence": hop.get("sentence")}], [names[hop["src"]], names[hop["dst"]]]
                )


w = words()
st.title(w("nav.connections"))
st.caption(w("connections.caption", hops=queries.MAX_PATH_HOPS))
graph = graph_or_stop()
left, right = st.columns(2)
with left:
    source = entity_picker(graph, w("connections.from"), key="from")
with right:
    target = entity_picker(graph, w("connections.to"), key="to")
every = st.toggle(w("connections.all_paths"), value=False, key="every")
if not source or not target:
    st.caption(w("connections.choose_two"))
    st.stop()
if source == target:
    st.info(w("connections.choose_different"))
    st.stop()
paths = queries.shortest_paths(graph, source, target, every=every, min_confidence=min_confidence())
if not paths:
    st.warning(w("connections.none", hops=queries.MAX_PATH_HOPS))
    st.stop()
sub = analytics.paths_subgraph(paths)
clicked = network_chart(graph, sub, source, key=f"paths-{source}-{target}", height=380)
if clicked:
    go_to_entity(clicked)
for number, path in enumerate(paths, start=1):
    explain(graph, path, number, w)
