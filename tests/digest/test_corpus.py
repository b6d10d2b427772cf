"""The digest of the sample corpus (ingested through the real pipeline), week 2021-W10.

Only what an editor would check, and what holds whatever the extraction's
fine details: the week's headline stories are there with their articles,
every link leads to a corpus article, and every format is complete and valid.
"""

from __future__ import annotations

import csv
import io
import json

import feedparser
import jsonschema
import pytest
from newsgraph.graph.connection import Graph
from newsgraph.ui.digest import FORMATS, render
from newsgraph.ui.digest.assemble import build_digest
from newsgraph.ui.digest.json_export import schema
from newsgraph.ui.digest.model import Digest, DigestEvent
from newsgraph.ui.digest.period import Period

from tests.conftest import CORPUS

WEEK = "2021-W10"


@pytest.fixture(scope="module")
def digest(corpus_graph: Graph) -> Digest:
    return build_digest(corpus_graph, Period.week(WEEK))


@pytest.fixture(scope="module")
def manifest_urls() -> set[str]:
    articles = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))["articles"]
    return {a["url"] for a in articles}


def find(digest: Digest, event_type: str, *names: str) -> DigestEvent:
    for event in digest.events:
        if event.type == event_type and set(names) <= {p.name for p in event.participants}:
            return event
    raise AssertionError(f"no {event_type} of {names} in {[e.participants for e in digest.events]}")


def test_headline_stories_of_the_week_are_there_with_their_articles(digest: Digest) -> None:
    departure = find(digest, "departure", "颜水成", "依图科技")
    assert "http://news.aitech-daily.test/2021/03/yitu-cto-leaves.html" in {s.url for s in departure.sources}
    filing = find(digest, "listing", "旷视科技")
    assert {s.url for s in filing.sources} & {
        "http://www.zhiku-finance.test/articles/20210309-megvii-star-filing",
        "http://www.hktechweekly.test/2021/03/megvii-star-filing.html",
    }
    assert all(event.day in digest.period for event in digest.events)


def test_every_source_link_is_a_corpus_article(digest: Digest, manifest_urls: set[str]) -> None:
    assert {s.url for e in digest.events for s in e.sources} <= manifest_urls
    assert all(e.sources for e in digest.events)


def test_every_format_is_complete_valid_and_repeatable(corpus_graph: Graph, digest: Digest) -> None:
    outputs = {fmt: render(digest, fmt) for fmt in FORMATS}
    urls = {s.url for e in digest.events for s in e.sources}
    for fmt in ("md", "html", "atom"):
        assert all(url in outputs[fmt].decode() for url in urls), fmt
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(
        json.loads(outputs["json"])
    )
    feed = feedparser.parse(outputs["atom"])
    assert feed.bozo == 0 and len(feed.entries) == len(digest.events)
    assert len(list(csv.DictReader(io.StringIO(outputs["csv"].decode("utf-8-sig"))))) == len(digest.events)
    again = build_digest(corpus_graph, Period.week(WEEK))
    assert {fmt: render(again, fmt) for fmt in FORMATS} == outputs
