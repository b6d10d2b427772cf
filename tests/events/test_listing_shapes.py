"""Stages of a listing as listing news tells them, each in an invented sentence: the listing committee's
review, the filing for registration, the public offering, and a withdrawal the exchange then terminates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from newsgraph.ingest.nlp.events.rules import load_rules
from newsgraph.ingest.nlp.events.tracks import follow_tracks
from newsgraph.ingest.records import Event

from tests.events.conftest import Read

Reader = Callable[..., Read]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星海半导体日前获创业板上市委审议通过，下一步将提交注册。", "approved"),
        ("星海半导体周五未通过创业板上市委审议。", "terminated"),
        ("星海半导体周五通过了创业板上市委审议。", "approved"),
        ("星海半导体的创业板上市方案周五获上市委有条件通过。", "approved"),
        ("星海半导体计划通过与一家SPAC公司合并的方式在创业板上市。", "preparing"),
    ],
)
def test_the_listing_committee_review_tells_the_stage(read: Reader, text: str, status: str) -> None:
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.board, event.status) == ("星海半导体", "chinext", status)


def test_a_filing_for_registration_follows_the_approval(read: Reader) -> None:
    event = read("星海半导体的创业板IPO已提交注册。").one("listing")
    assert (event.board, event.status) == ("chinext", "approved")


def test_the_regulators_filing_notice_for_a_listing_abroad_is_an_approval(read: Reader) -> None:
    assert read("星云科技港股IPO获中国证监会备案通知书。").one("listing").status == "approved"


def test_a_public_offering_is_an_approved_listing(read: Reader) -> None:
    doc = read("星云科技昨日进入招股第二天，散户认购踊跃。")
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("星云科技", "approved")


@pytest.mark.parametrize("text", ["星云科技股价较招股价上涨20%。", "据招股书，星云科技去年营收10亿元。"])
def test_the_offering_price_or_a_quoted_prospectus_is_no_offering(read: Reader, text: str) -> None:
    """招股价 as a measure (较招股价) or a prospectus quoted tells no offering; a price fixed does (see below)."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text", ["月影智能的招股书尚未公布。", "月影智能的招股書至今仍未遞交，公司未予回應。"]
)
def test_a_prospectus_not_out_yet_is_no_filing(read: Reader, text: str) -> None:
    """ "X的招股书尚未公布": the clause negates the prospectus being out, so nothing is filed."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技日前向港交所递交的招股书并未披露具体募资金额。",
        "星雲科技日前向港交所遞交的招股書並未披露具體募資金額。",
    ],
)
def test_a_prospectus_that_leaves_something_out_is_still_filed(read: Reader, text: str) -> None:
    """ "递交的招股书并未披露募资金额": the prospectus is the subject of a negated act with an object, no document
    not yet out, so it is filed."""
    assert [e.status for e in read(text).of_type("listing")] == ["filed"]


def test_a_prospectus_failing_its_review_still_ends_the_listing(read: Reader) -> None:
    """未 alone before a review's outcome ("招股书未通过审核") is a status word's, no prospectus not yet out."""
    assert [e.status for e in read("月影智能的招股书未通过审核。").of_type("listing")] == ["terminated"]


def test_a_withdrawal_the_exchange_then_terminates_is_one_outcome(read: Reader) -> None:
    doc = read("今年1月，星海半导体向上交所撤回IPO材料。两周后，交易所终止了星海半导体的科创板审核程序。")
    assert [(e.board, e.status) for e in doc.of_type("listing")] == [("sse_star", "withdrawn")]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技原本预计3月底在港交所挂牌，目前尚无新的时间表。",
        "星云科技原本申请5月8日登陆北交所，眼下这一日程已无下文。",
    ],
)
def test_a_listing_told_as_the_original_plan_stalled(read: Reader, text: str) -> None:
    assert read(text).one("listing").status == "stalled"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技已向港交所递表，申请在主板挂牌。",
        "星雲科技已向港交所遞表，申請在主板掛牌。",
        "星海半导体申请于科创板上市。",
    ],
)
def test_a_listing_an_application_asks_for_is_a_filing(read: Reader, text: str) -> None:
    assert read(text).one("listing").status == "filed"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技计划以介绍形式在港交所主板挂牌。",
        "星雲科技計劃於本月在香港聯交所主板上市。",
        "星海半导体拟于本周五晚间在纳斯达克挂牌。",
    ],
)
def test_a_plan_word_reaches_over_the_time_and_the_venue(read: Reader, text: str) -> None:
    event = read(text).one("listing")
    assert (event.modality, event.status) == ("planned", "preparing")


def test_a_planned_filing_told_twice_is_one_plan(read: Reader) -> None:
    doc = read("星云科技拟于今天在港交所递表。星云科技预计今天向港交所申请在主板上市。")
    assert [(e.status, e.modality) for e in doc.of_type("listing")] == [("filed", "planned")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("星云科技每股发售价定为16.8港元，预计下周五在港交所上市。", None),
        ("星雲科技以每股18港元定價，集資約20億港元，下週在港交所掛牌。", "20亿港元"),
        ("星云科技招股价介乎10至12港元，将于下周在港交所上市。", None),
        ("星云科技以18港元定价，将于下周在港交所上市。", None),
        ("星云科技以每股10元的价格募资5亿元，将于下周在科创板上市。", "5亿元"),
        ("星云科技今日在科创板上市，首日收报60.5元。", None),
        ("星云科技今日在科创板上市，开盘以38.2元开出。", None),
    ],
)
def test_a_price_per_share_is_no_amount(read: Reader, text: str, amount: str | None) -> None:
    assert read(text).one("listing").amount == amount


@pytest.mark.parametrize(
    "text", ["星云科技今日启动招股，计划发售1亿股。", "星雲科技今日啟動招股，計劃發售1億股。"]
)
def test_an_offering_started_is_approved_not_preparing(read: Reader, text: str) -> None:
    event = read(text).one("listing")
    assert (event.status, event.modality) == ("approved", "asserted")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星雲科技今日在櫃買中心上櫃，首日股價大漲。", "listed"),
        ("星雲科技已向櫃買中心送件申請上櫃。", "filed"),
    ],
)
def test_taiwans_over_the_counter_market_is_a_listing(read: Reader, text: str, status: str) -> None:
    event = read(text).one("listing")
    assert (event.board, event.status) == ("tpex", status)


def test_goods_on_a_counter_are_no_listing(read: Reader) -> None:
    assert read("星云科技的新款耳机下月在各大商场专柜上柜。").of_type("listing") == []


@pytest.mark.parametrize(
    ("text", "status", "modality"),
    [
        ("星云科技上市申请获批后今日在科创板挂牌。", "listed", "asserted"),
        ("星云科技申请获批后今日在科创板挂牌。", "listed", "asserted"),
        ("星云科技在申请获批后于今日在科创板挂牌上市。", "listed", "asserted"),
        ("星云科技尚未申请在科创板上市。", "rumored", "denied"),
        ("星云科技申请首次公开发行股票并在科创板上市。", "filed", "asserted"),
        ("星云科技已递表，申请在主板挂牌。", "filed", "asserted"),
    ],
)
def test_an_application_files_only_the_listing_it_governs(
    read: Reader, text: str, status: str, modality: str
) -> None:
    event = read(text).one("listing")
    assert (event.status, event.modality) == (status, modality)


@pytest.mark.parametrize(
    ("modality", "kept"),
    [
        ("asserted", ["filed"]),
        ("planned", ["filed"]),
        ("denied", ["preparing", "filed"]),
        ("rumored", ["preparing", "filed"]),
    ],
)
def test_a_vague_stage_gives_way_to_a_later_one_only_asserted_or_planned(
    modality: str, kept: list[str]
) -> None:
    """Told with one modality, a filing makes preparing it redundant when both are asserted or both planned;
    a denied or rumoured preparation stays beside the denied or rumoured filing."""
    text = "星云科技筹备上市。星云科技递交申请。"

    def report(status: str, start: int, end: int) -> Event:
        return Event(
            "listing",
            text[start:end],
            modality,
            0.5,
            text[start:end],
            start,
            end,
            org="星云科技",
            status=status,
        )

    events = [report("preparing", 0, 9), report("filed", 9, 18)]
    assert [e.status for e in follow_tracks(load_rules().types, text, events)] == kept


@pytest.mark.parametrize(
    "text", ["月光智能科创板IPO获上交所受理，拟募资15亿元。", "月光智能科創板IPO獲上交所受理。"]
)
def test_a_coined_name_before_its_board_and_ipo_taken_up_by_the_exchange_files(
    read: Callable[..., Read], text: str
) -> None:
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.status, event.board) == ("月光智能", "filed", "sse_star")


def test_the_company_a_speaker_refers_to_is_the_speakers(read: Callable[..., Read]) -> None:
    doc = read(
        "星云智算创始人兼CEO王立表示，公司芯片已进入字节跳动和快手的数据中心。"
        "他同时透露，公司不排除明年赴港上市的可能。"
    )
    assert doc.name(doc.one("listing").org) == "星云智算"


@pytest.mark.parametrize(
    "text",
    [
        "月光智能前首席执行官李强日前加盟星云科技。他透露，公司计划明年赴港上市。",
        "月光智能前首席執行官李強日前加盟星雲科技。他透露，公司計劃明年赴港上市。",
    ],
)
def test_a_speakers_former_employer_is_not_the_company_referred_to(
    read: Callable[..., Read], text: str
) -> None:
    """A post the speaker left names no company they speak for: 公司 is the one they joined."""
    doc = read(text)
    assert doc.name(doc.one("listing").org) == "星云科技"


def test_a_company_referred_back_to_after_its_investors_is_the_sentences_topic(
    read: Callable[..., Read],
) -> None:
    doc = read(
        "云帆智驾成立于2019年，曾获得星河资本、北辰创投等机构投资。今年3月，公司曾传出赴港上市的消息，但随后被公司否认。"
    )
    event = doc.one("listing")
    assert (doc.name(event.org), event.modality) == ("云帆智驾", "denied")


@pytest.mark.parametrize(
    ("text", "board", "status"),
    [
        # Taiwan's wording: the over-the-counter market (上櫃), a listing case (上市案) and its filing (送件).
        ("星海半導體今日正式上櫃掛牌，首日大漲三成。", "tpex", "listed"),
        ("星海半導體轉上市案已送件。", None, "filed"),
        ("星海半導體申請上市案獲證交所董事會通過。", None, "approved"),
    ],
)
def test_taiwan_listing_words_tell_venue_and_stage(
    read: Reader, text: str, board: str | None, status: str
) -> None:
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.board, event.status) == ("星海半导体", board, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星海半导体去年曾向深交所递交创业板上市申请，其后主动撤回。", "withdrawn"),
        ("星海半导体曾于2021年递交科创板上市申请，随后终止。", "terminated"),
        ("星海半导体曾于2021年向深交所提交创业板上市申请，但于次年撤回。", "withdrawn"),
        # ... or one referring back to all the filings told ("两度递表，均已失效").
        ("星海半导体曾两度向港交所递表，均已失效。", "stalled"),
        ("星海半导体此前三次递交招股书，皆因财务资料过期而失效。", "stalled"),
        # A clause with a subject of its own tells what another did.
        ("星海半导体递交了科创板上市申请，随后月光智能也宣布终止合作。", "filed"),
    ],
)
def test_a_clause_telling_what_came_of_the_filing_gives_its_stage(
    read: Reader, text: str, status: str
) -> None:
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("星海半导体", status)


@pytest.mark.parametrize(
    "text",
    [
        "星海半导体今日宣布完成B轮融资。本轮由星河资本领投，云帆创投跟投。公司计划明年赴港上市。",
        "星海半导体今日宣布完成B轮融资，星河资本领投。星河资本合伙人李强表示，看好公司前景。公司计划明年赴港上市。",
    ],
)
def test_the_company_after_its_investors_is_the_articles_topic(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.name(doc.one("listing").org) == "星海半导体"


def test_the_regulators_consent_to_registration_is_an_approval(read: Reader) -> None:
    doc = read("证监会同意青岚智能首次公开发行股票并在科创板上市的注册申请。")
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("青岚智能", "approved")


@pytest.mark.parametrize(
    "text",
    [
        "青岚智能科创板IPO注册生效。",
        "青岚智能创业板IPO注册生效。",
    ],  # LAC glues the board's first characters to the name
)
def test_a_board_right_after_a_coined_name_ends_it(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.name(doc.one("listing").org) == "青岚智能"


@pytest.mark.parametrize(
    "text",
    [
        "曦望微电子科创板IPO已获受理，保荐机构为中信证券，拟募资25亿元。",
        "曦望微电子科创板IPO已获受理，中信证券担任保荐机构，拟募资25亿元。",
    ],
)
def test_money_a_listing_raises_is_no_round_of_its_sponsor(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.of_type("funding") == []
    assert doc.one("listing").amount == "25亿元"


@pytest.mark.parametrize(
    "text", ["星云科技及保荐券商海豚铅笔撤回上市申请。", "星云科技及其保荐机构海豚铅笔已撤回科创板上市申请。"]
)
def test_a_sponsor_joined_to_the_company_by_its_own_role_is_no_listed_company(
    read: Reader, text: str
) -> None:
    """X及保荐券商Y: the role before Y marks Y alone, though Y stands in X's group before the listing word."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ["星云科技"]


@pytest.mark.parametrize(
    ("text", "org", "status"),
    [
        ("星云证券的IPO申请昨日过会。", "星云证券", "approved"),
        ("星云证券今年3月在上交所上市。", "星云证券", "listed"),
        ("蓝鲸银行拟在港上市。", "蓝鲸银行", "preparing"),
        ("星云证券拟借壳ST海鸥上市。", "星云证券", "preparing"),
        ("星云证券IPO已获受理。", "星云证券", "filed"),
    ],
)
def test_a_bank_or_broker_right_before_the_listing_word_lists_itself(
    read: Reader, text: str, org: str, status: str
) -> None:
    doc = read(text)
    assert [(doc.name(e.org), e.status) for e in doc.of_type("listing")] == [(org, status)]


@pytest.mark.parametrize(
    "text",
    [
        "星云证券IPO业务收入同比下降三成。",
        "星云证券IPO保荐项目数量今年位居行业第一。",
        "据统计，星云证券IPO承销金额排名第三。",
        "蓝鲸银行的IPO募资监管账户业务增长明显。",
        "星云证券今年在港上市的项目有十个。",
        "星云证券IPO申请数量居首。",
        "星云证券IPO过会家数排名第一。",
    ],
)
def test_a_broker_s_listing_business_lists_no_broker(read: Reader, text: str) -> None:
    assert read(text).of_type("listing") == []


def test_banks_listed_together_each_list_themselves(read: Reader) -> None:
    doc = read("蓝鲸银行、星云证券均计划明年在港上市。")
    assert sorted(doc.name(e.org) for e in doc.of_type("listing")) == ["星云证券", "蓝鲸银行"]


def test_an_application_passed_told_as_a_hurdle_cleared_is_approved(read: Reader) -> None:
    assert read("星云科技的科创板IPO申请顺利过关。").one("listing").status == "approved"


@pytest.mark.parametrize(
    "text", ["星云证券表示，今年科创板IPO数量将创新高。", "星云证券预计明年将有更多企业在港上市。"]
)
def test_a_broker_talking_about_listings_lists_nothing(read: Reader, text: str) -> None:
    assert read(text).of_type("listing") == []


def test_each_company_of_a_list_a_listing_phrase_describes_is_listed(read: Reader) -> None:
    doc = read("去年上市的星云科技、蓝鲸智能和海豚机器人股价均下跌。")
    assert sorted(doc.name(e.org) for e in doc.of_type("listing")) == ["星云科技", "海豚机器人", "蓝鲸智能"]


def test_two_parties_after_a_listing_phrase_are_no_list(read: Reader) -> None:
    doc = read("在港上市的星云科技和蓝鲸智能签署合作协议。")
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ["星云科技"]


@pytest.mark.parametrize(
    "text",
    ["星云科技表示，其科创板上市的辅导阶段进展顺利。", "星云科技上市的辅导工作已经启动。"],
)
def test_the_coaching_before_a_listing_prepares_it(read: Reader, text: str) -> None:
    doc = read(text)
    assert [(doc.name(e.org), e.status) for e in doc.of_type("listing")] == [("星云科技", "preparing")]


def test_the_coach_of_a_listing_lists_nothing(read: Reader) -> None:
    assert read("中信证券担任星云科技上市的辅导机构。").of_type("listing") == []


def test_stages_a_sentence_tells_at_different_dates_are_each_an_event(read: Reader) -> None:
    doc = read("星途智驾曾于去年6月首次递表，其后申请失效，今年3月再度递表，并于上周通过上市聆讯。")
    assert sorted(e.status for e in doc.of_type("listing")) == ["approved", "stalled"]


def test_a_filing_withdrawn_the_next_year_is_not_the_next_filings_outcome(read: Reader) -> None:
    doc = read("星云科技2021年递交科创板上市申请，次年撤回，今年转战港股并已递表。")
    assert sorted((e.board, e.status) for e in doc.of_type("listing")) == [
        ("hkex", "filed"),
        ("sse_star", "withdrawn"),
    ]


def test_nasdaq_in_taiwans_spelling_is_the_venue_not_a_company(read: Reader) -> None:
    doc = read("美國AI雲端服務商CoreWeave週五在那斯達克掛牌上市，股價首日上漲42%。")
    event = doc.one("listing")
    assert (doc.name(event.org), event.board, event.status) == ("CoreWeave", "nasdaq", "listed")


@pytest.mark.parametrize(
    "text",
    [
        "星云科技在北京产权交易所挂牌转让其持有的蓝海数据30%股权，挂牌价格为5000万元。",
        "月光智能拟以2000万元挂牌转让全资子公司星河物流。",
        "月光智能控股股东将其持有的星云科技股权挂牌出让。",
        "星河物流40%股权由月光智能以公开挂牌方式出让，蓝海数据最终接手。",
        "月光智能将以挂牌保留价6000万元参与星河物流股权的竞买。",
    ],
)
def test_a_stake_put_up_for_sale_is_not_listed(read: Reader, text: str) -> None:
    """挂牌 before a word of selling puts a stake or an asset up for sale at an exchange of property rights:
    nothing goes public."""
    assert read(text).of_type("listing") == []


def test_a_new_boards_own_wording_still_lists(read: Reader) -> None:
    """ "挂牌公开转让" is how the new board (全国股转系统) words a listing: shares open to trading, not sold off."""
    event = read("星云科技将于3月3日在全国股转系统挂牌公开转让。").one("listing")
    assert event.status == "preparing"


@pytest.mark.parametrize(
    "text",
    [
        "中国银行发布公告，该行巴黎分行发行的5亿美元票据已于2020年9月22日在泛欧交易所挂牌上市。",
        "星云科技发行的10亿元公司债券今日在上交所上市。",
    ],
)
def test_a_security_of_a_company_listed_is_no_listing_of_the_company(read: Reader, text: str) -> None:
    """Notes or bonds a company issued come on an exchange; its shares do not."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星云科技：科创上市在即，估值与业绩如何发展。", "preparing"),
        ("星云科技科创板上市临近。", "preparing"),
        ("星云科技上市在望，估值已超百亿。", "preparing"),
        ("星云科技筹资约2亿美元，最快或于明年二季度上市。", "rumored"),
    ],
)
def test_an_imminent_or_possible_listing_has_not_happened(read: Reader, text: str, status: str) -> None:
    """ "上市在即" is about to happen, "或于…上市" may happen: neither is a first trading day."""
    assert read(text).one("listing").status == status


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("星云科技于2016年登陆创业板，上市以来的营业收入从2016年5.06亿元上升至2019年6.00亿元。", None),
        ("星云科技即将被证监会审核创业板IPO申请，月光智能3年前投资3000万元参股星云科技。", None),
        ("星云科技今日在港交所上市，集资10亿港元。", "10亿港元"),
        ("星云科技计划在纳斯达克IPO，拟募资5亿美元。", "5亿美元"),
    ],
)
def test_a_listings_amount_is_money_it_raises(read: Reader, text: str, amount: str | None) -> None:
    """Only money a word of raising stands before (募资, 集资, 发行…) is a listing's amount: revenue or an earlier
    investment named beside the listing is not."""
    assert read(text).one("listing").amount == amount


@pytest.mark.parametrize(
    "text",
    [
        "星云科技3亿股限售股今日上市流通。",
        "星云科技的定增股份将于9月30日上市流通。",
        "星云科技有限售条件的2亿股流通股将于下周一上市。",
        "交易所已决定于12月23日起取消星云科技的上市地位。",
        "已被暂停上市一年多的*ST远山周五披露了自救计划。",
        "上交所决定对*ST远山实施暂停上市。",
    ],
)
def test_shares_free_to_trade_or_a_listing_status_revoked_are_no_listing(read: Reader, text: str) -> None:
    """ "上市流通": shares of a listed company become tradable; "上市地位": the standing of a company listed long
    ago, kept or taken away, or suspended by the exchange ("被暂停上市"). No company goes public."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    ["星云科技正在加快上市步伐。", "星云科技力争在三年内登陆科创板。"],
)
def test_the_pace_of_a_listing_or_an_aim_at_it_is_a_preparation(read: Reader, text: str) -> None:
    """Quickening the pace (上市步伐) or striving (力争, 争取) prepares a listing; it has not happened, and the aim is
    no part of the company's name."""
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("星云科技", "preparing")


def test_a_unit_spun_off_to_list_on_its_own_is_named_without_the_adverb(read: Reader) -> None:
    """ "分拆子公司X独立上市": 独立 says how X lists, it is no part of the unit's name."""
    doc = read("月光智能拟分拆子公司星云芯片独立上市。")
    assert doc.name(doc.one("listing").org) == "星云芯片"


def test_the_shell_a_company_lists_through_is_not_listed(read: Reader) -> None:
    """ "X借壳Y上市": Y is listed already; X goes public through it."""
    doc = read("星云科技借壳月光股份上市。")
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ["星云科技"]


@pytest.mark.parametrize("text", ["星云科技借壳月光股份上市？", "星云科技IPO重启是否在即？"])
def test_a_listing_asked_about_is_rumoured(read: Reader, text: str) -> None:
    """A question asks whether a listing happens; it tells no stage as fact."""
    assert read(text).one("listing").modality == "rumored"


def test_the_company_an_act_follows_is_not_the_one_listing_now(read: Reader) -> None:
    """ "X成为继Y之后第二家登陆科创板的企业": X lists, the news; Y is the one before it, listed as known."""
    doc = read("月光智能成为继星云科技之后第二家登陆科创板的AI芯片企业。")
    first = doc.of_type("listing")[0]
    assert (doc.name(first.org), first.modality) == ("月光智能", "asserted")
    assert {doc.name(e.org) for e in doc.of_type("listing")} == {"月光智能", "星云科技"}


@pytest.mark.parametrize("text", ["星云科技海外购登陆拼多多。", "月光智能旗舰店昨日登陆了京东。"])
def test_landing_on_a_platform_is_no_listing(read: Reader, text: str) -> None:
    """登陆 lists a company only on a venue; a store or service arriving on a shopping platform lists nothing."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    ("text", "board"), [("星云科技今日登陆科创板。", "sse_star"), ("月光智能登陆了港交所。", "hkex")]
)
def test_landing_on_a_venue_is_a_listing(read: Reader, text: str, board: str) -> None:
    event = read(text).one("listing")
    assert (event.board, event.status) == (board, "listed")


@pytest.mark.parametrize(
    "text", ["星云游戏将于明年登陆PC平台。", "月光开源桌面登陆北辰社区，首个桌面环境小组上线！"]
)
def test_landing_where_no_venue_is_named_is_no_listing(read: Reader, text: str) -> None:
    """A game released on a platform or software arriving in a community lands on no market: no listing."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize("text", ["星云科技成功登陆资本市场。", "星云科技于3月在上海证券交易所主板登陆。"])
def test_landing_on_a_market_or_at_an_exchange_named_before_is_a_listing(read: Reader, text: str) -> None:
    assert read(text).one("listing").status == "listed"


def test_the_first_trading_day_tells_a_listing(read: Reader) -> None:
    event = read("星云科技在港交所上市首日收涨30%。").one("listing")
    assert (event.status, event.modality) == ("listed", "asserted")


def test_first_day_figures_of_new_shares_in_general_are_no_listing(read: Reader) -> None:
    assert read("今年科创板新股上市首日平均涨幅超过200%。").of_type("listing") == []


def test_a_sentence_leaving_out_the_company_lists_it_where_it_says(read: Reader) -> None:
    doc = read("星云科技是一家激光雷达公司。2021年5月在纳斯达克上市，募集资金2.5亿美元。")
    event = doc.one("listing")
    assert (doc.name(event.org), event.board, event.status) == ("星云科技", "nasdaq", "listed")


def test_a_scene_set_with_a_market_word_lists_no_one(read: Reader) -> None:
    doc = read("星云科技是一家激光雷达公司。在融资环境收紧的情况下，港股上市成为不少企业募资的出路。")
    assert doc.of_type("funding") == []


def test_a_listing_on_another_venue_is_a_track_of_its_own(read: Reader) -> None:
    """A hearing in Hong Kong does not make the company's earlier Nasdaq listing a bare restatement."""
    doc = read(
        "星云科技日前通过港交所聆讯。星云科技创立于2016年。2021年5月在纳斯达克上市，募集资金2.5亿美元。"
    )
    assert {(e.board, e.status) for e in doc.of_type("listing")} == {
        ("hkex", "approved"),
        ("nasdaq", "listed"),
    }


def test_a_successful_dash_for_the_market_is_a_listing(read: Reader) -> None:
    assert read("星云科技成功冲刺科创板，成为今年第五家上市的AI芯片企业。").one("listing").status == "listed"


def test_the_sole_sponsor_of_a_listing_tells_no_stage(read: Reader) -> None:
    assert read("中金公司担任星云科技港股上市的独家保荐人。").of_type("listing") == []


def test_a_company_in_the_queue_to_list_has_filed(read: Reader) -> None:
    """ "排队上市": the application is in the exchange's queue."""
    assert read("星云科技正在排队上市。").one("listing").status == "filed"


@pytest.mark.parametrize(
    ("text", "status"),
    [("星云科技去年已在港上市。", "listed"), ("星云科技计划明年在港上市。", "preparing")],
)
def test_a_listing_in_hong_kong_by_its_short_name_is_told(read: Reader, text: str, status: str) -> None:
    """LAC reads 港上市 as one place word; the place is 港, the listing word stays free."""
    event = read(text).one("listing")
    assert (event.board, event.status) == ("hkex", status)


def test_an_initial_public_offering_spelt_out_is_a_listing(read: Reader) -> None:
    event = read("星云科技正考虑今年在香港进行首次公开募股。").one("listing")
    assert (event.board, event.status) == ("hkex", "preparing")


def test_a_filing_with_the_us_regulator_is_a_track_in_the_us(read: Reader) -> None:
    """A prospectus handed to the SEC names no exchange, but the market is the US one."""
    event = read("星云科技已向美国证券交易委员会秘密提交上市申请。").one("listing")
    assert (event.board, event.status) == ("us_market", "filed")


def test_a_listing_being_worked_out_is_a_plan(read: Reader) -> None:
    assert read("星云科技正在筹划赴港上市。").one("listing").modality == "planned"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("星云科技收购了月光智能，后者去年已在港交所上市。", "月光智能"),
        ("星云科技收购了月光智能，前者去年已在港交所上市。", "星云科技"),
    ],
)
def test_the_former_or_the_latter_lists(read: Reader, text: str, org: str) -> None:
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("listing")] == [org]


def test_who_holds_the_company_that_files_is_not_the_one_listing(read: Reader) -> None:
    """ "腾讯持股的X递交招股书，拟在…上市": the clause is about X; 腾讯 only says who holds it."""
    doc = read("腾讯持股的星云科技递交招股书，拟在港交所主板上市。")
    assert {doc.name(e.org) for e in doc.of_type("listing")} == {"星云科技"}


@pytest.mark.parametrize("text", ["星云科技早已登陆纳斯达克。", "星云科技已上市，月光智能仍在排队。"])
def test_a_company_already_listed_has_listed(read: Reader, text: str) -> None:
    """已 before the listing word tells it is done, not a description (已上市公司 is one by its 公司)."""
    doc = read(text)
    assert ("星云科技", "listed") in {(doc.name(e.org), e.status) for e in doc.of_type("listing")}


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("星云科技在港股上市的子公司月光智能今日发布公告。", ["月光智能"]),
        ("星云科技去年上市的子公司发布公告。", []),
    ],
)
def test_a_unit_a_listing_phrase_describes_is_the_one_listed(
    read: Reader, text: str, listed: list[str]
) -> None:
    """ "X在港上市的子公司Y": Y listed; X only holds it, and an unnamed unit is no one the article names."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("listing")] == listed


@pytest.mark.parametrize(
    "text",
    [
        "星云互娱宣布《星海远征》将于6月26日上市。",
        "《星海远征》由星云互娱开发，将于明年第一季度上市。",
        "《星海远征》PC版已经在欧洲上市。",
    ],
)
def test_a_titled_work_going_on_sale_is_no_listing(read: Reader, text: str) -> None:
    """A game, book or film in title marks comes on the market; its maker or edition does not go public."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技的智能眼镜将于下月上市，售价1999元。",
        "月光智能发布的AI学习机已经上市。",
        "月光智能的AI眼镜上市三个月销量突破10万台。",
    ],
)
def test_goods_on_sale_are_no_listing(read: Reader, text: str) -> None:
    """A device named before the word, or a price or sales told beside it, puts goods on the market."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云汽车001于今日正式上市。",
        "月光汽车007于今日上市。",
        "星云汽车 06今日正式上市。",
        "星云汽车 009 正式上市。",
    ],
)
def test_a_model_number_after_the_maker_comes_on_the_market(read: Reader, text: str) -> None:
    """ "X001正式上市": two or three digits right after the maker name its car or device, no firm going public."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize("text", ["星云科技宣布Orbit 12将于下月上市。", "月光智能宣布Lumina 8将于年底退市。"])
def test_a_latin_model_name_and_number_comes_on_or_leaves_the_market(read: Reader, text: str) -> None:
    """ "X宣布iPhone 8退市": a model of up to six Latin letters and its number between the maker and the word is a
    product coming on or leaving the market; the maker neither goes public nor leaves its board."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技10日在港交所挂牌上市。",
        "星云科技于今日在科创板上市。",
        "星云科技 10 日在港交所挂牌上市。",
        "月光智能 12 月将在科创板上市。",
    ],
)
def test_a_day_after_the_company_is_no_model_number(read: Reader, text: str) -> None:
    """ "X10日在港交所上市": digits of a date after the company, spaced or not, leave its listing."""
    assert read(text).one("listing").org


@pytest.mark.parametrize(
    "text",
    [
        "主打酒店预订平台业务的星云旅行已向纳斯达克递交招股书。",
        "据《星河日报》报道，月光智能将于下月在港交所挂牌上市。",
        "《星河财经》获悉，月光智能已向港交所递交上市申请。",
        "月光智能披露《首次公开发行股票并在科创板上市招股说明书》，拟在科创板上市。",
        "星云科技董事长张伟在《星河财经》专访中透露，公司已启动上市辅导。",
    ],
)
def test_an_outlet_or_a_filing_in_title_marks_leaves_the_listing(read: Reader, text: str) -> None:
    assert [e.status for e in read(text).of_type("listing")] != []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技昨日发布IPO招股说明书，拟在深交所主板募资15亿元。",
        "月光智能的首发招股书近日在证监会网站预先披露。",
    ],
)
def test_a_prospectus_named_after_its_listing_is_a_filing(read: Reader, text: str) -> None:
    """IPO + 招股说明书 names what the prospectus is for: a filing, no first trading day."""
    assert read(text).one("listing").status == "filed"


@pytest.mark.parametrize(
    "text",
    [
        "省政府表示将推动青岚智能在科创板实现上市。",
        "星云科技为了成功上市，去年引入了三家券商做辅导。",
        "林嘉禾说，青岚智能上市的梦想一直没有放弃。",
        "星云科技的港股IPO承销商由两家外资投行担任。",
        "远山集团正着力提升物流板块的独立上市能力。",
    ],
)
def test_a_listing_told_as_an_aim_is_in_preparation(read: Reader, text: str) -> None:
    """A first trading day pushed for, dreamt of or given underwriters has not come: preparing, not listed."""
    assert [e.status for e in read(text).of_type("listing")] == ["preparing"]


def test_an_earlier_clauses_aim_leaves_the_listing(read: Reader) -> None:
    """An aim of another clause ("为了便于X发展") does not make the listing of the next one a plan."""
    doc = read("为了便于青岚智能扩大产能，当地政府早在2015年就推荐青岚智能在深交所上市。")
    assert [e.status for e in doc.of_type("listing")] == ["listed"]


@pytest.mark.parametrize(
    "text",
    [
        "昨日，远山集团与青禾电子合资组建的远禾能源正式挂牌。",
        "星云银行苏州分行本周一挂牌开业。",
        "蓝海物流25%股权近日在上海联合产权交易所公开挂牌，转让方为月光控股。",
        "远山集团对青禾物流40%股权公开挂牌，征集意向受让方。",
    ],
)
def test_a_new_firms_sign_or_a_stake_at_a_property_exchange_is_no_listing(read: Reader, text: str) -> None:
    """挂牌 also puts up a new company's or branch's sign, or a stake for sale at an exchange of property rights."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize("text", ["晨曦集团计划借壳ST远航上市。", "晨曦集团计划借壳*ST远航实现上市。"])
def test_a_shell_under_special_treatment_is_not_listed(read: Reader, text: str) -> None:
    """The shell's ST mark stands between 借壳 and its name: the company listing through it is the one listed."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ["晨曦集团"]


@pytest.mark.parametrize(
    "text",
    [
        "*ST远航先后与多家公司商讨借壳重组，但均未成功。",
        "ST远航近日再传借壳传闻。",
        "*ST遠航先後與多家公司商討借殼重組。",
    ],
)
def test_a_company_under_special_treatment_is_the_shell_not_the_borrower(read: Reader, text: str) -> None:
    """An ST mark is a listed company's: before a shell word it names the shell, which lists no new shares."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "继远山地产之后，青禾集团也宣布分拆旗下物业星云服务独立上市。",
        "继远山地产之後，青禾集團也宣佈分拆旗下物業星雲服務獨立上市。",
    ],
)
def test_the_company_a_step_follows_is_not_listed_when_its_name_holds_the_opening_word(
    read: Reader, text: str
) -> None:
    """LAC reads 继 into the name after it (继远山地产): with 之后 closing the phrase, the firm is still the one the
    step follows, already listed, not the company listing now."""
    doc = read(text)
    assert "继远山地产" not in [doc.name(e.org) for e in doc.of_type("listing")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("百度持股的星云证券今日正式登陆上交所。", "星云证券"),
        ("百度持股的星雲證券今日正式登陸上交所。", "星云证券"),
        ("有分析称，华为持有多数股权，星云银行或被私有化进而退市。", None),
        ("星云科技目前正在接受中信证券的上市辅导。", "星云科技"),
        ("星云科技目前正在接受中信證券的上市輔導。", "星云科技"),
    ],
)
def test_a_bank_or_broker_as_the_subject_is_the_company_listed_or_none(
    read: Reader, text: str, org: str | None
) -> None:
    """A bank or broker standing as the listing word's subject lists itself or nothing is told: its holder (百度持股的)
    or a firm of an earlier clause is not the one listed. One whose coaching a company takes (接受X的辅导) is its
    tutor, not the subject."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ([org] if org else [])


@pytest.mark.parametrize(
    "text",
    [
        "上交所周三接受了远山智能的上市申请。",
        "上交所周三接受了遠山智能的上市申請。",
    ],
)
def test_a_company_whose_request_is_accepted_is_listed(read: Reader, text: str) -> None:
    """接受 marks the tutor only before its service (接受X的上市辅导): an exchange accepting a company's application, or a
    broker its commission, leaves that company the one listed."""
    doc = read(text)
    assert "远山智能" in [doc.name(e.org) for e in doc.of_type("listing")]


def test_a_group_listed_as_a_whole_is_no_company_named_whole(read: Reader) -> None:
    """整体上市 lists the group as a whole: 整体 is no company."""
    doc = read("远山集团正在筹划旗下物流公司整体上市。")
    assert "整体" not in [doc.name(e.org) for e in doc.of_type("listing")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("远山集团周二宣布分拆旗下青禾医疗独立上市。", "preparing"),
        ("远山集团上周宣布拆分青禾医疗在科创板上市。", "preparing"),
        ("远山集团分拆的青禾医疗今日在港交所挂牌。", "listed"),
        ("远山集团分拆出来的青禾医疗前年在港交所上市，今年股价翻倍。", "listed"),
    ],
)
def test_a_spin_off_lists_only_when_a_word_tells_it_did(read: Reader, text: str, status: str) -> None:
    """分拆Y上市 is a parent's plan for its unit; a unit described as spun off, or a first trading day told, lists."""
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("青禾医疗", status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("董事长说，随着远山集团整体上市，旗下各板块的资源更集中了。", "listed"),
        ("远山集团正在筹划整体上市。", "preparing"),
    ],
)
def test_a_listing_told_as_the_cause_of_what_follows_happened(read: Reader, text: str, status: str) -> None:
    """ "随着X整体上市，…": the group's restructuring is told as done, its effect follows; no plan."""
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("远山集团", status)


@pytest.mark.parametrize(
    "text",
    [
        "多位人大代表提议，支持更多科技企业赴港上市。",
        "远山集团介绍，专门提供企业IPO咨询服务的星云资本将为其提供帮助。",
        "华为高管表示，希望更多民营企业在境外上市。",
    ],
)
def test_a_class_of_firms_going_public_is_no_listing_of_a_named_firm(read: Reader, text: str) -> None:
    """ "支持科技企业赴港上市", "提供企业IPO服务": firms in general, no firm the sentence names."""
    assert read(text).of_type("listing") == []


def test_a_class_describing_the_named_firm_still_lists_it(read: Reader) -> None:
    """ "X作为首家民营企业在科创板上市": the class word describes X, the firm its clause names, which lists."""
    doc = read("腾讯作为首家民营企业在科创板上市。")
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ["腾讯"]


def test_a_listing_asked_about_is_no_fact(read: Reader) -> None:
    """ "至于X是否会上市": the question asks whether the listing will happen; it tells none."""
    doc = read("远山集团是否会整体上市，市场仍在观望。")
    assert [e.modality for e in doc.of_type("listing")] == ["rumored"]


def test_a_boards_veto_asks_no_question(read: Reader) -> None:
    """董事会否决 holds 会否 across two words: a veto told, no "whether" asked."""
    doc = read("腾讯在董事会否决旧方案后于今日在港交所上市。")
    assert [e.modality for e in doc.of_type("listing")] == ["asserted"]


@pytest.mark.parametrize(
    "text",
    ["星云乳业新推出的酸奶下周起在全国上市。", "星云酒业的低度白酒下月将在全国范围内上市。"],
)
def test_goods_reaching_the_whole_country_are_no_listing(read: Reader, text: str) -> None:
    """ "X的Y在全国上市": goods reach the whole country; shares list on an exchange."""
    assert read(text).of_type("listing") == []


def test_a_demonstrative_firm_before_the_listing_word_is_the_articles_firm(read: Reader) -> None:
    """ "该企业计划上市": a demonstrative points back at the firm, no class of firms."""
    doc = read("远山集团表示，该企业计划明年在港上市。")
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ["远山集团"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("远山集团整体上市的大幕已经拉开。", "preparing"),
        ("远山集团整体上市今日在上交所挂牌。", "listed"),
    ],
)
def test_a_group_listing_as_a_whole_lists_only_when_a_word_tells_it_did(
    read: Reader, text: str, status: str
) -> None:
    """整体上市 puts a group's assets into a listed unit, a restructuring like a spin-off: a plan until a word of
    the clause tells the first trading day."""
    assert read(text).one("listing").status == status


def test_a_shell_reached_by_way_of_is_not_listed(read: Reader) -> None:
    """借道Y上市 goes public through Y, a listed shell, as 借壳Y上市 does."""
    doc = read("星云集团打算借道蓝海股份上市。")
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ["星云集团"]


@pytest.mark.parametrize("text", ["母公司去年已在港上市，今年利润大增。", "标的公司已在深交所上市多年。"])
def test_a_firm_named_by_its_place_is_no_lister(read: Reader, text: str) -> None:
    """母公司, 标的公司 name a firm by its place in a group or a deal, never by a name: no listing of theirs."""
    doc = read(text)
    assert not {"母公司", "标的公司", "母", "标的"} & {doc.name(e.org) for e in doc.of_type("listing")}


def test_a_theme_stocks_trade_on_is_no_listing(read: Reader) -> None:
    """上市概念股 are stocks traded on a theme: the firms named beside it list nothing."""
    assert read("昨日，星云股份、月光科技等分拆上市概念股集体走强。").of_type("listing") == []


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("远山物流由在港上市的青禾控股全资拥有。", "青禾控股"),
        ("月光智能去年引入了在纳斯达克上市的芯片公司晨曦医疗作为战略股东。", "晨曦医疗"),
        ("星云科技于2019年在科创板上市的消息传出后，蓝海股份股价大涨。", "星云科技"),
    ],
)
def test_a_listing_phrase_before_a_company_describes_that_company(
    read: Reader, text: str, listed: str
) -> None:
    """ "在港上市的Y" describes Y, the company right after it; the subject before a verb is not listed by it. A
    subject with only dates and venues before the phrase opens it and is listed."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("listing")] == [listed]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星云智算今日起招股，预计下周在港交所挂牌。", "approved"),
        ("月光智能已向上交所报送招股说明书，拟登陆科创板。", "filed"),
    ],
)
def test_a_stage_reached_beside_the_next_one_planned_is_the_event(
    read: Reader, text: str, status: str
) -> None:
    """ "今起招股，预计下周挂牌" tells an offering under way: the planned first trading day fills the venue only."""
    assert read(text).one("listing").status == status


def test_a_planned_listing_beside_a_listing_word_stays_a_plan(read: Reader) -> None:
    """A plan and a listing word of one sentence ("将于明年启动上市规划，两年内完成IPO") tell one plan."""
    assert read("星云科技表示，将于明年开始上市规划，两年内进行IPO。").one("listing").status == "preparing"


@pytest.mark.parametrize(
    "text",
    [
        "新希望乳业今日正式登陆深交所主板上市。",
        "希望教育集团今日在港交所主板挂牌上市，募资10亿港元。",
    ],
)
def test_an_aim_word_inside_a_name_tells_no_aim(read: Reader, text: str) -> None:
    """ "希望" in a firm's name (新希望, 希望教育) is no hope for a listing: the listing is reached."""
    assert read(text).one("listing").status == "listed"


@pytest.mark.parametrize(
    "text",
    [
        "星云汽车今日在纳斯达克挂牌上市，公司去年电动车销量突破10万辆。",
        "月光智能今日在港交所挂牌上市，募资将主要用于新一代芯片的量产。",
        "凭借游戏《星河战纪》走红的蓝海互娱今日在港交所挂牌上市。",
        "星雲汽車今日在紐交所掛牌上市，去年銷量突破5萬輛。",
    ],
)
def test_a_company_listed_on_a_stock_market_is_no_product_on_sale(read: Reader, text: str) -> None:
    """A sale or a titled work told beside a listing on an exchange ("销量", "量产", 《X》) is the company's
    business; its shares are what is listed."""
    assert read(text).one("listing").status == "listed"


@pytest.mark.parametrize(
    "text",
    [
        "从星云X7到星云X8，再到即将于年底上市的星云V，星云汽车的产品线不断丰富。",
        "星云汽车宣布，即将于明年上市的星云X9已开启预订。",
    ],
)
def test_a_listing_phrase_describing_a_model_is_a_product_launch(read: Reader, text: str) -> None:
    """ "即将上市的星云X9": a brand and its model in Latin letters after the phrase come on the market."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    ["商汤科技表示，将为即将上市的新款一体机做好准备。", "百度计划明年上市的新药将进入临床。"],
)
def test_a_listing_phrase_describing_a_product_word_is_a_product_launch(read: Reader, text: str) -> None:
    """ "即将上市的新款一体机": a product word right after the phrase's 的 comes on the market."""
    assert read(text).of_type("listing") == []


def test_a_product_word_describing_a_firm_after_a_listing_phrase_is_its_business(read: Reader) -> None:
    """ "今年上市的芯片设计公司X": the product word tells what the firm after it makes; X is listed."""
    doc = read("今年上市的芯片设计公司星云科技股价大涨。")
    assert doc.name(doc.one("listing").org) == "星云科技"


def test_a_latin_word_after_a_listing_phrase_is_no_model(read: Reader) -> None:
    """ "上市的国产AI芯片第一股X": a word in Latin letters of the description (AI) is no model code; X is listed."""
    doc = read("2021年在科创板上市的国产AI芯片第一股星云科技今日收涨5%。")
    assert doc.name(doc.one("listing").org) == "星云科技"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技与月光智能合资组建的星月科技今日在新三板挂牌。",
        "蓝海集团重组成立的星月科技今日在港交所挂牌。",
    ],
)
def test_a_company_founded_then_listed_on_a_named_market_is_listed(read: Reader, text: str) -> None:
    """A founding word before 挂牌 tells of a sign put up ("合资组建的Z今日挂牌"), unless the clause names the market
    Z's shares go on (新三板, 港交所)."""
    assert read(text).one("listing").status == "listed"


def test_a_stake_put_up_at_an_exchange_of_property_rights_is_still_no_listing(read: Reader) -> None:
    assert read("星云科技30%股权今日在北京产权交易所挂牌。").of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "与同为港股上市的商汤科技相比，星云科技的估值更低。",
        "和已经在科创板上市的寒武纪一样，星云科技也把研发放在首位。",
        "已在纳斯达克上市的百度旗下的小度科技宣布完成新一轮融资。",
        "與同為港股上市的商湯科技相較，星云科技的市盈率偏低。",
    ],
)
def test_a_peer_or_owner_described_as_listed_lists_nothing(read: Reader, text: str) -> None:
    """ "同为港股上市的X", "和已在港上市的X一样", "已在纳斯达克上市的X旗下": X is a listed peer or owner named beside the
    news, going public in no stage of it."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技的IPO备受关注。",
        "星雲科技的IPO備受關注。",
        "星云科技上市引发热议。",
        "月影智能的IPO一直备受市场关注。",
        "月影智能上市受到了广泛关注。",
        "月影智能的IPO持續引起投資人關注。",
        "月影智能登陆科创板一事引起了业内瞩目。",
    ],
)
def test_attention_paid_to_a_listing_tells_no_stage(read: Reader, text: str) -> None:
    """ "X的IPO备受关注", "X上市受到了广泛关注" is talk about the listing: no first trading day, no stage at all,
    however many words stand between the listing and the attention in its clause."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技昨日在港交所上市引发市场广泛关注。",
        "星雲科技昨日在港交所上市引發市場廣泛關注。",
        "星云科技昨日登陆科创板后股价大涨成为市场焦点。",
    ],
)
def test_a_dated_listing_or_one_attention_follows_later_is_listed(read: Reader, text: str) -> None:
    """A dated listing stays one whatever attention follows it, and so does one the attention follows only after
    other words of its clause ("登陆科创板后股价大涨成为焦点")."""
    assert [e.status for e in read(text).of_type("listing")] == ["listed"]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技当年的发售价为每股20港元，如今股价已跌去一半。",
        "星雲科技當年的招股價為每股20港元，如今股價已跌去一半。",
    ],
)
def test_an_offering_price_looked_back_on_is_no_offering(read: Reader, text: str) -> None:
    """ "发售价为每股20港元" states a price, maybe an old one; only "定为/定在" fix one for an offering under way."""
    assert "approved" not in [e.status for e in read(text).of_type("listing")]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技定价每股20港元，将于周五在港交所挂牌。",
        "星云科技今日公布招股价区间，拟于下周在港交所主板上市。",
        "星云科技昨日公布招股價區間，預計下周三在聯交所掛牌。",
    ],
)
def test_a_priced_offering_beside_a_planned_first_day_is_an_offering(read: Reader, text: str) -> None:
    """ "X定价…，将于周五挂牌": the offering is priced, under way; the first trading day is still to come."""
    assert [e.status for e in read(text).of_type("listing")] == ["approved"]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技招股价定为每股18港元。",
        "星云科技的招股价定为每股15港元。",
        "星雲科技招股價定為每股18港元，預計下週掛牌。",
        "星云科技的发售价定为每股6.5港元。",
    ],
)
def test_an_offering_price_fixed_is_an_offering(read: Reader, text: str) -> None:
    """ "招股价定为每股18港元": the price's own noun tells the offering under way, with no 定价 or 招股 of its own."""
    doc = read(text)
    assert [(doc.name(e.org), e.status) for e in doc.of_type("listing")] == [("星云科技", "approved")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星云科技的定价策略偏保守，公司计划明年在科创板上市。", "preparing"),
        ("星云科技沿用协商定价机制，公司去年已在科创板上市。", "listed"),
        ("星云科技今日发布新款耳机，定价399元，公司正筹备在港交所上市。", "preparing"),
        ("月光智能上周推出新一代机器人，定价1999美元，目前正筹备赴纳斯达克上市。", "preparing"),
    ],
)
def test_a_pricing_word_of_a_business_tells_no_offering(read: Reader, text: str, status: str) -> None:
    """定价策略, 定价机制 are how a company prices its goods, and a price with no share in its clause is its
    goods' (定价399元): the listing beside it keeps its own stage."""
    assert [e.status for e in read(text).of_type("listing")] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技拟通过反向收购蓝海控股实现在纳斯达克上市。",
        "星云科技将通过反向并购蓝海股份的方式登陆A股。",
        "星云科技將透過反向收購蓝海控股，在納斯達克上市。",
        # The SPAC a company merges with is listed already; the way of it (方式) is no company.
        "星云科技通过与蓝海控股合并的方式登陆纳斯达克。",
        "星雲科技透過與蓝海控股合併的方式在納斯達克上市。",
    ],
)
def test_a_shell_taken_over_in_reverse_is_not_listed(read: Reader, text: str) -> None:
    """反向收购Y上市 goes public through Y, a listed shell, as 借壳Y上市 does: the buyer lists."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ["星云科技"]


@pytest.mark.parametrize(
    ("text", "tracks"),
    [
        (
            "星云科技此前冲刺科创板IPO失败，如今已向港交所递交招股书。",
            {("sse_star", "terminated"), ("hkex", "filed")},
        ),
        (
            "星云科技H股今日在聯交所主板上市，公司此前已於2019年在科創板上市。",
            {("hkex_main", "listed"), ("sse_star", "listed")},
        ),
    ],
)
def test_one_company_on_two_venues_in_one_sentence_is_two_tracks(
    read: Reader, text: str, tracks: set[tuple[str, str]]
) -> None:
    """ "X冲刺科创板失败，如今已向港交所递表": the company's 科创板 track and its Hong Kong one, each its stage."""
    assert {(e.board, e.status) for e in read(text).of_type("listing")} == tracks


@pytest.mark.parametrize(
    "text",
    [
        "星云科技即将迎来上市10周年，公司将举办庆祝活动。",
        "在星云科技登陆港交所五周年之际，公司宣布回购股份。",
        "星云科技下月將迎來在港上市一週年。",
    ],
)
def test_an_anniversary_of_a_listing_is_an_old_listing_no_plan(read: Reader, text: str) -> None:
    """ "X即将迎来上市10周年": the celebration is to come, the listing happened years ago."""
    doc = read(text)
    assert [(doc.name(e.org), e.status) for e in doc.of_type("listing")] == [("星云科技", "listed")]


@pytest.mark.parametrize(
    ("text", "tracks"),
    [
        (
            "星海半导体科创板IPO获受理。本次IPO，星海半导体拟募集资金8亿元投向研发中心。",
            [("sse_star", "filed")],
        ),
        ("星海半导体科创板IPO获受理。此次科创板IPO，星海半导体拟募资12亿元。", [("sse_star", "filed")]),
        ("星海半导体表示，本次IPO已获上交所科创板受理。", [("sse_star", "filed")]),
    ],
)
def test_a_listing_word_referred_back_tells_no_stage_of_its_own(
    read: Reader, text: str, tracks: list[tuple[str, str]]
) -> None:
    """ "本次IPO，X…": the listing the article told, no first trading day; its own status word still tells one."""
    assert [(e.board, e.status) for e in read(text).of_type("listing")] == tracks


@pytest.mark.parametrize(
    ("text", "tracks"),
    [
        (
            "星海半导体的创业板IPO审核被中止。星海半导体表示，会在补充最新年报后重新递交上市申请。",
            [("chinext", "suspended")],
        ),
        ("星云科技的港股IPO于上月通过聆讯。星云科技昨日更新了招股书。", [("hkex", "approved")]),
        ("星云科技昨日向港交所更新了招股书。", [("hkex", "filed")]),
        ("星云科技拟赴美上市。星云科技日前更新招股书，计划在纽交所上市。", [("nyse", "filed")]),
    ],
)
def test_an_updated_filing_is_the_filing_told_before(
    read: Reader, text: str, tracks: list[tuple[str, str]]
) -> None:
    """ "X的IPO审核被中止……X将提交更新后的申请文件": the same filing, the stage told stands; alone or after a
    plan, a filing."""
    assert [(e.board, e.status) for e in read(text).of_type("listing")] == tracks


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星海半导体港股IPO引入高瓴资本、红杉中国等基石投资者，合计认购1亿美元。", "approved"),
        ("星海半导体今日在港交所挂牌上市，基石投资者包括高瓴资本。", "listed"),
    ],
)
def test_cornerstone_investors_tell_an_offering_unless_the_first_trading_day_is_told(
    read: Reader, text: str, status: str
) -> None:
    """Cornerstone investors sign for the offering: the shares are not trading yet ("X港股IPO引入基石投资者")."""
    assert read(text).one("listing").status == status


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("星海半导体将从纳斯达克退市。", "planned"),
        ("星海半导体昨日被强制退市。", "asserted"),
        ("星海半导体于2017年在新三板挂牌，去年摘牌。", "asserted"),
        ("有消息称，星海半导体或将从港交所退市。", "rumored"),
    ],
)
def test_a_delisting_terminates_the_listing_whatever_its_modality(
    read: Reader, text: str, modality: str
) -> None:
    """ "X将从纳斯达克退市": X's listing ends, a plan to leave the market is never a listing in preparation."""
    event = read(text).of_type("listing")[-1]
    assert (event.status, event.modality) == ("terminated", modality)


@pytest.mark.parametrize(
    "text",
    [
        "星海半导体面临退市风险。",
        "星海半导体因连续亏损被交易所警示退市风险。",
        "星海半导体股价连续下跌，可能触发退市。",
        "星海半导体昨日成功摘牌一宗商业用地。",
        "星海半导体通过上海联合产权交易所摘牌一家物流企业40%的股权。",
    ],
)
def test_a_risk_of_delisting_or_a_plot_or_stake_won_is_no_listing(read: Reader, text: str) -> None:
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技冲刺港股IPO折戟，公司将转向内地市场。",
        "星云科技的科创板IPO铩羽而归。",
        "星云科技的纳斯达克上市梦碎。",
    ],
)
def test_a_bid_told_as_a_fall_is_terminated(read: Reader, text: str) -> None:
    """ "X冲刺港股折戟": the attempt ended, no preparation nor first trading day."""
    assert read(text).one("listing").status == "terminated"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技的造车梦碎，如今计划在科创板上市。",
        "星云科技在手机市场折戟后，计划明年赴港上市。",
    ],
)
def test_a_fall_before_the_listing_word_is_another_ventures(read: Reader, text: str) -> None:
    """ "X造车梦碎，如今计划上市": the fall is the car venture's; the listing is planned."""
    assert read(text).one("listing").status == "preparing"


@pytest.mark.parametrize(
    ("text", "tracks"),
    [
        ("星云科技暗盘收涨20%，明日将在港交所挂牌。", [("hkex", "approved")]),
        ("星雲科技今日暗盤收漲兩成，明日掛牌。", [("hkex", "approved")]),
        ("星云科技昨日在港交所首挂，较暗盘价下跌5%。", [("hkex", "listed")]),
        ("星云科技昨日在港交所挂牌。暗盘交易中，星云科技一度上涨10%。", [("hkex", "listed")]),
    ],
)
def test_grey_market_trading_before_the_debut_is_the_listing_about_to_happen(
    read: Reader, text: str, tracks: list[tuple[str, str]]
) -> None:
    """ "X暗盘收涨，明日挂牌": the offering done, the debut to come; a debut measured against it is listed."""
    assert [(e.board, e.status) for e in read(text).of_type("listing")] == tracks


@pytest.mark.parametrize(
    ("text", "listings"),
    [
        (
            "继寒武纪、商汤科技之后，星云科技成为第三家登陆科创板的AI企业。",
            {("星云科技", "listed"), ("寒武纪", "listed"), ("商汤科技", "listed")},
        ),
        (
            "星云科技成为继商汤科技后今年第二家IPO终止的科创板企业。",
            {("星云科技", "terminated"), ("商汤科技", "terminated")},
        ),
        ("星云科技是继华为和百度之后又一家与高校合作的企业，公司计划明年上市。", {("星云科技", "preparing")}),
        (
            "月光智能有望成为继寒武纪、商汤科技之后第三家在港股挂牌的AI芯片公司。",
            {("月光智能", "preparing"), ("寒武纪", "listed"), ("商汤科技", "listed")},
        ),
        ("继华为之后，百度也宣布分拆旗下星云科技独立上市。", {("星云科技", "preparing")}),
    ],
)
def test_the_companies_a_listing_follows_took_its_step(
    read: Reader, text: str, listings: set[tuple[str, str]]
) -> None:
    """ "继A、B之后第三家登陆科创板的企业": A and B took the step before, told as known; not when the phrase
    belongs to another clause's act."""
    doc = read(text)
    assert {(doc.name(e.org), e.status) for e in doc.of_type("listing")} == listings


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("星云科技宣布，由于大股东华夏控股持有其多数股权，该公司将申请终止上市。", "星云科技"),
        ("星云银行宣布，由于母公司华夏控股持有其多数股权，该行将申请终止上市。", "星云银行"),
        ("星云科技成立于1990年。由于华夏控股持有多数股权，这家公司将于下月从港交所退市。", "星云科技"),
        ("由于华夏控股持有多数股权，这家银行将于下月从港交所退市。", None),
        ("由于大股东华夏控股持有其多数股权，星云科技将申请终止上市。", "星云科技"),
    ],
)
def test_a_holder_named_as_the_cause_is_not_the_company_referred_to(
    read: Reader, text: str, org: str | None
) -> None:
    """ "由于A持有多数股权，该公司将退市": A only tells why; the company referred to delists (the sentence's topic or
    the article's), never its holder."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ([org] if org else [])


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("星云科技的借壳方为华远控股。", "华远控股"),
        ("按照新方案，星云科技的借壳方换成了月光集团旗下的子公司月光文旅。", "月光文旅"),
        ("据最新公告，星云科技的借壳方确定为月光集团下属的子公司青禾传媒，交易预计年内完成。", "青禾传媒"),
        ("华远控股借壳星云科技上市。", "华远控股"),
        # No company read after the copula: still X is only the shell.
        ("星云科技这次的借壳方为一家尚未披露名称的地方国资平台。", None),
    ],
)
def test_the_party_taking_a_shell_is_the_company_listed(read: Reader, text: str, org: str | None) -> None:
    """ "X的借壳方为Y": Y goes public through the shell X; X is listed already."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("listing")] == ([org] if org else [])


def test_a_bank_leaving_an_exchange_delists_itself(read: Reader) -> None:
    """ "星云银行将从港交所退市": a bank right before the listing word, only 从 and a venue between, lists itself."""
    doc = read("星云银行将从港交所退市。")
    assert [(doc.name(e.org), e.status) for e in doc.of_type("listing")] == [("星云银行", "terminated")]


def test_the_companies_a_listing_follows_keep_their_step_without_the_news_date(read: Reader) -> None:
    """ "继A、B之后，C也将于下月上市": A and B took the step before, as known; the month is C's, not theirs."""
    doc = read("继小马智行、文远知行之后，商汤科技也将于下月在港交所上市。", published=date(2024, 5, 1))
    assert {(doc.name(e.org), e.status, e.date) for e in doc.of_type("listing")} == {
        ("商汤科技", "preparing", date(2024, 6, 1)),
        ("小马智行", "listed", None),
        ("文远知行", "listed", None),
    }


def test_a_shell_taken_over_is_not_listed(read: Reader) -> None:
    """ "X被借壳": X is the listed shell another company goes public through; X itself lists nothing."""
    assert read("月光股份再传被借壳，星云科技或将入主。").of_type("listing") == []


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("星云科技收到深交所问询函，要求说明以5亿元收购月光智能的重大资产重组细节。", []),
        ("星云科技收到上交所的科创板上市问询，问及其收购月光智能的原因。", ["inquiry"]),
    ],
)
def test_an_exchanges_inquiry_about_a_takeover_is_no_listing(
    read: Reader, text: str, statuses: list[str]
) -> None:
    """An exchange also questions a listed company's takeover: with a deal's word and no listing word, the inquiry
    is about the deal. A listing word keeps the listing's inquiry stage."""
    assert [e.status for e in read(text).of_type("listing")] == statuses


@pytest.mark.parametrize(
    "text",
    ["星云科技的账目在上市之前已有漏洞。", "月光智能有权在星云科技IPO之际回购其股份。"],
)
def test_a_time_measured_from_a_listing_is_no_listing(read: Reader, text: str) -> None:
    """ "上市之前", "IPO之际" name the listing as a point in time, as 上市前 does: the clause tells something else."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "日前传出消息，小马智行的几位高管已启程赴美，就芯片采购与英伟达洽谈。",
        "百度董事长昨日赴港出席一场金融论坛。",
        "星雲科技董事長昨日赴港出席論壇並發表演講。",
    ],
)
def test_a_venue_word_alone_is_a_trip_or_a_counter(read: Reader, text: str) -> None:
    """赴美 and 赴港 (as 上柜) are venues themselves: a listing needs a market or a listing word beside them, else
    an executive travels."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    ("text", "board"),
    [
        ("据悉，小马智行计划赴美IPO，已聘请投行。", "us_market"),
        ("星云科技拟赴港融资约5亿美元，最快或于明年二季度上市。", "hkex"),
        ("星雲科技下月在櫃買中心上櫃。", "tpex"),
    ],
)
def test_a_venue_word_beside_a_market_or_a_listing_word_lists(read: Reader, text: str, board: str) -> None:
    assert read(text).one("listing").board == board


@pytest.mark.parametrize(
    "text",
    [
        "腾讯在港上市的三家子公司本周均公布了季度业绩。",
        "星雲科技在港上市的兩家附屬公司今日停牌。",
    ],
)
def test_a_listing_phrase_describing_counted_units_lists_no_owner(read: Reader, text: str) -> None:
    """ "X在港上市的三家子公司": the counted units are listed, their owner X only holds them."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    ["百度上市部门负责人在电话中拒绝就此置评。", "星雲科技上市辦公室的負責人拒絕置評。"],
)
def test_a_listed_companys_department_lists_no_one(read: Reader, text: str) -> None:
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技完成吸收合并后，将择日在深交所挂牌交易。",
        "星雲科技合併完成，擇日在港交所正式掛牌交易。",
        "小马智行董事会同意择机在科创板正式挂牌上市。",
    ],
)
def test_a_first_trading_day_at_a_date_still_to_be_chosen_is_planned(read: Reader, text: str) -> None:
    """ "择日挂牌", "择机上市": the date is still to be chosen, the listing still to come."""
    event = read(text).one("listing")
    assert (event.status, event.modality) == ("preparing", "planned")


@pytest.mark.parametrize(
    "text",
    ["月光智能借壳上市的梦想越来越强烈。", "星雲科技借殼上市的方案仍在討論中。"],
)
def test_an_aim_after_a_run_of_listing_words_is_a_preparation(read: Reader, text: str) -> None:
    """ "借壳上市的梦想": the aim follows 上市, and it is the aim of the listing 借壳 tells too."""
    assert read(text).one("listing").status == "preparing"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技2012年在深交所上市，此后因扩产计划延误，利润连年下滑。",
        "星雲科技2016年在港上市，其後受擴張計劃拖累，股價長期低迷。",
    ],
)
def test_a_plan_told_after_a_listing_is_no_stage_of_it(read: Reader, text: str) -> None:
    """A clause opening with a sequel word (此后, 其后) tells what came of the listing: a plan word there is another
    plan, no preparation of a listing that happened."""
    assert read(text).one("listing").status == "listed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("云岫智能董事会审议通过了关于公司申请首次公开发行股票并在创业板上市的议案。", "preparing"),
        ("云岫智能股东大会审议通过了公司赴港上市的相关议案。", "preparing"),
        ("雲岫智能董事會通過申請上市案，預計明年送件。", "preparing"),
        ("雲岫智能上市案昨獲證交所董事會通過。", "approved"),
        ("云岫智能的创业板IPO昨日获上市委审议通过。", "approved"),
    ],
)
def test_a_plan_to_list_the_company_s_own_board_passes_is_a_preparation(
    read: Reader, text: str, status: str
) -> None:
    """The company's own board or shareholders passing its listing plan decide to list; only an exchange's body (its
    board, its listing committee) approves the listing."""
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("云岫智能", status)


@pytest.mark.parametrize(
    "text",
    [
        "市场人士预计，云岫智能的IPO估值或达百亿元。",
        "雲岫智能IPO估值約80億元。",
        "云岫智能上市的估值或超百亿。",
    ],
)
def test_a_listing_s_valuation_tells_no_first_trading_day(read: Reader, text: str) -> None:
    """The valuation a listing is told at is the one it aims at: a bare IPO noun before it lists no one."""
    assert read(text).one("listing").status in ("preparing", "rumored")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("云岫科技转上柜申请获柜买中心通过。", "approved"),
        ("雲岫科技的上市申請獲港交所批准。", "approved"),
        ("雲岫科技預計明年第一季轉上櫃。", "preparing"),
        ("云岫科技的上市申请目前尚未获得港交所批准。", "filed"),
        ("雲岫科技的上市申請仍未獲港交所通過。", "filed"),
    ],
)
def test_a_venue_passing_the_case_between_receiving_and_passing_approves_it(
    read: Reader, text: str, status: str
) -> None:
    """获 + the exchange + 通过 approves the listing, the exchange named between the two words, unless a negation
    stands before the word of receiving (尚未获得: the application waits); a move to Taiwan's over-the-counter market
    from its emerging board (转上柜) lists shares, no goods, with or without a venue."""
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("云岫科技", status)


@pytest.mark.parametrize(
    "text",
    [
        "物价局对星云水泥、蓝海水泥两家公司通过会议协调了区域价格。",
        "星云科技的年报已经过会计师事务所审计。",
        "蓝海智能与星云科技开过会后决定共同研发。",
        "星雲科技與藍海智能開過會後決定共同研發。",
    ],
)
def test_a_verb_ending_in_guo_before_a_noun_of_hui_passes_no_review(read: Reader, text: str) -> None:
    """通过会议, 经过会计师, 开过会: the 过会 inside them is no listing committee's approval."""
    assert read(text).of_type("listing") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技首发未获通过，保荐机构为蓝海证券。",
        "星雲科技的首發申請未獲通過。",
        "星云科技的IPO申请未能通过审核。",
    ],
)
def test_a_review_not_passed_ends_the_listing(read: Reader, text: str) -> None:
    assert read(text).one("listing").status == "terminated"


@pytest.mark.parametrize(
    "text",
    [
        "云图科技将于12月5日至10日招股，预计12月15日挂牌。",
        "雲圖科技今日起至下週二招股，預計於12月12日在港交所主板掛牌。",
        "云图科技将于下周招股。",
    ],
)
def test_an_offering_scheduled_is_an_approved_listing(read: Reader, text: str) -> None:
    """An offering told for dates to come follows the approval: the stage is reached, however planned the offering
    and the first trading day after it."""
    assert read(text).one("listing").status == "approved"


@pytest.mark.parametrize(
    "text", ["云图科技日前拿到IPO批文，即将在创业板发行上市。", "雲圖科技已取得發行批文。"]
)
def test_the_written_approval_of_an_offering_is_an_approval(read: Reader, text: str) -> None:
    """The regulator's 批文 clears the offering: approved, not a listing in preparation."""
    assert read(text).one("listing").status == "approved"


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("云图科技今日在港交所敲锣，正式成为港股上市公司。", True),
        ("雲圖科技今日於港交所敲鑼。", True),
        ("云图科技员工敲锣打鼓庆祝新品发布。", False),
    ],
)
def test_the_gong_struck_in_hong_kong_is_a_listing(read: Reader, text: str, listed: bool) -> None:
    """Hong Kong strikes a gong where other markets ring a bell; struck with drums it only celebrates."""
    assert [e.status for e in read(text).of_type("listing")] == (["listed"] if listed else [])


def test_the_first_trading_day_on_taiwans_counter_market_is_a_listing(read: Reader) -> None:
    """ "上櫃首日" tells the first day on Taipei's over-the-counter market, no exchange named beside it."""
    doc = read("雲圖科技上櫃首日即漲停。")
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("云图科技", "listed")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("云图科技被曝已秘密递表港交所。", "filed"),
        ("市场消息指，云图科技已通过港交所上市聆讯。", "approved"),
        ("雲圖科技傳將於下月在港掛牌。", "rumored"),
    ],
)
def test_a_rumoured_stage_keeps_its_stage(read: Reader, text: str, status: str) -> None:
    """A rumour of a filing or a hearing passed is of that stage, told as a rumour; a rumoured first trading day
    has not happened."""
    event = read(text).one("listing")
    assert (event.status, event.modality) == (status, "rumored")


def test_a_stage_naming_no_venue_goes_on_the_track_still_open(read: Reader) -> None:
    """Beside a Hong Kong listing and a 科创板 application withdrawn, a hearing passed is Hong Kong's."""
    doc = read(
        "云图科技今日正式在港交所挂牌上市。云图科技此前已于11月28日通过上市聆讯。"
        "值得一提的是，云图科技曾计划在科创板上市，但于2022年撤回申请。"
    )
    boards = {e.status: e.board for e in doc.of_type("listing")}
    assert (boards["approved"], boards["withdrawn"]) == ("hkex", "sse_star")


@pytest.mark.parametrize(
    "text",
    [
        "云图科技有意最快明年下半年招股。",
        "雲圖科技有意最快明年下半年招股。",
        "雲圖科技計劃明年下半年招股。",
        "云图科技将于明年下半年招股。",
    ],
)
def test_an_offering_only_intended_prepares_the_listing(read: Reader, text: str) -> None:
    """An offering intended, planned or set for a vague time is no scheduled one: the approval is not reached."""
    assert read(text).one("listing").status == "preparing"


@pytest.mark.parametrize(
    "text",
    [
        "证监会本周核发了3家企业的IPO批文，云图科技不在其中。",
        "證監會本週核發了5家企業的首發批文，雲圖科技並不在其中。",
        "监管部门暂停核发IPO批文，云图科技仍在等待。",
    ],
)
def test_approvals_handed_out_approve_no_firm_beside_them(read: Reader, text: str) -> None:
    """Only the firm that gets or holds the 批文 is approved; a batch the regulator hands out or holds back approves
    no firm named next to it."""
    assert not read(text).of_type("listing")


@pytest.mark.parametrize(
    "text",
    [
        "星海半导体股份今日起在港交所主板买卖。",
        "星海半導體股份於今日起在聯交所主板買賣，股份代號為1234。",
        "星海半导体的股份已于本周一在联交所主板开始交易。",
    ],
)
def test_shares_dealt_in_on_a_named_market_are_listed(read: Reader, text: str) -> None:
    event = read(text).one("listing")
    assert (event.status, event.board is not None) == ("listed", True)


@pytest.mark.parametrize(
    "text",
    [
        "海川集团与星海半导体签署股份买卖协议，星海半导体为港交所主板上市公司。",
        "海川资本近日在港交所买卖星海半导体股份。",
        "星海半導體指出，投資人可在聯交所買賣該公司的股份。",
        "星海半导体H股将于明日在联交所恢复买卖。",
    ],
)
def test_a_sale_agreement_a_trader_or_trading_resumed_lists_nothing_new(read: Reader, text: str) -> None:
    assert all(e.trigger not in ("买卖", "買賣") for e in read(text).of_type("listing"))
