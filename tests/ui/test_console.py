"""The Cypher console: read-only whatever is typed, capped in rows and in time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from newsgraph.graph.connection import Graph
from newsgraph.graph.console import graph_elements, run_readonly
from newsgraph.graph.examples import load_examples
from streamlit.testing.v1 import AppTest

OpenPage = Callable[..., AppTest]

WRITES = [
    "CREATE (:Company {id: 'intruder', name: 'x'}) RETURN 1 AS done",
    "MERGE (c:Company {id: 'intruder'}) ON CREATE SET c.name = 'x' RETURN c.id AS id",
    "MATCH (c:Company) SET c.name = 'overwritten' RETURN count(c) AS n",
    "MATCH (c:Company) REMOVE c.aliases RETURN count(c) AS n",
    "MATCH (n) DETACH DELETE n",
    "MATCH ()-[r:PARTNERS_WITH]->() DELETE r",
]
#: Two seconds or more of work on the sample graph, so a short limit must stop it.
CARTESIAN = "MATCH (a), (b), (c), (d), (e:Article) RETURN sum(size(a.id + b.id + c.id + d.id + e.id)) AS n"


def snapshot(graph: Graph) -> tuple[dict, list]:
    names = graph.read(
        "MATCH (c:Company) RETURN c.id AS id, c.name AS name, c.aliases AS aliases ORDER BY id"
    )
    return graph.counts(), names


@pytest.mark.parametrize("query", WRITES)
def test_writes_typed_in_the_console_change_nothing(sample_graph: Graph, query: str) -> None:
    before = snapshot(sample_graph)
    run_readonly(sample_graph, query)
    assert snapshot(sample_graph) == before


def test_rows_stop_at_the_cap(sample_graph: Graph) -> None:
    result = run_readonly(sample_graph, "UNWIND range(1, 5000) AS x RETURN x", row_cap=100)
    assert len(result.rows) == 100
    assert result.truncated
    assert result.columns == ["x"]


def test_a_runaway_query_is_stopped_and_the_graph_stays_usable(sample_graph: Graph) -> None:
    result = run_readonly(sample_graph, CARTESIAN, time_limit=0.5)
    assert result.timed_out
    assert "time limit" in (result.error or "")
    assert run_readonly(sample_graph, "RETURN 1 AS one").rows == [{"one": 1}]
    assert sample_graph.read("RETURN 2 AS two") == [{"two": 2}]


def test_syntax_errors_are_reported_not_raised(sample_graph: Graph) -> None:
    result = run_readonly(sample_graph, "MATCH (n RETURN n")
    assert result.error
    assert result.rows == []


def test_nodes_and_relationships_come_back_drawable(sample_graph: Graph) -> None:
    result = run_readonly(sample_graph, "MATCH (p:Person)-[r:LEFT]->(c) RETURN p, r, c")
    nodes, rels = graph_elements(result.rows)
    assert {n["name"] for n in nodes.values()} >= {"颜水成", "依图科技"}
    assert rels and all(r["_start"] in nodes and r["_end"] in nodes for r in rels)


@pytest.mark.parametrize("example", load_examples(), ids=lambda e: e.name)
def test_every_example_query_runs_on_the_sample_graph(sample_graph: Graph, example) -> None:
    result = run_readonly(sample_graph, example.query, example.params)
    assert result.error is None
    if example.expect_rows:
        assert result.rows, f"{example.name} gave no row"


def test_console_page_runs_an_example(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/console.py")
    app.selectbox(key="example").set_value("Listing stages of a company").run()
    assert "Listing" in app.text_area(key="query").value
    app.button(key="run").click().run()
    assert not app.error
    table = app.dataframe[0].value
    assert list(table["status"]) == ["filed", "inquiry", "suspended", "withdrawn"]
    assert "rolled back" in app.info[0].value


def test_console_page_create_leaves_the_graph_unchanged(
    sample_home: Path, sample_graph: Graph, open_page: OpenPage
) -> None:
    before = snapshot(sample_graph)
    app = open_page(sample_home, "views/console.py")
    app.text_area(key="query").input("CREATE (c:Company {id: 'intruder'}) RETURN c.id AS id").run()
    app.button(key="run").click().run()
    assert snapshot(sample_graph) == before


def test_console_page_reports_the_time_limit(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/console.py")
    app.text_area(key="query").input(CARTESIAN).run()
    app.number_input(key="limit").set_value(0.5).run()
    app.button(key="run").click().run()
    assert "time limit" in app.error[0].value
