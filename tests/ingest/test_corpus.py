"""The sample corpus end to end: served over HTTP from its OPML, and read from its folder.

Expected numbers come from ``corpora/manifest.json``: every distinct story becomes one article and
every syndicated copy (Simplified/Traditional, re-titled, re-tagged) becomes a duplicate of it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from newsgraph.ingest.collect.collector import collect
from newsgraph.ingest.collect.fetch import Fetcher, FetchSettings
from newsgraph.ingest.collect.sources import Inputs
from newsgraph.ingest.collect.state import State

from tests.httpserver import LocalServer


@pytest.fixture(scope="module")
def manifest(corpus_dir: Path) -> dict:
    return json.loads((corpus_dir / "manifest.json").read_text(encoding="utf-8"))


def test_the_corpus_feeds_over_http_give_one_article_per_story(
    corpus_server: LocalServer, manifest: dict, tmp_path: Path, fetch_settings: FetchSettings
) -> None:
    feed_records = [a for a in manifest["articles"] if a["file"].startswith("feeds/")]
    stories = {a["story"] for a in feed_records}
    with (
        State(tmp_path / "s.sqlite") as state,
        Fetcher(fetch_settings, allowed_hosts={corpus_server.netloc}) as f,
    ):
        run = collect(Inputs([corpus_server.url("/feeds.opml")]), state, f)
        results = list(run)
        kinds = Counter(r.kind for r in results)
        assert kinds == {"article": len(stories), "duplicate": len(feed_records) - len(stories)}
        assert not any(r.degraded for r in results)
        big5 = [r.article for r in results if r.article and "hktechweekly" in r.where]
        assert big5 and all("\ufffd" not in a.text for a in big5)
        assert {a.source for a in big5} == {"香港科技週刊"}
        for result in results:
            if result.article:
                state.mark_ingested(result.article.id)
        again = collect(Inputs([corpus_server.url("/feeds.opml")]), state, f)
        assert list(again) == []
        assert again.stats.feeds_unchanged == 3


def test_the_corpus_folder_gives_one_article_per_story(
    corpus_dir: Path, manifest: dict, tmp_path: Path, fetch_settings: FetchSettings
) -> None:
    inputs = [str(corpus_dir / "feeds"), str(corpus_dir / "pages"), str(corpus_dir / "articles.jsonl")]
    with State(tmp_path / "s.sqlite") as state, Fetcher(fetch_settings) as f:
        run = collect(Inputs(inputs), state, f)
        results = list(run)
    assert run.stats.failed == 0
    assert run.stats.new == manifest["counts"]["distinct_stories"]
    assert run.stats.duplicate == manifest["counts"]["syndicated_pairs"]
    by_url = {r.article.url: r.article for r in results if r.article}
    for record in manifest["articles"]:
        if record["url"] in by_url:
            assert by_url[record["url"]].published.isoformat() == record["published_at"]
