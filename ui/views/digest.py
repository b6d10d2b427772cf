"""Streamlit page: pick a week (or dates), a format and a time zone, preview the digest and download it.

The same choices as `newsgraph digest`, for editors who never open a
terminal, in the app's language (the digest's words are the app's: one
vocabulary) and with the app's low-confidence switch. It runs inside the
app's navigation or alone (``streamlit run ui/views/digest.py``): the
connection comes from :func:`newsgraph.ui.components.graph_or_stop`
(``open_graph`` cached by ``st.cache_resource``), which also explains an
unreachable or empty graph. The preview is the Markdown export, whose
article text is already escaped.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import available_timezones

import streamlit as st
from newsgraph.graph import queries
from newsgraph.ui.components import graph_or_stop, min_confidence, words
from newsgraph.ui.digest import FORMATS, render
from newsgraph.ui.digest.assemble import build_digest, weeks_with_events
from newsgraph.ui.digest.model import Digest
from newsgraph.ui.digest.period import DEFAULT_TZ, Period, PeriodError, opening_week, zone
from newsgraph.ui.vocabulary import Words

BY_WEEK, BY_DATES = "week", "dates"
#: How many of the latest weeks with events an empty-period warning suggests.
SUGGESTED_WEEKS = 5


def main() -> None:
    w = words()
    st.title(w("digest_page.title"))
    st.caption(w("digest_page.caption"))
    graph = graph_or_stop()
    zones = sorted(available_timezones())
    tz = st.selectbox(w("digest_page.time_zone"), zones, index=zones.index(DEFAULT_TZ), key="digest_tz")
    floor = min_confidence()
    weeks = weeks_with_events(graph, tz, floor)
    if not weeks:
        st.info(w("digest_page.no_events"))
        return
    newest = queries.latest_article_date(graph)
    today = datetime.now(zone(tz)).date()
    period = choose_period(weeks, opening_week(weeks, min(today, newest or today), tz), tz, w)
    if period is None:
        return
    fmt = st.selectbox(
        w("digest_page.format"), list(FORMATS), format_func=lambda key: FORMATS[key].title, key="digest_fmt"
    )
    digest = build_digest(graph, period, min_confidence=floor)
    if digest.empty:
        latest = ", ".join(week for week, _ in weeks[-SUGGESTED_WEEKS:])
        st.warning(w("digest_page.empty", period=period.label, weeks=latest))
        return
    offer_download(digest, fmt, w)
    st.divider()
    st.markdown(render(digest, "md", w.lang).decode("utf-8"))


def choose_period(weeks: list[tuple[str, int]], default: str, tz: str, w: Words) -> Period | None:
    """A week with events (newest first, ``default`` chosen) or a date range; None, with a note,
    while the range is incomplete."""
    counts = dict(weeks)
    mode = st.radio(
        w("digest_page.period"),
        [BY_WEEK, BY_DATES],
        format_func=lambda m: w(f"digest_page.by_{m}"),
        horizontal=True,
        key="digest_mode",
    )
    if mode == BY_WEEK:
        listed = list(reversed(counts))
        week = st.selectbox(
            w("digest_page.week"),
            listed,
            index=listed.index(default),
            format_func=lambda wk: w("digest_page.week_option", week=wk, count=counts[wk]),
            key="digest_week",
        )
        return Period.week(week, tz)
    opening = Period.week(default, tz)
    picked = st.date_input(w("digest_page.from_to"), value=(opening.start, opening.end), key="digest_dates")
    if not isinstance(picked, tuple) or len(picked) != 2:
        st.info(w("digest_page.pick_days"))
        return None
    try:
        return Period.between(picked[0], picked[1], tz)
    except PeriodError as exc:
        st.error(str(exc))
        return None


def offer_download(digest: Digest, fmt: str, w: Words) -> None:
    exporter = FORMATS[fmt]
    st.download_button(
        w("digest_page.download", format=exporter.title, count=len(digest.events)),
        data=render(digest, fmt, w.lang),
        file_name=f"digest-{digest.period.label.replace('..', '_')}-{w.lang}.{exporter.extension}",
        mime=exporter.media_type,
        type="primary",
        key="digest_download",
    )


main()
