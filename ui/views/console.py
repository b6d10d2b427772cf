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
from newsgraph.ui.components import graph_or_stop, network_chart, table

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
    with st.expander("As a graph", expanded=True):
        network_chart(sub, None, key="console-graph", height=420)


st.title("Cypher console")
st.info(
    "Read-only: queries run as an account the database only lets read, in a transaction that is rolled back, "
    "so nothing typed here can change the graph. Results stop at the row cap; queries stop at the time limit."
)
graph = graph_or_stop()
prepare(graph)  # log the query process in while the analyst types
with st.sidebar.expander("Schema", expanded=False):
    st.markdown(SCHEMA_DOC.read_text(encoding="utf-8"))

st.selectbox(
    "Example queries",
    list(EXAMPLES),
    index=None,
    key="example",
    on_change=load_example,
    placeholder="Load an example…",
)
if st.session_state.get("example") in EXAMPLES:
    st.caption(EXAMPLES[st.session_state["example"]].description)
query = st.text_area("Cypher", key="query", height=200, placeholder=PLACEHOLDER_QUERY)
params_text = st.text_area("Parameters (JSON)", key="params", height=68, placeholder='{"company": "yitu"}')
cols = st.columns(3)
row_cap = cols[0].number_input("Row cap", min_value=1, max_value=10_000, value=DEFAULT_ROW_CAP, key="cap")
time_limit = cols[1].number_input(
    "Time limit (s)", min_value=0.5, max_value=60.0, value=DEFAULT_TIME_LIMIT_S, key="limit"
)
run = cols[2].button("Run", type="primary", key="run")

if run:
    try:
        params = json.loads(params_text) if params_text and params_text.strip() else {}
    except json.JSONDecodeError as exc:
        st.error(f"The parameters are not valid JSON: {exc}")
        st.stop()
    if not isinstance(params, dict):
        st.error('The parameters must be a JSON object, like {"company": "yitu"}.')
        st.stop()
    result = run_readonly(graph, query or "", params, int(row_cap), float(time_limit))
    if result.error:
        st.error(result.error)
    else:
        note = f" (stopped at the row cap of {row_cap})" if result.truncated else ""
        st.caption(f"{len(result.rows)} row(s){note} in {result.elapsed:.2f} s · rolled back")
        frame = pd.DataFrame(result.rows, columns=result.columns)
        table(
            frame.map(
                lambda v: json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (dict, list)) else v
            ),
            "query-result",
            key="result",
        )
        draw(result.rows)
