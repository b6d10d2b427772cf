"""Entity: profile, network of neighbours, timeline of events and the articles that mention it.

The entity comes from ``?entity=<id>`` so every view can be bookmarked and
shared; clicking a node in the network moves to that entity.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from newsgraph.graph import analytics, queries
from newsgraph.graph.connection import Graph
from newsgraph.graph.schema import EXPLORATION_TYPES
from newsgraph.ui.charts import bottom_legend, time_bulk
from newsgraph.ui.components import (
    day_label,
    entity_picker,
    escape_markdown,
    event_evidence,
    go_to_entity,
    graph_or_stop,
    network_chart,
    show_reports,
    table,
)

NODE_CAP = analytics.DEFAULT_NODE_CAP


def profile(node: dict[str, Any], graph: Graph) -> None:
    """Name, aliases, key numbers, titles held and listings."""
    st.title(escape_markdown(node["name"]))
    aliases = ", ".join(a for a in node.get("aliases") or [] if a != node["name"])
    st.text(
        f"{node['label']}"
        + (f" · {node['name_en']}" if node.get("name_en") else "")
        + (f" · aka {aliases}" if aliases else "")
    )
    cols = st.columns(4)
    cols[0].metric("Articles", node.get("mentions") or 0)
    cols[1].metric("First seen", str(node.get("first_seen") or "–"))
    cols[2].metric("Last seen", str(node.get("last_seen") or "–"))
    cols[3].metric("Tickers", ", ".join(node.get("tickers") or []) or "–")
    roles = queries.entity_roles(graph, node["id"])
    listings = queries.entity_listings(graph, node["id"])
    left, right = st.columns(2)
    with left:
        st.subheader("Titles")
        if roles:
            frame = pd.DataFrame(roles)[["person", "title", "org", "current", "date"]]
            frame["date"] = frame["date"].map(day_label)
            st.dataframe(frame, hide_index=True)
        else:
            st.caption("No title reported.")
    with right:
        st.subheader("Listings")
        if listings:
            st.dataframe(pd.DataFrame(listings)[["exchange", "status", "date"]], hide_index=True)
        else:
            st.caption("No listing reported.")


def network(node: dict[str, Any], graph: Graph) -> None:
    """Neighbours over the exploration relationships, filtered, capped and clickable."""
    controls = st.columns([1, 3, 2])
    hops = controls[0].radio("Hops", [1, 2], horizontal=True, key="hops")
    types = controls[1].multiselect(
        "Relationships", EXPLORATION_TYPES, default=list(EXPLORATION_TYPES), key="types"
    )
    window = controls[2].date_input("Dated between", value=(), key="window")
    since, until = (window[0], window[1]) if len(window) == 2 else (None, None)
    hop1 = queries.neighbour_edges(graph, [node["id"]], types, since, until, nodes=NODE_CAP)
    hop2 = (
        queries.neighbour_edges(graph, sorted({r["far"] for r in hop1}), types, since, until, nodes=NODE_CAP)
        if hops == 2
        else []
    )
    sub = analytics.neighbourhood(node, hop1, hop2, cap=NODE_CAP)
    if len(sub.nodes) == 1:
        st.caption("No relationship with the chosen filters.")
        return
    if sub.capped:
        st.caption(
            f"Showing {len(sub.nodes)} of {sub.total} entities (the closest and most connected); "
            "narrow the relationships or dates to see the others."
        )
    clicked = network_chart(sub, node["id"], key=f"net-{node['id']}-{hops}")
    if clicked and clicked != node["id"]:
        go_to_entity(clicked)
    neighbours = {n: d["name"] for n, d in sub.nodes.items() if n != node["id"]}
    target = st.selectbox(
        "Go to a neighbour", list(neighbours), index=None, format_func=neighbours.__getitem__, key="goto"
    )
    if target:
        go_to_entity(target)
    names = {n: d["name"] for n, d in sub.nodes.items()}
    edges = pd.DataFrame(
        [
            {
                "from": names[e["src"]],
                "relationship": e["type"],
                "to": names[e["dst"]],
                "date": e["date"],
                "role / status": e.get("role") or e.get("status"),
                "modality": e.get("modality"),
            }
            for e in sub.edges
        ]
    )
    with st.expander(f"{len(edges)} relationship(s) as a table"):
        table(edges, f"{node['id']}-relationships", key="edges")


def timeline(events: list[dict[str, Any]]) -> None:
    """The entity's events on a time axis, one row per event type."""
    dated = [e for e in events if isinstance(e["date"], date)]
    if not dated:
        st.caption("No dated event.")
        return
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime([e["date"] for e in dated]),
            "type": [e["type"] for e in dated],
            "modality": [e["modality"] or "" for e in dated],
            "with": [", ".join(o["name"] for o in e["others"]) for e in dated],
            "status / role": [e["status"] or e["role"] or "" for e in dated],
            "sources": [e["sources"] or 0 for e in dated],
        }
    )
    frame, note = time_bulk(frame, "date", "events")
    chart = (
        alt.Chart(frame)
        .mark_circle(opacity=0.85)
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("type:N", title=None),
            color=alt.Color("modality:N", legend=bottom_legend("modality")),
            size=alt.Size("sources:Q", scale=alt.Scale(range=[80, 400]), legend=None),
            tooltip=[alt.Tooltip("date:T"), "type", "with", "status / role", "modality", "sources"],
        )
        .properties(height=60 + 40 * frame["type"].nunique())
    )
    st.altair_chart(chart, width="stretch")
    if note:
        st.caption(note)


def event_list(events: list[dict[str, Any]], node: dict[str, Any], graph: Graph) -> None:
    """The events as a table, and each event's evidence in an expander."""
    if not events:
        st.caption("No event reported.")
        return
    frame = pd.DataFrame(
        [
            {
                "date": day_label(e["date"]),
                "type": e["type"],
                "as": e["as_role"],
                "with": ", ".join(o["name"] for o in e["others"]),
                "status": e["status"],
                "role": e["role"],
                "modality": e["modality"],
                "confidence": e["confidence"],
                "sources": e["sources"],
            }
            for e in events
        ]
    )
    table(frame, f"{node['id']}-events", key="events")
    st.subheader("Evidence")
    titles = {
        e["id"]: f"{day_label(e['date'])} · {e['type']} · {', '.join(o['name'] for o in e['others'])}"
        for e in events
    }
    event_evidence(graph, titles)


def articles(node: dict[str, Any], graph: Graph) -> None:
    rows = queries.entity_articles(graph, node["id"])
    if not rows:
        st.caption("No article mentions it.")
        return
    frame = pd.DataFrame(rows)[["published", "title", "source", "mentions", "url"]]
    frame["published"] = frame["published"].map(day_label)
    table(
        frame,
        f"{node['id']}-articles",
        key="articles",
        column_config={"url": st.column_config.LinkColumn("link")},
    )


def roles_evidence(graph: Graph, node: dict[str, Any]) -> None:
    roles = queries.entity_roles(graph, node["id"])
    if not roles:
        return
    sources = {
        r["article"]: r for r in queries.role_reports(graph, [r["article"] for r in roles if r["article"]])
    }
    with st.expander("Where the titles come from"):
        show_reports(
            [{**sources.get(r["article"], {}), "sentence": r["sentence"]} for r in roles],
            extra_terms=[
                *(r["person"] for r in roles),
                *(r["org"] for r in roles),
                *(r["title"] for r in roles),
            ],
        )


graph = graph_or_stop()
entity_id = st.query_params.get("entity")
if not entity_id:
    st.title("Entity")
    st.caption("Search for a company, person or organisation to open its page.")
    picked = entity_picker(graph, "Entity", key="entity-search")
    if picked:
        go_to_entity(picked)
    st.stop()
node = queries.entity(graph, entity_id)
if node is None:
    st.warning(f"No entity has the id “{escape_markdown(entity_id)}”. Search for it instead.")
    st.stop()

profile(node, graph)
roles_evidence(graph, node)
events = queries.entity_events(graph, node["id"])
tab_network, tab_timeline, tab_events, tab_articles = st.tabs(["Network", "Timeline", "Events", "Articles"])
with tab_network:
    network(node, graph)
with tab_timeline:
    timeline(events)
with tab_events:
    event_list(events, node, graph)
with tab_articles:
    articles(node, graph)
