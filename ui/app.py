"""The newsgraph explorer: ``streamlit run ui/app.py`` (NEWSGRAPH_HOME or NEO4J_URI choose the graph).

Pages are plain scripts under ``ui/views`` (not ``pages/``, which Streamlit would
list on its own beside this navigation); this entry point only declares them in the
reader's language and draws the switches every page shares (language, low-confidence
facts), so each page can be opened (and tested) on its own.
"""

from __future__ import annotations

import gc
from pathlib import Path

import streamlit as st
from newsgraph.ui.components import sidebar_switches, words
from newsgraph.ui.vocabulary import Words

#: The tab's icon, served by the app itself (a Material icon name would be fetched from the internet).
ICON = Path(__file__).with_name("icon.png")


def pages(w: Words) -> dict[str, list[st.Page]]:
    """The navigation: daily reading first, then exploration, corrections, then the analysts' console."""
    return {
        w("nav.today"): [
            st.Page("views/overview.py", title=w("nav.overview"), icon=":material/dashboard:", default=True),
            st.Page("views/digest.py", title=w("nav.digest"), icon=":material/newspaper:"),
        ],
        w("nav.explore"): [
            st.Page("views/search.py", title=w("nav.search"), icon=":material/search:"),
            st.Page("views/entity.py", title=w("nav.entity"), icon=":material/hub:"),
            st.Page("views/departures.py", title=w("nav.departures"), icon=":material/logout:"),
            st.Page("views/partnerships.py", title=w("nav.partnerships"), icon=":material/handshake:"),
            st.Page("views/listings.py", title=w("nav.listings"), icon=":material/finance:"),
            st.Page("views/connections.py", title=w("nav.connections"), icon=":material/route:"),
        ],
        w("nav.correct"): [st.Page("views/review.py", title=w("nav.review"), icon=":material/rule:")],
        w("nav.analysts"): [st.Page("views/console.py", title=w("nav.console"), icon=":material/terminal:")],
    }


@st.cache_resource(show_spinner=False)
def settle_heap() -> bool:
    """Once per app process: Python's collector stops rescanning what the app holds for good.

    A full collection scans every tracked object, ~150,000 once the pages' modules are loaded
    (30-45 ms here), and a hub's two-hop drawing (~4,000 rows) set one off every few drawings:
    its p95 went from 99-104 to 88-90 ms when frozen (``bench/queries.py``, which freezes too).
    Called after the first page ran, so what pages import is frozen with the rest.
    """
    gc.freeze()
    return True


st.set_page_config(page_title="newsgraph", page_icon=str(ICON), layout="wide")
navigation = st.navigation(pages(words()))
sidebar_switches()
navigation.run()
settle_heap()
