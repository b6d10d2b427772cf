"""Shapes of real reporting the rules once missed, each in an invented sentence: events told in passing,
lists with an unrecognised member, subjects that receive an investment, pronouns of the same sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import Read

Reader = Callable[..., Read]


def test_a_hearing_passed_is_an_approved_listing_even_before_a_comma(read: Reader) -> None:
    doc = read("星河智能日前通过港交所上市聆讯，有望成为行业第一股。")
    event = doc.one("listing")
    assert doc.name(event.org) == "星河智能"
    assert (event.status, event.board) == ("approved", "hkex")


@pytest.mark.parametrize(
    "text",
    [
        "空调商百川电器（2580）昨首挂，较定价跌一成。",
        "自去年上市以来，百川电器的股价持续下跌。",
        "2019年8月上市的国产空调第一股百川电器，今天以100元作收。",
    ],
)
def test_a_listing_told_in_passing_is_listed(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("百川电器", "listed")


def test_a_company_receiving_an_investment_is_the_funded_one(read: Reader) -> None:
    doc = read("3月5日，百川科技宣布获得数亿元人民币B轮战略投资。")
    event = doc.one("funding")
    assert doc.name(event.org) == "百川科技"
    assert event.amount == "数亿元"


def test_an_investor_named_before_the_word_still_invests(read: Reader) -> None:
    doc = read("星海资本3月完成对百川科技的A轮投资。")
    event = doc.one("funding")
    assert doc.name(event.org) == "百川科技"
    assert doc.names(event.investors) == ["星海资本"]


def test_an_order_of_magnitude_is_an_amount(read: Reader) -> None:
    events = read("年初以来，百川科技、星河智能等企业先后官宣超十亿级融资。").of_type("funding")
    assert [e.amount for e in events] == ["超十亿级", "超十亿级"]
    assert events[0].amount_low == 1e9


def test_a_list_member_no_mention_covers_keeps_the_list_together(read: Reader) -> None:
    doc = read("年初以来，百川科技、星河智能、某某、蓝海机器人等企业先后完成融资。")
    funded = {doc.name(e.org) for e in doc.of_type("funding")}
    assert funded == {"百川科技", "星河智能", "蓝海机器人"}


def test_a_pronoun_stands_for_the_person_named_before_it_in_the_sentence(read: Reader) -> None:
    doc = read(
        "王强是星云科技的老员工。当地时间周一，星云科技联合创始人张伟在网上发文表示，他将离开星云科技。"
    )
    event = doc.one("departure")
    assert (doc.name(event.person), doc.name(event.org)) == ("张伟", "星云科技")


@pytest.mark.parametrize(
    "text",
    [
        "星河智能是由百川汽车发起成立的公司。今年7月，双方合作的首款卡车下线。",
        "星河智能与百川汽车同在苏州。早在2021年，双方就已达成合作。",
    ],
)
def test_both_sides_named_a_sentence_before_are_the_partners(read: Reader, text: str) -> None:
    doc = read(text)
    assert sorted(doc.names(doc.one("partnership").orgs)) == ["星河智能", "百川汽车"]


def test_a_strategic_investment_between_two_named_companies_is_a_funding(read: Reader) -> None:
    doc = read("星河智能宣布获得百川汽车战投。")
    event = doc.one("funding")
    assert doc.name(event.org) == "星河智能"
    assert doc.names(event.investors) == ["百川汽车"]


def test_a_company_noun_heading_a_description_refers_to_no_one(read: Reader) -> None:
    text = "百川汽车在多款车型上搭载了芯片。自成立以来，星辰已获得多家头部车企、半导体公司等的投资。"
    assert read(text).of_type("funding") == []
    doc = read("百川汽车发布新车。公司同时宣布裁员200人。")
    assert doc.name(doc.one("layoff").org) == "百川汽车"


def test_months_are_no_head_count(read: Reader) -> None:
    assert read("往后10个多月，百川汽车将在组织上做不少优化和迭代。").of_type("layoff") == []


def test_a_listing_plan_in_a_later_clause_leaves_the_round_a_funding(read: Reader) -> None:
    doc = read(
        "此前百川科技刚刚收获A轮3.2亿元人民币融资，在如此短的时间内就完成两轮融资，预示着其IPO计划早已开启。"
    )
    assert doc.one("funding").amount == "3.2亿元"
    assert read("星河智能今日在港交所上市，募资10亿港元。").of_type("funding") == []


def test_who_takes_part_in_the_round_invests_in_the_company_referred_to(read: Reader) -> None:
    doc = read(
        "8月27日，百川科技宣布获得数亿元B轮融资。参与本轮投资的包括星海资本、红杉中国等投资方，都是战略投资。"
    )
    assert {doc.name(e.org) for e in doc.of_type("funding")} == {"百川科技"}
    assert doc.of_type("partnership") == []


def test_a_listing_since_which_something_happened_is_about_the_later_subject(read: Reader) -> None:
    doc = read("自去年上市以来，受需求下滑影响，百川汽车的股价持续下跌。")
    assert (doc.name(doc.one("listing").org), doc.one("listing").status) == ("百川汽车", "listed")


def test_the_original_plan_of_a_listing_stalled(read: Reader) -> None:
    event = read("百川集团原计划在11月5日在香港上市，但周一监管层约谈了其高管。").one("listing")
    assert (event.status, event.board) == ("stalled", "hkex")


def test_a_round_after_another_company_listed_is_still_a_funding(read: Reader) -> None:
    doc = read("先是星河智能以85亿美元估值上市，紧接着，百川科技、蓝海机器人等企业又相继获得融资。")
    assert {doc.name(e.org) for e in doc.of_type("funding")} == {"百川科技", "蓝海机器人"}


def test_backers_named_before_the_word_with_their_glosses_invest(read: Reader) -> None:
    doc = read(
        "百川科技(DeepRoute.ai)周二宣布，自电商公司阿里巴巴(9988.HK)、星海资本(Jeneration Capital)、"
        "汽车制造商吉利(Geely)等金主募得3亿美元。"
    )
    event = doc.one("funding")
    assert (doc.name(event.org), event.amount) == ("百川科技", "3亿美元")
    assert len(event.investors) == 3


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("知情人透露，百川汽车部分条线涉及人员裁退。", "rumored"),
        ("百川汽车CEO表示，公司可能需要裁员约10%。", "planned"),
    ],
)
def test_layoff_words_and_their_modality(read: Reader, text: str, modality: str) -> None:
    assert read(text).one("layoff").modality == modality


def test_preparing_a_listing_the_article_tells_the_filing_of_is_that_filing(read: Reader) -> None:
    doc = read("百川科技、星河智能等纷纷向港交所递交招股书。另一方面，百川科技、星河智能正加速冲刺港股IPO。")
    assert sorted(e.status for e in doc.of_type("listing")) == ["filed", "filed"]


def test_a_plan_on_another_venue_is_its_own_track(read: Reader) -> None:
    doc = read("百川科技曾向上交所递交科创板上市申请。如今，百川科技正冲刺港股IPO。")
    assert sorted((e.status, e.board) for e in doc.of_type("listing")) == [
        ("filed", "sse_star"),
        ("preparing", "hkex"),
    ]


@pytest.mark.parametrize(
    ("text", "status", "modality"),
    [
        ("百川科技有望成为第一家完成IPO的企业，最快年内在港挂牌上市。", "preparing", "planned"),
        ("百川科技今日在港交所挂牌上市。", "listed", "asserted"),
    ],
)
def test_a_first_trading_day_only_planned_is_no_listing_yet(
    read: Reader, text: str, status: str, modality: str
) -> None:
    event = read(text).one("listing")
    assert (event.status, event.modality) == (status, modality)


def test_an_application_the_regulator_rejected_is_terminated_on_its_board(read: Reader) -> None:
    event = read("百川科技曾申请于上海科创版上市，上月监管机构驳回其上市申请。").one("listing")
    assert (event.status, event.board) == ("terminated", "sse_star")


def test_a_negated_stage_word_states_no_stage(read: Reader) -> None:
    event = read("百川科技回应称，该公司未涉及申请绿色通道相关事宜，目前该公司上市工作正常推进。").one(
        "listing"
    )
    assert event.status == "preparing"


def test_the_round_a_sentence_refers_back_to_is_the_one_it_just_named(read: Reader) -> None:
    doc = read(
        "星云科技创始人张伟曾任北辰科技中国区总经理。星云科技宣布完成了20亿元A轮融资，"
        "该轮融资由晨曦资本联合领投，海川证券等九家机构联合参投。"
    )
    event = doc.one("funding")
    assert doc.name(event.org) == "星云科技"
    assert {"晨曦资本", "海川证券"} <= set(doc.names(event.investors))


def test_one_sum_written_two_ways_is_one_round(read: Reader) -> None:
    doc = read(
        "春节前后，星云科技、月光智能等企业先后官宣超十亿级融资。2月23日，星云科技宣布完成B轮融资超10亿元。"
    )
    assert sorted(doc.names([e.org for e in doc.of_type("funding") if e.org])) == ["星云科技", "月光智能"]


@pytest.mark.parametrize(
    "text",
    [
        "星云动力关键一年：融资、落地",
        "北辰资本宣布，将以约40亿美元收购数据中心投资商月光数据公司。",
        "日本科技投资集团北辰资本周二发布财报。",
        "星云科技推出联合融资机制，帮助中小企业。",
    ],
)
def test_funding_named_among_fields_or_in_a_firm_s_description_is_no_round(read: Reader, text: str) -> None:
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("离开星云科技后，张伟创办了月光智能。", {"张伟"}),
        ("从星云科技离职之后，张伟和李强一起创办了月光智能。", {"张伟", "李强"}),
        ("王明离开星云科技后，张伟接任CEO。", {"王明"}),
    ],
)
def test_a_fronted_time_clause_is_about_the_people_opening_the_next_one(
    read: Reader, text: str, people: set[str]
) -> None:
    doc = read(text)
    assert {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("departure")} == {
        (p, "星云科技") for p in people
    }


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("百川汽车旗下自动驾驶部门裁员三成。", "三成"),
        ("百川汽車旗下電商業務裁員近半。", "近半"),
    ],
)
def test_a_unit_that_cuts_jobs_unnamed_is_its_owner(read: Reader, text: str, scale: str) -> None:
    doc = read(text)
    event = doc.one("layoff")
    assert (doc.name(event.org), event.scale) == ("百川汽车", scale)


@pytest.mark.parametrize(
    ("text", "scale"), [("百川汽车约200名员工被裁。", "约200名员工"), ("百川汽車約三成員工遭裁。", "约三成")]
)
def test_staff_laid_off_told_with_their_count_is_a_layoff(read: Reader, text: str, scale: str) -> None:
    doc = read(text)
    event = doc.one("layoff")
    assert (doc.name(event.org), event.scale) == ("百川汽车", scale)


@pytest.mark.parametrize(
    "text",
    [
        "星云科技被裁定向200名员工支付赔偿。",
        "月光智能公司遭裁决赔偿300名员工。",
        "星云科技被裁判须补偿50名员工。",
    ],
)
def test_a_ruling_against_a_company_is_no_layoff(read: Reader, text: str) -> None:
    assert read(text).of_type("layoff") == []


@pytest.mark.parametrize(
    ("text", "scale"),
    [("百川汽車宣布資遣約200名員工。", "约200名员工"), ("百川汽車解僱逾千名員工。", "逾千名员工")],
)
def test_dismissals_told_with_their_count_are_a_layoff(read: Reader, text: str, scale: str) -> None:
    doc = read(text)
    event = doc.one("layoff")
    assert (doc.name(event.org), event.scale) == ("百川汽车", scale)


def test_one_person_dismissed_is_no_layoff(read: Reader) -> None:
    assert read("百川汽车解雇了CEO张伟。").of_type("layoff") == []


@pytest.mark.parametrize("text", ["百川汽车解雇了两名泄露机密的员工。", "百川汽車解僱了三名涉嫌受賄的員工。"])
def test_staff_dismissed_for_what_they_did_is_no_layoff(read: Reader, text: str) -> None:
    assert read(text).of_type("layoff") == []


@pytest.mark.parametrize(
    "text",
    [
        "受行业下行影响，百川汽车宣布关闭上海研发中心，约120名员工受到影响。",
        "百川汽车宣布关闭旗下在线教育业务，涉及员工约300人。",
        "百川汽車宣布關閉台中廠，約200名員工將被安置。",
    ],
)
def test_a_closure_with_the_staff_it_affects_counted_is_a_layoff(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.name(doc.one("layoff").org) == "百川汽车"


@pytest.mark.parametrize(
    "text",
    [
        "百川汽车已关闭超过2000个违规账号。",
        "百川汽车关闭了3家门店，员工将被安置到其他岗位。",
        "百川汽车关闭了一个拥有10万人的粉丝群。",
    ],
)
def test_a_closure_counting_no_staff_is_no_layoff(read: Reader, text: str) -> None:
    assert read(text).of_type("layoff") == []


@pytest.mark.parametrize(
    "text",
    [
        "百川汽车关闭了上海门店，该门店曾服务超过5000名会员。",
        "百川汽车宣布关闭社区功能，影响约200万名用户。",
        "百川资本解散旗下基金，涉及30位投资人。",
        "百川汽车关闭线下学校，300名学生转学。",
        "百川汽车解散董事会，5名董事全部离任。",
        "法院撤销了百川汽车的破产申请，10名债权人提出异议。",
    ],
)
def test_a_closure_counting_people_other_than_staff_is_no_layoff(read: Reader, text: str) -> None:
    """Members, users, investors, pupils, directors or creditors counted lose no job when a site closes."""
    assert read(text).of_type("layoff") == []


@pytest.mark.parametrize(
    "text", ["百川汽车关闭海外工厂，影响约800人就业。", "百川汽车关停武汉工厂，三百名工人将被遣散。"]
)
def test_a_closure_counting_jobs_or_workers_is_a_layoff(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.name(doc.one("layoff").org) == "百川汽车"


@pytest.mark.parametrize(
    "text", ["独家丨月光智能完成5亿元B轮融资，红杉中国领投。", "36氪获悉丨月光智能完成5亿元B轮融资。"]
)
def test_a_headline_label_parted_by_a_stroke_is_no_part_of_the_company(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.name(doc.one("funding").org) == "月光智能"


def test_the_first_investor_lac_reads_with_the_words_of_the_round_before_it_is_named_alone(
    read: Reader,
) -> None:
    doc = read("月光智能获数百万元天使轮融资，该轮融资由集素资本、盛港投资、青松基金投资。")
    names = {e.name for e in doc.extraction.entities if e.label == "Company"}
    assert names == {"月光智能", "集素资本", "盛港投资", "青松基金"}


@pytest.mark.parametrize(
    "text",
    ["李强担任星云科技出纳期间，挪用了公款。", "张伟在出任星云科技CEO期间，公司营收翻了一番。"],
)
def test_a_time_told_by_a_post_held_is_no_appointment(read: Reader, text: str) -> None:
    assert read(text).of_type("appointment") == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("星云科技发布了新产品。这家AI初创公司近日完成了B轮融资。", "funding"),
        ("星云科技发布了新产品。这家成立于2018年的公司近日宣布裁员。", "layoff"),
        ("星云科技发布了新产品。该AI芯片企业计划明年赴港上市。", "listing"),
    ],
)
def test_a_demonstrative_before_a_firm_s_description_refers_to_the_article_s_firm(
    read: Reader, text: str, event_type: str
) -> None:
    """ "这家AI初创公司", "该AI芯片企业": the firm the article is about (its line is no product coming on the market)."""
    doc = read(text)
    assert doc.name(doc.one(event_type).org) == "星云科技"


def test_a_demonstrative_acting_on_a_firm_refers_to_none(read: Reader) -> None:
    assert read("星云科技发布了新产品。该消息对公司股价影响不大，多家机构宣布裁员。").of_type("layoff") == []
