"""The newsgraph explorer: ``streamlit run ui/app.py`` (NEWSGRAPH_HOME or NEO4J_URI choose the graph).

Pages are plain scripts under ``ui/views`` (not ``pages/``, which Streamlit would
list on its own beside this navigation); this entry point only declares them, so
each page can be opened (and tested) on its own.
"""

from __future__ import annotations

import streamlit as st


def pages() -> dict[str, list[st.Page]]:
    """The navigation: daily reading first, then exploration, corrections, then the analysts' console."""
    return {
        "Today": [
            st.Page("views/overview.py", title="Overview", icon=":material/dashboard:", default=True),
            st.Page("views/digest.py", title="Digest", icon=":material/newspaper:"),
        ],
        "Explore": [
            st.Page("views/search.py", title="Search", icon=":material/search:"),
            st.Page("views/entity.py", title="Entity", icon=":material/hub:"),
            st.Page("views/departures.py", title="Departures", icon=":material/logout:"),
            st.Page("views/partnerships.py", title="Partnerships", icon=":material/handshake:"),
            st.Page("views/listings.py", title="Listings", icon=":material/finance:"),
            st.Page("views/connections.py", title="Connections", icon=":material/route:"),
        ],
        "Correct": [st.Page("views/review.py", title="Review", icon=":material/rule:")],
        "Analysts": [st.Page("views/console.py", title="Cypher console", icon=":material/terminal:")],
    }


st.set_page_config(page_title="newsgraph", page_icon=":material/hub:", layout="wide")
st.navigation(pages()).run()
