"""A listed company's short name with its board's mark after a hyphen (X-创, X-KY) names the company."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor


def mentions(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.label, m.text) for m in extractor.extract(text, "t").mentions]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("星岚航运-创与月石电子-创本周双双挂牌交易。", "星岚航运"),
        ("星岚航运-创与月石电子-创本周双双挂牌交易。", "月石电子"),
        ("分析师看好李岚-创的成长性。", "李岚"),
        ("云雀-KY今日股价上涨3%。", "云雀"),
        ("木棉电子-DR昨日下跌。", "木棉电子"),
    ],
)
def test_a_name_before_a_board_mark_is_a_company(extractor: Extractor, text: str, company: str) -> None:
    found = mentions(extractor, text)
    assert ("Company", company) in found
    assert not any(label == "Person" and company in name for label, name in found)


def test_an_owner_word_ends_the_name_before_a_mark(extractor: Extractor) -> None:
    found = mentions(extractor, "北辰集团旗下星岚航运-创今年在创新板挂牌。")
    assert ("Company", "星岚航运") in found
    assert not any(name.endswith("旗下星岚航运") for _, name in found)


def test_a_number_before_a_hyphen_is_no_name(extractor: Extractor) -> None:
    found = mentions(extractor, "比分最后是3-DR队落后。")
    assert not any(label == "Company" and name.endswith("3") for label, name in found)


@pytest.mark.parametrize(
    "text",
    [
        "目前仍有松果麥田-創、折紙海豚-創二家公司已獲主管機關核准。",
        "目前仍有松果麦田-创、折纸海豚-创二家公司已获主管机关核准。",
    ],
)
def test_a_mark_lac_glues_to_the_words_after_it_still_marks_the_name(extractor: Extractor, text: str) -> None:
    """LAC may read the mark with the count after it as one organisation (創 + 二家公司): the name before the mark is
    the company, and that word none."""
    found = mentions(extractor, text)
    assert any(label == "Company" and name in ("折纸海豚", "折紙海豚") for label, name in found)
    assert not any(name.startswith(("創", "创")) for _, name in found)
