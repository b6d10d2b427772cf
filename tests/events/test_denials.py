"""A denial makes the event it is about denied, in its own sentence or in a later one that refers back; a rumour the
article says came true, or a later sentence confirms, is asserted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tests.events.conftest import Read

Reader = Callable[..., Read]


@pytest.mark.parametrize(
    "text",
    [
        "网传星云科技公司将裁员三成。对此，星云科技公司发表声明否认。",
        "据悉，星云科技公司计划裁员。公司表示并无裁员安排。",
        "有消息称星云科技公司本月裁员。对此，相关人士回应称消息不实。",
        "星云科技公司否认了裁员传闻。",
        "对于裁员传闻，星云科技公司回应称，这是正常的组织架构调整，并非裁员。",
        # The cuts named as the topic the firm answers, with talk of them between.
        "针对网传裁员一事，星云科技回应称，消息不实。",
        "对于外界盛传的裁员消息，星云科技予以否认。",
        # A report called false (失实) in the same or the next sentence.
        "日前有媒体报道称星云科技将裁员千人，星云科技随后发布声明称报道严重失实。",
        "日前有媒体报道称星云科技将裁员千人。星云科技随后发布声明称，相关报道严重失实。",
        # What a reorganisation does not touch (不涉及) did not happen.
        "星云科技回应裁员：组织调整，不涉及裁员。",
    ],
)
def test_a_denied_layoff_is_denied(read: Reader, text: str) -> None:
    assert read(text).one("layoff").modality == "denied"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("网传星云科技裁员，星云科技回应称属于正常的组织优化。", "denied"),
        ("星云科技被曝大规模裁员，星云科技回应：系正常人员流动。", "denied"),
        ("星云科技回应“裁员”传闻：正常业务调整。", "denied"),
        # Cuts the company tells of itself stay cuts, however ordinary it calls them.
        ("星云科技裁员300人，公司称这是正常的组织调整。", "asserted"),
    ],
)
def test_a_rumoured_layoff_called_ordinary_later_in_its_sentence_is_denied(
    read: Reader, text: str, modality: str
) -> None:
    assert read(text).one("layoff").modality == modality


@pytest.mark.parametrize(
    "text", ["星云科技公司本周裁员两百人，这并非首次裁员。", "星云科技公司宣布裁员，这已不是第一次裁员。"]
)
def test_not_the_first_layoff_is_still_a_layoff(read: Reader, text: str) -> None:
    assert {e.modality for e in read(text).of_type("layoff")} == {"asserted"}


@pytest.mark.parametrize("text", ["李强并非第一位离开星云科技的高管。", "李强不是首位离职的星云科技高管。"])
def test_not_the_first_to_leave_has_left(read: Reader, text: str) -> None:
    assert {(read(text).name(e.person), e.modality) for e in read(text).of_type("departure")} == {
        ("李强", "asserted")
    }


def test_an_event_named_as_the_content_of_a_rumour_is_rumoured(read: Reader) -> None:
    doc = read("针对星云科技公司完成新一轮融资的传言，公司表示不予置评。")
    assert doc.one("funding").modality == "rumored"


def test_a_denial_naming_the_person_reaches_back_to_their_departure(read: Reader) -> None:
    doc = read("有媒体报道称，月光智能公司CEO张伟将离职。月光智能公司回应称，张伟离职的消息不实。")
    assert {e.modality for e in doc.of_type("departure")} == {"denied"}


def test_a_denial_of_something_else_leaves_an_earlier_event_alone(read: Reader) -> None:
    doc = read("星云科技公司完成5亿元B轮融资。另据报道，月光智能公司否认了被收购的传闻。")
    assert doc.one("funding").modality == "asserted"


def test_a_denial_of_its_own_rumour_leaves_an_earlier_report_about_others_alone(read: Reader) -> None:
    doc = read("知情人士称，腾讯CFO林静已提出辞职。百度否认了其CTO李明远离职的传闻。")
    modality = {doc.name(e.person): e.modality for e in doc.of_type("departure")}
    assert modality == {"林静": "rumored", "李明远": "denied"}


def test_a_statement_denying_an_unnamed_title_denies_the_named_report_of_it(read: Reader) -> None:
    doc = read(
        "星云科技公司澄清称，关于本公司某执行董事将辞职的传闻不实。"
        "此前有媒体报道称，星云科技公司联合创始人、董事会秘书张伟将辞去董事会秘书职务。"
    )
    departure = doc.one("departure")  # the unnamed report is the named one, not a second departure
    assert (doc.name(departure.person), departure.modality) == ("张伟", "denied")


@pytest.mark.parametrize(
    ("text", "departure"),
    [
        ("陈浩近日被曝已离开星澜科技，云图智能方面否认其加盟。", "rumored"),
        ("陳浩已從星瀾科技離職，雲圖智能否認將收購星瀾科技。", "asserted"),
    ],
)
def test_a_denial_with_its_own_act_after_it_leaves_an_earlier_clause_alone(
    read: Reader, text: str, departure: str
) -> None:
    """ "X被曝已离开Y，Z否认其加盟": the denial takes the joining as its object; the leaving told before it stays as
    told, only the act of another kind after the denial is denied."""
    doc = read(text)
    assert doc.one("departure").modality == departure
    assert {e.modality for e in doc.events if e.type != "departure"} == {"denied"}


@pytest.mark.parametrize(
    "text", ["据悉，星澜科技将裁员两成，星澜科技否认裁员传闻。", "網傳星瀾科技已裁員，星瀾科技予以否認。"]
)
def test_a_denial_of_the_same_kind_of_act_in_a_later_clause_denies_it(read: Reader, text: str) -> None:
    assert read(text).one("layoff").modality == "denied"


def test_a_denial_naming_another_kind_of_event_leaves_a_report_alone(read: Reader) -> None:
    doc = read("有消息称，星云科技公司将与月光智能公司合作。星云科技公司表示，收购传闻不实。")
    assert doc.one("partnership").modality == "rumored"


def test_a_rumoured_departure_the_article_says_took_place_is_asserted(read: Reader) -> None:
    doc = read(
        "7月中旬，最先曝出来的消息是张伟即将从星云科技公司辞职创业，然而10月底，他就已经加入了月光智能公司。",
        published=date(2024, 12, 1),
    )
    departure = doc.one("departure")
    assert (doc.name(departure.to_org), departure.modality) == ("月光智能", "asserted")
    assert doc.one("appointment").modality == "asserted"  # 然而 ends the rumour's reach


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("市场传闻星云科技公司将赴港上市，公司回应称暂无赴港上市的计划。", "listing"),
        ("网传星云科技公司将裁员。对此，星云科技公司回应称，暂无相关计划。", "layoff"),
    ],
)
def test_no_plan_for_now_denies_the_rumour(read: Reader, text: str, event_type: str) -> None:
    assert read(text).one(event_type).modality == "denied"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("据知情人士透露，星云科技CTO张伟已离职。对此，星云科技方面暂无回应。", "rumored"),
        ("據知情人士透露，星雲科技技術長張偉已離職。對此，星雲科技方面暫無回應。", "rumored"),
        ("据知情人士透露，星云科技CTO张伟已离职。关于张伟的去向，目前尚无确切消息。", "rumored"),
        ("星云科技CTO张伟已离职。截至发稿，星云科技尚无进一步回应。", "asserted"),
        # A denial word with the report as its object still denies.
        ("据知情人士透露，星云科技CTO张伟已离职。对此，星云科技方面称并无此事。", "denied"),
    ],
)
def test_no_answer_yet_leaves_the_report_as_it_was(read: Reader, text: str, modality: str) -> None:
    """ "暂无回应" says the firm has not answered; it denies nothing."""
    assert read(text).one("departure").modality == modality


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("网传星云科技公司将裁员，星云科技公司相关人士表示：“没有这回事。”", "layoff"),
        ("網傳星雲科技公司將裁員。對此，星雲科技公司回應稱，純屬捕風捉影。", "layoff"),
        ("网传星云科技公司将赴港上市，星云科技公司回应：没这回事。", "listing"),
        ("有消息称星云科技公司将裁员。星云科技公司表示，绝无此事。", "layoff"),
    ],
)
def test_a_rumour_answered_in_plain_words_is_denied(read: Reader, text: str, event_type: str) -> None:
    """ "没有这回事", "并无此事" and "捕风捉影" deny a rumour as "消息不实" does."""
    assert read(text).one(event_type).modality == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "报告期内，公司无此事项，星云科技已于2020年在科创板上市。",
        "本年度月光智能无此事宜需披露，公司去年裁员约300人。",
    ],
)
def test_a_filing_saying_an_item_does_not_apply_denies_nothing(read: Reader, text: str) -> None:
    """ "无此事项" tells a kind of item a report has none of, no rumour answered: the sentence's event stands."""
    assert [e.modality for e in read(text).events] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("网传月光智能将赴港上市，月光智能回应：假的。", "denied"),
        ("有消息称月光智能本月裁员两成。月光智能创始人张伟回复称“假的”。", "denied"),
        ("網傳月光智能將裁員兩成，月光智能回應：「假的」", "denied"),
        # 假的 inside a clause is no reply to the report.
        ("星云科技裁员两成，公司称此前流传的招聘广告是假的。", "asserted"),
        ("星云科技裁员两成，有员工表示假的离职证明不少见。", "asserted"),
    ],
)
def test_a_one_word_reply_calling_a_report_false_denies_it(read: Reader, text: str, modality: str) -> None:
    """ "假的" denies as the whole of a reply ("X回应：假的"), not as a word of a clause."""
    assert {e.modality for e in read(text).events} == {modality}


def test_a_rumour_a_later_sentence_confirms_is_asserted(read: Reader) -> None:
    doc = read("网传星云科技公司联合创始人张伟已离职。星云科技公司随后证实了上述消息。")
    assert doc.one("departure").modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "据悉，星云科技公司联合创始人张伟已离职，公司方面随后证实了此事。",
        "有报道称星云科技公司联合创始人张伟已离职。对此，星云科技公司回应称，张伟已于上月离职。",
    ],
)
def test_a_rumour_the_company_confirms_in_the_same_or_an_answering_sentence_is_asserted(
    read: Reader, text: str
) -> None:
    assert read(text).one("departure").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "据悉，星云科技副总裁张伟传出请辞。星云科技昨晚发布公告称，张伟因个人原因辞任副总裁职务。",
            "asserted",
        ),
        ("有知情人士透露，星云科技CTO李强已离职。星云科技随后发布内部信，宣布李强辞去CTO职务。", "asserted"),
        # The article's own echo of the rumour, or an announcement still to come, tells nothing new.
        ("有知情人士透露，星云科技CTO李强已离职。李强离开星云科技后，其团队将被拆分。", "rumored"),
        ("有知情人士透露，星云科技CTO李强已离职。星云科技尚未公告，李强辞去CTO职务一事仍待确认。", "rumored"),
        ("有消息称，百度副总裁王磊已经离职。百度在内部邮件中表示，王磊已卸任副总裁一职。", "asserted"),
        # An announcement of another fact, with its own object, does not tell the echo after it.
        (
            "据知情人士透露，百度CTO王磊已离职。百度当天宣布推出新款芯片，王磊离职后由李明负责研发。",
            "rumored",
        ),
    ],
)
def test_a_rumour_a_later_announcement_tells_as_fact_is_asserted(
    read: Reader, text: str, modality: str
) -> None:
    """A lead's rumour the body tells in the company's own word ("X公告称，张三辞任…") happened."""
    assert read(text).one("departure").modality == modality


def test_a_plan_the_company_confirms_in_the_same_sentence_stays_a_plan(read: Reader) -> None:
    doc = read("据悉，星云科技公司将于明年裁员，公司方面证实了这一消息。")
    assert doc.one("layoff").modality == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "据悉，星云科技公司联合创始人张伟已离职，但公司尚未证实此事。",
        "据悉，星云科技公司联合创始人张伟已离职，一位知情人士证实了此事。",
        "有报道称星云科技公司联合创始人张伟已离职。对此，蓝海科技宣布李强加盟。",
    ],
)
def test_a_rumour_no_one_answering_for_the_company_confirms_stays_a_rumour(read: Reader, text: str) -> None:
    assert read(text).one("departure").modality == "rumored"


def test_an_answer_telling_another_persons_move_as_fact_leaves_the_rumour(read: Reader) -> None:
    doc = read("有消息称星云科技公司CTO张伟已离职。对此，星云科技公司回应称，离职的是副总裁李强。")
    modality = {doc.name(e.person): e.modality for e in doc.of_type("departure")}
    assert modality == {"张伟": "rumored", "李强": "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司被曝裁员三成。",
        "星云科技公司被曝裁员三成。截至发稿，星云科技公司未对此消息予以确认。",
    ],
)
def test_a_reported_exposure_is_a_rumour_until_confirmed(read: Reader, text: str) -> None:
    assert read(text).one("layoff").modality == "rumored"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("有訊息稱，星雲科技將於下月裁員兩成。", "rumored"),
        ("據訊息人士透露，星雲科技本月裁員三百人。", "rumored"),
        ("網傳星雲科技將裁員兩成。對此，星雲科技回應稱該訊息為假訊息。", "denied"),
    ],
)
def test_taiwan_wording_of_news_and_rumour_is_read(read: Reader, text: str, modality: str) -> None:
    """Taiwan writes 訊息 for 消息: the rumour and the denial cues hold in its wording too."""
    assert read(text).one("layoff").modality == modality


@pytest.mark.parametrize(
    "text",
    [
        "星雲科技執行長張偉傳出將退休，公司澄清「純屬臆測」。",
        "星云科技CEO张伟将退休的传闻甚嚣尘上。星云科技表示，相关消息纯属猜测。",
    ],
)
def test_a_report_called_mere_speculation_is_denied(read: Reader, text: str) -> None:
    assert read(text).one("departure").modality == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司澄清：所谓裁员实为正常的绩效考核。",
        "网传星云科技公司裁员两成。对此，星云科技公司回应称，系正常的人员流动。",
        "网传星云科技公司裁员两成。对此，星云科技公司回应称，这是正常的组织架构调整。",
    ],
)
def test_an_answer_calling_the_layoff_something_ordinary_denies_it(read: Reader, text: str) -> None:
    assert read(text).one("layoff").modality == "denied"


def test_an_answer_calling_a_departure_ordinary_does_not_deny_it(read: Reader) -> None:
    doc = read("网传星云科技公司联合创始人张伟已离职。对此，星云科技公司回应称，系正常的人员流动。")
    assert doc.one("departure").modality != "denied"


@pytest.mark.parametrize(
    "text",
    [
        "对于裁员传闻，星云科技公司方面表示不予置评。",
        "有媒体报道星云科技公司大模型团队裁员。",
    ],
)
def test_a_layoff_others_report_unanswered_is_a_rumour(read: Reader, text: str) -> None:
    assert read(text).one("layoff").modality == "rumored"


@pytest.mark.parametrize(
    "text",
    [
        "张伟本人在朋友圈辟谣称，自己并未离开星云科技公司。",
        "有消息称星云科技公司CTO张伟已离职。对此，星云科技公司回应称，张伟目前仍在公司正常工作。",
    ],
)
def test_a_departure_answered_as_not_having_happened_is_denied(read: Reader, text: str) -> None:
    assert read(text).one("departure").modality == "denied"


@pytest.mark.parametrize("text", ["张伟表示，自己从未离开过星云科技公司。", "星云科技公司CTO张伟尚未离职。"])
def test_a_negated_leaving_that_answers_no_report_is_no_departure(read: Reader, text: str) -> None:
    assert read(text).of_type("departure") == []


def test_an_announcements_pledge_of_truth_denies_nothing(read: Reader) -> None:
    """Listed companies open announcements with a pledge that they hold no false record ("并无虚假记载"): it
    vouches for what follows, it answers no report."""
    doc = read("星云科技关于全资子公司月光智能拟中标的公告。全体董事确认，所披露信息并无虚假记载或重大遗漏。")
    assert [e.modality for e in doc.events] == ["planned"]


@pytest.mark.parametrize(
    "text", ["星云科技创始人张伟表示，公司三年内不考虑上市。", "星云科技暂不打算赴港上市。"]
)
def test_a_listing_the_company_does_not_consider_is_denied(read: Reader, text: str) -> None:
    """ "不考虑上市", "不打算上市": the company says it will not list, no plan of one."""
    assert read(text).one("listing").modality == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "据接近星云科技的人士透露，公司计划明年裁员。",
        "星云科技内部人士称，公司下月将裁员。",
        "市场盛传星云科技将于年底裁员。",
    ],
)
def test_an_unnamed_source_close_to_the_firm_or_talk_in_the_market_is_a_rumour(
    read: Reader, text: str
) -> None:
    assert read(text).one("layoff").modality == "rumored"


@pytest.mark.parametrize(
    "text",
    [
        "证监会对星云科技内部人士交易展开调查，该公司已于去年裁员三成。",
        "星云科技严禁内部人士在裁员消息公布前买卖股票，公司已于上月裁员三成。",
    ],
)
def test_insiders_who_trade_are_no_source_of_a_rumour(read: Reader, text: str) -> None:
    """内部人士 is a source only when saying something (内部人士称, 据内部人士); as those trading on inside
    knowledge they tell no rumour."""
    assert read(text).one("layoff").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("星云科技今年将扩大招聘。此前有媒体报道称公司将裁员。", "rumored"),
        ("星云科技CEO张伟表示，公司今年将扩大招聘。此前有媒体报道称公司将裁员，张伟对此予以否认。", "denied"),
    ],
)
def test_the_company_a_report_word_is_followed_by_is_the_article_s(
    read: Reader, text: str, modality: str
) -> None:
    """ "报道称公司将裁员": 公司 after a word of reporting stands alone and refers back to the article's company."""
    doc = read(text)
    event = doc.one("layoff")
    assert (doc.name(event.org), event.modality) == ("星云科技", modality)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("月光智能在回应中称相关报道失实，公司本月已完成B轮融资。", "funding"),
        ("月光智能表示，部分媒体的报道不属实，公司上月已在港交所挂牌上市。", "listing"),
        ("月光智能回应稱相關報導不實，公司已於上月完成A輪融資。", "funding"),
    ],
)
def test_a_report_judged_false_denies_no_event_a_later_clause_tells_done(
    read: Reader, text: str, kind: str
) -> None:
    """ "X称相关报道失实，公司已完成B轮融资": the judgement is of the report named before it; the clause after it,
    telling its event done (已), is the answer's own fact."""
    assert read(text).one(kind).modality == "asserted"


@pytest.mark.parametrize("text", ["月光智能否认，其CTO张伟已经离职。", "网传月光智能已裁员三成的消息失实。"])
def test_a_denial_taking_the_clause_after_it_still_denies_it(read: Reader, text: str) -> None:
    """ "X否认，其CTO已离职": 否认 takes the clause after it as what it denies; a judgement after the event
    ("…的消息失实") judges it."""
    doc = read(text)
    assert [e.modality for e in doc.events] == ["denied"]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技公司中标东岭市智慧路灯项目。截至本公告日，星云科技尚未收到中标通知书。",
        "星云科技公司入围东岭市智慧路灯项目。若公示期内收到有效投诉，公司仍有未能中标的可能。",
        "星云科技公司拿下东岭港扩建项目的标段。该结果需经业主复核，公司存在不能中标的风险。",
    ],
)
def test_a_bid_notice_s_risk_warning_denies_no_bid(read: Reader, text: str) -> None:
    """A notice not yet received (尚未收到中标通知书) and a risk told (仍有未能中标的可能, 存在不能中标的风险) leave
    the bid the public notice names standing; a bid lost plainly is denied."""
    assert read(text).one("partnership").modality != "denied"
    assert read("星云科技公司未能中标该项目。").one("partnership").modality == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技回应称，陈浩确已离职，但李强离职一事不实。",
        "據悉陳浩已於上月離職，但李強離職一事純屬謠言。",
    ],
)
def test_a_denial_after_a_contrast_denies_the_other_persons_move_told_there(read: Reader, text: str) -> None:
    """A clause a contrast opens that names another person's move before a denial cue denies that move only: the
    one told before the contrast stands."""
    doc = read(text)
    modality = {doc.name(e.person): e.modality for e in doc.of_type("departure")}
    assert modality["李强"] == "denied" and modality["陈浩"] != "denied"


@pytest.mark.parametrize(
    "text",
    [
        "网传北辰智能将收购星云科技，但星云科技表示北辰智能收购一事纯属谣言。",
        "網傳北辰智能將收購星雲科技,但星雲科技表示北辰智能收購一事純屬謠言。",
    ],
)
def test_a_contrast_naming_only_the_trigger_s_own_parties_denies_its_event(read: Reader, text: str) -> None:
    """The contrast clause names no one else (and may follow a Latin comma): its denial is the trigger's own."""
    assert read(text).one("acquisition").modality == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "外界曾认为两家公司不可能合作，但星云科技最终与北辰智能签署了战略合作协议。",
        "外界曾認為兩家公司不可能合作，但星雲科技最終與北辰智能簽署了戰略合作協議。",
    ],
)
def test_a_denial_a_later_contrast_overturns_tells_the_act_done(read: Reader, text: str) -> None:
    """不可能 before the trigger is taken back by a clause a contrast opens telling a deal of the same kind."""
    assert read(text).one("partnership").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("星云科技公司并未收购北辰智能公司，但收购了月光科技公司。", "acquisition"),
        ("星雲科技公司不會與北辰智能公司合作，但已與月光科技公司簽署合作協議。", "partnership"),
    ],
)
def test_a_contrast_telling_another_party_s_deal_leaves_the_denial(
    read: Reader, text: str, kind: str
) -> None:
    """The contrast clause names a party the denied clause does not: another deal, the denied one stays denied."""
    doc = read(text)
    modality = {doc.name(e.participants()[-1][1]): e.modality for e in doc.of_type(kind)}
    assert modality.get("北辰智能") == "denied"
