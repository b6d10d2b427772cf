"""On Neo4j the console's guarantee comes from a user with only the built-in ``reader`` role.

Skipped unless these name a Neo4j 5 Enterprise (or Aura Business Critical/Dedicated) database set
up as the README's Reliability section says: NEWSGRAPH_TEST_NEO4J_URI, NEWSGRAPH_TEST_NEO4J_USER and
NEWSGRAPH_TEST_NEO4J_PASSWORD (an admin, used only to clean up), NEWSGRAPH_TEST_NEO4J_READER_USER and
NEWSGRAPH_TEST_NEO4J_READER_PASSWORD (the reader). Nothing is left in that database: every write
here must be refused, and a probe label is deleted at the end whatever happened.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from neo4j import READ_ACCESS
from neo4j.exceptions import Neo4jError
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.console import NO_READER, run_as_reader, run_readonly

PREFIX = "NEWSGRAPH_TEST_NEO4J_"
NEEDED = ("URI", "USER", "PASSWORD", "READER_USER", "READER_PASSWORD")
PROBE = "NewsgraphProbe"
ATTACKS = [
    f"CREATE (:{PROBE}) RETURN 1",
    f"CALL {{ CREATE (:{PROBE}) }} IN TRANSACTIONS RETURN 1",
    f"CREATE INDEX newsgraph_probe IF NOT EXISTS FOR (n:{PROBE}) ON (n.x)",
    "CREATE USER newsgraph_probe SET PASSWORD 'newsgraph-probe-1' CHANGE NOT REQUIRED",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1",
]

pytestmark = pytest.mark.skipif(
    not all(os.environ.get(PREFIX + name) for name in NEEDED), reason="no test Neo4j with a reader account"
)


@pytest.fixture
def neo4j(monkeypatch: pytest.MonkeyPatch) -> Iterator[Graph]:
    """The test database through newsgraph's own settings; the probe label is removed afterwards."""
    for name in NEEDED:
        monkeypatch.setenv(f"NEO4J_{name}", os.environ[PREFIX + name])
    with open_graph() as admin:
        yield admin
        admin.run_write(f"MATCH (n:{PROBE}) DETACH DELETE n")
        admin.run_write("DROP INDEX newsgraph_probe IF EXISTS")


@pytest.mark.parametrize("query", ATTACKS)
def test_the_reader_role_refuses_every_attack(neo4j: Graph, query: str) -> None:
    assert neo4j.reader is not None
    result = run_as_reader(neo4j.reader, query, time_limit=30)
    assert result.error and not result.rows, result
    assert neo4j.read(f"MATCH (n:{PROBE}) RETURN count(n) AS n") == [{"n": 0}]


def test_the_explorer_reads_as_the_reader(neo4j: Graph) -> None:
    with open_graph(read_only=True) as reader:
        reader.read("RETURN 1 AS one")
        with pytest.raises(Neo4jError):
            reader.run_write(f"CREATE (:{PROBE})")


def test_read_access_mode_refuses_writes_even_to_an_admin(neo4j: Graph) -> None:
    with (
        neo4j.driver.session(database=neo4j.database, default_access_mode=READ_ACCESS) as session,
        pytest.raises(Neo4jError),
    ):
        session.run(f"CREATE (:{PROBE})").consume()


def test_without_a_reader_account_the_console_is_off(neo4j: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_READER_USER")
    with open_graph() as graph:
        assert run_readonly(graph, "RETURN 1").error == NO_READER
