"""Rendering helpers shared by the explorer's pages.

Anything that came from an article (titles, sentences, even entity names) is
untrusted: it reaches the page through ``st.dataframe``/``st.text``, through
:func:`escape_markdown` for Markdown-rendering widgets, or through
``html.escape`` before ``st.html`` and the network drawing's hover text.
Nothing from an article is ever rendered as HTML or Markdown as it is.

Words shown to readers come from :mod:`newsgraph.ui.vocabulary` in the reader's
language (:func:`words`); the two switches every page shares, the language and
whether low-confidence facts show, are drawn by :func:`sidebar_switches`.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable
from typing import Any

import pandas as pd
import streamlit as st
from newsgraph.graph import analytics, queries
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.server import ServerError
from newsgraph.ingest.event_types import LANGUAGES
from newsgraph.ui.charts import LABEL_COLORS, degrees, relationship_color
from newsgraph.ui.preferences import load_preferences, save_preference
from newsgraph.ui.vocabulary import DEFAULT_LANGUAGE, Words
from newsgraph.ui.vocabulary import words as words_in

ENTITY_PAGE = "views/entity.py"
#: CSV cells starting with these run as formulas in spreadsheet programs; such cells get a leading quote.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)
#: Session keys of the shared switches (the language one is also the URL's ``?lang=``).
LANG_KEY, LOW_CONFIDENCE_KEY = "lang", "low-confidence"

EVIDENCE_CSS = """
<style>
.ng-evidence {border-left: 3px solid #9aa5b1; padding: 0.2rem 0.6rem; margin: 0.3rem 0 0.1rem 0;
  font-size: 1.02rem; line-height: 1.6;}
.ng-evidence mark {background: #ffe58f; padding: 0 0.1rem; border-radius: 2px;}
.ng-meta {color: #5f6b7a; font-size: 0.85rem; margin: 0 0 0.7rem 0.8rem;}
</style>
"""


def language() -> str:
    """The reader's language: the URL's ``?lang=`` (a shared link), else this session's choice, else the
    one remembered in NEWSGRAPH_HOME, else Chinese. The URL is kept naming it, so a copied link opens alike."""
    asked = st.query_params.get(LANG_KEY)
    if asked in LANGUAGES:
        st.session_state[LANG_KEY] = asked
    elif st.session_state.get(LANG_KEY) not in LANGUAGES:
        remembered = load_preferences().get(LANG_KEY)
        st.session_state[LANG_KEY] = remembered if remembered in LANGUAGES else DEFAULT_LANGUAGE
    if asked != st.session_state[LANG_KEY]:
        st.query_params[LANG_KEY] = st.session_state[LANG_KEY]
    return st.session_state[LANG_KEY]


def words() -> Words:
    """The vocabulary in the reader's language."""
    return words_in(language())


def min_confidence() -> float:
    """The lowest confidence shown: every fact when the reader asked for low-confidence ones."""
    if st.session_state.get(LOW_CONFIDENCE_KEY):
        return queries.EVERY_CONFIDENCE
    return queries.SHOWN_CONFIDENCE


def sidebar_switches() -> None:
    """The language (remembered in NEWSGRAPH_HOME) and the low-confidence switch, in the sidebar."""
    current = language()
    w = words_in(current)
    st.session_state["lang-switch"] = current
    st.sidebar.segmented_control(
        w("app.language"),
        list(LANGUAGES),
        format_func=lambda lang: words_in(lang)("app.language_name"),
        key="lang-switch",
        on_change=_switch_language,
    )
    st.sidebar.toggle(
        w("app.low_confidence"),
        key=LOW_CONFIDENCE_KEY,
        help=w("app.low_confidence_help", threshold=w.confidence(queries.SHOWN_CONFIDENCE)),
    )


def _switch_language() -> None:
    chosen = st.session_state.get("lang-switch")
    if chosen in LANGUAGES:
        st.session_state[LANG_KEY] = chosen
        st.query_params[LANG_KEY] = chosen
        save_preference(LANG_KEY, chosen)


@st.cache_resource(show_spinner=False, on_release=Graph.close)
def _connect(home: str | None, uri: str | None) -> Graph:
    """One read-only connection per graph (the explorer never writes; the server holds it to that).

    The arguments only key the cache (open_graph reads the environment).
    """
    return open_graph(home, read_only=True)


def get_graph() -> Graph:
    """The graph NEWSGRAPH_HOME or NEO4J_URI point at now (the embedded server starts if needed)."""
    with st.spinner(words()("common.connecting")):
        return _connect(os.environ.get("NEWSGRAPH_HOME"), os.environ.get("NEO4J_URI"))


def graph_or_stop() -> Graph:
    """The graph, or a clear message and the end of the page when it is unreachable or empty."""
    w = words()
    try:
        graph = get_graph()
        empty = queries.is_empty(graph)
    except (ServerError, OSError) as exc:
        st.error(w("common.unreachable", error=exc))
        st.stop()
    except Exception as exc:  # driver errors (auth, unavailable): say so instead of a traceback
        st.error(w("common.query_failed", kind=type(exc).__name__, error=exc))
        st.stop()
    if empty:
        st.info(w("common.empty_graph"))
        st.stop()
    return graph


def day_label(value: object) -> str:
    """A date for a table cell or a title: ISO, or the word for "undated" when the fact has none."""
    return words()("common.undated") if value in (None, "") else str(value)


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
    w = words()
    if not reports:
        st.caption(w("common.no_report"))
        return
    blocks = [EVIDENCE_CSS]
    terms = list(extra_terms)
    for report in reports:
        sentence = highlight(report.get("sentence") or "", [*terms, *(report.get("terms") or [])])
        confidence = report.get("confidence")
        meta = " · ".join(
            html.escape(str(v))
            for v in (
                report.get("published"),
                report.get("source"),
                w.value("modality", report.get("modality")),
                w("common.confidence", level=w.confidence(confidence)) if confidence is not None else None,
            )
            if v not in (None, "")
        )
        link = safe_link(report.get("url"), report.get("title"))
        blocks.append(f'<div class="ng-evidence">{sentence}</div><div class="ng-meta">{meta} · {link}</div>')
    st.html("".join(blocks))


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot run as spreadsheet formulas when the CSV is opened."""

    def cell(value: Any) -> Any:
        if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            return "'" + value
        if isinstance(value, (list, tuple)):
            return cell("; ".join(str(v) for v in value))
        return value

    return frame.map(cell)


def blank_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Empty text cells as blanks (Streamlit writes a grey "None"); number columns keep their type.

    A text column mixing names and None holds NaN for the None (pandas' string type), so missing
    values are found with ``isna``, not by identity."""
    text = frame.select_dtypes(include=["object", "string"]).columns
    return frame.assign(**{c: frame[c].astype(object).where(frame[c].notna(), "") for c in text})


def table(
    frame: pd.DataFrame,
    name: str,
    key: str,
    selectable: bool = False,
    column_config: dict[str, Any] | None = None,
    download: pd.DataFrame | None = None,
) -> list[int]:
    """A sortable table with a CSV download; returns the selected row positions.

    The download holds ``download`` when given (the raw values analysts want: modality codes,
    confidence as a number), else exactly what the table shows.
    """
    state = st.dataframe(
        blank_missing(frame),
        hide_index=True,
        key=key,
        column_config=column_config,
        on_select="rerun" if selectable else "ignore",
        selection_mode="multi-row",
    )
    data = frame if download is None else download
    st.download_button(
        words()("common.download_csv", rows=len(data)),
        csv_safe(data).to_csv(index=False).encode("utf-8-sig"),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"{key}-csv",
    )
    return list(state.selection.rows) if selectable else []


def entity_link(entity_id: str, name: str, label: str | None = None, key: str | None = None) -> None:
    """A link to an entity's page (the name is escaped: it came from an article)."""
    kind = words().value("label", label)
    text = escape_markdown(name) + (f" · {escape_markdown(kind)}" if kind else "")
    st.page_link(ENTITY_PAGE, label=text, query_params={"entity": entity_id}, icon=":material/hub:")


#: Symbol sizes (px) of the center, its neighbours and the nodes two hops away.
NODE_SIZES = (46, 26, 16)
#: Hover text shows at most this many reports of one line of the drawing.
TOOLTIP_REPORTS = 3
#: ECharts calls this with the hovered item: its text was built (and escaped) here, never in the browser.
_TOOLTIP = "function (item) { return (item.data && item.data.tip) || ''; }"
#: A click on a node sends its id back to Python; a click elsewhere sends nothing (no rerun).
_CLICK = "function (item) { if (item.dataType === 'node') { return item.data.id; } }"


def network_chart(
    graph: Graph | None,
    sub: analytics.Subgraph,
    center: str | None,
    key: str,
    height: int = 520,
    raw: bool = False,
) -> str | None:
    """Draw a subgraph people can drag, zoom and hover; returns the id of a clicked node.

    ECharts through ``streamlit-echarts`` (its JavaScript ships inside the package and is served
    by the app itself: the drawing needs no internet). Names that would overlap are hidden until
    a zoom makes room; hovering a node or line shows its evidence (the sentences, read from
    ``graph``); each relationship type has one colour everywhere. ``raw`` keeps the graph's own
    words (HOLDS_ROLE) for analysts.
    """
    # Imported here: the component registers itself with a running Streamlit, not at import time.
    from streamlit_echarts import JsCode, st_echarts

    w = words()
    if not sub.nodes:
        st.caption(w("common.nothing_to_draw"))
        return None
    lines = analytics.bundled_edges(sub)
    sentences = queries.event_sentences(graph, analytics.events_without_sentence(sub)) if graph else {}
    degree = degrees(sub.edges)
    labels = sorted({d["label"] for d in sub.nodes.values()}, key=_label_order)
    option = {
        "tooltip": {
            "trigger": "item",
            "confine": True,
            "formatter": JsCode(_TOOLTIP),
            "extraCssText": "max-width:28rem;white-space:normal;",
        },
        "legend": [{"data": [w.value("label", lbl) for lbl in labels], "bottom": 0}],
        "series": [
            {
                "type": "graph",
                "layout": "force",
                "roam": True,
                "draggable": True,
                "categories": [
                    {"name": w.value("label", lbl), "itemStyle": {"color": LABEL_COLORS.get(lbl, "#7f7f7f")}}
                    for lbl in labels
                ],
                "data": [
                    _node(
                        node_id,
                        node,
                        labels,
                        degree.get(node_id, 0),
                        node_id == center,
                        w,
                    )
                    for node_id, node in sub.nodes.items()
                ],
                "links": [_line(line, sub, sentences, w, raw) for line in lines],
                "label": {"show": True, "position": "right", "fontSize": 12},
                "labelLayout": {"hideOverlap": True},
                "emphasis": {"focus": "adjacency", "lineStyle": {"width": 4}},
                "lineStyle": {"opacity": 0.75, "curveness": 0.08},
                "edgeSymbol": ["none", "arrow"],
                "edgeSymbolSize": 7,
                "force": {"repulsion": 700, "edgeLength": [100, 220], "gravity": 0.04, "friction": 0.15},
                "bottom": 40,
            }
        ],
    }
    st.caption(w("graph.how_to"))
    state = st_echarts(option, events={"click": _CLICK}, height=f"{height}px", key=key)
    _relationship_legend(sorted({line["type"] for line in lines}), w, raw)
    clicked = state.get("chart_event") if state else None
    return clicked if isinstance(clicked, str) and clicked in sub.nodes else None


def _label_order(label: str) -> int:
    order = list(LABEL_COLORS)
    return order.index(label) if label in order else len(order)


def _node(
    node_id: str,
    node: dict[str, Any],
    labels: list[str],
    degree: int,
    is_center: bool,
    w: Words,
) -> dict[str, Any]:
    """One node: the center larger and in bold, neighbours smaller by hop; hover text escaped here."""
    size = NODE_SIZES[min(int(node.get("hop", 1)), len(NODE_SIZES) - 1)]
    tip = f"<b>{html.escape(str(node['name']))}</b><br>{html.escape(w.value('label', node['label']))}"
    tip += "<br>" + html.escape(w("graph.node_hint", count=degree))
    return {
        "id": node_id,
        "name": str(node["name"]),
        "category": labels.index(node["label"]),
        "symbolSize": size,
        "tip": tip,
        "label": {"fontWeight": "bold", "fontSize": 14} if is_center else {},
    }


def _line(
    line: dict[str, Any], sub: analytics.Subgraph, sentences: dict[str, str], w: Words, raw: bool
) -> dict[str, Any]:
    """One line per pair and relationship type; hover shows what it says and the sentences behind it."""
    word = line["type"] if raw else w.value("relationship", line["type"])
    heading = f"{sub.nodes[line['src']]['name']} {word} {sub.nodes[line['dst']]['name']}"
    details = dict.fromkeys(
        str(m.get("role") or (m.get("status") if raw else w.value("status", m.get("status"))) or "")
        for m in line["members"]
    )
    facts = [
        w("graph.times", count=line["count"]) if line["count"] > 1 else "",
        w.joiner.join(d for d in details if d),
        line["dates"],
    ]
    evidence = [
        member.get("sentence") or sentences.get(member.get("event") or "", "") for member in line["members"]
    ]
    quotes = [s for s in dict.fromkeys(evidence) if s][:TOOLTIP_REPORTS]
    tip = f"<b>{html.escape(heading)}</b>"
    tip += "".join(f"<br>{html.escape(str(f))}" for f in facts if f)
    tip += "".join(f"<br>“{html.escape(q)}”" for q in quotes)
    return {
        "source": line["src"],
        "target": line["dst"],
        "tip": tip,
        "lineStyle": {"color": relationship_color(line["type"]), "width": 1.5 + min(line["count"], 4)},
    }


def _relationship_legend(types: list[str], w: Words, raw: bool) -> None:
    """The relationship colours under the drawing, in the reader's words."""
    items = "".join(
        f'<span style="margin-right:1.1rem;white-space:nowrap"><span style="display:inline-block;width:1.4rem;'
        f'height:3px;vertical-align:middle;background:{relationship_color(t)}"></span> '
        f"{html.escape(t if raw else w.value('relationship', t))}</span>"
        for t in types
    )
    st.html(f'<div style="font-size:0.85rem;color:#5f6b7a">{items}</div>')


def go_to_entity(entity_id: str) -> None:
    """Show an entity on the entity page (its id goes in the URL, so the view can be shared)."""
    st.switch_page(ENTITY_PAGE, query_params={"entity": entity_id, LANG_KEY: language()})


def entity_picker(graph: Graph, label: str, key: str) -> str | None:
    """A type-ahead picker: a search box, then a choice among the matching entities; returns an id."""
    w = words()
    text = st.text_input(label, key=f"{key}-text", placeholder=w("common.search_placeholder"), live=True)
    if not text or not text.strip():
        return None
    matches = queries.search_entities(graph, text, limit=15)
    if not matches:
        st.caption(w("common.no_match"))
        return None
    names = {
        m["id"]: w(
            "common.pick_option", name=m["name"], label=w.value("label", m["label"]), count=m["mentions"]
        )
        for m in matches
    }
    return st.selectbox(
        w("common.choose", label=label), list(names), format_func=names.__getitem__, key=f"{key}-pick"
    )


def event_headline(row: dict[str, Any], w: Words) -> str:
    """What happened, in the event type's headline: 「王振宇 left 星澜智能 for 云帆科技」.

    ``row`` has the event's ``type``, ``participants`` ({role, name}) and its value slots.
    """
    names: dict[str, list[str]] = {}
    for participant in row.get("participants") or []:
        if participant.get("name"):
            names.setdefault(participant["role"], []).append(participant["name"])
    return w.headline(row["type"], names, row)


def event_title(row: dict[str, Any], w: Words) -> str:
    """An evidence heading: date, headline, and the stage or modality when it is not a plain report."""
    mark = w.value("status", row.get("status")) or (
        w.value("modality", row["modality"]) if row.get("modality") not in (None, "asserted") else ""
    )
    return " · ".join(p for p in (day_label(row.get("date")), event_headline(row, w), mark) if p)


def event_evidence(graph: Graph, titles: dict[str, str], open_first: bool = False) -> None:
    """One expander per event (id -> title), holding every report of it with the entities highlighted."""
    if not titles:
        return
    w = words()
    reports: dict[str, list[dict[str, Any]]] = {}
    for report in queries.event_reports(graph, list(titles)):
        reports.setdefault(report["event"], []).append(report)
    for position, (event_id, title) in enumerate(titles.items()):
        found = reports.get(event_id, [])
        with st.expander(
            w("common.reports", title=escape_markdown(title), count=len(found)),
            expanded=open_first and position == 0,
        ):
            show_reports(found)
