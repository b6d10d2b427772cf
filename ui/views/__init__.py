"""The explorer's pages: Streamlit scripts run by path from :mod:`newsgraph.ui.app`'s navigation."""
