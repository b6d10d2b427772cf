"""Listings: IPO reports, and each company's stage history (filed -> inquiry -> listed / withdrawn)."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from newsgraph.graph import queries
from newsgraph.graph.connection import Graph
from newsgraph.ui.charts import bottom_legend, time_bulk
from newsgraph.ui.components import day_label, graph_or_stop, table
from newsgraph.ui.event_table import event_page, evidence, names


def columns(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "date": day_label(row["date"]),
        "company": names(row, "org"),
        "exchange": names(row, "board"),
        "status": row["status"],
        "modality": row["modality"],
        "confidence": row["confidence"],
        "sources": row["sources"],
        "first reported": day_label(row["first_reported"]),
    }


def stage_history(graph: Graph, rows: list[dict[str, Any]]) -> None:
    """Every stage of the companies shown, oldest first, as a table and on a time axis."""
    companies = sorted({p["id"] for row in rows for p in row["participants"] if p["role"] == "org"})
    histories = queries.listing_history(graph, companies)
    if not histories:
        return
    st.subheader("Stage history")
    frame = pd.DataFrame(
        [
            {
                "company": h["company"],
                "exchange": h["exchange"],
                "latest": h["stages"][-1]["status"],
                "since": day_label(h["stages"][-1]["date"]),
                "history": " → ".join(f"{s['status']} ({day_label(s['date'])})" for s in h["stages"]),
            }
            for h in histories
        ]
    )
    table(frame, "listing-history", key="history")
    points = pd.DataFrame(
        [
            {
                "company": h["company"],
                "status": s["status"],
                "date": pd.Timestamp(s["date"]),
                "modality": s["modality"],
            }
            for h in histories
            for s in h["stages"]
            if s["date"]
        ]
    )
    if points.empty:
        return
    points, note = time_bulk(points, "date", "listing stages")
    base = alt.Chart(points).encode(
        x=alt.X("date:T", title=None), y=alt.Y("company:N", title=None, axis=alt.Axis(labelLimit=160))
    )
    chart = base.mark_line(color="#9aa5b1").encode(detail="company:N") + base.mark_circle(size=160).encode(
        color=alt.Color("status:N", legend=bottom_legend("status")),
        tooltip=["company", "status", alt.Tooltip("date:T"), "modality"],
    )
    st.altair_chart(chart.properties(height=80 + 36 * points["company"].nunique()), width="stretch")
    if note:
        st.caption(note)


st.title("Listings")
graph = graph_or_stop()
shown, selected = event_page(graph, "listing", columns, with_status=True)
if shown:
    stage_history(graph, shown)
evidence(graph, shown, selected)
