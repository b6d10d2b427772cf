"""Rendering helpers shared by the explorer's pages.

Anything that came from an article (titles, sentences, even entity names) is
untrusted: it reaches the page through ``st.dataframe``/``st.text``, through
:func:`escape_markdown` for Markdown-rendering widgets, or through
``html.escape`` before ``st.html``. Nothing from an article is ever rendered
as HTML or Markdown as it is.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from newsgraph.graph import analytics, queries
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.server import ServerError
from newsgraph.ui.charts import bottom_legend, degrees, names_that_fit, relationship_colors

#: How a fact without a date is shown (never "None"); tables list such facts last.
UNDATED = "undated"
EMPTY_MESSAGE = "The graph is empty: run `newsgraph ingest corpora/` to fill it, then reload this page."
ENTITY_PAGE = "views/entity.py"
#: CSV cells starting with these run as formulas in spreadsheet programs; such cells get a leading quote.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)

EVIDENCE_CSS = """
<style>
.ng-evidence {border-left: 3px solid #9aa5b1; padding: 0.2rem 0.6rem; margin: 0.3rem 0 0.1rem 0;
  font-size: 1.02rem; line-height: 1.6;}
.ng-evidence mark {background: #ffe58f; padding: 0 0.1rem; border-radius: 2px;}
.ng-meta {color: #5f6b7a; font-size: 0.85rem; margin: 0 0 0.7rem 0.8rem;}
</style>
"""


@st.cache_resource(show_spinner="Connecting to the graph…", on_release=Graph.close)
def _connect(home: str | None, uri: str | None) -> Graph:
    """One read-only connection per graph (the explorer never writes; the server holds it to that).

    The arguments only key the cache (open_graph reads the environment).
    """
    return open_graph(home, read_only=True)


def get_graph() -> Graph:
    """The graph NEWSGRAPH_HOME or NEO4J_URI point at now (the embedded server starts if needed)."""
    return _connect(os.environ.get("NEWSGRAPH_HOME"), os.environ.get("NEO4J_URI"))


def graph_or_stop() -> Graph:
    """The graph, or a clear message and the end of the page when it is unreachable or empty."""
    try:
        graph = get_graph()
        empty = queries.is_empty(graph)
    except (ServerError, OSError) as exc:
        st.error(f"Cannot reach the graph: {exc}")
        st.stop()
    except Exception as exc:  # driver errors (auth, unavailable): say so instead of a traceback
        st.error(f"Cannot query the graph ({type(exc).__name__}): {exc}")
        st.stop()
    if empty:
        st.info(EMPTY_MESSAGE)
        st.stop()
    return graph


def day_label(value: object) -> str:
    """A date for a table cell or a title: ISO, or :data:`UNDATED` when the fact has none."""
    return UNDATED if value in (None, "") else str(value)


def escape_markdown(text: object) -> str:
    """Text shown literally by Markdown-rendering widgets (captions, links, labels)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", "" if text is None else str(text))


def highlight(sentence: str, terms: Iterable[str]) -> str:
    """The sentence as escaped HTML with every occurrence of ``terms`` in ``<mark>``.

    Longer terms win over the shorter ones they contain (依图科技 over 依图).
    """
    sentence = sentence or ""
    marked = [False] * len(sentence)
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        for match in re.finditer(re.escape(term), sentence):
            if not any(marked[match.start() : match.end()]):
                marked[match.start() : match.end()] = [True] * len(term)
    parts: list[str] = []
    for is_mark, chunk in _runs(sentence, marked):
        text = html.escape(chunk)
        parts.append(f"<mark>{text}</mark>" if is_mark else text)
    return "".join(parts)


def _runs(text: str, flags: list[bool]) -> list[tuple[bool, str]]:
    runs: list[tuple[bool, str]] = []
    for char, flag in zip(text, flags, strict=True):
        if runs and runs[-1][0] == flag:
            runs[-1] = (flag, runs[-1][1] + char)
        else:
            runs.append((flag, char))
    return runs


def safe_link(url: str | None, label: str | None) -> str:
    """An escaped HTML link, only for http(s) URLs (a ``javascript:`` URL becomes plain text)."""
    text = html.escape(label or url or "")
    if url and _SAFE_URL.match(url):
        return (
            f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{text}</a>'
        )
    return text


def show_reports(reports: list[dict[str, Any]], extra_terms: Iterable[str] = ()) -> None:
    """Each report as its highlighted sentence, then date, source, modality, confidence and link."""
    if not reports:
        st.caption("No report found for this fact.")
        return
    blocks = [EVIDENCE_CSS]
    terms = list(extra_terms)
    for report in reports:
        sentence = highlight(report.get("sentence") or "", [*terms, *(report.get("terms") or [])])
        meta = " · ".join(
            html.escape(str(v))
            for v in (
                report.get("published"),
                report.get("source"),
                report.get("modality"),
                _confidence(report.get("confidence")),
            )
            if v not in (None, "")
        )
        link = safe_link(report.get("url"), report.get("title"))
        blocks.append(f'<div class="ng-evidence">{sentence}</div><div class="ng-meta">{meta} · {link}</div>')
    st.html("".join(blocks))


def _confidence(value: Any) -> str | None:
    return f"confidence {value:.2f}" if isinstance(value, (int, float)) else None


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot run as spreadsheet formulas when the CSV is opened."""

    def cell(value: Any) -> Any:
        if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            return "'" + value
        if isinstance(value, (list, tuple)):
            return cell("; ".join(str(v) for v in value))
        return value

    return frame.map(cell)


def table(
    frame: pd.DataFrame,
    name: str,
    key: str,
    selectable: bool = False,
    column_config: dict[str, Any] | None = None,
) -> list[int]:
    """A sortable table with a CSV download of exactly what it shows; returns the selected row positions."""
    state = st.dataframe(
        frame,
        hide_index=True,
        key=key,
        column_config=column_config,
        on_select="rerun" if selectable else "ignore",
        selection_mode="multi-row",
    )
    st.download_button(
        f"Download CSV ({len(frame)} rows)",
        csv_safe(frame).to_csv(index=False).encode("utf-8-sig"),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"{key}-csv",
    )
    return list(state.selection.rows) if selectable else []


def entity_link(entity_id: str, name: str, label: str | None = None, key: str | None = None) -> None:
    """A link to an entity's page (the name is escaped: it came from an article)."""
    text = escape_markdown(name) + (f" · {escape_markdown(label)}" if label else "")
    st.page_link(ENTITY_PAGE, label=text, query_params={"entity": entity_id}, icon=":material/hub:")


LABEL_COLORS = {
    "Company": "#1f77b4",
    "Person": "#d62728",
    "Organization": "#2ca02c",
    "Government": "#9467bd",
    "Exchange": "#ff7f0e",
}


#: The width a drawing is assumed to have when deciding which names fit (the page's main column),
#: and the padding inside it (the scales' ``padding``).
DRAWING_WIDTH_PX, DRAWING_PADDING_PX = 900, 40


def network_chart(sub: analytics.Subgraph, center: str | None, key: str, height: int = 520) -> str | None:
    """Draw a subgraph (offline: Vega-Lite ships with Streamlit); returns the id of a clicked node.

    Relationship types keep one colour everywhere, legends sit under the drawing, and only the
    names that fit without overlapping are written (the center and the most connected first).
    """
    positions = analytics.layout(sub, center)
    if not positions:
        st.caption("Nothing to draw.")
        return None
    degree = degrees(sub.edges)
    nodes = pd.DataFrame(
        [
            {
                "id": n,
                "name": d["name"],
                "label": d["label"],
                "hop": d["hop"],
                "x": positions[n][0],
                "y": positions[n][1],
                "priority": -1 if n == center else -degree.get(n, 0),
            }
            for n, d in sub.nodes.items()
        ]
    )
    inner = 2 * DRAWING_PADDING_PX
    written = names_that_fit(nodes, DRAWING_WIDTH_PX - inner, height - inner)
    edges = pd.DataFrame(
        [
            {
                **e,
                "from": sub.nodes[e["src"]]["name"],
                "to": sub.nodes[e["dst"]]["name"],
                "x": positions[e["src"]][0],
                "y": positions[e["src"]][1],
                "x2": positions[e["dst"]][0],
                "y2": positions[e["dst"]][1],
            }
            for e in analytics.bundled_edges(sub)
        ],
        columns=["src", "dst", "type", "count", "dates", "details", "from", "to", "x", "y", "x2", "y2"],
    )
    types = sorted(set(edges["type"]))
    clicked = alt.selection_point(fields=["id"], name="node", on="click")
    axis = {"axis": None, "scale": alt.Scale(zero=False, nice=False, padding=DRAWING_PADDING_PX)}
    lines = (
        alt.Chart(edges)
        .mark_rule(opacity=0.55)
        .encode(
            x=alt.X("x:Q", **axis),
            y=alt.Y("y:Q", **axis),
            x2="x2:Q",
            y2="y2:Q",
            color=alt.Color(
                "type:N", scale=relationship_colors(types), legend=bottom_legend("relationship", types)
            ),
            strokeWidth=alt.StrokeWidth("count:Q", legend=None, scale=alt.Scale(range=[1.5, 5])),
            tooltip=["from", "type", "to", "count", "details", "dates"],
        )
    )
    dense = len(nodes) > len(written)
    points = (
        alt.Chart(nodes)
        .mark_circle(opacity=0.95, stroke="white", strokeWidth=1.5)
        .encode(
            x=alt.X("x:Q", **axis),
            y=alt.Y("y:Q", **axis),
            color=alt.Color(
                "label:N",
                scale=alt.Scale(domain=list(LABEL_COLORS), range=list(LABEL_COLORS.values())),
                legend=bottom_legend("entity"),
            ),
            size=alt.Size(
                "hop:O",
                legend=None,
                scale=alt.Scale(domain=[0, 1, 2], range=[400, 160, 90] if dense else [700, 320, 160]),
            ),
            tooltip=["name", "label", "hop"],
        )
        .add_params(clicked)
    )
    names = (
        alt.Chart(nodes[nodes["id"].isin(written)])
        .mark_text(dy=-16, fontSize=12)
        .encode(x=alt.X("x:Q", **axis), y=alt.Y("y:Q", **axis), text="name:N")
    )
    chart = (lines + points + names).resolve_scale(color="independent").properties(height=height)
    if dense:
        st.caption(
            f"{len(nodes) - len(written)} names that would overlap are hidden: hover a node to see it."
        )
    state = st.altair_chart(chart, on_select="rerun", selection_mode="node", key=key, width="stretch")
    picked = state.selection.get("node") if state else None
    return picked[0].get("id") if picked else None


def go_to_entity(entity_id: str) -> None:
    """Show an entity on the entity page (its id goes in the URL, so the view can be shared)."""
    st.switch_page(ENTITY_PAGE, query_params={"entity": entity_id})


def entity_picker(graph: Graph, label: str, key: str) -> str | None:
    """A type-ahead picker: a search box, then a choice among the matching entities; returns an id."""
    text = st.text_input(label, key=f"{key}-text", placeholder="name or alias, any script", live=True)
    if not text or not text.strip():
        return None
    matches = queries.search_entities(graph, text, limit=15)
    if not matches:
        st.caption("No match.")
        return None
    names = {m["id"]: f"{m['name']} ({m['label']}, {m['mentions']} articles)" for m in matches}
    return st.selectbox(f"{label}: choose", list(names), format_func=names.__getitem__, key=f"{key}-pick")


def event_evidence(graph: Graph, titles: dict[str, str], open_first: bool = False) -> None:
    """One expander per event (id -> title), holding every report of it with the entities highlighted."""
    if not titles:
        return
    reports: dict[str, list[dict[str, Any]]] = {}
    for report in queries.event_reports(graph, list(titles)):
        reports.setdefault(report["event"], []).append(report)
    for position, (event_id, title) in enumerate(titles.items()):
        found = reports.get(event_id, [])
        with st.expander(
            f"{escape_markdown(title)} — {len(found)} report(s)", expanded=open_first and position == 0
        ):
            show_reports(found)
