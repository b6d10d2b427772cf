"""The graph server goes away in the middle of an ingest: nothing is lost, nothing is doubled.

The run keeps fetching and extracting, spools the facts it cannot write, reconnects (a restarted
embedded server listens on new ports) and writes the spool when the server is back, in the same run
or in the next. The final graph equals the uninterrupted run's, property for property.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from newsgraph.graph.connection import Graph
from newsgraph.graph.server import free_port

from newsgraph.pipeline import IngestOptions, IngestSummary, run_ingest
from tests.conftest import CORPUS
from tests.robustness.support import Home, Snapshot, assert_same_graph, newsgraph_cli, wait_until

pytestmark = pytest.mark.slow

#: Short waits: the end of a run gives the graph a moment to come back, not the default 15 s.
QUICK_RECONNECT = (0.2, 0.4)


def ingest(home: Home, on_item: dict[int, Callable[[], object]]) -> IngestSummary:
    """Ingest the corpus; ``on_item[k]()`` runs when the k-th item has been collected."""
    seen = 0

    def progress(_label: str, n: int) -> None:
        nonlocal seen
        seen += n
        if seen in on_item:
            on_item[seen]()

    options = IngestOptions(home=home.path, reconnect_delays=QUICK_RECONNECT)
    with home.connect() as graph:
        return run_ingest([str(CORPUS)], graph, options, progress, connect=home.connect)


def test_an_outage_mid_run_is_spooled_and_written_when_the_server_is_back(
    fresh_home: Home, reference: Snapshot
) -> None:
    summary = ingest(fresh_home, {8: fresh_home.stop, 30: fresh_home.start})

    assert summary.graph_outage
    assert summary.recovered > 0, "nothing was spooled: the outage missed the run"
    assert summary.spooled == 0 and summary.failed == 0
    assert "nothing was lost" in (summary.graph_notice() or "")
    assert summary.written == dict(reference.node_counts)["Article"]
    assert fresh_home.spooled() == 0
    assert_same_graph(fresh_home.snapshot(), reference)


def test_facts_spooled_while_the_graph_stays_away_are_written_by_the_next_run(
    fresh_home: Home, reference: Snapshot
) -> None:
    first = ingest(fresh_home, {8: fresh_home.stop})
    assert first.graph_outage
    assert first.spooled > 0
    assert fresh_home.spooled() >= first.spooled
    assert "next run" in (first.graph_notice() or "")

    fresh_home.start()
    second = ingest(fresh_home, {})
    assert second.recovered == first.spooled
    assert second.spooled == 0 and second.failed == 0
    assert "earlier run" in (second.graph_notice() or "")
    assert fresh_home.spooled() == 0
    assert_same_graph(fresh_home.snapshot(), reference)


def test_the_cli_says_what_it_spooled_and_the_next_run_writes_it(
    fresh_home: Home, reference: Snapshot
) -> None:
    run = newsgraph_cli(fresh_home.path, "ingest", str(CORPUS))
    wait_until(lambda: fresh_home.ingested() > 0 or run.poll() is not None)
    os.kill(run.pid, signal.SIGSTOP)  # freeze the run while its server goes away
    fresh_home.stop()
    os.kill(run.pid, signal.SIGCONT)
    out, err = run.communicate(timeout=600)

    assert run.returncode == 3, out + err
    assert "the graph was unreachable" in err
    assert "will be written by the next run" in err
    assert fresh_home.spooled() > 0

    second = newsgraph_cli(fresh_home.path, "ingest", str(CORPUS))
    out, err = second.communicate(timeout=600)
    assert second.returncode == 0, out + err
    assert "spooled by an earlier run were written" in err
    assert fresh_home.spooled() == 0
    fresh_home.start()  # the second run started a server of its own, and stopped it when it ended
    assert_same_graph(fresh_home.snapshot(), reference)


def test_with_no_graph_at_all_every_article_is_spooled(tmp_path: Path) -> None:
    """A lone surrogate included: it is replaced before spooling, where it used to fail its article."""
    story = "据悉，依图科技首席技术官颜水成已于上周离职，加盟一家新加坡公司。公司表示，相关业务不受影响。"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(
        '{"url": "http://odd.example/1", "title": "t", "text": "坏\\ud800'
        + story
        + '"}\n'
        + json.dumps({"url": "http://good.example/1", "title": "好", "text": story}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    nowhere = GraphDatabase.driver(f"bolt://127.0.0.1:{free_port()}", auth=("root", "unused"))
    with Graph(nowhere, "newsgraph", "bolt://nowhere", embedded=True) as graph:
        options = IngestOptions(home=tmp_path, reconnect_delays=QUICK_RECONNECT)
        summary = run_ingest([str(tmp_path / "in")], graph, options)
    assert summary.graph_outage
    assert (summary.spooled, summary.not_written, summary.failed) == (2, 0, 0)
    assert "next run" in (summary.graph_notice() or "")
