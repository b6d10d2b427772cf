"""Session-wide fixtures: real embedded graph servers, started once, in temporary homes.

Two servers: a scratch graph that each test empties (``graph``), and the
sample-corpus graph that is ingested once and only read (``corpus_graph``).

Tests never touch the user's graphs: the NEO4J_* variables are cleared, and NEWSGRAPH_HOME
points at a temporary folder for the whole session (set here, before any project module reads
it, and inherited by every subprocess), so a test or a CLI run that forgets its own home still
cannot start a server in the user's data folder. Servers get a small heap unless
NEWSGRAPH_GRAPH_MEMORY says otherwise. At the end of the session
:func:`_no_server_left_running` fails the run if a server of a test home still runs (and stops it).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

for _var in (
    "NEO4J_URI",
    "NEO4J_USER",
    "NEO4J_PASSWORD",
    "NEO4J_DATABASE",
    "NEO4J_READER_USER",
    "NEO4J_READER_PASSWORD",
):
    os.environ.pop(_var, None)
#: The session's NEWSGRAPH_HOME: whatever falls back to "the default home" lands here.
SESSION_HOME = Path(tempfile.mkdtemp(prefix="newsgraph-test-home-"))
os.environ["NEWSGRAPH_HOME"] = str(SESSION_HOME)
#: A server takes its whole heap when it starts, and a run has up to eight at once (four workers,
#: each with its session servers and the ones its tests start): the tests' graphs are small.
os.environ.setdefault("NEWSGRAPH_GRAPH_MEMORY", "384m")

import pytest  # noqa: E402
from newsgraph.graph import queries, server  # noqa: E402
from newsgraph.graph.connection import Graph, open_graph  # noqa: E402
from newsgraph.graph.schema import ensure_schema  # noqa: E402

if TYPE_CHECKING:
    from newsgraph.pipeline import IngestSummary

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"


def running_servers(*roots: Path) -> list[Path]:
    """Homes under ``roots`` (or the roots themselves) whose embedded server is running."""
    homes = {pid_file.parent for root in roots if root.is_dir() for pid_file in root.rglob("server.json")}
    return sorted(home for home in homes if server.status(home) is not None)


@pytest.fixture(autouse=True)
def _main_module_kept() -> Iterator[None]:
    """Put the real ``__main__`` back after each test.

    Streamlit (AppTest included) runs a page as ``sys.modules["__main__"]`` and leaves it there. A
    worker process started later with "spawn" (``extract_many(n_process=2)``) runs the parent's
    ``__main__`` again: it would run that page, which opens the graph in the default home.
    """
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


@pytest.fixture(autouse=True)
def _session_home_stays_serverless() -> Iterator[None]:
    """Fail the test that started a server in the session's default home (it forgot to choose a home)."""
    yield
    if server.status(SESSION_HOME) is not None:
        server.stop(SESSION_HOME)
        pytest.fail("this test started a graph server in the default NEWSGRAPH_HOME (now stopped)")


@pytest.fixture(scope="session", autouse=True)
def _no_server_left_running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Fail the session if a test left a graph server running (after every other fixture has stopped its own).

    Set up before any other fixture of the session, so its teardown runs last. The servers found
    are stopped, so a failed run leaves no process behind either.
    """
    yield
    left = running_servers(SESSION_HOME, tmp_path_factory.getbasetemp())
    for home in left:
        server.stop(home)
    shutil.rmtree(SESSION_HOME, ignore_errors=True)
    if left:
        pytest.fail(
            f"graph servers were left running in test homes (now stopped): {', '.join(map(str, left))}"
        )


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
    """An empty graph (constraints kept) on the real embedded server, nothing kept from an earlier test."""
    _scratch_graph.run_write("MATCH (n) DETACH DELETE n")
    queries.drop_kept(_scratch_graph)
    return _scratch_graph


@pytest.fixture(scope="session")
def _corpus(corpus_home: Path) -> Iterator[tuple[Graph, IngestSummary]]:
    from newsgraph.pipeline import IngestOptions, run_ingest

    with _started_graph(corpus_home) as graph:
        summary = run_ingest([str(CORPUS)], graph, IngestOptions(home=corpus_home))
        yield graph, summary


@pytest.fixture(scope="session")
def corpus_graph(_corpus: tuple[Graph, IngestSummary]) -> Graph:
    """The sample corpus ingested once through the real pipeline; tests only read it."""
    return _corpus[0]


@pytest.fixture(scope="session")
def corpus_summary(_corpus: tuple[Graph, IngestSummary]) -> IngestSummary:
    """The summary of that ingest, as `newsgraph ingest corpora/` prints it."""
    return _corpus[1]
