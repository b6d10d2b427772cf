"""Review: the entities and facts most likely wrong first, one click to correct each; the history, with undo.

Corrections are kept with the ingest state, applied to every later ingest and re-extraction, and
can be undone one by one (the graph goes back exactly as it was).
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from newsgraph.graph import queries
from newsgraph.graph.connection import Graph
from newsgraph.graph.review import Item
from newsgraph.ingest.corrections import Correction
from newsgraph.ui.components import entity_link, escape_markdown, graph_or_stop
from newsgraph.ui.corrections import button, import_corrections, reviewer, signature, undo

from newsgraph.review import queue

#: Items of the queue shown at once.
QUEUE_SIZE = 30
#: Seconds the queue is reused (a correction made here clears it at once; one made elsewhere shows within this).
QUEUE_TTL_S = 60
#: Entity types a person-looking organisation is most often meant to be.
LIKELY_TYPE = "Company"


@st.cache_data(ttl=QUEUE_TTL_S, show_spinner="Finding what to review…", max_entries=8)
def review_items(_graph: Graph, uri: str, version: tuple[int, ...], limit: int) -> list[Item]:
    """The queue, read again when the graph's node counts change (``uri`` and ``version`` key the cache)."""
    return queue(_graph, limit)


def suggestions(item: Item) -> list[tuple[str, str, str]]:
    """(button label, action, value) of the corrections an item's reasons suggest, most likely first."""
    found: list[tuple[str, str, str]] = []
    if item.label == "Person":  # a person's name that names an organisation: most likely that one
        for other in item.others[:2]:
            found.append((f"Merge into {other['name']} ({other['label']})", "merge", other["id"]))
    if item.label == "Person" and item.kind == "entity" and len(item.reasons) > 1:
        found.append((f"Change type to {LIKELY_TYPE}", "retype", LIKELY_TYPE))
    return found


def show_item(item: Item) -> None:
    """One queue entry: what, why, the evidence, and its buttons."""
    with st.container(border=True):
        if item.kind == "entity":
            entity_link(item.id, item.name, item.label, key=f"link-{item.id}")
        else:
            st.markdown(f"**{escape_markdown(item.label)}** · {escape_markdown(item.name)}")
        st.caption(escape_markdown(" · ".join(item.reasons)) + f" · `{item.id}`")
        if item.evidence:
            st.text(f"“{item.evidence}”" + (f" — {item.article}" if item.article else ""))
        actions = [*suggestions(item), ("Confirm", "confirm", ""), ("Reject", "reject", "")]
        cols = st.columns(len(actions))
        for column, (label, action, value) in zip(cols, actions, strict=True):
            with column:
                button(label, f"queue-{action}-{value}-{item.id}", action, item.id, value)


def show_history(history: list[Correction]) -> None:
    """Every correction, newest first, each with an undo button while it holds."""
    if not history:
        st.caption("No correction yet.")
        return
    for correction in history:
        cols = st.columns([6, 1])
        cols[0].text(_describe(correction))
        if correction.active:
            cols[1].button("Undo", key=f"undo-{correction.id}", on_click=undo, args=(correction.id,))
        else:
            cols[1].caption("undone")


def _describe(c: Correction) -> str:
    parts: list[Any] = [c.when[:16].replace("T", " "), c.who, c.action, c.name or c.target]
    if c.action in ("retype", "rename", "split"):
        parts.append(f"→ {c.value}")
    if c.why:
        parts.append(f"why: {c.why}")
    return " · ".join(str(p) for p in parts if p)


st.title("Review")
graph = graph_or_stop()
signature()
st.caption(
    "Entities and events most likely wrong come first. Each correction is kept with who made it, "
    "when and why, holds through every later ingest, and can be undone below."
)
tab_queue, tab_history = st.tabs(
    ["Queue", "History"], key="review-tab", on_change="rerun"
)  # kept across reruns
with tab_queue:
    items = review_items(graph, graph.uri, queries.graph_version(graph), QUEUE_SIZE)
    if not items:
        st.info("Nothing to review.")
    for entry in items:
        show_item(entry)
with tab_history:
    with reviewer() as r:
        show_history(r.history())
        exported = r.exported()
    st.download_button(
        "Download every correction (JSON Lines)",
        exported,
        file_name="corrections.jsonl",
        mime="application/jsonl",
    )
    uploaded = st.file_uploader("Import corrections (JSON Lines from another newsroom)", type=["jsonl"])
    if uploaded is not None:
        st.button("Import them", key="import", on_click=import_corrections, args=(uploaded.getvalue(),))
