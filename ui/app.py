"""The newsgraph explorer: ``streamlit run ui/app.py`` (NEWSGRAPH_HOME or NEO4J_URI choose the graph).

Pages are plain scripts under ``ui/pages``; this entry point only declares
them, so each page can be opened (and tested) on its own. The Digest page
belongs to the digest module and is listed only when its file exists.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent


def pages() -> dict[str, list[st.Page]]:
    """The navigation: daily reading first, then exploration, then the analysts' console."""
    daily = [st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True)]
    if (HERE / "pages" / "digest.py").exists():
        daily.append(st.Page("pages/digest.py", title="Digest", icon=":material/newspaper:"))
    return {
        "Today": daily,
        "Explore": [
            st.Page("pages/search.py", title="Search", icon=":material/search:"),
            st.Page("pages/entity.py", title="Entity", icon=":material/hub:"),
            st.Page("pages/departures.py", title="Departures", icon=":material/logout:"),
            st.Page("pages/partnerships.py", title="Partnerships", icon=":material/handshake:"),
            st.Page("pages/listings.py", title="Listings", icon=":material/finance:"),
            st.Page("pages/connections.py", title="Connections", icon=":material/route:"),
        ],
        "Analysts": [st.Page("pages/console.py", title="Cypher console", icon=":material/terminal:")],
    }


st.set_page_config(page_title="newsgraph", page_icon=":material/hub:", layout="wide")
st.navigation(pages()).run()
