"""Helpers of the robustness tests: exact graph comparison, homes with their own server, the CLI."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from newsgraph.graph import server
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.schema import ensure_schema

from newsgraph.pipeline import state_path
from tests.conftest import CORPUS, ROOT


@dataclass(frozen=True)
class Snapshot:
    """Everything in a graph: every node's labels and properties, every relationship's ends and properties.

    Two snapshots are equal exactly when the graphs hold the same facts; the counts and ids are kept
    apart so a failing test says what differs in words a reader can check.
    """

    nodes: frozenset[tuple[tuple[str, ...], str]]
    relationships: frozenset[tuple[str, str, str, str]]
    node_counts: tuple[tuple[str, int], ...]
    relationship_counts: tuple[tuple[str, int], ...]
    ids: frozenset[str]


def snapshot(graph: Graph) -> Snapshot:
    nodes = graph.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels = graph.read(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props"
    )
    counts = graph.counts()
    return Snapshot(
        nodes=frozenset((tuple(sorted(n["labels"])), repr(sorted(n["props"].items()))) for n in nodes),
        relationships=frozenset((r["type"], r["a"], r["b"], repr(sorted(r["props"].items()))) for r in rels),
        node_counts=tuple(sorted(counts["nodes"].items())),
        relationship_counts=tuple(sorted(counts["relationships"].items())),
        ids=frozenset(str(n["props"].get("id")) for n in nodes),
    )


def assert_same_graph(actual: Snapshot, expected: Snapshot) -> None:
    """Counts by label and type, then node ids, then every property: the first difference fails, shown."""
    checks = (
        ("node counts (actual, expected)", _differing(actual.node_counts, expected.node_counts)),
        ("relationship counts", _differing(actual.relationship_counts, expected.relationship_counts)),
        ("node ids in one graph only", sorted(actual.ids ^ expected.ids)),
        ("nodes only in the actual graph", sorted(actual.nodes - expected.nodes)[:3]),
        ("nodes only in the expected graph", sorted(expected.nodes - actual.nodes)[:3]),
        ("relationships only in the actual graph", sorted(actual.relationships - expected.relationships)[:3]),
        (
            "relationships only in the expected graph",
            sorted(expected.relationships - actual.relationships)[:3],
        ),
    )
    for what, difference in checks:
        if difference:
            raise AssertionError(f"{what}: {difference}")


def _differing(
    actual: tuple[tuple[str, int], ...], expected: tuple[tuple[str, int], ...]
) -> dict[str, tuple]:
    a, e = dict(actual), dict(expected)
    return {k: (a.get(k), e.get(k)) for k in sorted(a.keys() | e.keys()) if a.get(k) != e.get(k)}


@dataclass
class Home:
    """A NEWSGRAPH_HOME with its own embedded server, which a test may stop and restart."""

    path: Path

    def connect(self) -> Graph:
        """A connection to the server running now (its ports change at every restart)."""
        return open_graph(self.path, start=False)

    def start(self) -> None:
        server.start(self.path)

    def stop(self) -> None:
        server.stop(self.path)

    def snapshot(self) -> Snapshot:
        with self.connect() as graph:
            return snapshot(graph)

    def spooled(self) -> int:
        """Rows waiting in the ingest state's spool."""
        return self._count("SELECT count(*) FROM spool")

    def recorded(self) -> int:
        """Articles the ingest state has seen (collected, whether or not in the graph yet)."""
        return self._count("SELECT count(*) FROM articles")

    def ingested(self) -> int:
        """Articles the ingest state has confirmed in the graph."""
        return self._count("SELECT count(*) FROM articles WHERE ingested_at IS NOT NULL")

    def _count(self, sql: str) -> int:
        """A count from the state file, read as another process would; 0 before the file is set up."""
        uri = f"{state_path(self.path).as_uri()}?mode=ro"  # read-only: never creates the file
        try:
            with closing(sqlite3.connect(uri, uri=True, timeout=5)) as db:
                return int(db.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:  # no file or no table yet: the run is starting
            return 0

    def reset(self) -> None:
        """A running server with an empty graph (schema kept) and no ingest state."""
        self.start()
        with self.connect() as graph:
            ensure_schema(graph)
            graph.run_write("MATCH (n) DETACH DELETE n")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{state_path(self.path)}{suffix}").unlink(missing_ok=True)


def newsgraph_cli(home: Path, *args: str, **popen: object) -> subprocess.Popen[str]:
    """``python -m newsgraph.cli ARGS`` with NEWSGRAPH_HOME set, started in the background."""
    env = {**os.environ, "NEWSGRAPH_HOME": str(home), "COLUMNS": "200"}
    return subprocess.Popen(  # type: ignore[call-overload]
        [sys.executable, "-m", "newsgraph.cli", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def copy_corpus_subset(target: Path, *names: str) -> Path:
    """Part of the sample corpus (files or folders under corpora/) copied into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        source = CORPUS / name
        destination = target / Path(name).name
        if source.is_dir():
            shutil.copytree(source, destination)
        else:
            shutil.copy2(source, destination)
    return target


def wait_until(condition: Callable[[], bool], timeout: float = 600.0) -> None:
    """Poll ``condition`` until it holds (a generous timeout only guards against a hung test)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)
