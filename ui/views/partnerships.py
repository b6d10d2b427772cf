"""Partnerships: which companies team up, how, and how sure the reports are."""

from __future__ import annotations

from typing import Any

import streamlit as st
from newsgraph.ui.components import day_label, graph_or_stop
from newsgraph.ui.event_table import event_page, evidence, names


def columns(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "date": day_label(row["date"]),
        "partners": names(row, "partner"),
        "kind": row["kind"],
        "status": row["status"],
        "modality": row["modality"],
        "confidence": row["confidence"],
        "sources": row["sources"],
        "first reported": day_label(row["first_reported"]),
    }


st.title("Partnerships")
graph = graph_or_stop()
evidence(graph, *event_page(graph, "partnership", columns))
