"""The whole ingest stage against a real local server: every misbehaving site ends in a recorded
failure or a flagged degraded article, nothing else of the run is lost, and re-runs redo nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from newsgraph.ingest.collect.collector import OUTCOMES, CollectResult, collect
from newsgraph.ingest.collect.fetch import Fetcher
from newsgraph.ingest.collect.sources import Inputs
from newsgraph.ingest.collect.state import State

from tests.httpserver import GBK_TEXT, LocalServer, article_html
from tests.ingest.test_dedup import STORY, STORY_TRADITIONAL, UNRELATED

SECOND_STORY = (
    "一家语音技术公司周五发布公告，宣布与一家大型保险集团达成战略合作，"
    "双方将在智能客服和理赔审核领域共同开发产品。公告说，合作期限为三年，"
    "首批产品预计在今年秋天上线。受此消息影响，公司股价盘中一度上涨百分之七。"
)


def write_feed(site: Path, name: str, items: list[tuple[str, str, str]]) -> None:
    """A small RSS feed of (title, link, summary) items."""
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link>"
        f"<pubDate>Tue, 09 Mar 2021 10:30:00 +0800</pubDate>{f'<description>{summary}</description>' if summary else ''}"
        "</item>"
        for title, link, summary in items
    )
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>测试频道</title>{entries}</channel></rss>'
    (site / name).write_text(feed, encoding="utf-8")


def write_page(site: Path, name: str, title: str, text: str) -> None:
    (site / name).write_text(article_html(title, text), encoding="utf-8")


def run(items: list[str], state: State, fetcher: Fetcher) -> tuple[list[CollectResult], object]:
    results = collect(Inputs(items), state, fetcher)
    return list(results), results.stats


def by_url(results: list[CollectResult], server: LocalServer) -> dict[str, CollectResult]:
    return {r.where.removeprefix(server.base_url): r for r in results}


def test_misbehaving_sites_end_in_failures_or_degraded_articles_and_lose_nothing(
    site: Path, server: LocalServer, fetcher: Fetcher, state: State
) -> None:
    write_page(site, "first.html", "语音公司合作", SECOND_STORY)
    write_page(site, "last.html", "新能源车交付", UNRELATED)
    links = [
        ("第一篇", "/first.html", ""),
        ("重试后成功", "/_/flaky/p", ""),
        ("总是出错", "/_/error", "出错页面的摘要：公司宣布裁员百分之十。"),
        ("超大页面", "/_/huge", "超大页面的摘要：公司完成融资。"),
        ("很慢", "/_/slow", ""),
        ("重定向循环", "/_/loop/", ""),
        ("空页面", "/_/empty", ""),
        ("编码错误", "/_/wrong-charset", ""),
        ("跳转到内网", "/_/to-private", ""),
        ("最后一篇", "/last.html", ""),
    ]
    write_feed(site, "feed.xml", [(t, server.url(link), s) for t, link, s in links])
    results, stats = run([server.url("/feed.xml")], state, fetcher)
    outcome = by_url(results, server)
    assert {link for _, link, _ in links} == set(outcome)

    articles = {u for u, r in outcome.items() if r.kind == "article" and not r.degraded}
    assert articles == {"/first.html", "/_/flaky/p", "/_/wrong-charset", "/last.html"}
    assert GBK_TEXT[:20] in outcome["/_/wrong-charset"].article.text
    assert outcome["/first.html"].article.published.isoformat() == "2021-03-09T10:30:00+08:00"
    assert outcome["/first.html"].article.source == "测试频道"

    degraded = {u: r.article.text for u, r in outcome.items() if r.degraded}
    assert degraded == {
        "/_/error": "出错页面的摘要：公司宣布裁员百分之十。",
        "/_/huge": "超大页面的摘要：公司完成融资。",
    }
    failed = {u: r.reason for u, r in outcome.items() if r.kind == "failure"}
    assert set(failed) == {"/_/slow", "/_/loop/", "/_/empty", "/_/to-private"}
    assert "no article text" in failed["/_/empty"]
    assert "127.0.0.2" in failed["/_/to-private"]

    recorded = {f.url.removeprefix(server.base_url): f for f in state.failures()}
    assert set(recorded) == set(failed) | set(degraded)
    assert "used the feed's text" in recorded["/_/huge"].reason
    assert (stats.new, stats.degraded, stats.failed) == (6, 2, 4)


def test_a_rerun_of_unchanged_inputs_costs_one_304_and_yields_nothing(
    site: Path, server: LocalServer, fetcher: Fetcher, state: State
) -> None:
    write_page(site, "a.html", "语音公司合作", SECOND_STORY)
    write_page(site, "b.html", "新能源车交付", UNRELATED)
    write_feed(site, "feed.xml", [("一", server.url("/a.html"), ""), ("二", server.url("/b.html"), "")])
    first, _ = run([server.url("/feed.xml")], state, fetcher)
    for result in first:
        state.mark_ingested(result.article.id)
    second, stats = run([server.url("/feed.xml")], state, fetcher)
    assert second == []
    assert (stats.feeds_unchanged, stats.new) == (1, 0)
    assert server.count("/feed.xml") == 2 and "if-none-match" in server.headers["/feed.xml"]
    assert server.count("/a.html") == 1


def feed_gains_a_page(site: Path, server: LocalServer, fetcher: Fetcher, state: State) -> None:
    """A feed of one page, read and written to the graph; then the feed lists a second, new page."""
    write_page(site, "a.html", "语音公司合作", SECOND_STORY)
    write_feed(site, "feed.xml", [("一", server.url("/a.html"), "")])
    for result in run([server.url("/feed.xml")], state, fetcher)[0]:
        state.mark_ingested(result.article.id)
    write_page(site, "b.html", "新能源车交付", UNRELATED)
    write_feed(site, "feed.xml", [("一", server.url("/a.html"), ""), ("二", server.url("/b.html"), "")])


def test_a_changed_feed_rechecks_known_pages_with_conditional_get(
    site: Path, server: LocalServer, fetcher: Fetcher, state: State
) -> None:
    feed_gains_a_page(site, server, fetcher, state)
    results, stats = run([server.url("/feed.xml")], state, fetcher)
    assert [r.where for r in results] == [server.url("/b.html")]
    assert stats.unchanged == 1
    assert "if-none-match" in server.headers["/a.html"]


def test_articles_not_confirmed_in_the_graph_come_back_on_the_next_run(
    site: Path, server: LocalServer, fetcher: Fetcher, state: State
) -> None:
    write_page(site, "a.html", "语音公司合作", SECOND_STORY)
    write_feed(site, "feed.xml", [("一", server.url("/a.html"), "")])
    [first], _ = run([server.url("/feed.xml")], state, fetcher)  # then killed before the graph write
    [again], stats = run([server.url("/feed.xml")], state, fetcher)
    assert again.article.id == first.article.id
    assert (first.is_new, again.is_new, stats.duplicate) == (True, False, 0)


class Killed(BaseException):
    """The process dying at a chosen point: nothing after it runs, no handler catches it."""


def test_a_run_killed_among_a_changed_feeds_entries_reads_the_feed_again(
    site: Path, server: LocalServer, fetcher: Fetcher, state: State
) -> None:
    feed_gains_a_page(site, server, fetcher, state)

    def die_at_the_new_page(where: str, _: object) -> None:
        if where.endswith("/b.html"):
            raise Killed

    with pytest.raises(Killed):
        list(collect(Inputs([server.url("/feed.xml")]), state, fetcher, progress=die_at_the_new_page))
    results, _ = run([server.url("/feed.xml")], state, fetcher)
    assert [(r.kind, r.where) for r in results] == [("article", server.url("/b.html"))]


def test_an_article_whose_recording_was_cut_short_is_collected_again_not_as_its_own_copy(
    tmp_path: Path, state: State, fetcher: Fetcher
) -> None:
    story = tmp_path / "story.md"
    story.write_text(f"# 语音公司合作\n{SECOND_STORY}", encoding="utf-8")
    with closing(sqlite3.connect(state.path)) as other:  # the process dies before the URL is stored
        other.execute(
            "CREATE TRIGGER dies BEFORE INSERT ON article_urls BEGIN SELECT RAISE(ABORT, 'killed'); END"
        )
    [cut], _ = run([str(story)], state, fetcher)
    assert cut.kind == "failure"
    with closing(sqlite3.connect(state.path)) as other:
        other.execute("DROP TRIGGER dies")
    [again], stats = run([str(story)], state, fetcher)
    assert (again.kind, again.is_new, stats.duplicate) == ("article", True, 0)


def test_a_traditional_syndicated_copy_becomes_an_alternate_url(
    site: Path, server: LocalServer, fetcher: Fetcher, state: State
) -> None:
    write_page(site, "original.html", "云智科技技术官离职", STORY)
    write_page(site, "copy.html", "雲智科技技術官離職", STORY_TRADITIONAL)
    write_page(site, "other.html", "新能源车交付", UNRELATED)
    links = ["/original.html", "/copy.html?utm_source=feed", "/other.html"]
    write_feed(site, "feed.xml", [(link, server.url(link), "") for link in links])
    results, stats = run([server.url("/feed.xml")], state, fetcher)
    assert [r.kind for r in results] == ["article", "duplicate", "article"]
    original, copy, _ = results
    assert copy.duplicate_of == original.article.id
    assert state.article(original.article.id).urls == (server.url("/original.html"), server.url("/copy.html"))
    assert stats.duplicate == 1


def test_a_failed_url_is_retried_on_the_next_run(
    site: Path, server: LocalServer, fetcher: Fetcher, state: State
) -> None:
    [failure], _ = run([server.url("/later.html")], state, fetcher)
    assert failure.kind == "failure" and failure.reason == "HTTP 404"
    write_page(site, "later.html", "新能源车交付", UNRELATED)
    [result], _ = run([], state, fetcher)
    assert result.kind == "article" and result.article.title == "新能源车交付"
    assert state.failures() == []


def test_local_files_and_jsonl_with_a_bad_line(tmp_path: Path, state: State, fetcher: Fetcher) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(
        f'{{"url": "http://a.example/1", "title": "一", "text": "{SECOND_STORY}", "published": "2021-03-09"}}\n'
        "{broken\n"
        f'{{"title": "二", "text": "{UNRELATED}"}}\n',
        encoding="utf-8",
    )
    (folder / "story.md").write_text(f"# 云智科技\n{STORY}", encoding="utf-8")
    (folder / "copy.html").write_text(article_html("雲智科技", STORY_TRADITIONAL), encoding="utf-8")
    results, stats = run([str(folder)], state, fetcher)
    kinds = {r.where.removeprefix(str(folder)): r.kind for r in results}
    assert kinds == {"/a.jsonl:1": "article", "/a.jsonl:2": "failure", "/a.jsonl:3": "article",
                     "/copy.html": "article", "/story.md": "duplicate"}  # fmt: skip
    jsonl_article = results[0].article
    assert jsonl_article.url == "http://a.example/1" and jsonl_article.published.isoformat().startswith(
        "2021-03-09"
    )
    assert stats.failed == 1 and f"{folder}/a.jsonl:2" in [f.url for f in state.failures()]


def test_every_item_is_counted_once_so_the_outcomes_add_up_to_seen(
    tmp_path: Path, state: State, fetcher: Fetcher
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(f'{{"text": "{SECOND_STORY}"}}\n{{broken\n', encoding="utf-8")
    (folder / "story.md").write_text(f"# 云智科技\n{STORY}", encoding="utf-8")
    (folder / "copy.html").write_text(article_html("雲智科技", STORY_TRADITIONAL), encoding="utf-8")
    (folder / "bad-date.md").write_text(f"---\npublished: someday\n---\n{UNRELATED}", encoding="utf-8")
    same_file_twice = [str(folder), str(folder / "story.md")]
    first, stats = run(same_file_twice, state, fetcher)
    for result in first:
        if result.article:
            state.mark_ingested(result.article.id)
    counts = {name: getattr(stats, name) for name in OUTCOMES}
    assert counts == {"new": 2, "updated": 0, "duplicate": 1, "unchanged": 0, "repeated": 1, "failed": 2}
    assert stats.seen == sum(counts.values()) == 6

    _, again = run(same_file_twice, state, fetcher)
    assert again.seen == sum(getattr(again, name) for name in OUTCOMES) == 6
    assert (again.unchanged, again.failed, again.repeated) == (3, 2, 1)


def test_file_urls_given_as_input_are_refused_and_recorded(state: State, fetcher: Fetcher) -> None:
    [result], _ = run(["file:///etc/passwd"], state, fetcher)
    assert result.kind == "failure" and "scheme 'file'" in result.reason


@pytest.mark.parametrize("retries", [0])
def test_progress_is_reported_per_item(
    site: Path, server: LocalServer, fetcher: Fetcher, state: State, retries: int
) -> None:
    write_page(site, "a.html", "语音公司合作", SECOND_STORY)
    seen: list[str] = []
    list(collect(Inputs([server.url("/a.html")], retry_failed=bool(retries)), state, fetcher,
                 progress=lambda where, stats: seen.append(where)))  # fmt: skip
    assert seen == [server.url("/a.html")]
