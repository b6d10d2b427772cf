"""Departures: who left which company, from where to where, with the sentences that say so."""

from __future__ import annotations

from typing import Any

import streamlit as st
from newsgraph.ui.components import day_label, graph_or_stop, words
from newsgraph.ui.event_table import event_page, evidence, names
from newsgraph.ui.vocabulary import Words


def columns(row: dict[str, Any], w: Words) -> dict[str, Any]:
    return {
        w("column.date"): day_label(row["date"]),
        w("column.person"): names(row, "person"),
        w("column.left"): names(row, "org"),
        w("column.role"): row["role"],
        w("column.joined"): names(row, "to_org"),
        w("column.modality"): w.value("modality", row["modality"]),
        w("column.confidence"): w.confidence(row["confidence"]),
        w("column.sources"): row["sources"],
        w("column.first_reported"): day_label(row["first_reported"]),
    }


st.title(words()("nav.departures"))
graph = graph_or_stop()
evidence(graph, *event_page(graph, "departure", columns))
