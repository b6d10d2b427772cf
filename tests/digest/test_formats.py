"""Every export format on the fixture week: complete, valid, escaped and byte-for-byte repeatable."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import feedparser
import jsonschema
import pytest
from markdown_it import MarkdownIt
from newsgraph.graph.connection import Graph
from newsgraph.ui.digest import FORMATS, render
from newsgraph.ui.digest.assemble import build_digest
from newsgraph.ui.digest.json_export import schema
from newsgraph.ui.digest.model import Digest
from newsgraph.ui.digest.period import Period

from tests.digest.conftest import HOSTILE_SENTENCE, HOSTILE_SOURCE, HOSTILE_TITLE, WEEK

EXPECTED_SOURCES = ("http://news.example.test/1.html", "http://news.example.test/2.html")


@pytest.fixture(scope="module")
def digest(digest_graph: Graph) -> Digest:
    return build_digest(digest_graph, Period.week(WEEK))


@pytest.fixture(scope="module")
def outputs(digest: Digest) -> dict[str, bytes]:
    return {fmt: render(digest, fmt) for fmt in FORMATS}


def test_registry_offers_the_five_formats(digest: Digest) -> None:
    assert list(FORMATS) == ["md", "html", "json", "csv", "atom"]
    with pytest.raises(ValueError, match="unknown digest format 'pdf'"):
        render(digest, "pdf")


@pytest.mark.parametrize("fmt", ["md", "html", "atom"])
def test_readable_formats_show_every_event_with_its_sources(outputs: dict[str, bytes], fmt: str) -> None:
    text = outputs[fmt].decode("utf-8")
    for url in EXPECTED_SOURCES:
        assert url in text
    for name in ("张伟", "天工数据", "深蓝视觉", "小微科技", "云帆科技", "某某智能", "示例科技"):
        assert name in text
    assert "报道1" in text and "乙报" in text
    for mark in ("传闻", "计划", "已否认"):
        assert mark in text


def test_markdown_marks_tentative_events_in_their_headings(outputs: dict[str, bytes]) -> None:
    headings = [line for line in outputs["md"].decode().splitlines() if line.startswith("### ")]
    assert len(headings) == 8
    assert "### 【已否认】星河智能 收购 某某智能" in headings
    assert "### 【计划】星河智能、深蓝视觉 合作" in headings
    assert "### 张伟 离开 星河智能，加入 云帆科技" in headings
    assert "### 云帆科技 获得1亿元B轮融资，北辰资本 投资" in headings


def test_header_shows_counts_against_the_previous_week(outputs: dict[str, bytes]) -> None:
    markdown = outputs["md"].decode()
    assert "| 离职 | 1 | 2 | -1 |" in markdown
    assert "| 上市 | 2 | 0 | +2 |" in markdown
    assert "| 合计 | 8 | 3 | +5 |" in markdown
    assert "星河智能（3 起）、深蓝视觉（3 起）、云帆科技（2 起）" in markdown
    assert '<td class="up">+2</td>' in outputs["html"].decode()


def test_json_validates_against_its_schema_and_keeps_the_order(outputs: dict[str, bytes]) -> None:
    data = json.loads(outputs["json"])
    jsonschema.Draft202012Validator.check_schema(schema())
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(data)
    events = [e for section in data["sections"] for e in section["events"]]
    assert len(events) == 8
    assert [s["url"] for s in events[0]["sources"]] == list(EXPECTED_SOURCES)
    assert data["period"] == {
        "label": WEEK,
        "start": "2021-03-08",
        "end": "2021-03-14",
        "tz": "Asia/Shanghai",
        "previous": {"label": "2021-W09", "start": "2021-03-01", "end": "2021-03-07", "tz": "Asia/Shanghai"},
    }
    assert {c["type"]: c["delta"] for c in data["counts"]}["departure"] == -1
    assert events[0]["headline"] == {
        "zh": "张伟 离开 星河智能，加入 云帆科技",
        "en": "张伟 left 星河智能 for 云帆科技",
    }


def test_csv_has_a_bom_and_one_row_per_event_with_sources(outputs: dict[str, bytes]) -> None:
    raw = outputs["csv"]
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 8
    assert rows[0]["source_urls"].splitlines() == list(EXPECTED_SOURCES)
    assert rows[0]["headline"] == "张伟 离开 星河智能，加入 云帆科技"
    assert {r["modality"] for r in rows} == {"asserted", "rumored", "planned", "denied"}


def test_atom_parses_cleanly_with_one_entry_per_event(outputs: dict[str, bytes], digest: Digest) -> None:
    feed = feedparser.parse(outputs["atom"])
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert len(feed.entries) == len(digest.events) == 8
    first = feed.entries[0]
    assert first.id == f"tag:newsgraph,2021:event/{digest.events[0].id}"
    assert first.link == EXPECTED_SOURCES[0]
    assert first.updated == "2021-03-12T09:00:00+08:00"  # newest report, not the time of export
    assert feed.feed.updated == "2021-03-13T11:00:00+08:00"
    assert len({entry.id for entry in feed.entries}) == 8


def test_markdown_renders_hostile_article_text_as_plain_text(outputs: dict[str, bytes]) -> None:
    rendered = MarkdownIt("commonmark").enable("table").render(outputs["md"].decode())
    assert "<script" not in rendered and "<img" not in rendered
    assert "javascript:" not in re.findall(r'href="([^"]*)"', rendered).__str__()
    assert "<strong>bold</strong>" not in rendered
    assert "[click](javascript:alert(1)) **bold**" in rendered  # shown exactly as the article wrote it
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "&lt;b&gt;恶意&lt;/b&gt;报" in rendered


def test_html_escapes_hostile_article_text(outputs: dict[str, bytes]) -> None:
    page = outputs["html"].decode()
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert 'href="javascript' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "[click](javascript:alert(1)) **bold** &lt;img src=x onerror=alert(1)&gt;" in page
    assert HOSTILE_SOURCE not in page


def test_html_is_self_contained_chinese_and_printable(outputs: dict[str, bytes]) -> None:
    page = outputs["html"].decode()
    assert '<html lang="zh">' in page and '<meta charset="utf-8">' in page
    assert "@media print" in page
    assert not re.search(r"<(link|script|img|iframe)\b", page)
    assert "src=" not in page.replace("src=x", "")


def test_atom_and_csv_carry_hostile_text_inertly(outputs: dict[str, bytes]) -> None:
    entry = next(e for e in feedparser.parse(outputs["atom"]).entries if HOSTILE_SENTENCE in e.summary)
    assert not any(link.href.startswith("javascript") for link in entry.get("links", []))
    ET.fromstring(outputs["atom"])  # well-formed XML
    rows = list(csv.DictReader(io.StringIO(outputs["csv"].decode("utf-8-sig"))))
    hostile = next(row for row in rows if row["type"] == "layoff")
    assert hostile["source_titles"] == "'" + HOSTILE_TITLE  # a formula in Excel without the apostrophe


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_two_runs_give_identical_bytes(digest_graph: Graph, outputs: dict[str, bytes], fmt: str) -> None:
    again = render(build_digest(digest_graph, Period.week(WEEK)), fmt)
    assert again == outputs[fmt]


def test_an_empty_digest_says_so_in_every_format(digest_graph: Graph) -> None:
    empty = build_digest(digest_graph, Period.week("2021-W20"))
    assert "本期没有事件" in render(empty, "md").decode()
    assert "本期没有事件" in render(empty, "html").decode()
    assert json.loads(render(empty, "json"))["empty"] is True
    assert feedparser.parse(render(empty, "atom")).bozo == 0
