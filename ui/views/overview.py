"""Overview: what is in the graph, who moved this week, and the events per week."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st
from newsgraph.graph import analytics, queries
from newsgraph.graph.connection import Graph
from newsgraph.graph.schema import EVENT_LABELS
from newsgraph.ui.charts import bottom_legend, time_bulk
from newsgraph.ui.components import entity_link, graph_or_stop, min_confidence, words
from newsgraph.ui.vocabulary import Words


def counts(graph: Graph, w: Words) -> None:
    nodes = graph.counts()["nodes"]
    cols = st.columns(5)
    cols[0].metric(w("overview.articles"), nodes.get("Article", 0))
    cols[1].metric(
        w("overview.organisations"), sum(nodes.get(x, 0) for x in ("Company", "Organization", "Government"))
    )
    cols[2].metric(w("overview.people"), nodes.get("Person", 0))
    cols[3].metric(w("overview.events"), sum(nodes.get(x, 0) for x in EVENT_LABELS.values()))
    cols[4].metric(w("overview.sources"), nodes.get("Source", 0))
    with st.expander(w("overview.by_type")):
        st.dataframe(
            pd.DataFrame(
                [
                    {w("column.type"): w.type_title(t), w("column.events"): nodes.get(label, 0)}
                    for t, label in EVENT_LABELS.items()
                ]
            ),
            hide_index=True,
        )


def movers(graph: Graph, w: Words) -> None:
    latest = queries.latest_article_date(graph)
    if latest is None:
        st.caption(w("overview.no_dated_article"))
        return
    start, end = queries.week_window(latest)
    this_week = queries.active_entities(graph, start, end)
    previous = queries.active_entities(graph, *queries.week_window(latest, weeks_back=1))
    st.subheader(w("overview.top_movers"))
    st.caption(w("overview.movers_caption", end=end))
    ranked = analytics.top_movers(this_week, previous)
    if not ranked:
        st.caption(w("overview.no_event_this_week"))
        return
    for row in ranked:
        name_col, numbers = st.columns([2, 3])
        with name_col:
            entity_link(row["id"], row["name"], row["label"])
        change = f"{row['change']:+d}" if row["change"] else "±0"
        types = "、".join(sorted(w.type_title(t) for t in row["types"]))
        numbers.text(w("overview.mover_line", count=row["events"], change=change, types=types))


def weekly(graph: Graph, w: Words) -> None:
    rows = queries.events_per_week(graph, min_confidence())
    st.subheader(w("overview.per_week"))
    if not rows:
        st.caption(w("overview.no_dated_event"))
        return
    frame = pd.DataFrame(rows)
    frame["week"] = pd.to_datetime(frame["week"])
    frame["type"] = frame["type"].map(w.type_title)
    frame, note = time_bulk(frame, "week", w, "events", weight="events")
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("week:T", title=None),
            y=alt.Y("events:Q", title=w("column.events")),
            color=alt.Color("type:N", legend=bottom_legend(w("column.type"))),
            tooltip=[
                alt.Tooltip("week:T", title=w("column.week_of")),
                alt.Tooltip("type:N", title=w("column.type")),
                alt.Tooltip("events:Q", title=w("column.events")),
            ],
        )
        .properties(height=280)
    )
    st.altair_chart(chart, width="stretch")
    if note:
        st.caption(note)


w = words()
st.title("newsgraph")
st.caption(w("overview.tagline"))
graph = graph_or_stop()
counts(graph, w)
left, right = st.columns([1, 1], gap="large")
with left:
    movers(graph, w)
with right:
    weekly(graph, w)
