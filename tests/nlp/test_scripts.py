"""Script detection and offset-preserving normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsgraph.ingest.nlp.scripts import (
    detect_script,
    normalise,
    normalise_width,
    to_simplified,
    with_taiwan_words,
)


def test_scripts_are_told_apart() -> None:
    assert detect_script("依图科技的创始人朱珑表示，公司将继续投入研发。") == "simplified"
    assert detect_script("依圖科技的創始人朱瓏表示，公司將繼續投入研發。") == "traditional"
    assert detect_script("依圖科技的創始人朱瓏表示，公司将继续投入研发。") == "mixed"


def test_text_without_chinese_counts_as_simplified() -> None:
    assert detect_script("OpenAI CEO Sam Altman") == "simplified"


def test_traditional_text_becomes_simplified_of_the_same_length() -> None:
    result = normalise("原依圖科技ＣＴＯ顏水成")
    assert result.text == "原依图科技CTO颜水成"
    assert result.original == "原依圖科技ＣＴＯ顏水成"
    assert result.script == "traditional"


def test_chinese_punctuation_keeps_its_width() -> None:
    assert normalise_width("（ＡＩ），２０２４！") == "（AI），2024！"


@given(
    st.text(
        alphabet=st.sampled_from("依圖科技創辦人發佈會於乾隆頭髮著作臺灣ＡＢＣ１２ 　\n。，abc"), max_size=60
    )
)
def test_normalising_never_changes_the_length(text: str) -> None:
    assert len(normalise(text).text) == len(text)
    assert len(to_simplified(text)) == len(text)


def test_hong_kong_variant_characters_become_simplified() -> None:
    assert normalise("星雲醫療獲衞生署批准，總枱電話開通").text == "星云医疗获卫生署批准，总台电话开通"
    assert detect_script("衞生署") == "traditional"


def test_taiwan_particle_zhe_becomes_simplified_and_famous_keeps_its_character() -> None:
    text = "這意味著北辰語智將跟著調整，這家著名公司的優勢顯著"
    assert normalise(text).text == "这意味着北辰语智将跟着调整，这家著名公司的优势显著"


def test_simplified_text_keeps_its_zhe() -> None:
    text = "北辰集团营收增长显著，饿了么随着订单增加扩招骑手"
    assert normalise(text).text == text


def test_a_headline_bar_written_as_a_stroke_is_a_bar() -> None:
    """独家丨X: 丨 parts a headline's label from its news, as | would; read as a character it joins the name."""
    assert normalise("独家丨月光智能完成融资").text == "独家|月光智能完成融资"


def test_a_word_list_learns_the_words_taiwan_writes_in_the_characters_the_pipeline_reads() -> None:
    """項目 is 專案 in Taiwan, read as 专案 after the character-by-character conversion; a word Taiwan writes
    alike is listed once."""
    assert with_taiwan_words(["项目", "融资"]) == ["项目", "专案", "融资"]


@pytest.mark.parametrize("word", ["主板", "香港主板", "优化", "人员优化", "导入"])
def test_a_word_list_learns_no_taiwan_rendering_that_is_another_word(word: str) -> None:
    """OpenCC writes 主板 as 主机板 (a motherboard), 优化 as 最佳化 (an algorithm's optimization) and 导入 as 汇入
    (money remitted): other words, which a list of venues, layoffs or supply chains would then match."""
    assert with_taiwan_words([word]) == [word]
