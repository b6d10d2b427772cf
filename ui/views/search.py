"""Search: one box for companies, people and organisations, by any alias, in any script."""

from __future__ import annotations

import streamlit as st
from newsgraph.graph import queries
from newsgraph.ui.components import entity_link, escape_markdown, graph_or_stop, words

w = words()
st.title(w("search.title"))
graph = graph_or_stop()
text = st.text_input(
    w("search.box"),
    key="q",
    placeholder="依图, 依圖, Yitu, 商汤, 颜水成…",
    help=w("search.box_help"),
    live=True,
)
if not text or not text.strip():
    st.caption(w("search.hint"))
    st.stop()

results = queries.search_entities(graph, text)
if not results:
    st.warning(w("search.no_match"))
    st.stop()

st.caption(w("search.count", count=len(results), text=escape_markdown(text.strip())))
for row in results:
    with st.container(border=True):
        entity_link(row["id"], row["name"], row["label"])
        aliases = ", ".join(a for a in row["aliases"] if a != row["name"])
        details = [
            w("search.aliases", aliases=aliases) if aliases else "",
            w("search.articles", count=row["mentions"]),
            w("search.events", count=row["events"]),
            w("search.last_seen", date=row["last_seen"]) if row["last_seen"] else "",
        ]
        st.text(" · ".join(d for d in details if d))
