"""Entity: profile, network of neighbours, timeline of events and the articles that mention it.

The entity comes from ``?entity=<id>`` so every view can be bookmarked and
shared; clicking a node in the network moves to that entity. The page also
offers the neighbourhood as a file for Gephi, Cytoscape or a spreadsheet
(:mod:`newsgraph.graph.export`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from newsgraph.graph import analytics, export, queries
from newsgraph.graph.connection import Graph
from newsgraph.graph.schema import EXPLORATION_TYPES
from newsgraph.ui.charts import bottom_legend, time_bulk
from newsgraph.ui.components import (
    day_label,
    entity_picker,
    escape_markdown,
    event_evidence,
    event_headline,
    event_title,
    go_to_entity,
    graph_or_stop,
    min_confidence,
    network_chart,
    show_reports,
    table,
    words,
)
from newsgraph.ui.corrections import (
    CONFIRMED,
    entity_actions,
    event_actions,
    moved_to,
    role_actions,
    show_message,
    signature,
)
from newsgraph.ui.vocabulary import Words

NODE_CAP = analytics.DEFAULT_NODE_CAP
#: Event fields the events table's download keeps, before the sources and the other participants.
RAW_EVENT_FIELDS = ("id", "date", "type", "as_role", "status", "role", "modality", "confidence", "confirmed")


def profile(node: dict[str, Any], graph: Graph, w: Words) -> None:
    """Name, aliases, key numbers, titles held and listings."""
    st.title(escape_markdown(node["name"]))
    aliases = ", ".join(a for a in node.get("aliases") or [] if a != node["name"])
    st.text(
        w.value("label", node["label"])
        + (f" · {w('review.confirmed_mark')}" if node.get("confirmed") else "")
        + (f" · {node['name_en']}" if node.get("name_en") else "")
        + (f" · {w('entity.aka', aliases=aliases)}" if aliases else "")
    )
    cols = st.columns(4)
    cols[0].metric(w("entity.articles"), node.get("mentions") or 0)
    cols[1].metric(w("entity.first_seen"), str(node.get("first_seen") or "–"))
    cols[2].metric(w("entity.last_seen"), str(node.get("last_seen") or "–"))
    cols[3].metric(w("entity.tickers"), ", ".join(node.get("tickers") or []) or "–")
    left, right = st.columns(2)
    with left:
        titles(queries.entity_roles(graph, node["id"]), w)
    with right:
        listings(graph, node, w)


def titles(roles: list[dict[str, Any]], w: Words) -> None:
    st.subheader(w("entity.titles"))
    if not roles:
        st.caption(w("entity.no_title"))
        return
    frame = pd.DataFrame(
        [
            {
                w("column.person"): r["person"],
                w("column.role"): r["title"],
                w("column.organisation"): r["org"],
                w("column.current"): w("entity.current" if r["current"] else "entity.former"),
                w("column.date"): day_label(r["date"]),
                w("column.confirmed"): CONFIRMED if r["confirmed"] else "",
            }
            for r in roles
        ]
    )
    table(frame, "titles", key="titles", download=pd.DataFrame(roles).drop(columns=["sentence"]))


def listings(graph: Graph, node: dict[str, Any], w: Words) -> None:
    """The company's listing tracks: one per venue, its current stage and since when."""
    st.subheader(w("nav.listings"))
    floor = min_confidence()
    rows = []
    for track in queries.listing_tracks(graph, [node["id"]]):
        stages = [
            s for s in track["stages"] if (1.0 if s.get("confidence") is None else s["confidence"]) >= floor
        ]
        if stages:
            rows.append(
                {
                    w("column.venue"): track["venue"] or w("listings.no_venue"),
                    w("column.current_stage"): w.value("status", stages[-1]["status"]),
                    w("column.since"): day_label(stages[-1]["date"]),
                }
            )
    if rows:
        st.dataframe(pd.DataFrame(rows), hide_index=True)
    else:
        st.caption(w("entity.no_listing"))


def network(node: dict[str, Any], graph: Graph, w: Words) -> None:
    """Neighbours over the exploration relationships, filtered, capped, interactive, and as a file."""
    controls = st.columns([1, 3, 2])
    hops = controls[0].radio(w("entity.hops"), [1, 2], horizontal=True, key="hops")
    types = controls[1].multiselect(
        w("entity.relationships"),
        EXPLORATION_TYPES,
        default=list(EXPLORATION_TYPES),
        format_func=lambda t: w.value("relationship", t),
        key="types",
    )
    window = controls[2].date_input(w("entity.dated_between"), value=(), key="window")
    since, until = (window[0], window[1]) if len(window) == 2 else (None, None)
    floor = min_confidence()
    hop1, hop2 = queries.neighbourhood_edges(
        graph, node["id"], hops, types, since, until, nodes=NODE_CAP, min_confidence=floor
    )
    sub = analytics.neighbourhood(node, hop1, hop2, cap=NODE_CAP)
    if len(sub.nodes) == 1:
        st.caption(w("entity.no_relationship"))
        return
    if sub.capped:
        total = f"{sub.total:,}+" if sub.total_is_lower_bound else f"{sub.total:,}"
        st.caption(w("entity.capped", shown=len(sub.nodes), total=total))
    clicked = network_chart(graph, sub, node["id"], key=f"net-{node['id']}-{hops}")
    if clicked and clicked != node["id"]:
        go_to_entity(clicked)
    neighbours = {n: d["name"] for n, d in sub.nodes.items() if n != node["id"]}
    target = st.selectbox(
        w("entity.go_to"),
        list(neighbours),
        index=None,
        format_func=neighbours.__getitem__,
        placeholder=w("common.choose_one"),
        key="goto",
    )
    if target:
        go_to_entity(target)
    relationship_table(node, sub, w)
    download_neighbourhood(graph, node, hops, (since, until), floor, w)


def relationship_table(node: dict[str, Any], sub: analytics.Subgraph, w: Words) -> None:
    names = {n: d["name"] for n, d in sub.nodes.items()}
    shown = pd.DataFrame(
        [
            {
                w("column.from"): names[e["src"]],
                w("column.relationship"): w.value("relationship", e["type"]),
                w("column.to"): names[e["dst"]],
                w("column.date"): day_label(e["date"]),
                w("column.role_or_stage"): e.get("role") or w.value("status", e.get("status")),
                w("column.modality"): w.value("modality", e.get("modality")),
            }
            for e in sub.edges
        ]
    )
    raw = pd.DataFrame(
        [
            {
                "from": e["src"],
                "type": e["type"],
                "to": e["dst"],
                "date": e["date"],
                "role": e.get("role"),
                "status": e.get("status"),
                "modality": e.get("modality"),
                "confidence": e.get("confidence"),
                "event": e.get("event"),
            }
            for e in sub.edges
        ]
    )
    with st.expander(w("entity.as_table", count=len(shown))):
        table(shown, f"{node['id']}-relationships", key="edges", download=raw)


def download_neighbourhood(
    graph: Graph,
    node: dict[str, Any],
    hops: int,
    window: tuple[date | None, date | None],
    floor: float,
    w: Words,
) -> None:
    """The same neighbourhood as a file for Gephi, Cytoscape or a spreadsheet, with its evidence."""
    fmt = st.selectbox(
        w("entity.export_format"),
        list(export.FORMATS),
        format_func=lambda f: export.FORMATS[f].title,
        key="export-format",
    )
    exported = export.build_export(
        graph, entity=node["id"], hops=hops, since=window[0], until=window[1], min_confidence=floor
    )
    chosen = export.FORMATS[fmt]
    st.download_button(
        w(
            "entity.export",
            format=chosen.title,
            nodes=exported.number_of_nodes(),
            edges=exported.number_of_edges(),
        ),
        chosen.to_bytes(exported),
        file_name=f"{node['id']}-{hops}hops.{chosen.extension}",
        mime=chosen.media_type,
        key="export-download",
    )


def timeline(events: list[dict[str, Any]], w: Words) -> None:
    """The entity's events on a time axis, one row per event type."""
    dated = [e for e in events if isinstance(e["date"], date)]
    if not dated:
        st.caption(w("entity.no_dated_event"))
        return
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime([e["date"] for e in dated]),
            "type": [w.type_title(e["type"]) for e in dated],
            "what": [event_headline(e, w) for e in dated],
            "modality": [w.value("modality", e["modality"]) for e in dated],
            "sources": [e["sources"] or 0 for e in dated],
        }
    )
    frame, note = time_bulk(frame, "date", w, "events")
    chart = (
        alt.Chart(frame)
        .mark_circle(opacity=0.85)
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("type:N", title=None),
            color=alt.Color("modality:N", legend=bottom_legend(w("column.modality"))),
            size=alt.Size("sources:Q", scale=alt.Scale(range=[80, 400]), legend=None),
            tooltip=[
                alt.Tooltip("date:T", title=w("column.date")),
                alt.Tooltip("what:N", title=w("column.what")),
                alt.Tooltip("modality:N", title=w("column.modality")),
                alt.Tooltip("sources:Q", title=w("column.sources")),
            ],
        )
        .properties(height=60 + 40 * frame["type"].nunique())
    )
    st.altair_chart(chart, width="stretch")
    if note:
        st.caption(note)


def event_list(events: list[dict[str, Any]], node: dict[str, Any], graph: Graph, w: Words) -> None:
    """The events as a table, and each event's evidence under its headline."""
    if not events:
        st.caption(w("entity.no_event"))
        return
    frame = pd.DataFrame(
        [
            {
                w("column.date"): day_label(e["date"]),
                w("column.what"): event_headline(e, w),
                w("column.type"): w.type_title(e["type"]),
                w("column.as"): w.role_title(e["type"], e["as_role"]),
                w("column.stage"): w.value("status", e["status"]),
                w("column.modality"): w.value("modality", e["modality"]),
                w("column.confidence"): w.confidence(e["confidence"]),
                w("column.sources"): e["sources"],
                w("column.confirmed"): CONFIRMED if e["confirmed"] else "",
            }
            for e in events
        ]
    )
    raw = pd.DataFrame(
        [
            {
                **{k: e[k] for k in RAW_EVENT_FIELDS},
                "sources": e["sources"],
                "with": "; ".join(o["name"] for o in e["others"]),
            }
            for e in events
        ]
    )
    selected = table(frame, f"{node['id']}-events", key="events", selectable=True, download=raw)
    headings = {e["id"]: event_title(e, w) for e in events}
    if selected:
        chosen = [{**events[i], "title": headings[events[i]["id"]]} for i in selected]
        event_actions(chosen, key="entity-events", selection="events")
    else:
        st.caption(w("review.select_to_correct"))
    st.subheader(w("events.evidence"))
    event_evidence(graph, headings)


def articles(node: dict[str, Any], graph: Graph, w: Words) -> None:
    rows = queries.entity_articles(graph, node["id"])
    if not rows:
        st.caption(w("entity.no_article"))
        return
    frame = pd.DataFrame(rows)[["published", "title", "source", "mentions", "url"]]
    frame["published"] = frame["published"].map(day_label)
    frame.columns = [
        w("column.published"),
        w("column.title"),
        w("column.source"),
        w("column.mentions"),
        "url",
    ]
    table(
        frame,
        f"{node['id']}-articles",
        key="articles",
        column_config={"url": st.column_config.LinkColumn(w("column.link"))},
    )


def roles_evidence(graph: Graph, node: dict[str, Any], w: Words) -> None:
    roles = queries.entity_roles(graph, node["id"])
    if not roles:
        return
    sources = {
        r["article"]: r for r in queries.role_reports(graph, [r["article"] for r in roles if r["article"]])
    }
    with st.expander(w("entity.where_titles_come_from")):
        role_actions(roles, key="roles")
        show_reports(
            [{**sources.get(r["article"], {}), "sentence": r["sentence"]} for r in roles],
            extra_terms=[
                *(r["person"] for r in roles),
                *(r["org"] for r in roles),
                *(r["title"] for r in roles),
            ],
        )


w = words()
graph = graph_or_stop()
entity_id = st.query_params.get("entity")
if not entity_id:
    st.title(w("nav.entity"))
    st.caption(w("entity.pick_hint"))
    picked = entity_picker(graph, w("nav.entity"), key="entity-search")
    if picked:
        go_to_entity(picked)
    st.stop()
node = queries.entity(graph, entity_id)
if node is None and (became := moved_to(entity_id)) is not None:
    go_to_entity(became)
if node is None:
    show_message()
    st.warning(w("entity.unknown", id=escape_markdown(entity_id)))
    st.stop()

signature()
profile(node, graph, w)
entity_actions(node)
roles_evidence(graph, node, w)
events = queries.entity_events(graph, node["id"], min_confidence=min_confidence())
tab_network, tab_timeline, tab_events, tab_articles = st.tabs(
    [w("entity.network"), w("entity.timeline"), w("entity.events"), w("entity.articles")]
)
with tab_network:
    network(node, graph, w)
with tab_timeline:
    timeline(events, w)
with tab_events:
    event_list(events, node, graph, w)
with tab_articles:
    articles(node, graph, w)
