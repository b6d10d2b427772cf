"""Partnerships: which companies team up, how, and how sure the reports are."""

from __future__ import annotations

from typing import Any

import streamlit as st
from newsgraph.ui.components import day_label, graph_or_stop, words
from newsgraph.ui.event_table import event_page, evidence, names
from newsgraph.ui.vocabulary import Words


def columns(row: dict[str, Any], w: Words) -> dict[str, Any]:
    return {
        w("column.date"): day_label(row["date"]),
        w("column.partners"): names(row, "partner"),
        w("column.kind"): w.value("kind", row["kind"]),
        w("column.status"): w.value("status", row["status"]),
        w("column.modality"): w.value("modality", row["modality"]),
        w("column.confidence"): w.confidence(row["confidence"]),
        w("column.sources"): row["sources"],
        w("column.first_reported"): day_label(row["first_reported"]),
    }


st.title(words()("nav.partnerships"))
graph = graph_or_stop()
evidence(graph, *event_page(graph, "partnership", columns))
