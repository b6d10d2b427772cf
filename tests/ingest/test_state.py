"""The ingest state file: validators, articles, failures and the spool survive a reopen."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest.collect.state import State
from newsgraph.ingest.records import Article


def test_everything_survives_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "ingest.sqlite"
    article = Article(
        id="art-1", url="http://a.example/1", title="t", text="x", content_hash="h1", simhash=2**63 + 5
    )
    with State(path) as state:
        state.save_validators("http://a.example/feed", '"abc"', "Tue, 09 Mar 2021 10:30:00 GMT")
        state.record_article(article, feed_url="http://a.example/feed")
        state.add_url("art-1", "http://mirror.example/1")
        state.record_failure("http://a.example/2", "page", "HTTP 500", {"entry": {"title": "二"}})
        state.record_failure("http://a.example/2", "page", "HTTP 502")
        spool_id = state.spool("art-1", '{"facts": []}')
    with State(path) as state:
        assert state.validators("http://a.example/feed").etag == '"abc"'
        known = state.article_for_url("http://mirror.example/1")
        assert known.id == "art-1" and known.urls == ("http://a.example/1", "http://mirror.example/1")
        assert not known.ingested and state.has_pending("http://a.example/feed")
        assert dict(state.simhashes()) == {"art-1": 2**63 + 5}
        [failure] = state.failures()
        assert (failure.reason, failure.attempts, failure.context) == (
            "HTTP 502",
            2,
            {"entry": {"title": "二"}},
        )
        assert [(s.id, s.payload) for s in state.spooled()] == [(spool_id, '{"facts": []}')]


def test_an_article_is_ingested_only_when_confirmed(state: State) -> None:
    state.record_article(Article(id="art-1", url="u", title="t", text="x", content_hash="h1"), feed_url="f")
    assert not state.article("art-1").ingested
    state.mark_ingested("art-1")
    assert state.article("art-1").ingested and not state.has_pending("f")


def test_unspool_removes_only_the_given_items(state: State) -> None:
    ids = [state.spool(f"art-{n}", "{}") for n in range(3)]
    state.unspool(ids[:2])
    assert [s.article_id for s in state.spooled()] == ["art-2"]


def test_a_cleared_failure_is_gone(state: State) -> None:
    state.record_failure("u", "page", "timeout")
    state.clear_failure("u")
    assert state.failures() == []
