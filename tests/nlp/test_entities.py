"""Entity mentions as a reader of the output sees them."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from newsgraph.ingest.nlp.candidates import Candidate, Rank, Tokens
from newsgraph.ingest.nlp.entities import EntityRecognizer, _one_reading_per_name
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.nlp.people import PersonFinder, name_parts
from newsgraph.ingest.nlp.scripts import to_simplified
from newsgraph.ingest.nlp.versioned import without_versioned_names
from spacy.tokens import Doc
from spacy.vocab import Vocab


def mentions(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.label, m.text) for m in extractor.extract(text, "t").mentions]


def test_a_known_company_is_never_a_person(extractor: Extractor) -> None:
    # LAC alone tags 寒武纪 as a person name.
    extraction = extractor.extract("寒武纪表示将继续投入研发。", "t")
    assert [(m.label, m.text, m.entity) for m in extraction.mentions] == [("Company", "寒武纪", "cambricon")]


def test_a_parent_named_before_a_known_firm_is_a_firm_of_its_own(extractor: Extractor) -> None:
    found = mentions(extractor, "谷歌母公司Alphabet将在全球裁员。")
    assert found == [("Company", "谷歌"), ("Company", "Alphabet")]


@pytest.mark.parametrize("text", ["深圳华强宣布将推出新款芯片。", "深圳华强发布公告称拟收购一家芯片公司。"])
def test_a_listed_firm_named_after_its_city_is_a_firm_where_it_acts(extractor: Extractor, text: str) -> None:
    """LAC reads 深圳华强 as a place (or a place and a person); a firm's act right after it names the firm."""
    assert ("Company", "深圳华强") in mentions(extractor, text)


@pytest.mark.parametrize(
    "text", ["星云科技营运长李强今（6）日表示，公司将扩大投资。", "李强昨（5）日宣布辞职。"]
)
def test_a_day_written_the_taiwan_way_after_a_name_is_no_part_of_it(extractor: Extractor, text: str) -> None:
    """今（6）日 / 昨（5）日 date what the person did; 今 and 昨 are no third character of the name."""
    assert [t for label, t in mentions(extractor, text) if label == "Person"] == ["李强"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("星云科技CEO李强受访时表示，公司将扩大投资。", "李强"), ("星雲科技執行長李強受邀出席論壇。", "李強")],
)
def test_the_passive_after_a_name_is_no_part_of_it(extractor: Extractor, text: str, name: str) -> None:
    """受 (受访, 受邀, 受聘) is the passive of what the person did, no third character of the name."""
    assert [t for label, t in mentions(extractor, text) if label == "Person"] == [name]


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("星雲科技專注於為使用者提供雲端服務。", ["星雲科技"]),
        ("線上教育今年上半年融資近百億元。", []),
    ],
)
def test_taiwan_words_for_users_and_fields_name_no_firm(
    extractor: Extractor, text: str, firms: list[str]
) -> None:
    """Taiwan writes 使用者 for 用户 and 線上教育 for 在线教育: the public served and a field, no firm."""
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == firms


def test_a_known_name_running_on_from_inside_a_firm_the_model_reads_gives_way_to_the_firm(
    extractor: Extractor,
) -> None:
    """星雲科技 + 創新板 (Taiwan's board): 科技創新板 is also a name of the STAR market, which would eat the firm."""
    assert ("Company", "星雲科技") in mentions(extractor, "星雲科技創新板上市案獲證交所董事會通過。")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("长兴发布暴雨橙色预警，全县中小学停课。", "长兴"),
        ("长白山宣布景区临时关闭。", "长白山"),
        ("金融街发布多项金融支持政策。", "金融街"),
    ],
)
def test_a_place_alone_that_a_firm_is_also_called_is_no_firm_where_it_announces(
    extractor: Extractor, text: str, place: str
) -> None:
    """A county, a mountain or a district a listed firm's short name also spells, announcing something, is its
    local government or park: only a name going on past its city (深圳 + 华强) is the firm."""
    assert ("Company", place) not in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("星云科技传将于明年第二季度在港交所挂牌，估值约20亿美元。", "星云科技"),
        ("星雲科技據報擬明年赴美上市，最快於下半年遞交招股書。", "星雲科技"),
        ("市场传闻蓝海数据将于年内赴港上市，公司对此不予置评。", "蓝海数据"),
    ],
)
def test_a_word_of_hearsay_read_into_a_firm_s_name_is_no_part_of_it(
    extractor: Extractor, text: str, firm: str
) -> None:
    """LAC (传) or the model (據報) reads the hearsay after a suffixed name into the name, and a clause's slot
    reads 市场传闻 before a name LAC splits into plain nouns; what is said of a firm is no part of its name."""
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == [firm]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("星云科技H股今日在港交所挂牌，开盘涨逾10%。", "星云科技"),
        ("百度美股昨夜收涨3%。", "百度"),
        ("星雲科技A股股價大漲。", "星雲科技"),
    ],
)
def test_a_class_of_shares_after_a_firm_is_no_part_of_its_name(
    extractor: Extractor, text: str, firm: str
) -> None:
    """LAC or the model reads 星云科技H股 as one name: the H shares trade, the company is 星云科技."""
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == [firm]


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("周三华为概念股集体走强，星云科技涨停。", ["星云科技"]),
        ("多位特斯拉车主反映充电困难。", []),
        ("週三蘋果概念股走強，星雲科技漲停。", ["星雲科技"]),
        # Named elsewhere as a party, the company stays there.
        ("华为宣布降价，华为概念股应声上涨。", ["华为"]),
        # A title or a unit after the word makes it a unit of the firm, which employs the person.
        ("星云科技供应链副总裁张伟近日离职。", ["星云科技"]),
        ("星雲科技供應鏈副總裁張偉近日離職。", ["星雲科技"]),
        ("星云科技产业链团队已扩充至百人。", ["星云科技"]),
    ],
)
def test_a_firm_naming_a_group_it_defines_is_no_mention_of_it(
    extractor: Extractor, text: str, firms: list[str]
) -> None:
    """华为 + 概念股 (stocks), 苹果 + 供应链 (suppliers), 特斯拉 + 车主 (customers): the article speaks of the group,
    the company is no party there."""
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == firms


def test_a_word_of_condition_glued_before_a_firm_is_no_part_of_it(extractor: Extractor) -> None:
    """LAC and the model read 若星云科技 as one name; 若 ("if") opens the condition, not the name."""
    found = mentions(extractor, "若星云科技成功上市，将成为国内首家上市的AI芯片公司。")
    assert [t for label, t in found if label == "Company"] == ["星云科技"]


def test_an_alliance_lac_reads_into_a_firm_s_word_is_no_part_of_its_name(extractor: Extractor) -> None:
    """LAC reads 星雲科技策略聯盟 as one organisation word; the alliance is what the firm does with another."""
    found = mentions(extractor, "緯創宣布與星雲科技策略聯盟，共同開發邊緣運算解決方案。")
    assert ("Company", "星雲科技") in found


def test_an_unknown_organisation_is_found_by_its_suffix(extractor: Extractor) -> None:
    found = mentions(extractor, "澄星科技今天发布新芯片，深圳市公安局和北京大学参加了发布会。")
    assert ("Company", "澄星科技") in found
    assert ("Government", "深圳市公安局") in found
    assert ("Organization", "北京大学") in found


@pytest.mark.parametrize("text", ["南山集团与北岸科技合作。", "星云科技与东岭科技洽谈合作。"])
def test_a_name_lac_reads_as_a_place_is_a_company_when_it_ends_with_a_company_suffix(
    extractor: Extractor, text: str
) -> None:
    assert [label for label, _ in mentions(extractor, text)] == ["Company", "Company"]


def test_full_width_letters_are_read_as_a_title(extractor: Extractor) -> None:
    assert mentions(extractor, "原依图科技ＣＴＯ颜水成") == [
        ("Company", "依图科技"),
        ("Title", "ＣＴＯ"),
        ("Person", "颜水成"),
    ]


def test_a_title_with_a_prefix_is_one_mention(extractor: Extractor) -> None:
    assert ("Title", "副总裁") in mentions(extractor, "澄星科技副总裁王立新表示")


def test_a_surname_with_a_form_of_address_is_not_a_person(extractor: Extractor) -> None:
    found = mentions(extractor, "鲸跃科技首席执行官林若溪说，王总和老刘都同意。")
    assert [text for label, text in found if label == "Person"] == ["林若溪"]


def test_a_form_of_address_the_model_reads_as_a_name_is_not_a_person(extractor: Extractor) -> None:
    # The trained model reads 张总 as a person here; the rules' people never take a form of address.
    found = mentions(extractor, "张总和李总昨天一起去了北京，月光智能的周总也在。")
    assert [text for label, text in found if label == "Person"] == []
    assert ("Company", "月光智能") in found


@pytest.mark.parametrize(
    "text", ["记者从t6·湖畔项目获悉，t6·湖畔将于下月开盘。", "记者从r8·滨湖项目获悉，r8·滨湖已开盘。"]
)
def test_a_code_with_a_digit_is_no_person(extractor: Extractor, text: str) -> None:
    # LAC tags the codes of these (invented) projects as people; a person's name holds no digit.
    assert not [t for label, t in mentions(extractor, text) if label == "Person"]


@pytest.mark.parametrize(
    ("text", "title"), [("会上王主编说，杂志明年将改版。", "主编"), ("韩总编说，报纸将推出数字版。", "总编")]
)
def test_a_title_lac_cuts_after_a_surname_is_a_title_and_no_person(
    extractor: Extractor, text: str, title: str
) -> None:
    # LAC reads 王主 as a person and glues 编 to 说: the surname and the title are a form of address.
    found = mentions(extractor, text)
    assert ("Title", title) in found
    assert not [t for label, t in found if label == "Person"]


@pytest.mark.parametrize(
    ("text", "title"),
    [("会上傅主编说，杂志明年将改版。", "主编"), ("据傅总介绍，月光智能明年将在杭州建厂。", None)],
)
def test_common_surnames_make_forms_of_address(extractor: Extractor, text: str, title: str | None) -> None:
    # 傅 is a common surname: 傅总 and 傅主编 say who, not which person.
    found = mentions(extractor, text)
    assert not [t for label, t in found if label == "Person"]
    assert title is None or ("Title", title) in found


def test_a_company_name_tagged_as_a_person_before_a_title_is_a_company(extractor: Extractor) -> None:
    found = mentions(extractor, "周牧野（星海智芯创始人）昨日在深圳表示。")
    assert ("Company", "星海智芯") in found
    assert ("Person", "周牧野") in found


def test_money_and_dates_are_mentions(extractor: Extractor) -> None:
    found = mentions(extractor, "澄星科技昨日宣布完成5亿元人民币B轮融资。")
    assert ("Money", "5亿元人民币") in found
    assert ("Date", "昨日") in found


def test_line_breaks_do_not_glue_names_together(extractor: Extractor) -> None:
    found = mentions(extractor, "澄星科技\n梁启航表示")
    assert ("Company", "澄星科技") in found
    assert ("Person", "梁启航") in found


def test_clubs_in_a_sports_sentence_are_organisations_not_companies(extractor: Extractor) -> None:
    found = mentions(extractor, "本赛季联赛中，尤文图斯主场击败了阿贾克斯。")
    assert ("Organization", "尤文图斯") in found
    assert ("Organization", "阿贾克斯") in found


def test_a_club_tagged_as_a_person_is_a_team_next_to_a_match_word(extractor: Extractor) -> None:
    assert ("Organization", "帕伦特") in mentions(extractor, "上周的联赛中，帕伦特主场击败对手。")


def test_two_teams_around_vs_are_two_mentions(extractor: Extractor) -> None:
    found = mentions(extractor, "周末焦点：波尔图vs阿贾克斯。")
    assert ("Organization", "波尔图") in found
    assert ("Organization", "阿贾克斯") in found


def test_a_title_written_after_a_surname_is_a_title(extractor: Extractor) -> None:
    assert mentions(extractor, "张律师表示，合同有效。") == [("Title", "律师")]


def test_a_name_ending_in_a_function_character_keeps_it_before_a_verb_or_de(extractor: Extractor) -> None:
    assert ("Person", "王建和") in mentions(extractor, "老张说，王建和的方案更好。")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "董事会选举刘建华为公司董事长。",
            "刘建华",
        ),  # LAC: 刘建 + 华为, the name's last character and the copula
        ("星云科技聘任王建华为公司副总经理，任期三年。", "王建华"),
        ("任命李德华为集团副总裁。", "李德华"),  # 李德 + 华为集团
        ("公司任命马华为首席执行官。", "马华"),  # 马华 + 为, the firm 华为 read across them
        ("星云科技任命李华为公司总裁。", "李华"),  # 李华为 as one name word
    ],
)
def test_a_name_before_the_copula_after_a_verb_of_naming_is_no_firm(
    extractor: Extractor, text: str, person: str
) -> None:
    """任命/聘任/选举 + a name + 为 + the post: a name ending in 华 and the copula spell 华为, which is no firm there."""
    found = mentions(extractor, text)
    assert ("Person", person) in found
    assert not [t for label, t in found if label == "Company" and "华" in t]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("决定免去于文明华润集团副总裁职务。", "于文明"),  # LAC: 于/p + 文明/ORG
        ("决定免去于文明星云科技副总裁职务。", "于文明"),  # LAC: 于/p + 文明/a
        ("董事会同意免去于永和公司总经理职务。", "于永和"),  # LAC: 于/PER + 永和/ORG + 公司
    ],
)
def test_the_surname_yu_after_a_verb_of_naming_opens_a_name(
    extractor: Extractor, text: str, person: str
) -> None:
    """LAC reads the surname 于 as the preposition "at" (or alone) and the given name as a firm (永和 + 公司); after 免去
    a person is named."""
    found = mentions(extractor, text)
    assert ("Person", person) in found
    assert not [t for label, t in found if label == "Company" and t[0] in person]


@pytest.mark.parametrize(
    ("text", "person", "firm"),
    [
        ("免去王建国大连港集团总经理职务。", "王建国", "大连港集团"),  # one person's word to LAC
        ("免去黄志明宁波港集团董事长一职。", "黄志明", "宁波港集团"),  # one organisation's word to LAC
    ],
)
def test_a_name_read_with_the_firm_after_a_verb_of_naming_is_a_person_and_a_firm(
    extractor: Extractor, text: str, person: str, firm: str
) -> None:
    """免去 + a name + a firm named after its city + the post: LAC reads the name and the firm as one word."""
    found = mentions(extractor, text)
    assert ("Person", person) in found
    assert ("Company", firm) in found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("星云科技董事会选举于3月举行，华为董事长出席。", "华为"),  # 于 + a date: when, no surname
        ("华为任命张伟为中国区总裁。", "华为"),
        ("协会选举华为为理事长单位。", "华为"),  # the firm itself is what is chosen
    ],
)
def test_a_firm_near_a_verb_of_naming_stays_a_firm(extractor: Extractor, text: str, firm: str) -> None:
    found = mentions(extractor, text)
    assert ("Company", firm) in found
    assert not [t for label, t in found if label == "Person" and t.startswith("于")]


def test_a_department_stands_for_its_company(extractor: Extractor) -> None:
    found = mentions(extractor, "华星地产战略发展部主任王立群表示，房价将企稳。")
    assert found[:3] == [("Company", "华星地产"), ("Title", "主任"), ("Person", "王立群")]


def test_a_legal_name_keeps_its_place_and_the_place_in_brackets(extractor: Extractor) -> None:
    assert ("Company", "上海明远置业") in mentions(extractor, "上海明远置业昨天发布公告。")
    assert ("Company", "星辰银行（香港）有限公司") in mentions(
        extractor, "星辰银行（香港）有限公司今天宣布。"
    )

    # The line of business between the bracketed place and the legal form is part of the name.
    assert ("Company", "星辰汽车（中国）投资有限公司") in mentions(
        extractor, "星辰汽车（中国）投资有限公司今天宣布裁员。"
    )


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("对此，松果(中国)有限公司工作人员表示，没有相关信息可提供。", "松果(中国)有限公司"),
        ("對此，白鷺琥珀（中國）有限公司工作人員表示，沒有相關信息。", "白鷺琥珀（中國）有限公司"),
    ],
)
def test_a_coined_name_before_a_bracketed_place_and_a_legal_form_is_a_firm(
    extractor: Extractor, text: str, firm: str
) -> None:
    """A firm's local arm is registered as name + （place） + 有限公司, whatever ordinary words the name is made of."""
    assert ("Company", firm) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text", ["注册地为开曼群岛(香港)有限公司。", "该工厂（苏州）有限公司。", "北京（中国）有限公司。"]
)
def test_a_place_or_a_kind_before_a_bracketed_place_is_no_firm(extractor: Extractor, text: str) -> None:
    """An offshore place or a kind of firm before the bracket names no one."""
    assert not [name for label, name in mentions(extractor, text) if label == "Company"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "【百度中标大单】百度旗下子公司阿波罗智行科技（广州）有限公司中标智慧交通项目。",
            "阿波罗智行科技（广州）有限公司",
        ),
        ("百度旗下子公司阿波羅智行科技（廣州）有限公司中標智慧交通項目。", "阿波羅智行科技（廣州）有限公司"),
        ("百度旗下子公司北辰智能科技（广州）有限公司中标。", "北辰智能科技（广州）有限公司"),
    ],
)
def test_an_owners_word_for_its_unit_opens_no_name_before_a_bracketed_place(
    extractor: Extractor, text: str, firm: str
) -> None:
    """LAC reads 旗下子公司 as one noun before the unit's name: the owner's word for its unit (旗下, 子公司) is no word
    of the name registered with the bracketed place."""
    firms = [name for label, name in mentions(extractor, text) if label == "Company"]
    assert firm in firms and not [f for f in firms if f.startswith(("子公司", "旗下"))]


def test_a_verb_read_into_a_known_name_is_left_out_and_a_plant_is_no_company(
    extractor: Extractor,
) -> None:
    # LAC reads 广汽集团合作 as one organisation; 新工厂 is what they build.
    extraction = extractor.extract("本田今天宣布，将与广汽集团合作建设新工厂。", "t")
    names = {e.id: e.name for e in extraction.entities}
    assert sorted(names.values()) == ["广汽集团", "本田"]
    assert [sorted(names[o] for o in e.orgs) for e in extraction.events] == [["广汽集团", "本田"]]


def test_a_field_word_before_a_chief_officer_ends_the_company_name(extractor: Extractor) -> None:
    # 首席执行官 takes no field (数据首席执行官 is no post): 数据 ends the name LAC cut before it.
    extraction = extractor.extract("青禾数据首席执行官张伟离职。", "t")
    names = {e.id: e.name for e in extraction.entities}
    assert [(names[r.person], r.title, names[r.org]) for r in extraction.roles] == [
        ("张伟", "CEO", "青禾数据")
    ]


@pytest.mark.parametrize("text", ["星云科技产品CEO张伟表示将推出新品。", "星云科技数据首席执行官张伟离职。"])
def test_a_field_word_after_a_closed_company_name_is_not_part_of_it(extractor: Extractor, text: str) -> None:
    # 科技 closes the name: the field after it belongs to the post, however odd.
    assert [m for m in mentions(extractor, text) if m[0] == "Company"] == [("Company", "星云科技")]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("鲸跃科技研究科学家林若溪表示，模型仍处早期。", "鲸跃科技"),
        ("鯨躍科技研究科學家林若溪表示。", "鯨躍科技"),
    ],
)
def test_a_field_word_read_into_a_closed_company_name_is_the_posts(
    extractor: Extractor, text: str, company: str
) -> None:
    # LAC reads 鲸跃科技研究 as one organisation: after 科技, which closes a name, 研究 is the field of the post.
    assert ("Company", company) in mentions(extractor, text)


def test_a_suffix_read_into_the_title_after_it_stays_with_the_company(extractor: Extractor) -> None:
    # LAC reads 智能联合 as one word: the company is 星河智能 and the title 联合创始人.
    extraction = extractor.extract("星河智能联合创始人张伟离职。", "t")
    names = {e.id: e.name for e in extraction.entities}
    assert [(names[r.person], r.title, names[r.org]) for r in extraction.roles] == [
        ("张伟", "联合创始人", "星河智能")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "王志远称赞星河智能CTO李明轩是天才。",  # 星河 + 智能CTO
        "王志远，星河智能联合创始人兼CEO，表示。",  # 星河 + 智能联合 + 创始人
        "王志远（星河智能联合创始人兼CEO）表示，新模型将在下月开放。",
    ],
)
def test_a_suffix_glued_to_the_title_after_a_plain_noun_still_names_the_company(
    extractor: Extractor, text: str
) -> None:
    """LAC reads the name's first word as a plain noun and its suffix as one word with the title: the noun and the
    suffix are the company, as they are written apart (星河 + 智能 + CTO)."""
    assert ("Company", "星河智能") in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("星云科技联合月光科技共同发布白皮书。", ("Company", "星云科技"), ("Company", "月光科技")),
        ("东岭大学联合星云科技发布报告。", ("Organization", "东岭大学"), ("Company", "星云科技")),
        # The verb read into the front of the second name only.
        (
            "月光智能公司联合蓝海数据公司发布行业大模型。",
            ("Company", "月光智能公司"),
            ("Company", "蓝海数据公司"),
        ),
        (
            "月光智能公司聯合藍海數據公司發布行業大模型。",
            ("Company", "月光智能公司"),
            ("Company", "藍海數據公司"),
        ),
        ("星雲科技公司夥拍月光智能公司推出新車。", ("Company", "星雲科技公司"), ("Company", "月光智能公司")),
        # LAC reads 联合 into the word of the name before it (澜舟汽车联合 + 百度): the name ends at its suffix.
        ("澜舟汽车联合百度打造自动驾驶出租车。", ("Company", "澜舟汽车"), ("Company", "百度")),
        ("青松电子联合华为发布白皮书。", ("Company", "青松电子"), ("Company", "华为")),
    ],
)
def test_a_joint_verb_read_into_one_organisation_word_parts_two_names(
    extractor: Extractor, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    found = mentions(extractor, text)
    assert first in found and second in found
    assert len(found) == 2


def test_a_name_with_a_joint_verb_inside_stays_whole(extractor: Extractor) -> None:
    assert ("Organization", "北京联合大学") in mentions(extractor, "北京联合大学与星云科技签约。")
    assert ("Company", "联合利华") in mentions(extractor, "消费品公司联合利华宣布裁员。")


def test_a_thing_counted_as_a_product_is_no_company(extractor: Extractor) -> None:
    # 机器人 ends many companies' names, but firms are counted with 家, products with 款 or 台.
    found = mentions(extractor, "星河智能推出了一款聊天机器人，用户可以通过它查询天气。")
    assert [m for m in found if m[0] == "Company"] == [("Company", "星河智能")]


@pytest.mark.parametrize(
    "text",
    [
        "澄星科技旗下子公司星途智驾近日开始裁员。",
        "据报道，澄星科技旗下的自动驾驶子公司星途智驾近日开始裁员。",
        # Hong Kong filings say 附属公司 for a subsidiary: LAC reads the owner, the word and the unit as one name.
        "澄星科技附属公司星途智驾有限公司近日开始裁员。",
        "澄星科技全资附属公司星途智驾有限公司近日开始裁员。",
    ],
)
def test_the_unit_an_owner_word_opens_is_a_company_of_its_own(extractor: Extractor, text: str) -> None:
    # LAC reads 澄星科技旗下子公司 as one organisation in the first sentence.
    extraction = extractor.extract(text, "t")
    names = {e.id: e.name for e in extraction.entities}
    assert {"澄星科技", "星途智驾"} <= set(names.values())
    assert [names[e.org] for e in extraction.events] == ["星途智驾"]


def test_a_ticker_after_its_code_word_is_nobody(extractor: Extractor) -> None:
    # LAC reads the ticker as a person's name.
    found = mentions(extractor, "澄星科技的股票将于下周一在纳斯达克开始交易，股票代码为CXKJ。")
    assert not [m for m in found if m[0] == "Person"]


def test_a_noun_ending_in_a_title_is_one_title(extractor: Extractor) -> None:
    assert ("Title", "县委书记") in mentions(extractor, "该县县委书记昨日表态。")
    assert ("Title", "总工程师") in mentions(extractor, "总工程师们已经到场。")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("全国人大常委会副委员长张立平出席了会议。", "副委员长"),
        ("国家知识产权局副署长刘军表示，专利申请量增长。", "副署长"),
        ("市检察院检察长孙强通报了案情。", "检察长"),
        ("省博物馆馆长周明透露，展览将持续三个月。", "馆长"),
        ("人工智能专委会主任委员李华认为，大模型仍需监管。", "主任委员"),
        ("他曾任县委常委、副县长。", "常委"),
        ("招商银行信贷员王强涉嫌违规放贷。", "信贷员"),
        ("华为老板任正非很少接受采访。", "老板"),
    ],
)
def test_posts_of_officials_and_of_a_firms_staff_are_titles(
    extractor: Extractor, text: str, title: str
) -> None:
    assert ("Title", title) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("星云集团党组书记王强主持会议。", "党组书记"),
        ("星云科技公司纪委书记赵刚介绍了情况。", "纪委书记"),
        ("唐立现为星云科技公司党委常委。", "党委常委"),
        ("公司工会主席李娜说，职工福利将提高。", "工会主席"),
        ("该局纪检组长赵明参加了会议。", "纪检组长"),
        # LAC reads 市纪委 as one organisation's word: the body is where the post is held, no part of it.
        ("市纪委副书记孙丽出席。", "副书记"),
    ],
)
def test_a_body_written_before_its_post_is_part_of_the_title(
    extractor: Extractor, text: str, title: str
) -> None:
    assert ("Title", title) in mentions(extractor, text)


def test_a_prefix_lac_reads_into_the_name_before_it_is_the_titles(extractor: Extractor) -> None:
    # LAC's words are 全国人大副 + 委员长: 副 opens the post, the name is without it.
    found = mentions(extractor, "全国人大副委员长蒋立华今天到星云科技考察。")
    assert ("Title", "副委员长") in found
    assert not [m for label, m in found if label != "Title" and m.endswith("副")]


@pytest.mark.parametrize(
    ("text", "firm", "title"),
    [
        ("北辰投资合伙人李明表示，看好该赛道。", "北辰投资", "合伙人"),
        ("青岚投资合伙人李明表示，看好该赛道。", "青岚投资", "合伙人"),
        ("他是红杉中国的投资合伙人。", "红杉中国", "投资合伙人"),
        # A field after a name that has its suffix is the post's (no name ends with two suffixes).
        ("星云乳业技术总监王立表示，新品下月上市。", "星云乳业", "技术总监"),
    ],
)
def test_a_title_opening_with_a_suffix_after_a_name_leaves_the_suffix_to_the_name(
    extractor: Extractor, text: str, firm: str, title: str
) -> None:
    # LAC's 北辰 + 投资 + 合伙人: 投资 closes the firm's name, not the post 投资合伙人; after 的 it is the post's.
    found = mentions(extractor, text)
    assert ("Company", firm) in found
    assert ("Title", title) in found


def test_a_person_tagged_name_after_a_company_description_is_a_company(extractor: Extractor) -> None:
    assert ("Company", "柯瑞斯达") in mentions(extractor, "据厂商柯瑞斯达表示，新作将于明年发售。")


def test_a_latin_name_written_with_a_space_is_one_person(extractor: Extractor) -> None:
    found = mentions(extractor, "英伟达创始人黄仁勋和分析师David Miller都认为")
    assert ("Person", "David Miller") in found
    assert ("Person", "黄仁勋") in found


def test_a_latin_surname_lac_reads_as_a_word_stays_in_the_name(extractor: Extractor) -> None:
    assert ("Person", "Kyle Brandt") in mentions(extractor, "此前Kyle Brandt, chief engineer表示")


def test_a_latin_name_after_a_title_and_a_space_is_one_person(extractor: Extractor) -> None:
    assert ("Person", "Nora Quist") in mentions(extractor, "星云智能首席技术官 Nora Quist 宣布离职。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("前星河智能研究员John A. Smith加入蓝海科技。", "John A. Smith"),
        ("署名为蓝海团队的Peter Chen在转发时透露了消息。", "Peter Chen"),
        ("蓝海科技顾问Mary J. R. Watson表示。", "Mary J. R. Watson"),
        ("蓝海科技联合创始人Ilya Markov宣布离开公司。", "Ilya Markov"),
        ("蓝海科技首席科学家Jean-Pierre Dupont已离职。", "Jean-Pierre Dupont"),
        ("蓝海科技CTO Anna van Dijk随后也离开了公司。", "Anna van Dijk"),
    ],
)
def test_a_latin_name_with_initials_or_a_surname_lac_reads_as_a_noun_is_one_person(
    extractor: Extractor, text: str, name: str
) -> None:
    people = [m for label, m in mentions(extractor, text) if label == "Person"]
    assert people == [name]


def test_a_latin_gloss_after_a_person_is_a_person_not_part_of_the_name(extractor: Extractor) -> None:
    found = mentions(extractor, "蓝海科技联合创始人王建国（Jian Wang）、李明远（Ming Li）表示，公司将扩张。")
    assert [m for label, m in found if label == "Person"] == ["王建国", "Jian Wang", "李明远", "Ming Li"]


def test_a_transliteration_glossed_with_a_latin_full_name_is_a_person(extractor: Extractor) -> None:
    # LAC cuts 可瓦奇 into words of no name.
    found = mentions(extractor, "蓝海科技联席CEO王建国及可瓦奇(Peter Kovach)表示，公司将扩张。")
    assert ("Person", "可瓦奇") in found


def test_a_firm_glossed_with_two_latin_words_is_no_person(extractor: Extractor) -> None:
    found = mentions(extractor, "蓝海科技获得时代资本(Jeneration Capital)投资。")
    assert not [m for label, m in found if label == "Person"]


def test_a_grade_code_before_a_suffix_is_no_company(extractor: Extractor) -> None:
    found = mentions(extractor, "蓝海科技旗下大模型负责人、最年轻P10技术高管王建国宣布离职。")
    assert [m for label, m in found if label == "Company"] == ["蓝海科技"]


def test_a_latin_last_name_spelt_like_a_known_acronym_stays_in_the_name(extractor: Extractor) -> None:
    found = mentions(extractor, "蓝海科技研究员John Smith和Jane Doe相继离开公司。")
    assert [m for label, m in found if label != "Title"] == ["蓝海科技", "John Smith", "Jane Doe"]


def test_latin_words_with_a_function_word_name_no_person(extractor: Extractor) -> None:
    found = mentions(extractor, "The Daily Star报道，蓝海科技获得融资。")
    assert not [m for label, m in found if label == "Person"]


def test_a_character_glued_to_a_known_name_is_not_part_of_it(extractor: Extractor) -> None:
    """LAC reads 腾讯系 ("Tencent-affiliated") and 中兴代 (+ 代董事长, "acting chairman") as one word."""
    assert ("Company", "腾讯") in mentions(extractor, "腾讯系基金参与了本轮融资。")
    assert ("Company", "中兴") in mentions(extractor, "中兴代董事长表示")


def test_a_board_committee_is_no_organisation(extractor: Extractor) -> None:
    assert mentions(extractor, "他辞任董事会薪酬委员会成员及审计委员会成员职务。") == []


def test_a_branch_written_after_its_bank_is_one_mention(extractor: Extractor) -> None:
    assert ("Company", "招行湖北省分行") in mentions(extractor, "记者从招行湖北省分行获悉")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CEO王立宣布裁员。",
        "百度CEO王立在内部信中宣布，公司将裁员。",
        "星云科技联合创始人、COO王立透露，公司目前员工超过300人。",  # the model reads COO王立 as a firm
    ],
)
def test_a_two_character_name_after_a_title_is_a_person_where_the_model_reads_a_firm(
    extractor: Extractor, text: str
) -> None:
    assert ("Person", "王立") in mentions(extractor, text)


def test_a_name_cut_into_single_characters_after_a_title_is_one_person(extractor: Extractor) -> None:
    """LAC reads 顏水成 after 首席技術官 as three words; the departure must name the whole person."""
    extraction = extractor.extract("原依圖科技首席技術官顏水成已離職。", "d")
    people = [m.text for m in extraction.mentions if m.label == "Person"]
    assert people == ["顏水成"]
    assert [(e.role, e.type) for e in extraction.events] == [("CTO", "departure")]


def test_a_verb_after_a_name_is_not_swallowed(extractor: Extractor) -> None:
    extraction = extractor.extract("公司CEO王刚成为董事长。", "d")
    assert [m.text for m in extraction.mentions if m.label == "Person"] == ["王刚"]


def test_listed_companies_named_like_ordinary_words_need_context(extractor: Extractor) -> None:
    """太阳能, 机器人, 新希望 are listed companies' short names, and ordinary words most of the time."""
    assert not [
        m
        for m in mentions(extractor, "机器人产业和太阳能发电都在增长，人们怀着新希望。")
        if m[0] == "Company"
    ]
    with_ticker = extractor.extract("新希望（000876）今日发布公告称，公司将回购股份。", "t")
    assert ("Company", "新希望", "sz000876") in [(m.label, m.text, m.entity) for m in with_ticker.mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("山东路桥今日公告称，公司拟以自有资金回购部分股份。", "山东路桥"),
        ("在本轮调整之后，四川金顶决定暂停旗下一条生产线。", "四川金顶"),
        ("分析人士认为，涪陵榨菜的提价空间依然有限。", "涪陵榨菜"),
        ("据张伟介绍，上海贝岭已与星云科技签署供货协议。", "上海贝岭"),
    ],
)
def test_a_listed_name_read_as_places_counts_where_the_model_reads_a_firm(
    extractor: Extractor, text: str, name: str
) -> None:
    """A listed firm named by a place and a trade (a place and a word to LAC) needs context like any ordinary-word
    spelling; the model reading exactly that name as a firm, confidently, is such context."""
    assert ("Company", name) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星云科技接到控股股东杭州市医药集团有限公司的通知。", "杭州市医药集团有限公司"),
        ("月光智能向苏州能源股份有限公司出售一处厂房。", "苏州能源股份有限公司"),
    ],
)
def test_a_place_its_line_and_a_legal_form_are_a_registered_name(
    extractor: Extractor, text: str, name: str
) -> None:
    """A place and a line of business make a kind of firm (苏州 + 医药公司), but with a legal form that describes
    no kind of firm they are one firm's registered name."""
    assert ("Company", name) in mentions(extractor, text)


def test_a_place_and_a_kind_of_firm_stay_no_name(extractor: Extractor) -> None:
    assert not [m for m in mentions(extractor, "苏州医药公司和北京能源企业都在扩张。") if m[0] == "Company"]


def test_an_ordinary_word_name_ending_a_firm_the_model_reads_is_a_piece_of_that_name(
    extractor: Extractor,
) -> None:
    """生物 is a listed firm's short name (its stock's, the mark of special treatment taken off) and an ordinary word:
    after 四环, which is no place, it ends another firm's name, which the model reads whole."""
    found = mentions(extractor, "3月3日，四环生物发布公告，称公司与星云科技签署合作协议。")
    assert ("Company", "四环生物") in found
    assert ("Company", "生物") not in found


def test_a_short_name_paired_with_a_firm_is_a_firm(extractor: Extractor) -> None:
    """The model scores a short name it has not seen low; joined to a firm by 和, 与 or 、 it is a firm too."""
    assert ("Company", "瑞禾") in mentions(extractor, "市场人士认为，星云科技和瑞禾的份额都在下降。")


def test_common_nouns_paired_with_a_firm_stay_no_firm(extractor: Extractor) -> None:
    assert ("Company", "农信社") not in mentions(extractor, "星云银行和农信社的业务都在增长。")


def test_an_ordinary_word_name_counts_once_the_article_names_the_company(extractor: Extractor) -> None:
    found = extractor.extract("新希望集团今日发布公告。新希望表示将扩大投资。", "t")
    assert [(m.text, m.entity) for m in found.mentions if m.label == "Company"] == [
        ("新希望集团", "sz000876"),
        ("新希望", "sz000876"),
    ]


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("星云科技董事长与百度及小米高层会面。", [("百度", "baidu"), ("小米", "xiaomi")]),
        ("華為、小米與理想均未回應置評請求。", [("華為", "huawei"), ("小米", "xiaomi"), ("理想", "li_auto")]),
        # Listed with no company, the ordinary words stay words.
        ("他说，理想和现实之间总有差距。", []),
        # A pair ending its clause may pair ideas: 理想 stays a word there.
        ("董事长谈腾讯与理想：做企业要有耐心。", [("腾讯", "tencent")]),
        ("董事長談騰訊與理想：做企業要有耐心。", [("騰訊", "tencent")]),
    ],
)
def test_an_ordinary_word_name_listed_with_a_known_company_is_a_company(
    extractor: Extractor, text: str, firms: list[tuple[str, str]]
) -> None:
    """What a list joins to a firm (百度 + 及 + 小米, 華為、小米與理想) is a firm, along the whole list."""
    found = extractor.extract(text, "t")
    known = [(m.text, m.entity) for m in found.mentions if m.entity and not m.entity.startswith("org-")]
    assert known == firms


@pytest.mark.parametrize(
    ("text", "coined"),
    [
        (
            "星枢机器人与比亚迪、汇川技术签署战略合作协议。星枢机器人创始人兼CEO邵立川表示，公司将扩大产能。",
            "星枢机器人",
        ),
        (
            "星樞機器人與比亞迪、匯川技術簽署戰略合作協議。星樞機器人創始人兼CEO邵立川表示，公司將擴大產能。",
            "星樞機器人",
        ),
        # The firm named elsewhere in the article does not claim the trade word of another name either.
        ("新松机器人与比亚迪签约。星枢机器人创始人邵立川表示，公司将扩大产能。", "星枢机器人"),
    ],
)
def test_a_short_name_ending_a_coined_name_in_a_list_is_no_mention_of_its_firm(
    extractor: Extractor, text: str, coined: str
) -> None:
    """机器人 (a listed firm's short name) after 星枢 ends the coined name 星枢机器人: that is the company listed
    with the known firms, not the firm whose short name is the trade word."""
    found = mentions(extractor, text)
    assert ("Company", coined) in found
    assert not [name for _, name in found if name in ("机器人", "機器人")]


@pytest.mark.parametrize(
    ("text", "alliance"),
    [
        ("雷诺日产三菱汽车联盟宣布向星云科技投资。", "雷诺日产三菱汽车联盟"),
        ("雷諾日産三菱汽車聯盟週三宣布向星雲科技投資。", "雷諾日産三菱汽車聯盟"),
    ],
)
def test_two_known_names_run_together_before_a_suffix_name_one_body(
    extractor: Extractor, text: str, alliance: str
) -> None:
    """LAC reads 雷诺日产 as one organisation word and 三菱汽车联盟 as another: the alliance is named by its members
    together, not by the last known name before the suffix, and the first member is no party of its own. Named by
    firms, the alliance is of their kind."""
    found = [t for label, t in mentions(extractor, text) if label in ("Company", "Organization")]
    assert ("Company", alliance) in mentions(extractor, text)
    assert not {"雷诺", "雷諾"} & set(found)


def test_a_known_name_keeps_its_legal_form_after_a_bracketed_place(extractor: Extractor) -> None:
    found = extractor.extract("渣打银行（香港）有限公司发布公告。", "t")
    assert ("Company", "渣打银行（香港）有限公司", "standard_chartered") in [
        (m.label, m.text, m.entity) for m in found.mentions
    ]


def test_a_short_name_that_is_also_a_verb_is_the_company_only_where_it_names_one(
    extractor: Extractor,
) -> None:
    """联想 is Lenovo and "to think of"; 浪潮 is Inspur and "a wave"."""
    found = extractor.extract("联想发布新款笔记本电脑。这让人联想到去年，时代的浪潮不可阻挡。", "t")
    assert [(m.text, m.entity) for m in found.mentions if m.label == "Company"] == [("联想", "lenovo")]


ORGANISATION_LABELS = ("Company", "Organization", "Government", "Exchange")


@pytest.mark.parametrize(
    ("text", "not_an_organisation"),
    [
        ("据悉，AI平台公司普遍面临亏损。AI企业上市遇冷。", "AI"),
        ("这家公司计划通过SPAC登陆纳斯达克，或在收购公司（SPAC）合并后上市。", "SPAC"),
        ("多家知名美元基金正在排队入场。", "美元基金"),
        ("工厂里的城市物联网和供应链物联网设备越来越多。", "物联网"),
        ("公司内部已组建智能汽车相关团队。", "智能汽车"),
        ("杭州计算机视觉公司明远视觉3月5日宣布裁员。", "计算机视觉"),
        ("资料显示，杭州智能语音企业云声科技已完成辅导备案。", "杭州智能"),
        ("该公司正与多家互联网企业进行适配测试。", "进行适配测试"),
        ("东南亚B2B电商平台Kedai完成数百万美元融资。", "B2B"),
        ("重组完成后，股东将间接持有星云科技及其附属公司权益。", "权益"),
        # A field of work before a title is the post's field (人才发展 + 副总裁), no firm.
        ("据悉，人才发展副总裁李明已于上月离职。", "人才发展"),
        ("另据消息人士透露，国际合作副总裁陈晓已于上月离职。", "国际合作"),
        ("星云科技中标中国电信城域网设备集采。", "城域网"),
        ("无线网优化服务项目由中兴中标。", "无线网"),
        ("星云科技的主要产品用于智能电网和新能源汽车。", "智能电网"),
        ("温州市公共资源交易网昨日公示，星云科技为第一中标候选人。", "公共资源交易"),
        ("华为中标中国移动采购与招标网公示的交换机集采。", "招标"),
        ("星云科技中标中国招标公司组织的项目。", "招标"),
    ],
)
def test_a_generic_word_or_a_clause_is_no_organisation(
    extractor: Extractor, text: str, not_an_organisation: str
) -> None:
    """Fields, industries, currencies, a place with a field, and verbs name no one on their own; nor do a kind
    of network (城域网) or the site of notices a kind of body publishes (公共资源交易网, 招标网)."""
    found = [t for label, t in mentions(extractor, text) if label in ORGANISATION_LABELS]
    assert not [t for t in found if not_an_organisation in t and "云声" not in t and "明远" not in t]


@pytest.mark.parametrize(
    "text",
    [
        "多家中资银行已经下调了存款利率。",
        "多家民营银行和外资银行的净利润出现下滑。",
        "不少城商行和农商行收紧了房贷。",
        "多家中資銀行已經下調了存款利率。",
    ],
)
def test_a_kind_of_bank_is_no_company(extractor: Extractor, text: str) -> None:
    """Who owns a bank or how it is chartered says what kind it is, not which one."""
    assert not [t for label, t in mentions(extractor, text) if label in ORGANISATION_LABELS]


def test_a_place_and_a_kind_of_bank_name_one_bank(extractor: Extractor) -> None:
    found = mentions(extractor, "上海农商银行发布年报，去年净利润有所增长。")
    assert ("Company", "上海农商银行") in found


@pytest.mark.parametrize(
    ("text", "branch", "label"),
    [
        ("中国人民银行杭州分行近日发布通知。", "中国人民银行杭州分行", "Government"),
        ("中國人民銀行廣州分行昨日表示，跨境支付業務增長明顯。", "中國人民銀行廣州分行", "Government"),
        ("工商银行杭州分行推出了新的贷款产品。", "工商银行杭州分行", "Company"),
    ],
)
def test_a_branch_of_a_known_organisation_is_of_its_kind(
    extractor: Extractor, text: str, branch: str, label: str
) -> None:
    """The central bank's branch is a government body, though 分行 ends a bank's branch too."""
    assert (label, branch) in mentions(extractor, text)


def test_a_guess_cut_before_a_known_name_is_labelled_by_its_own_suffix() -> None:
    # LAC may read a government, a known company and its product as one run of organisation words,
    # which the rules take for one company until the known name cuts it.
    text = "主办方：德清县政府星云智联"
    guess = Candidate(4, 13, "Company", Rank.ORGANISATION)
    known = Candidate(9, 13, "Company", Rank.KNOWN)
    cut = EntityRecognizer(load_knowledge())._cut_before_known(text, [guess], [known])
    assert [(text[c.start : c.end], c.label) for c in cut] == [("德清县政府", "Government")]


def test_a_word_lac_tags_as_an_organisation_right_before_a_known_name_is_none() -> None:
    # 决定 + 暂缓/ORG + 蚂蚁集团/ORG + 上市: the verb before the known name is no unknown name; a suffixed guess
    # (星云科技 + 蚂蚁集团) and the known name's own guess stay.
    text = "决定暂缓蚂蚁集团上市，星云科技蚂蚁集团"
    known = [Candidate(4, 8, "Company", Rank.KNOWN, "ant_group"), Candidate(15, 19, "Company", Rank.KNOWN)]
    guesses = [
        Candidate(2, 4, "Company", Rank.ORGANISATION),
        Candidate(4, 8, "Company", Rank.ORGANISATION),
        Candidate(11, 15, "Company", Rank.ORGANISATION),
    ]
    kept = EntityRecognizer(load_knowledge())._cut_before_known(text, guesses, known)
    assert [text[c.start : c.end] for c in kept] == ["蚂蚁集团", "星云科技"]


def test_a_company_acts_after_the_whole_word_of_when_whatever_order_the_words_come_in() -> None:
    # The words of when are a set: its order changes with the hash seed, and 已 before 已经 read
    # 已经宣布 as 已 + 经宣布, no action. This order pins the one that went wrong.
    knowledge = load_knowledge()
    ordered = replace(knowledge, name_slots=replace(knowledge.name_slots, leads=("已", "已经")))
    assert EntityRecognizer(ordered)._acts("星驰智行已经宣布完成融资", 0, 4)


def test_a_place_with_an_institution_s_suffix_stays_a_name(extractor: Extractor) -> None:
    """A place and an institution (大学, 政府) name one, even around a generic word."""
    found = mentions(extractor, "湖州科技大学与湖州市政府签署合作协议。")
    assert ("Organization", "湖州科技大学") in found


def test_an_adverb_or_a_word_of_position_after_a_name_is_not_its_third_character() -> None:
    # Invented; rules alone, where nothing else repairs the name: LAC reads 张伟 + 均, 李明 + 前.
    rules = Extractor(recogniser="rules")
    assert ("Person", "张伟") in mentions(rules, "截至发稿，澄星科技及张伟均未回应。")
    assert ("Person", "李明") in mentions(rules, "他与李明前东家澄星科技达成和解。")
    assert ("Person", "颜水成") in mentions(rules, "颜水成曾担任依图科技CTO。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张伟请辞星云科技董事长一职。", "张伟"),
        ("李强接掌星云科技。", "李强"),
        ("李强获聘为星云科技首席科学家。", "李强"),
        ("李强辞任星云科技董事。", "李强"),
        ("李强隐退星云科技。", "李强"),
        ("东岭大学教授李强荣休。", "李强"),
    ],
)
def test_a_persons_verb_after_a_name_is_not_its_third_character(
    extractor: Extractor, text: str, name: str
) -> None:
    # Invented: LAC cuts the rarer verbs (请辞, 接掌, 获聘) into characters after the name, or LAC and the
    # model read their first character into it (辞任, 隐退), or LAC reads the whole verb into it (荣休).
    assert ("Person", name) in mentions(extractor, text)


def test_a_word_no_name_ends_with_after_a_name_is_not_its_third_character(extractor: Extractor) -> None:
    # Invented: the model reads 为 before a title into the name it follows.
    found = mentions(extractor, "星云科技董事会任命李强为代理CEO。")
    assert [text for label, text in found if label == "Person"] == ["李强"]


def test_a_verb_after_a_title_is_no_name_however_much_it_looks_like_one() -> None:
    # Invented: 商谈 is a surname and a character, but LAC reads a verb; 李 + 想 is a name LAC split.
    rules = Extractor(recogniser="rules")
    assert [m for m in mentions(rules, "他已与投资人商谈，计划明年上市。") if m[0] == "Person"] == []
    assert ("Person", "李想") in mentions(rules, "澄星科技创始人李想同意。")
    # LAC reads 颜水 as a verb here; with 成 and a bracket after it, it is a three-character name.
    assert ("Person", "颜水成") in mentions(rules, "依图科技首席技术官颜水成（右）已离职。")


def test_a_place_alone_is_no_company() -> None:
    # Invented nickname: LAC reads 中国 as an organisation before the company it likens.
    found = mentions(Extractor(recogniser="rules"), "这家公司号称“中国谷歌”。")
    assert ("Company", "谷歌") in found and ("Company", "中国") not in found


def test_a_country_and_a_field_describe_a_company_and_name_none(extractor: Extractor) -> None:
    """Invented names: the description before a company is no company, even when LAC reads it as one;
    a company named after its country stays (known, or not generic after it)."""
    for text, company in (
        ("美国AI初创公司Lumeno宣布完成融资。", "Lumeno"),
        ("以色列AI新创公司Tevalo获得投资。", "Tevalo"),
    ):
        assert [m for m in mentions(extractor, text) if m[0] == "Company"] == [("Company", company)], text
    assert ("Company", "德国电信") in mentions(extractor, "德国电信宣布裁员。")


def test_a_name_made_of_a_plain_noun_is_found_by_what_follows_it(extractor: Extractor) -> None:
    """Invented names: LAC reads 远山, 青松 and 月光 as plain nouns; 领投/跟投 or 宣布 after the suffix says
    they are names. Kinds of money (风险资本, 国有资本, 注册资本) stay no one."""
    found = mentions(extractor, "本轮融资由远山资本领投，青松创投跟投。")
    assert ("Company", "远山资本") in found and ("Company", "青松创投") in found
    assert ("Company", "月光智能") in mentions(extractor, "月光智能宣布完成B轮融资。")
    assert ("Company", "月光智能") in mentions(extractor, "据报道，月光智能计划裁员。")
    for text in ("风险资本领投的项目越来越多。", "国有资本领投，社会资本跟投。", "公司注册资本为1亿元。"):
        assert [m for m in mentions(extractor, text) if m[0] == "Company"] == [], text


@pytest.mark.parametrize("title", ["首席营销官", "執行長", "營運長", "創辦人", "首席科学家"])
def test_any_title_after_a_plain_noun_and_a_suffix_names_the_company(
    extractor: Extractor, title: str
) -> None:
    assert ("Company", "月光智能") in mentions(extractor, f"月光智能{title}王芳表示，订单增长。")


@pytest.mark.parametrize(
    "text", ["地方汽车主管部门负责审批。", "各地汽车主管机关加强了检查。", "本地科技主管单位发布了通知。"]
)
def test_a_title_word_before_a_body_is_a_plain_noun_and_names_no_company(
    extractor: Extractor, text: str
) -> None:
    assert [m for m in mentions(extractor, text) if m[0] == "Company"] == []


def test_generic_words_of_money_listing_and_hardware_name_no_company(extractor: Extractor) -> None:
    for text in (
        "多家GPU公司参与了本轮投资。",
        "这使得公司估值达到100亿美元。",
        "一家深圳AI新创公司宣布完成融资。",
    ):
        assert [m for m in mentions(extractor, text) if m[0] == "Company"] == [], text


def test_a_weekday_after_a_title_is_a_date_not_a_person(extractor: Extractor) -> None:
    found = mentions(extractor, "澄星科技董事长周四表示将继续投入。")
    assert ("Date", "周四") in found and ("Person", "周四") not in found


def test_co_founder_written_short_is_no_company(extractor: Extractor) -> None:
    # 联创 is also a listed company's short name; in tech news it is mostly 联合创始人, a title.
    found = mentions(extractor, "星岚智能的两位技术联创相继离职。")
    assert [m for m in found if m[0] != "Title"] == [("Company", "星岚智能")]


def test_a_person_whose_given_name_spells_a_known_company_is_a_person(extractor: Extractor) -> None:
    # LAC reads 王 + 小鹏 as two person words; 小鹏 alone is a known carmaker's short name.
    assert mentions(extractor, "王小鹏上午在会上说，公司今年不裁员。")[0] == ("Person", "王小鹏")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据悉，上田达郎此前负责欧洲业务。", "上田达郎"),  # LAC: 上 + 田达郎, both people's words
        ("月石电子董事长小林多喜二表示，新工厂下月投产。", "小林多喜二"),  # 小林多喜 + 二, a numeral
        ("新书的作者是松本文人。", "松本文人"),  # 松本 + 文人, a noun
        ("星云科技社长佐藤恒治称，今年出货量将翻倍。", "佐藤恒治"),  # the model reads a company
    ],
)
def test_a_japanese_name_is_one_person(extractor: Extractor, text: str, name: str) -> None:
    assert [m for m in mentions(extractor, text) if m[0] == "Person"] == [("Person", name)]


@pytest.mark.parametrize("text", ["上田先生表示，星云科技将扩产。", "山田社长表示，星云科技将扩产。"])
def test_a_japanese_family_name_with_an_address_or_title_is_no_full_name(
    extractor: Extractor, text: str
) -> None:
    assert not [m for m in mentions(extractor, text) if m[0] == "Person" and len(m[1]) > 2]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("对此，林大为称，合同已经生效。", "林大为"),  # LAC: 林大 + 为 + 称
        ("王明为表示支持，投了赞成票。", "王明"),  # 为 + 表示 + 支持: in order to show support
        ("任命王明为CEO。", "王明"),
    ],
)
def test_a_joining_word_before_what_a_person_says_ends_the_name(
    extractor: Extractor, text: str, name: str
) -> None:
    assert [m for m in mentions(extractor, text) if m[0] == "Person"] == [("Person", name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("周靖人称，模型开源会持续。", "周靖人"),  # LAC: 周靖 + 人称/n + ，
        ("許先越表示，星雲科技將擴大產能。", "許先越"),  # LAC: 许先 + 越/d + 表示
        ("王立又称，公司经营正常。", "王立"),  # 又称: the sentence's verb
        ("张伟先表示，公司经营正常。", "张伟"),  # 先: an adverb before the verb
        ("李强亦表示，公司经营正常。", "李强"),
        ("月光智能首席营销官陈立说，销量翻倍。", "陈立"),  # LAC: 陈立说 + ，
    ],
)
def test_a_names_last_character_lac_reads_with_what_a_person_says_ends_the_name(
    extractor: Extractor, text: str, name: str
) -> None:
    """Right before a verb of speaking and a comma, a character LAC reads as a noun with the verb or as an
    adverb is the end of a three-character name, unless it is an adverb that qualifies verbs."""
    assert [m for m in mentions(extractor, text) if m[0] == "Person"] == [("Person", name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("最后，星云科技总设计师王恺出了这个方案。", "王恺"),  # LAC: 王恺 + 出 + 了
        ("星云科技创始人李强带着团队来到现场。", "李强"),  # LAC: 李强 + 带 + 着
    ],
)
def test_a_verb_with_an_aspect_particle_is_no_part_of_the_name_before(
    extractor: Extractor, text: str, name: str
) -> None:
    assert [m for m in mentions(extractor, text) if m[0] == "Person"] == [("Person", name)]


def test_an_ordinary_word_name_before_a_company_action_or_leader_is_the_company(
    extractor: Extractor,
) -> None:
    assert ("Company", "地平线") in mentions(extractor, "地平线创始人在会上发言。")
    assert ("Organization", "量子位") in mentions(extractor, "量子位发布了一份新报告。")
    assert not [m for m in mentions(extractor, "未来发布会将在周五举行。") if m[0] != "Date"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("地平线表示，新芯片将于明年量产。", True),
        ("会上，地平线透露今年的出货量翻了一番。", True),
        ("地平线称其新芯片已获得三家车企的订单。", True),
        ("远处的地平线上升起一轮红日。", False),
        ("地平线称为天与地的分界。", False),
    ],
)
def test_an_ordinary_word_name_speaking_at_a_clause_start_is_the_company(
    extractor: Extractor, text: str, company: bool
) -> None:
    # Only an organisation speaks: an ordinary-word spelling opening its clause before 表示 or 透露 is the
    # subject, the firm. Not one inside a clause, nor before 称为 "is called".
    assert (("Company", "地平线") in mentions(extractor, text)) is company


def test_an_ordinary_word_name_an_employer_verb_takes_is_the_company(extractor: Extractor) -> None:
    assert ("Company", "地平线") in mentions(extractor, "张伟去年加入地平线，负责芯片研发。")
    assert ("Company", "字节") in mentions(extractor, "她后来跳槽到字节，带领一支大模型团队。")
    assert not [
        m for m in mentions(extractor, "这个文件只有1024字节，我们要加入未来的竞争。") if m[0] != "Date"
    ]


def test_a_suffix_read_as_a_verb_does_not_extend_a_known_name(extractor: Extractor) -> None:
    # 投资 ends investors' names (星河投资), but here LAC reads it as the verb "invest".
    assert ("Company", "OpenAI") in mentions(extractor, "一家主权基金计划对OpenAI投资50亿美元。")


def test_a_latin_name_after_a_description_of_a_company_is_the_company(extractor: Extractor) -> None:
    # Neither LAC nor the model reads these as names; the description before them does.
    assert ("Company", "Blue Harbor") in mentions(extractor, "星河集团宣布与物流公司Blue Harbor合作。")
    assert ("Company", "NorthGate") in mentions(extractor, "该基金收购了美国数据投资商NorthGate。")


def test_a_latin_name_with_accented_letters_is_one_person(extractor: Extractor) -> None:
    assert ("Person", "Amélie Durand") in mentions(extractor, "该公司由前星河研究员Amélie Durand创办。")


def test_latin_names_listed_after_a_titled_person_are_people(extractor: Extractor) -> None:
    found = mentions(extractor, "该公司由前星河研究员Amélie Durand、Hugo Lefevre共同创办。")
    assert ("Person", "Hugo Lefevre") in found


def test_a_name_inside_the_title_of_a_work_is_no_mention(extractor: Extractor) -> None:
    assert mentions(extractor, "这本《华为往事》写得很好。") == []
    # A headline quoted whole names its companies as any sentence does.
    assert ("Company", "华为") in mentions(extractor, "详见报道《华为、星河获受理 去年亏损》。")


def test_a_government_suffix_after_a_known_company_makes_no_government(extractor: Extractor) -> None:
    # LAC reads 腾讯薪酬委员会 and 格力电器协办 as one organisation word each.
    assert mentions(extractor, "他已向腾讯薪酬委员会提交方案。") == [("Company", "腾讯")]
    assert ("Company", "格力电器") in mentions(extractor, "论坛由星河日报主办，格力电器协办。")


@pytest.mark.parametrize(
    ("sentence", "government"),
    [
        ("本届论坛由杭州市人民政府主办。", "杭州市人民政府"),
        ("这场峰会由上海市人民政府主办。", "上海市人民政府"),
    ],
)
def test_a_verb_ending_in_a_suffix_does_not_extend_a_known_name(
    extractor: Extractor, sentence: str, government: str
) -> None:
    # LAC reads the government and 主办 ("host") as one organisation word; 办 ends the verb, no office.
    assert mentions(extractor, sentence) == [("Government", government)]


@pytest.mark.parametrize(
    ("sentence", "ministry", "linked"),
    [
        ("日本外交部周一表示将提出抗议。", "mfa_cn", False),
        ("韩国国防部称已加强边境戒备。", "mnd_cn", False),
        ("法国经济部长表示，将加强对芯片出口的审查。", "tw_moea", False),
        ("中国外交部周一表示坚决反对。", "mfa_cn", True),
    ],
)
def test_a_country_before_a_bare_ministry_name_is_that_countrys_ministry(
    extractor: Extractor, sentence: str, ministry: str, linked: bool
) -> None:
    # 外交部 or 经济部 alone stands for the Chinese or Taiwanese ministry; after another country it is that
    # country's, which is no known body.
    extraction = extractor.extract(sentence, "t")
    assert (ministry in [m.entity for m in extraction.mentions]) is linked


def test_a_known_name_ends_before_a_word_joining_another_name(extractor: Extractor) -> None:
    # LAC reads 浙大和星河联合研究院 as one organisation word.
    found = mentions(extractor, "他曾任浙大和星河联合研究院院长。")
    assert ("Organization", "浙大") in found
    assert not [text for _, text in found if "和" in text]


def test_a_known_name_keeps_the_place_lac_reads_as_part_of_it(extractor: Extractor) -> None:
    extraction = extractor.extract("据悉，杭州阿里巴巴集团已完成交易。", "t")
    assert [(m.label, m.text, m.entity) for m in extraction.mentions] == [
        ("Company", "杭州阿里巴巴集团", "alibaba")
    ]


def test_a_country_before_a_latin_company_name_is_not_part_of_it(extractor: Extractor) -> None:
    assert mentions(extractor, "他们投资了涉足车载系统的美国Nordwind公司。") == [("Company", "Nordwind公司")]


def test_a_party_word_before_a_name_is_not_part_of_it(extractor: Extractor) -> None:
    # LAC reads 投资 + 方云杉 + 资本: the 方 of 投资方 ("the investor") is not the name's.
    assert mentions(extractor, "本轮融资的投资方云杉资本表示看好该赛道。") == [("Company", "云杉资本")]


def test_an_ordinary_word_name_in_a_word_of_only_generic_words_is_no_company(extractor: Extractor) -> None:
    # 生物 is also a listed company's short name; LAC reads 生物科技公司, "biotech firms", as one word.
    assert mentions(extractor, "多家生物科技公司申请上市。") == []


def test_an_item_of_a_list_of_organisations_is_an_organisation(extractor: Extractor) -> None:
    found = mentions(extractor, "投资方包括星河资本、云帆智能、北辰图、青岚基金等。")
    assert ("Company", "北辰图") in found
    assert ("Company", "星河资本") in found  # the first item, after 包括
    assert mentions(extractor, "北京、上海、深圳三地同步发布。") == [
        ("Location", "北京"),
        ("Location", "上海"),
        ("Location", "深圳"),
    ]
    assert ("Person", "王立新") in mentions(extractor, "他先后供职于腾讯、百度、王立新创办的公司。")


@pytest.mark.parametrize(
    "text",
    [
        "澄星科技曾先后获得星河资本、青岚创投和中信证券的投资。",
        "澄星科技曾先後獲得星河資本、青嵐創投和中信證券的投資。",
    ],
)
def test_a_list_s_last_item_ends_before_what_it_owns(extractor: Extractor, text: str) -> None:
    names = [name for label, name in mentions(extractor, text) if label == "Company"]
    assert not [name for name in names if "的" in name]
    assert "中信证券" in names or "中信證券" in names


@pytest.mark.parametrize(
    "text", ["星河智能、光年机器人和月光数据三家公司宣布成立联盟。", "星河智能、光年机器人两家企业近日签约。"]
)
def test_a_list_counted_as_firms_names_firms(extractor: Extractor, text: str) -> None:
    assert ("Company", "光年机器人") in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("公司获得松果琥珀、白鹭灯塔两只基金的投资。", ["松果琥珀", "白鹭灯塔"]),
        ("公司獲得松果琥珀、白鷺燈塔兩隻基金的投資。", ["松果琥珀", "白鷺燈塔"]),
        ("本轮由星桥资本、白鹭灯塔两支基金共同领投。", ["白鹭灯塔"]),
    ],
)
def test_a_list_counted_as_funds_names_funds(extractor: Extractor, text: str, names: list[str]) -> None:
    """Funds are counted with 只 or 支 as firms are with 家: the count closes a list of them."""
    found = mentions(extractor, text)
    assert all(("Company", name) in found for name in names)


@pytest.mark.parametrize("text", ["研发、销售两支团队均已到位。", "公司推出旗舰、入门两只新品。"])
def test_a_list_counted_as_teams_or_products_names_no_firm(extractor: Extractor, text: str) -> None:
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == []


@pytest.mark.parametrize(
    "text", ["阿里巴巴、京东和华为三家公司联合发布了行业标准。", "小米、华为两家公司今年的出货量均有增长。"]
)
def test_a_count_closing_a_list_is_no_part_of_the_known_name_before_it(
    extractor: Extractor, text: str
) -> None:
    """LAC reads 华为三家公司 as one organisation, and 公司 looks like a suffix: the count closes the list."""
    assert ("Company", "华为") in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "missed"),
    [
        ("其他机器人公司包括灯塔智能、乐聚机器人等已陆续开始IPO进程。", "灯塔智能"),
        ("国内厂商如月光智能、星云科技等也在布局。", "月光智能"),
        ("竞争对手包括星途智驾、蓝海科技等企业。", "星途智驾"),
    ],
)
def test_one_found_item_is_enough_in_a_list_said_to_list_organisations(
    extractor: Extractor, rules_extractor: Extractor, text: str, missed: str
) -> None:
    assert ("Company", missed) in mentions(extractor, text)
    # A list that does not say what it lists still needs two found items (the rules alone: the model reads
    # some coined names from their context by itself).
    assert ("Company", missed) not in mentions(
        rules_extractor,
        text.replace("公司包括", "包括")
        .replace("厂商如", "")
        .replace("对手包括", "为")
        .replace("等企业", ""),
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("北辰集团今年先后投资了灯塔半导体、棱镜微电子等芯片企业。", ["灯塔半导体", "棱镜微电子"]),
        ("石榴资本、岩石控股等知名投资机构也参与了投资。", ["石榴资本", "岩石控股"]),
    ],
)
def test_a_list_said_to_list_organisations_names_them_by_their_suffix_though_none_is_known(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    """Start-ups named with ordinary words (灯塔, 松果): the list's kind, even after a few words of description
    (等 + 芯片 + 企业), makes each item with an organisation's suffix one."""
    found = mentions(extractor, text)
    assert all(("Company", name) in found for name in names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("其他芯片公司包括松鼠瀑布、河马沙漠等也在筹备上市。", ["松鼠瀑布", "河马沙漠"]),
        ("本轮投资者包括松鼠瀑布(Squirrel)、Tarvo以及星河资本。", ["松鼠瀑布", "Tarvo"]),
        ("本轮的投资者还包括老鹰小溪、松鼠瀑布等。", ["老鹰小溪", "松鼠瀑布"]),
        ("保荐人为松鼠瀑布、河马沙漠及星河证券。", ["松鼠瀑布", "河马沙漠"]),
        ("星河科技已完成5轮融资，松鼠瀑布、老鹰小溪等機構均有參投。", ["松鼠瀑布", "老鹰小溪"]),
        # What only investors do together ends the list and says what it lists.
        ("该轮融资由上海松鼠瀑布、老鹰小溪、星河集团旗下河马沙漠联合领投。", ["老鹰小溪", "河马沙漠"]),
        ("本轮由老鹰小溪、松鼠瀑布共同领投。", ["老鹰小溪", "松鼠瀑布"]),
        # LAC splits a coined name into one-character adjectives (深 + 空 + 河马): no qualifier of a kind.
        ("本轮投资者包括松鼠瀑布、深空河马等。", ["松鼠瀑布", "深空河马"]),
        # LAC reads a coined name's first word as an adjective (远帆 + 光谱): no qualifier of a kind.
        ("参与投资的机构包括松鼠瀑布、老鹰小溪、白桦晨星和远帆光谱。", ["白桦晨星", "远帆光谱"]),
        # A known place opening a coined name of two words: the city a firm is registered under.
        ("投资方包括松鼠瀑布、北京河马灯泡、老鹰小溪等。", ["北京河马灯泡", "老鹰小溪"]),
        # LAC reads a coined name's last word as a verb (白鹭 + 领航): in a list of firms it ends the name.
        ("投资方包括松果远航、白鹭领航等机构。", ["松果远航", "白鹭领航"]),
        ("其他投資者還包括星橋資本、白鷺領航等機構。", ["白鷺領航"]),
        # LAC reads both words of a coined name as given names with no surname (河狸 + 晴川).
        ("投资方包括星桥资本、河狸晴川等机构。", ["河狸晴川"]),
        ("投資方包括星橋資本、河狸晴川等機構。", ["河狸晴川"]),
        # ... or one as a given name and the other as an adjective (松果 + 远帆), which closes no phrase of a list.
        ("本轮投资者包括光年云杉、松果远帆等。", ["光年云杉", "松果远帆"]),
        ("本輪投資者包括光年雲杉、松果遠帆等。", ["光年雲杉", "松果遠帆"]),
        # A noun naming all of the kind's members between the kind and the opener.
        ("本轮投资方阵容涵盖松鼠瀑布、老鹰小溪等。", ["松鼠瀑布", "老鹰小溪"]),
        ("星云科技的客户名单包括松鼠瀑布、河马沙漠。", ["松鼠瀑布", "河马沙漠"]),
        # The list's opener is no part of the first name, though a recogniser read it so (包括 + 深空灯塔).
        ("其他芯片公司包括深空灯塔、矩阵河马等已开始上市辅导。", ["深空灯塔", "矩阵河马"]),
        # The owner of a listed firm is listed too; a name with a suffix LAC reads as one noun is no kind.
        (
            "该轮融资由松鼠瀑布、老鹰小溪、河马沙漠旗下星河资本联合领投。",
            ["老鹰小溪", "河马沙漠", "星河资本"],
        ),
        # A gloss in brackets after the last item, and a description opening an item.
        (
            "该公司自电子商务公司星河集团、老鹰小溪(Kivex)、汽车制造商河马沙漠(Daxix)等金主募得3亿美元。",
            ["老鹰小溪", "河马沙漠"],
        ),
    ],
)
def test_a_list_said_to_list_organisations_names_coined_names_of_ordinary_words(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    """Start-ups and funds named with ordinary words and no suffix (松鼠 + 瀑布, a long name LAC reads as a place,
    a Latin word) in a list of investors, sponsors or companies, none of it known: each item is one."""
    found = mentions(extractor, text)
    assert all(("Company", name) in found for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本次发行由风铃、松鼠瀑布和河马沙漠担任联席保荐人。", "风铃"),
        ("本次發行由風鈴、松鼠瀑布和河馬沙漠擔任聯席保薦人。", "風鈴"),
        ("公司与松鼠瀑布、老鹰小溪、山海等半导体企业建立了合作关系。", "山海"),
        ("據悉，星河已完成5輪募資，火山、松鼠瀑布、老鷹小溪等機構均有參投。", "火山"),
    ],
)
def test_coined_names_taken_from_a_list_make_its_one_word_items_names_too(
    extractor: Extractor, text: str, name: str
) -> None:
    """One ordinary word is no coined name alone (风铃), but a list of organisations two of whose items are coined
    names is a list of firms, as one with two known firms is: its one-word items are firms too."""
    assert ("Company", name) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("本轮投资者包括松鼠瀑布、河马沙漠、北京等。", "北京"),
        ("本轮投资者包括松鼠瀑布、河马沙漠、散户等。", "散户"),
        ("本輪投資者包括松鼠瀑布、河馬沙漠、股民等。", "股民"),
    ],
)
def test_a_place_or_a_kind_of_investor_beside_coined_names_is_no_firm(
    extractor: Extractor, text: str, word: str
) -> None:
    """A known place and retail investors name no firm, though the list's other items are coined names."""
    assert ("Company", word) not in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "people"),
    [("投资人包括王伟、李娜等。", ["王伟", "李娜"]), ("投資者包括星橋資本、王偉等。", ["王偉"])],
)
def test_people_with_surnames_in_a_list_of_investors_stay_people(
    extractor: Extractor, text: str, people: list[str]
) -> None:
    """A surname opens a person's name, which a list of investors may hold beside its firms."""
    found = mentions(extractor, text)
    assert all(("Person", person) in found for person in people)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "此前参投的知名创投公司松鼠瀑布(Squirrel)、老鹰小溪(Kivex)和河马沙漠(Daxix)。",
            ["松鼠瀑布", "老鹰小溪", "河马沙漠"],
        ),
        ("早期股東還有松鼠瀑布（Squirrel）、Tarvo、河馬沙漠（Daxix）。", ["松鼠瀑布", "Tarvo", "河馬沙漠"]),
    ],
)
def test_items_glossed_with_foreign_names_make_a_list_of_organisations(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    """A list whose items carry their foreign names in brackets names firms, though the recognisers know none of
    them: one capitalised Latin word glosses a firm's name, as a person's gloss has two parts."""
    found = mentions(extractor, text)
    assert all(("Company", name) in found for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "该平台包含产品管理、需求管理、缺陷管理等业务功能模块。",
        "該平台包含產品管理、需求管理、缺陷管理等功能。",
    ],
)
def test_a_list_ending_with_what_it_lists_names_no_firm(extractor: Extractor, text: str) -> None:
    """平台 + 包含 opens a list of organisations, but 等 + 功能模块 says it lists modules."""
    assert not [name for label, name in mentions(extractor, text) if label == "Company"]


def test_a_list_of_firms_projects_still_names_its_firms(extractor: Extractor) -> None:
    """Firms found in the list make 等 + 光伏项目 their projects: the one missed is a firm too."""
    assert ("Company", "大唐") in mentions(extractor, "星云电气先后中标华能、国电投、大唐等风电项目。")


def test_people_glossed_in_a_list_make_no_firm_of_its_other_items(extractor: Extractor) -> None:
    """Two-part glosses are people's: the list's other names are not made firms by them."""
    found = mentions(extractor, "论坛嘉宾包括黄仁勋(Jensen Huang)、萨姆·奥特曼(Sam Altman)和张晓川。")
    assert ("Company", "张晓川") not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("星云科技完成A轮融资，由腾讯（领投）、松鼠瀑布、河马沙漠投资。", ["松鼠瀑布", "河马沙漠"]),
        ("本轮融资由河马沙漠（领投）、老鹰小溪（跟投）、百度出资。", ["河马沙漠", "老鹰小溪"]),
        (
            "星云科技获得1亿美元B轮融资，该轮融资由Norvex（领投）、Kelvix（领投）、Tarvo投资。",
            ["Norvex", "Tarvo"],
        ),
        # The verb closing the clause is no part of the last name, known or not.
        ("本轮由小米（领投）、红杉中国投资。", ["红杉中国"]),
    ],
)
def test_a_list_whose_item_is_noted_as_investing_lists_investors(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    """由A（领投）、B、C投资: the note in brackets says the list names a round's investors, as 投资方为 + A、B does,
    so its coined names are organisations, and the verb after the last one is none of its name."""
    found = mentions(extractor, text)
    assert all(("Company", name) in found for name in names)
    assert not any(t.endswith(("投资", "出资")) for label, t in found if label == "Company")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("星云科技完成天使轮融资，由李明（领投）、张强、陈刚投资。", ["李明", "张强", "陈刚"]),
        ("本轮融资由腾讯（领投）、北京、上海投资。", ["北京", "上海"]),
    ],
)
def test_people_and_places_in_a_list_noted_as_investing_are_no_companies(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    """The note says what the list lists, not that a person's name or a known place is a firm."""
    found = mentions(extractor, text)
    assert not any(("Company", name) in found for name in names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "星云科技已获得海豚铅笔、河马灯泡等互联网巨头以及松鼠陶罐、老鹰背包、红杉中国等知名投资机构的投资。",
            ["松鼠陶罐", "老鹰背包"],
        ),
        (
            "星云科技的客户包括海豚铅笔、河马灯泡等车企和松鼠陶罐、老鹰背包等机器人公司。",
            ["松鼠陶罐", "老鹰背包"],
        ),
    ],
)
def test_a_list_joined_after_a_closed_list_is_read_on_its_own(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    """A、B等互联网巨头 + 以及 + C、D等投资机构: the first list's end word and kind close it, and the joining word
    opens another list of its own kind, not the first list's tail."""
    found = mentions(extractor, text)
    assert all(("Company", name) in found for name in names)


def test_kinds_listed_after_a_closed_list_of_kinds_are_none(extractor: Extractor) -> None:
    text = "园区吸引了汽车零部件、电子信息等企业以及高校、科研院所等机构入驻。"
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == []


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        ("储能龙头星云科技、蓝海数据、北辰智能等企业纷纷裁员。", "星云科技", "储能龙头星云科技"),
        (
            "全球光學雷達龍頭星雲科技、蓝海数据等企業也已在年內陸續敲鐘。",
            "星雲科技",
            "全球光學雷達龍頭星雲科技",
        ),
        ("机器人巨头月光智能、星河集团和蓝海数据等公司均有参投。", "月光智能", "机器人巨头月光智能"),
    ],
)
def test_a_list_item_opened_by_a_description_head_names_the_firm_after_it(
    extractor: Extractor, text: str, name: str, glued: str
) -> None:
    """LAC reads a description's head into one word with the name (储能 + 龙头星云科技): the first item of a
    list runs back over the field too, and the name follows the head, however long the field."""
    found = {t for label, t in mentions(extractor, text) if label == "Company"}
    assert name in found and glued not in found


def test_a_list_item_a_description_head_opens_is_the_name_itself(extractor: Extractor) -> None:
    """A head opening an item with only a generic word after it is the name's own word (龙头 + 股份)."""
    assert ("Company", "龙头股份") in mentions(extractor, "龙头股份、蓝海数据、北辰智能等公司股价上涨。")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("客户包括松鼠瀑布与河马沙漠。", ["松鼠瀑布", "河马沙漠"]),
        ("投资方包括星河资本和老鹰小溪。", ["老鹰小溪"]),
        ("客戶包括松鼠瀑布與河馬沙漠。", ["松鼠瀑布", "河馬沙漠"]),
    ],
)
def test_a_list_of_two_joined_by_a_conjunction_is_a_list(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    """A list of two needs no 、: after words saying what it lists, 和, 与 or 及 join its items."""
    found = mentions(extractor, text)
    assert all(("Company", name) in found for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星云科技的保荐机构为海豚铅笔，审计机构为立信。", "海豚铅笔"),
        ("两家企业的保荐券商均为海豚铅笔。", "海豚铅笔"),
        ("本轮投资方为河马灯泡。", "河马灯泡"),
    ],
)
def test_one_party_named_after_its_kind_and_a_copula_is_a_list_of_one(
    extractor: Extractor, text: str, name: str
) -> None:
    """保荐机构为X: a deal's party named by its kind, as 投资方为A、B names two, however ordinary X's words."""
    assert ("Company", name) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("此次发行由海豚铅笔担任保荐机构。", ["海豚铅笔"]),
        ("星云科技的上市申请由河马灯泡担任本次发行的主承销商。", ["河马灯泡"]),
        ("星河证券、松鼠陶罐和老鹰背包担任联席保荐人。", ["松鼠陶罐", "老鹰背包"]),
        ("星雲科技已完成上市輔導，由老鷹背包擔任輔導機構。", ["老鷹背包"]),
    ],
)
def test_the_takers_of_a_part_only_a_firm_takes_in_a_listing_are_firms(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    """由X担任保荐机构, A、B和C担任联席保荐人: a part in a listing (sponsor, underwriter, tutor) is a firm's, so
    its takers before the verb are firms, one or a list, however ordinary their words."""
    found = mentions(extractor, text)
    assert all(("Company", name) in found for name in names)


@pytest.mark.parametrize(
    "text", ["公司聘请张伟担任保荐代表人。", "他成为保荐人后离职。", "本次发行由其担任主承销商。"]
)
def test_a_person_or_a_pronoun_taking_a_part_in_a_listing_is_no_company(
    extractor: Extractor, text: str
) -> None:
    """A person takes a representative's post (保荐代表人), no firm's part, and a pronoun names no one."""
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == []


@pytest.mark.parametrize(
    "text", ["投资者为散户。", "本轮投资方为国资。", "股东是个人投资者。", "保荐机构为其提供持续督导。"]
)
def test_a_kind_or_a_clause_after_a_partys_kind_and_a_copula_is_no_company(
    extractor: Extractor, text: str
) -> None:
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == []


@pytest.mark.parametrize(
    "text", ["股东包括张伟和李强。", "客户包括政府和企业。", "投资方包括星河资本和其他机构。"]
)
def test_people_kinds_and_phrases_joined_in_a_list_of_two_are_no_companies(
    extractor: Extractor, text: str
) -> None:
    assert [t for label, t in mentions(extractor, text) if label == "Company" and t != "星河资本"] == []


@pytest.mark.parametrize(
    "text",
    [
        "园区吸引了汽车零部件、电子信息等企业入驻。",
        "客户包括中小企业、个人用户等。",
        "客户包括政府部门、高校院所等机构。",
        "投资者包括散户、外资机构等。",
        "投资者包括杭州、苏州等城市的机构。",
        # A trade's word before a verbal noun is a trade too (数字 + 营销), however LAC reads the other item.
        "这些企业包括数字营销、软件开发等公司。",
        "客户包括汽车制造、物流配送等企业。",
        "客戶包括家庭消費、企業採購等機構。",
        "合作伙伴包括国内领先、技术先进等企业。",  # qualities, no names
    ],
)
def test_trades_kinds_and_places_listed_as_organisations_are_none(extractor: Extractor, text: str) -> None:
    """A list of kinds (a trade, the people served, a department beside the item) or of known places names no
    one, though its items are ordinary words as coined names are."""
    assert [text for label, text in mentions(extractor, text) if label == "Company"] == []


def test_an_item_naming_only_a_kind_is_no_organisation_in_a_list_of_customers(extractor: Extractor) -> None:
    """Customers listed by sector (政府, 金融) beside a found name: the sector names no one."""
    found = mentions(extractor, "客户包括政府、金融、电信等行业的用户。")
    assert ("Company", "政府") not in found and ("Company", "金融") not in found


def test_a_list_of_fields_names_no_organisation(extractor: Extractor) -> None:
    assert not [
        m for m in mentions(extractor, "人工智能、智能汽车等领域的企业获得了更多关注。") if m[0] == "Company"
    ]


def test_a_listed_unit_of_an_owner_is_the_item_and_a_name_with_a_joining_character_stays_whole(
    extractor: Extractor,
) -> None:
    found = mentions(extractor, "参与本轮的有星河集团、云帆科技、北辰大学旗下青禾资产等机构。")
    assert ("Company", "青禾资产") in found
    assert ("Company", "同花顺") in mentions(extractor, "参与本轮的有星河资本、云帆智能和同花顺等机构。")


@pytest.mark.parametrize(
    ("text", "missed"),
    [
        # A short aside on an item's part in the deal does not end the list.
        ("星云科技完成B轮融资，由深创投（领投）、远山资本、晨曦资本共同投资。", "远山资本"),
        ("星雲科技完成B輪融資，投資方為星河資本（領投）、雲帆創投、青嵐基金。", "星河資本"),
        # A deal's parties named with a copula: every item is an organisation, none need be found.
        (
            "据悉，本轮融资的投资方为月光创投、晨曦产业基金和星河资本。",
            "晨曦产业基金",
        ),
    ],
)
def test_items_of_a_list_of_investors_are_organisations(extractor: Extractor, text: str, missed: str) -> None:
    assert missed in [text for label, text in mentions(extractor, text) if label == "Company"]


def test_the_verb_after_a_list_is_no_part_of_its_last_item(extractor: Extractor) -> None:
    found = mentions(extractor, "北辰语智完成C轮融资，该轮由星河资本（领投）、云帆创投、青岚基金投资。")
    assert ("Company", "青岚基金") in found
    assert ("Company", "青岚基金投资") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # LAC reads the last character of the description into the name (提供 + 商驭星科技).
        ("工业视觉检测方案提供商驭星科技宣布完成A轮融资。", "驭星科技"),
        ("新型材料研发商能驭科技完成A轮融资。", "能驭科技"),
        ("工業視覺檢測方案提供商馭星科技宣布完成A輪融資。", "馭星科技"),
        # ... or the whole description with it.
        ("解决方案提供商卡能科技完成A轮融资。", "卡能科技"),
    ],
)
def test_a_company_described_by_what_it_makes_is_named_without_the_description(
    extractor: Extractor, text: str, name: str
) -> None:
    assert [text for label, text in mentions(extractor, text) if label == "Company"] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("此外，去年上市的国产AI芯片第一股松鼠瀑布今天收涨5%。", "松鼠瀑布"),
        ("在此之前，“国产GPU第一股”河马沙漠上市，首日暴涨400%。", "河马沙漠"),  # in quotes; LAC reads a place
        ("智能座艙第一股老鷹小溪也已在年內敲鐘。", "老鷹小溪"),
    ],
)
def test_a_name_after_a_description_only_a_listed_company_takes_is_a_company(
    extractor: Extractor, text: str, name: str
) -> None:
    """X第一股 (the first stock of a trade) names a listed company: ordinary words after it are its name, with no
    other evidence."""
    assert [text for label, text in mentions(extractor, text) if label == "Company"] == [name]


@pytest.mark.parametrize("text", ["为门店提供商米科技的收银设备。", "向銀行提供商米科技的收銀設備。"])
def test_a_name_after_a_verb_of_providing_keeps_its_first_character(extractor: Extractor, text: str) -> None:
    # 提供 + 商米科技: a company provided, no 提供商 described; 米科技 is no name of its own.
    assert mentions(extractor, text) == [("Company", "商米科技")]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("月光智能获星河资本投资。", "星河资本"),
        ("月光智能獲遠山創投投資。", "遠山創投"),
        ("北辰科技完成B轮融资，由白桦资本、星云科技投资。", "白桦资本"),
    ],
)
def test_an_investor_named_by_a_noun_after_a_word_of_receiving_is_a_company(
    extractor: Extractor, text: str, investor: str
) -> None:
    assert ("Company", investor) in mentions(extractor, text)


@pytest.mark.parametrize("text", ["月光智能获风险资本投资。", "月光智能获天使基金支持。"])
def test_a_kind_of_money_after_a_word_of_receiving_names_no_investor(extractor: Extractor, text: str) -> None:
    assert mentions(extractor, text) == [("Company", "月光智能")]


@pytest.mark.parametrize(
    "text",
    ["本次发行的投资者为散户、机构和外资。", "該基金的投資人是家族辦公室、散戶和保險公司。"],
)
def test_kinds_of_investor_named_as_a_deals_parties_are_no_names(extractor: Extractor, text: str) -> None:
    assert [text for label, text in mentions(extractor, text) if label != "Title"] == []


@pytest.mark.parametrize("text", ["天使科技完成A轮融资。", "種子生物獲得北辰資本投資。"])
def test_a_name_beginning_with_a_kind_of_money_is_a_name(extractor: Extractor, text: str) -> None:
    assert text[:4] in [t for label, t in mentions(extractor, text) if label == "Company"]


def test_a_legal_form_alone_names_no_company(extractor: Extractor) -> None:
    assert mentions(extractor, "星河资本是一家有限责任公司。") == [("Company", "星河资本")]
    assert mentions(extractor, "星云智能有限合伙完成A轮融资。") == [("Company", "星云智能")]


def test_a_school_is_an_organisation_named_with_its_suffix(extractor: Extractor) -> None:
    assert ("Organization", "杭州青禾学校") in mentions(extractor, "星河集团高层齐聚杭州青禾学校畅谈AI。")


def test_a_listed_fund_named_after_a_known_company_is_one_item(extractor: Extractor) -> None:
    # LAC reads 领投 as a verb, but the item is the company's fund.
    found = mentions(extractor, "投资方包括星河集团、云帆科技、京东领投基金等。")
    assert ("Company", "京东领投基金") in found


def test_a_product_named_before_its_maker_is_no_company(extractor: Extractor) -> None:
    found = mentions(extractor, "星河资本已完成对VoxPilot开发商云帆科技的投资。")
    assert ("Company", "云帆科技") in found
    assert ("Company", "VoxPilot") not in found


def test_a_foreign_name_whose_joiner_lac_glues_to_its_last_part_is_one_person() -> None:
    # LAC's reading of some transliterated names: 艾德里克 + ·王 (the joiner glued to the last part).
    words, tags = ["主管", "艾德里克", "·王", "去年", "离职"], ["n", "PER", "w", "TIME", "v"]
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False] * len(words), tags=tags))
    people = PersonFinder(load_knowledge()).find(tokens, [], set())
    assert [tokens.text[p.start : p.end] for p in people] == ["艾德里克·王"]


def test_a_place_and_a_branch_alone_name_no_organisation(extractor: Extractor) -> None:
    found = mentions(extractor, "星河科技(中国)有限公司(苏州分公司)工作人员表示不清楚。")
    assert found == [("Company", "星河科技(中国)有限公司")]


def test_the_parts_of_foreign_names_an_article_uses_alone() -> None:
    assert name_parts("约翰·史密斯") == ["约翰", "史密斯"]
    assert name_parts("让-皮埃尔") == ["皮埃尔"]
    assert name_parts("Anna van Dijk") == ["Anna", "Dijk"]
    assert name_parts("王建国") == []


@pytest.mark.parametrize(
    ("name", "part"),
    [("鹭岛晶圆", "鹭岛"), ("海澄晶圆", "海澄")],
)
def test_a_name_found_whole_is_not_cut_where_lac_splits_it(
    extractor: Extractor, name: str, part: str
) -> None:
    # At its last mention LAC reads 鹭岛 alone as a place and 海澄 alone as a person.
    text = (
        f"宁波{name}科技股份有限公司（简称“{name}”）计划募集资金8亿元。业内人士指出，{name}的订单增长明显。"
    )
    found = mentions(extractor, text)
    assert [n for _, n in found].count(name) == 2
    assert not any(n == part for _, n in found)


def test_an_ordinary_word_name_before_a_title_names_the_company(extractor: Extractor) -> None:
    # 新希望, "new hope", names the company when a title of its people follows.
    found = mentions(extractor, "新希望副总裁张明周一在发布会上介绍了新产品。")
    assert ("Company", "新希望") in found


def test_a_field_between_a_place_and_a_title_names_no_company(extractor: Extractor) -> None:
    # A country, a field and a title: a minister, though the field also spells a known name.
    found = mentions(extractor, "意大利文化部长周三在罗马表示，将加强文物保护。")
    assert not any(label == "Company" for label, _ in found)


def test_an_ordinary_word_name_after_a_description_of_a_company_names_it(extractor: Extractor) -> None:
    # 地平线, "horizon", right after a description of a company is that company's name.
    found = mentions(extractor, "去年，芯片研发公司地平线的营收增长了一倍。")
    assert ("Company", "地平线") in found


def test_no_mention_cuts_a_latin_word(extractor: Extractor) -> None:
    text = "Nebula Robotics said the company would expand."
    for label, name in mentions(extractor, text):
        assert re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text), (label, name)


def test_a_kind_of_product_lac_reads_as_one_name_is_no_company(extractor: Extractor) -> None:
    found = mentions(extractor, "月光智能推出扫地机器人，已在东岭试卖。")
    assert ("Company", "扫地机器人") not in found
    assert ("Company", "月光智能") in found


def test_a_body_whose_long_name_the_model_cuts_keeps_its_whole_name(extractor: Extractor) -> None:
    found = mentions(extractor, "美国国家航空安全管理局宣布对月光智能展开调查。")
    assert ("Government", "美国国家航空安全管理局") in found


def test_a_word_of_holding_shares_ends_the_holders_name(extractor: Extractor) -> None:
    found = mentions(extractor, "截至目前，东岭星云合计控制公司百分之四十的股份。")
    assert [text for label, text in found if label == "Company"] == ["东岭星云"]


def test_lowercase_english_words_are_never_people(extractor: Extractor) -> None:
    found = mentions(
        extractor, "Ruth Gale, the chief executive of Orbis Robotics, said the company would grow."
    )
    assert [m for m in found if m[0] == "Person" and m[1].islower()] == []


@pytest.mark.parametrize(
    "text", ["星云科技前CTO李强创立了月光智能。", "李强已离开月光智能。", "张伟近日加盟月光智能。"]
)
def test_a_plain_noun_and_a_suffix_a_person_founds_joins_or_leaves_name_a_company(
    extractor: Extractor, text: str
) -> None:
    assert ("Company", "月光智能") in mentions(extractor, text)


def test_a_latin_title_lac_glues_to_the_name_before_it_is_a_title(extractor: Extractor) -> None:
    # LAC reads 云CEO as one organisation word; the change of script is the title's edge.
    found = mentions(extractor, "华为云CEO李建华表示将加大投入。")
    assert ("Title", "CEO") in found and ("Person", "李建华") in found


def test_a_titled_person_whose_given_name_the_model_reads_as_a_company_is_a_person(
    extractor: Extractor,
) -> None:
    # 平安 alone is an insurer's short name; after a title and a surname it is a given name.
    found = mentions(extractor, "腾讯云CEO王平安在会上发言。")
    assert ("Person", "王平安") in found
    assert ("Company", "平安") not in found


@pytest.mark.parametrize(
    "text",
    [
        "据月光智能介绍，该产品已在三家医院落地。",
        "2025年月光智能营收达到30亿元。",
        "月光智能執行長陳志明接受訪問時指出。",
        "月光智能行政總裁陳大文表示，會繼續投資。",
        "月光智能的估值已超过百亿元。",
        "去年月光智能亏损超过10亿元。",
        "月光智能昨日宣布，將在台中設立研發中心。",
    ],
)
def test_a_name_made_of_a_plain_noun_is_found_before_a_source_a_figure_or_a_title(
    extractor: Extractor, text: str
) -> None:
    assert ("Company", "月光智能") in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "据数字医疗介绍，该领域增长很快。",
        "具身智能宣布进入量产元年。",
        "这家公司的人形机器人介绍视频走红。",
        "农业科技的投入加大。",
        "高端芯片的国产化率仍然很低。",
        "德国智能网联汽车宣布新标准。",
    ],
)
def test_a_kind_of_business_before_a_source_or_an_action_is_no_company(
    extractor: Extractor, text: str
) -> None:
    assert [m for m in mentions(extractor, text) if m[0] == "Company"] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [("百度健康CEO王强表示，将扩大医生团队。", "百度健康"), ("美团优选宣布调整组织架构。", "美团优选")],
)
def test_a_known_company_and_a_line_of_business_name_a_unit_of_its_own(
    extractor: Extractor, text: str, unit: str
) -> None:
    found = [m for m in mentions(extractor, text) if m[0] == "Company"]
    assert found == [("Company", unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # LAC reads each as one word (a proper noun, not an organisation's): what it does makes it a firm.
        ("网易云课堂宣布上线人工智能课程。", "网易云课堂"),
        ("同程金服完成新一轮融资。", "同程金服"),
        ("網易雲課堂宣布上線AI課程。", "網易雲課堂"),
    ],
)
def test_a_word_opening_with_a_known_company_and_acting_as_one_is_its_unit(
    extractor: Extractor, text: str, unit: str
) -> None:
    """A known company's name and a line of business read as one word that announces or completes something:
    the unit is the party, not the company whose name opens it."""
    found = [m for m in mentions(extractor, text) if m[0] == "Company"]
    assert found == [("Company", unit)]


def test_a_known_company_s_product_doing_something_stays_the_company(extractor: Extractor) -> None:
    """A generic word after the name (手机) is the firm's product, whatever LAC reads as one word."""
    assert [m for m in mentions(extractor, "華為手機發布新品。") if m[0] == "Company"] == [
        ("Company", "華為")
    ]


def test_a_known_company_before_a_noun_its_line_of_business_describes_stays_the_company(
    extractor: Extractor,
) -> None:
    assert [m for m in mentions(extractor, "苹果健康应用新增了功能。") if m[0] == "Company"] == [
        ("Company", "苹果")
    ]


@pytest.mark.parametrize("text", ["特斯拉工厂明年将投产。", "英特爾工廠將延後投產。"])
def test_a_known_company_s_plant_is_the_company(extractor: Extractor, text: str) -> None:
    assert [m[0] for m in mentions(extractor, text) if m[0] in ("Company", "Organization")] == ["Company"]
    assert not any(m[1].endswith(("工厂", "工廠")) for m in mentions(extractor, text))


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("微软中国区近期裁员。", "微软"),  # a known unit's name (微软中国) before the mark
        ("星河智能中国区近期启动裁员。", "星河智能"),
        ("星河智能中國區近期啟動裁員。", "星河智能"),
    ],
)
def test_a_company_s_regional_unit_is_the_company(extractor: Extractor, text: str, company: str) -> None:
    orgs = [m for m in mentions(extractor, text) if m[0] in ("Company", "Organization")]
    assert orgs == [("Company", company)]


def test_a_region_before_another_word_of_its_mark_stays_out_of_the_company(extractor: Extractor) -> None:
    # 中国 + 区块链: no regional unit; the company after the description is found as before.
    assert ("Company", "星河智能") in mentions(extractor, "中国区块链企业星河智能完成融资。")


def test_a_level_of_government_and_a_suffix_names_no_body() -> None:
    # 上 + 市委 of 上市委 (a listing committee), which LAC may cut so: no place names the 市委.
    words, tags = ["科创板", "上", "市委", "审议"], ["ORG", "ORG", "ORG", "v"]
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False] * len(words), tags=tags))
    recogniser = EntityRecognizer(load_knowledge())
    assert not recogniser._names_someone(tokens, Candidate(4, 6, "Government", Rank.ORGANISATION))
    assert recogniser._names_someone(tokens, Candidate(0, 3, "Company", Rank.ORGANISATION))


def test_a_name_starts_after_the_verb_of_joining_its_employer(extractor: Extractor) -> None:
    # LAC reads 入 + 职星云汽车…; the model's name starts at 职.
    found = mentions(extractor, "他入职星云汽车顺义总部，负责研发。")
    assert not any(name.startswith("职") for _, name in found), found


def test_a_person_s_former_employer_is_named_without_the_word_for_it(extractor: Extractor) -> None:
    # The model reads 东家雪松智能 after 前 as one name: 前东家 is one word glued before it.
    names = [
        name
        for label, name in mentions(extractor, "张伟的前东家雪松智能与星云科技展开合作。")
        if label == "Company"
    ]
    assert names == ["雪松智能", "星云科技"]


def test_a_listed_item_starts_after_a_word_lac_cut_before_it(extractor: Extractor) -> None:
    # LAC reads 联 + 同人行: the list's first item starts after 联同 ("together with"), where 同人行 names no one.
    text = "周一，证监会于官方网站披露，联同人行、银保监和外管局，对星云集团有关人员进行监管约谈。"
    assert not any(name.startswith("同") for _, name in mentions(extractor, text))


def test_a_piece_of_a_name_cut_inside_its_brackets_is_no_organisation(extractor: Extractor) -> None:
    # LAC reads 中国)投资有限公司 as one word: a name holds both brackets of a pair or neither.
    text = "2023 年 8 月 4 日,烛火汽车(中国)投资有限公司与月光智能就成立合资公司签署协议。"
    names = [name for label, name in mentions(extractor, text) if label in ("Company", "Organization")]
    assert not any(name.count("(") != name.count(")") for name in names), names


def test_a_declared_short_form_spaced_inside_its_quotes_is_named_without_the_spaces(
    extractor: Extractor,
) -> None:
    text = '烛火汽车(中国)投资有限公司(以下简称 " 星云中国 ")与月光智能就成立合资公司签署协议。'
    names = [name for label, name in mentions(extractor, text) if label == "Company"]
    assert "星云中国" in names
    assert all(name == name.strip() for name in names), names


def test_an_administration_s_name_goes_on_over_its_field_and_suffix(extractor: Extractor) -> None:
    # LAC reads 德国联邦高速公路 + 安全 + 管理局: the agency's name ends with its suffix, not before its field.
    found = mentions(extractor, "德国联邦高速公路安全管理局称，月光智能的车辆需要召回。")
    assert ("Government", "德国联邦高速公路安全管理局") in found
    assert ("Company", "德国联邦高速公路") not in found


def test_a_known_name_is_not_read_across_the_end_of_a_date(extractor: Extractor) -> None:
    # 15日 + 月光智能: 日月光 is a known company's name, which the date's last character starts.
    found = mentions(extractor, "3月15日月光智能发布公告称，董事会同意回购股份。")
    assert ("Company", "月光智能") in found
    assert not any("日月光" in name for _, name in found)


@pytest.mark.parametrize("text", ["星云科技拿下月之暗面的算力订单。", "星雲科技簽下月之暗面的大單。"])
def test_a_known_name_after_a_verbs_complement_that_looks_like_a_date_is_found(
    extractor: Extractor, text: str
) -> None:
    # LAC reads 拿 + 下月 (a time) + 之暗面: 下 ends the verb, no date runs into the known name.
    assert ("Company", "月之暗面") in mentions(extractor, text)


def test_a_known_short_name_that_is_a_suffix_ends_a_coined_name_before_an_action(
    extractor: Extractor,
) -> None:
    # 机器人 is also a listed company's short name; after 月光 it ends the coined name 月光机器人.
    found = mentions(extractor, "机器人公司月光机器人发布了新一代四足机器人。")
    assert [m for m in found if m[0] == "Company"] == [("Company", "月光机器人")]
    # LAC reads 星云 as an organisation and 北辰 as a place: the suffix still ends their coined names.
    for text, company in (
        ("星云机器人完成A轮融资。", "星云机器人"),
        ("北辰机器人宣布完成融资。", "北辰机器人"),
    ):
        assert [m for m in mentions(extractor, text) if m[0] == "Company"] == [("Company", company)], text


@pytest.mark.parametrize(
    "text",
    [
        "家用机器人也开始普及。",
        "服务机器人将于年底量产。",
        "手术机器人正在进入更多医院。",
        "家庭机器人也越来越受欢迎。",
    ],
)
def test_a_kind_of_robot_is_no_company(extractor: Extractor, text: str) -> None:
    assert [m for m in mentions(extractor, text) if m[0] == "Company"] == []


def test_a_generic_noun_glossed_by_a_latin_name_is_no_person(extractor: Extractor) -> None:
    found = mentions(extractor, "该公司（Nebula Robotics）表示将扩产。")
    assert not any(label == "Person" for label, _ in found)
    assert ("Person", "多哥夫") in mentions(extractor, "多哥夫（Dmitri Dolgov）表示将扩产。")


@pytest.mark.parametrize("text", ["英国投资集团周二表示将增持。", "美国投资公司星海资本周二表示将增持。"])
def test_a_country_and_a_company_s_generic_words_name_no_company(extractor: Extractor, text: str) -> None:
    assert not any(name.startswith(("英国", "美国")) for label, name in mentions(extractor, text))
    assert ("Company", "深圳创投") in mentions(extractor, "深圳创投周二表示将增持。")
    assert "乌拉圭政府" in [name for _, name in mentions(extractor, "乌拉圭政府周二表示将增持。")]
    # A country and a word for a subsidiary alone is a unit the sentence sets up, which it does not name.
    found = mentions(extractor, "星云科技宣布出资5000万美元设立泰国子公司，主要生产电池。")
    assert [name for label, name in found if label == "Company"] == ["星云科技"]


def test_a_description_lac_glues_to_a_coined_name_is_cut_off(extractor: Extractor) -> None:
    found = mentions(extractor, "大模型独角兽星河智能估值超过200亿元。")
    assert [m for m in found if m[0] == "Company"] == [("Company", "星河智能")]


def test_a_giant_of_a_field_before_a_coined_name_is_no_part_of_the_name(extractor: Extractor) -> None:
    """ "国际芯片巨头X": 巨头 (a giant) describes X, like 龙头; the field and it make no name of their own."""
    found = mentions(extractor, "星云科技宣布与国际芯片巨头月光智能达成战略合作。")
    assert sorted(text for label, text in found if label == "Company") == ["星云科技", "月光智能"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("自动驾驶公司星途智驾宣布裁员。", "星途智驾"),
        ("自动驾驶公司深蓝智驾今日宣布裁员。", "深蓝智驾"),
        ("灵犀动力宣布与汽车制造商远航汽车达成合作。", "远航汽车"),  # a deal's verb ends the name
    ],
)
def test_a_name_between_a_description_of_a_company_and_its_action_is_the_company(
    extractor: Extractor, text: str, company: str
) -> None:
    assert ("Company", company) in mentions(extractor, text)
    assert [m for m in mentions(extractor, "自动驾驶公司也宣布裁员。") if m[0] == "Company"] == []
    # After a company's legal name, what comes before its action is its unit.
    found = mentions(extractor, "星海电网有限公司采购平台发布了新的招标公告。")
    assert [m for m in found if m[0] == "Company"] == [("Company", "星海电网有限公司")]


def test_a_name_after_a_word_for_a_model_of_a_product_is_no_company(extractor: Extractor) -> None:
    assert [m for m in mentions(extractor, "新款星云Pad将于下月上市。") if m[0] == "Company"] == []


def test_taiwan_s_telecoms_are_known_and_hold_no_shorter_name(extractor: Extractor) -> None:
    # 哥大 is also Columbia University's short name; LAC cuts 台灣大哥大 as 台湾大 + 哥大.
    found = mentions(extractor, "台灣大哥大總經理林之晨宣布新計畫，遠傳電信也跟進。")
    assert [m for m in found if m[0] in ("Company", "Organization")] == [
        ("Company", "台灣大哥大"),
        ("Company", "遠傳電信"),
    ]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("月光智能獲國發基金投資。", "國發基金"),
        ("星河资本投资了月光智能。", "星河资本"),
    ],
)
def test_an_investing_word_after_an_investor_is_its_action_not_its_name(
    extractor: Extractor, text: str, investor: str
) -> None:
    found = mentions(extractor, text)
    assert ("Company", investor) in found
    assert not any(name.endswith(("投资", "投資")) for _, name in found)


def test_a_weekday_lac_reads_into_an_organisation_word_is_cut_off(extractor: Extractor) -> None:
    found = mentions(extractor, "周三星云科技股价大涨。")
    assert ("Company", "星云科技") in found
    assert ("Company", "五月天科技") in mentions(extractor, "五月天科技宣布裁员。")


@pytest.mark.parametrize(
    ("text", "name"),
    [("金海光明公司宣布裁员。", "金海光明公司"), ("昨天，中海光华控股宣布裁员。", "中海光华控股")],
)
def test_a_known_short_name_met_by_chance_inside_another_firms_name_is_no_mention(
    extractor: Extractor, text: str, name: str
) -> None:
    """LAC and the model read the coined name as one word and one company; the known 海光 inside it
    is chance, not the firm."""
    assert ("Company", name) in mentions(extractor, text)
    assert ("Company", "海光") not in mentions(extractor, text)


def test_a_firms_full_name_after_a_place_keeps_the_known_firm(extractor: Extractor) -> None:
    """苏州 + 寒武纪 + 科技有限公司 in one LAC word is the known firm's full name, not another firm."""
    extraction = extractor.extract("苏州寒武纪科技有限公司今天成立。", "t")
    assert [m.entity for m in extraction.mentions if m.label == "Company"] == ["cambricon"]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("惠州比亚迪电池有限公司宣布扩产。", "byd"),
        ("江西赣锋锂业集团股份有限公司董事长李强表示，公司将扩大产能。", "sz002460"),
        ("高雄日月光半導體製造股份有限公司今天宣布擴產。", "ase"),
    ],
)
def test_a_firms_registered_name_after_a_place_not_listed_keeps_the_known_firm(
    extractor: Extractor, text: str, entity: str
) -> None:
    """A place no list holds (惠州, 江西, 高雄) opens a registered name as 苏州 does: the known firm inside it
    is that firm, not a short name met by chance."""
    extraction = extractor.extract(text, "t")
    assert entity in [m.entity for m in extraction.mentions if m.label == "Company"]


_DIRECTOR = "独立董事岑越已辞任。岑越因故离开。灯塔琥珀完成融资，灯塔琥珀与北辰合作，灯塔琥珀表示。"
_DIRECTOR_READ = [
    Candidate(4, 6, "Person", Rank.PERSON),
    Candidate(10, 12, "Company", Rank.MODEL),
    Candidate(17, 21, "Company", Rank.ORGANISATION),
    Candidate(26, 30, "Person", Rank.MODEL),
    Candidate(36, 40, "Company", Rank.REPEAT),
    Candidate(31, 33, "Company", Rank.KNOWN, entity_id="beichen"),
]
_BRAND = "蔚澜完成融资。蔚澜表示，乔思远完成交接。乔思远称。"
_BRAND_READ = [
    Candidate(7, 9, "Person", Rank.MODEL),
    Candidate(0, 2, "Company", Rank.MODEL),
    Candidate(12, 15, "Company", Rank.MODEL),
    Candidate(20, 23, "Person", Rank.MODEL),
]


@pytest.mark.parametrize(
    ("text", "chosen", "name_like", "readings"),
    [
        # The director the title names is a person; a coined firm read once as a person stays a firm; a
        # known company keeps its kind.
        (
            _DIRECTOR,
            [Candidate(0, 4, "Title", Rank.TITLE), *_DIRECTOR_READ],
            set(),
            ["Title", "Person", "Person", "Company", "Company", "Company", "Company"],
        ),
        # Without the title, a surname and one character may be either: on a tie the reading met first wins.
        (
            _DIRECTOR,
            _DIRECTOR_READ,
            {"岑越"},
            ["Person", "Person", "Company", "Company", "Company", "Company"],
        ),
        # A two-character brand opening with a surname's character (蔚澜) stays the firm it is read as
        # first; a surname and two characters is a person.
        (_BRAND, _BRAND_READ, {"蔚澜", "乔思远"}, ["Company", "Company", "Person", "Person"]),
    ],
)
def test_an_unknown_name_is_read_one_way_throughout_an_article(
    text: str, chosen: list[Candidate], name_like: set[str], readings: list[str]
) -> None:
    assert [c.label for c in _one_reading_per_name(text, chosen, name_like.__contains__)] == readings


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("星云科技宣布，任命林静为公司首席执行官。", "林静"),  # after what is done to a person
        ("林静表示，公司将继续加大研发投入。", "林静"),  # before what a person says
        ("林静离职后，公司暂未任命新的CTO。", "林静"),  # before what a person does
    ],
)
def test_a_two_character_name_in_a_persons_place_is_a_person(
    extractor: Extractor, text: str, person: str
) -> None:
    """The model misses names whose surname is also a word (林, "forest"); LAC's reading stands where only a
    person fits."""
    assert ("Person", person) in mentions(extractor, text)


def test_a_count_of_firms_after_a_name_is_not_part_of_it(extractor: Extractor) -> None:
    """LAC reads 星云科技一家公司 as one organisation: one firm counted is still a count, no name's part."""
    found = mentions(extractor, "目前国内只有星云科技一家公司获得这张牌照。")
    assert [m for m in found if m[0] == "Company"] == [("Company", "星云科技")]
    # a coined name holding 一家 is none: one firm is counted by a generic word after it
    assert ("Company", "万家一家亲科技") in mentions(extractor, "万家一家亲科技宣布完成融资。")


def test_a_quotation_mark_the_model_reads_into_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    found = mentions(extractor, "深交所显示，杭州星河极光科技股份有限公司(简称“星河极光”)IPO已终止。")
    assert ("Company", "星河极光") in found
    assert not [m for m in found if m[1].startswith("“")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本次发行的保荐人青禾证券有限公司表示，将持续督导。", "青禾证券有限公司"),
        ("公司及保荐券商蓝海证券已撤回上市申请。", "蓝海证券"),
        ("星云科技的主办券商蓝海证券发布公告。", "蓝海证券"),
    ],
)
def test_a_sponsors_role_lac_glues_to_its_name_is_no_part_of_it(
    extractor: Extractor, text: str, name: str
) -> None:
    """LAC reads 保荐人青禾证券有限公司 (or 保荐券商 + X, 主办券商 + X: the sponsoring broker) as one organisation: the
    role in the listing is not the firm's name."""
    found = [t for label, t in mentions(extractor, text) if label == "Company"]
    assert name in found and not [t for t in found if t.endswith(name) and t != name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("半导体设备商星云科技完成10亿元融资。", "星云科技"),
        ("储能电池商星云能源与蓝海数据签署合作协议。", "星云能源"),
        # one character before the suffix is no name: 商 is the name's own (商米 + 科技)
        ("支付终端商米科技完成融资。", "商米科技"),
    ],
)
def test_a_makers_mark_lac_glues_to_the_name_after_its_line_is_no_part_of_it(
    extractor: Extractor, text: str, name: str
) -> None:
    """LAC reads 设备 + 商星云科技: 商 makes 设备商 (a maker of equipment) of the noun before it, not the name."""
    found = [t for label, t in mentions(extractor, text) if label == "Company"]
    assert name in found and not [t for t in found if t.endswith(name) and t != name]


def test_an_organisation_the_model_cuts_inside_its_suffix_ends_with_the_suffix(extractor: Extractor) -> None:
    """LAC reads 半导体科创板 as one word and the model stops at 澜舟半: no name ends inside a suffix."""
    found = mentions(extractor, "澜舟半导体科创板IPO已获受理。")
    assert ("Company", "澜舟半导体") in found


def test_a_short_known_name_inside_a_place_is_a_piece_of_the_place(extractor: Extractor) -> None:
    """澳大 (a university's short name) is spelt inside 粤港澳大湾区: the place is no organisation."""
    found = mentions(extractor, "星云科技将在粤港澳大湾区建设新的研发中心。")
    assert [m for m in found if m[0] in ("Organization", "Company")] == [("Company", "星云科技")]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("字节跳动的豆包App日活突破一亿。", "豆包"),
        ("月之暗面的Kimi在长文本能力上表现突出。", "Kimi"),
        ("Qwen团队负责人表示，将继续开源更多模型。", "Qwen"),
        ("快手的可灵AI上线了新版本。", "可灵"),
    ],
)
def test_a_product_is_no_company_and_no_person(extractor: Extractor, text: str, product: str) -> None:
    """Models and assistants are what companies make (products.yaml); the maker stays a company."""
    found = mentions(extractor, text)
    assert not any(product in name for label, name in found if label in ("Company", "Person")), found
    assert any(label == "Company" for label, _ in found) == (not text.startswith("Qwen"))


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("小米新款手机搭载了高通骁龙芯片。", "高通"),
        ("这款平板采用联发科天玑处理器，续航大幅提升。", "联发科"),
    ],
)
def test_a_maker_glued_to_its_chip_line_is_the_maker(extractor: Extractor, text: str, maker: str) -> None:
    """LAC reads "高通骁龙" as one name: 高通 is the firm, 骁龙 its chip line (products.yaml), no firm of its own."""
    found = mentions(extractor, text)
    assert ("Company", maker) in found, found
    assert not any(name.startswith(maker) and name != maker for _, name in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("海螺宣布，将投资20亿元在安徽建设新的水泥生产线。", ("Company", "海螺")),
        ("日本演员星野表示，他将出演一部新电影。", ("Person", "星野")),
    ],
)
def test_a_name_that_is_also_a_companys_or_a_persons_is_no_product(
    extractor: Extractor, text: str, name: tuple[str, str]
) -> None:
    """products.yaml lists no name that news also uses for a company (海螺, a cement maker's short name) or a
    person (星野, a surname): there it names them."""
    assert name in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A known short name the model reads on into the noun after it: another firm's name.
        ("宏达经编今天发布公告称拟增资。", "宏达经编"),
        # A known name that ends LAC's word for a firm the model reads whole.
        ("家居卖场红星美凯龙今年又开了五家新店。", "红星美凯龙"),
        # Words LAC may glue before names that open these: a place (前海) and 和 after a list's comma.
        ("前海人寿主要与几家大型银行合作销售产品。", "前海人寿"),
        ("星河制药、和睦家医疗宣布共建国际医疗中心。", "和睦家医疗"),
    ],
)
def test_a_known_name_inside_a_longer_name_is_not_the_known_firm(
    extractor: Extractor, text: str, name: str
) -> None:
    assert ("Company", name) in mentions(extractor, text)


def test_former_before_a_name_a_place_opens_is_no_part_of_it(extractor: Extractor) -> None:
    # 前 + 海南航空 is "former", not the district 前海: a place opens the name after it.
    found = mentions(extractor, "前海南航空总裁李强加盟星云科技。")
    assert ("Company", "海南航空") in found and ("Company", "前海南航空") not in found


def test_a_verb_lac_glues_to_a_known_name_is_no_part_of_it(extractor: Extractor) -> None:
    assert ("Company", "蚂蚁集团") in mentions(extractor, "金融监管部门决定暂缓蚂蚁集团上市。")


def test_a_country_is_neither_a_company_nor_the_university_its_short_name_spells(
    extractor: Extractor,
) -> None:
    found = mentions(extractor, "星河矿业计划买下澳大利亚一家铜矿。")
    assert not any(name.startswith("澳大") for label, name in found if label != "Location"), found
    # LAC may read a country's name as one organisation word before another firm's: the known short name
    # at its start (澳大) continued to its end is a country, no organisation.
    words, tags = ["与", "澳大利亚", "星河能源有限公司"], ["p", "ORG", "ORG"]
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False] * len(words), tags=tags))
    country = Candidate(1, 5, "Company", Rank.KNOWN)
    assert not EntityRecognizer(load_knowledge())._names_someone(tokens, country)


def test_a_noun_after_a_subject_and_its_adverb_is_no_company(extractor: Extractor) -> None:
    found = mentions(extractor, "今后星河轨道将全方面与云帆地产合作。")
    assert "全方面" not in [name for _, name in found]


def test_a_preposition_lac_glues_to_a_name_ends_it(extractor: Extractor) -> None:
    found = mentions(extractor, "另外，星河钛业向云帆集团、蓝海投资发行股份。")
    assert [name for _, name in found] == ["星河钛业", "云帆集团", "蓝海投资"]


@pytest.mark.parametrize(
    "text", ["星河智能计划与云帆科技成立合资公司。", "星河智能准备向云帆科技出售芯片业务。"]
)
def test_an_adverb_lac_glues_to_a_name_before_a_preposition_ends_it(extractor: Extractor, text: str) -> None:
    assert [name for _, name in mentions(extractor, text)] == ["星河智能", "云帆科技"]


def test_a_media_descriptor_is_no_part_of_the_outlet_it_describes(extractor: Extractor) -> None:
    assert "陆媒快科技" not in [name for _, name in mentions(extractor, "据陆媒快科技报道，星河发布新品。")]


def test_a_two_character_name_after_its_description_and_before_a_joining_word_is_a_person(
    extractor: Extractor,
) -> None:
    found = mentions(extractor, "星云科技的王立和月光智能的李强都出席了会议。")
    assert [name for label, name in found if label == "Person"] == ["王立", "李强"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("云帆物流于2021年成为星河建发集团子公司。", "星河建发集团"),
        ("据悉，比亚迪股份控股子公司近日发布公告。", "比亚迪"),
    ],
)
def test_an_owner_word_after_a_name_is_no_part_of_it(extractor: Extractor, text: str, name: str) -> None:
    found = [n for label, n in mentions(extractor, text) if label == "Company"]
    assert name in found and not any(n.endswith("子公司") for n in found), found


@pytest.mark.parametrize(
    "text",
    [
        "德国汽车电子公司Vexor今日发布了新一代雷达芯片。",
        "德國汽車電子公司Vexor今日發布了新一代雷達晶片。",
        "日本微电子公司Kobalto宣布在苏州设厂。",
    ],
)
def test_a_trade_ending_in_zi_before_a_firm_word_owns_no_subsidiary(extractor: Extractor, text: str) -> None:
    """汽车电子 + 公司 + a Latin name: 电子 is the trade, not 电 + 子公司 (a subsidiary of a firm 汽车电); the name is
    the Latin one after the description."""
    found = [n for label, n in mentions(extractor, text) if label in ("Company", "Organization")]
    assert found and all(n in ("Vexor", "Kobalto") for n in found), found


def test_a_suffix_character_opening_a_word_with_what_follows_ends_no_name(extractor: Extractor) -> None:
    found = [n for _, n in mentions(extractor, "据公告，上海科技所持月光智能股份已质押。")]
    assert "上海科技所" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北辰律师事务所持续为月光智能提供法律服务。", "北辰律师事务所"),
        ("北辰语智研究所在北京成立。", "北辰语智研究所"),
    ],
)
def test_a_character_closing_a_names_suffix_stays_in_it(extractor: Extractor, text: str, name: str) -> None:
    # 所 of 事务所 or 研究所 opens no word with the 持 of 持续 or the 在 after it.
    assert name in [n for _, n in mentions(extractor, text)]


def test_a_major_shareholder_after_a_name_is_no_part_of_it() -> None:
    # LAC may read 中国玻纤大 as one organisation word and 股东 as the next.
    recogniser = EntityRecognizer(load_knowledge())
    assert recogniser._before_split_word("入股星河材料大股东", 2, 7) == 6


def test_an_owner_word_opening_a_guess_is_no_name() -> None:
    # LAC may read 旗下 + 控股 + a firm's name as one organisation word: the owner word opens no name.
    words, tags = ["旗下控股星河电气有限公司"], ["ORG"]
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False], tags=tags))
    assert EntityRecognizer(load_knowledge())._without_glued_word(tokens, 0, 12) == 2


@pytest.mark.parametrize(
    "text", ["月光智能首席技术官Kai Lenz宣布离职。", "星云科技CEO Anna Holt表示，公司将扩张。"]
)
def test_a_latin_first_and_last_name_after_a_title_is_a_person(extractor: Extractor, text: str) -> None:
    # The trained model, reading firms from their context, may take a foreign name after a post for one.
    found = mentions(extractor, text)
    assert [m for m in found if m[0] == "Person"] and not [
        m for m in found if m[0] == "Company" and " " in m[1]
    ]


def test_a_known_firm_that_invested_is_not_its_investment_arm(extractor: Extractor) -> None:
    # LAC reads 腾讯 + 投资 + 了: 腾讯 invested; 腾讯投资 (its arm) is a name only where 投资 is no verb.
    assert ("Company", "腾讯") in mentions(extractor, "腾讯投资了月之暗面。")
    assert ("Company", "腾讯投资") in mentions(extractor, "腾讯投资领投了本轮融资。")


def test_an_investment_arm_doing_what_an_investor_does_keeps_its_name(extractor: Extractor) -> None:
    # LAC reads 投资 as a verb before 领 + 投, yet what follows is the arm's own act.
    assert ("Company", "腾讯投资") in mentions(extractor, "本轮由腾讯投资领投，星河资本跟投。")


def test_a_business_unit_named_for_its_line_is_no_organisation(extractor: Extractor) -> None:
    found = mentions(extractor, "月光集团副总裁、新能源汽车事业部总经理张伟表示。")
    assert [m for m in found if m[0] in ("Company", "Organization", "Government")] == [
        ("Company", "月光集团")
    ]


@pytest.mark.parametrize("text", ["星雲科技財務長李強將榮休。", "星云科技CFO张伟已离职。"])
def test_an_adverb_glued_to_a_name_before_its_verb_is_no_part_of_it(extractor: Extractor, text: str) -> None:
    people = [name for label, name in mentions(extractor, text) if label == "Person"]
    assert people in (["李強"], ["张伟"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星雲集團行政總裁張偉已離任，財務總監李強亦於上月退休。", "李強"),
        ("星云集团财务总监李强亦于上月退休。", "李强"),
        ("刘亦菲出席活动。", "刘亦菲"),
        ("星云科技CFO王均于上月离职。", "王均"),
    ],
)
def test_an_adverb_names_may_hold_glued_before_a_phrase_of_when_is_no_part_of_the_name(
    extractor: Extractor, text: str, name: str
) -> None:
    # Invented: LAC reads 李强亦 as one name before 於 + 上月; 亦 and 均 stand in given names too.
    people = [found for label, found in mentions(extractor, text) if label == "Person"]
    assert name in people and all(p == name or p == "張偉" for p in people)


def test_a_known_name_ending_a_longer_name_lac_and_the_model_read_is_not_the_known_firm(
    extractor: Extractor,
) -> None:
    # 明微电子 is a listed firm; LAC reads 启明 + 微 + 电子 and the model the whole 启明微电子.
    assert ("Company", "启明微电子") in mentions(
        extractor, "同样从事AI芯片的启明微电子已通过港交所上市聆讯。"
    )


@pytest.mark.parametrize(
    ("text", "company"),
    [("老股东云杉创投持续加码。", "云杉创投"), ("港股东方甄选今日大涨。", "东方甄选")],
)
def test_a_holders_word_lac_cut_before_a_name_is_no_part_of_it(
    extractor: Extractor, text: str, company: str
) -> None:
    assert [name for label, name in mentions(extractor, text) if label == "Company"] == [company]


def test_a_company_the_model_reads_in_one_common_noun_needs_a_higher_score() -> None:
    # The model takes the subject of a reporting verb for a firm (截图 + 透露: "the screenshot reveals").
    words, tags = ["截图", "透露"], ["n", "v"]
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False] * 2, tags=tags))
    recognizer = EntityRecognizer(load_knowledge())
    assert not recognizer._counts(tokens, 0, 2, "Company", 0.84)
    assert recognizer._counts(tokens, 0, 2, "Company", 0.95)
    assert recognizer._counts(tokens, 0, 2, "Government", 0.84)  # 警方, 法院: bodies named so
    # A company's post after it backs the reading: a start-up may be named with an ordinary word.
    titled = Tokens(Doc(Vocab(), words=["潮汐", "董事长"], spaces=[False] * 2, tags=["n", "n"]))
    assert recognizer._counts(titled, 0, 2, "Company", 0.84)


def test_a_short_title_spelt_as_an_ambiguous_firm_is_the_post(extractor: Extractor) -> None:
    # 联创 (co-founder) is also a listed company's short name.
    assert mentions(extractor, "星云科技联创张伟表示。") == [
        ("Company", "星云科技"),
        ("Title", "联创"),
        ("Person", "张伟"),
    ]


def test_a_word_of_joining_lac_cuts_after_a_name_ends_it(extractor: Extractor) -> None:
    # LAC reads 中证监联 + 同人 + 行: 联同 ("together with") is no part of the regulator's name.
    found = mentions(extractor, "中證監聯同銀保監和外管局約談了星雲科技。")
    assert ("Government", "中證監") in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # LAC reads 星云科技中标月光集团 (and 星云科技收购月光集团) as one organisation word.
        ("星云科技中标月光集团AI算力项目。", ["星云科技", "月光集团"]),
        ("星云科技收购月光集团。", ["星云科技", "月光集团"]),
        ("星云科技控股集团发布公告。", ["星云科技控股集团"]),  # 控股 + 集团: a suffix, no verb here
        ("星云科技控股宣布派息。", ["星云科技控股"]),  # 控股 ending the name: its suffix, no verb
        ("星雲科技控股今日公布業績。", ["星雲科技控股"]),
    ],
)
def test_a_verb_between_two_suffixed_names_lac_read_as_one_parts_them(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    assert [name for label, name in mentions(extractor, text) if label == "Company"] == names


def test_what_a_firm_did_is_no_part_of_its_name(extractor: Extractor) -> None:
    # The model reads 国投创合 + 领 + 投 as one firm; LAC reads the firm and two verbs.
    found = mentions(extractor, "今年6月，公司完成了由国投创合领投的C轮融资。")
    assert ("Company", "国投创合") in found and ("Company", "国投创合领投") not in found
    # One character LAC reads as a verb may end a coined name (云帆智 + 驾).
    assert ("Company", "云帆智驾") in mentions(extractor, "云帆智驾成立于2019年。")


@pytest.mark.parametrize(
    "text", ["另外，同業雲帆機器人的上市申請已於上月失效。", "友商云帆机器人也宣布降价。"]
)
def test_a_word_for_a_rival_before_a_name_is_no_part_of_it(extractor: Extractor, text: str) -> None:
    companies = [name for label, name in mentions(extractor, text) if label == "Company"]
    assert companies in (["雲帆機器人"], ["云帆机器人"])


@pytest.mark.parametrize("text", ["同行星云科技也在近日完成融资。", "同行星雲科技上月亦完成融資。"])
def test_a_word_for_a_peer_before_a_name_is_no_part_of_it(extractor: Extractor, text: str) -> None:
    """同行 says what 同业 says: a firm in the same trade as the article's."""
    companies = [name for label, name in mentions(extractor, text) if label == "Company"]
    assert companies in (["星云科技"], ["星雲科技"])


def test_a_name_never_runs_over_a_sentences_end(extractor: Extractor) -> None:
    # LAC reads 星云资本领投。 as one organisation word: the act and the full stop are no part of the name.
    found = mentions(extractor, "本轮融资由星云资本领投。公司创始人张伟表示，资金将用于研发。")
    assert [name for label, name in found if label == "Company"] == ["星云资本"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("具身智能公司「商汤灵动」近日完成数亿元A轮融资。", "商汤灵动"),
        ("具身智能公司“商汤灵动”近日完成数亿元A轮融资。", "商汤灵动"),
    ],
)
def test_a_known_name_opening_a_quoted_name_is_not_the_known_firm(
    extractor: Extractor, text: str, name: str
) -> None:
    # News quotes a start-up's whole name; a known short name it happens to start with is part of it.
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == [name]


@pytest.mark.parametrize(
    ("text", "name"), [("「百度系」创业者越来越多。", "百度"), ("被称为“中国版小米”的公司", "小米")]
)
def test_a_known_name_in_a_quoted_camp_or_epithet_is_still_the_known_firm(
    extractor: Extractor, text: str, name: str
) -> None:
    assert ("Company", name) in mentions(extractor, text)


def test_a_description_lac_reads_into_the_firms_word_is_not_part_of_its_name(extractor: Extractor) -> None:
    # LAC reads "AI芯片公司曦望微电子" as one organisation word.
    text = "上交所官网显示，AI芯片公司曦望微电子科创板IPO已获受理。"
    assert ("Company", "曦望微电子") in mentions(extractor, text)
    assert ("Company", "中国移动通信集团公司广东分公司") in mentions(
        extractor, "中国移动通信集团公司广东分公司宣布。"
    )


@pytest.mark.parametrize(
    "text",
    [
        "IC設計廠星河科技宣布完成新台幣2億元募資。",
        "國內AI伺服器大廠星河科技今日宣布裁員。",
        "面板厂星河科技与华为签署合作备忘录。",
        "芯片大厂星河科技宣布在港上市。",
    ],
)
def test_a_maker_described_by_its_trade_before_its_name_is_named_without_it(
    extractor: Extractor, text: str
) -> None:
    # Taiwan's news describes a maker by its trade and 廠 (a works, a maker) or 大廠 (a big maker) right before
    # its name, as 公司 is written: the trade is no part of the name.
    assert next(t for label, t in mentions(extractor, text) if label == "Company") == "星河科技"


@pytest.mark.parametrize(
    "text",
    ["星河科技獲鴻海投資新台幣3億元。", "鸿海向星河科技注资新台币5亿元。", "星河科技获得韩元10亿元贷款。"],
)
def test_a_currency_before_an_amount_is_no_company(extractor: Extractor, text: str) -> None:
    # LAC reads 新台币 as an organisation; like 人民币 it names no one.
    assert {t for label, t in mentions(extractor, text) if label == "Company"} <= {"星河科技", "鸿海", "鴻海"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星雲科技接連中標中石化專案。", "中石化"),
        ("星雲科技承接月光集團專案。", "月光集团"),
        ("星河科技為該專案的中標單位。", "星河科技"),
    ],
)
def test_a_project_in_taiwans_word_is_no_part_of_a_name(extractor: Extractor, text: str, name: str) -> None:
    # LAC reads 中石化 + 项目 apart but 中石化专案 (專案, Taiwan's 项目) as one organisation word.
    companies = [t for label, t in mentions(extractor, text) if label == "Company"]
    assert name in {to_simplified(t, "traditional") for t in companies}
    assert not [t for t in companies if t.endswith(("專案", "专案"))]


def test_a_generic_word_left_before_a_project_is_no_company() -> None:
    # A project cut off the organisation LAC read (星河科技 + 专案) leaves the firm; its form alone (PPP + 专案)
    # names no one.
    text = "星云科技中标PPP专案和星河科技专案。"
    guesses = [
        Candidate(6, 11, "Company", Rank.ORGANISATION),
        Candidate(12, 18, "Company", Rank.ORGANISATION),
    ]
    kept = EntityRecognizer(load_knowledge())._without_shares_and_projects(text, guesses)
    assert [text[c.start : c.end] for c in kept] == ["星河科技"]


@pytest.mark.parametrize("text", ["三星是英伟达HBM的供应商。", "星云科技采购了英伟达GPU。"])
def test_a_latin_word_right_after_a_known_chinese_name_is_its_product_no_part_of_the_name(
    extractor: Extractor, text: str
) -> None:
    assert ("Company", "英伟达") in mentions(extractor, text)


@pytest.mark.parametrize(
    "text", ["他是全国政协委员、月影集团董事长。", "全国政协委员、星云科技创始人王明认为，算力是关键。"]
)
def test_a_post_right_after_a_known_name_is_no_part_of_the_name(extractor: Extractor, text: str) -> None:
    # The model reads the body and the post as one name; LAC reads the post (委员) apart.
    assert ("Government", "全国政协") in mentions(extractor, text)


def test_geely_by_its_short_name_is_the_carmaker(extractor: Extractor) -> None:
    found = [(m.label, m.text, m.entity) for m in extractor.extract("其中包括比亚迪和吉利。", "t").mentions]
    assert ("Company", "吉利", "geely_auto") in found


@pytest.mark.parametrize(
    "text", ["某星云科技高管表示，公司将继续加大投入。", "据某星云科技员工透露，公司将调整业务。"]
)
def test_a_name_after_mou_is_still_a_name(extractor: Extractor, text: str) -> None:
    """某 leaves unnamed a government it stands before (某 + 市政府); before a firm's name it leaves unnamed
    only the person of that firm (某 + 星云科技 + 高管)."""
    assert any(label == "Company" and name == "星云科技" for label, name in mentions(extractor, text))


def test_a_quoted_unit_of_a_known_firm_stays_whole(extractor: Extractor) -> None:
    # No description of a firm before the quotes: the known firm's own business, named as written.
    assert ("Company", "美团优选") in mentions(extractor, "“美团优选”宣布将在全国推广。")


@pytest.mark.parametrize("served", ["通信运营商", "游戏开发商", "教育图书出版商"])
def test_a_kind_of_firm_a_company_serves_is_no_company(extractor: Extractor, served: str) -> None:
    """A line of business and the descriptor of a firm (运营商, 开发商) name a kind of firm, not one."""
    extraction = extractor.extract(f"星云科技主要为{served}提供云服务。", "t")
    assert [e.name for e in extraction.entities if e.label == "Company"] == ["星云科技"]
    assert extraction.events == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("特斯拉的Optimus机器人在上海亮相。", ["特斯拉"]),
        ("小爱同学接入了星云科技的大模型。", ["星云科技"]),
        ("苹果的Vision Pro头显在中国开售。", ["苹果"]),
    ],
)
def test_a_device_or_assistant_of_a_platform_names_no_one(
    extractor: Extractor, text: str, named: list[str]
) -> None:
    extraction = extractor.extract(text, "t")
    assert sorted(e.name for e in extraction.entities if e.label in ("Company", "Person")) == named


@pytest.mark.parametrize("text", ["星云科技不能把核心技术卖给外国人。", "张伟决定和朋友们一起创办星云科技。"])
def test_people_in_a_companys_place_are_no_company(extractor: Extractor, text: str) -> None:
    extraction = extractor.extract(text, "t")
    assert [e.name for e in extraction.entities if e.label == "Company"] == ["星云科技"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("巴基斯坦海军发言人萨勒曼·阿里表示将加强警戒。", "萨勒曼·阿里"),
        ("拳王穆罕默德·阿里曾多次访问中国。", "穆罕默德·阿里"),
    ],
)
def test_a_known_short_name_joined_by_a_dot_to_a_foreign_name_is_part_of_it(
    extractor: Extractor, text: str, person: str
) -> None:
    assert [(e.label, e.name) for e in extractor.extract(text, "t").entities if e.label != "Location"] == [
        ("Person", person)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技将物联网、大数据、RFID技术等引入粮食管理。",
        "公报说，目前当地地铁只有2G网络覆盖。",
        "星云科技的3D打印技术与装备产业化项目已开始试生产。",
        "星云科技拟非公开发行股份募资不超6亿元。",
    ],
)
def test_a_technology_or_a_share_issue_named_like_a_firm_is_none(extractor: Extractor, text: str) -> None:
    extraction = extractor.extract(text, "t")
    assert [e.name for e in extraction.entities if e.label == "Company"] in ([], ["星云科技"])
    assert all(
        extraction_event.type != "funding" or extraction_event.org for extraction_event in extraction.events
    )


def test_a_word_listed_among_fields_is_a_field(extractor: Extractor) -> None:
    def companies(text: str) -> list[str]:
        return [m.text for m in extractor.extract(text, "t").mentions if m.label == "Company"]

    assert companies("星云科技面向军工、交通、电信、金融等领域提供数据库。") == ["星云科技"]
    assert companies("星云科技与电信、联通两大运营商合作。") == ["星云科技", "电信", "联通"]


def test_investors_listed_beside_each_other_are_no_fields(extractor: Extractor) -> None:
    """创投 ends an investor's name, not a field: a list of funds is no list of lines of business."""
    text = "迈吉客科技的过往资方包括华盖资本、紫辉创投、极客帮创投、蓝港互动、丰厚资本等。"
    names = {e.name for e in extractor.extract(text, "t").entities if e.label == "Company"}
    assert {"华盖资本", "紫辉创投", "极客帮创投", "丰厚资本"} <= names


@pytest.mark.parametrize("text", ["星云科技执董林嘉禾辞职。", "星河集团派驻星云科技的非执董林嘉禾辞职。"])
def test_a_name_lac_reads_with_the_titles_last_character_starts_after_the_title(
    extractor: Extractor, text: str
) -> None:
    """LAC reads 执 + 董林嘉禾 (董 is a surname too): the title 执董 ends inside the name's word, and the person
    is what follows it."""
    found = mentions(extractor, text)
    assert ("Person", "林嘉禾") in found
    assert not any(label == "Person" and name.startswith("董") for label, name in found)


@pytest.mark.parametrize(
    "text", ["星云科技关闭旧金山办公室，裁员50人。", "星云汽车美国裁员70人，其中50人位于旧金山办公室。"]
)
def test_an_office_in_a_city_abroad_is_no_organisation(extractor: Extractor, text: str) -> None:
    """旧金山办公室 is a company's office in San Francisco: no known name starts inside the city (金山办公), and
    the city with its office is no organisation."""
    found = mentions(extractor, text)
    assert (found[0][1], [name for _, name in found if "金山" in name]) == (text[:4], [])


def test_a_known_name_written_twice_is_no_city_abroad_between_them(extractor: Extractor) -> None:
    """京东京东商城: the 东京 the two spellings make is no city; each is the company."""
    mentions = extractor.extract("新品同步登陆天猫、京东京东商城首发。", "t").mentions
    assert [m.text for m in mentions if m.label == "Company"] == ["天猫", "京东", "京东商城"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("广州小鹏汽车科技有限公司当天发布公告称，将回购部分股份。", "广州小鹏汽车科技有限公司"),
        ("上海商汤智能科技有限公司当天发布公告。", "上海商汤智能科技有限公司"),
    ],
)
def test_a_known_firms_registered_name_is_one_mention_of_it(
    extractor: Extractor, text: str, name: str
) -> None:
    """LAC reads the place, the short name and the legal tail as one word: the mention is the whole registered name,
    not the place and the short name with the tail left over."""
    extraction = extractor.extract(text, "t")
    found = [(m.text, m.entity) for m in extraction.mentions if m.label == "Company"]
    assert len(found) == 1 and found[0][0] == name and found[0][1] in {"xpeng", "sensetime"}


def test_a_suffixed_name_lac_reads_with_a_glued_former_word_is_an_organisation(extractor: Extractor) -> None:
    """LAC reads 前 + 月光智能研究院 as one locality word: the name after 前 is still the organisation the
    title before the person belongs to."""
    text = "星云科技宣布，任命前月光智能研究院院长李强为公司首席执行官。"
    assert ("Organization", "月光智能研究院") in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("极光智能宣布，原星云智能副总裁张明远加盟。", "星云智能"),
        ("極光智能宣布，原星雲智能副總裁張明遠加盟。", "星雲智能"),
        ("蓝海科技今日宣布，原北辰机器人首席执行官王立正式加盟。", "北辰机器人"),
    ],
)
def test_a_name_lac_reads_with_a_glued_former_word_before_its_suffix_is_an_organisation(
    extractor: Extractor, text: str, name: str
) -> None:
    """After a comma LAC may read 原 + 星云 as one adjective and 智能 as a noun of its own: the name and the
    suffix are still the firm the former post was held at."""
    assert ("Company", name) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "他们展示了前瞻性科技成果。",
        "公司坚持原创性科技研发。",
        "該團隊推出被動式智能系統。",
        "他們展示了前瞻性科技成果，並堅持原創性科技研發。",
    ],
)
def test_an_adjective_opening_with_a_glued_word_before_a_suffix_is_no_organisation(
    extractor: Extractor, text: str
) -> None:
    """LAC reads 前瞻性 or 被动式 whole, and they open with a word it glues to names (前, 被): with no post after
    the suffix, the adjective and the suffix (瞻性 + 科技) describe a thing, no firm."""
    assert [t for label, t in mentions(extractor, text) if label in ("Company", "Organization")] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Firefox 发布安全更新，用户可升级到 Firefox 98.0.2。", []),
        ("Swift 将支持更多操作系统，苹果表示 Swift 6.1 今年秋季发布。", ["苹果"]),
    ],
)
def test_a_latin_name_written_with_a_version_is_a_product_throughout(
    extractor: Extractor, text: str, kept: list[str]
) -> None:
    # The model reads a browser or a language as a firm; a firm is not written with its version.
    found = mentions(extractor, text)
    assert [t for label, t in found if label in ("Company", "Organization")] == kept


def test_a_known_company_before_a_number_stays_a_company(extractor: Extractor) -> None:
    # A known maker's name before a number is its product's model, and a year with 年 is a date.
    found = mentions(extractor, "Nokia 7610 曾是畅销机型，DeepSeek 2024年发布了新模型。")
    assert [t for label, t in found if label == "Company"] == ["Nokia", "DeepSeek"]


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("星云科技发布的新芯片，峰值性能为每秒12万亿次运算。", ["星云科技"]),
        ("用户可以在该平台上安装流行的开源软件，例如 GIMP。", []),
        ("月光智能表示，当进行深度神经网络处理时，算力得到了提升。", ["月光智能"]),
        ("星云科技与清华大学开源了各自的深度学习框架，深度学习开源框架正在普及。", ["星云科技", "清华大学"]),
    ],
)
def test_a_technology_or_a_measure_is_no_organisation(
    extractor: Extractor, text: str, firms: list[str]
) -> None:
    # A technical head (性能, 软件, 网络, 框架) after words that are no name is a term, whatever the model reads.
    found = mentions(extractor, text)
    assert [t for label, t in found if label in ("Company", "Organization")] == firms


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("创新技术宣布完成新一轮融资。", ["创新技术"]),
        ("飞鱼网络与大地软件签署合作协议。", ["飞鱼网络", "大地软件"]),
    ],
)
def test_a_coined_name_ending_with_a_technical_suffix_stays_a_firm(
    extractor: Extractor, text: str, firms: list[str]
) -> None:
    # A company's act after it, or a plain noun before a suffix (飞鱼 + 网络), keeps the name a firm's.
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == firms


@pytest.mark.parametrize(
    ("words", "tags", "names"),
    [
        # LAC tags an unknown pair of characters of a coined name as a verb: 鲸跃 + 网络 is a firm.
        (["投资", "鲸跃", "网络", "。"], ["v", "v", "n", "w"], True),
        # After a description of a firm, even a common word before the suffix makes its name.
        (["子公司", "开放", "技术", "将"], ["n", "vn", "n", "d"], True),
        # An adjective or a verbal noun before a technology's head makes a term, as does a long compound.
        (["安装", "开源", "软件", "。"], ["v", "vn", "n", "w"], False),
        (["采用", "极紫外光刻", "技术", "。"], ["v", "nz", "n", "w"], False),
    ],
)
def test_what_a_word_before_a_technical_suffix_makes_of_it(
    words: list[str], tags: list[str], names: bool
) -> None:
    """The guess is the second and third words."""
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False] * len(words), tags=tags))
    guess = Candidate(tokens.starts[1], tokens.ends[2], "Company", Rank.ORGANISATION)
    assert EntityRecognizer(load_knowledge())._names_someone(tokens, guess) == names


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("月光智能将收购Nimbus 37.5%的股份，Nimbus 51%的股份已质押。", True),  # a share, not a version
        ("Nimbus 4 月的用户增长了两成。", True),  # a month written with a space
        ("Nimbus 宣布，Nimbus 74.0.1 修复了两个漏洞。", False),
        # a time or a rank counted with a space after the name (date units, quantity_units of dates.yaml)
        ("Nimbus 3 周内再获投资。", True),
        ("Nimbus 2 季度营收翻倍。", True),
        ("Nimbus 12 小时内售罄。", True),
        ("Nimbus 10 强榜单公布。", True),
    ],
)
def test_only_a_version_after_a_latin_name_makes_it_a_product(text: str, kept: bool) -> None:
    guess = Candidate(text.index("Nimbus"), text.index("Nimbus") + len("Nimbus"), "Company", Rank.MODEL)
    assert (without_versioned_names(text, [guess]) == [guess]) == kept


def test_a_party_of_a_deal_named_by_its_part_is_no_company(extractor: Extractor) -> None:
    # 租赁 + 者 names whoever rents, as 招标 + 方 and 承包 + 人 name a deal's parties: no firm's name.
    assert mentions(extractor, "公司将为租赁者提供按需付费的会员服务，租赁者可随时退租。") == []


@pytest.mark.parametrize(
    ("words", "tags"),
    [(["确认", "中标", "星云"], ["v", "ORG", "ORG"]), (["2.", "承包人", "："], ["m", "n", "w"])],
)
def test_an_act_of_a_deal_or_its_doer_names_no_one(words: list[str], tags: list[str]) -> None:
    """LAC reads 中标 as a name before the firm's; an announcement heads a party with its part (承包人：X)."""
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False] * len(words), tags=tags))
    guess = Candidate(tokens.starts[1], tokens.ends[1], "Company", Rank.ORGANISATION)
    assert not EntityRecognizer(load_knowledge())._names_someone(tokens, guess)


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Firefox 发布了新的隐私功能，Firefox 的用户可以在设置中开启。", []),
        # A product before a title is the product's executive, at its maker (latin_orgs).
        (
            "新版 Microsoft Edge 将带来垂直标签，Edge 副总裁张伟在微软官网发布了一篇文章。",
            ["Microsoft", "微软"],
        ),
        # A product and a firm's word after it is the program, no firm.
        ("DeepMind的AlphaGo AI能够打败围棋冠军，AlphaGo 必须进行大量训练。", ["DeepMind"]),
    ],
)
def test_a_browser_or_a_labs_program_is_a_product(extractor: Extractor, text: str, firms: list[str]) -> None:
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == firms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年星云科技也将工作重点全面转向跨境电商业务，跨境电商行业景气度高于电商整体。", "跨境电商"),
        ("这大概率与第三方数据公司为网贷平台提供数据服务有关。", "第三方数据公司"),
        ("月光银行的持卡人可以使用日本的ATM网络，6000多个ATM将率先开通。", "ATM网络"),
    ],
)
def test_a_firm_named_by_its_place_in_a_trade_or_a_machine_is_no_name(
    extractor: Extractor, text: str, name: str
) -> None:
    # 第三方, 跨境 and ATM are generic words (generic_nouns.yaml): with a suffix they name a kind, not a firm.
    assert name not in [t for label, t in mentions(extractor, text) if label == "Company"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("公司全资子公司广州百度电缆有限公司为该项目的中标单位。", "广州百度电缆有限公司"),
        ("杭州京东环境工程有限公司收到中标通知书。", "杭州京东环境工程有限公司"),
    ],
)
def test_a_registered_name_opened_by_a_place_and_a_known_name_is_not_cut_to_them(
    extractor: Extractor, text: str, name: str
) -> None:
    # A firm's registered name: its place, a known short name, its line of business and the legal form. The line
    # of business is no suffix of ours, yet it makes the name of a firm of its own, not the known one in a place.
    assert ("Company", name) in mentions(extractor, text)


def test_a_known_name_after_its_place_keeps_its_own_legal_tail(extractor: Extractor) -> None:
    # Only the legal form after the known name: the known firm, registered in that place.
    extraction = extractor.extract("杭州百度公司收到中标通知书。", "t")
    assert [(m.text, m.entity) for m in extraction.mentions] == [("杭州百度公司", "baidu")]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("本轮融资由青松资本投资，星云科技将扩大产能。", "青松资本"),
        ("星云科技宣布完成由远山创投投资的数千万元A轮融资。", "远山创投"),
        ("该轮融资由远山资本、青禾投资投资。", "青禾投资"),
    ],
)
def test_an_investing_act_after_an_investors_name_is_no_part_of_it(
    extractor: Extractor, text: str, investor: str
) -> None:
    # 投资 is a suffix (腾讯投资), but no name ends with an investor's suffix and 投资: there it is what the investor did.
    found = mentions(extractor, text)
    assert ("Company", investor) in found
    assert not any(name.startswith(investor) and name != investor for _, name in found)


def test_a_parent_company_word_is_no_part_of_the_name_before_it(extractor: Extractor) -> None:
    # LAC reads 谷歌母公司 as one organisation word: the parent is another firm, named after it.
    found = mentions(extractor, "李强曾在谷歌母公司 Alphabet 担任工程师。")
    assert not any(name.startswith("谷歌母") for _, name in found)


def test_a_name_written_again_without_its_place_is_the_same_company(extractor: Extractor) -> None:
    # LAC reads 月光数智科技 as one word, so the core name 月光数智 alone is no word's edge to find it by.
    extraction = extractor.extract("成都月光数智科技完成数千万元A轮融资。月光数智科技表示将扩大产能。", "t")
    companies = [(m.text, m.entity) for m in extraction.mentions if m.label == "Company"]
    assert [text for text, _ in companies] == ["成都月光数智科技", "月光数智科技"]
    assert len({entity for _, entity in companies}) == 1


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("本轮融资由明远资本领投，星河资本跟投。", "明远资本"),  # LAC reads 明远 as an adjective
        (
            "星云医疗完成数千万元天使轮融资，领投方为新远资本，星河资本参与跟投。",
            "新远资本",
        ),  # 新 + 远, two adjectives
        ("本轮融资由清澄资本领投，星河资本跟投。", "清澄资本"),
        ("此外，月光创投、优远资本、星河资本等老股东也参与了跟投。", "优远资本"),  # listed
    ],
)
def test_an_investors_coined_name_lac_cuts_apart_before_its_suffix_is_whole(
    extractor: Extractor, text: str, investor: str
) -> None:
    # Where an investor stands (由, 领投方为, a list of investors) and acts (领投), the characters before its
    # suffix that open the clause or the item are its name, whatever LAC reads them as.
    assert ("Company", investor) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "此举可以提升利润、优化资本结构、减少负债。",  # the suffix qualifies a noun: a clause
        "这些投资者，不少都是基金、券商，对收购仍有顾虑。",  # a clause's words before the suffix
        "本轮融资由知名资本领投。",  # a qualifier
        "跟投方包括多家银行、主权债券基金及保险机构。",  # a kind of fund
    ],
)
def test_words_before_an_investors_suffix_that_name_no_one_stay_no_investor(
    extractor: Extractor, text: str
) -> None:
    assert [name for label, name in mentions(extractor, text) if label == "Company"] == []


def test_a_name_after_a_description_ends_before_what_the_firm_did(extractor: Extractor) -> None:
    found = mentions(extractor, "星云科技的母公司月光集团召开会议宣布重组。")
    assert ("Company", "月光集团") in found
    assert not any(name.startswith("月光集团") and name != "月光集团" for _, name in found)


def test_a_shareholder_word_before_an_investor_is_no_part_of_its_name(extractor: Extractor) -> None:
    """ "老股东X跟投": an earlier investor, described as one, is X."""
    found = mentions(extractor, "本轮由红杉中国领投，高瓴创投、老股东月光资本跟投。")
    assert ("Company", "月光资本") in found and not [t for _, t in found if t.startswith("老股东")]


@pytest.mark.parametrize(
    "text",
    [
        "不过，也有一些做环保的科技企业深陷亏损。",
        "另一方面，也有从事物流的科技企业陷入困局。",
        "政策变化促使不少数字化企业积极拓展支付业务。",
    ],
)
def test_a_clause_after_a_description_of_a_firm_is_no_company(extractor: Extractor, text: str) -> None:
    # The description is the clause's subject; what it does (深陷, 积极开发) names no one.
    assert [m for m in mentions(extractor, text) if m[0] == "Company"] == []


@pytest.mark.parametrize(
    "text",
    [
        "该基金将重点投向智慧能源以及低碳能源业务。",
        "剩余资金主要用于拓展股票质押等业务。",
        "星云科技向会员银行发函要求提高费率。",
        "星云科技此前获得美元直投基金的投资。",
        "月光智能和中外银行达成合作。",
    ],
)
def test_a_line_of_business_or_a_kind_of_firm_is_no_company(extractor: Extractor, text: str) -> None:
    # 低碳能源, 股票质押, 会员银行, 美元直投基金, 中外银行 are made only of generic words: no one is named.
    names = [name for label, name in mentions(extractor, text) if label in ("Company", "Organization")]
    assert names in ([], ["星云科技"], ["月光智能"])


@pytest.mark.parametrize(
    "text",
    [
        "该笔交易未涉及关联公司。",
        "该项目主要处理厨余垃圾和危废固废。",
        "公司为参股公司提供了2亿元担保。",
    ],
)
def test_a_related_firm_or_what_a_project_handles_is_no_company(extractor: Extractor, text: str) -> None:
    # 关联公司, 参股公司 point at a firm named elsewhere; 厨余垃圾, 危废固废 are things, not firms.
    assert [m for m in mentions(extractor, text) if m[0] in ("Company", "Organization")] == []


def test_a_firm_and_the_one_it_wins_a_bid_from_are_two_names(extractor: Extractor) -> None:
    # LAC reads 中国三冶中标星河城建开发有限公司 as one organisation word; no name holds 中标. The legal name is no
    # description of the words after it (滨江片区道路项目).
    found = mentions(extractor, "日前，中国三冶中标星河城建开发有限公司滨江片区道路项目。")
    assert ("Company", "星河城建开发有限公司") in found
    assert not any("中标" in name for _, name in found)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("李明，女，硕士学历，北辰咨询有限公司华东区域总监。", "北辰咨询有限公司"),
        ("经北辰水务有限公司评标委员会评审，星云科技胜出。", "北辰水务有限公司"),
        ("本届论坛由月光控股有限公司轮值承办。", "月光控股有限公司"),
        ("去年，月光能源有限公司评审小组选中了星云科技。", "月光能源有限公司"),
    ],
)
def test_the_company_closing_a_legal_form_describes_no_name_after_it(
    extractor: Extractor, text: str, firm: str
) -> None:
    # 公司 ending 有限公司 closes the firm's legal name: what follows is its post, committee or a clause
    # (华东区域总监, 评标委员会, 轮值承办), not a firm the word 公司 describes.
    found = [name for label, name in mentions(extractor, text) if label in ORGANISATION_LABELS]
    assert firm in found and all(name in (firm, "星云科技") for name in found)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("无人机公司“星云智能”完成近2亿元B轮融资。", "星云智能"),
        ("据报道，卫星公司Nimbus获得新一轮投资。", "Nimbus"),
        ("烘焙甜品公司“Sweet Harbor”获2500万美元融资。", "Sweet Harbor"),
        ("星河科技与以色列芯片设计公司Lumora签署合作协议。", "Lumora"),
        ("星河科技與以色列晶片設計公司Lumora簽署合作協議。", "Lumora"),
        ("星河科技携手日本机器人公司“Kairo Robotics”。", "Kairo Robotics"),
        # A Chinese name after a country's description is named alone too.
        ("星河科技与德国汽车电子公司博远签署合作协议。", "博远"),
        ("星河科技與德國汽車電子公司博遠簽署合作協議。", "博遠"),
    ],
)
def test_a_description_ending_with_its_head_before_a_firm_is_no_firm(
    extractor: Extractor, text: str, firm: str
) -> None:
    # 无人机公司, 卫星公司 describe the firm named right after them; they name no firm of their own, nor do they
    # after a country (以色列 + 芯片设计公司 + Lumora): firms are registered in a city, a country only says where.
    found = [name for label, name in mentions(extractor, text) if label in ORGANISATION_LABELS]
    assert firm in found and all(name in (firm, "星河科技") for name in found)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("中登公司“闹了笑话”，一时成为谈资。", "中登公司"),
        ("据湖南省电力公司调度中心通知，两台机组停机。", "湖南省电力公司"),
        ("星云科技从母公司国家电力公司南京设备总厂处得知了消息。", "国家电力公司"),
        ("腾讯旗下星云网络小贷公司官方消息称，放款规模再创新高。", "星云网络小贷公司"),
    ],
)
def test_a_firm_named_with_its_head_before_its_unit_or_words_stays_a_firm(
    extractor: Extractor, text: str, firm: str
) -> None:
    # A place opens the firm's name or its unit's (湖南省, 南京), or what follows the head is found only as what
    # follows it (官方消息): the words before 公司 name the firm and describe nothing after them.
    assert ("Company", firm) in mentions(extractor, text)


def test_a_name_opening_with_a_verb_after_a_description_stays_a_name_before_a_bracketed_place(
    extractor: Extractor,
) -> None:
    # 交付 is a verb to LAC, but a place in brackets after the words is how a firm's name is written.
    text = "星云控股晚间公告，控股子公司交付智慧物流（苏州）近日被确定为项目中标人。"
    assert ("Company", "交付智慧物流") in mentions(extractor, text)


def test_a_camp_of_a_known_firm_is_no_company(extractor: Extractor) -> None:
    """ "小米系公司X": the firms around 小米 are a camp; X is the company."""
    found = [
        t
        for label, t in mentions(extractor, "小米系公司月光智能宣布完成B轮融资。")
        if label in ORGANISATION_LABELS
    ]
    assert found == ["月光智能"]


def test_a_verb_on_firms_inside_a_place_named_firm_splits_nothing(extractor: Extractor) -> None:
    # 湖北华中标准件有限公司 holds the letters of 中标: 湖北 + 华 before them is a place and a character, no doer.
    found = mentions(extractor, "湖北华中标准件有限公司近日中标星云科技项目。")
    assert ("Company", "湖北华中标准件有限公司") in found
    assert ("Company", "湖北华") not in found


def test_a_line_of_business_word_inside_a_real_name_keeps_it(extractor: Extractor) -> None:
    """文娱 names a line of business, but also a unit of a known firm (阿里文娱): it is no generic word."""
    found = mentions(extractor, "阿里文娱总裁张伟离职。")
    assert "阿里文娱" in [t for label, t in found if label in ORGANISATION_LABELS]


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("据了解，星云科技子公司中标一项道路养护工程。", ["星云科技"]),
        ("苏州子公司中标一个智慧园区项目。", []),
        ("公司拟出资设立泰国子公司，开拓东南亚市场。", []),
        ("月光智能公告，公司全资子公司中标一个数据中心项目。", ["月光智能"]),
    ],
)
def test_a_subsidiary_s_word_is_no_part_of_a_name(extractor: Extractor, text: str, firms: list[str]) -> None:
    """子公司 is the unit a firm owns: a place or an owning word before it (无锡 + 子公司, 全资 + 子公司) names no
    organisation at all (LAC reads 泰国子公司 as one name)."""
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == firms


@pytest.mark.parametrize(
    ("name", "follows", "kept"),
    [
        ("星云科技子公司", "中标", "星云科技"),
        ("星云科技子", "公司中标", "星云科技"),
        ("无锡子", "公司中标", None),
    ],
)
def test_a_name_read_into_a_subsidiary_s_word_is_cut_before_it(
    name: str, follows: str, kept: str | None
) -> None:
    """A known firm read with the 子公司 it owns (星云科技子公司收到中标通知), or with its 子 where the model cut the
    word, is the parent: the name stops before the unit."""
    text = name + follows
    chosen = [Candidate(0, len(name), "Company", Rank.MODEL)]
    found = EntityRecognizer(load_knowledge())._without_unit_marks(text, chosen)
    assert [text[c.start : c.end] for c in found] == ([kept] if kept else [])


def test_a_deal_s_words_read_into_an_organisation_are_no_name(extractor: Extractor) -> None:
    """工程 + 中标 after a subsidiary's word is what the unit did, not a unit's name."""
    found = mentions(extractor, "月光电力子公司工程中标，合计中标金额3亿元。")
    assert [name for label, name in found if label == "Company"] == ["月光电力"]
    # A body of government is named by what it reviews, deals or not.
    found = mentions(extractor, "中国证监会并购重组委审核通过了星云科技的重组方案。")
    assert ("Government", "中国证监会并购重组委") in found


@pytest.mark.parametrize(
    ("words", "tags", "kept"),
    [
        (["星云科技", "中标", "月光电网"], ["ORG", "v", "ORG"], ["星云科技"]),
        (["收到", "中标", "通知书"], ["v", "v", "n"], []),
        (["重大", "工程", "中标"], ["a", "n", "v"], []),
        (["中标", "软件"], ["v", "n"], ["中标软件"]),
    ],
)
def test_a_verb_one_firm_does_to_another_ends_a_guessed_name(
    words: list[str], tags: list[str], kept: list[str]
) -> None:
    """No name holds 中标 or 收购 (verbs_on_firms): a guess over one is cut before it where a name stands there
    (星云科技 + 中标 + 月光电网, which the model may read as one) and dropped where only a description does;
    a name opening with the verb and ending with a firm's suffix (中标 + 软件) is a name of its own."""
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False] * len(words), tags=tags))
    start = 2 if words[0] == "收到" else 0
    guess = Candidate(start, len(tokens.text), "Company", Rank.MODEL)
    found = EntityRecognizer(load_knowledge())._without_firm_verbs(tokens, [guess])
    assert [tokens.text[c.start : c.end] for c in found] == kept


@pytest.mark.parametrize(
    ("text", "name"),
    [("据悉，中资华润置地已完成收购。", "华润置地"), ("港资星河地产拟出售一栋写字楼。", "星河地产")],
)
def test_the_kind_of_capital_written_before_a_name_is_no_part_of_it(
    extractor: Extractor, text: str, name: str
) -> None:
    """中资 and 港资 say whose money a firm is (the model reads 中资 + 华润置地 as one name): the name follows them."""
    assert [n for label, n in mentions(extractor, text) if label == "Company"] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星云建设系公司全资子公司，主营幕墙工程。", "星云建设"),
        ("月光物流系本公司控股子公司，注册资本一亿元。", "月光物流"),
    ],
)
def test_a_name_ends_before_the_copula_of_an_announcement(extractor: Extractor, text: str, name: str) -> None:
    """系 is "is" in an announcement (X系公司全资子公司): the firm's name ends before it, which the model reads
    into the name with the role after it."""
    assert name in [n for label, n in mentions(extractor, text) if label == "Company"]
    assert not any("系" in n for label, n in mentions(extractor, text) if label == "Company")


@pytest.mark.parametrize(
    ("text", "firm"),
    [("竹林CEO张伟表示，公司将扩大研发。", "竹林"), ("风铃执行长李强周二表示，公司将继续投资AI。", "风铃")],
)
def test_a_coined_name_before_a_post_and_a_person_is_their_employer(
    extractor: Extractor, text: str, firm: str
) -> None:
    """A start-up named with an ordinary word (竹林) scores low with the model alone; read right before a post and a
    person it reads too, it is the person's employer, as news names one."""
    extraction = extractor.extract(text, "t")
    employer = next(m.entity for m in extraction.mentions if (m.label, m.text) == ("Company", firm))
    assert [r.org for r in extraction.roles] == [employer]


def test_a_name_written_again_is_found_where_lac_splits_it_after_a_verb(extractor: Extractor) -> None:
    # LAC reads 飞跃 + 智电 (a verb first) each time: only a single verb or function word spelling the
    # whole name (让人联想到) is no mention of it; here the second sentence names the firm too.
    text = "飞跃智电的董事长是张伟，他毕业于浙江大学。 飞跃智电的总经理是李强，曾在多家车企任职。"
    assert mentions(extractor, text).count(("Company", "飞跃智电")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "镇上新开的村镇银行主要为养殖户发放小额贷款。",
        "小区门口的自助银行夜里也可以存取现金。",
        "这项新规给不少基层农商行带来了考核压力。",
    ],
)
def test_a_kind_of_bank_is_no_bank_s_name(extractor: Extractor, text: str) -> None:
    """村镇银行, 自助银行 and 基层 + 农商行 say what kind of bank or hall is meant, as 城商行 does: no one bank."""
    assert not [name for label, name in mentions(extractor, text) if label in ORGANISATION_LABELS]


def test_a_place_and_a_kind_of_bank_still_name_one(extractor: Extractor) -> None:
    """A place makes one bank of a kind (星沙 + 村镇银行: a bank registered there)."""
    assert ("Company", "星沙村镇银行") in mentions(extractor, "星沙村镇银行近日获批开业。")


@pytest.mark.parametrize(
    ("words", "tags", "kept"),
    [
        (["美国", "Voltrix"], ["LOC", "nz"], "Voltrix"),
        (["日本", "月岛"], ["LOC", "ORG"], "月岛"),
        (["英国", "石油"], ["LOC", "n"], "英国石油"),
        (["德国", "电信"], ["ORG", "ORG"], "德国电信"),
        (["德国", "星河信贷银行"], ["LOC", "ORG"], "德国星河信贷银行"),
        (["日本月岛"], ["ORG"], "日本月岛"),
    ],
)
def test_a_country_before_a_bare_name_says_where_the_firm_is_from(
    words: list[str], tags: list[str], kept: str
) -> None:
    """美国 + Voltrix read as one firm is Voltrix, from America, as 日本 + 丰田 is Toyota: a country written as a
    word of its own before a bare name is no part of it. After it a common word (英国 + 石油), a name with a
    suffix (德国 + 星河信贷银行), a country LAC reads as an organisation's first word (德国 + 电信) or one word
    LAC reads whole keeps the country in the name."""
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False] * len(words), tags=tags))
    guess = Candidate(0, len(tokens.text), "Company", Rank.MODEL)
    found = EntityRecognizer(load_knowledge())._without_countries_before_names(tokens, [guess])
    assert [tokens.text[c.start : c.end] for c in found] == [kept]


@pytest.mark.parametrize(
    "text",
    ["本届“星云基金杯”投资大赛的奖金翻了一番。", "这支球队在联盟杯首轮就被淘汰。"],
)
def test_a_cup_is_no_organisation(extractor: Extractor, text: str) -> None:
    """A name ending in 杯 is a competition, after its sponsor or its game (星云基金 + 杯): neither the sponsor nor
    a body, though the model reads it as one."""
    assert not [name for label, name in mentions(extractor, text) if label in ORGANISATION_LABELS]


def test_a_maker_of_cups_keeps_its_name(extractor: Extractor) -> None:
    """杯 inside a name (星云 + 杯业 + 公司, a maker of cups) ends no competition."""
    assert ("Company", "星云杯业公司") in mentions(extractor, "星云杯业公司宣布扩产。")


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("记者从上市公司月光股份（600123）获悉，回购方案已获股东大会通过。", ["月光"]),
        ("日本商社积极布局海外的新能源项目。", []),
    ],
)
def test_a_listed_company_or_a_trading_house_is_a_kind_of_firm(
    extractor: Extractor, text: str, firms: list[str]
) -> None:
    """上市公司 and 商社 describe a firm (a listed one, a trading house) as 公司 does: the name follows them, and
    after a country they name no one (日本 + 商社)."""
    assert [name for label, name in mentions(extractor, text) if label == "Company"] == firms


def test_a_network_named_by_its_technology_is_no_firm(extractor: Extractor) -> None:
    """NFV + 网络 is a kind of network, as SDN网络 is, named by an acronym of its technology: not its maker."""
    found = mentions(extractor, "月光电信计划明年完成NFV网络的全面改造。")
    assert [name for label, name in found if label == "Company"] == ["月光电信"]


def known_ids(extractor: Extractor, text: str) -> set[str]:
    """The ids of the known entities the text's mentions resolve to."""
    return {
        m.entity
        for m in extractor.extract(text, "t").mentions
        if m.entity and not m.entity.startswith("org-")
    }


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # 油管 (an alias of a video site) spelt across 石油 + 管理处 inside one organisation word of LAC.
        ("星云科技与青岩石油管理处有限公司签署了供货合同。", set()),
        # After a place, a known short name is the firm's own in its registered name.
        ("北京市百度网讯科技有限公司与星云科技签署合作协议。", {"baidu"}),
        # The full name of a firm whose short name (一汽) it spells is the firm.
        ("中国第一汽车集团公司与星云科技达成合作。", {"faw"}),
        # A listed firm's short name (普利) cut out of a drug's name, another proper noun of LAC.
        ("星云药业研发的赖诺普利片已获批上市。", set()),
    ],
)
def test_a_short_known_name_cut_out_of_a_longer_name_is_a_piece_of_it(
    extractor: Extractor, text: str, entities: set[str]
) -> None:
    assert known_ids(extractor, text) == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # 教育部 spelt across 教育 + 部门 (departments), 中国网 across 中国 + 网友 (net users) and 網路 (the internet).
        ("星云县教育部门已撤销该校的办学许可。", set()),
        ("此事引发中国网友热议，星云科技回应称将整改。", set()),
        ("中國網路巨頭百度宣布裁員。", {"baidu"}),
        # The ministry and the outlet themselves, written as whole words.
        ("教育部发布通知，要求各地加强人工智能教育。", {"moe"}),
    ],
)
def test_a_known_name_spelt_across_ordinary_words_is_none(
    extractor: Extractor, text: str, entities: set[str]
) -> None:
    assert known_ids(extractor, text) == entities


@pytest.mark.parametrize(
    "text", ["月光智能上月在亚特兰大设立了新的研发中心。", "王立毕业后去了亚特兰大工作。"]
)
def test_a_short_known_name_ending_a_place_word_is_a_piece_of_the_place(
    extractor: Extractor, text: str
) -> None:
    # LAC reads the city as one place; its last two characters spell a university's short name (兰大).
    assert "兰大" not in [name for _, name in mentions(extractor, text)]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("周末数万名球迷涌向斯坦福桥观看比赛。", "斯坦福"),
        ("星云科技把总部迁到了张江高科技园区。", "张江高科"),
    ],
)
def test_a_known_name_opening_a_place_word_is_a_piece_of_the_place(
    extractor: Extractor, text: str, piece: str
) -> None:
    # LAC reads the stadium or the park as one place; a university's or a listed firm's name opens it.
    assert piece not in [name for _, name in mentions(extractor, text)]


def test_a_short_known_name_after_a_city_in_one_place_word_is_the_firm(extractor: Extractor) -> None:
    # LAC reads the city and the investor's short name as one place (深圳达晨): the city opens the firm's name.
    extraction = extractor.extract("星云科技去年获得深圳达晨的战略投资。", "t")
    assert any(m.text.endswith("达晨") and m.entity for m in extraction.mentions if m.label == "Company")


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("荷兰银行计划出售亚洲的私人银行业务。", "荷兰银行", True),
        ("对于瑞士银行即将出售的业务，投资者表示关注。", "瑞士银行", True),
        ("美国航空与星云科技达成合作。", "美国航空", True),
        # Counted as firms are, it is a bank of that country; a country and other trades make a kind of firm.
        ("星云科技去年获得一家英国银行的贷款。", "英国银行", False),
        ("他们计划向中国推广俄罗斯食品。", "俄罗斯食品", False),
        ("英国投资集团纷纷入场。", "英国投资集团", False),
        # A scope is no nation: 跨国银行 is a kind of bank.
        ("跨国银行与腾讯签署战略合作协议。", "跨国银行", False),
    ],
)
def test_a_country_and_a_national_firms_trade_is_a_name(
    extractor: Extractor, text: str, name: str, named: bool
) -> None:
    assert (("Company", name) in mentions(extractor, text)) is named


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("江河，女，1983年生，曾在两家券商从事投行工作。", "江河"),  # LAC: 江河/n
        ("董事会聘任的高管简历附后。常青，1990年生，毕业于浙江大学。", "常青"),  # after a sentence's end
        ("方圆女士，1981年生，长期从事芯片设计。", "方圆"),  # the form of address is no part of the name
        ("金鑫先生，1979年出生，现居杭州。", "金鑫"),  # the model reads a firm
    ],
)
def test_the_name_a_biography_opens_with_is_a_person(extractor: Extractor, text: str, person: str) -> None:
    """A surname and one or two characters opening a sentence, then the sex, the year of birth or 先生/女士."""
    assert ("Person", person) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "高潮，2019年生产的设备已全部交付。",  # 生 opens a verb: no year of birth
        "周末，2000年出生的年轻人挤满商场。",  # LAC: 周末/TIME
        "公告称，男装业务收入同比下降。",  # 男 opens a word: no sex
    ],
)
def test_a_sentence_opening_like_a_biography_names_no_one(extractor: Extractor, text: str) -> None:
    assert not [t for label, t in mentions(extractor, text) if label == "Person"]


def test_a_name_lac_reads_with_its_form_of_address_opens_a_biography() -> None:
    # LAC reads some names with the 先生 after them as one word (X先生/PER).
    words, tags = ["周海先生", "：", "中国", "国籍"], ["PER", "w", "LOC", "n"]
    tokens = Tokens(Doc(Vocab(), words=words, spaces=[False] * len(words), tags=tags))
    assert PersonFinder(load_knowledge()).biography_spans(tokens) == {(0, 2)}


@pytest.mark.parametrize(
    "text", ["大模型独角兽云岫科技同日宣布获得腾讯投资。", "大模型獨角獸雲岫科技當日宣佈獲得騰訊投資。"]
)
def test_a_day_told_after_a_described_name_is_no_part_of_it(extractor: Extractor, text: str) -> None:
    # 独角兽 + 云岫科技 + 同日 (the same day, which LAC reads as a time): the name ends before the day.
    firms = [t for label, t in mentions(extractor, text) if label == "Company"]
    assert firms[0] in ("云岫科技", "雲岫科技")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("IC設計廠星河今日公布營收。", "星河"),
        ("被動元件廠華鑫今日宣布漲價。", "華鑫"),
        ("散熱模組廠凌峰今日掛牌上櫃。", "凌峰"),
        ("面板厂凌峰宣布扩产。", "凌峰"),
    ],
)
def test_a_maker_s_trade_and_works_before_a_firm_acting_describe_it(
    extractor: Extractor, text: str, firm: str
) -> None:
    # Taiwan's news names a firm after its trade and 厂 (a works) with no suffix; what follows it (a time, an act)
    # tells a firm, and the trade words are no firm of their own.
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == [firm]


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("星河投顧研究部協理王大明指出，AI族群仍具長線投資價值。", ["星河投顧"]),
        ("雲岫投信總經理李小華說，看好伺服器族群。", ["雲岫投信"]),
        ("星河投信研究團隊指出，散熱族群仍有表現空間。", ["星河投信"]),
        ("外資與投信同步買超，自營商也同步加碼。", []),
    ],
)
def test_a_broker_s_advisory_arm_and_fund_house_are_firms(
    extractor: Extractor, text: str, firms: list[str]
) -> None:
    # Taiwan's news quotes a broker's advisory arm (投顧) and fund house (投信) by the group's name and the kind;
    # the kind alone (投信 + 買超) is the investors of that kind, and a department after the firm is its unit.
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == firms


@pytest.mark.parametrize(
    "text",
    [
        "陸系面板廠持續擴產殺價，友達、群創報價承壓。",
        "韩系内存大厂宣布减产，美系CSP客户积极抢货。",
        "ASIC族群今日強勢發威，智原亮燈漲停。",
        "晶圓廠擴大CoWoS先進封裝產能。",
        "電動車概念股走強，鴻華先進（2258）宣布與日系車廠合作開發新車款。",
    ],
)
def test_makers_named_by_their_origin_and_trade_are_no_firm(extractor: Extractor, text: str) -> None:
    # Taiwan's news names makers together by where they come from and their trade (陸系 + 面板廠, 美系 + CSP客戶)
    # and groups stocks by a chip's acronym (ASIC + 族群): a camp, a trade or a product, no firm of its own.
    firms = [t for label, t in mentions(extractor, text) if label == "Company"]
    assert not [
        f for f in firms if any(w in f for w in ("面板", "CSP", "ASIC", "CoWoS", "内存", "記憶體", "車廠"))
    ]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("北辰智能完成新一轮融资，星云资本与北辰电源参与投资。", "北辰电源"),
        ("北辰智能完成新一輪融資，星雲資本與北辰電源參與投資。", "北辰電源"),
        ("北辰智能完成新一轮融资，星云资本与北辰镜头参与投资。", "北辰镜头"),
    ],
)
def test_a_place_and_a_supply_chain_trade_name_a_firm(extractor: Extractor, text: str, firm: str) -> None:
    # A trade of the supply chain is generic alone (面板 + 厂), but a place (北辰, a district) and the trade are a
    # listed firm's short name, as 上海 + 巴士 is: the investor beside a fund.
    assert ("Company", firm) in mentions(extractor, text)


@pytest.mark.parametrize("text", ["恒生科技指數今早升2%，帶動大市造好。", "星河科技指数收涨1%，成交活跃。"])
def test_the_name_of_an_index_is_no_firm(extractor: Extractor, text: str) -> None:
    # Hong Kong's news writes an index by its name and 指數; what names the index rises and falls, but is no firm.
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("矽智財廠晶心科（6533）受惠RISC-V架構。", "晶心科"),
        ("記憶體模組廠威剛（3260）今日宣布合作。", "威剛"),
        ("记忆体模组厂威刚（3260）今日宣布合作。", "威刚"),
    ],
)
def test_a_maker_s_trade_and_works_read_in_one_word_with_its_name_describe_it(
    extractor: Extractor, text: str, firm: str
) -> None:
    # LAC and the model read the trade, the works and the name as one organisation (矽智財廠晶心科); the trade's
    # words are generic nouns, so the name is what follows the works.
    assert [t for label, t in mentions(extractor, text) if label == "Company"] == [firm]


def test_a_plant_s_works_after_its_trade_name_no_firm(extractor: Extractor) -> None:
    assert [
        t for label, t in mentions(extractor, "污水处理厂三期扩建工程今日开工。") if label == "Company"
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "小米、比亚迪和蔚来宣布成立合资公司。",
        "小米、比亞迪和蔚來共同成立合資公司。",
        "小米、比亚迪和蔚来组建合资公司。",
    ],
)
def test_a_venture_founded_by_a_list_is_no_arm_of_its_last_item(extractor: Extractor, text: str) -> None:
    # The list's parties found the venture together: the last one ends where the deal's verb opens.
    found = sorted(to_simplified(t) for label, t in mentions(extractor, text) if label == "Company")
    assert found == ["小米", "比亚迪", "蔚来"]


@pytest.mark.parametrize(
    "text",
    [
        "视觉方案商极目远见今日挂牌。极目远见创办人兼CEO邓立国表示，将扩大研发。极目远见早于2022年曾申请上市。",
        "視覺方案商極目遠見今日掛牌。極目遠見創辦人兼執行長鄧立國表示，將擴大研發。極目遠見早於2022年曾申請上市。",
    ],
)
def test_a_coined_name_the_article_keeps_opening_clauses_with_is_a_company(
    extractor: Extractor, text: str
) -> None:
    names = [name for label, name in mentions(extractor, text) if label == "Company"]
    assert len(names) == 3
    assert set(names) <= {"极目远见", "極目遠見"}


@pytest.mark.parametrize(
    "text",
    [
        "大模型发布后，大模型成为焦点。大模型的竞争仍在继续。公司宣布扩产，公司完成融资，公司总裁表示满意。",
        "研发团队完成了训练，研发团队负责人李娜表示满意。据介绍，研发团队宣布将开源部分代码。",
        "研發團隊完成了訓練，研發團隊負責人李娜表示滿意。據介紹，研發團隊宣布將開源部分代碼。",
    ],
)
def test_words_an_article_repeats_before_a_firm_s_act_are_no_company_unless_a_name(
    extractor: Extractor, text: str
) -> None:
    assert [name for label, name in mentions(extractor, text) if label == "Company"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("苏州市国资委与华为签署合作协议。", "苏州市国资委"),
        ("江苏省发改委与华为签约。", "江苏省发改委"),
        ("北辰市国资委与华为签约。", "北辰市国资委"),
    ],
)
def test_a_place_before_a_national_body_s_bare_name_is_a_local_body(
    extractor: Extractor, text: str, name: str
) -> None:
    """The city's or province's commission (of a city known or invented: 北辰市) is no national one that the bare
    name (国资委) stands for alone."""
    extraction = extractor.extract(text, "t")
    found = [(m.text, m.entity) for m in extraction.mentions if m.label == "Government"]
    assert [m for m, _ in found] == [name] and found[0][1] not in ("sasac", "ndrc")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技境外上市证监会备案获通过",
        "星雲科技境外上市證監會備案獲通過",
        "公司赴港上市证监会备案已完成",
        "公司赴港上市證監會備案已完成",
    ],
)
def test_a_verb_ending_as_a_city_does_is_no_place_before_a_national_body(
    extractor: Extractor, text: str
) -> None:
    """上市 ends as 北辰市 does but names no city: the commission after it is the national one, not a local body."""
    extraction = extractor.extract(text, "t")
    assert [m.text for m in extraction.mentions if m.label == "Government"] in (["证监会"], ["證監會"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("瑞典卡车制造商斯堪诺与华为签署合作协议。", "斯堪诺"),
        ("德国车企博克曼与华为签署合作协议。", "博克曼"),
        ("美国芯片巨头高瑞特与联想签约。", "高瑞特"),
        ("德国汽车零部件巨头克雷默与吉利汽车签署战略合作协议。", "克雷默"),
        ("吉利汽车与德国零部件供应商克雷默签署协议。", "克雷默"),
        ("瑞士制药巨头诺瓦提斯与百度合作。", "诺瓦提斯"),
    ],
)
def test_a_foreign_firm_named_after_its_description_and_joined_to_a_firm_is_a_firm(
    extractor: Extractor, text: str, name: str
) -> None:
    """Invented transliterated names, which LAC reads as people or not at all: after a description of a firm,
    joined to another firm, the name alone (not the description) is a company."""
    found = mentions(extractor, text)
    assert ("Company", name) in found and ("Person", name) not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星云大学同商汤科技签署合作协议。", "星云大学"),
        ("上海星河人工智能研究院同商汤科技签约。", "上海星河人工智能研究院"),
    ],
)
def test_a_with_word_lac_reads_between_two_suffixed_names_splits_them(
    extractor: Extractor, text: str, name: str
) -> None:
    found = mentions(extractor, text)
    assert ("Organization", name) in found and ("Company", "商汤科技") in found
