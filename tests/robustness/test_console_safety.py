"""The analyst console cannot change the graph, the schema or the users, read the server's files,
run past its time limit, or hold more than its caps in memory, whatever is typed.

The attacks go through :func:`run_as_reader`, the console without its friendly text filter: what
stops them is the server's refusal to the read-only account. Runs on a server of its own (with a
short server-side command timeout): an attack that got through would damage the shared graph.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, Neo4jError
from newsgraph.graph import server
from newsgraph.graph.config import EMBEDDED_READER, EMBEDDED_USER
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.console import ConsoleResult, run_as_reader, run_readonly
from newsgraph.graph.schema import ensure_schema

from tests.conftest import ROOT
from tests.robustness.support import Home, Snapshot, snapshot

#: Generous: this only guards against a hang.
SLACK_S = 10.0
#: The server-side bound of this module's server (graph.server.COMMAND_TIMEOUT_S is 120 s).
SERVER_TIMEOUT_S = 5.0
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
    # Committed by the rolled-back-transaction console (issue): the subquery's own transactions...
    "MATCH (n:Company) WITH n LIMIT 5 CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1 ROWS",
    # ...and a COMMIT run by a procedure.
    "MATCH (a:Article) SET a.title = 'pwned' WITH count(a) AS n "
    "CALL do.when(true, 'COMMIT', 'RETURN 0') YIELD value RETURN n",
    "CALL do.when(true, 'MATCH (a:Article) SET a.title = \"pwned\" RETURN 1', 'RETURN 0') YIELD value RETURN value",
]
SCHEMA_COMMANDS = [
    "CREATE INDEX evil_index IF NOT EXISTS FOR (n:Company) ON (n.evil)",
    "CREATE CONSTRAINT evil_unique IF NOT EXISTS FOR (n:Company) REQUIRE n.name IS UNIQUE",
    "DROP CONSTRAINT company_id",
    "DROP INDEX company_name",
    "drop\nconstraint company_id",
    "CALL do.when(true, 'DROP INDEX company_name', 'RETURN 0') YIELD value RETURN value",  # past any text filter
    "CREATE (:BrandNewLabel {x: 1}) RETURN 1",  # a rolled-back CREATE used to leave the type in the schema
]
USER_COMMANDS = [
    "CREATE OR REPLACE USER analyst SET PASSWORD 'analyst-password-1'",
    "CALL do.when(true, 'CREATE USER analyst SET PASSWORD \"analyst-password-1\"', 'RETURN 0') YIELD value RETURN 1",
    "CALL do.when(true, 'ALTER USER root SET PASSWORD \"root-password-2\"', 'RETURN 0') YIELD value RETURN 1",
    "ALTER USER reader SET PASSWORD 'reader-password-2'",
    "DROP USER root",
]
FILES = ["secret", "reader-secret", "/etc/passwd", "/proc/self/environ"]


@pytest.fixture(scope="module")
def console_graph(own_home: Home) -> Iterator[Graph]:
    """A small graph: 40 companies and 3 articles, with the schema's constraints and indexes."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(server, "COMMAND_TIMEOUT_S", SERVER_TIMEOUT_S)
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
    """The graph; after the test, its data, schema and users must be what they were before."""
    before = state(console_graph)
    yield console_graph
    after = state(console_graph)
    restore_schema(console_graph)
    assert after == before


def state(graph: Graph) -> tuple[Snapshot, list[str], list[str], list[str], list[str], bool]:
    """Data, constraints, indexes, types, users, and whether a duplicate company id is still refused."""
    constraints = sorted(str(row.get("name")) for row in graph.read("SHOW CONSTRAINTS"))
    indexes = sorted(str(row.get("name")) for row in graph.read("SHOW INDEXES"))
    labels = sorted(row["label"] for row in graph.read("CALL db.labels() YIELD label RETURN label"))
    users = sorted(str(row.get("user")) for row in graph.read("SHOW USERS"))
    return snapshot(graph), constraints, indexes, labels, users, duplicate_refused(graph)


def duplicate_refused(graph: Graph) -> bool:
    try:
        graph.run_write("CREATE (:Company {id: 'c1'})")
    except Exception:
        return True
    graph.run_write("MATCH (c:Company {id: 'c1'}) WITH c SKIP 1 DETACH DELETE c")
    return False


def restore_schema(graph: Graph) -> None:
    """Undo what a schema command did, so the other tests see the schema they expect."""
    graph.run_write("DROP INDEX evil_index IF EXISTS")
    graph.run_write("DROP CONSTRAINT evil_unique IF EXISTS")
    ensure_schema(graph)


def attack(graph: Graph, query: str) -> ConsoleResult:
    """``query`` run by the console past its text filter, as the read-only account."""
    assert graph.reader is not None
    return run_as_reader(graph.reader, query, time_limit=30)


def refused(query: str, graph: Graph) -> str:
    """The console's error for ``query``, which must be the server's refusal, not a time-out."""
    result = attack(graph, query)
    assert not result.timed_out and result.rows == [] and result.error, result
    return result.error


@pytest.mark.parametrize("query", WRITES)
def test_a_write_changes_nothing(unchanged: Graph, query: str) -> None:
    """Refused by the server, at once or at commit (a SET shows its rows, then is rolled back)."""
    result = attack(unchanged, query)
    assert not result.timed_out


@pytest.mark.parametrize("query", [*WRITES[:4], "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"])
def test_an_obvious_write_is_refused_with_a_plain_message(unchanged: Graph, query: str) -> None:
    result = run_readonly(unchanged, query)
    assert result.error and "read-only" in result.error and not result.rows


@pytest.mark.parametrize(
    "query",
    [
        "RETURN 'create, merge, set, delete' AS words",
        "MATCH (c:Company) WHERE c.name <> 'DROP INDEX x' RETURN {set: 1, create: 2} AS m LIMIT 1",
        "// delete nothing\nMATCH (c:Company) RETURN c.id AS id LIMIT 1",
    ],
)
def test_the_friendly_refusal_ignores_strings_comments_and_keys(unchanged: Graph, query: str) -> None:
    result = run_readonly(unchanged, query, time_limit=30)
    assert result.error is None and len(result.rows) == 1


def test_the_explorers_connection_cannot_write(console_graph: Graph, own_home: Home) -> None:
    """Every page of the explorer reads through this account; the server refuses it any write."""
    with open_graph(own_home.path, start=False, read_only=True) as reader:
        assert reader.read("MATCH (c:Company) RETURN count(c) AS n") == [{"n": 40}]
        with pytest.raises(Neo4jError, match=r"Forbidden|not allowed"):
            reader.run_write("MATCH (c:Company {id: 'c1'}) SET c.name = 'pwned'")
        with pytest.raises(Neo4jError, match=r"Forbidden|not allowed"):
            reader.run_write("CREATE INDEX evil_index IF NOT EXISTS FOR (n:Company) ON (n.evil)")
    assert console_graph.read("MATCH (c:Company {id: 'c1'}) RETURN c.name AS name") == [{"name": "n1"}]


@pytest.mark.parametrize("query", SCHEMA_COMMANDS)
def test_a_schema_command_is_refused(unchanged: Graph, query: str) -> None:
    refused(query, unchanged)


@pytest.mark.parametrize("query", USER_COMMANDS)
def test_users_cannot_be_created_or_changed(unchanged: Graph, own_home: Home, query: str) -> None:
    refused(query, unchanged)
    with pytest.raises(AuthError):
        login(unchanged, "analyst", "analyst-password-1")
    login(unchanged, EMBEDDED_USER, server.password(own_home.path))
    login(unchanged, EMBEDDED_READER, server.reader_password(own_home.path))


def login(graph: Graph, user: str, password: str) -> None:
    with GraphDatabase.driver(graph.uri, auth=(user, password)) as driver:
        driver.verify_connectivity()


@pytest.mark.parametrize("name", FILES)
def test_load_csv_reads_no_file_of_the_server(unchanged: Graph, own_home: Home, name: str) -> None:
    path = own_home.path / name if "/" not in name else name
    for url in (f"file://{path}", str(path)):
        error = refused(f"LOAD CSV FROM '{url}' AS line RETURN line", unchanged)
        assert server.password(own_home.path) not in error
    remote = attack(unchanged, "LOAD CSV FROM 'http://example.com/x.csv' AS line RETURN line")
    assert remote.error and not remote.rows


def test_the_server_itself_reads_no_file_with_load_csv(console_graph: Graph, own_home: Home) -> None:
    """Even the root account: file URLs are off for the whole server."""
    with pytest.raises(ClientError):
        console_graph.read(f"LOAD CSV FROM 'file://{own_home.path}/secret' AS line RETURN line")


def test_reads_work(unchanged: Graph) -> None:
    result = run_readonly(
        unchanged, "MATCH (c:Company) RETURN c.id AS id, c ORDER BY id LIMIT 2", time_limit=30
    )
    assert result.error is None and [row["id"] for row in result.rows] == ["c1", "c10"]
    assert result.rows[0]["c"]["_labels"] == ["Company"]
    schema = run_readonly(unchanged, "SHOW INDEXES", time_limit=30)
    assert schema.error is None and schema.rows


def test_a_cartesian_product_stops_at_the_time_limit(unchanged: Graph) -> None:
    query = "MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id = 'none' RETURN count(*) AS n"
    result = run_readonly(unchanged, query, time_limit=1.0)
    assert result.timed_out
    assert result.rows == []
    assert "time limit" in (result.error or "")
    assert result.elapsed < 1.0 + SLACK_S


def test_the_server_stops_a_runaway_query_itself(console_graph: Graph) -> None:
    """A statement the console gave up on does not run on: the server ends it at its command timeout."""
    started = time.monotonic()
    with pytest.raises(ClientError, match="timeout"):
        console_graph.read(
            "MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = 'none' RETURN count(*) AS n"
        )
    assert time.monotonic() - started < SERVER_TIMEOUT_S + SLACK_S


def test_a_slow_write_is_stopped_and_undone(unchanged: Graph) -> None:
    result = run_readonly(
        unchanged, "MATCH (a), (b), (c) CREATE (:Company {id: a.id + b.id + c.id})", time_limit=1.0
    )
    assert result.error


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


#: Runs the console in a fresh process and prints how much memory that process reached (KB on Linux).
MEASURE = """
import json, resource, sys
from newsgraph.graph.connection import open_graph
from newsgraph.graph.console import run_readonly
graph = open_graph(sys.argv[1], start=False)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = run_readonly(graph, sys.argv[2], row_cap=1, time_limit=60)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"grew_kb": after - before, "rows": len(result.rows), "error": result.error}))
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    "query",
    [
        "RETURN range(1, 20000000) AS l",  # the issue's: one row of 20 million numbers, 1.2 GB in the app
        "UNWIND range(1, 50) AS i RETURN [x IN range(1, 200000) | 'abcdefghij'] AS l",  # 50 rows of 2 MB
    ],
)
def test_one_huge_row_does_not_fill_the_apps_memory(console_graph: Graph, own_home: Home, query: str) -> None:
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, str(own_home.path), query],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    measured = json.loads(run.stdout.splitlines()[-1])
    assert measured["grew_kb"] < 100_000, measured
    assert measured["rows"] == 0 and measured["error"], measured
