"""The synthetic data behind the benchmarks: seeded, realistic in shape, consistent when written."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.graph import queries
from newsgraph.graph.connection import Graph
from newsgraph.graph.writer import GraphWriter
from newsgraph.ingest.nlp.scripts import to_simplified

from bench import biggraph
from bench.facts import FactGenerator
from bench.graphhome import node_count, relationship_count
from bench.synthetic import BODY_CHARS, articles, text_of_length, vocabulary, write_jsonl
from bench.writes import write_row_by_row


def test_the_same_seed_gives_the_same_articles_and_another_seed_others() -> None:
    assert list(articles(5, seed=3)) == list(articles(5, seed=3))
    assert list(articles(5, seed=3)) != list(articles(5, seed=4))


def test_articles_have_news_length_and_name_known_companies() -> None:
    companies = vocabulary().companies
    for record in articles(20):
        assert BODY_CHARS[0] <= len(record["text"]) <= BODY_CHARS[1] + 200
        assert record["title"] and record["published"] and record["url"].startswith("http://")
        # Some articles are written in Traditional script: their names are found in Simplified.
        assert any(name in to_simplified(record["text"]) for name in companies)


def test_text_of_length_has_exactly_the_requested_characters() -> None:
    assert sum(map(len, text_of_length(5000))) == 5000


def test_jsonl_has_one_article_per_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", 3)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["url"] for line in lines] == [r["url"] for r in articles(3)]


def test_event_participants_are_entities_of_their_article() -> None:
    for _, extraction in FactGenerator(seed=1).pairs(50):
        ids = {e.id for e in extraction.entities}
        for event in extraction.events:
            assert {entity for _, entity in event.participants()} <= ids


def test_the_single_row_baseline_writes_the_same_graph_as_the_writer(graph: Graph) -> None:
    pairs = FactGenerator(seed=2).pairs(4)
    GraphWriter(graph).write(pairs)
    batched = (node_count(graph), relationship_count(graph), graph.counts())
    graph.run_write("MATCH (n) DETACH DELETE n")
    for pair in pairs:
        write_row_by_row(graph, pair)
    assert (node_count(graph), relationship_count(graph), graph.counts()) == batched


def test_the_big_graph_keeps_every_generated_relationship_and_answers_the_app_queries(graph: Graph) -> None:
    rows, samples = biggraph.generate(biggraph.Spec(articles=300, seed=5))
    biggraph.write(graph, rows, lambda _what, _count: None)
    assert node_count(graph) == sum(map(len, rows.nodes.values()))
    assert relationship_count(graph) == sum(map(len, rows.rels.values()))
    found = queries.search_entities(graph, samples.search_terms[0])
    assert samples.search_terms[0] in {name for row in found for name in [row["name"], *row["aliases"]]}
    center = samples.centers[0]["id"]
    assert queries.neighbour_edges(graph, [center])


def test_the_big_graph_is_the_same_for_the_same_spec() -> None:
    spec = biggraph.Spec(articles=200, seed=9)
    assert biggraph.generate(spec) == biggraph.generate(spec)
