"""Departures: who left which company, from where to where, with the sentences that say so."""

from __future__ import annotations

from typing import Any

import streamlit as st
from newsgraph.ui.components import day_label, graph_or_stop
from newsgraph.ui.event_table import event_page, evidence, names


def columns(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "date": day_label(row["date"]),
        "person": names(row, "person"),
        "left": names(row, "org"),
        "role": row["role"],
        "joined": names(row, "to_org"),
        "modality": row["modality"],
        "confidence": row["confidence"],
        "sources": row["sources"],
        "first reported": day_label(row["first_reported"]),
    }


st.title("Departures")
graph = graph_or_stop()
evidence(graph, *event_page(graph, "departure", columns))
