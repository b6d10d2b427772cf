"""Partnerships and customer deals in the shapes real reporting takes, on invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import Read

Reader = Callable[..., Read]


def _pairs(doc: Read) -> list[list[str]]:
    return sorted(sorted(doc.names(e.orgs)) for e in doc.of_type("partnership"))


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司的推理芯片已被月光智能公司采用。",
        "星云科技公司的大模型被月光智能公司旗下多款产品接入。",
        "星云科技公司的推理芯片已被北辰集团旗下的月光智能公司采用。",
    ],
)
def test_a_maker_whose_product_a_customer_takes_up_in_the_passive_is_its_supplier(
    read: Reader, text: str
) -> None:
    doc = read(text)
    event = doc.one("partnership")
    assert (doc.names(event.orgs), event.kind) == (["星云科技", "月光智能"], "customer")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司的推理芯片将搭载于月光智能公司的新款车型。",
        "星雲科技公司的光達已部署於月光智能公司的新車。",
    ],
)
def test_a_maker_whose_product_is_placed_on_a_customers_goods_is_its_supplier(
    read: Reader, text: str
) -> None:
    doc = read(text)
    event = doc.one("partnership")
    assert (doc.names(event.orgs), event.kind) == (["星云科技", "月光智能"], "customer")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("星云建设所属星云路桥公司与月光智能签署了合作协议。", [["星云路桥", "月光智能"]]),
        ("星云建设所属星云隧道工程集团有限公司与北辰国家铁路局签署隧道施工合同。", []),
    ],
)
def test_the_owner_a_unit_is_said_to_belong_to_is_no_partner_of_the_unit_or_its_partner(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "X所属Y与Z签约": X only says whose Y is; X is neither Y's partner nor Z's."""
    assert _pairs(read(text)) == pairs


def test_the_units_an_owner_is_said_to_hold_after_with_are_each_the_partner(read: Reader) -> None:
    """ "A与X下属Y和Z签订": Y and Z, the units, sign with A (下属 alone makes X no subject of the sentence)."""
    text = "3月5日，星云航运与远山集团下属青禾造船有限公司和江苏白鹭船舶有限公司签订了12艘散货船合同。"
    assert {frozenset(pair) for pair in _pairs(read(text))} == {
        frozenset({"星云航运", "白鹭船舶"}),
        frozenset({"星云航运", "青禾造船"}),
    }


def test_a_firm_said_to_belong_to_something_else_than_a_unit_is_still_a_party(read: Reader) -> None:
    assert _pairs(read("星云科技所属行业竞争激烈，公司与月光智能签署了合作协议。")) == [
        ["星云科技", "月光智能"]
    ]


def test_a_unit_its_owner_does_not_name_takes_up_for_the_owner(read: Reader) -> None:
    doc = read("月光智能公司旗下App已接入星云科技公司的大模型。")
    assert _pairs(doc) == [["星云科技", "月光智能"]]


def test_members_of_a_list_each_promising_cooperation_are_no_partners_of_each_other(read: Reader) -> None:
    doc = read("论坛上，星云科技公司、月光智能公司、蓝海数据公司等企业代表均表示将加强合作。")
    assert doc.of_type("partnership") == []
    together = read("星云科技公司、月光智能公司、蓝海数据公司三方合作，共建联合实验室。")
    assert _pairs(together) == [["星云科技", "月光智能", "蓝海数据"]]


def test_members_of_a_list_each_promising_to_work_with_a_named_party_work_with_it(read: Reader) -> None:
    doc = read("星云科技公司、月光智能公司均表示将与蓝海数据公司加强合作。")
    assert _pairs(doc) == [["星云科技", "蓝海数据"], ["月光智能", "蓝海数据"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司与月光智能公司、蓝海数据公司均有合作。",
        "星云科技公司跟月光智能公司、蓝海数据公司都建立了合作关系。",
        "星云科技公司与月光智能公司、蓝海数据公司等企业均已达成合作。",
        "星雲科技公司與月光智能公司、藍海數據公司均有合作。",
    ],
)
def test_a_party_with_a_list_after_its_with_each_word_spread_over_the_list_works_with_each(
    read: Reader, text: str
) -> None:
    """ "A与B、C均有合作": 均 spreads over the list after "与", A works with B and with C."""
    assert _pairs(read(text)) == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "星云科技公司今天发布了新一代大模型。月光智能公司是其首批合作伙伴之一。",
            [["星云科技", "月光智能"]],
        ),
        (
            "星云科技公司发布了新一代大模型，月光智能公司、蓝海数据公司成为其首批合作伙伴。",
            [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]],
        ),
        ("星云科技公司推出新品。月光智能公司已与该公司签署了战略合作协议。", [["星云科技", "月光智能"]]),
        ("星云科技公司推出新品，月光智能公司与其达成了深度合作。", [["星云科技", "月光智能"]]),
        (
            "星云科技公司发布新品。月光智能公司随后宣布，将与该公司在智能座舱领域合作。",
            [["星云科技", "月光智能"]],
        ),
        ("星云科技公司与北辰集团签约。月光智能公司随后宣布，将与其合作。", [["北辰集团", "星云科技"]]),
        # Two firms before, or a person: 其 may be either's.
        ("星云科技公司收购了北辰集团。月光智能公司是其合作伙伴。", []),
        ("张伟是星云科技公司的CEO。月光智能公司是其合作伙伴。", []),
        # A unit of the firm referred to is no partner of it.
        ("星云科技公司推出新品，月光智能公司与其子公司签署了合作协议。", []),
    ],
)
def test_a_partner_of_a_firm_named_before_and_referred_to_works_with_it(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "X发布新模型。A是其合作伙伴": 其 stands for X, the one firm named before."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "星云科技公司发布了自动驾驶芯片。月光智能公司将成为该公司的第一个客户。",
            [["星云科技", "月光智能"]],
        ),
        (
            "星云科技公司发布了自动驾驶芯片。月光智能公司、蓝海数据公司是其首批客户。",
            [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]],
        ),
        ("星云科技公司推出机器人平台。月光智能公司将为其提供芯片。", [["星云科技", "月光智能"]]),
        ("星云科技公司推出机器人平台。月光智能公司已向该公司供货。", [["星云科技", "月光智能"]]),
        (
            "星云科技公司发布新款大模型。月光智能公司和蓝海数据公司已接入其大模型。",
            [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]],
        ),
        # A firm's own ways and sites, no one else's product taken up.
        ("星云科技公司上周发布了财报。月光智能公司采用其一贯的低价策略。", []),
        # The customers of the speaker's own firm, no one named before.
        ("星云科技公司的新品大卖。月光智能公司表示，将为其客户提供更好的服务。", []),
        ("星云科技公司推出新品。月光智能公司为其子公司提供贷款担保。", []),
    ],
)
def test_a_supplier_or_customer_of_a_firm_named_before_and_referred_to_deals_with_it(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "X发布新芯片。A成为其首个客户", "A将为其提供芯片": 其 stands for X, named in the sentence before."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "星云科技公司成立于2020年。其合作伙伴包括月光智能公司和蓝海数据公司。",
            [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]],
        ),
        ("星云科技公司近日发布财报。其最大客户为月光智能公司。", [["星云科技", "月光智能"]]),
        ("星云科技公司近日发布财报。该公司的主要客户有月光智能公司。", [["星云科技", "月光智能"]]),
        # Two firms named before, or a word only starting like one: no owner read.
        ("星云科技公司收购了北辰集团。其客户包括月光智能公司。", []),
        ("星云科技公司近日发布财报。其他客户包括月光智能公司。", []),
    ],
)
def test_the_partners_or_customers_a_word_referring_to_a_firm_named_before_owns_are_its(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "X成立于2020年。其合作伙伴包括A和B": 其 owns the noun and stands for X."""
    assert _pairs(read(text)) == pairs


def test_parties_counted_as_three_make_one_deal_of_all(read: Reader) -> None:
    doc = read("星云科技公司与月光智能公司、蓝海数据公司三方签订合作协议。")
    assert _pairs(doc) == [["星云科技", "月光智能", "蓝海数据"]]


@pytest.mark.parametrize(
    "text",
    [
        "通过与月光智能公司的合作，星云科技公司将加快产品落地。",
        "同月光智能公司合作以来，星云科技公司的线上销量大幅增长。",
    ],
)
def test_a_fronted_phrase_of_working_with_a_company_is_about_the_company_opening_the_next_clause(
    read: Reader, text: str
) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


def test_and_opening_a_clause_means_with(read: Reader) -> None:
    doc = read("星云科技公司去年完成了重组，并和月光智能公司签订了供货协议。")
    assert _pairs(doc) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("星云科技公司和月光智能达成合作。", "月光智能"),
        ("星云科技公司与白桦智能就芯片展开合作。", "白桦智能"),
    ],
)
def test_a_company_named_with_ordinary_words_is_found_by_its_place_in_a_deal(
    read: Reader, text: str, other: str
) -> None:
    assert other in [name for pair in _pairs(read(text)) for name in pair]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司董事长张明、月光智能公司总裁李华当天参加了本次签约仪式。",
        "见证了签约的来宾中有星云科技公司董事长张明和月光智能公司总裁李华。",
    ],
)
def test_companies_of_people_attending_a_signing_are_no_parties(read: Reader, text: str) -> None:
    assert read(text).of_type("partnership") == []
    held = read("星云科技公司与月光智能公司举行签约仪式，双方董事长出席。")
    assert _pairs(held) == [["星云科技", "月光智能"]]


def test_a_partner_the_knowledge_does_not_hold_makes_the_deal_less_sure(read: Reader) -> None:
    known = read("百度与华为签署合作协议。").one("partnership")
    unknown = read("百度与星云科技签署合作协议。").one("partnership")
    assert known.confidence > unknown.confidence + 0.05


def test_a_school_of_a_university_the_article_names_partners_for_the_university(read: Reader) -> None:
    doc = read("东岭大学与星云科技公司合作多年。东岭大学计算机学院与星云科技公司签署合作协议。")
    assert _pairs(doc) == [["东岭大学", "星云科技"]]
    alone = read("东岭大学计算机学院与星云科技公司签署合作协议。")
    assert _pairs(alone) == [["东岭大学计算机学院", "星云科技"]]


def test_a_company_whose_head_speaks_of_working_with_another_partners_with_it(read: Reader) -> None:
    doc = read("星云科技公司董事长张明说，公司多年来与月光智能公司保持着紧密合作。")
    assert _pairs(doc) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司将开发自动驾驶卡车，月光智能公司将是大客户。",
        "星雲科技公司將開發自駕卡車，月光智能公司將是大客戶。",
    ],
)
def test_a_company_named_a_customer_after_a_clause_about_another_is_its_customer(
    read: Reader, text: str
) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]
    assert read("张明说，月光智能公司将是大客户。").of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司与月光智能公司联合宣布，两家将在杭州共建算力中心。",
        "星云科技公司和月光智能公司一同领衔起草一项机器人行业标准。",
        "星云科技公司与月光智能公司共同发起了一个开源大模型社区。",
    ],
)
def test_two_companies_acting_as_one_with_no_deal_word_are_partners(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    "text",
    [
        "月光资本持股的星云科技公司是国内最大的光模块供应商。",
        "吉利汽车近年先后收购了宝腾和全球领先的飞行汽车供应商太力飞行汽车。",
    ],
)
def test_a_supplier_described_by_its_standing_in_a_market_is_no_one_s_supplier(
    read: Reader, text: str
) -> None:
    """ "国内最大的芯片供应商", "全球领先的传感器供应商": a firm's standing in a market, no customer named."""
    assert read(text).of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司是华为全球最大的芯片供应商。",
        "星云科技公司服务过华为等全球知名客户。",
        "星云科技公司积累了华为等一批国内头部客户。",
    ],
)
def test_a_market_s_scope_right_after_a_customer_is_the_customer_s(read: Reader, text: str) -> None:
    # "Y全球最大的供应商": Y's biggest supplier; "Y等全球知名客户", "Y等一批国内头部客户": Y is one of those
    # customers, however the list is described after its 等.
    assert _pairs(read(text)) == [["华为", "星云科技"]]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("星云科技公司拟与月光智能公司签订芯片供货协议。", "planned"),
        ("星云科技公司表示，目前并未与月光智能公司签署任何协议。", "denied"),
        ("星云科技公司眼下正与月光智能公司就芯片合作进行谈判。", "planned"),
        ("星云科技公司这周仍在与月光智能公司谈判合作细节。", "planned"),
        ("几轮谈判下来，星云科技公司与月光智能公司签署了芯片合作协议。", "asserted"),
        ("星云科技公司与月光智能公司历经半年谈判后签署了芯片合作协议。", "asserted"),
        # A long partner name, or a setting after it, keeps the cue before "与" scoping the deal.
        ("星云科技公司拟与北京月光智能科技有限公司签署战略合作协议。", "planned"),
        ("星雲科技公司計劃與上海藍海數據技術股份有限公司成立合資公司。", "planned"),
        ("星云科技公司并未与北京月光智能科技有限公司开展任何合作。", "denied"),
        ("星云科技公司将与月光智能公司在自动驾驶领域展开合作。", "planned"),
        ("星云科技公司将继续与月光智能公司在芯片方面开展合作。", "planned"),
        ("星云科技公司有意与月光智能公司合作开发芯片。", "planned"),
        ("星云科技公司尚未与月光智能公司达成合作。", "denied"),
        ("星云科技公司与月光智能公司在北京签署了战略合作协议。", "asserted"),
        # The same after a preposition naming the customer ("向Y", "为Y").
        ("星云科技公司将向月光智能公司供应电池。", "planned"),
        ("星云科技公司拟为北京月光智能科技有限公司提供算力服务。", "planned"),
        ("星云科技公司将和月光智能公司共同开发芯片。", "planned"),
        ("星云科技公司去年为月光智能公司提供了芯片。", "asserted"),
        ("星云科技公司澄清，公司目前未与月光智能公司开展任何合作。", "denied"),
        ("星云科技公司表示，暂未与月光智能公司合作。", "denied"),
        ("星云科技公司未来将与月光智能公司合作。", "planned"),
        ("星云科技公司未透露与月光智能公司合作的细节。", "asserted"),
        # An opinion of what a company should do tells no deal that happened.
        ("业内人士认为，星云科技公司应该与月光智能公司合作。", "planned"),
        # Not ruling a deal out leaves it to come.
        ("星云科技公司表示，不排除未来与月光智能公司合作的可能。", "planned"),
        # The terms of an agreement made: its future tense is agreed, a plan word still plans.
        ("根据协议，星云科技公司将为月光智能公司提供算力服务。", "asserted"),
        ("按照合作协议，星云科技公司将与月光智能公司共建联合实验室。", "asserted"),
        ("根据协议，星云科技公司计划与月光智能公司成立合资公司。", "planned"),
    ],
)
def test_a_cue_before_the_partner_after_with_tells_the_deals_modality(
    read: Reader, text: str, modality: str
) -> None:
    assert read(text).one("partnership").modality == modality


@pytest.mark.parametrize(
    "text",
    [
        "在扫地机器人市场，星云科技公司的销量已超过月光智能公司。",
        "随着算力需求走高，星云科技公司和月光智能公司都在扩建数据中心。",
        "星云科技公司与月光智能公司共同占据了国内扫地机器人过半销量。",
        "星云科技公司和月光智能公司是无人机领域的两大竞争对手。",
        "星云科技公司正在与月光智能公司争夺客户。",
        "星雲科技公司與月光智能公司爭奪訂單。",
        "星云科技公司和月光智能公司争抢大客户。",
    ],
)
def test_companies_named_side_by_side_in_ordinary_news_are_no_partners(read: Reader, text: str) -> None:
    assert read(text).of_type("partnership") == []


def test_a_party_and_the_list_after_its_with_acting_as_one_make_one_deal(read: Reader) -> None:
    doc = read("星云科技公司与月光智能公司和蓝海数据公司一同领衔了一项算力基建计划。")
    assert _pairs(doc) == [["星云科技", "月光智能", "蓝海数据"]]
    each = read("星云科技公司与月光智能公司、蓝海数据公司分别签订研发协议。")
    assert _pairs(each) == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司宣布，将与月光智能公司、蓝海数据公司共同打造算力平台。",
        "星雲科技公司表示，公司將與月光智能公司、藍海數據公司共同開發車載系統。",
    ],
)
def test_a_list_acting_as_one_with_a_party_of_an_earlier_clause_makes_one_deal(
    read: Reader, text: str
) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能", "蓝海数据"]]


@pytest.mark.parametrize(
    "text",
    [
        "参与此次增资的投资方有华为战投和远航资本。",
        "月光机器人此次增资的投资者为华为战投与远航资本。",
    ],
)
def test_investors_listed_after_an_investor_noun_are_no_partners_of_each_other(
    read: Reader, text: str
) -> None:
    assert read(text).of_type("partnership") == []


def test_a_partner_called_a_former_one_ended_the_partnership(read: Reader) -> None:
    assert read("月光智能公司的前合作伙伴星云科技公司上月裁员三成。").one("partnership").status == "ended"
    assert read("月光智能公司的合作伙伴星云科技公司上月裁员三成。").one("partnership").status == "active"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技与蓝鲸科技曾于2019年签署合作协议，但双方今年已终止合作。",
        "星云科技和蓝鲸科技三年前达成合作，如今双方已分道扬镳。",
        "星云科技公司与月光智能公司的合作协议于去年到期，双方未再续约。",
    ],
)
def test_a_partnership_ended_later_in_the_sentence_is_ended(read: Reader, text: str) -> None:
    assert read(text).one("partnership").status == "ended"


@pytest.mark.parametrize(
    "text",
    [
        "招股书显示，公司的主要客户包括星云科技公司、月光智能公司和蓝海数据公司。",
        "報告期內，公司前五大客戶包括月光智能公司、藍海數據公司等。",
    ],
)
def test_customers_listed_with_no_owner_named_are_no_partners_of_each_other(read: Reader, text: str) -> None:
    assert read(text).of_type("partnership") == []
    owned = read("星云科技公司的客户包括月光智能公司和蓝海数据公司。")
    assert _pairs(owned) == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]


@pytest.mark.parametrize(
    "text",
    [
        "月光智能公司采购星云科技公司的云计算服务。",
        "月光智能公司採購星雲科技公司的伺服器。",
    ],
)
def test_a_company_buying_from_the_one_named_after_the_verb_is_its_customer(read: Reader, text: str) -> None:
    event = read(text).one("partnership")
    assert event.kind == "customer"
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]
    assert read("供应商星云科技公司发布财报。").of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "月光智能公司与蓝海数据公司正式分手。",
        "星雲科技公司與月光智能公司宣布分手。",
        "星云科技公司与月光智能公司的供货合同到期后没有续约。",
    ],
)
def test_partners_parting_ways_ended_the_partnership(read: Reader, text: str) -> None:
    assert read(text).one("partnership").status == "ended"
    assert read("李强与月光智能公司分手。").of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司CEO李强曾在月光智能公司与蓝海数据公司的合作项目中担任顾问。",
        "北辰语智公司看好月光智能公司和蓝海数据公司的合作前景。",
    ],
)
def test_a_company_named_apart_before_a_pair_working_together_is_no_party(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["月光智能", "蓝海数据"]]
    listed = read("星云科技公司、月光智能公司与蓝海数据公司的合作已持续三年。")
    assert _pairs(listed) == [["星云科技", "月光智能", "蓝海数据"]]


@pytest.mark.parametrize(
    "text",
    [
        "星雲科技公司與月光智能公司結為策略聯盟。",
        "星雲科技公司宣布與月光智能公司締結策略夥伴關係。",
        "星云科技公司与月光智能公司宣布结成战略联盟。",
    ],
)
def test_an_alliance_or_partnership_formed_is_a_partnership(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("星云科技公司将向月光智能公司供应电池。", "supplier"),
        ("星云科技公司获得月光智能公司新车型的定点。", "customer"),
        ("星云科技公司已向月光智能公司交付首批芯片。", "supplier"),
        ("月光智能公司订购了星云科技公司的1000台服务器。", "customer"),
    ],
)
def test_a_supplier_supplying_or_nominated_by_a_customer_deals_with_it(
    read: Reader, text: str, kind: str
) -> None:
    event = read(text).one("partnership")
    assert (sorted(read(text).names(event.orgs)), event.kind) == (["星云科技", "月光智能"], kind)
    assert read("星云科技公司和月光智能公司的芯片供应紧张。").of_type("partnership") == []
    assert read("星云科技公司与月光智能公司的交付量均创新高。").of_type("partnership") == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("星雲科技公司夥拍月光智能公司推出全新電動車。", "asserted"),
        ("星雲科技公司與月光智能公司推出聯乘產品。", "asserted"),
        ("市場消息指，星雲科技公司將與月光智能公司合作。", "rumored"),
    ],
)
def test_hong_kong_wording_of_a_partnership(read: Reader, text: str, modality: str) -> None:
    event = read(text).one("partnership")
    assert (read(text).names(event.orgs), event.modality) == (["星云科技", "月光智能"], modality)


@pytest.mark.parametrize(
    "text",
    [
        "记者从星云科技公司获悉，该公司已与月光智能公司签约。",
        "據星雲科技公司官網消息，公司與月光智能公司簽署合作協議。",
    ],
)
def test_a_company_telling_its_own_news_is_the_one_referred_back_to(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]
    assert read("据星云证券研报，公司与月光智能公司签署合作协议。").of_type("partnership") == []


def test_a_company_parting_with_one_partner_and_teaming_up_with_another_takes_the_new_one_alone(
    read: Reader,
) -> None:
    doc = read("星云科技公司与月光智能公司分手后，转而牵手蓝海数据公司。")
    assert _pairs(doc) == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]
    both = read("星云科技公司与月光智能公司签署协议，双方将携手蓝海数据公司开拓市场。")
    assert ["星云科技", "月光智能", "蓝海数据"] in _pairs(both)


@pytest.mark.parametrize(
    "text",
    [
        "月光智能公司胜出后，采购人蓝海市数据局与采购代理机构星辰招标咨询公司一同寄出了通知。",
        "月光智能公司勝出後，採購人藍海市數據局與採購代理機構星辰招標諮詢公司一同寄出了通知。",
        "采购单位蓝海市交通局近日通知星云科技公司，其智慧交通方案胜出。",
    ],
)
def test_the_roles_named_in_a_bid_notice_are_no_customer_deal(read: Reader, text: str) -> None:
    """The buyer and its tendering agent named in a bid notice are the bid's tenderers: their role nouns
    ("采购人", "采购代理机构") announce no purchase of their own."""
    doc = read(text)
    assert [e for e in doc.of_type("partnership") if e.kind != "bid"] == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司与蓝海银行签署《流动资金贷款合同》，借款金额不超过5亿元。",
        "星雲科技公司與藍海銀行簽訂《最高額保證合同》。",
        "月光智能公司与星云资本签订增资协议，星云资本将向其投资3亿元。",
        "星云科技公司与蓝海信托签订融资协议，金额最高2亿元。",
        "星云科技公司与月光智能公司就出售蓝海数据公司股权签订了买卖协议。",
        "星云科技公司与月光智能公司签订《赔偿协议》，月光智能公司赔偿损失2亿元。",
        "星云科技公司与月光智能公司签署《股份认购协议》，月光智能公司认购其定向增发的新股。",
        "星云科技公司与月光智能公司日前签订了《增资扩股合同》。",
    ],
)
def test_a_loan_guarantee_or_capital_agreement_signed_is_no_partnership(read: Reader, text: str) -> None:
    """Borrowing from a bank, guaranteeing a debt or taking an investor's money (a capital increase, new shares
    subscribed for) is financing, not work done together; a sale of assets between two firms or amends for a
    harm is no work together either."""
    assert read(text).of_type("partnership") == []
    assert read("星云科技公司与蓝海银行签署战略合作协议。").one("partnership").kind == "cooperation"


def test_a_pooled_trust_plan_is_no_joint_venture(read: Reader) -> None:
    """A trust pooling investors' money ("集合资金信托计划") holds the joint-venture word by chance."""
    doc = read("星云科技公司拟通过设立“蓝海信托月光一期集合资金信托计划”开展融资。")
    assert doc.of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "蓝海公共资源交易中心挂出了蓝海市交通局信号灯采购的评审结论，星云科技公司排名第一。",
        "蓝海公共资源交易网今天挂出了蓝海市交通局信号灯采购的评审结论。",
        "藍海公共資源交易中心今天掛出了藍海市交通局號誌燈採購的評審結論。",
    ],
)
def test_a_trading_venue_publishing_a_tender_is_no_party(read: Reader, text: str) -> None:
    """A public trading centre or tendering website only publishes the notice, as an exchange lists shares:
    no customer of the buyer."""
    doc = read(text)
    deals = [e for e in doc.of_type("partnership") if e.kind != "bid"]
    parties = {name for e in deals for name in doc.names(e.orgs)}
    assert not any(name.endswith(("交易中心", "交易网")) for name in parties)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("星云科技宣布，其子公司青松电子与月光智能签署了合作协议。", [{"青松电子", "月光智能"}]),
        ("星云科技宣布，公司与其全资子公司青松电子签署了协议。", []),
    ],
)
def test_the_unit_its_announcer_names_with_qi_is_the_party(
    read: Reader, text: str, pairs: list[set[str]]
) -> None:
    """其 opening a clause names the announcer's unit, which signs ("X宣布，其子公司Y与Z签约": Y and Z); after
    与 it names a party's own unit, no partner."""
    doc = read(text)
    assert [{doc.name(o) for o in e.orgs} for e in doc.of_type("partnership")] == pairs


@pytest.mark.parametrize(
    "text",
    [
        "月光智能湖北分公司与月光智能共同签署了数据中心运维协议。",
        "月光智能湖北分公司與月光智能共同簽署了數據中心運維協議。",
        "星云科技与星云科技智能云携手发布了新一代服务器。",
        "星雲科技與星雲科技智能雲攜手發布了新一代伺服器。",
    ],
)
def test_a_party_and_a_unit_named_after_it_are_no_partners(read: Reader, text: str) -> None:
    """A branch or unit written as its owner's name with more after it works inside its owner."""
    assert read(text).of_type("partnership") == []
    assert _pairs(read("月光智能湖北分公司与星云科技签署了数据中心运维协议。")) != []


@pytest.mark.parametrize(
    "text",
    [
        "蓝海通信和北辰电信今年的基站联合集中采购已经公示入选名单。",
        "藍海通信和北辰電信今年的基站聯合集中採購已經公示入選名單。",
        "藍海通信今年的伺服器集中採購由星雲科技公司勝出。",
        "月光药业参与了蓝海药品联采平台牵头的药品带量采购。",
        "星云科技公司在蓝海通信交换机招标采购中排名第一。",
    ],
)
def test_a_tender_programme_named_by_its_buying_word_is_no_customer_deal(read: Reader, text: str) -> None:
    """Centralised, volume-based, joint or tendered buying ("集中采购", "带量采购", "联合采购", "招标采购") names
    a tender programme: who wins it is told by the bid words, and its buyers are no customers of each other."""
    doc = read(text)
    assert [e for e in doc.of_type("partnership") if e.kind != "bid"] == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("星云与星云方舟科技签署了战略合作协议。", ["星云", "星云方舟科技"]),
        ("北辰能源与北辰能源化工集团签署了天然气保供合作协议。", ["北辰能源", "北辰能源化工集团"]),
        ("北辰能源與北辰能源化工集團簽署了天然氣保供合作協議。", ["北辰能源", "北辰能源化工集团"]),
        ("腾讯与腾讯音乐娱乐集团签署了版权合作协议。", ["腾讯", "腾讯音乐"]),
        ("中国银行与中国银行业协会联合发布了跨境支付报告。", ["中国银行", "中国银行业协会"]),
    ],
)
def test_a_firm_sharing_the_start_of_another_name_stays_its_partner(
    read: Reader, text: str, pair: list[str]
) -> None:
    """A name that goes on after another party's name with a business of its own ("化工集团", "方舟科技",
    "业协会") is a firm of its own: an unrelated one, or a subsidiary dealing with its group; only a unit's
    ending or the firm's own forms make it the other's unit."""
    assert _pairs(read(text)) == [pair]
    assert read("月光智能与月光智能集团股份有限公司签署了协议。").of_type("partnership") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("北辰集团向星云科技采购人工智能芯片。", ["北辰集团", "星云科技"]),
        ("北辰集团向星云科技采购人形机器人500台。", ["北辰集团", "星云科技"]),
    ],
)
def test_buying_goods_whose_name_starts_like_a_role_noun_is_a_customer_deal(
    read: Reader, text: str, pair: list[str]
) -> None:
    """ "采购人" is the buyer's role only when a name or punctuation follows it; "采购人工智能芯片" buys chips."""
    assert _pairs(read(text)) == [pair]
    role = read("采购人：蓝海市数据局，采购代理机构：星辰招标咨询公司。")
    assert [e for e in role.of_type("partnership") if e.kind != "bid"] == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("北辰电信通过公开招标采购星云科技的5G基站。", ["北辰电信", "星云科技"]),
        ("北辰電信通過公開招標採購星雲科技的5G基站。", ["北辰电信", "星云科技"]),
        ("蓝海医院通过带量采购月光药业的降压药。", ["月光药业", "蓝海医院"]),
    ],
)
def test_tendered_buying_from_a_named_seller_is_a_customer_deal(
    read: Reader, text: str, pair: list[str]
) -> None:
    """ "招标采购" names a tender programme, but with the seller named right after it the buyer buys from it."""
    assert _pairs(read(text)) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("海豚智联成为星云科技的核心供应商。", ["星云科技", "海豚智联"]),
        ("棱镜视觉成为华为的合作伙伴。", ["华为", "棱镜视觉"]),
        ("飞鸟医疗成为月光智能的重要客户。", ["月光智能", "飞鸟医疗"]),
    ],
)
def test_a_company_becoming_anothers_partner_supplier_or_customer_is_named_by_its_place(
    read: Reader, text: str, pair: list[str]
) -> None:
    """ "X成为Y的供应商": X opens the clause, an unknown name the recognisers miss."""
    assert _pairs(read(text)) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("蓝湾机器人采用棱镜视觉的感知算法。", ["棱镜视觉", "蓝湾机器人"]),
        ("海豚智联接入棱镜算力的推理平台。", ["棱镜算力", "海豚智联"]),
        ("飞鸟医疗部署了星云科技的大模型。", ["星云科技", "飞鸟医疗"]),
    ],
)
def test_a_customer_taking_up_a_makers_product_and_the_maker_are_named_by_their_place(
    read: Reader, text: str, pair: list[str]
) -> None:
    """ "X接入Y的大模型": the customer opens the clause, the maker stands between the verb and 的."""
    assert _pairs(read(text)) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "海豚智联、棱镜视觉与星云科技三方签署合作协议。",
        "星云科技、海豚智联、棱镜视觉三方在深圳签约。",
    ],
)
def test_each_member_of_a_deal_counted_by_its_parties_is_named_by_its_place(read: Reader, text: str) -> None:
    """ "A、B与C三方签约": every name listed before the count is a party, however LAC reads its words."""
    assert _pairs(read(text)) == [["星云科技", "棱镜视觉", "海豚智联"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司成为月光智能公司在华南地区的总代理。",
        "星云科技公司成为月光智能公司在中国的独家代理。",
        "星雲科技公司取得月光智能公司產品的獨家經銷權。",
    ],
)
def test_a_sole_distributor_of_a_makers_goods_is_its_customer(read: Reader, text: str) -> None:
    """A sole or general distributor buys what it resells from the maker: a customer deal; a maker's dealers
    named as such ("利用月光汽车经销商的网络") are none."""
    event = read(text).one("partnership")
    assert (sorted(read(text).names(event.orgs)), event.kind) == (["星云科技", "月光智能"], "customer")
    assert read("星云科技公司将利用月光汽车公司经销商的服务网络。").of_type("partnership") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("棱镜视觉联手云帆智驾，进军机器人市场。", ["云帆智驾", "棱镜视觉"]),
        ("秦川知远攜手鴻海，搶攻AI伺服器市場。", ["秦川知远", "鸿海"]),
        ("海豚智联牵手长城汽车。", ["海豚智联", "长城汽车"]),
    ],
)
def test_a_company_joining_hands_with_another_is_named_by_its_place(
    read: Reader, text: str, pair: list[str]
) -> None:
    """ "X携手Y": the verb tells the deal whatever the clause goes on to; X opens it."""
    assert _pairs(read(text)) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("棱镜视觉为北辰银行提供智能风控系统。", ["北辰银行", "棱镜视觉"]),
        ("远山智联已向蔚来交付首批芯片。", ["蔚来", "远山智联"]),
        ("青禾數據將為中華電信提供雲端資安服務。", ["中华电信", "青禾数据"]),
        ("商汤科技为招商银行量身打造了智能客服系统。", ["商汤科技", "招商银行"]),
        ("星云科技为小米定制了一款推理芯片。", ["小米", "星云科技"]),
        ("商汤科技正在为比亚迪研发智能座舱系统。", ["商汤科技", "比亚迪"]),
        ("寒武纪正在向百度交付首批芯片。", ["寒武纪", "百度"]),
        ("星云科技将为阿里巴巴旗下的阿里云提供芯片。", ["星云科技", "阿里云"]),
        ("星云科技向腾讯旗下的微众银行交付了首批服务器。", ["微众银行", "星云科技"]),
    ],
)
def test_a_supplier_providing_for_a_customer_is_named_by_its_place(
    read: Reader, text: str, pair: list[str]
) -> None:
    """ "X为Y提供", "X向Y交付", "X为Y量身打造": the supplier opens the clause, also doing so now ("正在为Y…": no
    place opened by 在); a customer's owner named before it ("为Z旗下的Y提供") only says whose Y is."""
    assert _pairs(read(text)) == [pair]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("星云科技进入华为供应链。", [["华为", "星云科技"]]),
        ("星云科技成功打入比亚迪的供应链体系，股价大涨。", [["星云科技", "比亚迪"]]),
        ("星云科技已被纳入华为、小米等厂商的供应链。", [["华为", "星云科技"], ["小米", "星云科技"]]),
        ("受华为供应链调整影响，星云科技股价下跌。", []),
        # The entering word takes another object: no chain entered.
        ("星云科技进入储能行业后比亚迪的供应链压力骤增。", []),
        ("星云科技导入新的排产软件以优化华为的供应链。", []),
    ],
)
def test_a_supplier_entering_a_customers_supply_chain_deals_with_it(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "X进入Y的供应链": X supplies Y; a chain only named ("受Y供应链影响"), or one after a word entering something
    else ("进入某行业后Y的供应链"), ties no one."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "星云科技作为小米生态链企业打造了一款智能音箱。",
        "星云科技向小米学习了多年的精益管理经验后打造了自己的工厂。",
    ],
)
def test_a_beneficiary_word_of_another_word_or_verb_names_no_customer(read: Reader, text: str) -> None:
    """ "作为Y生态链企业打造…": 为 ends 作为; "向Y学习多年的经验后打造…": 向 goes with a verb far before the word."""
    assert _pairs(read(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技已与多家车企达成合作，包括理想汽车和零跑汽车。",
        "星雲科技已與多家車廠簽約，其中包括理想汽車、零跑汽車。",
        "星云科技表示，公司已与多家车企达成合作，包括理想汽车和零跑汽车。",
        "星云科技透露，目前已与多家车企签约，其中包括理想汽车、零跑汽车。",
    ],
)
def test_partners_of_a_class_listed_in_the_next_clause_each_partner_with_the_party(
    read: Reader, text: str
) -> None:
    """ "X已与多家车企达成合作，包括A和B": X with each of the firms the next clause lists."""
    assert _pairs(read(text)) == [["星云科技", "理想汽车"], ["星云科技", "零跑汽车"]]
    assert _pairs(read("星云科技与月光智能达成合作，包括联合研发和技术授权。")) == [["星云科技", "月光智能"]]


def test_firms_listed_after_a_deal_with_no_one_left_out_are_no_partners_of_the_speaker(read: Reader) -> None:
    """ "X表示，行业内多家企业达成合作，包括A和B": no "与" leaves X out; X only tells of others."""
    assert _pairs(read("星云科技表示，行业内已有多家企业达成合作，包括理想汽车和零跑汽车。")) == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技的激光雷达已被比亚迪、吉利等车企采用。",
        "星雲科技的晶片已被比亞迪、吉利採用。",
    ],
)
def test_each_customer_of_a_list_taking_up_a_makers_product_in_the_passive_deals_with_it(
    read: Reader, text: str
) -> None:
    """ "X的雷达已被A、B等车企采用": each listed customer takes up X's product."""
    assert _pairs(read(text)) == [["吉利汽车", "星云科技"], ["星云科技", "比亚迪"]]


@pytest.mark.parametrize(
    "text",
    [
        "星雲科技的AI晶片獲比亞迪採用。",
        "星云科技的大模型获得比亚迪旗下多款车型接入。",
        "星雲科技獲比亞迪選用，股價應聲大漲。",
    ],
)
def test_a_customer_after_a_word_of_receiving_takes_up_the_makers_product(read: Reader, text: str) -> None:
    """ "X的晶片獲Y採用": Taiwan and Hong Kong news write the passive with 獲 as with 被."""
    event = read(text).one("partnership")
    assert (read(text).names(event.orgs), event.kind) == (["星云科技", "比亚迪"], "customer")


def test_a_firm_received_from_before_a_second_act_takes_up_nothing(read: Reader) -> None:
    """ "X获Y投资并采用其芯片": Y invested; what X then takes up is no product Y is said to make here."""
    assert _pairs(read("星云科技获北辰资本投资并采用其芯片。")) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("星云科技宣布，其车规级芯片获得上汽集团定点。", ["上汽集团", "星云科技"]),
        ("星云科技称，其激光雷达已获得比亚迪的大单。", ["星云科技", "比亚迪"]),
        ("星雲科技表示，其伺服器獲得鴻海的訂單。", ["星云科技", "鸿海"]),
    ],
)
def test_a_customer_deal_told_of_what_its_refers_back_to_is_the_topics(
    read: Reader, text: str, pair: list[str]
) -> None:
    """ "X宣布，其芯片获得Y定点": 其 is X's; "其子公司Y获得大单" names X's own unit, no customer."""
    assert _pairs(read(text)) == [pair]
    assert read("星云科技宣布，其子公司青松电子获得大单。").of_type("partnership") == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("星云科技发布新款激光雷达，并获得月光汽车的定点。", [["星云科技", "月光汽车"]]),
        (
            "星云科技与北辰集团签约，并获得月光汽车的订单。",
            [["北辰集团", "星云科技"], ["星云科技", "月光汽车"]],
        ),
        ("星雲科技成立於2019年，已獲得月光汽車的訂單。", [["星云科技", "月光汽车"]]),
    ],
)
def test_a_customer_deal_received_in_a_clause_with_no_subject_is_the_topics(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "X与A签约，并获得Y的定点": the clause opening with a word of receiving goes on with X, the topic."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "星云科技宣布，其车规级芯片已获得比亚迪、吉利等多家车企的定点。",
        "星云科技宣布，其激光雷达已获得比亚迪和吉利的订单。",
        "星雲科技宣布，其晶片已獲得比亞迪、吉利的訂單。",
    ],
)
def test_a_list_of_customers_owning_the_deal_word_after_what_refers_back_deals_each_with_the_topic(
    read: Reader, text: str
) -> None:
    """ "X宣布，其芯片获得A、B等车企的定点": X supplies A and B, who deal with no one together."""
    assert _pairs(read(text)) == [["吉利汽车", "星云科技"], ["星云科技", "比亚迪"]]


@pytest.mark.parametrize(
    "text",
    [
        "百度与小米分别和星云科技签署了合作协议。",
        "百度、小米分别和星云科技签署了合作协议。",
        "百度與小米均已和星雲科技達成合作。",
    ],
)
def test_a_group_each_working_with_the_party_after_and_gives_one_deal_per_member(
    read: Reader, text: str
) -> None:
    """ "A与B分别和C签约": after 分别 (均, 已 ...) "和" means "with": A-C and B-C, not one deal of the three."""
    assert _pairs(read(text)) == [["小米", "星云科技"], ["星云科技", "百度"]]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("星云资本领投了月光智能的A轮融资，其激光雷达已获得比亚迪定点。", ["星云资本", "比亚迪"]),
        ("星云科技完成对月光智能的收购，其芯片已获得吉利的订单。", ["吉利", "星云科技"]),
    ],
)
def test_what_refers_back_after_two_organisations_names_no_customer_deal(
    read: Reader, text: str, pair: list[str]
) -> None:
    """ "X领投了Z的A轮，其芯片获得Y定点": 其 may be Z's as well as X's, so X is not told to supply Y."""
    assert pair not in _pairs(read(text))


def test_the_time_of_a_deal_told_with_and_names_its_parties(read: Reader) -> None:
    doc = read("在星云科技公司和月光智能公司合作期间，两家公司共推出三款芯片。")
    assert _pairs(doc) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    "text",
    [
        "作为月光智能公司的战略合作伙伴，星云科技公司优先获得了新品的发售权。",
        "作为月光智能公司的独家合作伙伴，星云科技公司将负责新品在欧洲的销售。",
    ],
)
def test_a_fronted_partner_role_makes_the_company_after_it_the_partner(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]
    assert read("作为月光智能公司的合作伙伴，张明出席了发布会。").of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "作为月光智能公司推进国际合作的重要一步，星云研究院今日在深圳揭牌。",
        "作为月光智能公司合作项目的承建方，星云科技公司今年营收增长三成。",
        "作為月光智能公司深化產業合作的關鍵舉措，星雲研究院今日在台北揭牌。",
    ],
)
def test_a_fronted_deal_word_describing_something_else_makes_no_partner(read: Reader, text: str) -> None:
    """ "作为X推进合作的重要一步，Y…": what the subject is, a step or a builder, is no partner of X."""
    assert _pairs(read(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "此次与月光智能公司的强强联手，更让星云科技公司打通了线上渠道。",
        "与月光智能公司的合作，让星云科技公司的销量大增。",
    ],
)
def test_a_fronted_deal_that_makes_a_company_act_is_that_companys(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司、月光智能公司等供应商近期纷纷涨价。",
        "星云科技公司、月光智能公司在内的多家车企都是其电池的客户。",
    ],
)
def test_a_list_given_as_members_of_a_class_of_suppliers_or_customers_are_no_partners(
    read: Reader, text: str
) -> None:
    assert read(text).of_type("partnership") == []


def test_a_party_dealing_with_a_list_of_suppliers_deals_with_each(read: Reader) -> None:
    doc = read("北辰语智公司与星云科技公司、月光智能公司等电池供应商签署了长期协议。")
    assert _pairs(doc) == [["北辰语智", "星云科技"], ["北辰语智", "月光智能"]]
    supplied = read("北辰语智公司向星云科技公司、月光智能公司等客户供货。")
    assert _pairs(supplied) == [["北辰语智", "星云科技"], ["北辰语智", "月光智能"]]


def test_the_pair_referred_to_with_no_sentence_before_is_the_two_the_sentence_names(read: Reader) -> None:
    doc = read("根据协议，双方将在两个领域展开合作：星云科技公司负责研发，月光智能公司负责销售。")
    assert _pairs(doc) == [["星云科技", "月光智能"]]
    assert read("根据协议，双方将在两个领域展开合作：星云科技公司负责研发。").of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星河网3月5日讯星云科技公司周三公告称，公司本周一已与月光智能公司签署商务合同。",
        "星河网北京3月5日讯星云科技公司周三公告，公司已与月光智能公司签署了商务合同。",
    ],
)
def test_the_outlet_of_a_dateline_is_no_party_nor_the_company_referred_back_to(
    read: Reader, text: str
) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    "text",
    [
        "星河网 3月5日，星云科技发布公告称中标。",
        "星河財經3月5日，星雲科技與月光智能簽署商務合同。",
    ],
)
def test_an_outlet_opening_a_paragraph_before_a_date_and_a_comma_is_no_party(read: Reader, text: str) -> None:
    """X网 3月5日， is a dateline with no dateline's word: the outlet tells the deal, it takes no part in it."""
    assert not [pair for pair in _pairs(read(text)) if {"星河网", "星河財經", "星河财经"} & set(pair)]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司3月5日电话会议上表示，公司已与月光智能公司签署了商务合同。",
        "星云科技公司已于3月5日电邮通知股东，公司已与月光智能公司签署了商务合同。",
        "星雲科技公司已於3月5日電郵通知股東，公司已與月光智能公司簽署了商務合同。",
    ],
)
def test_a_company_before_a_date_and_a_word_opening_with_a_datelines_word_is_no_outlet(
    read: Reader, text: str
) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


def test_a_speakers_company_is_the_party_in_a_later_clause(read: Reader) -> None:
    text = "星云科技CEO张伟认为，英伟达仍是最强大的对手。他透露，公司正与多家车企洽谈，其中与月光汽车的合作已进入量产阶段。"
    doc = read(text)
    assert [sorted(doc.name(o) for o in e.orgs) for e in doc.of_type("partnership")] == [
        ["星云科技", "月光汽车"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司与月光智能公司成立合资公司青河医疗，双方各持股50%。",
        "星云科技公司与月光智能公司设立合资公司青河医疗，注册资本1亿元。",
    ],
)
def test_partners_founding_a_named_joint_venture_are_no_description_of_it(read: Reader, text: str) -> None:
    # "月光智能公司 + 成立合资公司 + 青河医疗" reads like "芯片公司 + X" unless the founding act breaks it.
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


def test_a_latin_named_partner_founding_a_joint_venture_is_found_after_with(read: Reader) -> None:
    doc = read("星云科技公司与NORTHWIND成立合资公司。")
    assert _pairs(doc) == [["NORTHWIND", "星云科技"]]


def test_members_of_a_list_each_a_supplier_of_one_owner_supply_it_not_each_other(read: Reader) -> None:
    doc = read("三星电子和SK海力士均是英伟达HBM的供应商。")
    assert _pairs(doc) == [["SK海力士", "英伟达"], ["三星", "英伟达"]]
    coined = read("星云科技公司和月光智能都是华为的主要客户。")
    assert _pairs(coined) == [["华为", "星云科技"], ["华为", "月光智能"]]


def test_members_of_a_list_each_a_supplier_of_one_owner_named_right_before_the_word_supply_it(
    read: Reader,
) -> None:
    """News drops 的 between the owner and the word (均为X供应商): the members supply X, not each other."""
    assert _pairs(read("星云科技、月光智能均为比亚迪供应商。")) == [
        ["星云科技", "比亚迪"],
        ["月光智能", "比亚迪"],
    ]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # LAC reads 北辰 as a place and 智造 as a verb inside a list.
        (
            "云帆机器人已与青禾医疗、北辰智造等企业建立合作关系。",
            [["云帆机器人", "北辰智造"], ["云帆机器人", "青禾医疗"]],
        ),
        (
            "月光智能与北辰智造、青禾医疗等企业达成战略合作。",
            [["北辰智造", "月光智能"], ["月光智能", "青禾医疗"]],
        ),
        ("月光智能与北辰智造、青禾医疗三方签署合作协议。", [["北辰智造", "月光智能", "青禾医疗"]]),
    ],
)
def test_a_coined_name_in_a_list_of_partners_is_a_partner(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize("text", ["星云科技牵手月光智能", "北辰智造将向宁德时代供应正极材料。"])
def test_a_partner_named_at_a_headlines_end_or_before_an_adverb_is_found(read: Reader, text: str) -> None:
    assert len(_pairs(read(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "青河医疗是由星云科技公司与月光智能公司共同出资设立的合资公司。",
        "青河医疗是星云科技公司与月光智能公司成立的合资公司。",
    ],
)
def test_a_joint_venture_described_by_its_founders_is_no_partner_of_theirs(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


def test_a_partner_named_after_a_list_of_shareholders_works_with_the_company_not_its_shareholders(
    read: Reader,
) -> None:
    doc = read("星云科技公司的股东包括红杉中国、腾讯和小米，合作伙伴有华为。")
    assert _pairs(doc) == [["华为", "星云科技"]]


def test_parties_counted_in_a_later_clause_make_one_deal_of_all(read: Reader) -> None:
    doc = read("星云科技公司宣布与上汽、广汽达成战略合作，三方将共同开发固态电池。")
    assert _pairs(doc) == [["上汽集团", "广汽集团", "星云科技"]]


def test_a_company_whose_head_of_two_posts_speaks_of_working_with_another_partners_with_it(
    read: Reader,
) -> None:
    doc = read("星云科技公司创始人兼CEO张明透露，目前已与比亚迪、吉利等车企达成合作。")
    assert _pairs(doc) == [["吉利汽车", "星云科技"], ["星云科技", "比亚迪"]]


def test_a_partner_after_with_in_a_clause_before_is_no_topic_of_the_next_deal(read: Reader) -> None:
    doc = read("星云科技公司表示，与月光智能公司的合作仍在推进，暂无与蓝海数据公司合作的计划。")
    assert _pairs(doc) == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]


def test_a_party_managed_in_words_no_recogniser_reads_is_no_topic_of_the_sentence(read: Reader) -> None:
    # A biography: the party LAC misses (北辰 + 智造) is where he worked, not the company he founded.
    doc = read("月光智能创始人张伟此前在北辰智造任职，负责北辰智造与比亚迪的合作项目。")
    assert _pairs(doc) == []
    referred = read("星云科技公司CEO张伟表示，他负责公司与小米的合作。")
    assert _pairs(referred) == [["小米", "星云科技"]]


def test_investors_named_so_signing_are_no_partners(read: Reader) -> None:
    doc = read("月光智能公司与红杉中国、高瓴资本等投资方签署了投资协议。")
    assert _pairs(doc) == []


def test_a_carmakers_nomination_won_is_a_customer_deal_no_acquisition(read: Reader) -> None:
    doc = read("月光智能公司拿下蔚来、小鹏两家车企的定点。")
    assert doc.of_type("acquisition") == []
    assert _pairs(doc) == [["小鹏汽车", "月光智能"], ["月光智能", "蔚来"]]


def test_what_partners_build_together_is_no_partner(read: Reader) -> None:
    doc = read("月光智能公司与东岭医院达成合作，双方将共建星河医疗联合实验室。")
    assert _pairs(doc) == [["东岭医院", "月光智能"]]


def test_two_brands_launching_a_joint_product_are_partners(read: Reader) -> None:
    assert _pairs(read("星云科技公司与月光智能公司推出联名款耳机。")) == [["星云科技", "月光智能"]]
    assert read("星云科技公司和月光智能公司的员工联名致信董事会。").of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gojek已于今年7月与保险科技初创公司PasarNova合作推出新产品。",
        # Some outlets space Latin words and digits off the Chinese around them.
        "Gojek 已于今年 7 月与保险科技初创公司 PasarNova 合作推出新产品。",
    ],
)
def test_a_partner_named_after_the_kind_of_startup_it_is_is_that_name(read: Reader, text: str) -> None:
    doc = read(text)
    assert _pairs(doc) == [["Gojek", "PasarNova"]]
    assert not [e for e in doc.extraction.entities if "初创" in e.name]


@pytest.mark.parametrize(
    "text", ["月光智能与科研院所合作研发新材料。", "星云科技宣布与高校和科研院所开展合作。"]
)
def test_kinds_of_institution_worked_with_are_no_partners(read: Reader, text: str) -> None:
    assert read(text).of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云建工公司与月光设计院组成的联合体为东岭新区污水处理厂设计采购施工总承包项目的中标单位。",
        "星云建工公司与月光设计院联合参与了东岭大学新校区设计、采购、施工总承包项目的投标。",
        "星云科技公司将在新能源板块的资源（包括研发、采购、生产、营销等）投入月光智能公司。",
        "星云科技公司成功中标东岭市政府采购电子卖场项目。",
    ],
)
def test_buying_named_as_a_stage_a_function_or_a_programme_makes_no_customer(read: Reader, text: str) -> None:
    # A turnkey contract's stages (设计采购施工), a firm's functions listed and government buying name work.
    doc = read(text)
    assert [e for e in doc.of_type("partnership") if e.kind == "customer"] == []


def test_a_government_buying_from_a_named_seller_is_its_customer(read: Reader) -> None:
    doc = read("东岭市政府采购了星云科技公司的服务器。")
    assert [(doc.names(e.orgs), e.kind) for e in doc.of_type("partnership")] == [
        (["东岭市政府", "星云科技"], "customer")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "报道称，月光银行收购星云银行“双方谈判即将达成一致，文件将在近期签署”。",
        "月光超市和星云商超董事会联合宣布，由月光超市收购星云商超的全部业务。",
    ],
)
def test_a_signing_or_joint_announcement_of_a_purchase_between_the_parties_is_no_partnership(
    read: Reader, text: str
) -> None:
    assert _pairs(read(text)) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("月光集团收购星云科技后，又与蓝海数据签署了战略合作协议。", ["月光集团", "蓝海数据"]),
        ("月光集团仅收购星云科技的少数股权并建立战略合作关系。", ["星云科技", "月光集团"]),
    ],
)
def test_a_deal_beside_a_purchase_stays_a_partnership(read: Reader, text: str, pair: list[str]) -> None:
    # Signing with a third party, or cooperation stated in its own words, is no purchase's paperwork.
    assert _pairs(read(text)) == [pair]


def test_a_stock_quote_after_a_name_ends_no_clause(read: Reader) -> None:
    # The commas of "(8.220,-0.26,-3.07%)" are a quote's, not clause ends: the company announcing stays in view.
    doc = read(
        "星云汽车(8.220,-0.26,-3.07%)发布公告称，公司与东岭新区管理委员会、月光汽车(4.000,-0.07,-1.72%)"
        "集团有限公司共同签订项目协议。"
    )
    # Signed "共同" (jointly) with a list after "与": one deal of all.
    assert _pairs(doc) == [["东岭新区管理委员会", "星云汽车", "月光汽车"]]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "星云地铁公布，公司拟与东岭股权投资基金管理合伙企业(有限合伙)、东岭投资有限公司、月光资产管理有限公司签订合伙协议。",
            [["东岭投资", "星云地铁"], ["星云地铁", "月光资产管理"]],
        ),
        # Signed "共同" (jointly), the list is one deal of all.
        (
            "星云地铁发布公告称，公司与东岭投资有限公司（以下简称“东岭投资”）、月光资产管理有限公司（以下简称“月光资产管理”）"
            "共同签订合伙协议。",
            [["东岭投资", "星云地铁", "月光资产管理"]],
        ),
    ],
)
def test_names_listed_after_with_work_with_the_company_before_it_not_with_each_other(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    # A first member no recogniser reads, or aliases in brackets, leave the list one list after "与".
    assert _pairs(read(text)) == pairs


def test_the_company_announcing_is_the_company_referred_to_not_the_firm_named_last(read: Reader) -> None:
    doc = read(
        "月光智能与蓝海数据签署战略合作协议。星云汽车(600000.SH)公布，公司拟与东岭投资有限公司、比亚迪签订合作协议。"
    )
    assert _pairs(doc) == [["东岭投资", "星云汽车"], ["星云汽车", "比亚迪"], ["月光智能", "蓝海数据"]]


@pytest.mark.parametrize(
    "text",
    [
        "月光智能与蓝海数据签署战略合作协议。星云能源发布公告，本月12日，经过多轮商议，公司与东岭银行签署了"
        "授信合作协议。",
        "月光智能中标蓝海数据的机房项目。星云能源表示，近日，公司已与东岭银行达成全面合作。",
        "月光智能与蓝海数据签署战略合作协议。星云能源：拟向东岭银行出让旗下物业，本次出让将推动公司与东岭银行"
        "建立长期合作。",
        "月光智能中标蓝海数据的机房项目。\n星云能源(600000.SH)：拟向东岭银行出让旗下物业，本次出让将推动公司与"
        "东岭银行在能源领域建立合作。",
    ],
)
def test_the_company_a_digest_item_announces_or_heads_is_the_company_referred_to_after_clauses_naming_no_one(
    read: Reader, text: str
) -> None:
    """ "X发布公告，本月12日，经过商议，公司与A签署…", "X：…，本次出让将推动公司与A合作": 公司 is X, not the firm of
    the article's earlier deal (a digest of several companies' news)."""
    assert ["东岭银行", "星云能源"] in _pairs(read(text))
    assert all("月光智能" not in pair or "蓝海数据" in pair for pair in _pairs(read(text)))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "星云科技表示，东岭国际招标有限公司日前向公司送达中标通知书，公司中标蓝海银行网点设备采购项目。",
            [["星云科技", "蓝海银行"]],
        ),
        (
            "星云科技称，东岭高科招标代理咨询有限责任公司已通知其全资子公司星云市政，星云市政"
            "为该项目中标单位。",
            [["星云市政"]],
        ),
        (
            "北辰能源招标采购服务有限公司向星云科技送达通知，星云科技为储能站项目的中标人。",
            [["星云科技"]],
        ),
    ],
)
def test_a_tendering_agent_its_own_name_says_is_one_is_no_party_of_the_bid(
    read: Reader, text: str, parties: list[list[str]]
) -> None:
    """ "X收到Y国际招标有限公司发出的《中标通知书》": a firm whose name says it runs tenders sends the notice for
    the buyer; it neither tendered nor won."""
    assert _pairs(read(text)) == parties


@pytest.mark.parametrize(
    "text",
    [
        "近日，星云环保股份有限公司收到采购人贵州省东岭县住房和城乡建设局、采购代理机构贵州月光工程管理有限公司"
        "发来的《成交通知书》。",
        "星云路桥股份有限公司收到了贵州白桦项目投资顾问有限责任公司（招标代理）、东岭城市建设投资经营有限公司（招标人）"
        "发来的《中标通知书》。",
    ],
)
def test_a_tendering_agent_listed_after_the_tenderer_or_noted_so_is_no_party(read: Reader, text: str) -> None:
    doc = read(text)
    named = {name for e in doc.of_type("partnership") for name in doc.names(e.orgs)}
    assert named and not any(n.startswith(("贵州月光", "月光工程", "贵州白桦", "白桦项目")) for n in named)


def test_public_building_holds_no_word_of_building_together(read: Reader) -> None:
    doc = read("星云智能的节能方案覆盖了公共建筑、东岭银行和月光科技。")
    assert doc.of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "东岭航空已出售原由星云集团与月光航空合资筹建的支线航空公司蓝天航空3%的股权。",
        "星云集团与月光航空合资设立的航空公司蓝天航空近日获批。",
    ],
)
def test_a_venture_founded_described_as_a_firm_is_no_partner_of_its_founders(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云集团", "月光航空"]]


@pytest.mark.parametrize(
    "text",
    [
        "据悉，星云汽车由东岭汽车集团股份有限公司和法国月光汽车集团2015年共同发起成立。",
        "星云药业于2012年由蓝海制药与东岭药业合资组建，主要开发仿制药。",
    ],
)
def test_a_firm_its_founders_set_up_told_in_the_passive_is_no_partner_of_theirs(
    read: Reader, text: str
) -> None:
    doc = read(text)
    founded = {"星云汽车", "星云药业"}
    pairs = _pairs(doc)
    assert pairs and not any(founded & set(pair) for pair in pairs)


def test_a_precedent_named_after_ji_is_no_party_of_the_deal(read: Reader) -> None:
    # "A继B之后与C签约": B signed first, A signs with C.
    doc = read("星云集团继月光建材之后与东岭市政府签署了战略合作协议。")
    assert _pairs(doc) == [["东岭市政府", "星云集团"]]


@pytest.mark.parametrize(
    "text",
    [
        "今年6月在星云拍卖公司也上拍了一幅1964年创作的手卷，以448万元成交。",
        "月光投资公司战略投资部的高级管理人员拜访了东岭信托协会。",
        "东岭银联手机支付平台由星云商业服务有限公司运营。",
        "星云科技公司转让的专利包最终以500万元的价格成交。",
        "受利好消息刺激，星云科技公司午后直线拉升，全天成交9.8亿。",
        "今年一季度，星云证券公司两融业务的成交笔数同比增长两成。",
        "星云科技公司表示，待成交条件全部满足后，交易方可完成交割。",
    ],
)
def test_a_lot_sold_a_department_or_a_name_holding_a_deal_word_is_no_deal(read: Reader, text: str) -> None:
    # An auction's sale (成交), a strategic investment department (战略投资部), 联手 inside 银联 + 手机; a
    # market's trades counted (成交9.8亿, 成交笔数) and a deal's conditions of closing (成交条件) win no bid.
    assert read(text).of_type("partnership") == []


def test_a_price_with_no_figure_before_the_deal_word_may_be_the_winner_s(read: Reader) -> None:
    # "以2.3亿元的价格成交" prices a sale; "以最低价格成交" tells how the bid was won.
    assert _pairs(read("经过两轮报价，星云科技公司以最低价格成交该项目。")) == [["星云科技"]]


def test_a_firm_bought_in_the_clause_before_is_no_party_of_the_buyers_next_deal(read: Reader) -> None:
    doc = read("星云汽车是国内大型汽车制造商，早前曾传出将收购月光汽车，又与东岭巴士公司合作。")
    assert _pairs(doc) == [["东岭巴士", "星云汽车"]]


def test_a_group_formed_by_merging_its_founders_is_no_partner_of_theirs(read: Reader) -> None:
    doc = read("由星云科技和月光智能联合组建而成的东岭数据集团实现了快速发展。")
    assert _pairs(doc) == [["星云科技", "月光智能"]]


def test_a_word_whose_first_character_a_persons_name_took_still_counts(read: Reader) -> None:
    # Only an organisation's name holds the start of a word ("银联手机"); a person's may be read a character long.
    doc = read("根据投资协议，东岭传媒将直接向星云影业创始人、董事长兼CEO于冬购买星云影业13.3%股权。")
    assert len(doc.of_type("acquisition")) == 1


def test_a_party_named_by_its_part_in_a_lease_is_no_partner(read: Reader) -> None:
    """租赁者 (like 联合体, 招标方) names a party by its part in a deal, never by a name: no partner."""
    text = (
        "据了解，星云科技是一家联合办公服务提供商，专注于为创业公司和个人提供办公室租赁服务，"
        "然后转租给个人和创业公司，并为租赁者提供按需付费的会员服务。"
    )
    assert read(text).of_type("partnership") == []


def test_a_plan_word_reaches_over_a_latin_partner_set_off_by_spaces(read: Reader) -> None:
    """The partner after 与 shares the planned act (小米还将与 Uber 合作), spaces around its name or not."""
    assert read("小米还将与 Uber 合作推出新服务。").one("partnership").modality == "planned"


def test_talks_of_two_firms_are_a_partnership_in_the_making(read: Reader) -> None:
    doc = read("据报道，星云科技正与月光智能洽谈，计划在其手机中使用月光智能的大模型。")
    event = doc.one("partnership")
    assert (sorted(doc.names(event.orgs)), event.modality) == (["星云科技", "月光智能"], "rumored")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技正与月光智能洽谈收购事宜。",
        "星云科技正与月光资本及其他投资人商谈，计划以10亿美元估值募资1亿美元。",
    ],
)
def test_talks_about_a_purchase_or_money_are_no_partnership(read: Reader, text: str) -> None:
    assert read(text).of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技的母公司月光集团与华为达成合作。",
        "星云科技的母公司月光集团与华为签署了战略合作协议。",
        "星云科技大股东月光集团与华为签约。",
    ],
)
def test_a_firm_named_only_to_say_who_a_party_is_is_no_party(read: Reader, text: str) -> None:
    """X in "X的母公司Y" is named to tell who Y is: Y signs, X is no third party of the deal."""
    assert _pairs(read(text)) == [["华为", "月光集团"]]


def test_the_parent_of_a_firm_signing_unnamed_makes_the_firm_no_party(read: Reader) -> None:
    assert read("星云科技的母公司与华为签署了战略合作协议。").of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技与月光智能共同出资设立蓝海数据有限公司（以下简称“蓝海数据”）。",
        "星云科技与月光智能共同出资成立蓝海数据有限公司，对城中村项目进行合作。",
    ],
)
def test_a_venture_founded_is_no_partner_under_its_short_name_nor_of_a_later_deal_word(
    read: Reader, text: str
) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


def test_a_venture_founded_acting_in_its_own_clause_is_a_party(read: Reader) -> None:
    doc = read("星云科技与月光智能合资设立蓝海数据公司，蓝海数据公司将与华为合作开发芯片。")
    assert _pairs(doc) == [["华为", "蓝海数据"], ["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "月光资本和青禾创投此番均成为星云科技的战略投资方。",
            [["星云科技", "月光资本"], ["星云科技", "青禾创投"]],
        ),
        (
            "星云科技创立于2018年，去年获得月光资本、青禾创投的战略投资。",
            [["星云科技", "月光资本"], ["星云科技", "青禾创投"]],
        ),
        ("腾讯、百度战略投资知乎。", [["百度", "知乎"], ["知乎", "腾讯"]]),
    ],
)
def test_investors_listed_together_each_invest_in_the_company_not_in_each_other(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    assert _pairs(read(text)) == pairs


def test_investors_listed_with_no_company_named_are_no_partners(read: Reader) -> None:
    assert read("此次的投资方中也有月光资本、青禾创投这类战略投资者。").of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技与月光智能联手收购了华为和中兴通讯。",
        "星云科技出资2亿元，携手月光智能一同收购海外游戏工作室蓝海互娱。",
    ],
)
def test_what_partners_buy_together_is_no_partner_of_theirs(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


def test_sellers_listed_after_a_buyer_each_sell_to_it_not_to_each_other(read: Reader) -> None:
    doc = read("星云科技公告称，已分别向华为、小米、联想三家厂商订购服务器零部件。")
    assert _pairs(doc) == sorted(sorted(["星云科技", seller]) for seller in ("华为", "小米", "联想集团"))


@pytest.mark.parametrize(
    "text",
    [
        "星云科技分别向华为、小米采购了一批服务器。",
        "星雲科技從華為、小米採購晶片。",
        "星云科技向华为、小米分别订购了零部件。",
    ],
)
def test_sellers_listed_after_a_buyer_in_their_clause_each_sell_to_it(read: Reader, text: str) -> None:
    """ "X分别向A、B采购": X, the clause's subject, buys from each; no deal of the three together."""
    assert _pairs(read(text)) == [["华为", "星云科技"], ["小米", "星云科技"]]


def test_names_in_the_title_of_what_two_named_parties_sign_add_no_party(read: Reader) -> None:
    """The title repeats the parties in full, or names a firm it is about: the two named before sign."""
    doc = read("星云科技和月光智能签署了《星云科技股份有限公司与月光智能科技有限公司战略合作框架协议》。")
    [pair] = _pairs(doc)
    assert [name[:4] for name in pair] == ["星云科技", "月光智能"]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技与月光智能就共同组建青禾数据公司签署了框架协议。",
        "星云科技与月光智能签订了关于华为的合作协议。",
        "星云科技与月光智能目前正就华为重组一事进行洽谈。",
        "星云科技与月光智能就华为项目展开合作。",
    ],
)
def test_what_a_deal_is_about_is_no_party(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


def test_jiu_as_an_adverb_opens_no_topic(read: Reader) -> None:
    doc = read("小米就联合百度、华为发起了开源生态联盟。")
    assert _pairs(doc) == [["华为", "小米"], ["小米", "百度"]]


def test_a_firm_the_parties_act_through_is_no_party(read: Reader) -> None:
    doc = read("星云科技与月光智能、华为签署协议，三方将通过青禾投资共同出资2亿元组建合资公司。")
    assert _pairs(doc) == [["华为", "星云科技", "月光智能"]]


def test_a_unit_acting_through_another_firm_is_the_party(read: Reader) -> None:
    doc = read("阿里巴巴表示，旗下阿里云通过阿里巴巴香港与新加坡港务集团签署了合作协议。")
    assert _pairs(doc) == [["新加坡港务集团", "阿里云"]]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("星云环境与当地企业组成的联合体本周在雅加达与印尼政府签署合同。", ["印尼政府", "星云环境"]),
        ("星云能源公告称，公司与招商银行在浙江杭州签订了《战略合作框架协议》。", ["招商银行", "星云能源"]),
    ],
)
def test_where_the_parties_sign_is_no_party_however_it_was_read(
    read: Reader, text: str, pair: list[str]
) -> None:
    assert _pairs(read(text)) == [pair]


def test_the_deal_itself_after_zai_keeps_its_parties(read: Reader) -> None:
    assert _pairs(read("在腾讯与京东合作期间，双方共享流量。")) == [["京东", "腾讯"]]


@pytest.mark.parametrize(
    "text",
    ["在月光智能与星云科技签署协议后，双方股价均上涨。", "在月光智能与星云科技签约当天，双方股价均上涨。"],
)
def test_the_time_of_a_deal_after_zai_keeps_its_parties(read: Reader, text: str) -> None:
    """A time word closing the clause makes the phrase 在 opens the time of the signing, not its place."""
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技将与月光智能在华为手机的影像方面开展合作。",
        "星云科技宣布暂停与月光智能在华为终端领域成立合资公司的计划。",
    ],
)
def test_a_field_the_parties_work_in_is_no_party(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


def test_a_deal_told_as_a_time_after_zai_keeps_its_parties(read: Reader) -> None:
    doc = read("早在星云科技与华为合作之前，月光智能就已与星云科技有过接触。")
    assert ["华为", "星云科技"] in _pairs(doc)


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司是华为旗下的手机代工企业。",
        "月光智能公司系小米全资子公司。",
        "星云科技公司是华为持股的合资企业。",
    ],
)
def test_a_firm_told_to_be_anothers_unit_is_no_partner_of_it(read: Reader, text: str) -> None:
    assert read(text).of_type("partnership") == []


def test_a_firm_told_to_be_anothers_partner_stays_one(read: Reader) -> None:
    assert _pairs(read("小米是百度的合作伙伴。")) == [["小米", "百度"]]


def test_talks_told_as_fact_are_a_planned_partnership(read: Reader) -> None:
    """Firms in talks have no deal yet: the talk word itself tells a deal to come."""
    assert read("星云科技正与月光智能洽谈合作。").one("partnership").modality == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技与月光智能经过多轮洽谈，最终签署了合作协议。",
        "星云科技正与月光智能洽谈合作。双方最终签署了合作协议。",
    ],
)
def test_talks_that_end_in_a_signed_deal_are_an_asserted_partnership(read: Reader, text: str) -> None:
    assert read(text).one("partnership").modality == "asserted"


def test_the_unit_an_owner_names_with_its_de_is_the_party(read: Reader) -> None:
    """A coined name after 旗下的 is the unit, a company, and the one that signs ("星云科技旗下的月光智能与…")."""
    assert _pairs(read("星云科技旗下的月光智能与华为云达成战略合作。")) == [["华为云", "月光智能"]]


@pytest.mark.parametrize(
    "text",
    [
        "获得蓝海资本投资的星河智能与光年机器人签署战略合作协议。",
        "由蓝海资本领投的星河智能今日与光年机器人达成战略合作。",
        "蓝海资本、云帆创投等机构联合投资的星河智能与光年机器人签署合作协议。",
    ],
)
def test_an_investor_describing_a_party_in_a_phrase_before_it_is_no_partner(read: Reader, text: str) -> None:
    doc = read(text)
    assert _pairs(doc) == [["光年机器人", "星河智能"]]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "除了云帆科技，星河智能还与光年机器人建立了合作关系。",
            [["云帆科技", "星河智能"], ["光年机器人", "星河智能"]],
        ),
        (
            "除了之前的云帆科技，星河智能还与光年机器人签订了供货协议。",
            [["云帆科技", "星河智能"], ["光年机器人", "星河智能"]],
        ),
        (
            "除云帆科技、蓝海科技之外，星河智能还与光年机器人达成了合作。",
            [["云帆科技", "星河智能"], ["光年机器人", "星河智能"], ["星河智能", "蓝海科技"]],
        ),
        ("除了云帆科技，星河智能也与光年机器人建立了合作关系。", [["光年机器人", "星河智能"]]),
    ],
)
def test_firms_named_besides_the_partner_a_party_also_works_with_are_its_partners_too(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "星河智能与蓝海科技成立合资公司“星月科技”。",
        "星河智能与蓝海科技宣布，双方合资公司“星月科技”的新工厂已投产。",
        "星河智能与蓝海科技成立了名为“星月科技”的合资公司。",
    ],
)
def test_a_joint_venture_named_in_quotes_after_its_noun_is_no_partner_of_its_founders(
    read: Reader, text: str
) -> None:
    assert _pairs(read(text)) == [["星河智能", "蓝海科技"]]


def test_the_place_hosting_the_signing_ceremony_is_no_partner(read: Reader) -> None:
    assert _pairs(read("星河智能与蓝海科技在东岭大学举行了战略合作签约仪式。")) == [["星河智能", "蓝海科技"]]


@pytest.mark.parametrize(
    "text",
    [
        "星河智能与蓝海科技在云帆科技的见证下签署战略合作协议。",
        "星河智能在云帆科技的撮合下与蓝海科技签约。",
    ],
)
def test_a_firm_whose_help_the_signing_takes_place_under_is_no_partner(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星河智能", "蓝海科技"]]


@pytest.mark.parametrize(
    "text",
    [
        "星河智能与蓝海科技合作推出搭载云帆科技芯片的新产品。",
        "星河智能和蓝海科技合作开发面向云帆科技的解决方案。",
    ],
)
def test_a_firm_in_what_a_pair_makes_together_is_no_third_partner(read: Reader, text: str) -> None:
    doc = read(text)
    assert ["星河智能", "蓝海科技"] in _pairs(doc)
    assert all(len(pair) == 2 for pair in _pairs(doc))


def test_a_firm_right_after_the_word_of_a_pair_joins_them(read: Reader) -> None:
    doc = read("星河智能与蓝海科技携手云帆科技打造智慧工厂。")
    assert _pairs(doc) == [["云帆科技", "星河智能", "蓝海科技"]]


def test_a_firm_called_so_with_no_founding_word_before_it_is_a_party(read: Reader) -> None:
    doc = read("名为星月科技的公司与蓝海科技签署合作协议。")
    assert _pairs(doc) == [["星月科技", "蓝海科技"]]


def test_a_firm_named_after_the_one_a_deal_describes_is_no_party_of_that_deal(read: Reader) -> None:
    """ "腾讯战略投资的A今日与B签约": the investment ties 腾讯 and A; B signs with A in a deal of its own."""
    assert _pairs(read("腾讯战略投资的星河智能今日与蓝海科技签约。")) == [
        ["星河智能", "腾讯"],
        ["星河智能", "蓝海科技"],
    ]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("星云科技与月光智能、蓝海数据达成合作。", [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]),
        (
            "青禾科技联合白鹭网络公司、远帆物联共同发布了智慧园区方案。",
            [["白鹭网络", "青禾科技"], ["远帆物联", "青禾科技"]],
        ),
        (
            "星云科技先后与月光智能、蓝海数据等企业建立了合作关系。",
            [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]],
        ),
    ],
)
def test_each_coined_name_a_company_lists_as_its_partners_is_a_partner(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """A list after "与"/"联合" and before the deal names partners: its coined names too, which the
    recogniser alone misses after a list comma."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "星云科技与北京、上海两地合作。",
        "星云科技与月光智能、蓝海数据的产品相比更便宜。",
        "月光智能与市公安局、交管部门开展数据合作。",
    ],
)
def test_places_departments_or_a_list_before_no_deal_are_no_partners(read: Reader, text: str) -> None:
    doc = read(text)
    assert all(not {"北京", "蓝海数据", "交管部门"} & set(pair) for pair in _pairs(doc))


@pytest.mark.parametrize(
    "text",
    [
        "青禾科技公司、白鹭网络公司、远帆物联公司等企业共同成立了低空经济产业联盟。",
        "青禾科技公司、白鹭网络公司和远帆物联公司联合成立了开源芯片平台。",
    ],
)
def test_firms_founding_an_alliance_together_are_partners(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["白鹭网络", "远帆物联", "青禾科技"]]


def test_the_partner_besides_which_a_plan_is_told_is_a_partner_already(read: Reader) -> None:
    """ "除了X，Y还将与Z合作": the plan is Y's with Z; Y works with X now."""
    doc = read("除了白鹭网络公司，青禾科技公司还将与远帆物联公司展开合作。")
    modalities = {tuple(sorted(doc.names(e.orgs))): e.modality for e in doc.of_type("partnership")}
    assert modalities == {("白鹭网络", "青禾科技"): "asserted", ("远帆物联", "青禾科技"): "planned"}


def test_a_count_after_a_list_of_partners_is_no_part_of_the_last_name(read: Reader) -> None:
    doc = read("星云银行还与月光银行、蓝海银行两家同业机构签署协议。")
    assert _pairs(doc) == [["星云银行", "月光银行"], ["星云银行", "蓝海银行"]]


@pytest.mark.parametrize(
    "text",
    [
        "白鹭网络由前青禾科技公司研究员张伟与前远帆物联公司工程师李强共同成立。",
        "该基金会由前青禾科技公司高管张伟和前远帆物联公司首席科学家李强联合发起。",
    ],
)
def test_the_past_employers_of_people_founding_together_are_no_partners(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "白鹭网络由腾讯高管张伟和阿里巴巴工程师李强共同成立。",
        "白鹭网络的创始团队来自腾讯和阿里巴巴，张伟与李强于2018年共同成立了白鹭网络。",
    ],
)
def test_the_employers_of_people_founding_together_are_no_partners(read: Reader, text: str) -> None:
    """People right before 共同成立 found the firm; the firms they work or worked for do nothing together."""
    assert _pairs(read(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "白鹭证券今日发布研报看好低空经济。青禾科技表示，公司已与远帆物联达成合作。",
        "白鹭证券今日发布研报看好低空经济。青禾科技近日透露，其已与远帆物联达成合作。",
        "白鹭证券今日发布研报看好低空经济。青禾科技相关负责人介绍，该公司已与远帆物联达成合作。",
    ],
)
def test_the_company_that_tells_of_its_own_deal_is_the_one_it_refers_to(read: Reader, text: str) -> None:
    """ "X表示，公司已与A达成合作": 公司 is X, not the firm the sentence before named."""
    assert _pairs(read(text)) == [["远帆物联", "青禾科技"]]


@pytest.mark.parametrize(
    "text",
    [
        "截至目前，公司与东岭集团下属子公司东岭供电有限公司签约9000万元，与北辰电网有限责任公司签约2800万元。",
        "此外，与东岭投资、北辰投资共同开发星城小区，与蓝海置业共同开发海湾广场，均未另行公告。",
    ],
)
def test_partners_of_a_left_out_subject_in_clauses_after_with_are_no_partners_of_each_other(
    read: Reader, text: str
) -> None:
    """ "（公司）与A、B合作…，与C合作…": A, B and C each work with the subject the sentence leaves out or refers
    to; C does not work with B, the last firm named before it."""
    pairs = _pairs(read(text))
    assert ["北辰投资", "蓝海置业"] not in pairs
    assert ["东岭供电", "北辰电网"] not in pairs


def test_a_firm_a_with_phrase_describes_may_still_be_the_topic_of_the_clauses_after(read: Reader) -> None:
    doc = read("与华为合作多年的星云科技，今年又与月光智能签署了战略合作协议。")
    assert ["星云科技", "月光智能"] in _pairs(doc)


def test_a_broker_telling_of_a_deal_is_not_the_company_it_refers_to(read: Reader) -> None:
    doc = read("青禾科技今日发布公告。中信证券表示，公司已与远帆物联达成合作。")
    assert _pairs(doc) == [["远帆物联", "青禾科技"]]


@pytest.mark.parametrize(
    ("text", "winners"),
    [
        ("白鹭证券今日发布研报看好基建板块。青禾科技表示，公司已中标远山市道路工程项目。", [["青禾科技"]]),
        (
            "开户不排队，就选白鹭证券，点此开户>>\n青禾科技6月2日公告称，公司和远帆建设有限公司结成联合体，"
            "中标远山市道路工程项目。",
            [["远帆建设"], ["远帆建设", "青禾科技"]],
        ),
    ],
)
def test_the_company_announcing_a_bid_won_is_the_winner_it_refers_to(
    read: Reader, text: str, winners: list[list[str]]
) -> None:
    """ "X公告，公司中标…": 公司 is X, not the firm named in the line before (an advert on the page)."""
    assert _pairs(read(text)) == winners


def test_the_members_of_a_consortium_that_wins_are_partners_in_the_bid(read: Reader) -> None:
    """ "A与B组成的联合体中标": A and B bid as one; each wins, and the two are partners."""
    doc = read("星云科技与月光智能组成的联合体中标远山市智慧交通项目。")
    assert ["星云科技", "月光智能"] in _pairs(doc)


def test_the_company_leading_a_consortium_in_a_later_sentence_is_the_winner_not_the_tenderer_named_last(
    read: Reader,
) -> None:
    """ "X收到Y的中标通知。该通知认定本公司与其联合体伙伴为…的中标单位": 本公司 is X, the winner of the bid told
    before; Y, named last, tendered it and wins nothing."""
    doc = read(
        "星云环境股份有限公司公告，公司收到东岭市建设开发有限公司发来的中标通知。该通知认定本公司与其联合体伙伴为"
        "东岭市环境治理项目的中标单位。"
    )
    assert _pairs(doc) == [["东岭市建设开发", "星云环境"]]


def test_a_site_publishing_the_result_is_not_the_company_announcing_the_bid(read: Reader) -> None:
    doc = read(
        "青禾科技周四晚间公告，远山市公共资源交易网近日公示预中标结果，公司、远帆建设有限公司联合体为"
        "远山市污水处理厂项目的预中标单位。"
    )
    assert ["青禾科技"] in _pairs(doc)
    assert all("远山市公共资源交易网" not in pair for pair in _pairs(doc))


@pytest.mark.parametrize(
    "text",
    [
        "青禾科技是一家芯片公司，曾获白鹭资本投资。公司近日与远帆物联签署战略合作协议。",
        "青禾科技成立于2015年，投资方包括白鹭资本。该公司今年与远帆物联建立了合作关系。",
        "青禾科技完成5亿元B轮融资，由红杉中国领投。公司近日与远帆物联签署战略合作协议。",
    ],
)
def test_the_company_referred_to_after_its_investor_is_named_is_the_company_backed(
    read: Reader, text: str
) -> None:
    """ "X曾获Y投资。公司近日与A签约": 公司 is X, not the investor named last."""
    assert _pairs(read(text)) == [["远帆物联", "青禾科技"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技表示，其新算力中心能为月光智能提供二级市场所需的能力，助其成为行业龙头。",
        "星云科技表示，其新平台可为月光智能提供有力支撑。",
        "蓝海数据将为月光智能提供更广阔的发展机遇。",
    ],
)
def test_help_provided_is_no_supply(read: Reader, text: str) -> None:
    """Backing or chances given in general ("为X的业务提供有力支撑", "为X提供发展机遇") are no goods or service
    sold: a project, a policy or an investor helps, no supplier serves a customer."""
    assert doc_kinds(read(text), "supplier") == []


def test_technical_support_provided_is_a_supply(read: Reader) -> None:
    doc = read("星云科技将为月光智能提供技术支持。")
    assert [(doc.names(e.orgs), e.kind) for e in doc.of_type("partnership")] == [
        (["星云科技", "月光智能"], "supplier")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "百度智能云将为月光智能提供大模型能力。",
        "商汤科技为蓝海数据提供算力支撑。",
        "星云科技为月光智能提供AI能力。",
    ],
)
def test_a_technology_provided_as_a_capability_is_a_supply(read: Reader, text: str) -> None:
    """ "提供大模型能力", "提供算力支撑", "提供AI能力": what a technology firm sells, though it ends with a word of help
    ("能力", "支撑"); only help in general ("提供有力支撑") is no supply."""
    assert len(doc_kinds(read(text), "supplier")) == 1


def doc_kinds(doc: Read, kind: str) -> list[list[str]]:
    """The parties of the document's partnerships of ``kind``."""
    return [doc.names(e.orgs) for e in doc.of_type("partnership") if e.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技股东大会授权公司管理层全权处理月光智能的清算事宜。",
        "星云科技将所持蓝海数据的表决权授权委托给月光智能行使。",
        "星云集团是北辰市政府授权经营国有资产的公司。",
        "分析人士认为，星云科技与月光智能的合并或许可以带来协同效应。",
        "月光智能收购蓝海数据一事已获得星云国的反垄断许可。",
    ],
)
def test_authority_given_to_act_is_no_licence(read: Reader, text: str) -> None:
    """Authorising managers or a proxy to act, or running assets for a government ("授权经营"), licenses no
    product or brand; nor does "或许可以" (perhaps) or an antitrust clearance."""
    assert doc_kinds(read(text), "licensing") == []


def test_a_brand_licensed_to_a_firm_is_licensing(read: Reader) -> None:
    doc = read("星云科技授权月光智能在东南亚使用其商标。")
    assert doc_kinds(doc, "licensing") == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("北辰汽车拟收购月光智能等多家合资公司的部分股权。", []),
        ("北辰汽车的合资附属公司与星云银行、蓝海证券订立购买协议。", []),
        (
            "星云科技的子公司月光智能与蓝海数据组建合资企业，星云科技在该合资企业中持股20%。",
            [["月光智能", "蓝海数据"]],
        ),
    ],
)
def test_a_joint_venture_only_named_tells_no_venture_of_the_names_around_it(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "合资公司" bought, held or owned ("收购X等合资公司的股权", "在该合资企业中持股") names a firm; the names in
    its clause did not found it together."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "星云科技和月光智能成立合资公司。",
        "星云科技与月光智能签约，将成立一家合资公司。",
        "星云科技去年收购了蓝海数据，并与月光智能成立合资企业。",
        "由星云科技与月光智能以5:5比例成立的合资公司，今年营收翻倍。",
        "此次签约项目由星云科技和月光智能共同投资。",
        "星云科技与月光智能同意，明年将扩大合资公司的产能。",
    ],
)
def test_a_joint_venture_founded_or_joined_keeps_its_partners(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("北京东方园林与京东达成战略合作。", [["京东", "北京东方园林"]]),
        ("京东与北京京东方科技集团签署战略合作协议。", [["京东", "京东方"]]),
    ],
)
def test_a_name_whose_letters_another_holds_by_chance_is_still_a_partner(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "京东" inside "北京东方园林" goes on into another word (东方): no short form of it, a firm of its own."""
    assert _pairs(read(text)) == [sorted(p) for p in pairs]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("星云科技、平安和中国平安共同出资设立月光保险科技公司。", [["中国平安", "星云科技"]]),
        ("中国移动与星云科技、移动共同出资成立合资公司。", [["中国移动", "星云科技"]]),
        ("上海蓝湾环境工程有限公司与蓝湾、月光集团共同出资成立合资公司。", [["月光集团", "蓝湾环境工程"]]),
    ],
)
def test_a_party_named_inside_another_partys_name_is_that_party(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """A short form inside a full name past its start ("平安" in "中国平安") names the same firm once more, when
    the linking left the two apart: no partner of itself."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "星云控股发布公告称，公司控股子公司月光电气近日收到北辰核电的《中标通知书》，确定月光电气为该项目的中标单位。",
        "星云控股(600001.SH)公布，公司全资子公司月光电气中标北辰核电的阀门采购项目。",
    ],
)
def test_a_listed_parent_announcing_its_units_won_bid_tendered_nothing(read: Reader, text: str) -> None:
    """ "X发布公告称" / "X(代码)公布，" tells X's own news: X is no tenderer of the bid its unit won, as
    "Y发布中标结果" would make Y."""
    doc = read(text)
    assert {tuple(doc.names(e.orgs)) for e in doc.of_type("partnership")} == {("月光电气", "北辰核电")}


def test_a_tenderer_publishing_the_result_still_tendered(read: Reader) -> None:
    doc = read("北辰核电发布中标结果公告，月光电气中标其阀门采购项目。")
    assert [doc.names(e.orgs) for e in doc.of_type("partnership")] == [["月光电气", "北辰核电"]]


def test_a_listed_company_winning_with_its_unit_is_still_a_party(read: Reader) -> None:
    """ "X公布，公司及子公司Y中标": X won too; its announcing it makes it no less a party."""
    doc = read("星云控股(600001.SH)公布，公司及子公司月光电气收到北辰核电的《中标通知书》。")
    assert "星云控股" in {o for e in doc.of_type("partnership") for o in doc.names(e.orgs)}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "小米宣布与徕卡达成影像合作，同时与高通续签芯片供货协议。",
            [["小米", "徕卡"], ["小米", "高通"]],
        ),
        (
            "星云科技与月光智能达成合作，并与蓝海数据签订大单。",
            [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]],
        ),
    ],
)
def test_a_supply_clause_opening_with_its_other_side_goes_on_with_the_subject_before(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "X与A合作，同时与B续签供货协议": the clause leaves X out; X is B's customer, not A's partner again."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    ["星云科技公司与月光智能公司续签了三年服务合同。", "月光智能与星云科技续约五年。"],
)
def test_an_agreement_renewed_is_a_deal_signed(read: Reader, text: str) -> None:
    doc = read(text)
    assert (_pairs(doc), doc.one("partnership").status) == ([["星云科技", "月光智能"]], "active")


def test_a_contract_of_employment_renewed_is_no_partnership(read: Reader) -> None:
    assert _pairs(read("星云科技与月光智能的多名员工续签了劳动合同。")) == []


def test_a_supply_word_in_what_a_clause_after_with_names_its_parties_is_no_deal(read: Reader) -> None:
    """ "公司与B为X供应项目的中标人": 供应 names the project they won, no supply between them."""
    doc = read("星云科技公司公告，公司与月光智能公司为城东数据中心建设与设备供应工程的中标人。")
    assert [e.kind for e in doc.of_type("partnership") if e.kind in ("supplier", "customer")] == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "英伟达宣布，比亚迪、小鹏汽车将在新车型中采用其芯片。",
            [["小鹏汽车", "英伟达"], ["比亚迪", "英伟达"]],
        ),
        ("英偉達宣佈，比亞迪已採用其晶片。", [["比亚迪", "英伟达"]]),
        ("百度表示，吉利汽车将采用其自研芯片。", []),
        ("中信证券表示，比亚迪将采用其芯片。", []),
    ],
)
def test_customers_taking_up_the_announcers_product_referred_to_by_its_pronoun(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "X宣布，A、B将采用其芯片": 其 is X's, X supplies each; "其自研芯片" is A's own, and a broker sells no chips."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公告，公司中标东岭市智慧水务一期工程，招标人：北辰水务集团有限公司。",
        "星云科技公告，公司中标东岭市智慧水务一期工程，项目采购人名称：北辰水务集团有限公司。",
        "星云科技公告，公司中标东岭市智慧水务一期工程。本项目的招标人为北辰水务集团有限公司。",
        "星云科技中标东岭市智慧水务一期工程\n项目名称：东岭市智慧水务一期工程\n招标人：北辰水务集团有限公司\n"
        "招标代理机构：远山工程咨询有限公司\n中标金额：1.2亿元",
        "项目名称：东岭市智慧水务一期工程\n业主单位：北辰水务集团有限公司\n中标人：星云科技股份有限公司",
    ],
)
def test_a_tenderer_a_notices_field_labels_tendered_the_bid_however_far_from_the_verb(
    read: Reader, text: str
) -> None:
    """ "招标人：Y", "采购人名称：Y", "招标人为Y": a notice's field names the tenderer, in the bid's sentence or on
    a line of its own; its agent ("招标代理机构：Z") is no party."""
    doc = read(text)
    assert {tuple(doc.names(e.orgs)[1:]) for e in doc.of_type("partnership")} == {("北辰水务",)}


def test_tenderers_labelled_for_several_lots_are_no_tenderer_of_a_bid_naming_none(read: Reader) -> None:
    """Two lots' fields ("招标人：Y" … "招标人：Z") do not say which buyer the bid told without one is whose."""
    doc = read(
        "星云科技公告，公司中标两个智慧水务项目。\n标段一招标人：北辰水务集团有限公司\n"
        "标段二招标人：远山城市建设投资有限公司"
    )
    assert [doc.names(e.orgs) for e in doc.of_type("partnership")] == [["星云科技"]]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("星云控股公告，公司近日收到全资子公司月光电气发来的《中标通知书》。", [["月光电气"]]),
        (
            "星云控股公告，公司近日收到控股子公司月光电气有限公司发来的《中标通知书》，确认月光电气为北辰核电阀门"
            "采购项目的中标人。",
            [["月光电气"]],
        ),
        (
            "星云科技公告，公司近日收到北辰集团旗下月光能源有限公司发来的《中标通知书》。",
            [["星云科技", "月光能源", "北辰集团"]],
        ),
    ],
)
def test_a_unit_passing_on_the_notice_of_its_bid_won_it_and_tendered_nothing(
    read: Reader, text: str, parties: list[list[str]]
) -> None:
    """ "X收到全资子公司Y发来的《中标通知书》": Y, X's unit, won the bid and passes its notice on; another's unit
    ("北辰集团旗下Y发来的") sent it as the tenderer."""
    doc = read(text)
    assert sorted({tuple(doc.names(e.orgs)) for e in doc.of_type("partnership")}) == [
        tuple(p) for p in parties
    ]


@pytest.mark.parametrize(
    ("text", "winners"),
    [
        (
            "星云科技公告，公司全资子公司月光建设与北辰路桥有限公司组成的联合体收到中标通知书。",
            {"月光建设", "北辰路桥"},
        ),
        (
            "星云科技公告，公司及全资子公司月光建设与北辰路桥有限公司组成的联合体，为东岭市道路工程的中标人。",
            {"星云科技", "月光建设", "北辰路桥"},
        ),
    ],
)
def test_a_company_owning_a_consortiums_member_is_no_member_unless_joined_in(
    read: Reader, text: str, winners: set[str]
) -> None:
    """ "公司全资子公司Y与A组成的联合体中标": 公司 names Y's owner, no member; "公司及全资子公司Y与A" joins it in."""
    doc = read(text)
    assert {doc.names(e.orgs)[0] for e in doc.of_type("partnership")} == winners


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("星云科技股份有限公司关于中国移动智慧园区项目中标的公告", [["星云科技", "中国移动"]]),
        ("星云科技在中国移动项目中标", [["星云科技", "中国移动"]]),
        ("星云科技智慧园区项目中标", [["星云科技"]]),
    ],
)
def test_an_organisation_naming_the_project_won_tendered_it(
    read: Reader, text: str, parties: list[list[str]]
) -> None:
    """ "X关于Y项目中标的公告", "X在Y项目中标": Y owns the project X won, and tendered it."""
    assert [read(text).names(e.orgs) for e in read(text).of_type("partnership")] == parties


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "星云科技公司和月光智能公司分别与蓝海数据公司、北辰集团签署了合作协议。",
            [["北辰集团", "月光智能"], ["星云科技", "蓝海数据"]],
        ),
        (
            "星云科技公司和月光智能公司分别与蓝海数据公司签署了合作协议。",
            [["星云科技", "蓝海数据"], ["月光智能", "蓝海数据"]],
        ),
    ],
)
def test_two_lists_as_long_joined_respectively_pair_in_order(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "A和B分别与C、D签约": A-C and B-D, not every pair; with one party after "与" each works with it."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "行业合作不断升温，包括星云科技公司与月光智能公司、蓝海数据公司与北辰集团等成立了合资公司。",
        "星云科技公司与月光智能公司、蓝海数据公司与北辰集团均已签署战略合作协议。",
    ],
)
def test_a_list_of_pairs_is_one_deal_per_pair(read: Reader, text: str) -> None:
    """ "A与B、C与D等成立合资公司": A-B and C-D, not one venture of all four."""
    assert _pairs(read(text)) == [["北辰集团", "蓝海数据"], ["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司和月光智能公司结成联盟，联手与蓝海数据公司争夺市场。",
        "星云科技公司和月光智能公司组成联盟，联手与蓝海数据公司角逐市场。",
    ],
)
def test_a_rival_the_partners_vie_with_is_no_partner(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "月光智能"]]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "近年来，星云科技公司、月光智能公司等巨头大举进入中国市场，使得新开门店大多集中在一线城市，合作商户也越来越难找。",
            [],
        ),
        (
            "星云科技公司和月光智能公司于今日在深圳，围绕自动驾驶领域，签署了战略合作协议。",
            [["星云科技", "月光智能"]],
        ),
    ],
)
def test_a_list_of_examples_clauses_before_a_deal_word_is_no_party_of_it(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """Across a clause naming no one, examples of a class of firms ("A、B等巨头…，…，合作商户越来越难找") do not
    act in the deal word's clause; a pair ("A和B…，…，签署了协议") still does."""
    assert _pairs(read(text)) == pairs


def test_clauses_naming_no_one_before_a_lone_party_lose_no_other_event(read: Reader) -> None:
    """Two clauses naming no one before a deal with one party: the search for a partner ends, and the article's
    other events stay."""
    doc = read("腾讯完成10亿元战略融资。今日上午，经过多轮磋商，百度正式签署了战略合作协议。")
    assert [doc.name(e.org) for e in doc.of_type("funding")] == ["腾讯"]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技希望与全球伙伴合作，共同开拓东南亚。",
        "近年来，本土药企与星云科技公司的合作层出不穷。",
    ],
)
def test_a_kind_of_firm_worked_with_is_no_partner(read: Reader, text: str) -> None:
    """ "与全球伙伴合作", "本土药企与X合作": a kind of firm (generic_nouns.yaml) after a region word, no name."""
    assert read(text).of_type("partnership") == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("星云科技宣布与月光智能共同投资3亿元，开发新一代储能电池。", [["星云科技", "月光智能"]]),
        ("星云科技拟与月光智能、华为共同投资2000万元注册成立新公司。", [["华为", "星云科技", "月光智能"]]),
        ("蓝海数据由星云科技与月光智能于2019年共同投资组建。", [["星云科技", "月光智能"]]),
        ("星云科技将与合肥市政府在合肥共同投资建设储能产业园。", [["合肥市政府", "星云科技"]]),
    ],
)
def test_investing_together_with_a_partner_is_a_joint_venture(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    doc = read(text)
    assert _pairs(doc) == pairs
    assert {e.kind for e in doc.of_type("partnership")} == {"joint_venture"}


@pytest.mark.parametrize(
    "text",
    [
        "蓝海数据完成2亿元B轮融资，本轮融资由星云科技、月光智能共同投资。",
        "本轮投资由远航资本领投，星云科技、月光智能和华为等共同投资。",
        "星云科技和月光智能此前共同投资了蓝海数据。",
        "星云资本与蓝鲸资本曾共同投资海豚机器人。",  # the firm named right after the word is invested in
    ],
)
def test_investors_of_a_round_or_a_firm_investing_together_are_no_joint_venture(
    read: Reader, text: str
) -> None:
    assert read(text).of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技是公司和月光智能共同出资组建的企业。",
        "星云科技是由本公司与月光智能合资设立的企业，注册资本为3亿元。",
    ],
)
def test_a_firm_the_own_company_and_a_partner_founded_is_no_partner(read: Reader, text: str) -> None:
    """The article's company, unnamed (公司), founds X with A: X is what they found, no party of A."""
    assert read(text).of_type("partnership") == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("星云科技与月光智能签署协议，购买其储能电池。", [["星云科技", "月光智能"]]),
        ("星云科技还与月光智能签订了从该基地购买锂电池的协议。", [["星云科技", "月光智能"]]),
        ("星云科技与月光智能签署协议，购买华为。", []),
        ("星云科技与月光智能签署协议，以3亿元购买其全部资产。", []),
    ],
)
def test_goods_bought_under_an_agreement_signed_make_a_deal_a_firm_or_its_parts_bought_none(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """A buying word (购买) after a signing is a purchase of a firm only with a firm, a stake or a part of one
    after it; goods bought from the other side are a deal of the two."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    "text",
    ["星云资本和蓝鲸资本共同投资的海豚机器人今日发布新品。", "海豚机器人由星云资本与蓝鲸资本共同投资孵化。"],
)
def test_investors_describing_the_firm_they_invested_in_have_no_venture(read: Reader, text: str) -> None:
    assert read(text).of_type("partnership") == []


def test_investors_of_a_firm_told_done_together_fund_it(read: Reader) -> None:
    doc = read("星云资本与蓝鲸资本共同投资了海豚机器人。")
    assert [doc.name(e.org) for e in doc.of_type("funding")] == ["海豚机器人"]
    assert doc.of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "北辰资本与南山创投共同投资海豚机器人。",
        "北辰资本、南山创投联合投资海豚机器人。",
        "北辰资本和南山创投共同出资海豚机器人。",
        "北辰资本与南山创投曾共同投资海豚机器人。",
    ],
)
def test_investors_putting_money_together_into_a_firm_named_after_the_word_fund_it(
    read: Reader, text: str
) -> None:
    """ "A与B共同投资C": C, right after the word, is funded by A and B; no venture of the three."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), sorted(doc.names(event.investors))) == (
        "海豚机器人",
        ["北辰资本", "南山创投"],
    )
    assert doc.of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技与晨风麦穗日前在上海签署战略合作协议。",
        "星雲科技與晨風麥穗於台北簽署合作備忘錄。",
    ],
)
def test_a_partner_named_before_when_and_where_the_parties_sign_is_a_party(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "晨风麦穗"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技董事长张伟表示，公司正在与包括月光汽车在内的多家企业洽谈合作。",
        "星雲科技執行長張偉表示，公司已與包括月光汽車在內的多家車廠展開合作。",
    ],
)
def test_the_one_member_named_of_a_class_a_company_works_with_is_its_partner(read: Reader, text: str) -> None:
    """ "公司正与包括A在内的多家企业洽谈": 公司 is the firm that speaks, A the member of the class it names."""
    assert _pairs(read(text)) == [["星云科技", "月光汽车"]]


@pytest.mark.parametrize("text", ["星云科技成功打进比亚迪供应链。", "星雲科技的AI伺服器已打進鴻海供應鏈。"])
def test_a_supplier_breaking_into_a_customers_supply_chain_supplies_it(read: Reader, text: str) -> None:
    event = read(text).one("partnership")
    assert event.kind == "supplier"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("星雲科技與晨風麥穗宣布結為策略夥伴。", [["星云科技", "晨风麦穗"]]),
        (
            "星云科技的战略伙伴包括月光汽车和蓝海数据公司。",
            [["星云科技", "月光汽车"], ["星云科技", "蓝海数据"]],
        ),
        ("会上，月光汽车、蓝海数据公司等战略伙伴代表出席了发布会。", []),
    ],
)
def test_strategic_partners_are_partners_as_cooperation_partners_are(
    read: Reader, text: str, pairs: list[list[str]]
) -> None:
    """ "结为战略伙伴" (Taiwan: 策略夥伴) names a partnership; "A、B等战略伙伴" with no owner, no one's."""
    assert _pairs(read(text)) == pairs


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("星云智能与蓝海数据将在机器人领域展开合作。", "planned"),
        ("星云智能与蓝海数据有望在明年达成合作。", "planned"),
        ("星雲智能與藍海數據將在機器人領域展開合作。", "planned"),
    ],
)
def test_a_partner_of_plain_nouns_is_named_before_what_is_to_come_and_where(
    read: Reader, text: str, modality: str
) -> None:
    """ "与X将在…展开合作": a word of what is to come before the place leaves X the partner's slot."""
    event = read(text).one("partnership")
    assert (read(text).names(event.orgs), event.modality) == (["星云智能", "蓝海数据"], modality)


@pytest.mark.parametrize(
    "text",
    [
        "星云智能表示，公司正与蓝海数据商讨合作事宜。",
        "星云智能正与月光科技探讨在芯片领域合作的可能性。",
        "星雲智能正與藍海數據商議合作事宜。",
    ],
)
def test_firms_talking_over_a_deal_plan_it(read: Reader, text: str) -> None:
    """Talks (商讨, 探讨, 商议) leave the deal to come, as 洽谈 does; nothing is signed."""
    doc = read(text)
    event = doc.one("partnership")
    assert event.modality == "planned" and len(doc.names(event.orgs)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "星云智能与蓝海数据签署协议，双方将在芯片领域展开合作。",
        "星雲智能與藍海數據簽約，雙方將攜手開發新一代晶片。",
    ],
)
def test_a_signed_deal_whose_work_lies_ahead_is_asserted(read: Reader, text: str) -> None:
    """The agreement is done; what the parties will do under it does not make the deal a plan."""
    assert read(text).one("partnership").modality == "asserted"


@pytest.mark.parametrize(
    "text",
    ["星云智能 月光科技签署战略合作协议", "星云智能 月光科技达成战略合作", "星雲智能 月光科技攜手開發晶片"],
)
def test_a_headline_s_space_between_two_firms_joins_them_as_partners(read: Reader, text: str) -> None:
    """A headline writes a space for "与" between the parties; a space after anything else still cuts a phrase."""
    doc = read(text)
    assert doc.names(doc.one("partnership").orgs) == ["星云智能", "月光科技"]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技与北辰智能将在人工智能领域展开合作。",
        "星雲科技與北辰智能將在人工智慧領域展開深度合作。",
    ],
)
def test_a_partnership_planned_over_a_long_field_is_planned(read: Reader, text: str) -> None:
    """将 plans the work however long the field phrase between it and the deal word (在人工智能领域)."""
    assert read(text).one("partnership").modality == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CEO张伟与北辰智能CTO李娜共同探讨了大模型的发展趋势。",
        "星雲科技CEO張偉與北辰智能CTO李娜共同探討了大模型的發展趨勢。",
        "星云科技与北辰智能就专利纠纷展开谈判。",
        "星雲科技與北辰智能就專利糾紛展開談判。",
    ],
)
def test_talks_on_a_matter_other_than_a_deal_plan_none(read: Reader, text: str) -> None:
    """Talking over trends or a dispute (探讨, 谈判) is no partnership in the making: no deal word is talked over."""
    assert not read(text).of_type("partnership")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技联合海川智能、蓝鲸数据成立合资公司。",
        "星雲科技聯合海川智能、藍鯨數據成立合資公司。",
        "星云科技携手海川智能、蓝鲸数据共同出资设立合资公司。",
    ],
)
def test_the_pairs_a_joining_word_reads_from_a_deal_of_three_are_parts_of_it(read: Reader, text: str) -> None:
    assert _pairs(read(text)) == [["星云科技", "海川智能", "蓝鲸数据"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司与月光智能公司、蓝海数据公司携手成立联合实验室。",
        "星雲科技公司與月光智能公司、藍海數據公司攜手成立聯合實驗室。",
        "星云科技公司与月光智能公司、蓝海数据公司联手打造算力平台。",
    ],
)
def test_a_party_and_the_list_after_its_with_joining_hands_make_one_deal(read: Reader, text: str) -> None:
    """ "A与B、C携手…": hands joined are one deal of the three, not A with each."""
    assert _pairs(read(text)) == [["星云科技", "月光智能", "蓝海数据"]]
