"""``run_extract``: files in, JSON records or tables out, bad input reported and skipped."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from newsgraph.ingest.collect.collector import collect
from newsgraph.ingest.collect.fetch import Fetcher, FetchSettings
from newsgraph.ingest.collect.sources import Inputs
from newsgraph.ingest.collect.state import State
from newsgraph.ingest.nlp.extract import Extractor

from newsgraph.cli.extract import run_extract
from newsgraph.cli.extract_format import records_for


def records(out: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_with_a_bad_line_reports_it_and_extracts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    good = {"id": "a", "text": "商汤CEO徐立表示，公司将继续投入。", "published": "2024-03-01"}
    source.write_text(
        json.dumps(good, ensure_ascii=False) + "\nnot json\n" + '{"id": "b"}\n', encoding="utf-8"
    )
    out = io.StringIO()
    assert run_extract([str(source)], "auto", None, "jsonl", out) == 1
    errors = capsys.readouterr().err
    assert f"{source}:2" in errors and f"{source}:3" in errors
    found = records(out)
    assert {r["doc"] for r in found} == {"a"}
    role = next(r for r in found if r["record"] == "role")
    assert (role["person"], role["org"], role["title"]) == ("徐立", "商汤", "CEO")


def test_a_text_file_is_one_document_with_offsets_into_it(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    text = "原依圖科技CTO顏水成已離職。"
    source.write_text(text, encoding="utf-8")
    out = io.StringIO()
    assert run_extract([str(source)], "auto", None, "jsonl", out) == 0
    mentions = [r for r in records(out) if r["record"] == "mention"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert {m["entity"] for m in mentions if m["text"] == "依圖科技"} == {"yitu"}


def test_a_missing_file_is_an_error_but_not_the_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "ok.txt"
    source.write_text("澄星科技发布新芯片。", encoding="utf-8")
    out = io.StringIO()
    assert run_extract([str(tmp_path / "missing.txt"), str(source)], "text", None, "jsonl", out) == 1
    assert "missing.txt" in capsys.readouterr().err
    assert any(r["text"] == "澄星科技" for r in records(out))


def test_the_table_shows_entities_and_roles(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text("商汤CEO徐立表示，公司将继续投入。", encoding="utf-8")
    out = io.StringIO()
    run_extract([str(source)], "auto", None, "table", out)
    assert "商汤科技" in out.getvalue() and "CEO" in out.getvalue()


def test_event_participants_are_canonical_names_not_ids(tmp_path: Path) -> None:
    """The contract names entities by their canonical names everywhere, the listing board included."""
    path = tmp_path / "a.txt"
    path.write_text("依圖科技撤回了科創板招股書。", encoding="utf-8")
    out = io.StringIO()
    run_extract([str(path)], "text", None, "jsonl", out)
    events = [r for r in map(json.loads, out.getvalue().splitlines()) if r["record"] == "event"]
    assert events and events[0]["board"] == "科创板"
    assert events[0]["org"] == "依图科技"


def test_venues_are_in_the_events_not_among_the_named_organisations(tmp_path: Path) -> None:
    """A board (科创板) is where a company lists, and 赴港 names no exchange: neither is an entity record,
    while an exchange the article names (上交所) is one, with its kind."""
    path = tmp_path / "a.txt"
    path.write_text("星云科技公司科创板IPO获上交所受理。月光智能公司计划赴港上市。", encoding="utf-8")
    out = io.StringIO()
    run_extract([str(path)], "text", None, "jsonl", out)
    found = records(out)
    boards = {r["board"] for r in found if r["record"] == "event" and r["type"] == "listing"}
    assert boards == {"科创板", "香港交易所"}
    entities = {r["name"]: r["kind"] for r in found if r["record"] == "entity"}
    assert entities.get("上海证券交易所") == "exchange"
    assert "科创板" not in entities and "香港交易所" not in entities


def test_a_venue_is_named_the_same_however_the_article_spells_it(tmp_path: Path) -> None:
    """Taiwan writes 那斯達克 and Hong Kong 港交所: the event names each venue by its canonical name."""
    path = tmp_path / "a.txt"
    path.write_text("星雲科技週五在那斯達克掛牌上市。月光智能计划明年在港交所上市。", encoding="utf-8")
    out = io.StringIO()
    run_extract([str(path)], "text", None, "jsonl", out)
    boards = {r["board"] for r in records(out) if r["record"] == "event" and r["type"] == "listing"}
    assert boards == {"纳斯达克", "香港交易所"}


CORPUS = Path(__file__).resolve().parents[2] / "corpora"
GBK_PAGE = CORPUS / "pages" / "www.anhui-techbiz.test" / "html" / "2021" / "0122" / "iflytek-bid.html"
BIG5_PAGE = CORPUS / "pages" / "www.hktechweekly.test" / "2021" / "03" / "sensetime-hk-ipo.html"


def test_gbk_and_big5_texts_and_pages_are_read_as_ingest_reads_them(tmp_path: Path) -> None:
    gbk, big5 = tmp_path / "gbk.txt", tmp_path / "big5.txt"
    gbk.write_bytes("商汤科技CEO徐立表示，公司将继续加大研发投入。".encode("gbk"))
    big5.write_bytes("原依圖科技CTO顏水成已離職，加盟一家新加坡公司。".encode("big5"))
    out = io.StringIO()
    inputs = [gbk, big5, GBK_PAGE, BIG5_PAGE]
    assert run_extract([str(p) for p in inputs], "auto", None, "jsonl", out) == 0
    entities = {(r["doc"], r["name"]) for r in records(out) if r["record"] == "entity"}
    assert {(str(gbk), "商汤科技"), (str(big5), "依图科技")} <= entities
    assert (str(GBK_PAGE), "科大讯飞") in entities and (str(BIG5_PAGE), "商汤科技") in entities


def test_every_line_ingest_accepts_in_the_sample_jsonl_is_extracted() -> None:
    """The sample corpus's articles carry a URL and no id: each is known by its URL."""
    path = CORPUS / "articles.jsonl"
    urls = [json.loads(line)["url"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = io.StringIO()
    assert run_extract([str(path)], "auto", None, "jsonl", out) == 0
    assert {r["doc"] for r in records(out)} == set(urls)


def test_a_markdown_article_gives_the_same_facts_to_extract_and_to_ingest(
    tmp_path: Path, extractor: Extractor
) -> None:
    """Front matter, headline and date are read once, the same way: same events, roles and offsets."""
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: 人事\npublished: 2021-03-12\nsource: 测试日报\n---\n# 依图科技技术负责人离职\n"
        "依图科技CTO颜水成已于上周离职，加盟一家新加坡公司。商汤科技CEO徐立表示欢迎。",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert run_extract([str(path)], "auto", None, "jsonl", out) == 0
    by_extract = facts(records(out))

    with State(tmp_path / "state.sqlite") as state, Fetcher(FetchSettings()) as fetcher:
        [article] = [r.article for r in collect(Inputs([str(path)]), state, fetcher) if r.article]
    [extraction] = extractor.extract_many([article])
    by_ingest = facts(records_for(extraction, str(path)))

    assert by_extract == by_ingest
    departure = next(r for r in by_extract if r["record"] == "event" and r["type"] == "departure")
    assert departure["date"] == "2021-03-01"  # 上周, read against the front matter's date
    assert any(r["record"] == "role" for r in by_extract)


def facts(found: list[dict]) -> list[dict]:
    """The role and event records, without the document id (a path for one, an article id for the other)."""
    return sorted(
        ({k: v for k, v in r.items() if k != "doc"} for r in found if r["record"] in ("role", "event")),
        key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True),
    )


def test_the_articles_own_outlet_is_its_byline_record_not_an_entity(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(
        "澜海晚报／记者周明远／台北报导\n星途智驾宣布完成B轮融资，云杉资本领投。", encoding="utf-8"
    )
    out = io.StringIO()
    assert run_extract([str(source)], "auto", None, "jsonl", out) == 0
    found = records(out)
    byline = next(r for r in found if r["record"] == "byline")
    assert (byline["outlets"], byline["authors"]) == (["澜海晚报"], ["周明远"])
    assert byline["evidence"] == ["澜海晚报／记者周明远／台北报导"]
    names = {r["name"] for r in found if r["record"] == "entity"}
    # The reporter is recorded as the author and stays a person the text names (see ingest/nlp/bylines.py).
    assert "星途智驾" in names and "澜海晚报" not in names and "周明远" in names
