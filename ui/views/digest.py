"""Streamlit page: pick a week (or dates), a format and a time zone, preview the digest and download it.

The same choices as `newsgraph digest`, for editors who never open a
terminal. It runs inside the app's navigation or alone
(``streamlit run ui/views/digest.py``): the connection comes from
:func:`newsgraph.ui.components.graph_or_stop` (``open_graph`` cached by
``st.cache_resource``), which also explains an unreachable or empty graph.
The preview is the Markdown export, whose article text is already escaped.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import available_timezones

import streamlit as st
from newsgraph.graph import queries
from newsgraph.ui.components import graph_or_stop
from newsgraph.ui.digest import FORMATS, render
from newsgraph.ui.digest.assemble import build_digest, weeks_with_events
from newsgraph.ui.digest.model import Digest
from newsgraph.ui.digest.period import DEFAULT_TZ, Period, PeriodError, opening_week, zone

BY_WEEK, BY_DATES = "ISO week", "Date range"
#: How many of the latest weeks with events an empty-period warning suggests.
SUGGESTED_WEEKS = 5


def main() -> None:
    st.title("Weekly digest")
    st.caption("The period's events by type, with every source, for newsletters, feeds and spreadsheets.")
    graph = graph_or_stop()
    zones = sorted(available_timezones())
    tz = st.selectbox("Time zone", zones, index=zones.index(DEFAULT_TZ), key="digest_tz")
    weeks = weeks_with_events(graph, tz)
    if not weeks:
        st.info("The graph has no events yet: run `newsgraph ingest corpora/`, then reload this page.")
        return
    newest = queries.latest_article_date(graph)
    today = datetime.now(zone(tz)).date()
    period = choose_period(weeks, opening_week(weeks, min(today, newest or today), tz), tz)
    if period is None:
        return
    fmt = st.selectbox("Format", list(FORMATS), format_func=lambda key: FORMATS[key].title, key="digest_fmt")
    digest = build_digest(graph, period)
    if digest.empty:
        latest = ", ".join(week for week, _ in weeks[-SUGGESTED_WEEKS:])
        st.warning(
            f"No events in {period.label}, so there is nothing to download. Latest weeks with events: {latest}."
        )
        return
    offer_download(digest, fmt)
    st.divider()
    st.markdown(render(digest, "md").decode("utf-8"))


def choose_period(weeks: list[tuple[str, int]], default: str, tz: str) -> Period | None:
    """A week with events (newest first, ``default`` chosen) or a date range; None, with a note,
    while the range is incomplete."""
    counts = dict(weeks)
    if st.radio("Period", [BY_WEEK, BY_DATES], horizontal=True, key="digest_mode") == BY_WEEK:
        listed = list(reversed(counts))
        week = st.selectbox(
            "Week",
            listed,
            index=listed.index(default),
            format_func=lambda w: f"{w} ({counts[w]} events)",
            key="digest_week",
        )
        return Period.week(week, tz)
    opening = Period.week(default, tz)
    picked = st.date_input("From / to", value=(opening.start, opening.end), key="digest_dates")
    if not isinstance(picked, tuple) or len(picked) != 2:
        st.info("Pick the first and the last day.")
        return None
    try:
        return Period.between(picked[0], picked[1], tz)
    except PeriodError as exc:
        st.error(str(exc))
        return None


def offer_download(digest: Digest, fmt: str) -> None:
    exporter = FORMATS[fmt]
    st.download_button(
        f"Download {exporter.title} ({len(digest.events)} events)",
        data=render(digest, fmt),
        file_name=f"digest-{digest.period.label.replace('..', '_')}.{exporter.extension}",
        mime=exporter.media_type,
        type="primary",
        key="digest_download",
    )


main()
