"""What a local file says about its article: front matter, headline, encodings, dates -- as ingest stores it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from newsgraph.ingest.collect.articles import ArticleError, text_article
from newsgraph.ingest.collect.collector import collect
from newsgraph.ingest.collect.fetch import Fetcher
from newsgraph.ingest.collect.sources import Inputs
from newsgraph.ingest.collect.state import State
from newsgraph.ingest.collect.timestamps import DEFAULT_TZ
from newsgraph.ingest.records import Article

BODY = "据悉，依图科技首席技术官颜水成已于上周离职。\n公司表示，相关业务不受影响。"
FRONT_MATTER = """---
title: 依图科技技术负责人离职
published: 2021-03-12 09:30
source: 测试日报
url: http://news.example.test/a/1?utm_source=x
author: 记者甲
tags: [人事]
---
"""


def ingested(paths: list[Path], state: State, fetcher: Fetcher, **inputs: object) -> list[Article]:
    run = collect(Inputs([str(p) for p in paths], **inputs), state, fetcher)  # type: ignore[arg-type]
    return [r.article for r in run if r.article is not None]


def test_front_matter_gives_title_date_source_and_url(tmp_path: Path, state: State, fetcher: Fetcher) -> None:
    path = tmp_path / "story.md"
    path.write_text(FRONT_MATTER + BODY, encoding="utf-8")
    [article] = ingested([path], state, fetcher)
    assert article.title == "依图科技技术负责人离职"
    assert article.published == datetime(2021, 3, 12, 9, 30, tzinfo=DEFAULT_TZ)
    assert (article.source, article.author) == ("测试日报", "记者甲")
    assert article.url == "http://news.example.test/a/1"
    assert article.text == BODY


def test_without_front_matter_a_heading_or_a_line_standing_alone_is_the_title() -> None:
    heading = text_article(f"# 标题\n{BODY}".encode())
    assert (heading.title, heading.text) == ("标题", BODY)
    alone = text_article(f"标题\n\n{BODY}".encode())
    assert (alone.title, alone.text) == ("标题", BODY)
    # A first paragraph is never lost: it names the article and stays in the text.
    paragraph = text_article(BODY.encode())
    assert (paragraph.title, paragraph.text) == (BODY.splitlines()[0], BODY)
    assert text_article("#话题# 正文".encode()).text == "#话题# 正文"  # a hashtag is no heading


def test_a_lead_paragraph_set_off_by_an_empty_line_stays_in_the_text() -> None:
    lead = "星河智能今日宣布完成5亿元B轮融资，由远山资本领投，原有股东继续跟投。"
    short_lead = "星河智能今日宣布裁员。"
    for first in (lead, short_lead, lead * 3):
        article = text_article(f"{first}\n\n{BODY}".encode())
        assert article.text == f"{first}\n\n{BODY}"
        assert article.title == first


def test_a_file_without_a_date_takes_published_and_one_with_a_date_keeps_its_own(
    tmp_path: Path, state: State, fetcher: Fetcher
) -> None:
    undated, dated = tmp_path / "undated.txt", tmp_path / "dated.md"
    undated.write_text(BODY, encoding="utf-8")
    dated.write_text(FRONT_MATTER + BODY.replace("颜水成", "张三"), encoding="utf-8")
    default = datetime(2021, 1, 4, tzinfo=DEFAULT_TZ)
    articles = {
        a.url.rsplit("/", 1)[-1]: a for a in ingested([undated, dated], state, fetcher, published=default)
    }
    assert articles["undated.txt"].published == default
    assert articles["1"].published == datetime(2021, 3, 12, 9, 30, tzinfo=DEFAULT_TZ)
    assert articles["undated.txt"].source == tmp_path.name  # no source: the folder's name, as documented


@pytest.mark.parametrize("codec", ["gbk", "big5", "utf-16"])
def test_legacy_encodings_read_like_utf8(codec: str) -> None:
    text = "原依圖科技CTO顏水成已離職，加盟一家新加坡公司。公司表示，相關業務不受影響。"
    assert text_article(text.encode(codec)).text == text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("---\npublished: 上个月\n---\n正文", "unreadable publication date"),
        ("---\ntitle: [unclosed\n---\n正文", "not readable YAML"),
        ("---\ntitle: 只有标题\n---\n", "no article text"),
    ],
)
def test_a_file_that_says_something_unreadable_fails_with_the_reason(
    tmp_path: Path, state: State, fetcher: Fetcher, content: str, reason: str
) -> None:
    with pytest.raises(ArticleError, match=reason):
        text_article(content.encode())
    path = tmp_path / "bad.md"
    path.write_text(content, encoding="utf-8")
    run = collect(Inputs([str(path)]), state, fetcher)
    [failure] = list(run)
    assert failure.kind == "failure" and reason in failure.reason
