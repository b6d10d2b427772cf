"""Cypher console for analysts: examples, the schema at hand, and queries that can never change the graph."""

from __future__ import annotations

import json
from pathlib import Path

import newsgraph.graph
import pandas as pd
import streamlit as st
from newsgraph.graph import analytics
from newsgraph.graph.console import (
    DEFAULT_ROW_CAP,
    DEFAULT_TIME_LIMIT_S,
    PLACEHOLDER_QUERY,
    graph_elements,
    prepare,
    run_readonly,
)
from newsgraph.graph.examples import load_examples
from newsgraph.ui.components import graph_or_stop, network_chart, table, words

SCHEMA_DOC = Path(newsgraph.graph.__file__).resolve().parent / "SCHEMA.md"
EXAMPLES = {e.name: e for e in load_examples()}


def load_example() -> None:
    """Put the chosen example in the editor (a widget callback, so it runs before the editor is drawn)."""
    example = EXAMPLES.get(st.session_state.get("example") or "")
    if example:
        st.session_state["query"] = example.query
        st.session_state["params"] = json.dumps(example.params, ensure_ascii=False)


def draw(rows: list[dict]) -> None:
    """Nodes and relationships in the result, as a network."""
    nodes, rels = graph_elements(rows)
    if not rels:
        return
    sub = analytics.Subgraph(
        nodes={
            k: {
                "name": n.get("name") or n.get("title") or k,
                "label": n["_labels"][0] if n["_labels"] else "",
                "hop": 1,
            }
            for k, n in nodes.items()
        },
        edges=[
            {
                "src": r["_start"],
                "dst": r["_end"],
                "type": r["_type"],
                "date": r.get("date"),
                "role": r.get("role"),
            }
            for r in rels
        ],
    )
    sub.total = len(sub.nodes)
    with st.expander(words()("console.as_graph"), expanded=True):
        network_chart(None, sub, None, key="console-graph", height=420, raw=True)


w = words()
st.title(w("nav.console"))
st.info(w("console.read_only"))
graph = graph_or_stop()
prepare(graph)  # log the query process in while the analyst types
with st.sidebar.expander(w("console.schema"), expanded=False):
    st.markdown(SCHEMA_DOC.read_text(encoding="utf-8"))

st.selectbox(
    w("console.examples"),
    list(EXAMPLES),
    index=None,
    key="example",
    on_change=load_example,
    placeholder=w("console.load_example"),
)
if st.session_state.get("example") in EXAMPLES:
    st.caption(EXAMPLES[st.session_state["example"]].description)
query = st.text_area("Cypher", key="query", height=200, placeholder=PLACEHOLDER_QUERY)
params_text = st.text_area(
    w("console.parameters"), key="params", height=68, placeholder='{"company": "yitu"}'
)
cols = st.columns(3)
row_cap = cols[0].number_input(
    w("console.row_cap"), min_value=1, max_value=10_000, value=DEFAULT_ROW_CAP, key="cap"
)
time_limit = cols[1].number_input(
    w("console.time_limit"), min_value=0.5, max_value=60.0, value=DEFAULT_TIME_LIMIT_S, key="limit"
)
run = cols[2].button(w("console.run"), type="primary", key="run")

if run:
    try:
        params = json.loads(params_text) if params_text and params_text.strip() else {}
    except json.JSONDecodeError as exc:
        st.error(w("console.bad_json", error=exc))
        st.stop()
    if not isinstance(params, dict):
        st.error(w("console.not_object"))
        st.stop()
    result = run_readonly(graph, query or "", params, int(row_cap), float(time_limit))
    if result.error:
        st.error(result.error)
    else:
        note = w("console.capped", cap=row_cap) if result.truncated else ""
        st.caption(w("console.result", rows=len(result.rows), note=note, seconds=f"{result.elapsed:.2f}"))
        frame = pd.DataFrame(result.rows, columns=result.columns)
        table(
            frame.map(
                lambda v: json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (dict, list)) else v
            ),
            "query-result",
            key="result",
        )
        draw(result.rows)
