"""Overview: what is in the graph, who moved this week, and the events per week."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st
from newsgraph.graph import analytics, queries
from newsgraph.graph.connection import Graph
from newsgraph.graph.schema import EVENT_LABELS
from newsgraph.ui.charts import bottom_legend, time_bulk
from newsgraph.ui.components import entity_link, graph_or_stop


def counts(graph: Graph) -> None:
    nodes = graph.counts()["nodes"]
    cols = st.columns(5)
    cols[0].metric("Articles", nodes.get("Article", 0))
    cols[1].metric(
        "Companies & organisations", sum(nodes.get(x, 0) for x in ("Company", "Organization", "Government"))
    )
    cols[2].metric("People", nodes.get("Person", 0))
    cols[3].metric("Events", sum(nodes.get(x, 0) for x in EVENT_LABELS.values()))
    cols[4].metric("Sources", nodes.get("Source", 0))
    with st.expander("Events by type"):
        st.dataframe(
            pd.DataFrame([{"type": t, "events": nodes.get(label, 0)} for t, label in EVENT_LABELS.items()]),
            hide_index=True,
        )


def movers(graph: Graph) -> None:
    latest = queries.latest_article_date(graph)
    if latest is None:
        st.caption("No dated article yet.")
        return
    start, end = queries.week_window(latest)
    this_week = queries.active_entities(graph, start, end)
    previous = queries.active_entities(graph, *queries.week_window(latest, weeks_back=1))
    st.subheader("Top movers")
    st.caption(f"Most events reported in the week to {end}, change from the week before.")
    ranked = analytics.top_movers(this_week, previous)
    if not ranked:
        st.caption("No event reported in the latest week of data.")
        return
    for row in ranked:
        name_col, numbers = st.columns([2, 3])
        with name_col:
            entity_link(row["id"], row["name"], row["label"])
        change = f"{row['change']:+d}" if row["change"] else "±0"
        numbers.text(f"{row['events']} event(s) ({change}) · {', '.join(sorted(row['types']))}")


def weekly(graph: Graph) -> None:
    rows = queries.events_per_week(graph)
    st.subheader("Events per week")
    if not rows:
        st.caption("No dated event yet.")
        return
    frame = pd.DataFrame(rows)
    frame["week"] = pd.to_datetime(frame["week"])
    frame, note = time_bulk(frame, "week", "events", weight="events")
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("week:T", title=None),
            y=alt.Y("events:Q", title="events"),
            color=alt.Color("type:N", legend=bottom_legend("type")),
            tooltip=[alt.Tooltip("week:T", title="week of"), "type", "events"],
        )
        .properties(height=280)
    )
    st.altair_chart(chart, width="stretch")
    if note:
        st.caption(note)


st.title("newsgraph")
st.caption("AI-industry news as a graph: who left, who partnered, who listed, and where it was reported.")
graph = graph_or_stop()
counts(graph)
left, right = st.columns([1, 1], gap="large")
with left:
    movers(graph)
with right:
    weekly(graph)
