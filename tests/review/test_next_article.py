"""Corrections reach the articles that come after them, through the real NLP, and the pages show them.

A journalist merges 颜水 (a truncated name) into 颜水成, rejects an appointment and confirms a
departure. A new article naming 颜水 and reporting the rejected appointment again is then
ingested: its 颜水 is 颜水成, the appointment stays out, and the explorer's pages show the
corrected graph (the merged-away id leads to 颜水成, the confirmed departure is marked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from newsgraph.graph.connection import Graph
from newsgraph.ingest.collect.state import State
from streamlit.testing.v1 import AppTest

from newsgraph.pipeline import IngestOptions, run_ingest
from newsgraph.review import Reviewer, state_path
from tests.robustness.support import Home
from tests.ui.conftest import APP, APP_TIMEOUT_S

#: The id the NLP gives the person named 颜水 (a natural id: the same in every graph).
SHORT = "person-a419bab7cf152546"


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Home]:
    """A home of its own: the explorer reads the corrections from the home's state."""
    home = Home(tmp_path / "home")
    home.path.mkdir()
    home.start()
    yield home
    home.stop()


@pytest.fixture
def open_page(home: Home, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., AppTest]]:
    """Run one page of the explorer on ``home``; the app's connections are closed before its server stops."""
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home.path))

    def run(page: str, lang: str = "en", **query_params: str) -> AppTest:
        app = AppTest.from_file(str(APP), default_timeout=APP_TIMEOUT_S)
        app.switch_page(page)
        for key, value in {**query_params, "lang": lang}.items():
            app.query_params[key] = value
        return app.run()

    yield run
    st.cache_resource.clear()


def note(folder: Path, name: str, published: str, text: str) -> None:
    """A text article with front matter, in ``folder``."""
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(
        f"---\ntitle: {name}\npublished: {published}\nsource: 测试日报\n---\n{text}\n", encoding="utf-8"
    )


def person(graph: Graph, name: str) -> str:
    rows = graph.read("MATCH (p:Person {name: $name}) RETURN p.id AS id", name=name)
    assert len(rows) == 1, (name, rows)
    return rows[0]["id"]


def event_of(graph: Graph, label: str, person_id: str) -> str:
    query = f"MATCH (e:{label})-[:INVOLVES {{role: 'person'}}]->({{id: $id}}) RETURN e.id AS id"
    rows = graph.read(query, id=person_id)
    assert len(rows) == 1, (label, rows)
    return rows[0]["id"]


def test_the_next_article_follows_the_corrections(
    home: Home, tmp_path: Path, open_page: Callable[..., AppTest]
) -> None:
    with home.connect() as graph:
        corrected_then_ingested(graph, tmp_path, IngestOptions(home=home.path))
    app = open_page("views/entity.py", entity=SHORT)
    assert not app.exception, [e.value for e in app.exception]
    assert app.title[0].value == "颜水成"  # the merged-away id leads to the entity it joined
    assert [list(t["type"]) for t in tables(app) if "type" in t] == [["Departure"]]  # no appointment
    assert [list(t["confirmed"]) for t in tables(open_page("views/departures.py"))] == [["✓"]]
    in_chinese = open_page("views/departures.py", lang="zh")
    assert [list(t["已核实"]) for t in tables(in_chinese) if "已核实" in t] == [["✓"]]


def corrected_then_ingested(graph: Graph, tmp_path: Path, options: IngestOptions) -> None:
    """Two articles, three corrections, then a new article naming 颜水 and reporting the rejected fact."""
    notes = tmp_path / "notes"
    note(notes, "a", "2021-03-01", "就在本月初，依图首席技术官颜水成已离职。")
    note(notes, "b", "2021-03-02", "据悉，颜水已加盟冬海集团，出任首席科学家。")
    run_ingest([str(notes)], graph, options)
    full, short = person(graph, "颜水成"), person(graph, "颜水")
    assert short == SHORT
    with State(state_path(options.home)) as state:
        reviewer = Reviewer(graph, state)
        reviewer.correct("merge", short, full, why="truncated name")
        appointment = event_of(graph, "Appointment", full)  # the merge moved it to 颜水成
        reviewer.correct("reject", appointment, why="not confirmed by the company")
        reviewer.correct("confirm", event_of(graph, "Departure", full))

    later = tmp_path / "later"
    note(later, "c", "2021-03-05", "颜水日前加盟冬海集团，出任首席科学家。")
    assert run_ingest([str(later)], graph, options).written == 1
    assert graph.read("MATCH (n {id: $id}) RETURN n", id=short) == []
    mentioned = (
        "MATCH (a:Article {title: 'c'})-[:MENTIONS]->(p:Person) RETURN p.id AS id, p.aliases AS aliases"
    )
    assert graph.read(mentioned) == [{"id": full, "aliases": ["颜水", "颜水成"]}]
    assert graph.read("MATCH (e:Appointment) RETURN e.id AS id") == []  # the new report stays rejected


def tables(app: AppTest) -> list[pd.DataFrame]:
    """Every table the page shows with a 'confirmed' (已核实) or 'type' column, in page order."""
    found: list[pd.DataFrame] = []

    def visit(node: object) -> None:
        for child in getattr(node, "children", {}).values():
            if getattr(child, "type", "") == "dataframe" and {"type", "confirmed", "已核实"} & set(
                child.value.columns
            ):
                found.append(child.value)
            visit(child)

    visit(app.main)
    return found
