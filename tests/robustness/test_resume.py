"""Re-runs never let a syndicated copy replace the story it copies, whether or not the run before died."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.graph.connection import Graph
from newsgraph.ingest.collect.collector import collect
from newsgraph.ingest.collect.fetch import Fetcher
from newsgraph.ingest.collect.sources import Inputs
from newsgraph.ingest.collect.state import State

from newsgraph.pipeline import IngestOptions, run_ingest
from tests.ingest.test_dedup import STORY

COPY_NOTE = "本文仅供参考，不构成投资建议。"


def write_story_and_copy(folder: Path) -> Path:
    """An original and a near-identical copy (one sentence more) on another site, in one JSON Lines file."""
    folder.mkdir(parents=True, exist_ok=True)
    records = [
        {"url": "http://origin.example/story", "title": "原文标题", "text": STORY, "published": "2021-03-09"},
        {
            "url": "http://copy.example/story",
            "title": "转载标题",
            "text": STORY + COPY_NOTE,
            "published": "2021-03-10",
        },
    ]
    path = folder / "stories.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return folder


def test_a_copy_seen_before_a_crash_is_still_a_copy_on_the_next_run(tmp_path: Path) -> None:
    folder = write_story_and_copy(tmp_path / "in")
    with State(tmp_path / "state.sqlite") as state, Fetcher() as fetcher:
        first = list(collect(Inputs([str(folder)]), state, fetcher))  # killed here: nothing confirmed
        again = list(collect(Inputs([str(folder)]), state, fetcher))
    assert [r.kind for r in first] == [r.kind for r in again] == ["article", "duplicate"]
    article = again[0].article
    assert article is not None
    assert (article.url, article.title, article.text) == ("http://origin.example/story", "原文标题", STORY)


def test_a_later_run_keeps_the_original_text_and_both_urls(graph: Graph, tmp_path: Path) -> None:
    folder = write_story_and_copy(tmp_path / "in")
    options = IngestOptions(home=tmp_path / "home")
    run_ingest([str(folder)], graph, options)
    second = run_ingest([str(folder)], graph, options)

    assert second.written == 0
    [article] = graph.read(
        "MATCH (a:Article) RETURN a.url AS url, a.title AS title, a.text AS text, a.urls AS urls"
    )
    assert (article["url"], article["title"], article["text"]) == (
        "http://origin.example/story",
        "原文标题",
        STORY,
    )
    assert sorted(article["urls"]) == ["http://copy.example/story", "http://origin.example/story"]
