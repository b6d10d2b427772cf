"""Events a journalist sees, read by the real pipeline from short news sentences in both scripts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tests.events.conftest import PUBLISHED, Read

Reader = Callable[..., Read]


def _purchase(doc: Read) -> tuple[str | None, str | None]:
    """Buyer and firm bought of the text's one acquisition."""
    event = doc.one("acquisition")
    return doc.name(event.acquirer), doc.name(event.target)


def test_departure_names_person_company_role_and_where_they_went(read: Reader) -> None:
    doc = read("星云科技公司首席技术官张伟昨日离职，加盟月光智能公司。")
    event = doc.one("departure")
    assert doc.name(event.person) == "张伟"
    assert doc.name(event.org) == "星云科技"
    assert doc.name(event.to_org) == "月光智能"
    assert event.role == "CTO"  # normalised, as roles are
    assert event.date == date(2024, 3, 19)
    assert event.modality == "asserted"
    appointment = doc.one("appointment")
    assert (doc.name(appointment.person), doc.name(appointment.org)) == ("张伟", "月光智能")


def test_departure_in_traditional_script(read: Reader) -> None:
    doc = read("星雲科技公司首席技術官張偉已於3月11日離職。")
    event = doc.one("departure")
    assert doc.name(event.org) == "星云科技"
    assert event.person is not None
    assert event.trigger == "離職"
    assert event.date == date(2024, 3, 11)


def test_a_rumour_a_traditional_announcement_tells_later_is_asserted(read: Reader) -> None:
    """宣佈 is 宣布: the company's own announcement makes the lead's rumour a fact in either script."""
    doc = read("據傳星雲科技技術長張偉已離職。星雲科技今日宣佈，張偉辭去技術長一職。")
    assert doc.one("departure").modality == "asserted"


def test_a_post_left_for_another_firm_in_traditional_is_a_departure(read: Reader) -> None:
    """轉戰 is 转战: a post stated beside the move is the one left, in either script."""
    doc = read("星雲科技台灣區總經理張偉轉戰月光智能。")
    event = doc.one("departure")
    assert (doc.name(event.org), doc.name(event.to_org)) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技首席科学家张伟回到学术界，出任东岭大学教授。",
        "星雲科技首席科學家張偉重返學界，出任東嶺大學教授。",
    ],
)
def test_going_back_to_academia_leaves_the_firm(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.one("departure")
    assert (doc.name(event.person), doc.name(event.org), doc.name(event.to_org)) == (
        "张伟",
        "星云科技",
        "东岭大学",
    )


def test_a_project_bought_in_taiwan_words_is_no_acquisition_of_a_firm(read: Reader) -> None:
    """Taiwan writes 專案 for 项目: buying a project buys an asset, not a firm (as "收购X项目" does not)."""
    assert read("星雲地產5億元收購月光集團濱江新城專案。").of_type("acquisition") == []


def test_former_title_and_new_post_is_a_departure(read: Reader) -> None:
    doc = read("原星云科技公司副总裁张伟已加盟月光智能公司，出任首席技术官。")
    departure = doc.one("departure")
    assert (doc.name(departure.person), doc.name(departure.org)) == ("张伟", "星云科技")
    assert doc.name(departure.to_org) == "月光智能"
    assert doc.name(doc.one("appointment").org) == "月光智能"


def test_pronoun_subject_is_the_person_named_before(read: Reader) -> None:
    doc = read("星云科技公司首席技术官张伟已离职。据悉，他将加入月光智能公司。")
    appointment = doc.one("appointment")
    assert (doc.name(appointment.person), doc.name(appointment.org)) == ("张伟", "月光智能")
    assert appointment.modality == "rumored"


@pytest.mark.parametrize(
    "text",
    [
        "月光智能公司今年引进多名工程师，张伟是其中之一。本周他在发布会上透露，自己早已和月光智能公司签约。",
        "月光智能公司今年引進多名工程師，張偉是其中之一。本週他在發佈會上透露，自己早已和月光智能公司簽約。",
    ],
)
def test_a_reflexive_in_reported_speech_is_the_person_named_before(read: Reader, text: str) -> None:
    doc = read(text)
    appointment = doc.one("appointment")
    assert (doc.name(appointment.person), doc.name(appointment.org)) == ("张伟", "月光智能")


def test_founding_date_is_not_the_event_date(read: Reader) -> None:
    assert read("星云科技公司成立于2015年，3月11日宣布裁员300人。").one("layoff").date == date(2024, 3, 11)


def test_appointment_by_an_organisation(read: Reader) -> None:
    doc = read("月光智能公司今日宣布任命李娜为首席执行官。")
    event = doc.one("appointment")
    assert doc.name(event.person) == "李娜"
    assert doc.name(event.org) == "月光智能"
    assert event.role == "CEO"
    assert event.date == PUBLISHED


def test_departure_of_an_unnamed_executive_keeps_title_and_company(read: Reader) -> None:
    event = read("星云科技公司CEO已经辞职。").one("departure")
    assert event.person is None
    assert event.role == "CEO"


def test_unnamed_staff_leaving_their_company_is_a_departure(read: Reader) -> None:
    doc = read("星云科技公司两名高管本周相继离职。")
    event = doc.one("departure")
    assert event.person is None
    assert event.role == "高管"
    assert doc.name(event.org) == "星云科技"


def test_a_member_quitting_a_named_team_is_a_departure_from_it(read: Reader) -> None:
    doc = read("星云科技公司的三名骨干宣布退出月光智能公司。")
    event = doc.one("departure")
    assert event.role == "骨干"
    assert doc.name(event.org) == "月光智能"


@pytest.mark.parametrize(
    "text",
    ["工程师张伟上月从星云科技公司跳槽，去了一家初创企业。", "星云科技公司以违纪为由将销售经理张伟开掉。"],
)
def test_colloquial_departure_words(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.one("departure")
    assert (doc.name(event.person), doc.name(event.org)) == ("张伟", "星云科技")


def test_patient_moved_before_the_verb_by_jiang(read: Reader) -> None:
    doc = read("星云科技公司已将月光智能公司收购。")
    assert _purchase(doc) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "工程师张伟昨天与月光智能公司正式签约。",
        "工程师张伟已经和月光智能公司完成签约。",
        "工程師張偉已經和月光智能公司正式簽約。",
    ],
)
def test_person_signing_with_an_organisation_joins_it(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.one("appointment")
    assert (doc.name(event.person), doc.name(event.org)) == ("张伟", "月光智能")


def test_and_between_two_organisations_lists_the_ones_who_sign(read: Reader) -> None:
    doc = read("星云科技公司和月光智能公司签下工程师张伟。")
    assert doc.name(doc.one("appointment").org) == "星云科技"


def test_partnership_is_active_or_ended(read: Reader) -> None:
    doc = read("星云科技公司和月光智能公司达成战略合作。")
    event = doc.one("partnership")
    assert sorted(doc.names(event.orgs)) == ["星云科技", "月光智能"]
    assert (event.kind, event.status) == ("cooperation", "active")
    ended = read("星云科技公司宣布终止与月光智能公司的合作。").one("partnership")
    assert ended.status == "ended"


def test_bid_puts_the_winner_first(read: Reader) -> None:
    doc = read("星云科技公司中标了月光智能公司的数据中心项目。")
    event = doc.one("partnership")
    assert event.kind == "bid"
    assert doc.names(event.orgs) == ["星云科技", "月光智能"]
    notice = read("星云科技公司近日收到月光智能公司发出的中标通知书。")
    assert notice.names(notice.one("partnership").orgs) == ["星云科技", "月光智能"]


@pytest.mark.parametrize(
    "text",
    [
        "北辰银行确定星云科技公司、月光智能公司联合体为数据中心项目中标人。",
        "星云科技公司与月光智能公司组成的联合体为北辰银行数据中心项目的中标单位。",
        "星云科技公司与月光智能公司组成的联合体成为北辰银行数据中心项目的第一中标候选人。",
    ],
)
def test_each_member_of_a_winning_consortium_wins(read: Reader, text: str) -> None:
    doc = read(text)
    winners = sorted(doc.name(e.orgs[0]) for e in doc.of_type("partnership") if e.kind == "bid")
    assert winners == ["星云科技", "月光智能"]


@pytest.mark.parametrize(
    "text",
    [
        "北辰银行公示了2026年服务器集中采购结果，华为、中兴通讯分别中标。",
        "北辰银行集采结果出炉，华为、中兴通讯分别中标。",
    ],
)
def test_the_buyer_publishing_a_procurement_result_tendered_it(read: Reader, text: str) -> None:
    assert sorted(doc_names(read(text))) == [["中兴通讯", "北辰银行"], ["华为", "北辰银行"]]


def test_a_bid_won_in_taiwan_is_a_bid(read: Reader) -> None:
    assert doc_names(read("星雲科技以2.3億元得標北辰銀行AI巡檢系統標案。")) == [["星云科技", "北辰银行"]]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技的目标得到了月光智能的支持。",
        "星云科技的商标得到法院保护。",
        "星云科技指标得分第一。",
        "星云科技将获得标的公司100%股权。",
        "星云科技取得标准认证。",
        "星云科技赢得标杆客户。",
    ],
)
def test_a_word_ending_in_biao_before_de_wins_no_bid(read: Reader, text: str) -> None:
    """标得 of 目标得到, 商标得到 or 指标得分 wins nothing, nor does 得标 inside 获得/取得/赢得 + 标的/标准/标杆."""
    assert read(text).of_type("partnership") == []


def test_a_party_left_unnamed_is_no_party(read: Reader) -> None:
    # 某 ("a certain"): the text does not say which city government tendered.
    assert doc_names(read("星云科技近日中标某市政府智慧城市项目，中标金额为1.2亿元。")) == [["星云科技"]]


def doc_names(doc: Read) -> list[list[str]]:
    """The organisations of each bid, the winner first."""
    return [doc.names(e.orgs) for e in doc.of_type("partnership") if e.kind == "bid"]


def test_a_winner_named_after_a_colon_wins(read: Reader) -> None:
    doc = read("项目名称：北辰银行数据中心项目 中标人：星云科技公司 中标价：4000万元")
    assert [doc.name(e.orgs[0]) for e in doc.of_type("partnership")] == ["星云科技"]


def test_who_publishes_a_bid_notice_does_not_win(read: Reader) -> None:
    doc = read("北辰银行于昨日发布预中标公告，星云科技公司与月光智能公司组成的联合体为第一中标候选人。")
    winners = sorted(doc.name(e.orgs[0]) for e in doc.of_type("partnership") if e.kind == "bid")
    assert winners == ["星云科技", "月光智能"]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司日前接获采购代理机构蓝海招标咨询公司寄来的中标通知书。",
        "星云科技公司接到业主北辰水务集团有限公司与受托的招标代理蓝海招标咨询公司一同寄出的中标通知书。",
        "星雲科技公司收到招標人北辰水務集團有限公司及招標代理機構藍海招標諮詢有限公司簽發的中標通知書。",
    ],
)
def test_a_tendering_agent_is_neither_tenderer_nor_winner(read: Reader, text: str) -> None:
    """The agent running a tender for its client sends the notice: the client tendered, the agent did not."""
    doc = read(text)
    bids = doc.of_type("partnership")
    assert [doc.name(e.orgs[0]) for e in bids] == ["星云科技"]
    assert [n for e in bids for n in doc.names(e.orgs) if "蓝海" in n] == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司在《东岭证券报》、《北辰时报》和星河资讯网刊出路灯工程中标一事。",
        "蓝海市公共资源交易中心网贴出了路灯工程评标排名，星云科技公司排名第一。",
        "按照蓝海市公共资源交易网昨天列出的名单，星云科技公司预中标路灯工程。",
    ],
)
def test_who_publishes_a_bid_result_is_no_party(read: Reader, text: str) -> None:
    """A newspaper, a disclosure website or a public trading centre publishing the result only tells it."""
    doc = read(text)
    assert [doc.names(e.orgs) for e in doc.of_type("partnership")] in ([], [["星云科技"]])


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公告，该公司已收到蓝海水务集团有限公司《中标通知书》。",
        "星云科技公司本周收悉蓝海水务集团有限公司递交的《中标通知书》，将承建老旧小区改造工程。",
        "星雲科技公司近日接到藍海水務集團有限公司出具的中標通知書。",
    ],
)
def test_who_sends_a_bid_notice_tendered_and_who_receives_it_won(read: Reader, text: str) -> None:
    """The notice goes from the tenderer to the winner, whatever verb of sending stands between or none."""
    doc = read(text)
    assert {tuple(doc.names(e.orgs)) for e in doc.of_type("partnership")} == {("星云科技", "蓝海水务")}


@pytest.mark.parametrize(
    "text",
    [
        "星云电气表示，在“北辰电网有限公司今年第二批电表集中采购”里，公司拿下3个包并中标。",
        "星云科技成为“蓝海银行云桌面终端入围项目”的第一中标候选人。",
        "星雲科技成為《藍海銀行資料中心設備入圍項目》的第一中標候選人。",
    ],
)
def test_a_firm_inside_a_quoted_project_title_does_not_win(read: Reader, text: str) -> None:
    """A quoted title naming a tender or project names whose it is, not who won it."""
    doc = read(text)
    winners = {doc.name(e.orgs[0]) for e in doc.of_type("partnership") if e.kind == "bid"}
    assert winners <= {"星云电气", "星云科技"}
    titled = read("星云科技中标“北辰电网有限公司今年电表工程”。")
    assert [titled.names(e.orgs) for e in titled.of_type("partnership") if e.kind == "bid"] == [
        ["星云科技", "北辰电网"]
    ]


def test_joint_winners_give_one_bid_each(read: Reader) -> None:
    doc = read("星云科技公司和月光智能公司联合中标了蓝海数据公司的数据中心项目。")
    bids = doc.of_type("partnership")
    assert sorted(doc.names(e.orgs) for e in bids) == [["星云科技", "蓝海数据"], ["月光智能", "蓝海数据"]]


def test_coordinated_companies_give_one_listing_event_each(read: Reader) -> None:
    doc = read("星云科技公司、月光智能公司、蓝海数据公司等企业或终止上市，或撤回招股书。")
    events = doc.of_type("listing")
    assert sorted(doc.name(e.org) for e in events) == ["星云科技", "月光智能", "蓝海数据"]
    # One sentence, one status per company: the strongest the sentence states for them.
    assert {e.status for e in events} == {"withdrawn"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星云科技公司的IPO申请已过会。", "approved"),
        ("星云科技公司撤回了上市申请。", "withdrawn"),
        ("星云科技公司的上市申请已获受理。", "filed"),
        ("星云科技公司的IPO审核因财务资料过期而中止。", "suspended"),
        ("星云科技公司的上市计划已经搁浅。", "stalled"),
        ("星云科技公司今日在纳斯达克上市。", "listed"),
        ("星云科技公司在科创板的上市申请已收到首轮问询。", "inquiry"),
        ("星云科技公司本周获准在纳斯达克上市。", "approved"),
        ("星云科技公司的上市进程被监管部门叫停。", "stalled"),
        ("星云科技公司科创板IPO获证监会同意注册。", "approved"),
        ("星云科技公司的创业板IPO注册申请已获证监会同意。", "approved"),
        ("星云科技公司的上市案昨日获交易所核准。", "approved"),
    ],
)
def test_listing_status(read: Reader, text: str, status: str) -> None:
    assert read(text).one("listing").status == status


def test_an_exchange_stands_for_the_one_board_of_it_the_article_names(read: Reader) -> None:
    doc = read("月光智能公司的创业板IPO已获受理。深交所中止了星云科技公司的发行上市审核。")
    suspended = next(e for e in doc.of_type("listing") if doc.name(e.org) == "星云科技")
    assert (doc.name(suspended.board), suspended.status) == ("创业板", "suspended")


@pytest.mark.parametrize(
    ("text", "board"),
    [
        ("星云科技公司计划登陆A股。", "A股市场"),
        ("星雲科技公司預計今天申請在創新板上市。", "台湾创新板"),
        ("星云科技公司、月光智能公司等A股公司在积极推进A+H上市计划。", "香港交易所"),
        ("星云科技公司已按第18C章递交上市申请。", "香港交易所"),
        ("星云科技公司计划明年赴美上市。", "美股市场"),
        ("星云科技公司已秘密递交在美国上市的申请。", "美股市场"),
    ],
)
def test_listing_venues_named_by_market_words(read: Reader, text: str, board: str) -> None:
    doc = read(text)
    events = doc.of_type("listing")
    assert events
    assert {doc.name(e.board) for e in events} == {board}


@pytest.mark.parametrize(
    ("text", "board"),
    [
        ("星云科技公司计划登陆A股。今年3月，星云科技公司的科创板上市申请获受理。", "科创板"),
        ("星云科技公司计划赴美上市。今年3月，星云科技公司向纳斯达克递交了招股书。", "纳斯达克"),
    ],
)
def test_a_planned_listing_on_a_market_carried_out_on_one_of_its_boards_is_one_track(
    read: Reader, text: str, board: str
) -> None:
    """A market (A股, 美股) holds the board the filing names: one track, at the filing, not a plan beside it."""
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.board), event.status, event.modality) == (board, "filed", "asserted")


def test_planned_listing_is_preparing_and_dated(read: Reader) -> None:
    event = read("星云科技公司计划明年在纳斯达克上市。").one("listing")
    assert event.modality == "planned"
    assert event.status == "preparing"
    assert event.date == date(2025, 1, 1)


def test_funding_amount_currency_round_and_investors(read: Reader) -> None:
    doc = read("月光智能公司完成5亿元B+轮融资，由北辰资本领投，南山创投跟投。")
    event = doc.one("funding")
    assert doc.name(event.org) == "月光智能"
    assert (event.amount, event.currency, event.round) == ("5亿元", "CNY", "B+轮")
    assert sorted(doc.names(event.investors)) == ["北辰资本", "南山创投"]


def test_funding_in_dollars_from_traditional_text(read: Reader) -> None:
    event = read("藍海數據公司獲得約3000萬美元A輪融資。").one("funding")
    assert (event.amount, event.currency, event.round) == ("3000万美元", "USD", "A轮")


def test_investors_of_a_group_marked_after_it(read: Reader) -> None:
    doc = read("北辰资本和南山创投等机构联合投资了月光智能公司，投资金额达2亿元。")
    event = doc.one("funding")
    assert doc.name(event.org) == "月光智能"
    assert sorted(doc.names(event.investors)) == ["北辰资本", "南山创投"]


def test_a_latin_name_glued_to_an_investors_name_glosses_it_and_the_list_goes_on(read: Reader) -> None:
    doc = read(
        "星云科技完成B轮融资，投资方为红杉中国（领投）、远山资本Yuanshan Capital、晨光资本、高瓴资本。"
    )
    event = doc.one("funding")
    assert doc.names(event.investors) == ["红杉中国", "远山资本", "晨光资本", "高瓴资本"]


@pytest.mark.parametrize(
    "text",
    [
        "北辰科技去年获得来自于星云资本、远山创投等机构的B轮融资。",
        "北辰科技去年獲得來自星雲資本、遠山創投的A輪融資。",
    ],
)
def test_investors_named_as_where_the_money_comes_from(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.one("funding")
    assert doc.name(event.org) == "北辰科技"
    assert sorted(doc.names(event.investors)) == ["星云资本", "远山创投"]


@pytest.mark.parametrize(
    "text",
    [
        "张伟来自北辰集团，月光智能今日宣布完成2亿元B轮融资。",
        "月光智能今日宣布完成2億元B輪融資，執行長張偉來自北辰集團。",
    ],
)
def test_where_a_person_comes_from_is_no_investor(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.of_type("funding")[-1]
    assert (doc.name(event.org), event.investors) == ("月光智能", [])


@pytest.mark.parametrize(
    "text", ["【科技快讯】9月26日消息，月光智能获阿里巴巴投资。", "月光智能獲阿里巴巴投資。"]
)
def test_an_investment_told_by_who_gives_it_needs_no_amount(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.one("funding")
    assert doc.name(event.org) == "月光智能"
    assert doc.names(event.investors) == ["阿里巴巴"]


@pytest.mark.parametrize(
    "text",
    [
        "此前，阿里巴巴已投资机器人公司月光智能以及新能源车企小鹏汽车。",
        "阿里巴巴此前投资了月光智能和小鹏汽车，具体金额未披露。",
    ],
)
def test_companies_an_investor_put_money_in_are_each_funded(read: Reader, text: str) -> None:
    doc = read(text)
    funded = {doc.name(e.org): doc.names(e.investors) for e in doc.of_type("funding")}
    assert funded == {"月光智能": ["阿里巴巴"], "小鹏汽车": ["阿里巴巴"]}


@pytest.mark.parametrize(
    "text", ["明远资本宣布投资机器人企业月光智能。", "明遠資本宣佈投資月光智能，金額未披露。"]
)
def test_an_investment_announced_in_a_company_named_after_it_needs_no_amount(read: Reader, text: str) -> None:
    event = read(text).one("funding")
    assert (read(text).name(event.org), read(text).names(event.investors)) == ("月光智能", ["明远资本"])


@pytest.mark.parametrize(
    "text", ["明远资本宣布投资10亿元与月光智能共建实验室。", "明远资本已投资5亿元与月光智能合建研发中心。"]
)
def test_money_put_into_building_with_a_partner_is_no_round(read: Reader, text: str) -> None:
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "月光智能完成3亿元B轮融资，由明远资本领投。明远资本此前还投资了星云科技和小鹏汽车。",
        "月光智能完成3億元B輪融資，由明遠資本領投。明遠資本之前也投資了小鵬汽車。",
    ],
)
def test_holdings_of_a_rounds_investor_told_as_background_are_no_round(read: Reader, text: str) -> None:
    """An investor of the round the article told, listing what it invested in before, funds no one anew."""
    assert [read(text).name(e.org) for e in read(text).of_type("funding")] == ["月光智能"]


@pytest.mark.parametrize(
    "text",
    [
        "月光智能完成3亿元B轮融资，由明远资本领投。明远资本于2023年还投资了小鹏汽车。",
        # "还" and "也" add a deal to the one told, they date nothing: a new round unless a word says before.
        "月光智能完成3亿元B轮融资，由明远资本领投。同一天，明远资本还宣布向小鹏汽车投资2亿元。",
        "月光智能完成3亿元B轮融资，由明远资本领投。明远资本也向小鹏汽车投资了5000万元。",
    ],
)
def test_a_new_investment_of_a_rounds_investor_is_a_round(read: Reader, text: str) -> None:
    doc = read(text)
    assert {doc.name(e.org) for e in doc.of_type("funding")} == {"月光智能", "小鹏汽车"}


@pytest.mark.parametrize(
    "text", ["星云科技获得北辰集团旗下产业基金的投资。", "星雲科技獲北辰集團旗下的產業投資基金投資。"]
)
def test_an_unnamed_fund_of_a_group_gives_the_groups_investment(read: Reader, text: str) -> None:
    """The fund the group owns is not named: the group invests through it ("X获Y旗下基金投资")."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), doc.names(event.investors)) == ("星云科技", ["北辰集团"])


def test_an_etc_later_in_the_clause_leaves_the_funded_company_one(read: Reader) -> None:
    """Only an 等 closing the list of funded companies makes them a sample of holdings: one ending a use of the
    money tells no list."""
    event = read("明远资本近日投资了月光智能3亿元用于研发等用途。").one("funding")
    assert event.amount == "3亿元"


@pytest.mark.parametrize(
    "text", ["明远资本宣布完成对月光智能的投资。", "明远资本已于2023年6月完成对月光智能的股权投资，持股5%。"]
)
def test_an_investment_told_done_in_a_company_funds_it_with_no_amount(read: Reader, text: str) -> None:
    """ "X完成对Y的投资": Y is funded by X though no amount or round is told."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), doc.names(event.investors)) == ("月光智能", ["明远资本"])


@pytest.mark.parametrize(
    "text",
    [
        "明远资本完成对月光智能的投资布局。",
        "明远资本完成对新能源领域的投资。",
        "明远资本已完成对月光智能的投资退出。",
        "明远资本完成对月光智能的投资尽调。",
    ],
)
def test_an_investors_plan_or_field_told_done_is_no_round(read: Reader, text: str) -> None:
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技去年投资了两个项目。",
        "月光资本，近期还投资过星云科技、蓝海数据等企业。",
        "月光资本已投资星云科技、月光智能等企业。",
        # the last name read short (远帆汽车技术, 服务 left before 等) still ends an open list
        "红杉中国已投资青禾电子、云帆信息、远帆汽车技术服务等系列新锐企业。",
    ],
)
def test_an_investors_projects_or_holdings_are_no_round(read: Reader, text: str) -> None:
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "北辰集团发起设立的人工智能产业基金完成首期募集，规模达20亿元。",
        "北辰集团管理的美元基金募资10亿美元。",
        "北辰集團發起設立的產業基金完成首期募集。",
    ],
)
def test_a_fund_a_firm_sets_up_raising_money_is_no_round_of_the_firm(read: Reader, text: str) -> None:
    """A fund the firm before it describes ("X设立的基金") raises the money from its backers."""
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "受资本寒冬影响，星云科技公司融资不顺。",
        "星云科技公司近期融资受阻，现金流紧张。",
        "星雲科技公司融資遇冷。",
    ],
)
def test_money_a_firm_struggles_to_raise_is_no_round(read: Reader, text: str) -> None:
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    ["星云科技公司的B轮融资由北辰集团的产业基金领投。", "星云科技公司获得北辰基金领投的B轮融资。"],
)
def test_a_firm_receiving_from_a_fund_is_funded(read: Reader, text: str) -> None:
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("funding")] == ["星云科技"]


@pytest.mark.parametrize(
    "text",
    [
        "腾讯此次注资京东，意在布局电商。",
        "腾讯对京东注资一事终于落地。",
        "京东向腾讯谋求注资。",
        "騰訊此次注資京東，意在佈局電商。",
    ],
)
def test_capital_put_in_between_two_named_firms_needs_no_amount(read: Reader, text: str) -> None:
    """ "X注资Y" ties two firms as a strategic investment does; the one asked for money invests."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), doc.names(event.investors)) == ("京东", ["腾讯"])


@pytest.mark.parametrize(
    "text",
    [
        "星云科技宣布完成A轮1亿美元融资，北辰创投领投，蓝海集团、月光电子以及原天使轮投资方青松创投、海川投资参投。",
        "星雲科技宣布完成B輪融資，北辰創投領投，藍海集團、月光電子以及老股東青松創投跟投。",
    ],
)
def test_firms_listed_before_a_word_of_taking_part_are_no_funded_companies(read: Reader, text: str) -> None:
    """Without a word of receiving between ("X获Y领投"), whoever stands before 参投 / 跟投 takes part in the
    round, even when an aside about earlier investors splits the list from its marker."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("funding")] == ["星云科技"]


@pytest.mark.parametrize(
    "text",
    ["星云科技由北辰创投领投，蓝海集团跟投。", "星雲科技的天使輪由北辰創投投資。"],
)
def test_a_company_before_a_word_naming_its_investors_is_funded(read: Reader, text: str) -> None:
    """ "由" before the investors makes the company before them the one funded, as a word of
    receiving does ("X获Y领投")."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("funding")][:1] == ["星云科技"]


def test_a_round_referred_back_to_funds_no_company_listed_with_its_investors(read: Reader) -> None:
    # The list's first member is a name no recogniser reads, so no marker reaches the others.
    doc = read(
        "月光智能获投3亿美元C轮融资，该轮融资由Quarry Lane capital（领投）、Bluefin Ventures Group、"
        "Teal Rock远山创投投资。"
    )
    assert [doc.name(e.org) for e in doc.of_type("funding")] == ["月光智能"]


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("星云科技完成C轮融资，由红杉中国领投，高瓴资本持续跟投。", ["红杉中国", "高瓴资本"]),
        ("月光智能宣布B轮融资到位，百度领投，腾讯、顺为资本继续加码跟投。", ["百度", "腾讯", "顺为资本"]),
        ("星云科技获得2亿元D轮融资，红杉中国再次领投，高瓴资本跟投。", ["红杉中国", "高瓴资本"]),
    ],
)
def test_investors_of_an_earlier_round_going_on_are_investors(
    read: Reader, text: str, investors: list[str]
) -> None:
    """An adverb of going on between a group and its word of investing (持续跟投, 继续加码跟投, 再次领投) keeps
    the group investors of the round."""
    doc = read(text)
    assert sorted(doc.names(doc.one("funding").investors)) == sorted(investors)


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        ("星云科技近日获数百万元天使投资。", "天使轮"),
        ("月光智能宣布完成2000万元的pre-A融资，由红杉中国投资。", "Pre-A轮"),
        ("星云科技完成种子融资，资金将用于产品研发。", "种子轮"),
    ],
)
def test_a_round_written_without_its_round_word(read: Reader, text: str, round_: str) -> None:
    """A seed, angel or Pre-A round is written right before the word of raising without 轮 too."""
    assert read(text).one("funding").round == round_


@pytest.mark.parametrize(
    "text",
    [
        "星云科技今年完成天使轮融资，投资方为远岚资本，金额未披露。",
        "月光智能在5月拿到种子轮融资，投资方为远岚资本，金额没有透露。",
    ],
)
def test_a_round_before_its_investors_is_no_company(read: Reader, text: str) -> None:
    """LAC reads a round before "，投资方为X" as an organisation (天使轮融资); read as one it hides the round."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), doc.names(event.investors)) == (text[:4], ["远岚资本"])


def test_an_investor_of_a_stage_names_no_round(read: Reader) -> None:
    # 天使投资人 is a person who invests at that stage, no round of the company funded.
    assert read("月光智能完成3000万元融资，知名天使投资人张伟参与投资。").one("funding").round is None


@pytest.mark.parametrize(
    "text", ["此次星云科技获得北辰资本5000万元投资。", "本次星雲科技獲得北辰資本5000萬元投資。"]
)
def test_this_time_before_the_funded_company_refers_back_to_no_round(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), doc.names(event.investors)) == ("星云科技", ["北辰资本"])


def test_a_marker_reaches_a_list_whose_first_member_no_mention_covers(read: Reader) -> None:
    doc = read(
        "Nimbus Robotics获投8000万美元A轮融资，该轮融资由Quarry Lane capital（领投）、Bluefin Ventures Group、"
        "Teal Rock远山创投投资。"
    )
    assert "Bluefin Ventures Group" in doc.names(doc.one("funding").investors)
    # A phrase before the comma is no member: the company after it is funded, not an investor.
    doc = read("星云科技获得5亿元融资、月光智能获得3亿元融资。")
    event = doc.of_type("funding")[-1]
    assert (doc.name(event.org), event.investors) == ("月光智能", [])


@pytest.mark.parametrize(
    "text", ["星云科技完成A轮融资、月光智能完成B轮融资。", "星雲科技完成Pre-A輪融資、月光智能完成B輪融資。"]
)
def test_a_round_before_the_comma_is_no_member_of_a_list(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.of_type("funding")[-1]
    assert (doc.name(event.org), event.investors, event.round) == ("月光智能", [], "B轮")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("北辰科技获数百万种子轮融资。", "数百万"),
        ("北辰科技完成近亿A轮融资。", "近亿"),
        ("北辰科技獲數百萬種子輪融資。", "数百万"),
        ("北辰科技完成两千万A轮融资。", "两千万"),
        ("北辰科技獲得三億B輪融資。", "三亿"),
    ],
)
def test_an_amount_without_a_currency_word_before_a_round(read: Reader, text: str, amount: str) -> None:
    event = read(text).one("funding")
    assert (event.amount, event.currency) == (amount, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("星云科技再获5亿融资，将用于芯片研发。", "5亿"),
        ("高瓴资本领投蓝海数据8亿融资。", "8亿"),
        ("月光智能获得数千万注资，由顺为资本独家出资。", "数千万"),
        ("北辰科技獲得兩億融資。", "两亿"),
    ],
)
def test_an_amount_without_a_currency_word_right_before_a_word_of_raising(
    read: Reader, text: str, amount: str
) -> None:
    """Headlines drop the currency and the round ("获5亿融资"): the number before the word of raising is the sum."""
    assert read(text).one("funding").amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("北辰科技完成B轮及B+轮融资共计3亿。", "3亿"),
        ("北辰科技完成金额为数十亿的战略融资。", "数十亿"),
        ("北辰科技完成总额约两千万的天使轮融资。", "两千万"),
    ],
)
def test_an_amount_without_a_currency_word_after_a_word_naming_a_sum(
    read: Reader, text: str, amount: str
) -> None:
    assert read(text).one("funding").amount == amount


@pytest.mark.parametrize(
    "text",
    [
        "单月GMV近3000万元，生鲜平台星云优选获天使轮融资",
        "星云科技年销售额超过5亿元，近日完成B轮融资。",
        "月光智能完成A轮融资，公司去年营业额达2亿元。",
    ],
)
def test_a_companys_sales_are_no_amount_of_its_round(read: Reader, text: str) -> None:
    assert read(text).one("funding").amount is None


@pytest.mark.parametrize(
    "text",
    [
        "星云科技获得15亿元战略投资，月光智能也完成了新一轮融资。",
        "其中，北辰科技完成20億元D輪融資，月光智能也完成了融資。",
    ],
)
def test_the_amount_and_round_of_an_earlier_clauses_round_are_not_another_firms(
    read: Reader, text: str
) -> None:
    """A roundup of rounds: the amount and round an earlier clause gives its own company are not those of the
    company a later clause names before its own word of raising."""
    late = next(e for e in read(text).of_type("funding") if read(text).name(e.org) == "月光智能")
    assert (late.amount, late.round) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "星云科技获得1.2亿美元战略融资，由红杉中国领投。",  # the later clause names the round's investor
        "星云科技本次融资总金额3亿元，星云科技年度融资计划不受影响。",  # the earlier clause names no other firm
    ],
)
def test_an_earlier_clauses_amount_stays_with_the_same_round(read: Reader, text: str) -> None:
    assert {e.amount for e in read(text).of_type("funding")} <= {"1.2亿美元", "3亿元"}
    assert any(e.amount for e in read(text).of_type("funding"))


@pytest.mark.parametrize(
    "text", ["北辰科技完成B轮融资，其用户总数共计3亿。", "北辰科技完成B轮融资，员工总计3百人。"]
)
def test_a_count_after_a_word_naming_a_sum_is_no_amount_without_a_money_word(read: Reader, text: str) -> None:
    assert read(text).one("funding").amount is None


@pytest.mark.parametrize(
    "text",
    [
        "星云科技董事会昨日抛出一份5亿元的融资方案，拟向特定对象发行股票。",
        "月光智能和蓝海数据此前先后公布了再融资方案。",
    ],
)
def test_a_scheme_of_raising_money_is_no_round(read: Reader, text: str) -> None:
    """A board's financing scheme is a proposal: no money is raised by it, so no one is funded."""
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "月光智能完成3亿元B轮融资，领投方为红杉中国，跟投方为腾讯和顺为资本。",
        "月光智能宣布完成2亿元C轮融资，领投方是红杉中国，参投方为腾讯、顺为资本。",
        "月光智能获得5000万元A轮融资，跟投方分别为腾讯、顺为资本，领投机构为红杉中国。",
    ],
)
def test_a_rounds_leaders_and_followers_named_after_their_part_invest(read: Reader, text: str) -> None:
    """ "领投方为X" names X as the round's leader the way "投资方为X" names an investor."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), sorted(doc.names(event.investors))) == (
        "月光智能",
        sorted(["红杉中国", "腾讯", "顺为资本"]),
    )


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("星云科技获保险巨头蓝海集团参投C轮融资。", "蓝海集团"),
        ("星云科技获得芯片巨头英伟达战略投资。", "英伟达"),
        ("星云科技获得上市公司蓝海股份2亿元战略融资。", "蓝海股份"),
        ("星云科技拿下互联网巨头腾讯领投的5亿元B轮融资。", "腾讯"),
    ],
)
def test_a_company_receiving_from_a_described_giver_is_funded(read: Reader, text: str, investor: str) -> None:
    """ "X获得芯片巨头Y投资": a word of receiving before the description makes X a party, not a description of Y."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), doc.names(event.investors)) == ("星云科技", [investor])


@pytest.mark.parametrize(
    ("text", "funded", "investor"),
    [
        ("据悉，腾讯等现有股东计划参与月光智能的C轮融资。", "月光智能", "腾讯"),
        ("红杉中国已参与蓝海科技公司的B轮融资。", "蓝海科技", "红杉中国"),
    ],
)
def test_who_takes_part_in_a_round_invests_in_it(read: Reader, text: str, funded: str, investor: str) -> None:
    """ "A计划参与Y的C轮融资": A puts money in, Y raises it."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), doc.names(event.investors)) == (funded, [investor])


@pytest.mark.parametrize(
    "text",
    [
        "星云科技创始人张伟参与创办的月光智能近日完成B轮融资。",
        "據悉，藍海集團副總裁李強參與創立的月光智能近日完成A輪融資。",
    ],
)
def test_taking_part_in_founding_a_company_is_no_investment_in_it(read: Reader, text: str) -> None:
    """ "X创始人张伟参与创办的Y完成融资": 参与 governs the founding, no round; X puts no money in."""
    event = read(text).one("funding")
    assert event.investors == []


def test_a_banks_branch_lends_and_is_never_the_one_funded(read: Reader) -> None:
    """A branch ("X银行深圳分行") is of its bank's kind: it lends the money, the company beside it raises it."""
    doc = read("星云科技与华兴银行深圳分行签署5亿元融资协议。")
    assert [doc.name(e.org) for e in doc.of_type("funding")] == ["星云科技"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("华兴银行与星云科技合作多年。该行日前宣布裁员300人。", "华兴银行"),
        ("中信证券与星云科技合作多年。该券商日前宣布裁员300人。", "中信证券"),
        ("星云科技与华兴银行合作多年。这家银行日前宣布裁员300人。", "华兴银行"),
    ],
)
def test_a_bank_or_broker_referred_back_to_by_its_noun_is_the_last_of_its_kind(
    read: Reader, text: str, org: str
) -> None:
    """ "X银行与Y合作多年。该行宣布裁员": 该行 is a bank, X, though Y was named last."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("layoff")] == [org]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("星云科技是北辰集团旗下的自动驾驶公司。该公司近日宣布裁员20%。", "layoff"),
        ("星云科技是一家为华为提供芯片的公司。该公司已向港交所递交上市申请。", "listing"),
        ("星云科技的客户包括百度和腾讯。该公司近日宣布裁员。", "layoff"),
        ("2018年，星云科技在深圳成立，与华为和百度都有合作。这家初创企业近日宣布完成B轮融资。", "funding"),
        ("星云科技是一家AI芯片公司，其创始人曾在华为工作。这家公司近日宣布裁员。", "layoff"),
        ("星雲科技是一家為華為提供晶片的公司。該公司已向港交所遞交上市申請。", "listing"),
    ],
)
def test_the_company_referred_back_to_is_the_one_the_sentence_before_was_about(
    read: Reader, text: str, event_type: str
) -> None:
    """ "X是Y旗下的公司。该公司宣布裁员": the sentence before opens with X as its subject and tells of Y only in
    what it says of X; 该公司 is X, though Y was named last."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type(event_type)] == ["星云科技"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("星云科技是一家AI芯片公司。百度是其最大客户。该公司近日宣布裁员。", "layoff"),
        ("星云科技专注大模型训练芯片。腾讯也是其股东之一。这家公司已向港交所递交上市申请。", "listing"),
        ("星雲科技是一家AI晶片公司。百度為其最大客戶。該公司近日宣佈裁員。", "layoff"),
    ],
)
def test_a_sentence_tying_another_firm_to_the_one_before_leaves_that_one_the_topic(
    read: Reader, text: str, event_type: str
) -> None:
    """ "X是一家芯片公司。Y是其最大客户。该公司宣布裁员": the middle sentence tells who Y is to X; it is still
    about X, which 该公司 means."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type(event_type)] == ["星云科技"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("百度收购了星云科技。该公司近日宣布裁员。", "layoff"),
        ("星云科技与华为签署了合作协议。该公司还计划年内赴港上市。", "listing"),
        ("星云科技的客户包括百度和腾讯。公司近日宣布裁员。", "layoff"),
    ],
)
def test_a_company_referred_back_to_after_a_deal_of_two_is_neither(
    read: Reader, text: str, event_type: str
) -> None:
    """ "A收购了B。该公司宣布裁员": either may be meant, and a bare 公司 is the article's company, which the deal's
    sentence need not name: no organisation is guessed."""
    assert read(text).of_type(event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type", "org"),
    [
        ("百度宣布与星云科技达成合作。后者近日刚完成5亿元B轮融资。", "funding", "星云科技"),
        ("百度宣布与星云科技达成合作。前者还计划在自动驾驶领域裁员。", "layoff", "百度"),
        ("華為與星雲科技簽署了合作協議。後者已向港交所遞交上市申請。", "listing", "星云科技"),
    ],
)
def test_the_former_or_the_latter_opening_a_sentence_is_of_the_organisations_before(
    read: Reader, text: str, event_type: str, org: str
) -> None:
    """ "A与B达成合作。后者完成了融资": 后者 is B, the last of those the sentence before named; 前者 is A."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type(event_type)] == [org]


@pytest.mark.parametrize(
    "text", ["星云科技业绩下滑。该行业日前掀起裁员潮。", "星云科技业绩下滑。该行日前宣布裁员300人。"]
)
def test_a_word_holding_a_banks_noun_by_chance_or_no_bank_named_refers_to_no_one(
    read: Reader, text: str
) -> None:
    """ "该行业" is this industry; "该行" with no bank named before means none of the firms the article names."""
    assert read(text).of_type("layoff") == []


def test_a_modal_holding_a_banks_noun_refers_to_no_bank(read: Reader) -> None:
    """ "应该行使" (should exercise) holds 该行 by chance: the firm referred back to is the last one, no bank."""
    doc = read("华兴银行是星云科技的股东。股东应该行使表决权，公司日前宣布裁员300人。")
    assert [doc.name(e.org) for e in doc.of_type("layoff")] == ["星云科技"]


def test_headline_layoff_names_the_company_after_the_trigger(read: Reader) -> None:
    doc = read("裁员120人，星云科技公司关闭上海研发中心")
    event = doc.one("layoff")
    assert doc.name(event.org) == "星云科技"
    assert event.scale == "120人"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技已关闭北京研发中心并裁员200人。",
        "星云科技宣布关停旗下自动驾驶实验室，同时裁员约三成。",
        "星云科技近日出售了其智能硬件事业部，并裁员300人。",
    ],
)
def test_a_unit_closed_or_sold_before_the_cuts_is_not_the_one_cutting(read: Reader, text: str) -> None:
    """The unit after a word of closing or selling is what the firm shuts; the firm cuts the jobs."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("layoff")] == ["星云科技"]


def test_layoff_scale(read: Reader) -> None:
    assert read("星云科技公司上周裁员约20%。").one("layoff").scale == "约20%"
    event = read("月光智能公司裁员300人。").one("layoff")
    assert event.scale == "300人"
    assert read("月光智能公司本月削减岗位约200个。").one("layoff").org is not None


@pytest.mark.parametrize(
    "text",
    [
        "星云科技宣布优化负债结构，利润同比增长30%。",
        "月光智能表示将优化产品结构，整合到一个平台。",
        "星云科技为优化资本结构，向股东募资3万人民币。",
        # 最佳化, OpenCC's Taiwan word for 优化, is an algorithm's or a schedule's optimization there too.
        "月光智能表示，公司对300名工程师的排班进行了最佳化。",
        "星雲科技表示，將對約兩成員工的工作流程進行最佳化。",
    ],
)
def test_a_euphemism_counting_no_one_is_no_layoff(read: Reader, text: str) -> None:
    """优化 cuts jobs only with the people or the share of the staff it cuts counted: a share of profit or a
    count of platforms is no head count."""
    assert read(text).of_type("layoff") == []


@pytest.mark.parametrize(
    "text", ["月光智能今年将优化10%的员工。", "月光智能对团队进行5%的优化。", "星云科技将优化约300名员工。"]
)
def test_a_euphemism_counting_the_staff_is_a_layoff(read: Reader, text: str) -> None:
    """The staff counted, by heads or by their share, makes 优化 a layoff."""
    assert read(text).of_type("layoff") != []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司本月进行人员调整，涉及约200名员工。",
        "星雲科技公司本月進行人員調整，涉及約200名員工。",
        "月光智能公司今年缩减团队约30%的人员。",
    ],
)
def test_staff_adjusted_or_a_team_slimmed_with_a_count_is_a_layoff(read: Reader, text: str) -> None:
    assert read(text).of_type("layoff") != []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司进行人员调整，张伟出任总裁。",
        "星云科技公司精简团队，并专注于大模型业务。",
        # The count is the whole staff, the firm's size: no one the adjustment affects.
        "月光智能公司年初进行人员调整，目前员工总数达4500人。",
        "月光智能公司宣布关闭杭州工厂，公司共有员工约6000人。",
        "月光智能公司對團隊進行優化，目前團隊規模約為800人。",
        # The leaders reshuffled: the few counted are executives leaving, no staff cut.
        "星云科技公司近日进行高层人员调整，三名副总裁卸任。",
        "月光智能公司宣布管理层人员调整，两位高管离职，张伟出任总裁。",
    ],
)
def test_staff_adjusted_with_no_count_is_no_layoff(read: Reader, text: str) -> None:
    """A reshuffle counting no one may move people without cutting any, nor does one of the leaders; a count of
    the whole staff (员工总数达N人, 共有员工N人, 团队规模为N人) counts no one it affects."""
    assert read(text).of_type("layoff") == []


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("星云科技公司去年员工人数减少约1.5万人。", "约1.5万人"),
        ("月光智能公司本季度削减约15%的员工。", "约15%"),
        ("月光智能公司的研发团队缩减约四分之一。", "约四分之一"),
        ("星雲科技公司員工數量減少了近900人。", "近900人"),
        ("月光智能公司宣布，将于明年第一季缩减约5%人力。", "约5%"),
        ("月光智能公司將於明年縮減約一成人力。", "约一成"),
    ],
)
def test_staff_told_shrinking_with_a_count_is_a_layoff(read: Reader, text: str, scale: str) -> None:
    """Cuts told as the staff shrinking keep the count or share they lose as their scale."""
    assert read(text).one("layoff").scale == scale


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司去年用户人数减少约1.5万人。",
        "月光智能公司今年削减约15%的成本。",
        "月光智能公司缩减约四分之一的门店。",
        # People counted in another clause are not the ones cut (hired, or the whole staff).
        "星云科技公司削减营销预算，同时新招聘200名工程师。",
        "月光智能公司缩减了研发开支，并计划明年招募300名应届生。",
    ],
)
def test_users_costs_or_stores_shrinking_are_no_layoff(read: Reader, text: str) -> None:
    assert read(text).of_type("layoff") == []


@pytest.mark.parametrize(
    "text", ["月光智能公司计划精简人力，以降低成本。", "月光智能公司將縮減人力，以降低營運成本。"]
)
def test_manpower_cut_is_a_layoff_without_a_count(read: Reader, text: str) -> None:
    event = read(text).one("layoff")
    assert (read(text).name(event.org), event.modality) == ("月光智能", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "在星云科技、月光智能等科技巨头纷纷裁员的背景下，北辰集团宣布扩招。",
        "在星雲科技、月光智能等巨頭裁員之際，北辰集團逆勢招聘。",
        "星云科技公司和月光智能公司相继传出裁员消息。",
        "就在谷歌和微软相继裁员之际，百度却在扩招。",
        "在谷歌、微軟紛紛裁員時，百度逆勢招聘。",
    ],
)
def test_firms_named_as_examples_of_a_layoff_wave_cut_no_jobs_of_their_own(read: Reader, text: str) -> None:
    """An open list ("A、B等") or several firms doing it one after another ("纷纷", "相继"), with no count
    of their own, are the background of the article, no layoff of each."""
    assert read(text).of_type("layoff") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("星云科技、月光智能等公司共裁员约3000人。", 2),
        ("星云科技公司和月光智能公司均宣布裁员。", 2),
        ("星云科技接连裁员。", 1),
        ("星云科技等待监管批准后将裁员。", 1),
        # Firms each named and told to cut one after another, in a clause of their own, each cut jobs.
        ("星云科技、月光智能相继裁员。", 2),
        ("今年以来，谷歌和微软陆续宣布裁员，百度则逆势扩招。", 2),
    ],
)
def test_a_group_counted_or_a_firm_alone_still_cuts_jobs(read: Reader, text: str, count: int) -> None:
    """A wave needs several firms and no count: counted cuts are each firm's, one firm cutting again is one."""
    assert len(read(text).of_type("layoff")) == count


def test_acquisition_active_and_passive(read: Reader) -> None:
    doc = read("星云科技公司以10亿元收购月光智能公司。")
    assert _purchase(doc) == ("星云科技", "月光智能")
    event = doc.one("acquisition")
    assert (event.amount, event.currency) == ("10亿元", "CNY")
    passive = read("月光智能公司被星云科技公司收购。")
    event = passive.one("acquisition")
    assert (passive.name(event.acquirer), passive.name(event.target)) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司已完成对月光智能公司的收购。",
        "星云科技公司从北辰集团手中收购月光智能公司。",
        "星云科技公司将月光智能公司一并收入囊中。",
        "北辰集团以5亿元将月光智能公司出售给星云科技公司。",
        "月光智能公司将出售给星云科技公司。",
        "星云科技公司收购了月光智能公司的芯片业务。",
        "星云科技公司年初入主月光智能公司。",
        "月光智能公司最终卖身给星云科技公司。",
        # A sale word ending in its recipient marker names the buyer right after it.
        "北辰集团以5亿元将月光智能公司卖给了星云科技公司。",
        "月光智能公司最终卖给星云科技公司。",
        "北辰集團以5億元將月光智能公司賣給星雲科技公司。",
        # The holder sold from, named by its role after a word for the buyer, is no buyer.
        "星云科技公司从其控股股东北辰集团收购月光智能公司60%股权。",
    ],
)
def test_acquisition_of_a_noun_object_and_from_a_seller(read: Reader, text: str) -> None:
    doc = read(text)
    assert _purchase(doc) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司受让月光智能公司51%的股权。",
        "星雲科技公司受讓月光智能公司全部股權。",
        "星云科技公司兼并月光智能公司后，规模翻倍。",
        "星雲科技公司兼併月光智能公司。",
        "星云科技公司将月光智能公司收归麾下。",
        "星雲科技公司將月光智能公司收歸旗下。",
    ],
)
def test_a_stake_taken_over_a_merger_and_a_firm_taken_in_are_purchases(read: Reader, text: str) -> None:
    assert _purchase(read(text)) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司拟竞购月光智能公司30%股权。",
        "星云科技公司正在洽购月光智能公司。",
        "星雲科技公司競購月光智能公司。",
    ],
)
def test_a_bid_or_talks_to_buy_a_firm_are_a_planned_purchase(read: Reader, text: str) -> None:
    doc = read(text)
    assert _purchase(doc) == ("星云科技", "月光智能")
    assert doc.one("acquisition").modality == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司成功竞购月光智能公司，成为其控股股东。",
        "星雲科技公司成功競購月光智能公司，成為其控股股東。",
        "星云科技公司竞购月光智能公司的交易已于上月完成交割。",
        "星雲科技公司競購月光智能公司的交易已於上月完成交割。",
    ],
)
def test_a_bid_told_won_or_completed_is_a_purchase_made(read: Reader, text: str) -> None:
    """成功 before the bid or 完成 after it in its clause: the firm was bought, no plan."""
    doc = read(text)
    assert _purchase(doc) == ("星云科技", "月光智能")
    assert doc.one("acquisition").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("星云科技公司竞购月光智能公司的交易尚未完成。", ["planned"]),
        ("星云科技公司竞购月光智能公司的交易预计将于年内完成。", ["planned"]),
        ("星云科技公司竞购月光智能公司失败。", []),
        ("星雲科技公司競購月光智能公司失敗，股價下跌。", []),
    ],
)
def test_a_bid_not_completed_stays_a_plan_and_a_failed_one_buys_nothing(
    read: Reader, text: str, events: list[str]
) -> None:
    assert [e.modality for e in read(text).of_type("acquisition")] == events


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司收购月光智能公司的交易已获监管批准。",
        "星云科技公司收购月光智能公司的计划遭到质疑。",
        "星云科技公司收购月光智能公司的动作早在去年就已曝光。",
        "星云科技公司收购月光智能公司的过程中遇到阻力。",
        "星雲科技公司收購月光智能公司的談判進展順利。",
        # Its review, price or decision is the deal's too.
        "星云科技公司收购月光智能公司的反垄断审查已获通过。",
        "星云科技公司收购月光智能公司的对价为每股12元。",
        "星雲科技公司收購月光智能公司的審批仍在進行。",
        "星云科技公司的股东大会批准了收购月光智能公司的议案。",
    ],
)
def test_a_deal_named_after_a_firm_only_word_buys_the_firm(read: Reader, text: str) -> None:
    """ "的" after the firm a word buying only firms takes names the deal, not the firm's goods."""
    doc = read(text)
    assert _purchase(doc) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司宣布收购月光智能公司的专利组合。",
        "星云科技公司以5亿元收购北辰语智公司的一条生产线。",
        "星雲科技公司收購月光智能公司的商標和技術。",
    ],
)
def test_what_a_firm_owns_bought_after_a_firm_only_word_is_no_acquisition_of_the_firm(
    read: Reader, text: str
) -> None:
    """ "的" after the firm and no word for the deal: its patents or a line of it are bought, not the firm."""
    assert read(text).of_type("acquisition") == []


def test_a_firm_after_de_is_the_one_a_firm_only_word_describes(read: Reader) -> None:
    """ "控股X的Y": Y holds X; whoever the clause's subject is buys nothing."""
    doc = read("北辰集团表示，近期收购月光智能公司的星云科技公司已退出竞争。")
    assert [doc.name(e.acquirer) for e in doc.of_type("acquisition")] in ([], ["星云科技"])


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司拟对月光智能公司进行收购。",
        "星云科技公司已对月光智能公司发起收购。",
        "星云科技公司对月光智能公司30%的股权收购已于上月落地。",
        "星雲科技公司對月光智能公司股權收購一事備受關注。",
    ],
)
def test_a_firm_after_dui_with_a_share_or_a_verb_before_the_noun_is_bought(read: Reader, text: str) -> None:
    """ "对Y进行收购" and "对Y的30%股权收购" buy Y as "对Y的收购" does."""
    doc = read(text)
    assert _purchase(doc) == ("星云科技", "月光智能")


def test_a_buyer_after_dui_with_nothing_before_the_noun_is_no_target(read: Reader) -> None:
    doc = read("对于星云科技公司收购月光智能公司，市场反应积极。")
    assert _purchase(doc) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "北辰集团宣布参股蓝海银行。",
        "北辰集团出资5亿元参股蓝海银行，占股10%。",
        "北辰集團將參股藍海銀行。",
    ],
)
def test_a_minority_stake_bought_is_an_acquisition(read: Reader, text: str) -> None:
    doc = read(text)
    assert _purchase(doc) == ("北辰集团", "蓝海银行")


@pytest.mark.parametrize(
    "text",
    [
        "北辰集团参股的蓝海银行今日发布财报。",
        "北辰集团参股30%的蓝海银行今日发布财报。",
        "北辰集团的参股公司蓝海银行今日发布财报。",
        "北辰集团间接参股蓝海银行。",
    ],
)
def test_a_minority_stake_held_is_no_acquisition(read: Reader, text: str) -> None:
    assert read(text).of_type("acquisition") == []


@pytest.mark.parametrize(
    "text",
    [
        "腾讯拟以5亿美元收购京东10%的股份，这笔收购还要接受商务部审查。",
        "京东此前曾向证监会递交上市申请，最终被腾讯收入囊中。",
        "騰訊擬以5億美元收購京東10%的股份，這筆收購還要接受商務部審查。",
    ],
)
def test_a_regulator_approving_a_purchase_is_never_bought(read: Reader, text: str) -> None:
    doc = read(text)
    assert {(doc.name(e.acquirer), doc.name(e.target)) for e in doc.of_type("acquisition")} == {
        ("腾讯", "京东")
    }


def test_a_guarantor_of_a_financing_raises_no_money(read: Reader) -> None:
    doc = read("星云科技、北辰集团为成都一处园区3亿元融资提供担保。")
    assert doc.of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司收购北辰集团持有的月光智能公司30%股权。",
        "星云科技公司拟收购北辰集团所持的月光智能公司51%股份。",
        "星云科技公司将收购控股股东北辰集团旗下的月光智能公司全部股权。",
        "星雲科技公司收購北辰集團持有的月光智能公司30%股權。",
        "星云科技公司收购北辰集团手中所持的月光智能公司20%股权。",
        "星云科技公司受让北辰集团所拥有的月光智能公司60%股权。",
        "星雲科技公司收購北辰集團擁有的月光智能公司全部股權。",
        # A holding word not right after the firm bought names no holder: it is the firm bought.
        "星云科技公司收购月光智能公司后旗下的北辰科技公司将负责整合。",
        "星云科技公司收购月光智能公司并将其并入旗下的北辰科技公司。",
        "星云科技公司收购月光智能公司后持有的北辰集团公司股份增至30%。",
        "星雲科技公司收購月光智能公司及旗下的北辰科技公司。",
    ],
)
def test_a_stake_bought_from_its_holder_is_in_the_firm_held(read: Reader, text: str) -> None:
    """收购X持有的Y股权 buys into Y; a word between X and the holding word (后, 及, 并将其) makes X the firm bought."""
    doc = read(text)
    assert _purchase(doc) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司发布公告。公司与北辰集团签订协议，受让北辰集团所拥有的月光智能公司60%股权。",
        "星云科技公司发布公告。公司与北辰集团签署协议，收购北辰集团持有的月光智能公司30%股权。",
    ],
)
def test_the_holder_selling_a_stake_is_never_its_buyer(read: Reader, text: str) -> None:
    """The firm named before a holding word sells: a buyer read as that firm was misread (公司 refers back)."""
    assert _purchase(read(text)) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司拟购买北辰集团、蓝海数据公司等股东持有的月光智能公司100%股权。",
        "星云科技公司将收购北辰集团和蓝海数据公司分别持有的月光智能公司30%股权。",
        "星云科技公司拟收购北辰集团、蓝海数据公司合计持有的月光智能公司全部股权。",
        # Sellers listed after 向 are all sellers, none the buyer.
        "星云科技公司拟向北辰集团、蓝海数据公司发行股份购买月光智能公司100%股权。",
    ],
)
def test_a_stake_bought_from_holders_listed_together_is_in_the_firm_held(read: Reader, text: str) -> None:
    """Holders listed before the holding word ("A、B等股东持有的", "A和B分别持有的") sell a stake in the firm after it."""
    assert _purchase(read(text)) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司拟收购北辰集团持有的全部股权。",
        "星云科技公司拟收购北辰集团所持的部分股份。",
        "北辰集团将所持股权转让给了星云科技公司。",
    ],
)
def test_shares_bought_from_a_holder_without_the_firm_held_named_are_no_acquisition_of_the_holder(
    read: Reader, text: str
) -> None:
    """A holder's shares are in another firm, which the sentence leaves unnamed: half a deal."""
    assert read(text).of_type("acquisition") == []


def test_a_part_bought_from_its_owner_buys_into_the_owner(read: Reader) -> None:
    assert _purchase(read("星云科技公司拟收购北辰集团旗下的两个事业部门。")) == ("星云科技", "北辰集团")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技控股有限公司为月光智能公司全资子公司。",
        "北辰集团控股的月光智能公司今日发布财报。",
        "北辰集团控股着月光智能公司和蓝海数据公司。",
        "北辰集团发起并控股了月光智能公司。",
        "北辰集团控股51%的月光智能公司今日发布财报。",
    ],
)
def test_control_held_or_a_name_ending_in_konggu_is_no_acquisition(read: Reader, text: str) -> None:
    """控股 ends firms' names ("X控股有限公司") and tells a control held ("X控股的Y", "X控股着Y")."""
    assert read(text).of_type("acquisition") == []


@pytest.mark.parametrize(
    "text",
    [
        "资产置换完成后，北辰集团将控股月光智能公司。",
        # Control taken by a capital increase: 并 joins two steps of one purchase, not a founding and a holding.
        "北辰集团将增资月光智能公司并控股该公司。",
        # 国际 opening what follows the word describes the firm bought, no name ending in 控股国际.
        "北辰集团拟控股国际知名机器人企业月光智能公司。",
    ],
)
def test_control_to_be_taken_is_an_acquisition(read: Reader, text: str) -> None:
    assert _purchase(read(text)) == ("北辰集团", "月光智能")


@pytest.mark.parametrize(
    ("text", "bought"),
    [
        ("北辰集团增持月光智能公司20%的股权。", True),
        ("北辰集团通过二级市场增持月光智能公司股份。", False),
        ("北辰集团增持月光智能公司A股500万股。", False),
    ],
)
def test_a_stake_raised_on_the_market_is_no_acquisition(read: Reader, text: str, bought: bool) -> None:
    """增持 of shares traded on an exchange is a holder's trade; a stake raised by agreement buys into the firm."""
    assert bool(read(text).of_type("acquisition")) is bought


def test_money_paid_for_a_purchase_is_no_funding(read: Reader) -> None:
    doc = read("星云科技公司出资8亿元收购月光智能公司。")
    assert doc.one("acquisition").amount == "8亿元"
    assert doc.of_type("funding") == []


@pytest.mark.parametrize(
    ("text", "acquirer", "target"),
    [
        ("月光智能公司近日获星云科技公司入股。", "星云科技", "月光智能"),
        ("月光智能公司本月获得北辰集团增持。", "北辰集团", "月光智能"),
        ("星云科技公司去年底成为月光智能公司的控股股东。", "星云科技", "月光智能"),
        ("北辰集团以12亿元取得了月光智能公司的控制权。", "北辰集团", "月光智能"),
    ],
)
def test_an_acquisition_names_both_sides(read: Reader, text: str, acquirer: str, target: str) -> None:
    doc = read(text)
    assert _purchase(doc) == (acquirer, target)


@pytest.mark.parametrize(
    "text",
    [
        "月光智能公司被收购。",
        "星云科技公司收购了一家德国芯片公司。",
        "北辰集团宣布出售其全资子公司月光智能公司。",
        "月光智能公司正寻求出售。",
        "北辰集团已将所持月光智能公司股份全部转让。",
        "林嘉禾：拟1000万元收购控股子公司月光智能少数股权。",
    ],
)
def test_an_acquisition_naming_one_side_is_no_event(read: Reader, text: str) -> None:
    """A deal without its buyer or without what is bought is half a fact: the issue asks for both sides."""
    assert read(text).of_type("acquisition") == []


@pytest.mark.parametrize(
    "text", ["拟收购月光智能公司，星云科技公司加码机器人赛道", "收购月光智能公司后，星云科技公司营收翻倍。"]
)
def test_a_buyer_named_after_the_clause_the_purchase_opens_is_the_acquirer(read: Reader, text: str) -> None:
    doc = read(text)
    assert _purchase(doc) == ("星云科技", "月光智能")


def test_a_holder_described_by_its_holding_bought_nothing(read: Reader) -> None:
    assert read("月光智能公司的控股股东星云科技公司本周推出一款平板。").of_type("acquisition") == []


def test_a_holder_cutting_its_stake_is_not_sold_itself(read: Reader) -> None:
    assert read("作为月光智能公司的大股东，星云科技公司计划在年内减持。").of_type("acquisition") == []
    # The stake sold is in 月光智能, but no buyer is named: half a deal is no acquisition.
    assert read("月光智能公司的第二大股东星云科技公司昨天宣布减持。").of_type("acquisition") == []


@pytest.mark.parametrize(
    "text",
    [
        "月光智能公司将旗下芯片业务卖给了星云科技公司。",
        "月光智能公司把所持子公司股权出售给星云科技公司。",
        "月光智能公司將旗下雲端業務賣給星云科技公司。",
    ],
)
def test_a_firm_selling_a_part_of_itself_is_the_one_bought_into(read: Reader, text: str) -> None:
    # What 将/把 moves is the seller's own part: the buyer buys into the seller, as in "收购X的业务".
    assert _purchase(read(text)) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # 将 moving the object before a verb done (了 + what it acts on) is no plan.
        ("月光智能公司将旗下芯片业务卖给了星云科技公司。", "asserted"),
        ("北辰集团将月光智能公司全部股权转让给了星云科技公司。", "asserted"),
        ("星云科技公司将于明年收购月光智能公司。", "planned"),
        # Ending the clause, 了 tells a change about to come.
        ("月光智能公司即将上市了。", "planned"),
    ],
)
def test_a_verb_done_after_a_moved_object_is_no_plan(read: Reader, text: str, modality: str) -> None:
    assert [e.modality for e in read(text).events] == [modality]


@pytest.mark.parametrize(
    "text",
    ["月光智能公司去年已将芯片业务卖给星云科技公司。", "月光智能公司已經將雲端業務賣給星雲科技公司。"],
)
def test_jiang_after_a_done_word_moves_the_object_and_plans_nothing(read: Reader, text: str) -> None:
    """已将Y卖给Z: 将 is 把 here, the sale is done."""
    assert [e.modality for e in read(text).of_type("acquisition")] == ["asserted"]


@pytest.mark.parametrize("text", ["星云科技公司已将赴港上市提上日程。", "星雲科技公司已將赴港上市提上日程。"])
def test_a_trigger_that_is_itself_the_object_moved_keeps_its_plan(read: Reader, text: str) -> None:
    """已将 + the trigger + 提上日程: the act is what is moved, put on the agenda, still to come."""
    assert [e.modality for e in read(text).of_type("listing")] == ["planned"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("月光智能公司可能在科创板上市。", "planned"),
        ("星雲科技公司可能收購月光智能公司。", "planned"),
        ("星云科技公司或许会裁员。", "planned"),
        ("星云科技公司不可能收购月光智能公司。", "denied"),
    ],
)
def test_a_hedge_of_what_may_come_tells_no_fact(read: Reader, text: str, modality: str) -> None:
    """可能 + the act: it may come, as 可能会 tells; 不可能 rules it out."""
    assert [e.modality for e in read(text).events] == [modality]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司并未披露收购月光智能公司的交易金额。",
        "星雲科技公司並未透露收購月光智能公司的交易金額。",
        "星云科技公司没有公布收购月光智能公司的交易金额。",
    ],
)
def test_a_detail_kept_back_denies_no_act(read: Reader, text: str) -> None:
    """并未披露/没有公布 + the act's price: only the detail is withheld, the purchase is told."""
    assert [e.modality for e in read(text).of_type("acquisition")] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("月光智能公司上市已临近。", "planned"),
        # 临近 and 在望 further on tell something else near, and an act nearly over has happened.
        ("月光智能公司完成B轮融资扭亏为盈在望。", "asserted"),
        ("月光智能公司裁员临近尾声，公司将重新招聘。", "asserted"),
        ("月光智能公司与星云科技公司签署合作协议量产临近。", "asserted"),
    ],
)
def test_a_word_of_nearness_plans_only_the_act_right_before_it(
    read: Reader, text: str, modality: str
) -> None:
    assert [e.modality for e in read(text).events] == [modality]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("星云科技公司欲以3亿元收购月光智能公司。", "acquisition"),
        ("月光智能公司欲借壳远山股份。", "listing"),
        ("如未来月光智能公司进行IPO，星云科技公司有权回购其股份。", "listing"),
    ],
)
def test_an_intention_or_a_condition_is_a_plan(read: Reader, text: str, kind: str) -> None:
    """欲 is financial news' 想要 ("X欲收购Y", "X欲借壳Y"), and "如未来" sets a condition: nothing done yet. 未来 is
    read as a date, which hides it from the listing's own aim words."""
    assert [e.modality for e in read(text).of_type(kind)] == ["planned"]


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        ("星云科技公司拟以每股20元的价格收购月光智能公司全部股份。", "acquisition", "planned"),
        ("星云科技公司计划通过现金加换股的方式收购月光智能公司。", "acquisition", "planned"),
        ("月光智能公司拟以发行H股的方式在港交所主板上市。", "listing", "planned"),
        ("星云科技公司去年以每股20元的价格收购了月光智能公司。", "acquisition", "asserted"),
        # 通过 passing a review is no means: the negation before it denies the review passed, not the act.
        ("星云科技公司在首次申请未通过审核后重新递交了招股书。", "listing", "asserted"),
    ],
)
def test_a_plan_word_before_the_means_of_the_act_plans_it(
    read: Reader, text: str, kind: str, modality: str
) -> None:
    """ "拟以…的价格" and "计划通过…的方式" put the means between the plan word and the act, however long."""
    assert [e.modality for e in read(text).of_type(kind)] == [modality]


def test_a_report_naming_one_side_is_the_acquisition_the_article_names_whole(read: Reader) -> None:
    doc = read("星云科技公司宣布收购月光智能公司。据悉，月光智能公司被收购后仍将独立运营。")
    assert _purchase(doc) == ("星云科技", "月光智能")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司购买了一批服务器。",
        "星云科技公司以2亿元拿下城东一宗工业用地。",
        "星云科技公司将城西的一座仓库出售给北辰集团。",
        "星云科技公司将城西的一座仓库卖给了北辰集团。",
        # What the buyer bought heads the sale as "的" + noun: the goods are sold, not the seller.
        "星云科技公司卖给北辰集团的芯片已全部交付。",
        "星云科技公司出售给北辰集团的芯片已全部交付。",
        "传闻称，星云研究院副院长被拿下，转去做工程。",
        "消费者纷纷购买星云科技公司的手机。",
        "据悉，张明增持了星云科技公司的股票。",
        "星云科技有限公司的专利成果转让，由北辰集团负责。",
        "星云集团控股孙公司东岭智造有限公司近日中标。",
        "星云科技公司拿下月光智能公司总额5亿元的算力订单。",
        "星云科技公司拿下北辰集团智慧园区项目。",
        # A product whose name opens with a word for a deal is goods.
        "星云科技公司购买月光智能公司的交易软件。",
        "星云科技公司购买了月光智能公司的动作捕捉设备。",
        "星雲科技公司購入月光智能公司的報價系統。",
        # A stake in a firm being set up buys none.
        "星云科技公司拟参股设立一家合资公司。",
        "星雲科技公司擬參股組建新公司。",
        # A stake's word takes over patents or land as well: what a firm owns is no firm.
        "星云科技公司受让北辰集团的专利。",
        "星雲科技公司受讓了北辰集團的一宗地塊。",
        # A review of deals is no deal.
        "监管部门对星云科技公司进行收购审查。",
        "主管机关对星雲科技公司展開收購調查。",
    ],
)
def test_a_purchase_of_no_firm_is_no_acquisition(read: Reader, text: str) -> None:
    assert read(text).of_type("acquisition") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司与月光智能公司联姻。",
        "星云科技公司与月光智能公司联合推出大模型一体机。",
        "星云科技公司和月光智能公司共同推出新品。",
    ],
)
def test_an_alliance_and_a_joint_launch_are_partnerships(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.names(doc.one("partnership").orgs) == ["星云科技", "月光智能"]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("星云科技与东岭大学共建联合实验室。", {"星云科技", "东岭大学"}),
        ("星云科技与白云智能共建人工智能创新中心。", {"星云科技", "白云智能"}),
        ("东岭大学联合星云科技发布报告。", {"星云科技", "东岭大学"}),
    ],
)
def test_partners_glued_to_the_verb_between_them_are_partners(
    read: Reader, text: str, partners: set[str]
) -> None:
    doc = read(text)
    assert set(doc.names(doc.one("partnership").orgs)) == partners


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司的合作伙伴包括月光智能公司和蓝海数据公司。",
        "月光智能公司与蓝海数据公司都是星云科技公司的合作伙伴。",
    ],
)
def test_the_owner_of_partners_works_with_each(read: Reader, text: str) -> None:
    doc = read(text)
    pairs = sorted(sorted(doc.names(e.orgs)) for e in doc.of_type("partnership"))
    assert pairs == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]


@pytest.mark.parametrize(
    "text",
    ["该平台已吸引星云科技公司、月光智能公司等合作伙伴加入。", "合作伙伴包括星云科技公司和月光智能公司。"],
)
def test_partners_of_an_unnamed_owner_are_no_partners_of_each_other(read: Reader, text: str) -> None:
    assert read(text).of_type("partnership") == []


def test_teamwork_is_no_partnership(read: Reader) -> None:
    assert (
        read("星云科技公司发布的新模型和月光智能公司的芯片，都是团队合作的结晶。").of_type("partnership")
        == []
    )


def test_signing_a_contract_is_a_partnership_but_signing_a_merger_is_not(read: Reader) -> None:
    doc = read("星云科技公司与月光智能公司签订了框架协议。")
    assert doc.names(doc.one("partnership").orgs) == ["星云科技", "月光智能"]
    merger = read("星云科技公司与月光智能公司签署业务合并协议。")
    assert merger.of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司与月光智能公司签订了《股权转让意向书》。",
        "星云科技公司与月光智能公司签署协议，拟收购月光智能公司旗下芯片业务。",
        "星云科技公司与月光智能公司签署和解协议。",
        "星云科技公司与月光智能公司的关联交易金额达5亿元。",
    ],
)
def test_signing_a_sale_or_a_settlement_and_a_related_party_deal_are_no_partnership(
    read: Reader, text: str
) -> None:
    assert read(text).of_type("partnership") == []


def test_a_list_after_with_works_with_the_subject_of_the_sentence(read: Reader) -> None:
    doc = read("星云科技公司表示，将与月光智能公司、蓝海数据公司分别开展合作。")
    pairs = sorted(sorted(doc.names(e.orgs)) for e in doc.of_type("partnership"))
    assert pairs == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]
    named_after = read("与月光智能公司、蓝海数据公司合作的星云科技公司已经上市。")
    pairs = sorted(sorted(named_after.names(e.orgs)) for e in named_after.of_type("partnership"))
    assert pairs == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]


def test_a_list_after_with_an_unnamed_party_are_no_partners_of_each_other(read: Reader) -> None:
    doc = read("通过与月光智能公司、蓝海数据公司等企业合作开发，该技术解决了散热难题。")
    assert doc.of_type("partnership") == []


def test_the_company_partners_found_is_not_one_of_them(read: Reader) -> None:
    doc = read("星云科技公司与月光智能公司共同出资设立蓝海数据公司。")
    event = doc.one("partnership")
    assert (doc.names(event.orgs), event.kind) == (["星云科技", "月光智能"], "joint_venture")
    assert read("星云科技公司旗下的合资公司蓝海数据公司发布新品。").of_type("partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司采用了月光智能公司的推理芯片。",
        "星云科技公司宣布接入月光智能公司大模型。",
        "星云科技公司在其数据中心部署了月光智能公司的模型。",
        "星雲科技公司的新車搭載月光智能公司的晶片。",
        "月光智能公司正式入驻星云科技公司的开放平台。",
    ],
)
def test_a_company_taking_up_another_ones_product_is_its_customer(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.one("partnership")
    assert (sorted(doc.names(event.orgs)), event.kind) == (["星云科技", "月光智能"], "customer")


def test_a_supplier_providing_for_a_named_customer_is_a_deal(read: Reader) -> None:
    doc = read("月光智能公司将为星云科技公司提供算力服务。")
    event = doc.one("partnership")
    assert (doc.names(event.orgs), event.kind) == (["月光智能", "星云科技"], "supplier")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司采用了新架构，月光智能公司则没有。",
        "北辰资本联合月光资本领投星云科技公司B轮融资。",
        "星云科技公司为用户提供云服务，月光智能公司专注芯片。",
        "星云科技公司为全资子公司月光智能公司提供担保。",
        "星云科技公司与旗下子公司月光智能公司签署技术服务协议。",
        "星云科技公司与其全资子公司月光智能公司签订采购合同。",
        "与月光智能公司相比，星云科技公司的合作伙伴更多。",
    ],
)
def test_no_deal_without_a_maker_or_customer_nor_with_an_own_unit_or_a_rival_compared(
    read: Reader, text: str
) -> None:
    assert read(text).of_type("partnership") == []


def test_a_unit_works_with_its_partner_without_its_owner(read: Reader) -> None:
    doc = read("星云科技公司旗下的月光智能公司与蓝海数据公司达成合作。")
    assert doc.names(doc.one("partnership").orgs) == ["月光智能", "蓝海数据"]


def test_one_company_a_clause_before_names_alone_is_no_partner(read: Reader) -> None:
    assert read("星云科技公司发布财报，月光智能公司签署了新的租约。").of_type("partnership") == []
    doc = read("星云科技公司今日表示，与月光智能公司反复磋商，并最终达成协议。")
    assert {"星云科技", "月光智能"} <= set(doc.names(doc.one("partnership").orgs))


def test_a_clause_naming_the_other_side_after_with_takes_no_names_from_the_clause_before(
    read: Reader,
) -> None:
    doc = read("星云科技公司宣布与月光智能公司合作，此前其已与蓝海数据公司签约。")
    pairs = sorted(sorted(doc.names(e.orgs)) for e in doc.of_type("partnership"))
    assert pairs == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("月光智能公司CEO张伟在星云科技公司举办的大会上宣布与蓝海数据公司合作。", ["月光智能", "蓝海数据"]),
        ("星云科技公司与月光智能公司在蓝海数据公司的平台上展开合作。", ["星云科技", "月光智能"]),
        ("双方在月光智能公司、蓝海数据公司等项目上均有深度合作。", None),
        ("星云科技公司在与月光智能公司的合作中获得了技术支持。", ["星云科技", "月光智能"]),
    ],
)
def test_where_parties_work_together_is_no_party(read: Reader, text: str, partners: list[str] | None) -> None:
    doc = read(text)
    assert [sorted(doc.names(e.orgs)) for e in doc.of_type("partnership")] == ([partners] if partners else [])


def test_a_joint_act_with_the_partner_named_after_the_word_is_a_partnership(read: Reader) -> None:
    # The recognisers glue 联合 to an unknown name after it (联合 + 月光智能公司): known names here.
    doc = read("星云科技公司联合华为、小米发布行业标准。")
    pairs = sorted(sorted(doc.names(e.orgs)) for e in doc.of_type("partnership"))
    assert pairs == [["华为", "星云科技"], ["小米", "星云科技"]]


def test_each_member_of_a_group_works_with_the_party_after_with(read: Reader) -> None:
    doc = read("北辰银行、南山银行等也与星云科技公司签署了战略合作协议。")
    pairs = sorted(sorted(doc.names(e.orgs)) for e in doc.of_type("partnership"))
    assert pairs == [["北辰银行", "星云科技"], ["南山银行", "星云科技"]]
    assert read("北辰银行、南山银行等也与公司签署了战略合作协议。").of_type("partnership") == []
    three = read("星云科技公司、月光智能公司与蓝海数据公司签署合作协议。")
    assert len(three.one("partnership").orgs) == 3


def test_a_joint_lab_is_a_partnership(read: Reader) -> None:
    doc = read("星云科技公司与北辰研究院成立联合实验室。")
    assert sorted(doc.names(doc.one("partnership").orgs)) == ["北辰研究院", "星云科技"]


def test_an_unnamed_report_of_a_named_departure_is_that_departure(read: Reader) -> None:
    doc = read("星云科技公司高管离职。星云科技公司联合创始人张伟已于上周离开公司。")
    assert doc.name(doc.one("departure").person) == "张伟"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("据悉，星云科技公司将裁员300人。", "rumored"),
        ("星云科技公司或将裁员300人。", "rumored"),
        ("星云科技公司否认裁员300人的传闻。", "denied"),
        ("星云科技公司拟裁员300人。", "planned"),
        ("星云科技公司裁员300人。", "asserted"),
    ],
)
def test_modality_cues(read: Reader, text: str, modality: str) -> None:
    assert read(text).one("layoff").modality == modality


def test_evidence_is_the_original_traditional_sentence(read: Reader) -> None:
    text = "今天天氣很好。\n據悉，星雲科技公司將於下月裁員300人！其他新聞。"
    event = read(text).one("layoff")
    assert event.evidence == "據悉，星雲科技公司將於下月裁員300人！"
    assert text[event.start : event.end] == event.evidence
    assert event.modality == "rumored"
    assert event.date == date(2024, 4, 1)


def test_event_without_date_takes_publication_date(read: Reader) -> None:
    assert read("星云科技公司裁员300人。", published=date(2023, 6, 1)).one("layoff").date == date(2023, 6, 1)


@pytest.mark.parametrize(
    "text", ["星云科技公司最早于明年在香港进行IPO。", "星云科技公司下周一在纳斯达克挂牌。"]
)
def test_a_listing_dated_after_the_article_is_a_plan(read: Reader, text: str) -> None:
    event = read(text, published=date(2025, 3, 1)).one("listing")
    assert (event.modality, event.status) == ("planned", "preparing")
    assert event.date is not None and event.date > date(2025, 3, 1)


def test_a_listing_dated_before_the_article_took_place(read: Reader) -> None:
    event = read("星云科技公司上周五在纳斯达克挂牌。", published=date(2025, 3, 1)).one("listing")
    assert (event.modality, event.status) == ("asserted", "listed")


def test_confidence_is_higher_with_complete_arguments(read: Reader) -> None:
    full = read("月光智能公司完成5亿元B轮融资，由北辰资本领投。").one("funding")
    bare = read("月光智能公司完成融资。").one("funding")
    assert 0 < bare.confidence < full.confidence <= 1


def test_no_events_in_unrelated_or_empty_text(read: Reader) -> None:
    assert read("星云科技公司是一家上市公司，今天股价上涨。融资融券余额增加。").events == []
    assert read("").events == []
    assert read("离职。上市！裁员？").events == []


def test_a_person_leaves_the_company_not_its_board_committee(read: Reader) -> None:
    doc = read("星云科技公司独立董事张伟辞任，不再担任公司董事会审计委员会成员。")
    assert doc.name(doc.one("departure").org) == "星云科技"


def test_the_destination_is_the_head_of_a_modified_name(read: Reader) -> None:
    doc = read("星云科技公司首席科学家张伟离职，加入南山集团孵化的月光智能公司。")
    assert doc.name(doc.one("departure").to_org) == "月光智能"


def test_a_destination_named_in_a_later_sentence(read: Reader) -> None:
    doc = read("星云科技公司首席科学家张伟已离职。上月张伟已加入月光智能公司。")
    assert doc.name(doc.one("departure").to_org) == "月光智能"


def test_a_supplier_and_each_customer_it_lists(read: Reader) -> None:
    doc = read("星云科技公司是激光雷达供应商，客户包括月光智能公司与蓝海数据公司。")
    pairs = sorted(sorted(doc.names(e.orgs)) for e in doc.of_type("partnership"))
    assert pairs == [["星云科技", "月光智能"], ["星云科技", "蓝海数据"]]


def test_each_company_of_a_list_has_its_own_application(read: Reader) -> None:
    doc = read("上交所消息，星云科技公司、月光智能公司两家公司的科创板申请仍在审核中。")
    events = doc.of_type("listing")
    assert sorted(doc.name(e.org) for e in events) == ["星云科技", "月光智能"]
    assert {(doc.name(e.board), e.status) for e in events} == {("科创板", "filed")}


@pytest.mark.parametrize(
    "text",
    [
        "北辰资本跟投了月光智能公司的天使轮。",
        "张伟个人出资创办了月光智能公司。",
        "北辰资本宣布完成对月光智能公司的10亿元投资。",
        "北辰资本宣布完成对蓝海公司旗下芯片开发商月光智能公司的10亿元投资。",
    ],
)
def test_the_company_invested_in_is_the_funded_one(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.name(doc.one("funding").org) == "月光智能"


def test_companies_taking_part_in_a_round_invest_in_it(read: Reader) -> None:
    doc = read("星云科技公司完成5亿元B轮融资，月光智能公司和蓝海数据公司均参与了本轮融资。")
    funding = doc.one("funding")
    assert doc.name(funding.org) == "星云科技"
    assert sorted(doc.names(funding.investors)) == ["月光智能", "蓝海数据"]
    assert read("月光智能公司和蓝海数据公司均参与了该轮融资。").of_type("funding") == []


def test_a_tranche_of_a_round_is_no_second_round(read: Reader) -> None:
    event = read("月光智能公司完成10亿元B轮融资，首期5亿元已到账。").one("funding")
    assert (event.amount, event.amount_low, event.currency) == ("10亿元", 1e9, "CNY")


def test_a_company_named_right_before_its_venue_is_the_one_listing(read: Reader) -> None:
    # LAC reads 星云科技科创板 as one organisation, and 月光智能两家公司 as another.
    suspended = read("星云科技科创板IPO审核状态变更为中止。").one("listing")
    assert (suspended.status, suspended.board) == ("suspended", "sse_star")
    doc = read("星云科技、月光智能两家公司的科创板申请仍在审核中。")
    assert sorted(doc.name(e.org) for e in doc.of_type("listing")) == ["星云科技", "月光智能"]
    # LAC reads 澄星科技 + 科 + 创板: the venue starts inside the word after the name.
    filed = read("澄星科技科创板IPO已获受理。").one("listing")
    assert (filed.status, filed.board) == ("filed", "sse_star")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司在招股说明书中披露，公司去年亏损两亿元。",
        "据招股书显示，星云科技公司去年营收增长三成。",
        "北辰证券担任星云科技公司科创板上市的保荐机构。",
    ],
)
def test_a_prospectus_quoted_or_a_sponsor_named_tells_no_listing_stage(read: Reader, text: str) -> None:
    assert read(text).of_type("listing") == []


def test_a_company_declaring_its_short_form_stays_in_the_list_it_is_named_in(read: Reader) -> None:
    doc = read("星云科技与上海蓝岸数据科技股份有限公司（以下简称“蓝岸数据”）同样在港交所完成上市。")
    assert sorted(doc.name(e.org) for e in doc.of_type("listing")) == ["星云科技", "蓝岸数据"]


def test_a_share_price_is_no_listing_amount(read: Reader) -> None:
    assert read("星云科技公司在港交所挂牌，发行价139港元。").one("listing").amount is None


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("星云科技以1元象征性价格收购月光智能公司。", "1元", "CNY"),
        ("星云科技以1美元收购月光智能公司。", "1美元", "USD"),
        ("星云科技以500日元收购月光智能公司。", "500日元", "JPY"),
    ],
)
def test_a_token_price_is_the_takeovers_amount(read: Reader, text: str, amount: str, currency: str) -> None:
    event = read(text).one("acquisition")
    assert (event.amount, event.currency) == (amount, currency)


@pytest.mark.parametrize("text", ["星云科技公司的X9车型下月上市。", "星云科技公司两款新芯片将于明年上市。"])
def test_a_product_coming_on_the_market_is_no_listing(read: Reader, text: str) -> None:
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "张伟先后任职于星云科技公司、月光智能公司，曾负责两家公司的合作项目。",
        "张伟曾在星云科技公司工作，后与月光智能公司签约。",
        "参与本轮投资的包括星云资本、月光创投和蓝海基金等投资方，都是战略投资。",
    ],
)
def test_no_partnership_from_a_biography_or_a_list_of_investors(read: Reader, text: str) -> None:
    assert read(text).of_type("partnership") == []


def test_a_round_referred_back_to_is_not_the_investors(read: Reader) -> None:
    doc = read("近日完成数千万元A轮融资，投资方为北辰资本。本轮融资将用于品牌建设。")
    assert [doc.name(e.org) for e in doc.of_type("funding")] == []


def test_brokers_raise_money_too(read: Reader) -> None:
    doc = read("北辰证券公司拟配股募资50亿元。")
    assert doc.name(doc.one("funding").org) == "北辰证券"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("星云科技公司旗下蓝海数据公司获得3亿元A轮融资。", "funding"),
        ("星云科技公司旗下蓝海数据公司在纳斯达克上市。", "listing"),
        ("星云科技公司的全资子公司蓝海数据公司中标了北辰银行的5亿元项目。", "partnership"),
    ],
)
def test_the_subsidiary_acts_not_its_owner(read: Reader, text: str, event_type: str) -> None:
    doc = read(text)
    acting = [doc.name(e.org or e.orgs[0]) for e in doc.of_type(event_type)]
    assert acting == ["蓝海数据"]


def test_an_unnamed_subsidiary_s_bid_is_not_its_owner_s(read: Reader) -> None:
    assert read("星云科技公司全资子公司中标5亿元项目。").of_type("partnership") == []


@pytest.mark.parametrize(
    ("text", "bidders"),
    [
        ("星云科技及其子公司中标北辰银行的数据中心项目。", [["星云科技"]]),
        ("星云科技及下属企业近日中标一批智慧园区项目。", [["星云科技"]]),
        # Joined to a unit named too: each wins.
        ("星云科技及其子公司青禾传媒中标北辰银行的数据中心项目。", [["星云科技"], ["青禾传媒"]]),
    ],
)
def test_an_owner_joined_to_its_units_bids_with_them(
    read: Reader, text: str, bidders: list[list[str]]
) -> None:
    """ "X及其子公司中标": X wins with its units, not only owns the unit that does."""
    doc = read(text)
    assert (
        sorted([doc.name(o) for o in e.orgs if doc.name(o) != "北辰银行"] for e in doc.of_type("partnership"))
        == bidders
    )


@pytest.mark.parametrize(
    "text",
    [
        "星云科技：旗下全资子公司拟中标1.6亿元北辰电网项目",
        "星云科技：控股孙公司中标5亿元车辆采购项目",
        "星雲科技：全資子公司中標北辰電網項目",
    ],
)
def test_a_headline_s_unnamed_subsidiary_bid_is_not_the_company_s_before_the_colon(
    read: Reader, text: str
) -> None:
    """A headline names the listed company, a colon, then what its unit did: the unit, not the company, won."""
    assert read(text).of_type("partnership") == []
    named = read("星云科技：子公司蓝海数据科技有限公司中标5亿元北辰电网项目")
    assert [named.name(e.orgs[0]) for e in named.of_type("partnership")] == ["蓝海数据科技"]
    both = read("星云科技：公司和子公司合计中标北辰电网4亿元项目")
    assert [both.name(e.orgs[0]) for e in both.of_type("partnership")] == ["星云科技"]


def test_a_description_before_a_name_takes_part_in_nothing(read: Reader) -> None:
    doc = read("生物技术公司“星云科技”完成5亿元D轮融资。")
    assert [doc.name(e.org) for e in doc.of_type("funding")] == ["星云科技"]


def test_a_trigger_word_in_a_list_of_fields_is_no_event(read: Reader) -> None:
    assert (
        read("月光智能公司表示，将在政策、融资、人才等方面为星云科技公司提供支持。").of_type("funding") == []
    )


@pytest.mark.parametrize(
    "text", ["星河电子拟向云帆集团收购蓝海科技60%股权。", "星河电子向控股股东云帆集团收购蓝海科技60%股权。"]
)
def test_the_firm_a_buyer_buys_from_is_no_buyer(read: Callable[..., Read], text: str) -> None:
    doc = read(text)
    assert _purchase(doc) == ("星河电子", "蓝海科技")


def test_a_shopper_buying_a_firms_goods_in_its_shop_is_no_acquisition(read: Callable[..., Read]) -> None:
    assert read("一位顾客在星河公司购买了星河沙发。").of_type("acquisition") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技宣布收购月光智能。",
        "星云科技拟收购月光智能60%股权。",
        "星云科技以3亿元收购月光智能的全部股份。",
        "月光智能被星云科技收购。",
        "星雲科技宣布收購月光智能全部股權。",
        # Bought as a noun after 对, taken over, merged, bid for, and bought told in the passive with more after it.
        "星云科技完成了对月光智能的收购。",
        "星雲科技完成對月光智能51%的股權收購。",
        "星云科技受让月光智能51%的股权。",
        "星云科技兼并月光智能后，规模翻倍。",
        "星云科技拟竞购月光智能30%股权。",
        "月光智能被星云科技收购后，业务扩张迅速。",
        "月光智能已被星雲科技全資收購。",
    ],
)
def test_a_firm_no_knowledge_holds_is_named_by_its_place_in_a_purchase(
    read: Callable[..., Read], text: str
) -> None:
    doc = read(text)
    event = doc.one("acquisition")
    assert (doc.name(event.acquirer), doc.name(event.target)) in {
        ("星云科技", "月光智能"),
        ("星雲科技", "月光智能"),
    }
    assert len([e for e in doc.extraction.entities if e.label == "Company"]) == 2


def test_the_outlet_of_a_byline_opening_the_story_buys_nothing(read: Reader) -> None:
    doc = read("（路透）美國晶片大廠星雲半導體週二宣布，將以約120億美元現金收購月光智能公司。")
    assert _purchase(doc) == ("星云半导体", "月光智能")


def test_a_head_count_with_a_thousands_separator_is_the_layoffs_scale(read: Reader) -> None:
    assert read("星雲半導體上月宣布裁員約1,200人，占全球員工約5%。").one("layoff").scale == "约1,200人"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技获腾讯投资数亿元。",  # 腾讯 + 投资: no mention of its investment arm swallows the trigger
        "星云科技获阿里巴巴、腾讯联合投资。",
        "星云科技完成数亿元人民币Pre-IPO轮融资。",  # a round's name, no listing near the round
    ],
)
def test_fundings_told_by_their_givers_or_their_round(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.name(doc.one("funding").org) == "星云科技"


@pytest.mark.parametrize(
    "text",
    [
        "2019年6月，星云科技即拿下蓝海集团等共10.5亿元的A轮融资。",
        "2019年10月，星云科技又获得深交所上市公司月光股份1.5亿元战略融资，估值达到50亿元。",
        "星云科技将以每股2.5美元的价格从蓝海医药和月光资本获得3000万美元的投资。",
    ],
)
def test_the_company_before_a_word_of_receiving_is_funded_not_its_givers(read: Reader, text: str) -> None:
    """Who stands between a word of receiving and the funding word gives the money to the company before
    the word: "X获得Y 1.5亿元融资" funds X, with Y among its investors."""
    doc = read(text)
    event = doc.one("funding")
    assert doc.name(event.org) == "星云科技"
    assert event.investors


def test_givers_after_a_word_of_receiving_are_never_funded(read: Reader) -> None:
    """Who receives the money may be a name the recogniser misses ("这个团队"): the firms after 拿下 still give it."""
    doc = read("去年，这个团队再次拿下远山集团和华测导航的3亿元B轮融资。")
    assert [doc.name(e.org) for e in doc.of_type("funding")] == []


def test_a_partner_for_a_strategic_stake_is_no_funded_company(read: Reader) -> None:
    """ "战略投资伙伴X" names who invests; the round's company is the one before."""
    doc = read("星云科技今日宣布C轮获得4亿美元融资，此次融资还引入新战略投资伙伴小米集团。")
    assert [doc.name(e.org) for e in doc.of_type("funding")] == ["星云科技"]


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("星云科技此次增资引入腾讯作为长期战略投资者。", ["腾讯"]),
        ("星云科技董事会同意引进百度成为战略投资者。", ["百度"]),
        ("星云科技通过增资扩股引入腾讯和百度作为战略投资者。", ["百度", "腾讯"]),
        ("腾讯成为星云科技的战略投资者。", ["腾讯"]),
        ("百度和腾讯去年成为了星云科技的战略投资者。", ["百度", "腾讯"]),
    ],
)
def test_a_strategic_investor_a_company_takes_in_or_that_becomes_its_own_funds_it(
    read: Reader, text: str, investors: list[str]
) -> None:
    """ "X引入A作为战略投资者" and "A成为X的战略投资者": A invests in X, never the other way round."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), sorted(doc.names(event.investors))) == ("星云科技", investors)


@pytest.mark.parametrize(
    "text",
    [
        "星云科技的战略投资者腾讯今日发布新品。",
        "星云科技计划引入一家战略投资者。",
        "百度作为战略投资者参与星云科技的定增。",
        "星云科技港股IPO引入高瓴资本、红杉中国等基石投资者，合计认购1亿美元。",
    ],
)
def test_a_strategic_investor_named_or_sought_or_a_cornerstone_investor_is_no_round(
    read: Reader, text: str
) -> None:
    """An investor described (no one taken in), one only sought, or one buying an offering's shares tells no round."""
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技中标某市综合管廊项目。其中，政府方出资约9.29亿元，占比30%。",
        "星云科技与月光智能宣布成立合资公司，双方共同出资2亿元。",
        "近日，总投资超过百亿的星河医院完成了智能化项目招标，星云科技中标，该项目金额超过3亿元。",
        "星云科技发布公告。除项目资本金以外的其余资金由项目公司作为融资主体通过银行贷款方式筹措。",
        "星云科技中标青禾水务项目，公司与远山集团分别出资600万元设立项目公司。",
        # money put into building something or into a project, the company named in what is built
        "星云科技将投资3亿元建设百度智能云华南数据中心。",
        "这是远山集团投资8亿元的华为东莞配套产业园项目。",
        "远山集团计划投资5亿元兴建小米之家华南旗舰店。",
    ],
)
def test_a_projects_outlay_or_a_partys_share_funds_no_company(read: Reader, text: str) -> None:
    """A project's total investment, a party paying its share of a project or a venture, and a project
    company borrowing "as the financing party" tell no round of any company."""
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技获远山资本投资，远山资本目前资产规模逾50亿元。",
        "星云科技完成新一轮融资，领投方远山资本的资金总规模已达300亿元。",
    ],
)
def test_the_money_an_investor_manages_is_no_rounds_amount(read: Reader, text: str) -> None:
    """An investor's profile told with the round names the money it manages, not what the company raised."""
    assert [e.amount for e in read(text).of_type("funding")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技多名员工被裁员。",
        "星云科技大批员工遭裁员。",
        "星云科技今年2月调整业务线，甚至有应届生被裁退。",
    ],
)
def test_staff_told_as_laid_off_is_a_layoff(read: Reader, text: str) -> None:
    """ "被裁员" is the staff's side of 裁员: read whole, not as 被裁 + 员 (被裁 alone needs a head count)."""
    doc = read(text)
    assert doc.name(doc.one("layoff").org) == "星云科技"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技已启动新一轮融资，寻求约100亿美元的估值。",
        "星云科技完成C轮融资：月光股份浮盈6.2亿元。",
        "星云科技此次募资基本满足公司产线90亿美元投资规划。",
    ],
)
def test_a_valuation_a_gain_or_a_spending_plan_is_no_rounds_amount(read: Reader, text: str) -> None:
    """A valuation sought, an investor's gain on its stake and a plan of spending are figures beside a round,
    not the money it raises."""
    assert read(text).one("funding").amount is None


@pytest.mark.parametrize(
    "text",
    [
        "今天和大家聊聊张伟退出星云队，很多人问，张伟为什么退出星云队？",
        "张伟突然从星云科技辞职惹争议，怎么回事？",
    ],
)
def test_a_question_asking_why_takes_the_event_as_told(read: Reader, text: str) -> None:
    """ "为什么", "怎么回事" ask about what happened: the question mark is no rumour there."""
    assert read(text).one("departure").modality == "asserted"


def test_a_question_in_another_clause_leaves_the_event_told(read: Reader) -> None:
    """A question mark reaches only the clause it ends: "X辞职创业，…过得好吗？" asks of others."""
    doc = read("星云电视台主持人张伟辞职创业，这些年离职的主持人们过得好吗？")
    assert doc.one("departure").modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "星云集团表示，月光资本的金融资产拟植入星云科技。",
        "星云科技今年大力拓展贸易融资。",
        "星云科技正式上线供应链融资。",
        "蓝海保理为星云科技办理应收账款保理融资业务。",
        "星云科技融资动态一览。",
    ],
)
def test_financial_assets_or_trade_finance_are_no_round(read: Reader, text: str) -> None:
    """金融资产 holds the letters 融资 but raises nothing; 贸易融资, 供应链融资 and 保理融资 are a lender's products,
    and 融资动态 a roundup of other firms' rounds."""
    assert read(text).of_type("funding") == []


def test_a_valuation_told_before_the_round_leaves_the_rounds_own_amount(read: Reader) -> None:
    """ "以10亿美元估值完成2亿美元C轮融资": 估值 is the first amount's word, not a cue against the second."""
    assert read("星云科技以10亿美元估值完成2亿美元C轮融资。").one("funding").amount == "2亿美元"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "星云科技是一家数据公司。上述报告统计，500家风控企业中，有120家企业获得投资，投资金额超过800亿元。",
            "funding",
        ),
        ("月光智能是一家芯片公司。上述报告显示，今年多家芯片公司宣布裁员。", "layoff"),
    ],
)
def test_a_counted_group_of_firms_is_no_event_of_the_firm_named_before(
    read: Reader, text: str, event_type: str
) -> None:
    """A statistic over many firms, or a count of them, is no round or layoff of the one the article named."""
    assert read(text).of_type(event_type) == []


def test_the_buyer_a_word_refers_back_to_is_the_acquirer(read: Reader) -> None:
    """A word referring back ("公司拟收购Y" after a sentence about X) names the buyer the clause leaves out."""
    doc = read("星云科技周五晚间发布公告。公司拟以1.2亿元收购月光智能100%股权。")
    assert _purchase(doc) == ("星云科技", "月光智能")


def test_a_pronoun_alone_names_no_buyer_of_a_purchase(read: Reader) -> None:
    """A pronoun after an investor speaking (其) is the investor: no firm of the article bought the fund."""
    doc = read("星云科技推出新基金。有投资者称，其购买了星云科技旗下名为“月光成长股权投资基金”的产品。")
    assert doc.of_type("acquisition") == []


def test_a_sentence_leaving_out_its_subject_is_about_the_articles_company(read: Reader) -> None:
    """Chinese drops the subject the article is about: "去年11月获得政府基金注资5亿元" is the company's round."""
    doc = read("星云科技成立于2019年。去年11月获得政府基金注资5亿元。")
    event = doc.one("funding")
    assert (doc.name(event.org), event.amount) == ("星云科技", "5亿元")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("星云科技是一家芯片公司。获得融资，对初创企业来说越来越难。", "funding"),
        ("星云科技是一家芯片公司。在港股上市，一直是许多芯片企业的目标。", "listing"),
    ],
)
def test_an_undated_act_with_no_subject_is_anyones(read: Reader, text: str, event_type: str) -> None:
    """With no date before it, an act whose subject is left out is said of anyone, the topic of a remark."""
    assert read(text).of_type(event_type) == []


def test_a_round_describing_other_firms_is_no_round_of_the_articles_company(read: Reader) -> None:
    assert read("星云科技成立于2019年。完成融资的企业数量今年大幅增加。").of_type("funding") == []


def test_the_company_opening_a_clause_is_the_sentences_topic_not_a_past_employer(read: Reader) -> None:
    doc = read("星云科技创始人张伟此前曾在蓝海数据工作，公司今年完成了3亿元A轮融资。")
    assert doc.name(doc.one("funding").org) == "星云科技"


def test_a_firm_left_by_the_person_opening_the_sentence_is_no_topic(read: Reader) -> None:
    doc = read("张伟离开月光智能后创办了星云科技，公司近日完成了A轮融资。")
    assert doc.name(doc.one("funding").org) == "星云科技"


def test_the_firm_an_investment_describes_is_funded_not_its_partner(read: Reader) -> None:
    doc = read("获得蓝海资本投资的星云科技与月光智能签署了战略合作协议。")
    assert [doc.name(e.org) for e in doc.of_type("funding")] == ["星云科技"]


def test_the_team_refers_back_to_the_startup(read: Reader) -> None:
    doc = read("星云科技专注自动驾驶。今年初，该团队拿下了1亿美元的B轮融资。")
    assert doc.name(doc.one("funding").org) == "星云科技"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技成立以来已完成5轮融资。",
        "星云科技上市前曾完成多轮融资。",
        "星云科技成立以来已完成 5 轮融资。",  # spaces around the count, as some outlets set them
    ],
)
def test_counted_rounds_sum_up_a_history_and_are_no_round(read: Reader, text: str) -> None:
    assert read(text).of_type("funding") == []


def test_a_round_a_count_later_in_its_clause_only_follows_is_one_round(read: Reader) -> None:
    assert read("星云科技完成2亿元B轮融资后已累计完成5轮融资。").of_type("funding") != []


def test_rounds_named_before_their_count_are_those_rounds(read: Reader) -> None:
    """ "A轮及A+轮两轮" counts the rounds it names, no history of many."""
    assert read("星云科技日前连续完成A轮及A+轮两轮融资。").of_type("funding") != []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技成立以来已先后完成天使轮、A轮、B轮等多轮融资。",
        "星云科技已完成天使轮、A轮等三轮融资。",
        "星云科技已完成包括天使轮、A轮和B轮在内的4轮融资。",
        "星云科技已完成包括种子轮、Pre-A轮与战略融资在内的 3 轮融资。",  # a round named in the list
    ],
)
def test_rounds_listed_open_or_counted_vaguely_sum_up_a_history(read: Reader, text: str) -> None:
    assert read(text).of_type("funding") == []


@pytest.mark.parametrize("referring", ["本轮融资金额为", "本次融资额达", "该轮融资规模约"])
def test_the_sum_of_a_round_referred_back_to_is_that_rounds_amount(read: Reader, referring: str) -> None:
    doc = read(f"星云科技宣布完成B轮融资。{referring}3亿元。")
    funding = doc.one("funding")
    assert (funding.round, funding.amount) == ("B轮", "3亿元")


def test_a_sum_raised_with_no_round_referred_back_to_is_no_event(read: Reader) -> None:
    assert read("芯片行业的融资金额今年超过100亿元。").of_type("funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技完成25亿元新一轮融资。",
        "星云科技完成了第二轮融资。",
        "星云科技完成D2轮融资。",
        "星云科技完成了第 2 轮融资。",
    ],
)
def test_a_new_or_an_ordinal_round_is_one_round(read: Reader, text: str) -> None:
    assert read(text).one("funding").org is not None


@pytest.mark.parametrize(
    "text",
    [
        "星云科技宣布收购蓝海数据，与此同时完成了2亿美元B轮融资。",
        "星云科技收购了蓝海数据，并完成了3亿美元B轮融资。",
    ],
)
def test_a_clause_going_on_with_the_subject_funds_the_subject_not_what_it_bought(
    read: Reader, text: str
) -> None:
    """ "X收购了Y，同时完成B轮融资": the clause has no subject of its own and goes on with X's acts."""
    doc = read(text)
    assert doc.name(doc.one("funding").org) == "星云科技"


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("星云科技近期启动新一轮裁员，涉及销售和市场部门。", "layoff", "asserted"),
        ("星云科技正式启动上市进程。", "listing", "planned"),
    ],
)
def test_job_cuts_started_have_begun_a_listing_started_is_to_come(
    read: Reader, text: str, event_type: str, modality: str
) -> None:
    """启动 before 裁员 starts the cuts; before 上市 it starts the work towards a listing still to come."""
    assert read(text).one(event_type).modality == modality


def test_a_layoff_after_an_unrecognised_subject_is_not_the_next_companys(read: Reader) -> None:
    """Only a trigger opening its clause (a headline's 今日裁员50人，X…) takes the company after it: after a name no
    recogniser found, the company of the next clause did something else."""
    assert read("青禾之光裁员的消息传出后，星云科技股价下跌。").of_type("layoff") == []
    assert read("今日裁员50人，星云科技关闭深圳办公室。").one("layoff").scale == "50人"


@pytest.mark.parametrize(
    "text", ["昨日晚间裁员300人，星云科技关闭上海研发中心。", "本周一起裁员300人，星云科技关闭深圳办公室。"]
)
def test_a_headline_layoff_after_a_long_time_takes_the_company_after_it(read: Reader, text: str) -> None:
    """A time of more than two letters (昨日晚间) before the trigger is no subject the recognisers missed."""
    doc = read(text)
    assert doc.name(doc.one("layoff").org) == "星云科技"


@pytest.mark.parametrize(
    ("text", "event_type", "orgs"),
    [
        ("继谷歌裁员之后，微软也开始裁员。", "layoff", {"谷歌", "微软"}),
        ("继月光智能登陆科创板之后，星云科技也完成了上市。", "listing", {"月光智能", "星云科技"}),
    ],
)
def test_the_act_a_change_follows_is_the_followed_firms_own(
    read: Reader, text: str, event_type: str, orgs: set[str]
) -> None:
    """ "继A裁员之后，B也…": A's own cuts are told in the phrase the sentence opens with; 继 is no part of A's name."""
    doc = read(text)
    assert {doc.name(e.org) for e in doc.of_type(event_type)} == orgs


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("星云科技完成C轮融资，腾讯独家投资。", ["腾讯"]),
        ("星云科技成立于2018年，此前曾获得真格基金、源码资本等机构投资。", ["真格基金", "源码资本"]),
        ("星云科技曾获得真格基金的投资。", ["真格基金"]),
    ],
)
def test_an_investment_received_names_its_investors(read: Reader, text: str, investors: list[str]) -> None:
    """An exclusive investor (独家投资) is no outlet's exclusive report; investors closed as a group (等机构) or
    owning the investment (的投资) give it, and a clause receiving it with no subject is the company's before it."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), doc.names(event.investors)) == ("星云科技", investors)


@pytest.mark.parametrize(
    ("text", "funded"),
    [
        ("星云科技收购了月光智能，后者此前曾获得红杉资本投资。", "月光智能"),
        ("月光智能被星云科技收购，前者此前曾获得红杉资本投资。", "月光智能"),
    ],
)
def test_an_investment_received_by_the_latter_or_former_funds_that_one(
    read: Reader, text: str, funded: str
) -> None:
    """A clause receiving an investment that opens with 后者 or 前者 has the last or first company named before
    as its subject, not the subject of the clause before (the buyer)."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("funding")] == [funded]


@pytest.mark.parametrize(
    "text",
    [
        "青禾机器人昨日宣布完成B轮融资。融资金额为4亿元，由远峰资本领投。",
        "青禾机器人昨日宣布完成B轮融资。融資額為4億元，由遠峰資本領投。",
    ],
)
def test_a_sentence_opening_with_the_sum_goes_on_with_the_round_told(read: Reader, text: str) -> None:
    """A sentence opening with the round's sum and naming no company funded tells the amount and investors of
    the round the article told last; it is no new round, nor lost."""
    doc = read(text)
    event = doc.one("funding")
    assert (doc.name(event.org), event.amount, event.round) == ("青禾机器人", "4亿元", "B轮")
    assert doc.names(event.investors) == ["远峰资本"]


@pytest.mark.parametrize(
    "text",
    [
        "青禾机器人昨日宣布完成B轮融资。据了解，融资总额为4亿元。",
        "青禾机器人昨日宣布完成B轮融资。具体融资额为4亿元。",
    ],
)
def test_a_lead_of_hearsay_may_stand_before_the_sum_of_the_round_told(read: Reader, text: str) -> None:
    """A lead (据了解, 具体) before the sum leaves it the opening of its sentence: the round's amount."""
    event = read(text).one("funding")
    assert (event.amount, event.round) == ("4亿元", "B轮")


@pytest.mark.parametrize(
    "text",
    [
        "青禾机器人本周完成A+轮融资。远峰资本领投，百度跟投。",
        "青禾机器人本周完成A+轮融资。投资方为远峰资本和百度。",
        "青禾机器人本周完成A+轮融资。远峰资本、百度均参投了本轮。",
        "青禾机器人本周完成A+轮融资。領投方為遠峰資本，跟投方為百度。",
        "青禾机器人本周完成A+轮融资。远峰资本和百度参与了本轮投资。",
        "青禾机器人本周完成A+轮融资。参与本轮投资的还有远峰资本和百度。",
    ],
)
def test_investors_named_in_a_later_sentence_join_the_round_told(read: Reader, text: str) -> None:
    """Investors named after the round with no company of their own (领投/跟投 alone, 投资方为) are the round's."""
    doc = read(text)
    event = doc.one("funding")
    assert doc.name(event.org) == "青禾机器人"
    assert sorted(doc.names(event.investors)) == ["百度", "远峰资本"]


def test_one_investor_alone_leads_the_round_told(read: Reader) -> None:
    doc = read("青禾机器人本周完成A+轮融资。由远峰资本领投。")
    assert doc.names(doc.one("funding").investors) == ["远峰资本"]


@pytest.mark.parametrize(
    "text",
    [
        "青禾机器人本周完成A+轮融资。远峰资本此前曾领投过多家芯片企业。",
        "远峰资本领投，百度跟投。",
        "全国机器人企业上半年融资总额达300亿元。",
    ],
)
def test_an_investors_past_deals_or_no_round_told_continue_no_round(read: Reader, text: str) -> None:
    """An investor's history tells no investor of the round; with no round told before, a bare 领投 or a
    statistic's sum funds no one."""
    doc = read(text)
    funded = doc.of_type("funding")
    assert [doc.names(e.investors) for e in funded] in ([], [[]])


def test_a_round_investor_described_lists_its_past_deals_as_no_investors(read: Reader) -> None:
    """ "本轮投资方A…" introduces A with its own story; the firms it backed before are no investors of the round."""
    doc = read("青禾机器人本周完成A+轮融资。本轮投资方远峰资本创立于2015年，过往案例包括百度、京东等。")
    assert [doc.names(e.investors) for e in doc.of_type("funding")] == [[]]
