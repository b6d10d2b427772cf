"""Corrections through the `newsgraph` command, end to end, on the sample corpus and real graph servers.

A journalist retypes 北辰语智总部 (the company's headquarters, which the corpus's extraction reads as a
government body of its own for its 部) to a company, merges it into 北辰语智, rejects an event and
confirms another. The corrections hold through a re-ingest with
re-extraction and a server restart; exported and imported into a graph built afresh from the
same corpus they give the same graph; undone, they give back the graph of before, exactly.
Bad input changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from newsgraph.graph.connection import Graph
from newsgraph.ingest.collect.state import State
from newsgraph.ingest.corrections import CorrectionError

from newsgraph.review import Reviewer, state_path
from tests.conftest import CORPUS
from tests.robustness.support import Home, assert_same_graph, newsgraph_cli, snapshot

pytestmark = pytest.mark.slow
EDITOR = "Test Editor"
WIDE_PERIOD = ("--since", "2000-01-01", "--until", "2030-12-31")


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Home, Home]]:
    """Two homes with servers of their own: one corrected, one built afresh to import into."""
    first, second = Home(tmp_path_factory.mktemp("review-a")), Home(tmp_path_factory.mktemp("review-b"))
    first.start()  # kept running between commands (a command stops only a server it started itself)
    second.start()
    yield first, second
    first.stop()
    second.stop()


def cli(home: Home, *args: str, code: int = 0) -> str:
    """Run ``newsgraph ARGS`` in ``home``; its stdout, after checking the exit code (stderr shown if not)."""
    process = newsgraph_cli(home.path, *args)
    stdout, stderr = process.communicate(timeout=900)
    assert process.returncode == code, (args, process.returncode, stdout, stderr)
    return stdout + stderr


def found(home: Home, name: str) -> list[dict]:
    return json.loads(cli(home, "search", name, "--json"))


def named(entities: list[dict], name: str, label: str) -> str:
    """The id of the entity of type ``label`` named exactly ``name`` among search results."""
    ids = [e["id"] for e in entities if e["name"] == name and e["type"] == label]
    assert len(ids) == 1, entities
    return ids[0]


def digest_events(home: Home) -> dict[str, dict]:
    """Every event of the digest, low-confidence ones included (the queue's first events are those)."""
    data = json.loads(cli(home, "digest", *WIDE_PERIOD, "--format", "json", "--include-low-confidence"))
    return {e["id"]: e for section in data["sections"] for e in section["events"]}


def queued_events(home: Home) -> list[str]:
    """The events of the review queue, most likely wrong first."""
    items = json.loads(cli(home, "review", "list", "--json", "--limit", "200"))
    return [i["id"] for i in items if i["kind"] == "event"]


def check_corrected(graph: Graph, ids: dict[str, str]) -> None:
    """What the four corrections must show in the graph."""
    retyped = graph.read("MATCH (n) WHERE n.name = '北辰语智' RETURN labels(n) AS labels, n.id AS id")
    assert [row["labels"] for row in retyped] == [["Company"]]
    kept = graph.read(
        "MATCH (c:Company {id: $id}) RETURN c.name AS name, c.aliases AS aliases", id=ids["full"]
    )
    assert kept[0]["name"] == "北辰语智" and "北辰语智总部" in kept[0]["aliases"]
    gone = graph.read(
        "MATCH (n) WHERE n.id IN $ids RETURN n.id AS id", ids=[ids["short"], ids["retyped"], ids["rejected"]]
    )
    assert gone == []
    confirmed = graph.read(
        "MATCH (e {id: $id}) RETURN e.confirmed AS c, e.confidence AS x", id=ids["confirmed"]
    )
    assert confirmed == [{"c": True, "x": 1.0}]


def test_corrections_hold_travel_and_undo_exactly(
    homes: tuple[Home, Home], corpus_graph: Graph, tmp_path: Path
) -> None:
    home, fresh = homes
    cli(home, "ingest", str(CORPUS))
    before = home.snapshot()
    assert_same_graph(before, snapshot(corpus_graph))  # the build is deterministic: a fresh one is the same

    beichen = found(home, "北辰语智")
    ids = {
        "short": named(beichen, "北辰语智总部", "Government"),
        "full": named(beichen, "北辰语智", "Company"),
    }
    ids["rejected"], ids["confirmed"] = queued_events(home)[:2]
    assert ids["rejected"] in digest_events(home)

    made = [
        cli(
            home,
            "review",
            "retype",
            ids["short"],
            "Company",
            "--why",
            "a company's office, not a government body",
            "--who",
            EDITOR,
        )
    ]
    ids["retyped"] = named(found(home, "北辰语智总部"), "北辰语智总部", "Company")  # a new id with its type
    made += [
        cli(home, "review", "merge", ids["retyped"], ids["full"], "--why", "its headquarters"),
        cli(home, "review", "reject", ids["rejected"], "--why", "not an event"),
        cli(home, "review", "confirm", ids["confirmed"], "--why", "checked with the company"),
    ]
    assert all("correction cor-" in line for line in made)
    with home.connect() as graph:
        check_corrected(graph, ids)
    corrected = home.snapshot()
    history = json.loads(cli(home, "review", "history", "--json"))
    assert [c["action"] for c in history] == ["confirm", "reject", "merge", "retype"]
    assert {c["who"] for c in history} == {EDITOR}  # given once, remembered
    assert history[-1]["why"] == "a company's office, not a government body"
    # the merged name finds the entity
    assert [e["name"] for e in found(home, "北辰语智总部")] == ["北辰语智"]
    events = digest_events(home)
    assert ids["rejected"] not in events and events[ids["confirmed"]]["confirmed"] is True

    # Bad input: a clear error, exit code 2, nothing changed.
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(history[0], ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    for args, words in (
        (("review", "reject", "person-0000000000000000"), "no entity has the id"),
        (("review", "merge", ids["full"], ids["full"]), "merged into itself"),
        (("review", "import", str(bad)), "line 2: not JSON"),
    ):
        assert words in cli(home, *args, code=2)
    with home.connect() as graph, State(state_path(home.path)) as state:
        reviewer = Reviewer(graph, state)
        for args, words in (
            (("merge", ids["retyped"], ids["full"]), "was merged into"),
            (("retype", ids["full"], "Fish"), "unknown type"),
            (("split", ids["full"], "依"), "is not a name of"),
            (("fix", ids["rejected"], "x", "nowhere"), "no event has the id"),
            (("confirm", ids["confirmed"]), "already confirmed"),
        ):
            with pytest.raises(CorrectionError, match=words):
                reviewer.correct(*args)
        with pytest.raises(CorrectionError, match="no correction has the id"):
            reviewer.undo("cor-0000000000000000")
        assert len(reviewer.history()) == 4
    assert_same_graph(home.snapshot(), corrected)

    # Re-ingesting with re-extraction, then restarting the server: the corrections hold.
    cli(home, "ingest", "--reextract", str(CORPUS))
    assert_same_graph(home.snapshot(), corrected)
    home.stop()
    home.start()
    assert_same_graph(home.snapshot(), corrected)

    # Exported, and imported into a graph built afresh from the same corpus: the same graph.
    shared = tmp_path / "corrections.jsonl"
    assert "4 correction(s)" in cli(home, "review", "export", str(shared))
    cli(fresh, "ingest", str(CORPUS))
    imported = cli(fresh, "review", "import", str(shared))
    assert "4 correction(s) imported" in imported and "not in this graph" not in imported
    assert_same_graph(fresh.snapshot(), corrected)
    assert "0 correction(s) imported, 4 already present" in cli(fresh, "review", "import", str(shared))

    # Undone one by one: the graph of before, exactly.
    for correction in history:
        cli(home, "review", "undo", correction["id"])
    assert_same_graph(home.snapshot(), before)
    assert "already undone" in cli(home, "review", "undo", history[0]["id"], code=2)
