"""Fixtures for the robustness tests: graph servers of their own, stopped and restarted at will.

The outage and crash tests stop, kill and restart servers, so they never use the shared ``graph``
server; each module gets a home of its own. The reference for "the same graph as an uninterrupted
run" is the session's ``corpus_graph`` (the sample corpus ingested once through the same pipeline).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from newsgraph.graph.connection import Graph

from tests.robustness.support import Home, Snapshot, snapshot


@pytest.fixture(scope="session")
def reference(corpus_graph: Graph) -> Snapshot:
    """The sample corpus ingested in one uninterrupted run."""
    return snapshot(corpus_graph)


@pytest.fixture(scope="module")
def own_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Home]:
    """A home and server for this module's tests; the server is stopped at the end."""
    home = Home(tmp_path_factory.mktemp("robust-home"))
    yield home
    home.stop()


@pytest.fixture
def fresh_home(own_home: Home) -> Home:
    """The module's home, emptied, with its server running."""
    own_home.reset()
    return own_home
