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
from newsgraph.ui.components import entity_link, escape_markdown, graph_or_stop, words
from newsgraph.ui.corrections import (
    button,
    correction_name,
    import_corrections,
    reviewer,
    signature,
    undo,
)
from newsgraph.ui.vocabulary import Words

from newsgraph.review import queue

#: Items of the queue shown at once.
QUEUE_SIZE = 30
#: Seconds the queue is reused (a correction made here clears it at once; one made elsewhere shows within this).
QUEUE_TTL_S = 60
#: Entity types a person-looking organisation is most often meant to be.
LIKELY_TYPE = "Company"


@st.cache_data(ttl=QUEUE_TTL_S, show_spinner=False, max_entries=8)
def review_items(_graph: Graph, uri: str, version: tuple[int, ...], limit: int) -> list[Item]:
    """The queue, read again when the graph's node counts change (``uri`` and ``version`` key the cache)."""
    return queue(_graph, limit)


def suggestions(item: Item, w: Words) -> list[tuple[str, str, str]]:
    """(button label, action, value) of the corrections an item's reasons suggest, most likely first."""
    found: list[tuple[str, str, str]] = []
    if item.label == "Person":  # a person's name that names an organisation: most likely that one
        for other in item.others[:2]:
            label = w("review.merge_into_named", name=other["name"], label=w.value("label", other["label"]))
            found.append((label, "merge", other["id"]))
    if item.label == "Person" and item.kind == "entity" and len(item.reasons) > 1:
        found.append((w("review.retype", type=w.value("label", LIKELY_TYPE)), "retype", LIKELY_TYPE))
    return found


def reason_text(item: Item, reason: str, w: Words) -> str:
    """A queue reason in the reader's words: its kind (the text before a colon) names the vocabulary key."""
    kind = reason.split(":")[0]
    if kind == "two types":
        labels = w.joiner.join(w.value("label", lbl) for lbl in sorted({o["label"] for o in item.others}))
        return w("review_reason.two_types", labels=labels)
    if kind == "low confidence":
        return w("review_reason.low_confidence", level=w.confidence(item.confidence))
    return w.value("review_reason", kind.replace(" ", "_"))


def show_item(item: Item, w: Words) -> None:
    """One queue entry: what, why, the evidence, and its buttons."""
    with st.container(border=True):
        if item.kind == "entity":
            entity_link(item.id, item.name, item.label, key=f"link-{item.id}")
        else:
            st.markdown(f"**{escape_markdown(w.type_title(item.label))}** · {escape_markdown(item.name)}")
        reasons = " · ".join(reason_text(item, r, w) for r in item.reasons)
        st.caption(escape_markdown(reasons) + f" · `{item.id}`")
        if item.evidence:
            st.text(f"“{item.evidence}”" + (f" — {item.article}" if item.article else ""))
        actions = [
            *suggestions(item, w),
            (w("review.confirm"), "confirm", ""),
            (w("review.reject"), "reject", ""),
        ]
        cols = st.columns(len(actions))
        for column, (label, action, value) in zip(cols, actions, strict=True):
            with column:
                button(label, f"queue-{action}-{value}-{item.id}", action, item.id, value)


def show_history(history: list[Correction], w: Words) -> None:
    """Every correction, newest first, each with an undo button while it holds."""
    if not history:
        st.caption(w("review.no_correction"))
        return
    for correction in history:
        cols = st.columns([6, 1])
        cols[0].text(_describe(correction, w))
        if correction.active:
            cols[1].button(
                w("review.undo"), key=f"undo-{correction.id}", on_click=undo, args=(correction.id,)
            )
        else:
            cols[1].caption(w("review.undone_mark"))


def _describe(c: Correction, w: Words) -> str:
    parts: list[Any] = [
        c.when[:16].replace("T", " "),
        c.who,
        w.value("action", c.action),
        correction_name(c, w),
    ]
    if c.action in ("retype", "rename", "split"):
        parts.append(f"→ {w.value('label', c.value) if c.action == 'retype' else c.value}")
    if c.why:
        parts.append(w("review.why_was", why=c.why))
    return " · ".join(str(p) for p in parts if p)


w = words()
st.title(w("nav.review"))
graph = graph_or_stop()
signature()
st.caption(w("review.intro"))
tab_queue, tab_history = st.tabs(
    [w("review.queue"), w("review.history")], key="review-tab", on_change="rerun"
)  # kept across reruns
with tab_queue:
    with st.spinner(w("review.finding")):
        items = review_items(graph, graph.uri, queries.graph_version(graph), QUEUE_SIZE)
    if not items:
        st.info(w("review.nothing"))
    for entry in items:
        show_item(entry, w)
with tab_history:
    with reviewer() as r:
        show_history(r.history(), w)
        exported = r.exported()
    st.download_button(
        w("review.download"),
        exported,
        file_name="corrections.jsonl",
        mime="application/jsonl",
    )
    uploaded = st.file_uploader(w("review.upload"), type=["jsonl"])
    if uploaded is not None:
        st.button(w("review.import"), key="import", on_click=import_corrections, args=(uploaded.getvalue(),))
