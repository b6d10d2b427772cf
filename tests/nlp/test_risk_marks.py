"""A listed company's short name after a mark of special treatment (*ST X, ST X, S*ST X) names the company."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor


def mentions(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.label, m.text) for m in extractor.extract(text, "t").mentions]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("*ST星岚今日公告，公司股票将于下周一复牌。", "星岚"),
        ("月光智能拟受让ST云雀持有的部分股权。", "云雀"),
        ("S*ST海鸥与星云科技签署重组协议。", "海鸥"),
        ("张伟认为*ST木棉将在年内摘帽。", "木棉"),
        ("投资者担心ST商务的重组进度。", "商务"),
    ],
)
def test_the_name_after_a_risk_mark_is_a_company(extractor: Extractor, text: str, company: str) -> None:
    """The exchange cuts the name to two characters after the mark, which LAC reads as punctuation, a Latin
    word glued to the name or an ordinary word; the mark is the stock's state, no part of the name."""
    found = mentions(extractor, text)
    assert ("Company", company) in found
    assert not any(company in name and name != company for _, name in found)


def test_a_mark_inside_a_latin_word_is_none(extractor: Extractor) -> None:
    found = mentions(extractor, "星云科技发布了新一代FIRST芯片。")
    assert not any(name == "芯片" for _, name in found)


def test_a_name_read_on_after_the_marked_name_is_kept(extractor: Extractor) -> None:
    """LAC reads the marked name, a word before names and another firm's name as one word: the other firm stays."""
    found = mentions(extractor, "月光集团以拍卖方式买入*ST星岚大股东青禾实业投资有限公司持有的股份。")
    assert ("Company", "星岚") in found
    assert ("Company", "青禾实业投资有限公司") in found


def test_a_text_ending_one_character_after_a_mark_is_read(extractor: Extractor) -> None:
    """A text cut off right after a mark and a single character (a truncated snippet) holds no short name;
    the rest of it is still read, not lost to a name running past its end."""
    found = mentions(extractor, "月光科技宣布收购*ST云")
    assert ("Company", "月光科技") in found
    assert not any(name == "云" for _, name in found)
