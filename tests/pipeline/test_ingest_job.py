"""The ingest job end to end: sample corpus -> graph, from files and over a real local HTTP server."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from newsgraph.graph.connection import Graph

from newsgraph.cli.ingest import print_summary
from newsgraph.pipeline import IngestOptions, IngestSummary, run_ingest
from tests.conftest import CORPUS
from tests.httpserver import LocalServer

MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
STORIES = {article["story"] for article in MANIFEST["articles"]}


def node_ids(graph: Graph) -> set[str]:
    return {row["id"] for row in graph.read("MATCH (n) RETURN n.id AS id")}


def test_every_story_of_the_corpus_is_one_article(corpus_graph: Graph) -> None:
    articles = corpus_graph.read("MATCH (a:Article) RETURN a.id AS id, a.urls AS urls, a.text AS text")
    assert len(articles) == len(STORIES)
    assert all(len(a["text"]) > 200 for a in articles)


def test_syndicated_copies_merge_into_one_article_with_both_urls(corpus_graph: Graph) -> None:
    copies = [a for a in MANIFEST["articles"] if a["syndicated_with"] and a.get("url")]
    assert copies
    for copy in copies:
        rows = corpus_graph.read(
            "MATCH (a:Article) WHERE $url IN a.urls RETURN a.id AS id, a.urls AS urls", url=copy["url"]
        )
        assert len(rows) == 1, copy["url"]
        assert len(rows[0]["urls"]) >= 2, rows[0]


def test_every_event_is_traceable_to_a_sentence_of_an_article(corpus_graph: Graph) -> None:
    rows = corpus_graph.read(
        "MATCH (e)-[r:REPORTED_IN]->(a:Article) RETURN r.sentence AS sentence, r.start AS start, r.end AS end, "
        "a.text AS text"
    )
    assert len(rows) > 40
    for row in rows:
        assert row["text"][row["start"] : row["end"]] == row["sentence"]


def test_the_week_of_2021_w10_has_its_headline_events(corpus_graph: Graph) -> None:
    rows = corpus_graph.read(
        "MATCH (e:Departure)-[:INVOLVES {role: 'person'}]->(p:Person), (e)-[:INVOLVES {role: 'org'}]->(c) "
        "RETURN p.name AS person, c.name AS org, c.aliases AS aliases"
    )
    assert any(r["person"] == "颜水成" and "依图" in r["aliases"] for r in rows), rows


def test_ingesting_over_http_twice_fetches_nothing_unchanged_and_changes_nothing(
    graph: Graph, tmp_path: Path
) -> None:
    with LocalServer(CORPUS, host_dirs={"feeds.newsgraph.test": "feeds"}) as server:
        options = IngestOptions(home=tmp_path, allow_private=True)
        first = run_ingest([server.url("/feeds.opml")], graph, options)
        assert first.failed == 0, first
        assert first.new > 30
        counts, ids = graph.counts(), node_ids(graph)
        bodies_before = sum(server.bytes_sent.values())
        pages_before = {path: n for path, n in server.counts.items() if path.endswith(".html")}

        second = run_ingest([server.url("/feeds.opml")], graph, options)
        assert second.new == 0 and second.written == 0
        assert graph.counts() == counts
        assert node_ids(graph) == ids
        pages_after = {path: n for path, n in server.counts.items() if path.endswith(".html")}
        assert pages_after == pages_before, "a page was fetched again"
        opml_bytes = (CORPUS / "feeds.opml").stat().st_size
        assert sum(server.bytes_sent.values()) - bodies_before <= opml_bytes + 200, (
            "feeds were downloaded again"
        )


def test_a_graph_emptied_behind_the_state_gets_its_articles_again(graph: Graph, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("yitu-cto-leaves", "mininglamp-layoffs"):
        source = next(CORPUS.glob(f"pages/*/*/*/{name}.html"))
        (folder / source.name).write_bytes(source.read_bytes())
    options = IngestOptions(home=tmp_path / "home")
    run_ingest([str(folder)], graph, options)
    counts = graph.counts()
    graph.run_write("MATCH (n) DETACH DELETE n")

    again = run_ingest([str(folder)], graph, options)
    assert again.written == 2
    assert any("ingesting them again" in w for w in again.warnings)
    assert graph.counts() == counts


def test_watch_polls_feeds_until_stopped_and_refetches_nothing_unchanged(graph_home: Path) -> None:
    import os
    import subprocess
    import sys
    import time

    with LocalServer(CORPUS, host_dirs={"feeds.newsgraph.test": "feeds"}) as server:
        feed = server.url("/feeds.newsgraph.test/aitech-daily.xml")
        env = {**os.environ, "NEWSGRAPH_HOME": str(graph_home)}
        command = [sys.executable, "-m", "newsgraph.cli", "ingest", "--watch", "1", "--allow-private", feed]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        try:
            deadline = time.monotonic() + 240
            while server.count("/feeds.newsgraph.test/aitech-daily.xml") < 3 and time.monotonic() < deadline:
                time.sleep(0.5)
        finally:
            process.terminate()
            output = process.communicate(timeout=60)[0]
        assert server.count("/feeds.newsgraph.test/aitech-daily.xml") >= 3, output
        pages = [n for path, n in server.counts.items() if path.endswith(".html")]
        assert pages and max(pages) == 1, "a page was fetched again by a later poll"
        assert "next poll in 1s" in output


def test_the_ingest_summary_adds_up_and_says_what_each_count_means(
    corpus_summary: IngestSummary, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsgraph ingest corpora/`: items seen = the parts listed under it, each with its meaning."""
    print_summary(corpus_summary)
    printed = capsys.readouterr().out
    rows = {name.strip(): (int(count), meaning) for name, count, meaning in SUMMARY_ROW.findall(printed)}
    parts = ("new", "changed", "duplicate", "unchanged", "repeated", "failed")
    assert rows["items seen"][0] == sum(rows[part][0] for part in parts) > 0
    assert rows["repeated"][0] > 0  # the corpus's feed entries whose page is saved beside them
    assert all(meaning.strip() for _, meaning in rows.values())


#: One row of the printed summary table: name │ count │ meaning.
SUMMARY_ROW = re.compile(r"^│ ([ \w]+?)\s*│\s+(\d+) │ (.*?)\s*│$", re.MULTILINE)
