"""News outlets an article cites are organisations, however coined their names; the outlet of its own dateline,
byline or source line is its source (``byline``), read with the same care, and no entity."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor


def organisations(extractor: Extractor, text: str) -> list[str]:
    return [m.text for m in extractor.extract(text, "t").mentions if m.label == "Organization"]


def own_outlets(extractor: Extractor, text: str) -> list[str]:
    return extractor.extract(text, "t").byline.outlets


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("据锐科周刊报道，星途智驾将裁员三成。", "锐科周刊"),
        ("晨星财经3月5日报道，星途智驾完成B轮融资。", "晨星财经"),
        ("澜海晚报援引知情人士消息称，星途智驾计划赴港上市。", "澜海晚报"),
        ("内媒《远山财经》报道，星途智驾计划上市。", "远山财经"),
        ("據瀾海晚報報導，星途智駕將裁員。", "瀾海晚報"),
        ("《晨星周刊》了解到，星云科技已完成新一轮融资。", "晨星周刊"),
        ("《锐评》栏目获悉，星途智驾正在裁员。", "锐评"),
        ("《晨星周刊》(杭州，记者 周明)讯，星途智驾今日宣布裁员。", "晨星周刊"),
    ],
)
def test_an_outlet_named_before_a_reporting_word_is_an_organisation(
    extractor: Extractor, text: str, outlet: str
) -> None:
    assert outlet in organisations(extractor, text)


def test_a_latin_outlet_is_no_person(extractor: Extractor) -> None:
    found = extractor.extract("The Daily Tech报道称，星途智驾创始人张明已离职。", "t").mentions
    assert ("Organization", "The Daily Tech") in [(m.label, m.text) for m in found]
    assert ("Person", "张明") in [(m.label, m.text) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "据外媒报道，公司将裁员。",
        "记者张明报道，公司将裁员。",
        "有知情人士的说法报道，公司将裁员。",
        "据新闻报道，公司将裁员。",
    ],
)
def test_generic_reporters_journalists_and_plain_nouns_are_no_outlet(extractor: Extractor, text: str) -> None:
    assert organisations(extractor, text) == []


@pytest.mark.parametrize(
    "text", ["云杉科技官方消息称，公司已完成B轮融资。", "雲杉科技官網消息稱，公司已完成B輪融資。"]
)
def test_a_firm_telling_its_news_through_its_own_channel_is_no_outlet(
    extractor: Extractor, text: str
) -> None:
    """X官方消息称 is the firm's own word: X stays the company, no outlet named with its channel."""
    found = [(m.label, m.text) for m in extractor.extract(text, "t").mentions]
    assert ("Company", "云杉科技") in found or ("Company", "雲杉科技") in found
    assert organisations(extractor, text) == []


def test_a_description_before_the_outlet_is_not_part_of_its_name(extractor: Extractor) -> None:
    assert "Calvex" in organisations(extractor, "以色列财经报纸Calvex报道，该公司将被收购。")


def test_a_known_outlet_keeps_its_entity_and_a_longer_name_ending_with_it_is_another(
    extractor: Extractor,
) -> None:
    desk = extractor.extract("据路透社香港报道，星途智驾将裁员。", "t").mentions
    assert [(m.text, m.entity) for m in desk if m.text.startswith("路透社")] == [("路透社", "reuters")]
    assert "Thomson Reuters" in organisations(extractor, "Thomson Reuters报道，星途智驾将裁员。")


@pytest.mark.parametrize(
    "text", ["【澜海晚报专讯】星途智驾宣布完成B轮融资。", "（瀾海晚報專訊）星途智駕宣布完成B輪融資。"]
)
def test_the_outlet_of_a_bracketed_byline_is_the_articles_source(extractor: Extractor, text: str) -> None:
    found = [m.text for m in extractor.extract(text, "t").mentions]
    assert own_outlets(extractor, text) == [text[1:5]]
    assert not any(t.startswith(text[1:5]) for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "【澜海快讯】星途智驾宣布完成B轮融资。",
        "【行业资讯】星途智驾宣布完成B轮融资。",
        "（记者林嘉禾讯）星途智驾宣布完成B轮融资。",
        "（澜海晚报记者林嘉禾讯）星途智驾宣布完成B轮融资。",
    ],
)
def test_a_heading_or_a_reporter_in_brackets_names_no_outlet(extractor: Extractor, text: str) -> None:
    """快讯 and 资讯 head a column, no dispatch of an outlet's; a reporter named in the byline is no outlet."""
    found = [m.text for m in extractor.extract(text, "t").mentions if m.label == "Organization"]
    assert not any(t.endswith(("快", "资")) or "记者" in t for t in found)


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("据星云卫视《财经夜话》报道，百度发布新机。", ["星云卫视"]),
        ("星云日报《科技前沿》专栏援引知情人士称，百度将裁员。", []),
        ("《云端往事》后记援引了一段古诗。", []),
        ("北京《星云晚报》报道，百度将裁员。", ["星云晚报"]),
    ],
)
def test_a_programme_or_a_part_of_a_titled_work_is_no_outlet(
    extractor: Extractor, text: str, outlets: list[str]
) -> None:
    """The channel before a titled programme reports, not the programme; a word after a title is a column or
    part of that work; a place before a titled paper is no channel."""
    assert organisations(extractor, text) == outlets


def test_a_description_of_a_firm_as_hong_kongs_own_is_no_name(extractor: Extractor) -> None:
    text = "【澜海晚报专讯】本港人工智能初创公司星途智驾宣布完成融资。"
    companies = [m.text for m in extractor.extract(text, "t").mentions if m.label == "Company"]
    assert companies == ["星途智驾"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "原标题：月光智能中标1亿元项目 晨星快报讯 记者张伟报道 月光智能8月13日公告称，公司中标该项目。",
            "晨星快报",
        ),
        ("来源：云帆财经    云帆财经讯，月光智能：预中标星云集团2020年集采项目。", "云帆财经"),
        ("星云港股讯 10月10日消息，月光国际暴跌62%。", "星云港股"),
        ("Byte星球2月2日消息，星途智驾将裁员三成。", "Byte星球"),
    ],
)
def test_the_outlet_of_a_dateline_opening_a_paragraph_is_named_without_its_dispatch_word(
    extractor: Extractor, text: str, outlet: str
) -> None:
    """An outlet's dateline without brackets (X讯 + a space, a comma, a date or a reporter) names X, not X讯: the
    article's source, no entity."""
    found = [m.text for m in extractor.extract(text, "t").mentions]
    assert outlet in own_outlets(extractor, text)
    assert outlet not in found and outlet + "讯" not in found


def test_a_word_ending_in_a_dispatchs_character_inside_a_sentence_is_no_dateline(
    extractor: Extractor,
) -> None:
    found = [m.text for m in extractor.extract("星云科技 中兴通讯，月光智能均发布了公告。", "t").mentions]
    assert "中兴通" not in found


@pytest.mark.parametrize(
    "text", ["地平线通过港交所聆讯，即将在香港上市。", "张伟接受警方问讯，星云科技暂未回应。"]
)
def test_a_hearing_or_questioning_opening_a_paragraph_is_no_dateline(extractor: Extractor, text: str) -> None:
    """聆讯 and 问讯 end in a dispatch's character: what stands before them is a sentence, no outlet."""
    assert not [o for o in organisations(extractor, text) if o.endswith(("聆", "问"))]


def test_a_known_name_ending_in_a_dispatchs_character_is_no_dateline(extractor: Extractor) -> None:
    found = [
        m.text for m in extractor.extract("对于收购 前腾讯 高管的公司，月光智能表示关注。", "t").mentions
    ]
    assert "前腾" not in found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("来源：鲸潮快报 鲸潮快报讯，月光智能宣布中标一项算力中心项目。", "鲸潮快报"),
        ("月光智能12月3日宣布中标算力中心项目。本文来源：蓝帆财经网", "蓝帆财经网"),
        ("【本文來源：藍帆財經網】月光智能宣布中標算力中心項目。", "藍帆財經網"),
        ("鲸潮地产网讯：12月3日，月光智能宣布完成B轮融资。", "鲸潮地产网"),
        ("星河网 8月13日，月光智能发布公告称中标一项目。", "星河网"),
        ("星河財經8月13日，月光智能宣布完成B輪融資。", "星河財經"),
    ],
)
def test_the_outlet_of_a_source_line_or_a_dateline_with_no_word_after_it_is_the_articles_source(
    extractor: Extractor, text: str, outlet: str
) -> None:
    """来源：X names the outlet the article comes from, and so does X讯 before a colon or X网 before a date and a
    comma opening a paragraph: the article's source, no entity (a source is never a party to the facts it reports),
    and no name read across it."""
    found = extractor.extract(text, "t").mentions
    assert outlet in own_outlets(extractor, text)
    assert not [m for m in found if outlet in m.text or m.text in outlet]


@pytest.mark.parametrize(
    "text",
    [
        "来源：公司公告 月光智能宣布完成B轮融资。",
        "月光智能宣布完成B轮融资。（本文來源：網路）",
        "月光智能宣布完成B轮融资。来源：综合整理",
        "月光智能宣布完成B轮融资。图片来源：受访者供图",
    ],
)
def test_a_source_line_naming_a_kind_of_source_names_no_outlet(extractor: Extractor, text: str) -> None:
    """A company's announcement, the web or a compilation is where the text comes from, no outlet."""
    assert organisations(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("星云科技官方消息称，该公司将裁员10%。", "星云科技"),
        ("星雲科技官方消息稱，該公司將裁員10%。", "星雲科技"),
        ("松鼠瀑布公司官方消息称，该公司将裁员10%。", "松鼠瀑布公司"),
    ],
)
def test_a_firm_speaking_for_itself_is_no_outlet(extractor: Extractor, text: str, firm: str) -> None:
    """X + 官方 + 消息称: the firm's own word, no outlet's report; the firm is the company, 官方 no part of it."""
    found = extractor.extract(text, "t").mentions
    assert ("Company", firm) in [(m.label, m.text) for m in found]
    assert not any(m.text.endswith("官方") for m in found)
