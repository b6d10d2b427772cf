"""Longest-match dictionary lookup."""

from __future__ import annotations

from newsgraph.ingest.nlp.gazetteer import Gazetteer, Lexicon


def found(gazetteer: Gazetteer[str], text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.value) for m in gazetteer.finditer(text)]


def test_the_longest_phrase_wins() -> None:
    gazetteer = Gazetteer({"依图": "short", "依图科技": "long"})
    assert found(gazetteer, "依图科技和依图") == [("依图科技", "long"), ("依图", "short")]


def test_latin_phrases_match_whole_words_in_any_case() -> None:
    gazetteer = Gazetteer({"AI": "ai", "OpenAI": "openai"})
    assert found(gazetteer, "openai发布AI模型，AIGC不算") == [("openai", "openai"), ("AI", "ai")]


def test_regex_characters_in_phrases_are_literal() -> None:
    gazetteer = Gazetteer({"C++": "cpp", "Co., Ltd.": "ltd"})
    assert found(gazetteer, "C++ Co., Ltd.") == [("C++", "cpp"), ("Co., Ltd.", "ltd")]


def test_a_shorter_phrase_is_found_where_the_longer_one_runs_into_a_word() -> None:
    gazetteer = Gazetteer({"Google": "google", "Google Cloud": "cloud"})
    assert found(gazetteer, "Google Cloudflare，Google Cloud") == [
        ("Google", "google"),
        ("Google Cloud", "cloud"),
    ]


def test_a_phrase_is_found_from_any_start_position() -> None:
    gazetteer = Gazetteer({"依图": "yitu"})
    assert [(m.start, m.end) for m in gazetteer.finditer("原依图和依图", pos=2)] == [(4, 6)]


def test_a_latin_phrase_is_no_part_of_a_joined_word_an_address_or_an_id() -> None:
    gazetteer = Gazetteer({"Time": "time", "OpenAI": "openai"})
    text = "日报(ID:auto-time)，见www.time.com或time_news；OpenAI/Microsoft；Time-杂志"
    assert found(gazetteer, text) == [("OpenAI", "openai"), ("Time", "time")]


def test_a_lexicon_gives_the_words_at_a_place_in_its_own_order() -> None:
    """The rules take the first word a list prefers (its order), not the first the text happens to show."""
    words = Lexicon(["投资方", "方", "提供商", "投资"])
    text = "投资方云杉资本"
    assert words.starting_at(text, 0) == ["投资方", "投资"]
    assert words.starting_at(text, 2) == ["方"]
    assert words.straddling(text, 1) == [("投资方", 1), ("投资", 1)]  # written across offset 1, one before it
    assert words.straddling(text, 2) == [("投资方", 2)]
    assert words.straddling(text, 3) == []  # 投资方 ends there: it does not run across
    assert words.straddling(text, 0) == [] and words.starting_at(text, len(text)) == []
    assert "提供商" in words and "商" not in words
