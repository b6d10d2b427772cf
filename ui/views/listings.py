"""Listings: one track per company and venue, its current stage first, then its stage history.

A company's story on 上交所, on 科创板 (a board of it) and in reports naming no venue is one
track (:func:`newsgraph.graph.queries.listing_tracks` folds them); the reports behind the
tracks follow in a filterable table, each with its evidence.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from newsgraph.graph import queries
from newsgraph.graph.connection import Graph
from newsgraph.ui.charts import bottom_legend, time_bulk
from newsgraph.ui.components import day_label, graph_or_stop, min_confidence, table, words
from newsgraph.ui.event_table import event_page, evidence, names
from newsgraph.ui.vocabulary import Words


def columns(row: dict[str, Any], w: Words) -> dict[str, Any]:
    return {
        w("column.date"): day_label(row["date"]),
        w("column.company"): names(row, "org"),
        w("column.exchange"): names(row, "board"),
        w("column.stage"): w.value("status", row["status"]),
        w("column.modality"): w.value("modality", row["modality"]),
        w("column.confidence"): w.confidence(row["confidence"]),
        w("column.sources"): row["sources"],
        w("column.first_reported"): day_label(row["first_reported"]),
    }


def shown_tracks(graph: Graph, company_ids: list[str], floor: float) -> list[dict[str, Any]]:
    """The companies' tracks with only the stages shown (confidence at least ``floor``), current stage last."""
    tracks = []
    for track in queries.listing_tracks(graph, company_ids):
        stages = [
            s for s in track["stages"] if (1.0 if s.get("confidence") is None else s["confidence"]) >= floor
        ]
        if stages:
            tracks.append(
                {**track, "stages": stages, "stage": stages[-1]["status"], "since": stages[-1]["date"]}
            )
    return tracks


def track_table(tracks: list[dict[str, Any]], w: Words) -> None:
    """One row per company and venue: the current stage and since when, then every stage in order."""
    frame = pd.DataFrame(
        [
            {
                w("column.company"): t["company"],
                w("column.venue"): t["venue"] or w("listings.no_venue"),
                w("column.current_stage"): w.value("status", t["stage"]),
                w("column.since"): day_label(t["since"]),
                w("column.history"): " → ".join(
                    f"{w.value('status', s['status'])} ({day_label(s['date'])})" for s in t["stages"]
                ),
            }
            for t in tracks
        ]
    )
    raw = pd.DataFrame(
        [
            {
                "company_id": t["company_id"],
                "company": t["company"],
                "venue_id": t["venue_id"],
                "venue": t["venue"],
                "stage": t["stage"],
                "since": t["since"],
                "stages": " > ".join(
                    f"{s['status']} {s['date'] or ''} {s['event']}".strip() for s in t["stages"]
                ),
            }
            for t in tracks
        ]
    )
    table(frame, "listing-tracks", key="tracks", download=raw)


def track_chart(tracks: list[dict[str, Any]], w: Words) -> None:
    """Every track's dated stages on one time axis, a line per company and venue."""
    points = pd.DataFrame(
        [
            {
                "track": f"{t['company']} · {t['venue'] or w('listings.no_venue')}",
                "stage": w.value("status", s["status"]),
                "date": pd.Timestamp(s["date"]),
                "modality": w.value("modality", s["modality"]),
            }
            for t in tracks
            for s in t["stages"]
            if s["date"]
        ]
    )
    if points.empty:
        return
    points, note = time_bulk(points, "date", w, "listing_stages")
    base = alt.Chart(points).encode(
        x=alt.X("date:T", title=None), y=alt.Y("track:N", title=None, axis=alt.Axis(labelLimit=220))
    )
    chart = base.mark_line(color="#9aa5b1").encode(detail="track:N") + base.mark_circle(size=160).encode(
        color=alt.Color("stage:N", legend=bottom_legend(w("column.stage"))),
        tooltip=[
            alt.Tooltip("track:N", title=w("column.track")),
            alt.Tooltip("stage:N", title=w("column.stage")),
            alt.Tooltip("date:T", title=w("column.date")),
            alt.Tooltip("modality:N", title=w("column.modality")),
        ],
    )
    st.altair_chart(chart.properties(height=80 + 36 * points["track"].nunique()), width="stretch")
    if note:
        st.caption(note)


w = words()
st.title(w("nav.listings"))
graph = graph_or_stop()
tracks_box = st.container()
st.subheader(w("listings.reports"))
shown, selected = event_page(graph, "listing", columns, with_status=True)
if shown:
    companies = sorted({p["id"] for row in shown for p in row["participants"] if p["role"] == "org"})
    tracks = shown_tracks(graph, companies, min_confidence())
    with tracks_box:
        st.subheader(w("listings.tracks"))
        st.caption(w("listings.tracks_caption"))
        track_table(tracks, w)
        track_chart(tracks, w)
evidence(graph, shown, selected)
