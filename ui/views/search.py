"""Search: one box for companies, people and organisations, by any alias, in any script."""

from __future__ import annotations

import streamlit as st
from newsgraph.graph import queries
from newsgraph.ui.components import entity_link, escape_markdown, graph_or_stop

st.title("Search")
graph = graph_or_stop()
text = st.text_input(
    "Company, person or organisation",
    key="q",
    placeholder="依图, 依圖, Yitu, 商汤, 颜水成…",
    help="Simplified, Traditional or English; any known alias; results update as you type.",
    live=True,
)
if not text or not text.strip():
    st.caption("Type a name to search. Traditional spellings are converted to Simplified as well.")
    st.stop()

results = queries.search_entities(graph, text)
if not results:
    st.warning("No entity matches that name. Try a shorter part of it, or another spelling.")
    st.stop()

st.caption(f"{len(results)} match(es) for “{escape_markdown(text.strip())}”, best first.")
for row in results:
    with st.container(border=True):
        entity_link(row["id"], row["name"], row["label"])
        aliases = ", ".join(a for a in row["aliases"] if a != row["name"])
        details = [
            f"aliases: {aliases}" if aliases else "",
            f"{row['mentions']} article(s)",
            f"{row['events']} event(s)",
            f"last seen {row['last_seen']}" if row["last_seen"] else "",
        ]
        st.text(" · ".join(d for d in details if d))
