"""The analyst console cannot change the graph, run past its time limit, or return more than its row cap.

Runs on a server of its own: a schema command that got through would damage the shared graph.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from newsgraph.graph.connection import Graph
from newsgraph.graph.console import run_readonly
from newsgraph.graph.schema import ensure_schema

from tests.robustness.support import Home, Snapshot, snapshot

#: Generous: the limit is enforced on the client, this only guards against a hang.
SLACK_S = 10.0
WRITES = [
    "CREATE (:Company {id: 'evil', name: 'evil'}) RETURN 1",
    "MERGE (c:Company {id: 'c1'}) SET c.name = 'pwned' RETURN c",
    "MERGE (:Company {id: 'new-one'})",
    "MATCH (c:Company {id: 'c2'}) DELETE c",
    "MATCH (n) DETACH DELETE n",
    "MATCH (a:Article) SET a.title = 'rewritten', a.text = ''",
    "MATCH (c:Company) REMOVE c.name",
    "MATCH (c:Company) SET c:Person",
    "MATCH (a:Article), (c:Company) MERGE (a)-[:MENTIONS]->(c)",
    "MATCH (c:Company {id: 'c3'}) CALL { WITH c DETACH DELETE c } RETURN 1",
]
SCHEMA_COMMANDS = [
    "CREATE INDEX evil_index IF NOT EXISTS FOR (n:Company) ON (n.evil)",
    "CREATE CONSTRAINT evil_unique IF NOT EXISTS FOR (n:Company) REQUIRE n.name IS UNIQUE",
    "DROP CONSTRAINT company_id",
    "DROP INDEX company_name",
    "CREATE/**/INDEX evil_index IF NOT EXISTS FOR (n:Company) ON (n.evil)",  # a comment as the space
    "DROP /* why not */ CONSTRAINT company_id",
    "drop\nconstraint company_id",
    "MATCH (n) RETURN n LIMIT 1 UNION ALL MATCH (n) RETURN n LIMIT 1; DROP CONSTRAINT company_id",
]


@pytest.fixture(scope="module")
def console_graph(own_home: Home) -> Iterator[Graph]:
    """A small graph: 40 companies and 3 articles, with the schema's constraints and indexes."""
    own_home.reset()
    with own_home.connect() as graph:
        graph.run_write(
            "UNWIND range(1, 40) AS i CREATE (:Company {id: 'c' + toString(i), name: 'n' + toString(i)})"
        )
        graph.run_write(
            "UNWIND range(1, 3) AS i CREATE (:Article {id: 'a' + toString(i), title: 't', text: 'x'})"
        )
        yield graph


@pytest.fixture
def unchanged(console_graph: Graph) -> Iterator[Graph]:
    """The graph; after the test, its data and schema must be what they were before."""
    before = state(console_graph)
    yield console_graph
    after = state(console_graph)
    restore_schema(console_graph)
    assert after == before


def state(graph: Graph) -> tuple[Snapshot, list[str], list[str], bool]:
    """Data, constraints, indexes, and whether a duplicate company id is still refused."""
    constraints = sorted(str(row.get("name")) for row in graph.read("SHOW CONSTRAINTS"))
    indexes = sorted(str(row.get("name")) for row in graph.read("SHOW INDEXES"))
    return snapshot(graph), constraints, indexes, duplicate_refused(graph)


def duplicate_refused(graph: Graph) -> bool:
    try:
        graph.run_write("CREATE (:Company {id: 'c1'})")
    except Exception:
        return True
    graph.run_write("MATCH (c:Company {id: 'c1'}) WITH c SKIP 1 DETACH DELETE c")
    return False


@pytest.mark.parametrize("query", WRITES)
def test_a_write_is_rolled_back(unchanged: Graph, query: str) -> None:
    result = run_readonly(unchanged, query, time_limit=30)
    assert not result.timed_out


@pytest.mark.parametrize("query", SCHEMA_COMMANDS)
def test_a_schema_command_changes_nothing(console_graph: Graph, query: str) -> None:
    before = state(console_graph)
    result = run_readonly(console_graph, query, time_limit=30)
    after = state(console_graph)
    assert result.error and "not allowed" in result.error
    restore_schema(console_graph)
    assert after == before


def restore_schema(graph: Graph) -> None:
    """Undo what a schema command did, so the other tests see the schema they expect."""
    graph.run_write("DROP INDEX evil_index IF EXISTS")
    graph.run_write("DROP CONSTRAINT evil_unique IF EXISTS")
    ensure_schema(graph)


def test_a_cartesian_product_stops_at_the_time_limit(unchanged: Graph) -> None:
    query = "MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id = 'none' RETURN count(*) AS n"
    result = run_readonly(unchanged, query, time_limit=1.0)
    assert result.timed_out
    assert result.rows == []
    assert "time limit" in (result.error or "")
    assert result.elapsed < 1.0 + SLACK_S


def test_a_slow_write_is_stopped_and_undone(unchanged: Graph) -> None:
    result = run_readonly(
        unchanged, "MATCH (a), (b), (c) CREATE (:Company {id: a.id + b.id + c.id})", time_limit=1.0
    )
    assert result.timed_out


def test_rows_stop_at_the_cap(unchanged: Graph) -> None:
    result = run_readonly(unchanged, "UNWIND range(1, 1000000) AS x RETURN x", row_cap=25, time_limit=30)
    assert len(result.rows) == 25 and result.truncated
    result = run_readonly(
        unchanged, "MATCH (a:Company), (b:Company) RETURN a.id, b.id", row_cap=100, time_limit=30
    )
    assert len(result.rows) == 100 and result.truncated


def test_the_console_still_answers_after_a_timeout(unchanged: Graph) -> None:
    run_readonly(unchanged, "MATCH (a), (b), (c), (d) RETURN count(*) + sum(size(a.id))", time_limit=0.5)
    result = run_readonly(unchanged, "MATCH (c:Company) RETURN count(c) AS n", time_limit=30)
    assert result.rows == [{"n": 40}]
