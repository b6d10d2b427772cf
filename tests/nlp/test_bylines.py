"""An article's own dateline, byline and source line name its source and authors, not entities of its news;
an outlet the body cites stays an entity."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.records import Extraction


def extracted(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(text, "t")


def mentioned(extraction: Extraction) -> list[str]:
    return [m.text for m in extraction.mentions if m.label in ("Organization", "Company", "Person")]


@pytest.mark.parametrize(
    ("text", "outlet", "authors"),
    [
        ("【澜海日报】星途智驾宣布完成B轮融资，由云杉资本领投。", "澜海日报", []),
        ("【澜海日报专讯】星途智驾宣布完成B轮融资。", "澜海日报", []),
        ("【編譯林嘉禾／綜合外電】星途智駕宣布完成B輪融資。", None, ["林嘉禾"]),
        ("晨星财经获悉，星途智驾已完成B轮融资，由云杉资本领投。", "晨星财经", []),
        ("晨星财经12月7日消息，星途智驾宣布完成B轮融资。", "晨星财经", []),
        ("《锐科周刊》记者独家获悉，星途智驾已完成B轮融资。", "锐科周刊", []),
        (
            "星途智驾获融资\n文 | 《锐科周刊》记者 周明远\n编辑 | 林嘉禾\n星途智驾宣布完成B轮融资，云杉资本领投。",
            "锐科周刊",
            ["周明远", "林嘉禾"],
        ),
        ("澜海晚报／记者周明远／台北报导\n星途智驾宣布完成B轮融资。", "澜海晚报", ["周明远"]),
        ("瀾海晚報記者周明遠／台北報導\n星途智駕宣布完成B輪融資。", "瀾海晚報", ["周明遠"]),
        ("記者周明遠／即時報導\n星途智駕宣布完成B輪融資。", None, ["周明遠"]),
        ("本报记者 周明远\n星途智驾宣布完成B轮融资，云杉资本领投。", None, ["周明远"]),
        ("瀾海財經中心／綜合報導\n星途智駕宣布完成B輪融資。", "瀾海財經中心", []),
        ("（瀾海社記者周明遠台北7日電）星途智駕宣布完成B輪融資，雲杉資本領投。", "瀾海社", ["周明遠"]),
        ("〔記者周明遠／台北報導〕星途智駕宣布完成B輪融資，雲杉資本領投。", None, ["周明遠"]),
        ("本报讯（记者周明远）星途智驾宣布完成B轮融资，云杉资本领投。", None, ["周明远"]),
        ("本報訊（記者周明遠）星途智駕宣布完成B輪融資，雲杉資本領投。", None, ["周明遠"]),
        ("星途智驾宣布完成B轮融资，由云杉资本领投。(晨星财经)", "晨星财经", []),
        ("星途智駕宣布完成B輪融資。（瀾海晚報）", "瀾海晚報", []),
        ("星途智驾宣布完成B轮融资。\n来源：晨星财经", "晨星财经", []),
    ],
)
def test_an_articles_own_tag_names_its_source_and_authors_and_the_source_is_no_entity(
    extractor: Extractor, text: str, outlet: str | None, authors: list[str]
) -> None:
    found = extracted(extractor, text)
    names = mentioned(found)
    assert not [o for o in found.byline.outlets if o.startswith("本")]
    if outlet is not None:
        assert outlet in found.byline.outlets
        assert outlet not in names
    # Its reporters are recorded as its authors and stay people the text names (CLUENER and the gold take them).
    assert all(a in found.byline.authors and a in names for a in authors)
    assert found.byline.evidence
    assert any(n in ("星途智驾", "星途智駕") for n in names)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("星途智驾宣布完成B轮融资。据晨星财经报道，云杉资本领投。", "晨星财经"),
        ("星途智驾宣布完成B轮融资。\n澜海社引述知情人士称，云杉资本领投。", "澜海社"),
        ("星途智駕宣布完成B輪融資。\n晨星財經週二報導，雲杉資本領投。", "晨星財經"),
        ("星途智驾宣布完成B轮融资。《锐科周刊》报道称，云杉资本领投。", "锐科周刊"),
        ("据新华社北京12月7日电，星途智驾宣布完成B轮融资。", "新华社"),
    ],
)
def test_an_outlet_the_body_cites_stays_an_entity(extractor: Extractor, text: str, outlet: str) -> None:
    found = extracted(extractor, text)
    assert outlet in mentioned(found)
    assert outlet not in found.byline.outlets


def test_the_own_outlet_before_its_reporter_is_no_entity_but_a_cited_one_is(extractor: Extractor) -> None:
    text = (
        "【锐科周刊】星途智驾宣布完成B轮融资。创始人周明远对锐科周刊记者表示，"
        "据澜海晚报报道，公司还将赴港上市。"
    )
    found = extracted(extractor, text)
    assert "锐科周刊" not in mentioned(found)
    assert "澜海晚报" in mentioned(found)
    assert "周明远" in mentioned(found)


@pytest.mark.parametrize(
    "text",
    [
        "星途智驾宣布完成B轮融资，由云杉资本（Sprucecap）领投。",
        "星途智驾宣布完成B轮融资。（完）",
        "星途智驾宣布完成B轮融资。(本文 观点)",
        "星途智驾获融资\n(本文 观点)\n星途智驾宣布完成B轮融资。",
        "星途智驾获融资\n星途智驾创始人周明远表示，公司将扩大研发。",
        "【星途智驾宣布完成B轮融资】云杉资本领投。",
        "【澜海快讯】星途智驾宣布完成B轮融资。",
    ],
)
def test_a_gloss_a_remark_a_headline_or_a_column_is_no_byline(extractor: Extractor, text: str) -> None:
    found = extracted(extractor, text)
    assert found.byline.outlets == []
    assert found.byline.authors == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("记者打开电视看看新闻，星途智驾正在裁员。", "看看新闻"),
        ("中国网民数量持续增长，星途智驾用户过亿。", "中国网"),
        ("星途智驾希望为股东创造新财富。", "新财富"),
    ],
)
def test_an_outlet_named_by_an_ordinary_phrase_is_no_mention_in_ordinary_text(
    extractor: Extractor, text: str, phrase: str
) -> None:
    assert not [m for m in mentioned(extracted(extractor, text)) if m in phrase]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [("据看看新闻报道，星途智驾正在裁员。", "看看新闻"), ("据新财富报道，星途智驾计划上市。", "新财富")],
)
def test_an_outlet_named_by_an_ordinary_phrase_is_one_when_it_reports(
    extractor: Extractor, text: str, outlet: str
) -> None:
    assert outlet in mentioned(extracted(extractor, text))
