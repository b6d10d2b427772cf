"""Session-wide fixtures: real embedded graph servers, started once, in temporary homes.

Two servers: a scratch graph that each test empties (``graph``), and the
sample-corpus graph that is ingested once and only read (``corpus_graph``).
Tests never touch a user's NEO4J_URI: those variables are cleared here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from newsgraph.graph import server
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.schema import ensure_schema

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"

for _var in (
    "NEO4J_URI",
    "NEO4J_USER",
    "NEO4J_PASSWORD",
    "NEO4J_DATABASE",
    "NEO4J_READER_USER",
    "NEO4J_READER_PASSWORD",
):
    os.environ.pop(_var, None)


def _started_graph(home: Path) -> Graph:
    server.start(home)
    graph = open_graph(home, start=False)
    ensure_schema(graph)
    return graph


def _home(factory: pytest.TempPathFactory, name: str) -> Iterator[Path]:
    """A temporary NEWSGRAPH_HOME whose embedded server is stopped at the end of the session."""
    home = factory.mktemp(name)
    yield home
    server.stop(home)


@pytest.fixture(scope="session")
def graph_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Home folder of the scratch graph server (also given to CLI subprocesses as NEWSGRAPH_HOME)."""
    yield from _home(tmp_path_factory, "scratch-home")


@pytest.fixture(scope="session")
def corpus_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Home folder of the graph holding the ingested sample corpus."""
    yield from _home(tmp_path_factory, "corpus-home")


@pytest.fixture(scope="session")
def _scratch_graph(graph_home: Path) -> Iterator[Graph]:
    with _started_graph(graph_home) as graph:
        yield graph


@pytest.fixture
def graph(_scratch_graph: Graph) -> Graph:
    """An empty graph (constraints kept) on the real embedded server."""
    _scratch_graph.run_write("MATCH (n) DETACH DELETE n")
    return _scratch_graph


@pytest.fixture(scope="session")
def corpus_graph(corpus_home: Path) -> Iterator[Graph]:
    """The sample corpus ingested once through the real pipeline; tests only read it."""
    from newsgraph.pipeline import IngestOptions, run_ingest

    with _started_graph(corpus_home) as graph:
        run_ingest([str(CORPUS)], graph, IngestOptions(home=corpus_home))
        yield graph
