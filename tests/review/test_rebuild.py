"""A graph corrected one correction at a time is exactly the graph built with the corrections from the start.

The sample corpus's stored facts (from the session's corpus home, read only) are written into the
scratch graph; every kind of correction is made through :class:`newsgraph.review.Reviewer`, each
rebuilding only its neighbourhood. A fresh build of the same facts (in the opposite order) with
the same corrections must give the same graph, and undoing them in a shuffled order must give
back the uncorrected one. This is what makes undo exact and an import reproducible.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from newsgraph.graph.connection import Graph
from newsgraph.graph.writer import GraphWriter
from newsgraph.ingest.collect.state import State
from newsgraph.ingest.corrections import Correction
from newsgraph.ingest.records import Article, Extraction, load_facts

from newsgraph.review import Corrector, Reviewer, role_id, state_path
from tests.robustness.support import assert_same_graph, snapshot

Pair = tuple[Article, Extraction]


@pytest.fixture(scope="module")
def pairs(corpus_graph: Graph, corpus_home: Path) -> list[Pair]:
    """The raw facts of every corpus article, as the corpus ingest stored them."""
    with State(state_path(corpus_home)) as state:
        stored = state.facts(state.fact_ids())
    assert len(stored) > 40
    return [load_facts(payload) for _, payload in sorted(stored.items())]


def entity(pairs: list[Pair], name: str, label: str | None = None) -> str:
    ids = {e.id for _, x in pairs for e in x.entities if e.name == name and label in (None, e.label)}
    assert len(ids) == 1, (name, ids)
    return ids.pop()


def event(pairs: list[Pair], event_type: str, **slots: str) -> str:
    """The key of the event of a type whose slots hold the entities (or values) named.

    When the corpus reports several such events, the first by key (any of them serves a correction).
    """
    keys = set()
    for _, x in pairs:
        names = {e.id: e.name for e in x.entities}
        for e in x.events:
            if e.type == event_type and all(
                names.get(getattr(e, k), getattr(e, k)) == v for k, v in slots.items()
            ):
                keys.add(e.key())
    assert keys, (event_type, slots)
    return min(keys)


def role(pairs: list[Pair], person: str, title: str) -> str:
    found = {
        role_id(r.person, r.org, r.title)
        for _, x in pairs
        for r in x.roles
        if r.title == title and {e.id: e.name for e in x.entities}.get(r.person) == person
    }
    assert len(found) == 1, (person, title, found)
    return found.pop()


def every_kind_of_correction(pairs: list[Pair]) -> list[tuple[str, ...]]:
    """(action, target, value, field): each action at least once, several touching the same entities."""
    cloudwalk = entity(pairs, "云从科技", "Company")
    return [  # facts first: their corrections must follow them through the entity corrections after
        ("reject", role(pairs, "韩旭", "创始人")),
        ("confirm", role(pairs, "周曦", "董事长")),
        ("reject", event(pairs, "listing", org="小马智行", status="rumored")),
        ("confirm", event(pairs, "listing", org="依图科技", status="filed")),
        ("fix", event(pairs, "departure", person="邵一鸣"), "", "to_org"),
        ("fix", event(pairs, "listing", org="旷视科技", status="stalled"), "suspended", "status"),
        ("fix", event(pairs, "departure", person="罗嘉文"), entity(pairs, "商汤科技", "Company"), "to_org"),
        ("retype", entity(pairs, "北辰语智总部"), "Company"),
        (
            "merge",
            entity(pairs, "科创板芯片"),
            cloudwalk,
        ),  # any other node: the split below then follows a merge
        ("split", cloudwalk, "雲從"),
        ("rename", entity(pairs, "文远知行"), "文远知行WeRide"),
        ("reject", entity(pairs, "Walker")),
        ("confirm", entity(pairs, "商汤科技", "Company")),
    ]


def test_corrections_one_by_one_equal_a_build_with_them(
    graph: Graph, pairs: list[Pair], tmp_path: Path
) -> None:
    with State(tmp_path / "incremental.sqlite") as state:
        Corrector(state).write(GraphWriter(graph), pairs)
        uncorrected = snapshot(graph)
        reviewer = Reviewer(graph, state)
        made: list[Correction] = []
        timings = []
        for action, target, *rest in every_kind_of_correction(pairs):
            outcome = reviewer.correct(action, target, *rest, why="test")
            made += outcome.corrections
            timings.append(f"{action} {outcome.articles} articles {outcome.seconds:.2f}s")
        corrected = snapshot(graph)
        print("; ".join(timings))
        assert corrected != uncorrected
        for correction in random.Random(7).sample(made, len(made)):
            started = time.monotonic()
            reviewer.undo(correction.id)
            assert time.monotonic() - started < 60
        assert_same_graph(snapshot(graph), uncorrected)

    graph.run_write("MATCH (n) DETACH DELETE n")
    with State(tmp_path / "fresh.sqlite") as fresh:
        for correction in made:
            fresh.put_correction(correction.id, correction.to_json())
        Corrector(fresh).write(GraphWriter(graph), list(reversed(pairs)))
    assert_same_graph(snapshot(graph), corrected)


def test_what_the_corrections_show(graph: Graph, pairs: list[Pair], tmp_path: Path) -> None:
    """A few of the corrections above, checked in the graph itself."""
    with State(tmp_path / "state.sqlite") as state:
        Corrector(state).write(GraphWriter(graph), pairs)
        reviewer = Reviewer(graph, state)
        for action, target, *rest in every_kind_of_correction(pairs):
            reviewer.correct(action, target, *rest)
    luo = event(pairs, "departure", person="罗嘉文")
    destination = "MATCH (:Departure {id: $id})-[:INVOLVES {role: 'to_org'}]->(c) RETURN c.name AS name"
    assert graph.read(destination, id=luo) == [{"name": "商汤科技"}]  # a destination the article never names
    shao = event(pairs, "departure", person="邵一鸣")
    assert graph.read(destination, id=shao) == []  # the wrong destination is gone
    assert graph.read("MATCH (n {name: 'Walker'}) RETURN n.id") == []
    assert graph.read("MATCH (n:Company {name: '文远知行WeRide'}) RETURN n.id AS id") == [{"id": "weride"}]
    confirmed = graph.read(
        "MATCH (p:Person {name: '周曦'})-[r:HOLDS_ROLE {title: '董事长'}]->() RETURN r.confirmed AS c"
    )
    assert confirmed and all(r["c"] is True for r in confirmed)  # (the split leaves it at both companies)
    split = graph.read("MATCH (n:Company) WHERE n.name = '雲從' OR '雲從' IN n.aliases RETURN n.id AS id")
    assert [row["id"] for row in split] != ["cloudwalk"] and len(split) == 1
