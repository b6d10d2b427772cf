"""Streamlit page: pick a week (or dates), a format and a time zone, preview the digest and download it.

The same choices as `newsgraph digest`, for editors who never open a
terminal. It runs inside the app's navigation or alone
(``streamlit run ui/pages/digest.py``); the graph connection is opened once
per server process.
"""

from __future__ import annotations

from zoneinfo import available_timezones

import streamlit as st

from graph.connection import Graph, open_graph
from graph.digest import DEFAULT_TZ, Digest, Period, PeriodError, build_digest, weeks_with_events
from ui.digest import FORMATS, render

BY_WEEK, BY_DATES = "按周", "按日期"


@st.cache_resource
def graph_connection() -> Graph:
    """One connection for every session (it starts the embedded server when none runs)."""
    return open_graph()


def main() -> None:
    st.title("周报导出")
    st.caption("本期事件按类型分组、附全部来源链接；可下载 Markdown、HTML、JSON、CSV 或 Atom。")
    try:
        graph = graph_connection()
    except Exception as exc:  # the page must explain, not crash, when the graph is unreachable
        st.error(f"无法连接图数据库：{exc}")
        return
    zones = sorted(available_timezones())
    tz = st.selectbox("时区", zones, index=zones.index(DEFAULT_TZ))
    weeks = weeks_with_events(graph, tz)
    if not weeks:
        st.info("图中还没有任何事件。请先导入文章，例如：`newsgraph ingest corpora/`。")
        return
    period = choose_period(weeks, tz)
    if period is None:
        return
    fmt = st.selectbox("格式", list(FORMATS), format_func=lambda key: FORMATS[key].title)
    digest = build_digest(graph, period)
    if digest.empty:
        listed = "、".join(week for week, _ in weeks[-5:])
        st.warning(f"{period.label} 没有事件，没有可下载的内容。最近有事件的周：{listed}。")
        return
    offer_download(digest, fmt)
    st.divider()
    st.markdown(render(digest, "md").decode("utf-8"))


def choose_period(weeks: list[tuple[str, int]], tz: str) -> Period | None:
    """A week with events (newest first) or a date range; None (with a note) while the choice is incomplete."""
    counts = dict(weeks)
    latest = Period.week(weeks[-1][0], tz)
    if st.radio("期间", [BY_WEEK, BY_DATES], horizontal=True) == BY_WEEK:
        week = st.selectbox("周", list(reversed(counts)), format_func=lambda w: f"{w}（{counts[w]} 起事件）")
        return Period.week(week, tz)
    picked = st.date_input("起止日期", value=(latest.start, latest.end))
    if not isinstance(picked, tuple) or len(picked) != 2:
        st.info("请选择开始和结束日期。")
        return None
    try:
        return Period.between(picked[0], picked[1], tz)
    except PeriodError as exc:
        st.error(str(exc))
        return None


def offer_download(digest: Digest, fmt: str) -> None:
    exporter = FORMATS[fmt]
    st.download_button(
        f"下载 {exporter.title}（{len(digest.events)} 起事件）",
        data=render(digest, fmt),
        file_name=f"digest-{digest.period.label.replace('..', '_')}.{exporter.extension}",
        mime=exporter.media_type,
        type="primary",
    )


main()
