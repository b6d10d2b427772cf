"""The filterable event table shared by the Departures, Partnerships and Listings pages.

One layout for every event type: filters (dates, company, modality, status),
a sortable table of the newest rows (a page at a time, more on request) with a
CSV download of what it shows, then (see :func:`evidence`) the reports of the
selected rows, or of the newest ones when nothing is selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st
from newsgraph.graph import queries
from newsgraph.graph.connection import Graph
from newsgraph.ingest.event_types import event_type as type_named
from newsgraph.ingest.records import MODALITIES
from newsgraph.ui.components import day_label, event_evidence, table

#: Evidence shown without a selection: the newest rows.
EVIDENCE_DEFAULT_ROWS = 10


def names(row: dict[str, Any], *roles: str) -> str:
    """Names of the participants in the given roles, joined for a table cell."""
    return "、".join(p["name"] for p in row["participants"] if p["role"] in roles and p["name"])


def event_page(
    graph: Graph,
    event_type: str,
    columns: Callable[[dict[str, Any]], dict[str, Any]],
    with_status: bool = False,
) -> tuple[list[dict[str, Any]], list[int]]:
    """Filters and table for one event type; returns the rows shown and the positions selected."""
    filters = st.columns([2, 2, 2, 2] if with_status else [2, 2, 2])
    window = filters[0].date_input("Between", value=(), key=f"{event_type}-window")
    companies = company_choices(graph, graph.uri, queries.graph_version(graph), event_type)
    company = filters[1].selectbox(
        "Company",
        list(companies),
        index=None,
        format_func=companies.__getitem__,
        placeholder="any",
        key=f"{event_type}-company",
    )
    modalities = filters[2].multiselect(
        "Modality", MODALITIES, key=f"{event_type}-modality", placeholder="any"
    )
    statuses = (
        filters[3].multiselect(
            "Status",
            type_named(event_type).slots["status"].values,
            key=f"{event_type}-status",
            placeholder="any",
        )
        if with_status
        else []
    )
    since, until = (window[0], window[1]) if len(window) == 2 else (None, None)
    pages = st.session_state.setdefault(f"{event_type}-pages", 1)
    shown = pages * queries.EVENTS_PAGE
    rows = queries.events(graph, event_type, since, until, company, modalities, statuses, limit=shown + 1)
    if not rows:
        st.info(f"No {event_type} matches these filters.")
        return [], []
    more, rows = len(rows) > shown, rows[:shown]
    frame = pd.DataFrame([columns(row) for row in rows])
    # The table's key names the filters: new filters make a new table, without the old selection's
    # row positions (which would point past the end of a shorter table, or at other rows).
    key = f"{event_type}-table-{window}-{company}-{modalities}-{statuses}"
    selected = table(frame, f"{event_type}s", key=key, selectable=True)
    if more:
        st.button(
            f"Show {queries.EVENTS_PAGE} more (the newest {len(rows)} are shown)",
            key=f"{event_type}-more",
            on_click=_next_page,
            args=(event_type,),
        )
    return rows, selected


def _next_page(event_type: str) -> None:
    st.session_state[f"{event_type}-pages"] += 1


#: Seconds the company filter's choices are reused: bounds how long an ingest that adds no node goes unseen.
COMPANIES_TTL_S = 60


@st.cache_data(ttl=COMPANIES_TTL_S, show_spinner=False, max_entries=64)
def company_choices(_graph: Graph, uri: str, version: tuple[int, ...], event_type: str) -> dict[str, str]:
    """Company filter choices (id -> "name (events)"), read again when the graph's node counts change.

    ``uri`` and ``version`` only key the cache: reading them is cheap, the grouping over every event is not.
    """
    return {c["id"]: f"{c['name']} ({c['events']})" for c in queries.event_companies(_graph, event_type)}


def evidence(graph: Graph, rows: list[dict[str, Any]], selected: list[int]) -> None:
    """The reports of the selected rows, or of the newest rows when none is selected."""
    if not rows:
        return
    st.subheader("Evidence")
    if selected:
        chosen = [rows[i] for i in selected]
    else:
        st.caption(
            f"Select rows in the table to see their evidence; showing the {EVIDENCE_DEFAULT_ROWS} newest."
        )
        chosen = rows[:EVIDENCE_DEFAULT_ROWS]
    event_evidence(graph, {row["id"]: _title(row) for row in chosen}, open_first=bool(selected))


def _title(row: dict[str, Any]) -> str:
    who = "、".join(p["name"] for p in row["participants"] if p["name"])
    return f"{day_label(row['date'])} · {row['status'] or row['modality']} · {who}"
