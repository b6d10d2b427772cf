"""The filterable event table shared by the Departures, Partnerships and Listings pages.

One layout for every event type: filters (dates, company, how it was reported, status),
a sortable table of the newest rows (a page at a time, more on request) in the
reader's words, with a CSV download of the same rows in the graph's raw values
(modality codes, confidence as a number) for analysts, then (see :func:`evidence`)
the reports of the selected rows, or of the newest ones when nothing is selected,
each under the event's headline, and buttons that confirm, reject or fix the selected rows
(:mod:`newsgraph.ui.corrections`).
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
from newsgraph.ui.components import event_evidence, event_title, min_confidence, table, words
from newsgraph.ui.corrections import CONFIRMED, event_actions, show_message, signature
from newsgraph.ui.vocabulary import Words

#: Evidence shown without a selection: the newest rows.
EVIDENCE_DEFAULT_ROWS = 10
#: Event fields the raw download keeps besides the participants, in this order.
RAW_FIELDS = (
    "id", "type", "date", "first_reported", "status", "kind", "role", "round", "amount", "currency",
    "modality", "confidence", "sources", "confirmed",
)  # fmt: skip


def names(row: dict[str, Any], *roles: str) -> str:
    """Names of the participants in the given roles, joined for a table cell."""
    return "、".join(p["name"] for p in row["participants"] if p["role"] in roles and p["name"])


def raw_row(row: dict[str, Any]) -> dict[str, Any]:
    """An event as analysts want it in a CSV: the graph's values, participants by role."""
    roles = dict.fromkeys(p["role"] for p in row["participants"])
    return {
        **{field: row.get(field) for field in RAW_FIELDS},
        **{role: names(row, role) for role in roles},
    }


def event_page(
    graph: Graph,
    event_type: str,
    columns: Callable[[dict[str, Any], Words], dict[str, Any]],
    with_status: bool = False,
) -> tuple[list[dict[str, Any]], list[int]]:
    """Filters and table for one event type; returns the rows shown and the positions selected."""
    w = words()
    show_message()
    filters = st.columns([2, 2, 2, 2] if with_status else [2, 2, 2])
    window = filters[0].date_input(w("events.between"), value=(), key=f"{event_type}-window")
    companies = company_choices(graph, graph.uri, queries.graph_version(graph), event_type)
    company = filters[1].selectbox(
        w("events.company"),
        list(companies),
        index=None,
        format_func=companies.__getitem__,
        placeholder=w("events.any"),
        key=f"{event_type}-company",
    )
    modalities = filters[2].multiselect(
        w("events.modality"),
        MODALITIES,
        format_func=lambda m: w.value("modality", m),
        key=f"{event_type}-modality",
        placeholder=w("events.any"),
    )
    statuses = (
        filters[3].multiselect(
            w("events.status"),
            type_named(event_type).slots["status"].values,
            format_func=lambda s: w.value("status", s),
            key=f"{event_type}-status",
            placeholder=w("events.any"),
        )
        if with_status
        else []
    )
    since, until = (window[0], window[1]) if len(window) == 2 else (None, None)
    pages = st.session_state.setdefault(f"{event_type}-pages", 1)
    shown = pages * queries.EVENTS_PAGE
    floor = min_confidence()
    rows = queries.events(
        graph, event_type, since, until, company, modalities, statuses, limit=shown + 1, min_confidence=floor
    )
    if not rows:
        st.info(w("events.none", type=w.type_title(event_type)))
        return [], []
    more, rows = len(rows) > shown, rows[:shown]
    frame = pd.DataFrame(
        [
            {**columns(row, w), w("column.confirmed"): CONFIRMED if row.get("confirmed") else ""}
            for row in rows
        ]
    )
    # The table's key names the filters: new filters make a new table, without the old selection's
    # row positions (which would point past the end of a shorter table, or at other rows).
    key = f"{event_type}-table-{window}-{company}-{modalities}-{statuses}-{floor}"
    st.session_state[table_key(event_type)] = key
    raw = pd.DataFrame([raw_row(row) for row in rows])
    selected = table(frame, f"{event_type}s", key=key, selectable=True, download=raw)
    if more:
        st.button(
            w("events.more", page=queries.EVENTS_PAGE, shown=len(rows)),
            key=f"{event_type}-more",
            on_click=_next_page,
            args=(event_type,),
        )
    return rows, selected


def table_key(event_type: str) -> str:
    """Where the session keeps the widget key of this event type's table (it changes with the filters)."""
    return f"{event_type}-table-key"


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
    w = words()
    st.subheader(w("events.evidence"))
    if selected:
        chosen = [rows[i] for i in selected]
    else:
        st.caption(w("events.select_hint", count=EVIDENCE_DEFAULT_ROWS))
        chosen = rows[:EVIDENCE_DEFAULT_ROWS]
    titles = {row["id"]: event_title(row, w) for row in chosen}
    event_evidence(graph, titles, open_first=bool(selected))
    if selected:
        signature()
        event_actions(
            [{**row, "title": titles[row["id"]]} for row in chosen],
            key="table",
            selection=st.session_state.get(table_key(rows[0]["type"]), ""),
        )
    else:
        st.caption(w("review.select_to_correct"))
