"""One id per real-world entity, whatever spelling an article uses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from newsgraph.ingest.nlp.extract import Extractor
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "原依圖科技CTO顏水成已加盟澄星科技有限公司。澄星科技表示，澄星将扩大研发团队。"


def ids_by_text(extractor: Extractor, text: str) -> dict[str, str | None]:
    return {m.text: m.entity for m in extractor.extract(text, "t").mentions}


def test_traditional_and_simplified_spellings_are_one_entity(extractor: Extractor) -> None:
    ids = ids_by_text(extractor, "依圖科技與依图合作，依圖表示。")
    assert ids["依圖科技"] == ids["依图"] == ids["依圖"] == "yitu"


@pytest.mark.parametrize("text", ["张明去年加盟依图，出任首席科学家。", "張明去年加盟依圖，出任首席科學家。"])
def test_a_known_short_name_that_lac_glues_to_a_verb_is_still_that_company(
    extractor: Extractor, text: str
) -> None:
    ids = {m.text: m.entity for m in extractor.extract(text, "t").mentions}
    assert ids.get("依图", ids.get("依圖")) == "yitu"


def test_a_name_between_its_description_and_a_date_is_the_company_all_through(extractor: Extractor) -> None:
    text = "车载芯片公司地平线5月8日宣布，任命张明为总裁。今年1月，地平线刚刚完成2亿美元的C3轮融资。"
    ids = [m.entity for m in extractor.extract(text, "t").mentions if m.text == "地平线"]
    assert ids == ["horizon_robotics", "horizon_robotics"]


def test_offsets_of_a_traditional_article_point_into_it(extractor: Extractor) -> None:
    extraction = extractor.extract(ARTICLE, "t")
    assert all(ARTICLE[m.start : m.end] == m.text for m in extraction.mentions)
    assert extraction.script == "traditional" or extraction.script == "mixed"


def test_long_and_short_forms_of_an_unknown_company_are_one_entity(extractor: Extractor) -> None:
    extraction = extractor.extract(ARTICLE, "t")
    ids = {m.text: m.entity for m in extraction.mentions}
    assert ids["澄星科技有限公司"] == ids["澄星科技"] == ids["澄星"]
    entity = extraction.entity_map()[ids["澄星科技"]]
    assert entity.name == "澄星科技"
    assert entity.mentions == 3
    assert entity.id.startswith("org-")


@pytest.mark.parametrize(
    "text",
    [
        "王建国去年赴松塔河马就任。松塔董事会周四发布公告，王建国辞任松塔副董事长。",
        "星云方舟完成B轮融资。星云董事会称将扩大团队，星云代董事长李强表示满意。",
        "星雲方舟完成B輪融資。星雲董事會稱將擴大團隊，星雲代董事長李強表示滿意。",
    ],
)
def test_a_coined_name_shortened_to_its_opening_before_a_board_or_post_is_one_entity(
    extractor: Extractor, text: str
) -> None:
    """A coined name found in full (赴 + X + 就任, X + 完成B轮融资) and then shortened to its opening word before
    its board or a post there is one firm, which the roles and events name."""
    extraction = extractor.extract(text, "t")
    (company,) = [e for e in extraction.entities if e.label == "Company"]
    assert company.mentions == 3


@pytest.mark.parametrize(
    "text",
    [
        "星云方舟与星云汽车宣布合作。星云董事长李强表示满意。",
        "星云方舟与星云数据宣布合作。星云董事会表示满意。",
    ],
)
def test_an_opening_another_firm_of_the_article_goes_by_is_not_shortened_from_a_coined_name(
    extractor: Extractor, text: str
) -> None:
    """星云 is 星云汽车's core name (its suffix taken off): the firm whose board it is, not 星云方舟's."""
    ids = ids_by_text(extractor, text)
    assert ids["星云方舟"] != ids["星云"]


def test_an_organisation_goes_by_the_short_form_it_declares(extractor: Extractor) -> None:
    extraction = extractor.extract("上海鲸跃信息科技股份有限公司（以下简称“鲸跃科技”）今日宣布裁员。", "t")
    (company,) = [e for e in extraction.entities if e.label == "Company"]
    assert company.name == "鲸跃科技"


def test_a_declared_short_form_of_ordinary_words_is_the_organisation_wherever_it_stands(
    extractor: Extractor,
) -> None:
    """A start-up named with ordinary words (灯塔) declares it as its short form: the recogniser, which reads
    灯塔 as a plain noun, takes it and its repeats as the organisation's mentions."""
    extraction = extractor.extract(
        "北京松果麦田科技有限公司（以下简称“灯塔”）今日宣布完成B轮融资。灯塔表示，资金将用于研发。", "t"
    )
    (company,) = [e for e in extraction.entities if e.label == "Company"]
    assert company.name == "灯塔"
    assert company.mentions == 3


def test_a_role_declared_as_a_short_form_does_not_rename_the_organisation(extractor: Extractor) -> None:
    """The recogniser may read the role as an organisation of its own (标的公司): the declaration still names
    no one, and the company keeps its name."""
    extraction = extractor.extract(
        "海川电子有限公司（以下简称“标的公司”）今日发布公告称，标的公司拟出售资产。", "t"
    )
    assert "海川电子" in [e.name for e in extraction.entities if e.label == "Company"]


def test_a_short_form_declared_for_a_role_names_no_one(extractor: Extractor) -> None:
    extraction = extractor.extract(
        "星云智能股份有限公司（以下简称“公司”）董事会近日收到董事长李强的辞职报告。", "t"
    )
    assert [e.name for e in extraction.entities if e.label == "Company"] == ["星云智能"]


@pytest.mark.parametrize(
    "short",
    [
        "该集团",
        "贵公司",
        "我司",
        "本企业",
        "标的企业",
        "目标企业",
        "合作方",
        "被担保人",
        "项目公司",
        "发包人",
        "承包方",
    ],
)
def test_a_short_form_pointing_at_a_party_names_no_one(extractor: Extractor, short: str) -> None:
    """A role declared by a pointing word (该, 贵, 本, 我) or a deal's place (标的, 合作方) before a generic word
    or a role is no short form of the name: the organisation keeps its own name."""
    extraction = extractor.extract(f"海川电子有限公司（以下简称“{short}”）今年营收增长两成。", "t")
    assert [e.name for e in extraction.entities if e.label == "Company"] == ["海川电子"]


def test_words_said_in_brackets_after_a_name_are_no_short_form_of_it(extractor: Extractor) -> None:
    """（称“…”） after a name reports what the organisation said; only 简称, 下称 or 以下称 declare a name."""
    extraction = extractor.extract("北辰集团（称“消息不实”）否认了收购传闻。", "t")
    assert [e.name for e in extraction.entities if e.label == "Company"] == ["北辰集团"]


@pytest.mark.parametrize("declared", ["以下简称为", "下称"])
def test_a_short_form_declared_with_another_wording_is_the_organisation(
    extractor: Extractor, declared: str
) -> None:
    extraction = extractor.extract(
        f"星云科技有限公司（{declared}“灯塔”）完成A轮融资。灯塔成立于2020年。", "t"
    )
    (company,) = [e for e in extraction.entities if e.label == "Company"]
    assert company.name == "灯塔" and company.mentions == 3


def test_a_registered_name_drops_its_place_of_registration(extractor: Extractor) -> None:
    extraction = extractor.extract("苏州澄星科技股份有限公司宣布裁员。", "t")
    (company,) = [e for e in extraction.entities if e.label == "Company"]
    assert company.name == "澄星科技"
    assert "苏州澄星科技股份有限公司" in company.aliases


def test_a_place_written_with_its_suffix_is_dropped_whole(extractor: Extractor) -> None:
    """深圳市 and 广东省 are places as much as 深圳: no 市 or 省 is left on the company's name."""
    for registered in ("深圳市澄星科技有限公司", "广东省澄星科技有限公司"):
        extraction = extractor.extract(f"{registered}宣布裁员，澄星科技相关人士证实了此事。", "t")
        (company,) = [e for e in extraction.entities if e.label == "Company"]
        assert company.name == "澄星科技"
        assert registered in company.aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("项目由杭州市电力工程设计院有限公司负责施工图设计。", "杭州市电力工程设计院"),
        ("湖南化工第七建设有限公司昨日与业主签订了施工合同。", "湖南化工第七建设"),
        ("佛山公交有限公司本月新购入一批电动客车。", "佛山公交"),
        ("四川电网有限责任公司本月启动了配电自动化改造。", "四川电网"),
    ],
)
def test_a_registered_name_of_a_line_of_business_keeps_its_place(
    extractor: Extractor, text: str, name: str
) -> None:
    """Without its place such a firm is only its line (电力工程设计院, 化工第七建设, 公交): the place is
    what names it, so the name a reader knows it by keeps it."""
    (company,) = [e for e in extractor.extract(text, "t").entities if e.label == "Company"]
    assert company.name == name


def test_a_line_of_business_is_no_short_form_of_a_firm_named_by_it(extractor: Extractor) -> None:
    """交通 is what 浙江交通科技 does, not a short form of it: the line written again in the article (交通工程)
    is no mention of the firm, which keeps its name."""
    text = "浙江交通科技股份有限公司发布公告称，公司中标一条高速公路项目。该项目包括交通工程、交通安全设施和照明工程等。"
    extraction = extractor.extract(text, "t")
    assert [e.name for e in extraction.entities if e.label == "Company"] == ["浙江交通科技"]
    assert [m.text for m in extraction.mentions if m.label == "Company"] == ["浙江交通科技股份有限公司"]


def test_the_same_name_gets_the_same_id_in_another_article(extractor: Extractor) -> None:
    first = ids_by_text(extractor, "澄星科技有限公司宣布裁员。")
    second = ids_by_text(extractor, "梁启航离开了澄星集团。")
    assert first["澄星科技有限公司"] == second["澄星集团"]


def references(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    ids = {span._.entity_id: span.text for span in doc.ents}
    return {span.text: ids[span._.entity_id] for span in doc.spans["references"]}


def test_a_reference_means_the_topic_of_its_sentence(nlp: Language) -> None:
    found = references(nlp, "收购完成后，澄星科技将并入鲸跃科技，其创始人将担任副总裁。")
    assert found == {"其": "澄星科技"}


@pytest.mark.parametrize(
    "text",
    [
        "鲸跃科技投资的澄星科技宣布，其创始人将担任董事长。",
        "与鲸跃科技竞争多年的澄星科技，其首席技术官已离职。",
    ],
)
def test_a_reference_means_the_head_of_the_topic_phrase_not_its_modifier(nlp: Language, text: str) -> None:
    assert references(nlp, text) == {"其": "澄星科技"}


def test_a_reference_opening_a_sentence_means_the_topic_of_the_previous_one(nlp: Language) -> None:
    found = references(nlp, "澄星科技完成融资，投资方包括鲸跃科技。该公司由梁启航创立。")
    assert found == {"该公司": "澄星科技"}


@pytest.mark.parametrize(
    "text",
    [
        "澄星科技成立于2019年，曾先后获得鲸跃资本、博世创投和中信证券的投资。人事层面也有波动。记者获悉，公司CFO已离职。",
        "澄星科技成立於2019年，曾先後獲得鯨躍資本、博世創投和中信證券的投資。人事層面也有波動。記者獲悉，公司財務長已離職。",
    ],
)
def test_a_reference_far_from_any_name_means_the_topic_of_the_last_sentence_naming_one(
    nlp: Language, text: str
) -> None:
    assert set(references(nlp, text).values()) == {"澄星科技"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("澄星科技与华夏银行签约。该行表示满意。", {"该行": "华夏银行"}),
        ("澄星科技与华夏银行签约。该银行表示满意。", {"该银行": "华夏银行"}),
        ("澄星科技与中信证券签约。该券商表示满意。", {"该券商": "中信证券"}),
    ],
)
def test_a_reference_means_an_organisation_of_its_kind(
    nlp: Language, text: str, found: dict[str, str]
) -> None:
    assert references(nlp, text) == found


def test_a_latin_name_in_brackets_is_the_same_entity(extractor: Extractor) -> None:
    ids = ids_by_text(extractor, "澄星科技（Chengxing）发布新品。")
    assert ids["Chengxing"] == ids["澄星科技"]


def test_a_person_s_latin_name_in_brackets_and_its_parts_are_that_person(extractor: Extractor) -> None:
    text = "蓝海科技首席执行官杨志远（Yang Zhiyuan）表示，公司将扩大规模。Yang在2019年离开星河智能。"
    ids = ids_by_text(extractor, text)
    assert ids["Yang Zhiyuan"] == ids["Yang"] == ids["杨志远"]


def test_a_transliteration_in_brackets_and_its_last_part_are_that_person(extractor: Extractor) -> None:
    ids = ids_by_text(extractor, "蓝海科技CEO John Smith（约翰·史密斯）宣布离职。史密斯表示满意。")
    assert ids["John Smith"] == ids["约翰·史密斯"] == ids["史密斯"]


def test_a_lone_first_name_of_a_latin_full_name_is_that_person_not_a_company(extractor: Extractor) -> None:
    extraction = extractor.extract("蓝海科技CTO Mira Murati宣布离职。Mira 在公司工作了六年。", "t")
    people = {m.text: m.entity for m in extraction.mentions if m.label == "Person"}
    assert people["Mira"] == people["Mira Murati"]
    assert [e.name for e in extraction.entities if e.label == "Company"] == ["蓝海科技"]


def test_ids_are_identical_in_another_process(extractor: Extractor) -> None:
    code = (
        "import json, sys; from newsgraph.ingest.nlp.extract import Extractor; "
        "e = Extractor().extract(sys.argv[1], 't'); print(json.dumps(sorted(x.id for x in e.entities)))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, ARTICLE], capture_output=True, text=True, cwd=ROOT, check=True
    )
    here = sorted(e.id for e in extractor.extract(ARTICLE, "t").entities)
    assert json.loads(run.stdout) == here == sorted(e.id for e in extractor.extract(ARTICLE, "t").entities)


def test_a_records_database_is_not_what_a_reference_means(nlp: Language) -> None:
    found = references(nlp, "企查查信息显示，澄星科技近日变更了股东，梁启航已退出公司董事会。")
    assert found == {"公司": "澄星科技"}


def test_an_unknown_full_name_declaring_a_known_short_form_is_that_entity(extractor: Extractor) -> None:
    extraction = extractor.extract("摩尔线程智能科技(北京)股份有限公司(下称“摩尔线程”)今天发布公告。", "t")
    assert len({m.entity for m in extraction.mentions if m.label == "Company"}) == 1


@pytest.mark.parametrize("text", ["腾讯北京分公司总经理张伟表示。", "星云科技上海分公司总经理张伟表示。"])
def test_a_branch_keeps_the_word_naming_it(extractor: Extractor, text: str) -> None:
    # 分公司 is a branch, not 分 + the legal form 公司: the branch's name stays whole.
    names = [e.name for e in extractor.extract(text, "t").entities if e.label == "Company"]
    assert names == [text[: text.index("分公司") + 3]]


@pytest.mark.parametrize(
    ("registered", "name"),
    [
        # 市 after 中国 starts the name (市政): a place takes only its own suffix, and 中国 none.
        ("中国市政澄星设计院有限公司", "市政澄星设计院"),
        # 市 after 苏州 may be the city's or open the line of business (市政): the line's word wins, 苏州 is the place.
        ("苏州市政澄星工程有限公司", "市政澄星工程"),
        # Without 广州, 证券股份有限公司 names a line of business, not the broker.
        ("广州证券股份有限公司", "广州证券"),
    ],
)
def test_a_registered_name_keeps_what_names_the_company(
    extractor: Extractor, registered: str, name: str
) -> None:
    extraction = extractor.extract(f"公司于近日收到{registered}的中标通知书。", "t")
    assert name in [e.name for e in extraction.entities if e.label == "Company"]


@pytest.mark.parametrize(
    "text",
    [
        "据星云日报报道，澄星科技完成新一轮融资。公司创始人梁启航表示，将加大投入。",
        "星云网获悉，澄星科技完成新一轮融资。公司创始人梁启航表示，将加大投入。",
    ],
)
def test_the_source_of_a_report_is_not_what_a_reference_means(nlp: Language, text: str) -> None:
    assert references(nlp, text) == {"公司": "澄星科技"}


def test_the_informant_of_a_reporter_is_what_a_reference_means(nlp: Language) -> None:
    found = references(nlp, "记者从澄星科技获悉，新工厂已投产。公司创始人梁启航表示，将加大投入。")
    assert found == {"公司": "澄星科技"}


def test_the_organisation_after_a_copula_is_no_head_of_the_topic(nlp: Language) -> None:
    found = references(nlp, "澄星科技的大股东是鲸跃科技。公司创始人梁启航表示，将加大投入。")
    assert found == {"公司": "澄星科技"}


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        ("星河科技今日在港交所主板挂牌上市。", "hkex"),
        ("蓝海电子已向上交所科创板提交上市申请。", "sse"),
        ("北辰半導體今日在聯交所主板掛牌上市。", "hkex"),
        ("刘洋为清华大学计算机系教授。", "tsinghua"),
        ("趙敏曾在華為諾亞方舟實驗室擔任研究員。", "huawei"),
    ],
)
def test_the_parent_a_unit_s_name_begins_with_is_an_entity_of_the_article(
    extractor: Extractor, text: str, exchange: str
) -> None:
    entities = extractor.extract(text, "t").entity_map()
    assert exchange in entities
    assert entities[exchange].mentions == 1


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("蓝海电子已提交科创板上市申请。", "sse"),
        ("阿里云发布新模型。", "alibaba"),
        ("腾讯音乐今日公布财报。", "tencent"),
    ],
)
def test_a_unit_named_alone_or_a_firm_named_after_its_group_names_no_parent(
    extractor: Extractor, text: str, parent: str
) -> None:
    assert parent not in extractor.extract(text, "t").entity_map()
