"""Shapes in which news reports a job change, in invented sentences: which organisation a person left and
where they went when the words around the trigger say it in other orders than "张三离开X，加入Y"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import Read

Reader = Callable[..., Read]


def _moves(doc: Read) -> set[tuple[str | None, str | None, str | None]]:
    """Who left which organisation for which, by name."""
    return {(doc.name(e.person), doc.name(e.org), doc.name(e.to_org)) for e in doc.of_type("departure")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟从星云科技跳槽至蓝海科技。",
        "星云科技首席架构师张伟跳槽蓝海科技。",
        "星云科技原首席运营官张伟跳槽到蓝海科技。",
        "星云科技CEO张伟已于上月辞职，转战蓝海科技出任CTO。",
        "星雲科技執行長張偉已於上月請辭，轉戰藍海科技出任技術長。",
    ],
)
def test_moving_on_names_the_destination_after_the_word(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技副总裁张伟离职后转战蓝海科技。",
        "星云科技副总裁张伟离职，转战对手蓝海科技担任总裁。",
        "星雲科技副總裁張偉已離開星雲科技，轉戰藍海科技。",
        "星云科技副总裁张伟离职，改投蓝海科技。",
    ],
)
def test_moving_on_to_another_organisation_names_the_destination(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟2019年加入星云科技。近日他离开星云科技，将加入蓝海科技担任首席技术官。",
        "张伟2019年加入星云科技。近日她已从星云科技离职，随后加盟蓝海科技。",
        "張偉2019年加入星雲科技。近日他離開星雲科技，將加入藍海科技擔任技術長。",
        # A headline's gap between the clauses belongs to neither: the search for the pronoun still steps back.
        "张伟2019年加入星云科技。他已离开星云科技 将加入蓝海科技担任首席技术官。",
        "張偉2019年加入星雲科技。他已離開星雲科技 將加入藍海科技擔任技術長。",
    ],
)
def test_a_pronouns_move_goes_on_in_the_next_clause_with_its_subject_left_out(
    read: Reader, text: str
) -> None:
    """The clause after one a pronoun opens, naming no one, is still about that person: the post it joins
    is where they went."""
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "北辰智能董事长李娜出席活动。她表示，上月加入公司的首席科学家表现出色。",
        "北辰智能董事長李娜出席活動。她表示，上月加入公司的首席科學家表現出色。",
        "北辰智能董事长李娜出席活动。她透露，团队中已有多位工程师加入北辰智能。",
    ],
)
def test_a_clause_with_a_subject_of_its_own_does_not_go_on_with_the_pronoun(read: Reader, text: str) -> None:
    """A clause whose word has its own subject (a title its phrase describes, a count of people) is about them,
    not about the pronoun before: no appointment of 李娜."""
    assert read(text).of_type("appointment") == []


@pytest.mark.parametrize(
    "text",
    [
        "据悉，张伟将转战自动驾驶领域。",
        "李强离开星云科技后转战新能源赛道。",
        "星云科技创始人李强宣布改投大模型方向。",
        "張偉隨後轉戰海外市場。",
    ],
)
def test_moving_on_to_a_field_or_a_market_is_no_arrival(read: Reader, text: str) -> None:
    assert read(text).of_type("appointment") == []


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("星云科技首席技术官张伟离职，副总裁李强则加盟了蓝海科技。", {("张伟", "星云科技", None)}),
        (
            "星云科技首席技术官张伟离职，李强也已离开星云科技，转投蓝海科技。",
            {("张伟", "星云科技", None), ("李强", "星云科技", "蓝海科技")},
        ),
    ],
)
def test_another_persons_arrival_is_not_where_the_one_leaving_went(
    read: Reader, text: str, moves: set[tuple[str, str, str | None]]
) -> None:
    assert _moves(read(text)) == moves


def test_a_removal_from_a_post_leaves_the_organisation_named_in_it(read: Reader) -> None:
    assert _moves(read("张伟被免去星云科技总裁职务。")) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "张伟曾任职于蓝海科技，2019年加入星云科技，去年离开。",
        "张伟先后在腾讯、阿里巴巴任职，2020年加盟星云科技，上个月宣布离职。",
    ],
)
def test_leaving_after_a_career_told_in_order_leaves_the_last_organisation_joined(
    read: Reader, text: str
) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "曾任蓝海科技首席科学家的张伟，现为星云科技CTO，据悉已于近日离职。",
        "曾任藍海科技首席科學家的張偉，現為星雲科技技術長，日前已請辭。",
        "前蓝海科技副总裁、现任星云科技总裁的张伟近日离职。",
    ],
)
def test_a_former_post_describing_the_leaver_is_not_the_post_left(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "近日，星云科技首席技术官张伟离职。张伟曾任职于腾讯、阿里巴巴，2019年加入星云科技。",
        "张伟曾任蓝海科技副总裁，2019年加盟星云科技。本月，张伟离开了星云科技。",
        "張偉曾任藍海科技副總裁，2019年加盟星雲科技。本月，張偉離開了星雲科技。",
    ],
)
def test_a_career_told_in_another_sentence_than_the_leaving_is_no_move_of_the_article(
    read: Reader, text: str
) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟近日离职。他是蓝海科技前副总裁，2020年加入星云科技担任副总裁。",
        "張偉近日離職。他是藍海科技前副總裁，2020年加入星雲科技擔任副總裁。",
    ],
)
def test_a_bare_leaving_leaves_the_post_still_held_not_a_former_one_told_first(
    read: Reader, text: str
) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟已加盟星云科技任CTO。张伟此前是蓝海科技副总裁，近日离职。",
        "張偉已加盟星雲科技任CTO。張偉此前是藍海科技副總裁，近日離職。",
    ],
)
def test_a_bare_leaving_after_the_new_post_is_told_leaves_the_earlier_employer(
    read: Reader, text: str
) -> None:
    """The post held now may be the new one a move led to: the leaving is from the employer before it."""
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技2日宣布，执行长张伟退休。张伟2010年加入蓝海科技，2015年成为蓝海科技执行长，2020年回到星云科技。",
        "星雲科技2日宣布，執行長張偉退休。張偉2010年加入藍海科技，2015年成為藍海科技執行長，2020年回到星雲科技。",
        "星云科技宣布，首席技术官张伟已辞职。他于2012年加入蓝海科技，2016年出任蓝海科技首席技术官。",
    ],
)
def test_a_leaving_whose_sentence_states_the_post_leaves_it_not_a_career_post_told_after(
    read: Reader, text: str
) -> None:
    """The post the leaving's own sentence gives the person is the one left; a career told after it (a post
    held since its year, as far as it says) neither is the organisation left nor, joined years before, the
    destination."""
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技宣布，执行长张伟退休。张伟1995年进入星云科技，2009年离开星云科技，加入蓝海科技，2021年重返星云科技。",
        "星雲科技宣布，執行長張偉退休。張偉1995年進入星雲科技，2009年離開星雲科技，加入藍海科技，2021年重返星雲科技。",
    ],
)
def test_leaving_one_organisation_twice_years_apart_is_two_departures(read: Reader, text: str) -> None:
    """A career that left an organisation and came back: the leaving now has no destination of the earlier one."""
    assert _moves(read(text)) == {("张伟", "星云科技", None), ("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "前星云科技副总裁张伟已于2019年离开星云科技。今年3月，张伟离开星云科技后创办的蓝海数据完成融资。",
        "张伟2018年离开星云科技。2024年，记者再次采访了离开星云科技的张伟。",
    ],
)
def test_a_leaving_for_nowhere_named_told_again_years_later_is_one_departure(read: Reader, text: str) -> None:
    """The later report refers back to the one leaving: no second stint, which needs a move elsewhere first."""
    assert len(read(text).of_type("departure")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "张伟在2009年离开，加入蓝海科技，2012年成为月影智能执行长。",
        "张伟于2015年辞职，随后出任月影智能总裁。",
    ],
)
def test_a_post_become_after_the_leaving_is_not_the_one_left(read: Reader, text: str) -> None:
    assert "月影智能" not in {org for _, org, _ in _moves(read(text))}


@pytest.mark.parametrize("text", ["百度智能云事业群总裁张伟离职。", "百度智能雲事業群總裁張偉離職。"])
def test_a_company_known_by_its_units_name_is_the_one_left(read: Reader, text: str) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "百度智能云")}


def test_leaving_that_closes_a_time_clause_has_no_object(read: Reader) -> None:
    doc = read("张伟2015年加入星云科技，去年离开后创办了蓝海科技。")
    assert _moves(doc) == {("张伟", "星云科技", None)}


def test_an_arrival_announced_by_an_organisation_is_at_that_organisation(read: Reader) -> None:
    doc = read("蓝海科技宣布，星云科技前副总裁张伟加盟，担任首席运营官。")
    assert _moves(doc) == {("张伟", "星云科技", "蓝海科技")}
    assert ("张伟", "蓝海科技") in {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("appointment")}


@pytest.mark.parametrize(
    "text",
    [
        "蓝海科技宣布张伟加盟，担任首席运营官。",
        "蓝海科技今日官宣工程师张伟正式加盟。",
        "蓝海科技宣佈張偉加盟。",
    ],
)
def test_an_arrival_announced_in_its_own_clause_is_at_the_announcer(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.name(doc.one("appointment").org) == "蓝海科技"


@pytest.mark.parametrize("text", ["蓝海科技去年找来了张伟加盟。", "蓝海科技找來了張偉加盟。"])
def test_an_organisation_bringing_in_an_arrival_is_the_one_joined(read: Reader, text: str) -> None:
    doc = read(text)
    assert doc.name(doc.one("appointment").org) == "蓝海科技"


def test_bringing_in_someone_for_a_task_is_no_arrival(read: Reader) -> None:
    assert read("蓝海科技找来律师张伟处理此事。").of_type("appointment") == []


def test_a_person_announcing_their_own_move_names_no_announcer(read: Reader) -> None:
    doc = read("蓝海科技的发布会上，张伟宣布加盟。")
    assert doc.one("appointment").org is None


def test_the_organisation_marked_as_the_origin_is_the_one_left(read: Reader) -> None:
    doc = read("张伟曾在蓝海科技工作，后加入星云科技，近日从星云科技离职。")
    assert _moves(doc) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "张伟宣布退出星云科技董事会。",
        "张伟已于上月离开星云科技董事局。",
        "張偉宣佈退出星雲科技董事會。",
    ],
)
def test_leaving_a_companys_board_leaves_the_company(read: Reader, text: str) -> None:
    # A board word names the company's own board, not a unit with a name of its own ("X团队").
    assert {(m[0], m[1]) for m in _moves(read(text))} in ({("张伟", "星云科技")}, {("張偉", "星雲科技")})


def test_a_business_records_site_is_the_source_not_the_employer(read: Reader) -> None:
    doc = read("天眼查显示，星云科技近日发生工商变更，张伟卸任董事长。")
    assert _moves(doc) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技董事长张伟已向董事会递交辞呈。",
        "星云科技董事长张伟已提出辞呈。",
        "星云科技创始人张伟正式交棒，由李强出任首席执行官。",
        "星云科技创始人张伟宣布隐退。",
        "执掌星云科技二十年的张伟今年荣休。",
        "张伟因任期届满退任星云科技独立董事。",
        "张伟与星云科技分道扬镳。",
        "张伟被调离星云科技核心管理层。",
        "星雲科技公佈，行政總裁張偉已呈辭，即時生效。",
    ],
)
def test_other_words_for_leaving_a_post(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "张伟辞星云科技董事长职务。",
        "張偉辭星雲科技主席一職。",
        "张伟辞星云科技首席执行官职位，专注个人项目。",
        # 辞 and 遭 after a name are no part of it (LAC glues them on: 张伟辞, 张伟遭).
        "星云科技首席技术官张伟遭解雇。",
    ],
)
def test_a_bare_resignation_word_before_a_post_closed_by_its_word_is_a_departure(
    read: Reader, text: str
) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "张伟在星云科技年会上致辞。",
        "张伟婉辞星云科技董事长一职。",
        "张伟推辞了星云科技董事长职务。",
    ],
)
def test_a_bare_resignation_word_in_another_word_or_declining_a_post_is_none(read: Reader, text: str) -> None:
    assert _moves(read(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "星云科技首席营销官张伟昨日提交了辞呈。",
        "星云科技董事会已接受首席营销官张伟的辞呈。",
        "星雲科技行銷長張偉日前遞交了辭呈。",
    ],
)
def test_a_resignation_letter_handed_in_or_accepted_is_a_departure(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


def test_a_resignation_letter_turned_down_is_no_departure(read: Reader) -> None:
    assert read("星云科技董事会拒绝了首席营销官张伟的辞呈。").of_type("departure") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技首席执行官张伟表示，公司将退出欧洲市场。",
        "张伟称，星云科技不会退出手机业务。",
        "星云科技总裁张伟今日在发布会上表示，公司不会离开中国市场。",
        "張偉表示，星雲科技將退出歐洲市場。",
    ],
)
def test_an_organisation_leaving_a_market_is_no_departure_of_the_speaker(read: Reader, text: str) -> None:
    assert read(text).of_type("departure") == []


@pytest.mark.parametrize(
    "text",
    [
        "张伟从星云科技离职，随后与李强一同加盟蓝海科技。",
        "張偉從星雲科技離職，隨後與李強一同加盟藍海科技。",
    ],
)
def test_a_companion_of_the_arrival_does_not_take_it_from_the_one_leaving(read: Reader, text: str) -> None:
    assert ("张伟", "星云科技", "蓝海科技") in _moves(read(text))


def test_a_company_approving_a_resignation_names_the_one_leaving(read: Reader) -> None:
    doc = read("星云科技首席技术官张伟证实，公司已批准其辞职。")
    assert {(p, o) for p, o, _ in _moves(doc)} == {("张伟", "星云科技")}


def test_a_company_denying_it_received_a_resignation_reports_none(read: Reader) -> None:
    assert read("星云科技澄清，公司未收到任何执行董事的辞呈。").of_type("departure") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技董事会不接受首席营销官张伟的辞呈，并挽留其继续任职。",
        "星云科技表示，董事会尚未收到首席营销官张伟的辞呈。",
        "星雲科技董事會不接納首席營銷官張偉的辭呈。",
    ],
)
def test_a_resignation_not_accepted_or_not_received_reports_none(read: Reader, text: str) -> None:
    assert read(text).of_type("departure") == []


@pytest.mark.parametrize(
    "text",
    [
        "澜舟汽车总裁李强已经离职，与他一同离开的还有首席技术官张伟和副总裁王芳。",
        "澜舟汽车总裁李强已经离职。同时离职的还有首席技术官张伟和副总裁王芳。",
        "瀾舟汽車總裁李強已經離職，隨他出走的還有技術長張偉及副總裁王芳。",
    ],
)
def test_people_named_after_those_who_also_left_left_too(read: Reader, text: str) -> None:
    moves = _moves(read(text))
    assert {(p, o) for p, o, _ in moves} == {("李强", "澜舟汽车"), ("张伟", "澜舟汽车"), ("王芳", "澜舟汽车")}


@pytest.mark.parametrize(
    "text",
    [
        "今年已有多名高管离开星云科技，而选择留下的还有李强和王刚。",
        "星云科技近期有高管离职，出席本次发布会的还有蓝海科技总裁李强。",
        "星雲科技近期有高管離職，出席本次發佈會的還有藍海科技總裁李強。",
    ],
)
def test_people_listed_in_another_clause_did_something_else(read: Reader, text: str) -> None:
    assert {person for person, _, _ in _moves(read(text))} <= {None}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("星云科技今年已有两位高管出走：张伟和李强。", {"张伟", "李强"}),
        ("今年多家公司均有高管离职，其中星云科技首席技术官张伟已加盟蓝海科技。", {"张伟"}),
        ("今年第二位离开星云科技的高管是首席技术官张伟。", {"张伟"}),
        ("另一位出走的高管则是星云科技原副总裁李强。", {"李强"}),
    ],
)
def test_people_listed_after_a_plural_report_are_the_ones_who_left(
    read: Reader, text: str, people: set[str]
) -> None:
    assert {person for person, _, _ in _moves(read(text))} == people


@pytest.mark.parametrize(
    "text",
    [
        "张伟近日履新蓝海科技副总裁，此前他在星云科技任职八年。",
        "蓝海科技官宣，张伟正式加盟并出任首席科学家，他此前是星云科技的技术副总裁。",
        "张伟曾任星云科技副总裁，2019年加入蓝海科技。",
    ],
)
def test_a_past_post_elsewhere_beside_a_new_post_is_a_move(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "蓝海科技宣布，张伟正式加盟并出任首席技术官。此前，张伟曾任星云科技副总裁。",
        "张伟近日加入蓝海科技。公开资料显示，他此前是星云科技的技术副总裁。",
        "張偉近日加盟藍海科技，出任技術長。他過去在星雲科技任職八年。",
        "张伟出任蓝海科技首席科学家。此前他是星云科技的研究员。",
        # The time set off by a comma.
        "张伟近日加入蓝海科技，出任首席技术官。此前，他在星云科技担任副总裁。",
        "张伟出任蓝海科技首席科学家。此前，他是星云科技的研究员。",
        "張偉近日加盟藍海科技。此前，他在星雲科技負責視覺團隊。",
    ],
)
def test_a_past_post_told_after_a_new_post_is_a_move(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟跳槽至蓝海科技。他此前在星云科技负责自动驾驶业务。",
        "张伟已跳槽到蓝海科技，出任首席科学家。此前，他曾在星云科技带领视觉团队。",
        "張偉跳槽至藍海科技。他此前在星雲科技負責大模型研發。",
    ],
)
def test_a_past_post_told_after_a_move_with_no_place_left_is_where_from(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟跳槽至蓝海科技。李强此前在星云科技负责销售。",
        "张伟跳槽至蓝海科技。他曾在蓝海科技实习。",
    ],
)
def test_a_past_post_of_another_or_at_the_destination_leaves_a_move_from_nowhere_named(
    read: Reader, text: str
) -> None:
    assert _moves(read(text)) == {("张伟", None, "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟跳槽至蓝海科技，担任首席科学家。",
        "张伟跳槽至蓝海科技，出任自动驾驶事业部总经理。",
    ],
)
def test_a_post_taken_at_the_destination_of_a_move_is_no_post_left(read: Reader, text: str) -> None:
    assert [(e.org, e.role) for e in read(text).of_type("departure")] == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "张伟从星云科技跳槽至蓝海科技，担任首席科学家。",
        "張偉從星雲科技跳槽到藍海科技，擔任首席科學家。",
        "张伟近日从百度转投蓝海科技，担任首席科学家。",
    ],
)
def test_a_post_after_a_move_from_one_firm_to_another_is_taken_at_the_destination(
    read: Reader, text: str
) -> None:
    """The firm after 从 is the one left; the post word that follows the move gives a post where the person went."""
    doc = read(text)
    assert [doc.name(e.org) for e in doc.of_type("appointment")] == ["蓝海科技"]


@pytest.mark.parametrize(
    "text",
    [
        "张伟近日加盟蓝海科技，出任首席技术官。他过去在星云科技任职八年。",
        "張偉出任藍海科技執行長。此前他在星雲科技工作。",
    ],
)
def test_a_past_post_told_without_a_title_takes_not_the_new_posts(read: Reader, text: str) -> None:
    assert [e.role for e in read(text).of_type("departure")] == [None]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("据悉，张伟将加盟蓝海科技。他此前曾任星云科技副总裁。", "rumored"),
        ("網傳張偉將加盟藍海科技。他此前曾任星雲科技副總裁。", "rumored"),
        ("张伟近日加盟蓝海科技。他此前曾任星云科技副总裁。", "asserted"),
    ],
)
def test_a_past_post_told_after_a_rumoured_move_is_as_rumoured(
    read: Reader, text: str, modality: str
) -> None:
    assert [e.modality for e in read(text).of_type("departure")] == [modality]


@pytest.mark.parametrize(
    "text",
    [
        "连续输球之后，雷霆队主帅郑宇下课的呼声越来越高。",
        "星云科技CEO张伟辞职的呼声日益高涨。",
        "照目前的战绩，雷霆队主帅郑宇下课已是指日可待。",
        "在不少人看来，蓝海科技总裁李强离任只是时间问题。",
        "蓝海科技董事长李强马上要退休了。",
        "星云科技CTO林嘉禾眼看就要卸任。",
    ],
)
def test_a_leaving_called_for_or_expected_has_not_happened(read: Reader, text: str) -> None:
    """A leaving others call for ("下课的呼声") or see coming ("指日可待", "只是时间问题", "马上要") is still to
    come: the sentence tells no one has left."""
    assert [e.modality for e in read(text).of_type("departure")] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "张伟离职三个月后，星云科技推出了新的大模型。",
        "在CTO林嘉禾辞职半年之后，蓝海科技才找到接替人选。",
        "星云科技COO李强卸任两周后，公司股价回升。",
    ],
)
def test_a_span_counted_from_a_leaving_tells_it_has_happened(read: Reader, text: str) -> None:
    """ "N后" right after the leaving word counts from the leaving, which lies before what follows, not from the
    day the article appears: the person has left."""
    assert [e.modality for e in read(text).of_type("departure")] == ["asserted"]


def test_a_leaving_dated_some_time_ahead_is_still_planned(read: Reader) -> None:
    """A span before the word, or one a verb follows, dates the leaving itself: it is still to come."""
    doc = read("星云科技CFO张伟将于三个月后离职。")
    assert [e.modality for e in doc.of_type("departure")] == ["planned"]


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("星云科技宣布，张伟将接替李强出任首席执行官。", "appointment", "planned"),
        ("蓝海科技副总裁王芳拟接替林嘉禾担任首席财务官。", "appointment", "planned"),
        ("星云科技CTO张伟即将离开星云科技加盟华为。", "appointment", "planned"),
        # The chain told as done, or denied, is read so as a whole.
        ("星云科技宣布，张伟已接替李强出任首席执行官。", "appointment", "asserted"),
        ("星云科技表示，张伟并未接替李强出任首席执行官。", "appointment", "denied"),
    ],
)
def test_a_cue_before_a_chain_of_moves_scopes_every_verb_of_it(
    read: Reader, text: str, event_type: str, modality: str
) -> None:
    """The one a verb of the chain acts on ("接替李强", "离开星云科技") stands between the cue and the next verb
    ("出任", "加盟") without being a participant the cue is about: "将接替李强出任CEO" is a plan."""
    assert [e.modality for e in read(text).of_type(event_type)] == [modality]


@pytest.mark.parametrize(
    "text",
    [
        "星河智能宣布，王五将出任公司首席技术官，接替李四。",
        "星河智能宣佈，王五將出任公司技術長，接替李四。",
        "蓝海科技副总裁王芳拟担任首席财务官，接替林嘉禾。",
    ],
)
def test_a_clause_going_on_with_a_planned_move_is_planned_too(read: Reader, text: str) -> None:
    """ "，接替李四" has no subject nor cue of its own: 将 before the first verb scopes it too, so the one appointment
    the two verbs tell stays a plan."""
    assert [e.modality for e in read(text).of_type("appointment")] == ["planned"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("云杉科技创始人张明将卸任首席执行官，由赵磊接任。", "planned"),
        ("雲杉科技創辦人張明將卸任執行長，由趙磊接任。", "planned"),
        ("据知情人士透露，张明将辞去云杉科技CEO一职，由赵磊接任。", "rumored"),
        ("云杉科技董事长张明将于年底退休，届时由总裁赵磊接任董事长。", "planned"),
        ("雲杉科技董事長張明將於年底退休，屆時由總裁趙磊接任董事長。", "planned"),
        ("张明已卸任云杉科技首席执行官，由赵磊接任。", "asserted"),
    ],
)
def test_a_successor_named_after_a_leaving_takes_the_post_as_it_is_left(
    read: Reader, text: str, modality: str
) -> None:
    """ "，由赵磊接任" names who takes the post the leaving frees: planned or rumoured as the leaving is."""
    assert [e.modality for e in read(text).of_type("appointment")] == [modality]


@pytest.mark.parametrize(
    "text",
    [
        "云杉科技CEO张明于昨日宣布辞职，由现任COO赵磊接任。",
        "雲杉科技執行長張明於昨日宣佈辭職，由現任營運長趙磊接任。",
        "张明已辞去云杉科技首席执行官，由首席科学家赵磊接替其职务。",
    ],
)
def test_a_successor_takes_the_post_left_not_the_one_they_hold(read: Reader, text: str) -> None:
    """ "，由现任COO赵磊接任" names no post taken: 赵磊 takes the CEO post 张明 frees; COO only describes him."""
    doc = read(text)
    assert [(doc.name(e.person), e.role) for e in doc.of_type("appointment")] == [("赵磊", "CEO")]


@pytest.mark.parametrize(
    "text",
    [
        "云杉科技创始人张明退休，将由赵磊接棒。",
        "雲杉科技創辦人張明退休，由趙磊接棒。",
        "云杉科技联合创始人张明卸任，由赵磊接任。",
    ],
)
def test_a_successor_of_a_founder_takes_no_founders_title(read: Reader, text: str) -> None:
    """Founding is no post freed: 赵磊 takes over 云杉科技, not the title of its founder."""
    doc = read(text)
    assert _posts(doc, "appointment") == {("赵磊", "云杉科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "张明辞去云杉科技CEO及CFO职务，其中CFO一职由赵磊接任。",
        "張明辭去雲杉科技CEO及CFO職務，其中CFO一職由趙磊接任。",
    ],
)
def test_a_post_written_alone_before_the_takeover_is_the_one_taken(read: Reader, text: str) -> None:
    """ "其中CFO一职由赵磊接任": the title stands alone, neither before his name nor after 现任, so it is the post
    taken, not a description of him to be replaced by a post the leaving frees."""
    doc = read(text)
    assert [(doc.name(e.person), e.role) for e in doc.of_type("appointment")] == [("赵磊", "CFO")]


def test_a_successor_takes_the_post_the_takeover_word_names(read: Reader) -> None:
    doc = read("云杉科技CTO张明已离职，COO赵磊将接任总裁。")
    assert [(doc.name(e.person), e.role) for e in doc.of_type("appointment")] == [("赵磊", "总裁")]


def test_a_leaving_told_done_inside_a_planned_chain_is_done(read: Reader) -> None:
    """已 right before the leaving word tells it done: 将 scopes the taking over only."""
    doc = read("星云科技宣布，张伟将接替已离职的李强出任首席执行官。")
    assert [(e.type, e.modality) for e in sorted(doc.events, key=lambda e: e.type)] == [
        ("appointment", "planned"),
        ("departure", "asserted"),
    ]


@pytest.mark.parametrize(
    "text",
    ["如果张伟已经离职，星云科技将另行任命首席技术官。", "一旦李强已辞去CEO一职，蓝海科技会立即公布人选。"],
)
def test_a_leaving_told_done_in_a_condition_is_no_fact(read: Reader, text: str) -> None:
    """已 tells a leaving done only where it describes someone ("已离职的李强"); a condition opening its own clause
    keeps it a prospect."""
    assert [e.modality for e in read(text).of_type("departure")] in ([], ["planned"])


def test_a_past_post_of_someone_the_article_tells_leave_is_their_biography(read: Reader) -> None:
    doc = read("张伟已从蓝海科技离职。张伟2019年加入蓝海科技。此前，他曾在星云科技工作八年。")
    assert _moves(doc) == {("张伟", "蓝海科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "张伟此前在蓝海科技担任首席技术官，近日出任蓝海科技总裁。",
        "张伟曾在星云科技任职，李强则加入了蓝海科技。",
        "张伟毕业于清华大学，曾任星云科技算法总监。",
        "张伟是知名的机器学习学者。此前，他在星云科技担任副总裁。",
    ],
)
def test_a_past_post_without_a_move_of_the_same_person_is_no_departure(read: Reader, text: str) -> None:
    assert read(text).of_type("departure") == []


@pytest.mark.parametrize(
    "text",
    [
        "张伟是星云科技的首席技术官。据悉，其已向董事会递交辞呈。",
        "星云科技首席技术官张伟近日现身论坛。知情人士透露，此人已离开星云科技。",
        "星雲科技技術長張偉近日未現身。據了解，其已於上月離職。",
        "张伟是星云科技的首席技术官。记者就此联系星云科技，对方未予回复。据悉，其已于上月离职。",
    ],
)
def test_a_pronoun_opening_the_clause_is_the_person_the_article_named_before(read: Reader, text: str) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟在采访中谈到了行业前景。其团队已退出该项目。",
        "张伟是星云科技的首席技术官。据悉，其妻子已于上月辞职。",
        "張偉是星雲科技的技術長。據悉，其助理已離職。",
    ],
)
def test_a_pronoun_owning_the_noun_after_it_is_not_the_one_leaving(read: Reader, text: str) -> None:
    assert {p for p, _, _ in _moves(read(text))} <= {None}


@pytest.mark.parametrize(
    "text",
    [
        "张伟是星云科技的首席执行官。星云科技近日发布公告。其已于上月退出欧洲市场。",
        "张伟于2020年创办了星云科技。该公司主营工业软件。据悉，其已退出俄罗斯市场。",
        "張偉是星雲科技的執行長。星雲科技近日發佈公告。其已於上月退出歐洲市場。",
    ],
)
def test_a_pronoun_after_a_sentence_about_an_organisation_is_the_organisations(
    read: Reader, text: str
) -> None:
    assert read(text).of_type("departure") == []


def test_a_pronoun_after_an_organisation_is_the_organisations(read: Reader) -> None:
    assert read("星云科技首席技术官张伟出席发布会。星云科技称，其将退出欧洲市场。").of_type("departure") == []


@pytest.mark.parametrize(
    "text",
    [
        "张伟是星云科技的元老。据知情人士透露，这位高管已经提交辞呈。",
        "张伟是星云科技的元老。首席执行官李强表示，该高管已经离职。",
    ],
)
def test_a_title_after_a_demonstrative_is_the_person_the_article_named_before(
    read: Reader, text: str
) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技首席技术官张伟在蓝海科技举办的论坛上宣布离职。",
        "张伟是星云科技的首席技术官。张伟在与蓝海科技的合作结束后离职。",
        "星云科技首席技术官张伟在蓝海科技入股后不久离职。",
    ],
)
def test_an_organisation_setting_the_scene_is_not_the_one_left(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技首席技术官张伟负责研发。在蓝海科技的订单大幅减少后张伟宣布辞职。",
        "星雲科技執行長張偉負責營運。隨著藍海科技推出自研晶片張偉選擇離開。",
        "星云科技副总裁张伟主管云业务。蓝海科技大幅降价后张伟提出辞职。",
    ],
)
def test_an_organisation_setting_the_scene_before_the_person_yields_to_their_post(
    read: Reader, text: str
) -> None:
    """An organisation in a phrase of its own before the leaver, in their clause with no comma, is where or
    when; the post the article gave the person tells the one left."""
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "张伟曾任蓝海科技副总裁。星云科技宣布首席技术官张伟离职。",
        "张伟曾任蓝海科技副总裁。在星云科技工作多年的张伟已离职。",
    ],
)
def test_an_organisation_announcing_or_describing_the_leaver_is_the_one_left(read: Reader, text: str) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技产品负责人张伟2021年入职，此前在蓝海科技任职。张伟近日被曝已离开，蓝海科技方面否认其回归。",
        "星雲科技技術長張偉曾在藍海科技任職。張偉近日被曝已離開，藍海科技方面否認其回歸。",
    ],
)
def test_an_organisation_in_a_later_clause_before_an_appointment_word_is_not_the_one_left(
    read: Reader, text: str
) -> None:
    """A leaving word's object stops at its clause even when an appointment word comes later in the sentence."""
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技首席技术官张伟负责研发。张伟带领团队为蓝海科技开发定制芯片后离职。",
        "星雲科技副總裁張偉負責銷售。張偉向藍海科技交付首批產品後宣布離職。",
        "星云科技CTO张伟负责研发。张伟因不满蓝海科技主导的重组方案而辞职。",
    ],
)
def test_an_organisation_between_the_leaver_and_the_word_in_a_phrase_of_its_own_yields_to_their_post(
    read: Reader, text: str
) -> None:
    """An organisation after the leaver that words of its own part from the leaving word is one they act for or
    on; the post the article gave them tells the one left."""
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


def test_an_organisation_the_resignation_is_handed_to_is_the_one_left(read: Reader) -> None:
    text = "张伟曾任蓝海科技副总裁。张伟近日向星云科技提交辞呈。"
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


def test_an_organisation_a_person_worked_at_before_leaving_is_the_one_left(read: Reader) -> None:
    assert _moves(read("张伟在星云科技工作十年后离职。")) == {("张伟", "星云科技", None)}


def test_a_clause_without_a_subject_continues_the_one_before_not_its_companion(read: Reader) -> None:
    doc = read("张伟与同事李强一起出席了发布会，随后宣布离职。")
    assert [doc.name(e.person) for e in doc.of_type("departure")] == ["张伟"]


@pytest.mark.parametrize(
    "text",
    [
        "赵宏达已于上周离职，蓝海科技尚未公布继任人选。",
        "赵宏达刚离职，蓝海科技就宣布由李四接任CTO。",
        "赵宏达上月离职，蓝海科技随即证实了这一消息。",
        "赵宏达离职的风波尚未平息，蓝海科技又登上了热搜。",
        # The firm's own answer to the move, told with a reacting word, is the firm left's.
        "赵宏达上周辞职，蓝海科技就相关事宜发布了说明。",
        "赵宏达辞职，蓝海科技随即发布内部信。",
        "赵宏达离职后，蓝海科技马上调整了组织架构。",
    ],
)
def test_the_organisation_opening_the_next_clause_is_the_one_left(read: Reader, text: str) -> None:
    assert ("赵宏达", "蓝海科技", None) in _moves(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CTO张伟已离职，但并未加盟蓝海科技。",
        "星云科技CTO张伟离职后没有加入蓝海科技。",
        "原星云科技副总裁张伟并未如传言所说加盟蓝海科技，而是另有任用。",
        "星云科技CTO张伟已离职。他否认将加盟蓝海科技。",
    ],
)
def test_a_joining_denied_is_no_destination_of_the_departure(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


def test_a_joining_told_stays_the_destination(read: Reader) -> None:
    assert _moves(read("星云科技CTO张伟离职后加入了蓝海科技。")) == {("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "赵宏达前脚刚退休，蓝海科技就开始动手，抢占支付市场。",
        "赵宏达刚辞职不久，华为便推出了新款手机。",
    ],
)
def test_an_organisation_opening_a_next_clause_of_another_doing_is_not_the_one_left(
    read: Reader, text: str
) -> None:
    assert _moves(read(text)) == {("赵宏达", None, None)}


def test_people_taking_posts_respectively_each_take_their_own(read: Reader) -> None:
    doc = read("王丽华、张志强分别担任蓝海科技的CEO和CTO。")
    posts = {(doc.name(e.person), e.role) for e in doc.of_type("appointment")}
    assert posts == {("王丽华", "CEO"), ("张志强", "CTO")}


def test_a_post_held_before_at_another_organisation_is_no_appointment(read: Reader) -> None:
    doc = read("孙建国，蓝海科技联合创始人，此前在云图科技担任副总裁。")
    assert not doc.of_type("appointment")


def test_a_former_post_glossed_in_brackets_is_left_for_the_one_joined(read: Reader) -> None:
    assert _moves(read("孙建国（蓝海科技前CTO）已加入云图科技。")) == {("孙建国", "蓝海科技", "云图科技")}


@pytest.mark.parametrize(
    "text",
    [
        "周立新曾在蓝海科技工作，现任云图科技CEO。",
        "周立新，曾任蓝海科技副总裁，现为云图科技合伙人。",
        "蓝海科技前副总裁周立新目前担任云图科技CEO。",
    ],
)
def test_a_post_held_now_after_a_past_one_is_a_move(read: Reader, text: str) -> None:
    doc = read(text)
    assert _moves(doc) == {("周立新", "蓝海科技", "云图科技")}
    assert {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("appointment")} == {
        ("周立新", "云图科技")
    }


@pytest.mark.parametrize(
    "text", ["周立新现任云图科技CEO。", "现任CEO周立新表示，赵宏达已离职。", "周立新目前担任云图科技CEO。"]
)
def test_a_post_held_now_alone_is_no_appointment(read: Reader, text: str) -> None:
    assert not read(text).of_type("appointment")


def test_a_past_post_describing_the_person_who_joins_is_left_for_it(read: Reader) -> None:
    assert _moves(read("曾任蓝海科技副总裁的孙建国近日加盟云图科技。")) == {
        ("孙建国", "蓝海科技", "云图科技")
    }


@pytest.mark.parametrize(
    "text",
    [
        "云图科技完成3亿元A轮融资。创始人周立新曾任蓝海科技副总裁，现任云图科技CEO。",
        "云图科技完成3亿元A轮融资。联合创始人周立新此前在蓝海科技担任技术总监，现为云图科技CTO。",
    ],
)
def test_a_founders_biography_is_no_move(read: Reader, text: str) -> None:
    doc = read(text)
    assert not doc.of_type("departure")
    assert not doc.of_type("appointment")


@pytest.mark.parametrize(
    "text",
    ["孙建国辞去云图科技CTO一职，出任云图科技首席顾问。", "孙建国卸任云图科技总裁，转任云图科技董事长。"],
)
def test_a_new_post_at_the_organisation_left_is_no_move_to_it(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("孙建国", "云图科技", None)}


@pytest.mark.parametrize(
    "text", ["国资委任命张伟为星云集团董事长。", "上海市国资委任命张伟为星云集团董事长，即日起生效。"]
)
def test_an_appointing_word_right_after_an_appointers_name_is_read(read: Reader, text: str) -> None:
    """The name's last character and the word's first may read as another trigger word inside the name ("国资委任命":
    委任), which hid the word itself."""
    doc = read(text)
    assert {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("appointment")} == {
        ("张伟", "星云集团")
    }


@pytest.mark.parametrize(
    "text",
    [
        "今年年初，张伟博士从星云科技离职。据知情人士透露，星云科技AI实验室主任张伟已经从星云科技离职。",
        "星云科技CTO张伟辞职。张伟辞去星云科技董事职务后，将专注于学术研究。",
    ],
)
def test_one_leaving_told_with_two_titles_is_one_departure(read: Reader, text: str) -> None:
    """Each report words the post of the one leaving its own way (博士, 主任; CTO, 董事): one person leaving one
    organisation is one departure."""
    assert len(read(text).of_type("departure")) == 1


def _posts(doc: Read, event_type: str) -> set[tuple[str | None, str | None, str | None]]:
    """Who (or which title, for an unnamed person) changed post at which organisation, by name."""
    return {(doc.name(e.person), doc.name(e.org), e.role) for e in doc.of_type(event_type)}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("星云科技CTO被免职。", (None, "星云科技", "CTO")),
        ("星云科技解雇了一名副总裁。", (None, "星云科技", "副总裁")),
        ("星云科技董事会免去了首席财务官的职务。", (None, "星云科技", "首席财务官")),
    ],
)
def test_a_removal_of_an_unnamed_title_holder_is_a_departure(
    read: Reader, text: str, post: tuple[str | None, str | None, str | None]
) -> None:
    assert _posts(read(text), "departure") == {post}


@pytest.mark.parametrize(
    ("text", "leaver"),
    [
        ("星云科技对违规泄密的工程师张伟予以辞退。", ("张伟", "星云科技")),
        ("蓝海科技上周对项目经理李强作出了解聘处理。", ("李强", "蓝海科技")),
        ("星云科技随即作出对林嘉禾的开除处理。", ("林嘉禾", "星云科技")),
        ("经内部调查，星云科技对销售总监王芳给予免职处分。", ("王芳", "星云科技")),
        ("星云科技已对研发主管陈立新作出免职决定。", ("陈立新", "星云科技")),
        ("蓝海科技最终对财务主管赵明轩开除处理。", ("赵明轩", "蓝海科技")),
    ],
)
def test_a_removal_told_as_a_measure_taken_against_someone_is_a_departure(
    read: Reader, text: str, leaver: tuple[str, str]
) -> None:
    """Official wording puts the one removed after 对 and makes the removal a measure taken ("予以辞退",
    "作出解聘处理", "辞退处理"): that person left the organisation taking it."""
    assert {(p, o) for p, o, _ in _moves(read(text))} == {leaver}


@pytest.mark.parametrize("text", ["星云科技解雇了三百名员工。", "星云科技工厂约有两百名工人被解雇。"])
def test_staff_removed_by_the_head_are_no_ones_departure(read: Reader, text: str) -> None:
    assert read(text).of_type("departure") == []


@pytest.mark.parametrize(
    "text",
    [
        "星云科技创始人张伟宣布退居二线。",
        "星云科技创始人张伟将于年底退居幕后。",
        "星云科技CEO张伟黯然下台。",
        "张伟辞掉了星云科技的工作。",
        "星云科技CTO张伟被解职。",
        "張偉請辭星雲科技董事長一職。",
        "星雲科技財務長張偉閃辭。",
        "星云科技首席科学家张伟已另谋高就。",
    ],
)
def test_more_words_for_leaving_a_post(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", None)}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("李强获聘为星云科技首席科学家。", ("李强", "星云科技", "首席科学家")),
        ("星云科技CEO张伟卸任，由李强接棒。", ("李强", "星云科技", "CEO")),  # the post 张伟 frees
        ("李强受聘为星云科技首席科学家。", ("李强", "星云科技", "首席科学家")),
        ("李强将出掌星云科技。", ("李强", "星云科技", None)),
        ("李强重掌星云科技。", ("李强", "星云科技", None)),
        ("李强重返星云科技，担任首席技术官。", ("李强", "星云科技", "CTO")),
        ("李强被提拔为星云科技副总裁。", ("李强", "星云科技", "副总裁")),
        ("李強獲委任為星雲科技行政總裁。", ("李强", "星云科技", "CEO")),
        ("李强接替张伟成为星云科技首席执行官。", ("李强", "星云科技", "CEO")),
        ("星云科技总裁一职由李强接替。", ("李强", "星云科技", "总裁")),
        ("星云科技将李强擢升为副总裁。", ("李强", "星云科技", "副总裁")),
    ],
)
def test_other_words_for_taking_a_post(
    read: Reader, text: str, post: tuple[str | None, str | None, str | None]
) -> None:
    assert _posts(read(text), "appointment") == {post}


@pytest.mark.parametrize(
    "text",
    [
        "李强出任蓝海科技总裁，此前他是星云科技副总裁。",
        "李强曾供职于星云科技，现任蓝海科技副总裁。",
        "李强曾就职于星云科技，今年加入蓝海科技。",
    ],
)
def test_other_words_for_a_past_post_beside_a_new_one(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("李强", "星云科技", "蓝海科技")}


@pytest.mark.parametrize("text", ["李强辞任星云科技董事。", "李强请辞星云科技董事长。"])
def test_a_leaving_word_after_a_two_character_name_stays_a_word(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("李强", "星云科技", None)}


@pytest.mark.parametrize(
    "text", ["张伟卸任星云科技首席执行官，接任者为李强。", "星云科技宣布，张伟的继任者是副总裁李强。"]
)
def test_the_successor_a_noun_names_takes_the_post(read: Reader, text: str) -> None:
    doc = read(text)
    assert {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("appointment")} == {
        ("李强", "星云科技")
    }


@pytest.mark.parametrize("text", ["星云科技尚未确定张伟的继任者。", "外界猜测张伟的继任者可能是李强。"])
def test_a_successor_sought_or_guessed_takes_no_post(read: Reader, text: str) -> None:
    assert read(text).of_type("appointment") == []


def test_the_successor_still_sought_is_no_appointment(read: Reader) -> None:
    assert read("张伟已宣布辞职，星云科技尚未公布接替张伟的人选。").of_type("appointment") == []


@pytest.mark.parametrize("text", ["南湖电视台主持人刘芳宣布离职。", "南湖电视台主持人刘芳已离开南湖电视台。"])
def test_a_broadcaster_heading_a_post_is_the_employer_left(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("刘芳", "南湖电视台", None)}


def test_a_newspaper_reporting_a_move_is_still_not_the_employer(read: Reader) -> None:
    assert _moves(read("据东岭晚报报道，张伟已离职。")) == {("张伟", None, None)}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技宣布任命张伟为首席执行官，接替离职的李强。",
        "星云科技宣布任命张伟为首席执行官，接替已离职的前CTO李强。",
    ],
)
def test_the_person_a_leaving_word_describes_is_the_one_who_left(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("李强", "星云科技", None)}


@pytest.mark.parametrize(
    "text",
    [
        "王芳将接替已离职的李强，负责星云科技的研发工作。",
        "王芳接任离职的李强，出任星云科技首席技术官。",
        "王芳继李强之后出任星云科技首席执行官。",
        "王芳是继李强之后第二位加入星云科技的科学家。",
    ],
)
def test_the_one_replaced_or_followed_takes_no_post(read: Reader, text: str) -> None:
    """The person after a word of replacing, through a phrase of their own leaving, or after 继 (…之后) is the one
    whose post or move the subject's follows: the subject takes the post."""
    doc = read(text)
    assert {doc.name(e.person) for e in doc.of_type("appointment")} == {"王芳"}


def test_a_former_post_after_the_of_phrase_of_a_successor_is_the_successors(read: Reader) -> None:
    """ "接替他的是原副总裁王芳": 原 stands after 的, the phrase of 接替 describes 王芳, who takes the post."""
    doc = read("星云科技CTO李强已经卸任，接替他的是原副总裁王芳。")
    assert {doc.name(e.person) for e in doc.of_type("appointment")} == {"王芳"}


@pytest.mark.parametrize(
    "text",
    [
        "王芳接任已离职的李强，出任星云科技首席技术官。",
        "李强辞职后，王芳接任了星云科技首席执行官。",
        "李强离职后，王芳接替他出任星云科技首席技术官。",
    ],
)
def test_the_post_a_successor_takes_is_at_the_organisation_left(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("李强", "星云科技", None)}


def test_a_successor_of_someone_else_names_no_organisation_left(read: Reader) -> None:
    """李强's post is not the one 王芳 takes; 张伟, whom she replaces, leaves it."""
    assert _moves(read("李强离职后，王芳接替张伟出任星云科技首席技术官。")) == {
        ("李强", None, None),
        ("张伟", "星云科技", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "云杉科技创始人张明将卸任首席执行官，由赵磊接任。",
        "雲杉科技董事張明辭去執行長職務。",
        "云杉科技CTO张明辞去首席执行官一职。",
    ],
)
def test_the_post_a_leaving_word_acts_on_is_the_one_left(read: Reader, text: str) -> None:
    """The title after the leaving word is the post left; one before the person only introduces them."""
    assert [e.role for e in read(text).of_type("departure")] == ["CEO"]


@pytest.mark.parametrize(
    "text",
    [
        "张明已宣布辞职，云杉科技尚未公布接替张明的人选。",
        "張明已宣佈請辭，雲杉科技目前還沒有公佈接替張明的人選。",
    ],
)
def test_the_search_for_a_successor_tells_the_leaving_as_the_sentence_does(read: Reader, text: str) -> None:
    """The successor not yet named is no denial of the leaving the person they would replace told."""
    assert [e.modality for e in read(text).of_type("departure")] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("赵磊接替张明出任云杉科技首席执行官。", "asserted"),
        ("趙磊接替張明出任雲杉科技執行長。", "asserted"),
        ("星河智能宣布，王五将出任公司首席技术官，接替张明。", "planned"),
        ("据知情人士透露，赵磊将取代张明担任云杉科技总裁。", "rumored"),
    ],
)
def test_the_one_replaced_leaves_the_post_as_the_successor_takes_it(
    read: Reader, text: str, modality: str
) -> None:
    """The person a word of replacing acts on leaves the post the successor takes, told as the taking is."""
    doc = read(text)
    assert [(doc.name(e.person), e.modality) for e in doc.of_type("departure")] == [("张明", modality)]
    assert {doc.name(e.person) for e in doc.of_type("appointment")} == {"赵磊" if "磊" in text else "王五"}


@pytest.mark.parametrize(
    "text",
    [
        "李强离职的消息传出后，星云科技股价下跌。",
        "李强离职前与星云科技研发团队的张伟同为核心成员。",
    ],
)
def test_a_leaving_word_before_other_words_describes_no_one(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("李强", "星云科技", None)}


def test_the_organisation_that_told_the_reporter_is_the_one_left(read: Reader) -> None:
    assert _moves(read("记者从星云科技获悉，首席技术官李强已经离职。")) == {("李强", "星云科技", None)}


def test_a_company_denying_a_leaving_is_the_organisation_of_the_denied_departure(read: Reader) -> None:
    doc = read("月光智能否認行政總裁張偉離職的傳聞。")
    assert [(doc.name(e.person), doc.name(e.org), e.modality) for e in doc.of_type("departure")] == [
        ("张伟", "月光智能", "denied")
    ]


def test_heads_attending_a_signing_ceremony_join_no_one(read: Reader) -> None:
    doc = read("星云科技公司董事长李强与月光智能公司总裁张伟共同出席签约仪式。")
    assert doc.of_type("appointment") == []
    assert [
        doc.name(e.person) for e in read("李强与星云科技公司签约，正式加盟。").of_type("appointment")
    ] == ["李强"]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技非执董王建国辞职。",
        "星雲科技非執董王建國辭職。",
        "星云科技执董王建国辞职，公司将另提名人选。",
    ],
)
def test_a_short_form_of_a_board_title_heads_the_person_who_left(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("王建国", "星云科技", None)}


def test_a_leaving_clause_without_a_subject_continues_the_pronoun_before_it(read: Reader) -> None:
    """此前，他曾在X担任…，于今年6月离职: the clause that leaves has no subject; 他, the person named before, left X."""
    doc = read("孙立伟将出任月光智能首席执行官。此前，他曾在星云科技担任高级副总裁，于今年6月离职。")
    assert ("孙立伟", "星云科技") in {(p, o) for p, o, _ in _moves(doc)}


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("星云科技总裁张伟卸下总裁一职，专注于董事长工作。", {("张伟", "星云科技", None)}),
        ("张伟卸下了心理包袱。", set()),  # a burden taken off, no post
    ],
)
def test_taking_off_a_named_post_is_leaving_it(
    read: Reader, text: str, moves: set[tuple[str, str, None]]
) -> None:
    assert _moves(read(text)) == moves


def test_a_leaver_heading_the_clause_that_describes_them_is_found(read: Callable[..., Read]) -> None:
    doc = read("在星雲科技任職八年的王立，日前證實已離職。")
    event = doc.one("departure")
    assert (doc.name(event.person), doc.name(event.org)) == ("王立", "星云科技")


def test_an_outlet_heading_the_story_appoints_no_one(read: Callable[..., Read]) -> None:
    doc = read("（香港經濟日報）雲帆智能今日公布，委任李志強為公司首席財務官。")
    assert doc.name(doc.one("appointment").org) == "云帆智能"


def test_a_former_employer_read_with_its_word_of_when_is_named_without_it(read: Callable[..., Read]) -> None:
    doc = read("雲帆智能今日公布，委任前月光集團首席財務官李志強為公司首席財務官。")
    assert "月光集团" in [e.name for e in doc.extraction.entities]
    assert ("月光集团", False) in [(doc.name(r.org), r.current) for r in doc.extraction.roles]


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_one_before(read: Reader) -> None:
    # 李强 is named last, inside what 张伟 did; the sentence was about 张伟.
    text = "张伟是星云科技的元老，2018年跟随创始人李强加入公司。他是今年第三位离开星云科技的高管。"
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


def test_a_pronoun_after_a_speaker_opening_a_sentence_is_the_one_spoken_of(read: Reader) -> None:
    # 李强 only tells the news; the sentence is about 张伟, who is the one joining.
    doc = read("李强透露，张伟已离开星云科技。他随后加入月光智能担任CTO。")
    assert [(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("appointment")] == [
        ("张伟", "月光智能")
    ]


def test_the_one_followed_into_a_company_is_not_the_one_joining(read: Reader) -> None:
    doc = read("张伟跟随创始人李强加入了星云科技。")
    assert [(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("appointment")] == [
        ("张伟", "星云科技")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "张伟：前星云科技首席科学家，已于6月加盟蓝海科技。",
        "张伟，原星云科技副总裁，近日正式加入蓝海科技。",
        "張偉，前星雲科技技術長，現任藍海科技執行長。",
    ],
)
def test_a_former_post_in_apposition_is_left_for_the_new_one(read: Reader, text: str) -> None:
    # A profile: the person, then the post once held (原/前) after a comma or colon, then where they went.
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技")}


def test_a_former_post_in_apposition_without_a_new_one_is_no_move(read: Reader) -> None:
    assert _moves(read("张伟，原星云科技副总裁。他表示，行业变化很快。")) == set()


def test_no_one_leaves_for_the_organisation_they_leave(read: Reader) -> None:
    # A competitor named as the destination is not the organisation left, nor where the old post was held.
    doc = read(
        "星雲科技宣布，委任陳嘉明為首席營運官。據悉，原首席營運官黃美玲已於上月離職，轉投競爭對手月光智能出任副總裁。"
    )
    assert ("黄美玲", "星云科技", "月光智能") in _moves(doc)
    alone = read("據悉，原首席營運官黃美玲已於上月離職，轉投競爭對手月光智能出任副總裁。")
    assert _moves(alone) == {("黄美玲", None, "月光智能")}


@pytest.mark.parametrize(
    "text",
    [
        "今年以来，星云科技核心团队接连出走。1月，副总裁韩雪离职创业；4月，技术负责人吴强离开，随后加盟蓝海科技；"
        "6月，首席运营官郑宇也告别公司。",
        "今年以来，星云科技核心团队接连出走。1月，副总裁韩雪离职创业；4月，技术负责人吴强离开，随后加盟蓝海科技；"
        "6月，首席运营官郑宇也告别了。",
        "今年以来，百度智能云核心团队接连出走。1月，副总裁韩雪离职创业；4月，技术负责人吴强离开，随后加盟字节跳动；"
        "6月，首席运营官郑宇也告别公司。",
    ],
)
def test_where_one_leaver_went_is_not_what_the_next_one_leaves(read: Reader, text: str) -> None:
    doc = read(text)
    left, went = ("百度智能云", "字节跳动") if "百度" in text else ("星云科技", "蓝海科技")
    assert _moves(doc) == {("韩雪", left, None), ("吴强", left, went), ("郑宇", left, None)}
    assert went not in {doc.name(r.org) for r in doc.extraction.roles if doc.name(r.person) == "郑宇"}


def test_the_one_who_joined_may_leave_the_company_again(read: Reader) -> None:
    assert ("张伟", "星云科技", None) in _moves(read("张伟2019年加入星云科技，一年后离开公司。"))


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        (
            "星云科技近期高管流失严重。负责自动驾驶业务的副总裁陈立新则在8月加入云帆科技。",
            {("陈立新", "星云科技", "云帆科技")},
        ),
        (
            "星云科技近期高管接连出走。其中，副总裁陈立新8月加盟云帆科技，CFO李强则转投蓝海资本。",
            {("陈立新", "星云科技", "云帆科技"), ("李强", "星云科技", "蓝海资本")},
        ),
        ("星云科技遭遇高管离职潮。CTO陈立新已加盟云帆科技。", {("陈立新", "星云科技", "云帆科技")}),
        (
            "星云科技多名高管离职。其中CTO陈立新加入了云帆科技，而CFO李强仍留在星云科技。",
            {("陈立新", "星云科技", "云帆科技")},
        ),
    ],
)
def test_an_executive_of_a_company_losing_its_people_who_joins_another_left_it(
    read: Reader, text: str, moves: set[tuple[str, str, str]]
) -> None:
    assert _moves(read(text)) == moves


@pytest.mark.parametrize(
    "text",
    [
        # A career told in order: the company joined first was left before the one losing its people.
        "星云科技多位高管离职。CTO张伟2015年加入蓝海科技，2018年加盟星云科技。",
        # No one is reported leaving the company the person holds a post at.
        "星云科技发布新品。副总裁陈立新则在8月加入云帆科技董事会。",
        # Users, not executives, are lost.
        "星云科技用户流失严重。副总裁陈立新表示，公司已加入云帆联盟。",
        # A wave of leaving across a trade is no company's, and the post is not written with its company.
        "互联网行业迎来离职潮。副总裁陈立新则加盟了云帆科技。",
    ],
)
def test_a_join_outside_an_exodus_or_in_a_career_is_no_departure(read: Reader, text: str) -> None:
    assert {move for move in _moves(read(text)) if move[0]} == set()


@pytest.mark.parametrize(
    "text",
    [
        "云帆科技迎来了星云科技前副总裁陈立新。",
        "云帆科技近日迎来一位重量级人物——星云科技原首席技术官陈立新。",
        "云帆科技引进了星云科技前副总裁陈立新。",
    ],
)
def test_a_former_executive_brought_in_by_another_left_for_it(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("陈立新", "星云科技", "云帆科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星河智能原副总裁陈静升任总裁。",
        "星河智能宣佈，原副總裁陳靜升任公司總裁。",
        "云杉科技COO赵磊升任CEO，原CEO张明转任董事长。",
    ],
)
def test_a_former_post_beside_a_new_one_at_the_same_organisation_is_a_promotion(
    read: Reader, text: str
) -> None:
    """Nobody leaves the organisation where they take the next post; the former title only says what came before."""
    assert _moves(read(text)) == set()


def test_a_former_chairman_taking_the_chair_without_a_word_of_rising_left_the_former_firm(
    read: Reader,
) -> None:
    """The new post may be at a firm the sentence names earlier: only 升任 and its kin tell a promotion."""
    doc = read("星河集团召开管理人员大会，原云杉科技董事长张明出任董事长。")
    assert ("张明", "云杉科技") in {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("departure")}


@pytest.mark.parametrize("text", ["云帆科技迎来了前副总裁陈立新。", "星云科技任命前副总裁陈立新为CEO。"])
def test_a_former_post_at_the_one_bringing_someone_in_is_no_move(read: Reader, text: str) -> None:
    assert _moves(read(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "蓝海科技近期迎来多位新高管。原星云科技CTO张伟加盟蓝海科技。",
        "蓝海科技发布新品。原星云科技CTO张伟加盟蓝海科技。",
    ],
)
def test_a_former_employer_glued_to_its_word_of_when_is_the_one_left(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    [
        "原星云科技CTO张伟和COO李强已加入蓝海科技。",
        "星云科技前高管张伟、李强近日加盟蓝海科技。",
        "蓝海科技迎来了前星云科技CTO张伟和COO李强。",
        "原星雲科技技術長張偉及營運長李強已加入藍海科技。",
    ],
)
def test_each_person_listed_under_a_former_post_left(read: Reader, text: str) -> None:
    """The people after the first one a former post names, each with a title of their own or under a title that
    counts people (高管), held a post at the same organisation."""
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技"), ("李强", "星云科技", "蓝海科技")}


def test_a_bare_name_after_one_persons_former_post_held_none(read: Reader) -> None:
    assert _moves(read("原星云科技CTO张伟和李强一起加入了蓝海科技。")) == {("张伟", "星云科技", "蓝海科技")}


@pytest.mark.parametrize(
    "text",
    ["星云科技CEO张伟已被董事会解除职务。", "星云科技创始人张伟与公司对簿公堂，此前他已被董事会解除职务。"],
)
def test_being_relieved_of_ones_duties_is_leaving(read: Reader, text: str) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星云电力副总裁李强离职后，上任不久的星云科技发言人王芳接受采访。",
        "星云电力副总裁李强离职，加入月光智能的王芳表示遗憾。",
    ],
)
def test_an_appointment_word_describing_another_person_is_not_where_the_leaver_went(
    read: Reader, text: str
) -> None:
    """ "上任不久的X发言人王芳": the word describes 王芳, who took the post; the one who left before goes nowhere."""
    doc = read(text)
    assert _moves(doc) == {("李强", "星云电力", None)}
    assert {doc.name(e.person) for e in doc.of_type("appointment")} == {"王芳"}


def test_a_signing_word_reads_its_object_not_a_phrase_it_opens(read: Reader) -> None:
    """ "X签下自由身的Y": 签下 takes Y as its object, and X signs; the phrase after it describes no other taker."""
    doc = read("官方：星云队签下自由身的乌拉圭后卫张伟。")
    event = doc.one("appointment")
    assert (doc.name(event.person), doc.name(event.org)) == ("张伟", "星云队")


def test_an_appointment_gives_the_post_its_word_takes_not_the_title_beside_the_person(read: Reader) -> None:
    doc = read("寻找新CEO期间，月光智能由财务长李强、及产品部门负责人王磊担任临时共同执行长。")
    taken = {(doc.name(e.person), e.role) for e in doc.of_type("appointment")}
    assert taken == {("李强", "联席CEO"), ("王磊", "联席CEO")}


def test_an_appointment_gives_the_post_told_after_its_taker_not_a_former_one_before(read: Reader) -> None:
    doc = read("星云科技宣布，任命前IBM中国研究院院长李强为公司首席执行官。")
    assert {(doc.name(e.person), e.role) for e in doc.of_type("appointment")} == {("李强", "CEO")}


@pytest.mark.parametrize(
    "text",
    [
        "议员们指责张伟撒谎，要求他马上辞职下台。",
        "股东们呼吁星云科技董事长林嘉禾辞去职务。",
        "投资者要求月光智能CEO李强下台。",
    ],
)
def test_a_demand_that_someone_resign_is_no_departure(read: Reader, text: str) -> None:
    """Others calling for a resignation tell that it has not happened: no departure until the person leaves."""
    assert read(text).of_type("departure") == []


@pytest.mark.parametrize(
    "text", ["张伟因健康原因要求辞去星云科技总经理职务。", "应董事会要求，张伟辞去星云科技总经理职务。"]
)
def test_a_resignation_asked_for_by_the_person_or_at_a_request_is_a_departure(
    read: Reader, text: str
) -> None:
    assert read(text).one("departure").modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技财务部也出了问题——张伟担任出纳期间，把公司的钱当成自家的钱。",
        "张伟在担任星云科技CEO期间推动了三次融资。",
        "李强执掌月光智能期间，公司营收翻倍。",
        "李强执掌月光智能多年，带领公司完成上市。",
        "李强担任月光智能CTO多年，主导了大模型研发。",
        "李強出任月光智能執行長三年來，公司營收翻倍。",
    ],
)
def test_a_tenure_dating_another_act_is_no_appointment(read: Reader, text: str) -> None:
    """A tenure (担任X期间) dates something else: the post was held, no one was appointed."""
    assert read(text).of_type("appointment") == []


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("李娜出任深耕自动驾驶多年的北辰智能首席技术官。", ("李娜", None, "CTO")),
        ("李娜出任深耕自動駕駛多年的北辰智能首席技術官。", ("李娜", None, "CTO")),
        ("张伟接任成立二十年来首次亏损的星云科技CEO一职。", ("张伟", "星云科技", "CEO")),
        # Years counted up to a first ("成立十年来首位"): the one appointed is the first in that span.
        ("王芳出任星云科技成立十年来首位女性CEO。", ("王芳", "星云科技", "CEO")),
        ("王芳出任星雲科技成立十年來首位女性執行長。", ("王芳", "星云科技", "CEO")),
    ],
)
def test_a_span_of_years_describing_the_firm_leaves_the_appointment(
    read: Reader, text: str, post: tuple[str | None, str | None, str | None]
) -> None:
    """A span of years (多年, 年来) tells a tenure only where it closes the post's object; inside a phrase
    describing the firm it leaves the move told."""
    assert _posts(read(text), "appointment") == {post}


@pytest.mark.parametrize(
    "text",
    [
        "李静曾于2018年加入星河智能。",
        "李靜曾於2018年加盟星河智能。",
        "李静早年于2009年转战星河智能。",
    ],
)
def test_a_move_dated_in_a_past_told_with_zeng_is_no_appointment(read: Reader, text: str) -> None:
    """曾 with the move's date between it and the word ("曾于2018年加入X") tells a career, as "曾加入X" does."""
    assert read(text).of_type("appointment") == []


@pytest.mark.parametrize(
    "text", ["李静已于上月加入星河智能。", "李静之前于9月正式加入星河智能，负责大模型研发。"]
)
def test_a_move_dated_without_zeng_is_an_appointment(read: Reader, text: str) -> None:
    """The counterpart: a date alone ("已于上月加入X", "之前于9月加入X") tells the move as news."""
    assert _posts(read(text), "appointment") == {("李静", "星河智能", None)}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("李静接掌星河智能。", ("李静", "星河智能", None)),
        ("李静将执掌蓝鲸数据。", ("李静", "蓝鲸数据", None)),
        ("李靜將接掌星河智能，出任執行長。", ("李静", "星河智能", "CEO")),
    ],
)
def test_taking_the_helm_names_the_organisation_it_acts_on(
    read: Reader, text: str, post: tuple[str | None, str | None, str | None]
) -> None:
    """接掌 / 执掌 take the organisation run as their object, as 加盟 takes the one joined: a name the knowledge
    lacks right after them is that organisation."""
    assert _posts(read(text), "appointment") == {post}


@pytest.mark.parametrize(
    "text", ["星云科技宣布，由张伟担任过渡期间的CEO。", "张伟已出任星云科技交接期间的临时CEO。"]
)
def test_a_post_for_a_period_is_an_appointment(read: Reader, text: str) -> None:
    """A period describing the post taken (过渡期间的CEO) is no tenure dating another act."""
    doc = read(text)
    assert [(doc.name(e.person), e.role) for e in doc.of_type("appointment")] == [("张伟", "CEO")]


@pytest.mark.parametrize(
    "text",
    [
        "月光银行的董事兼执行副总裁张伟说“将有越来越多的游客来到日本旅行。”",
        "张伟表示，将有越来越多的年轻人来到星云科技工作。",
        "林嘉禾称，更多人才将加盟月光智能。",
    ],
)
def test_a_crowd_the_speaker_tells_of_joins_not_the_speaker(read: Reader, text: str) -> None:
    """The person speaking of a crowd that comes (越来越多的人来到X) takes no post: the crowd is the subject."""
    assert read(text).of_type("appointment") == []


def test_taking_a_post_for_the_time_being_is_an_appointment(read: Reader) -> None:
    doc = read("星云科技CEO张伟离职后，由CFO李强暂代CEO职务。")
    assert {(doc.name(e.person), doc.name(e.org), e.role) for e in doc.of_type("appointment")} == {
        ("李强", "星云科技", "CEO")
    }


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("张伟与更多同事一起加入了月光智能。", "张伟", "月光智能"),
        ("李强跟大批老部下一道加盟星云科技。", "李强", "星云科技"),
        ("林嘉禾率领众多团队成员加入蓝海数据。", "林嘉禾", "蓝海数据"),
    ],
)
def test_a_person_joining_with_a_crowd_joins(read: Reader, text: str, person: str, org: str) -> None:
    """A crowd the person comes with or leads (与更多同事一起, 率领众多团队成员) joins beside them, not instead."""
    doc = read(text)
    assert (person, org) in {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("appointment")}


def test_a_title_after_one_taking_a_post_names_someone_else(read: Reader) -> None:
    doc = read("星云科技副总裁李强上任后接受了星云日报记者的专访。")
    assert [e.role for e in doc.of_type("appointment")] == ["副总裁"]


def test_a_company_founded_after_leaving_is_not_the_one_left(read: Reader) -> None:
    """The founder's post the article gives is at the company started next, not where they worked before."""
    doc = read("在月光智能工作五年后，张伟于去年离职，随后创办了星云科技。")
    event = doc.one("departure")
    assert (doc.name(event.org), event.role) == ("月光智能", None)


def test_a_leavers_title_is_the_one_at_the_company_left(read: Reader) -> None:
    doc = read("张伟此前担任月光智能CTO，后于2021年加入星云科技担任首席科学家，今年初离职。")
    event = doc.one("departure")
    assert (doc.name(event.org), event.role) == ("星云科技", "首席科学家")


@pytest.mark.parametrize(
    "text",
    [
        "针对离职传闻，星云科技回应：张伟仍担任公司CTO一职。",
        "交易完成后，林嘉禾仍将担任蓝海科技董事。",
        "蓝海科技公告称，林嘉禾将继续出任公司非执行董事。",
        "公开资料显示，林嘉禾除了担任蓝海科技董事长外，还持有多家公司的股份。",
    ],
)
def test_a_post_still_held_is_no_appointment(read: Reader, text: str) -> None:
    assert read(text).of_type("appointment") == []


def test_a_post_told_with_a_word_of_keeping_another_is_still_taken(read: Reader) -> None:
    doc = read("林嘉禾将出任蓝海科技董事长。")
    assert doc.name(doc.one("appointment").person) == "林嘉禾"


@pytest.mark.parametrize(
    "text", ["云帆科技本场迎来主力前锋林嘉禾的复出。", "云帆科技下周将迎来新任CEO林嘉禾的首次公开亮相。"]
)
def test_something_of_a_person_an_organisation_welcomes_is_no_arrival(read: Reader, text: str) -> None:
    assert read(text).of_type("appointment") == []


@pytest.mark.parametrize("text", ["云帆科技迎来了林嘉禾的加盟。", "云帆科技今年迎来林嘉禾加盟。"])
def test_an_arrival_an_organisation_welcomes_is_at_that_organisation(read: Reader, text: str) -> None:
    doc = read(text)
    event = doc.one("appointment")
    assert (doc.name(event.person), doc.name(event.org)) == ("林嘉禾", "云帆科技")


@pytest.mark.parametrize(
    "text", ["云帆科技董事会批准了关于聘任林嘉禾的议案。", "云帆科技宣布任命林嘉禾的决定引发关注。"]
)
def test_a_document_or_decision_of_appointing_a_person_names_the_one_appointed(
    read: Reader, text: str
) -> None:
    """ "聘任X的议案" is the motion to appoint X, not X's motion: X is appointed."""
    doc = read(text)
    assert doc.name(doc.one("appointment").person) == "林嘉禾"


@pytest.mark.parametrize(
    ("text", "event_type", "role"),
    [
        ("李静出任星河智能研究院副院长。", "appointment", "副院长"),
        ("李静出任星河智能副首席执行官。", "appointment", "副CEO"),
        ("李靜出任星河智能副執行長。", "appointment", "副CEO"),
        ("星河智能副首席技术官李静离职。", "departure", "副CTO"),
        ("李静出任星河智能副总裁。", "appointment", "副总裁"),
        ("李静出任星河智能首席执行官。", "appointment", "CEO"),
    ],
)
def test_a_deputy_post_is_not_the_heads(read: Reader, text: str, event_type: str, role: str) -> None:
    """副 before a title the titles do not list with it (副院长, 副首席执行官) makes a deputy's post: naming the
    head's would give the person a post they do not hold."""
    assert read(text).one(event_type).role == role


def test_a_post_at_another_firm_before_the_joiner_is_not_the_post_taken(read: Reader) -> None:
    """ "谷歌研究员张伟加入Y": 研究员 is what 张伟 was at 谷歌, no post at Y."""
    joined = read("蓝海科技研究员林嘉禾已加入云图科技。").one("appointment")
    assert joined.role is None


@pytest.mark.parametrize(
    "text",
    [
        "蓝海科技前副总裁林嘉禾已离职，加盟一家初创公司。",
        "藍海科技前副總裁林嘉禾已離職，加盟一家新創公司。",
        "据悉，蓝海科技技术长林嘉禾已离职，转战另一家大模型公司。",
    ],
)
def test_a_post_left_is_not_the_post_taken_at_an_unnamed_organisation(read: Reader, text: str) -> None:
    """ "X前副总裁张伟加盟一家初创公司": the post at X is the one left; where 张伟 went is unnamed, and so is the post."""
    assert read(text).one("appointment").role is None


@pytest.mark.parametrize(
    "text",
    [
        "腾讯副总裁林嘉禾出任董事。",
        "投资完成后，腾讯副总裁林嘉禾将出任公司独立董事。",
        "百度CTO林嘉禾获任监事。",
    ],
)
def test_a_board_seat_taken_beside_a_post_is_not_at_the_posts_firm(read: Reader, text: str) -> None:
    """ "腾讯总裁张三出任董事": an investor's seat at a firm the sentence leaves unnamed, not at 腾讯."""
    joined = read(text).one("appointment")
    assert joined.org is None


@pytest.mark.parametrize(
    "text",
    [
        # The investor's partner takes a seat at the firm funded, not at the investor.
        "云图科技完成B轮融资，投资方蓝海资本合伙人林嘉禾出任董事。",
        # A post introduced with no firm before it is at the firm announcing.
        "云图科技公告称，董事会同意提名副总裁林嘉禾出任公司董事。",
    ],
)
def test_a_board_seat_taken_beside_a_post_is_at_the_firm_the_sentence_gives_besides_the_posts(
    read: Reader, text: str
) -> None:
    doc = read(text)
    assert doc.name(doc.one("appointment").org) == "云图科技"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("腾讯副总裁林嘉禾获任执行董事。", "腾讯"),
        ("百度副总裁林嘉禾出任董事长。", "百度"),
        ("腾讯副总裁林嘉禾出任云图科技董事。", "云图科技"),
    ],
)
def test_a_seat_running_the_firm_or_at_a_firm_named_is_where_it_says(
    read: Reader, text: str, org: str
) -> None:
    doc = read(text)
    assert doc.name(doc.one("appointment").org) == org


def test_a_post_at_the_firm_joined_before_the_joiner_is_the_post_taken(read: Reader) -> None:
    joined = read("云图科技新任首席技术官林嘉禾已正式加入云图科技。").one("appointment")
    assert joined.role == "CTO"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技首席技术官张伟已加盟蓝海科技。",
        "互联网行业迎来离职潮。星云科技首席技术官张伟则加盟了蓝海科技。",
    ],
)
def test_a_post_written_with_its_company_beside_an_arrival_elsewhere_is_left(read: Reader, text: str) -> None:
    """ "X的CTO张伟加盟Y": the article names the post he held to say who joined; he left X for Y."""
    assert ("张伟", "星云科技", "蓝海科技") in _moves(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "星云科技首席技术官张伟已加入蓝海科技董事会。",
        "星云科技首席执行官张伟出任蓝海科技独立董事。",
        "星云科技首席技术官李强离职，副总裁张伟则加盟了蓝海科技。",
        "星云科技首席执行官张伟代表公司加入蓝海科技发起的开源社区。",
        "星云科技首席执行官张伟加盟蓝海科技，兼任首席战略官。",
    ],
)
def test_a_seat_beside_a_post_or_a_post_from_the_context_leaves_nothing(read: Reader, text: str) -> None:
    assert all(person != "张伟" for person, _, _ in _moves(read(text)))


@pytest.mark.parametrize(
    "text",
    [
        "星云科技创始人张伟的遗体告别仪式将于明日举行。",
        "月光智能董事长李强出席了张伟的告别式。",
        "星云银行为离退休干部开设了专门的服务窗口。",
    ],
)
def test_a_funeral_or_retired_staff_as_a_group_tell_no_departure(read: Reader, text: str) -> None:
    """告别 and 退休 are parts of words for a funeral (遗体告别仪式) and for retired staff (离退休干部)."""
    assert _moves(read(text)) == set()


@pytest.mark.parametrize("text", ["星云科技董事长张伟宣布退休。", "张伟告别星云科技，加盟月光智能。"])
def test_retiring_and_a_farewell_to_a_company_still_leave_it(read: Reader, text: str) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星云集团宣布免去月光智能总经理张伟的职务。",
        "星云集团宣布免去旗下月光智能总经理张伟职务，由李强接任。",
    ],
)
def test_a_removal_leaves_the_organisation_heading_the_post_removed(read: Reader, text: str) -> None:
    """The group removing someone names the firm of the post before the person: that firm is the one left."""
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "月光智能")}


@pytest.mark.parametrize(
    "text",
    [
        "星云集团决定免去张伟月光智能总经理职务。",
        "上海市国资委免去张伟月光智能董事长、总经理职务，另有任用。",
    ],
)
def test_a_removal_leaves_the_organisation_of_the_post_named_after_the_person(
    read: Reader, text: str
) -> None:
    """The post may follow the person as the body's order words it ("免去张三Y总经理职务"): Y is the one left."""
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "月光智能")}


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("免去王建国大连港集团总经理职务。", ("王建国", "大连港集团")),  # name and firm one word to LAC
        ("决定免去于德明大连星云集团董事长职务。", ("于德明", "大连星云集团")),
        ("董事会同意免去于永和公司总经理职务。", ("于永和", None)),  # 于 read alone, 永和 as a firm
    ],
)
def test_a_removal_names_the_person_lac_reads_into_a_firm_or_a_preposition(
    read: Reader, text: str, move: tuple[str, str | None]
) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {move}


def test_an_appointment_names_the_person_whose_name_and_copula_spell_a_firm(read: Reader) -> None:
    """聘任 + 王建华 + 为: LAC reads 王建 + 华为, and the person named is no employee of 华为."""
    doc = read("星云科技董事会聘任王建华为公司副总经理。")
    assert {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("appointment")} == {
        ("王建华", "星云科技")
    }


@pytest.mark.parametrize(
    "text", ["星云科技解雇了来自月光智能的工程师张伟。", "星云科技辞退了腾讯前高管张伟。"]
)
def test_a_removal_of_someone_described_by_origin_leaves_the_one_removing(read: Reader, text: str) -> None:
    """A firm named with 的 (an origin) or with 前 (a former post) before the person is where they came from."""
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "月光智能近日证实，其高薪引进的星云科技前CTO张伟已离职。",
        "月光智能去年引进的星云科技前CTO张伟已于近日离职。",
    ],
)
def test_someone_brought_in_with_a_former_title_leaves_the_one_that_brought_them(
    read: Reader, text: str
) -> None:
    """The former title tells where the person came from; the leaving word tells they leave the bringer now."""
    assert _moves(read(text)) == {("张伟", "月光智能", None)}


def test_a_leaving_word_qualifying_a_noun_acts_on_no_organisation_after_it(read: Reader) -> None:
    """The noun "辞任事项": the firm named further in the clause is a party to something else."""
    text = "星云科技公告称，公司已收到月光智能发出的通知，公司总裁张伟辞任事项已触发与月光智能的协议条款。"
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟离开家乡到北京打拼。",
        "张伟离开老家到深圳一家公司工作。",
        "张伟十八岁离开老家去上海加入了一支乐队。",
        "特朗普宣布美国退出《巴黎协定》，星云科技对此表示遗憾。",
        "张伟直到凌晨才离开现场。",
    ],
)
def test_leaving_a_place_or_an_agreement_is_no_departure(read: Reader, text: str) -> None:
    """离开, 退出 and 告别 act on places and agreements as often as on employers: what follows must be one."""
    assert _moves(read(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CTO张伟已离开公司。",
        "星云科技前CTO张伟离开了自己一手创办的团队。",
        "星云科技前CTO张伟离开了过去十年服务的公司。",
        "张伟离开了他工作十年的星云科技。",
        "星云科技CTO张伟已于上月离开。",
    ],
)
def test_leaving_a_workplace_named_in_words_is_a_departure(read: Reader, text: str) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "张伟宣布退出nova！",
        "张伟因伤退出星云俱乐部陪练队。",
        "对月光智能来说，张伟的离开也给对手提供了机会。",
    ],
)
def test_leaving_a_group_a_latin_name_or_a_leaving_noun_stays_a_departure(read: Reader, text: str) -> None:
    """A team or band (队), a Latin name the recogniser missed, and "X的离开" (a noun, whose clause goes on
    with the sentence's predicate) are still someone leaving."""
    assert {p for p, _, _ in _moves(read(text))} == {"张伟"}


@pytest.mark.parametrize(
    "text",
    ["星云科技CEO张伟介绍了新产品。此前已退出PC市场。", "星云科技CTO张伟表示，公司已于去年退出AR眼镜业务。"],
)
def test_leaving_a_phrase_a_latin_word_opens_is_no_departure(read: Reader, text: str) -> None:
    """ "退出PC市场": a Latin word heading a phrase of a market or a business is no name missed; a market is left,
    no post, whoever the sentence is about."""
    assert _moves(read(text)) == set()


def test_a_former_employer_with_a_coined_name_is_left_for_the_one_joined(read: Reader) -> None:
    """ "前X CTO张伟加盟Y": X, a name of ordinary words only this place tells, is the employer left."""
    assert _moves(read("前月光智能CTO陈立新加盟云帆科技。")) == {("陈立新", "月光智能", "云帆科技")}


@pytest.mark.parametrize(
    "text",
    [
        "月光智能创始人张伟2010年在星云科技从事研发工作。2013年离开星云科技，开始创业。",
        "张伟是星云科技的首席科学家。今年3月正式离职，加入月光智能。",
        "星云科技CTO张伟近日接受采访。据悉，已于上月离职。",
    ],
)
def test_a_sentence_leaving_out_its_subject_goes_on_about_the_person_before(read: Reader, text: str) -> None:
    """ "张三……。2013年离开X": a sentence opening with a date and a leaving word tells the last person's move."""
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技发布公告。2013年离开欧洲市场，专注国内业务。",
        "张伟是星云科技的首席科学家。去年离职的员工已超过百人。",
        "张伟是月光智能CTO。加入月光智能前，张伟曾在星云科技工作8年。",
    ],
)
def test_a_left_out_subject_is_no_person_after_organisations_or_before_a_noun(
    read: Reader, text: str
) -> None:
    """After a sentence about organisations only, before a noun the word describes, or in a fronted clause whose
    subject opens the next ("加入X前，张三曾在Y工作": a career's background), no one is read as leaving."""
    assert _moves(read(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CEO王芳说：“张伟上个月已经离开了。”",
        "星云科技CEO王芳说：“张伟上个月已经离开了”。",
    ],
)
def test_leaving_at_the_end_of_a_quotation_is_a_departure(read: Reader, text: str) -> None:
    """The closing quotation mark after a bare 离开 is no object left (a place, an agreement): the person left."""
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "腾讯去年引进了星云科技前副总裁林嘉禾。近日，林嘉禾已经离职。",
        "林嘉禾曾任星云科技首席架构师，2022年加盟腾讯。不过，林嘉禾目前已经离职。",
        "腾讯年初迎来了星云科技前产品总监林嘉禾。如今林嘉禾已经辞职。",
    ],
)
def test_a_later_departure_leaves_where_the_article_told_the_person_go(read: Reader, text: str) -> None:
    """A career told first (X's former officer joins Y) and a departure told later with no organisation:
    the person leaves Y, where they went, not X, whose title the article gave them."""
    assert ("林嘉禾", "腾讯", None) in _moves(read(text))
    assert ("林嘉禾", "星云科技", None) not in _moves(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "7-Eleven日本公司董事长张伟宣布辞职。",
        "队长张伟离开了X-Nova战队。",
        "据小米远航资本(08123.HK)披露，执行董事张伟已于上周离任。",
        "月光App负责人张伟离职。",
    ],
)
def test_a_piece_of_a_longer_name_is_no_organisation_left(read: Reader, text: str) -> None:
    """A mention cut from a longer written name (the tail of a hyphenated Latin name, the word ending a product's
    name, the head of a listed company's name written up to its ticker) names another firm or none: the person's departure keeps no
    organisation rather than a wrong one."""
    assert _moves(read(text)) == {("张伟", None, None)}


@pytest.mark.parametrize(
    "text",
    [
        "林嘉禾离开星云科技，加盟了小米。林嘉禾表示，离职是出于个人原因。",
        "林嘉禾日前从星云科技离职，随后加入小米。据悉，林嘉禾是因为家庭原因才选择辞职的。",
    ],
)
def test_a_bare_leaving_word_after_a_move_retells_it(read: Reader, text: str) -> None:
    """A leaving word with no organisation after the article told the person leave X for Y retells that move:
    it is no departure from Y, the organisation the article named last."""
    assert _moves(read(text)) == {("林嘉禾", "星云科技", "小米")}


@pytest.mark.parametrize(
    "text",
    [
        "由张伟担任董事长的星云科技近日获得新一轮融资。",
        "当时担任蓝海科技副总裁的李强对媒体表示，公司不缺钱。",
        "新近出任星云科技CEO的张伟表示，公司将扩大招聘。",
    ],
)
def test_a_post_describing_a_name_is_no_appointment(read: Reader, text: str) -> None:
    """A title closed by 的 before a person or a firm says who they are; nobody takes the post in the sentence."""
    assert read(text).of_type("appointment") == []


def test_a_post_told_as_news_with_de_is_still_an_appointment(read: Reader) -> None:
    """Before a noun of news ("的消息") the move itself is what is told."""
    doc = read("星云科技宣布张伟担任CEO的消息得到证实。")
    assert doc.name(doc.one("appointment").person) == "张伟"


def test_an_appointment_of_another_person_is_no_destination_of_a_former_title(read: Reader) -> None:
    """聘任 appoints the one after it: 张伟's new post is no move to where 李强 worked, and the firm of 李强's former
    title is not where his new post is."""
    doc = read("股东大会选举原星云科技董事长张伟为副董事长，聘任原星云科技副总裁李强为董事会秘书。")
    assert _moves(doc) == set()
    assert [(doc.name(e.person), e.org) for e in doc.of_type("appointment")] == [("李强", None)]


@pytest.mark.parametrize(
    ("text", "post_at", "moved"),
    [
        (
            "月光智能宣布委任星云科技前副总裁张伟为蓝海科技的首席执行官。",
            "蓝海科技",
            {("张伟", "星云科技", "蓝海科技")},
        ),
        ("董事会聘任星云科技前副总裁张伟为首席技术官。", None, set()),
    ],
)
def test_the_post_an_appointing_word_gives_is_at_the_organisation_after_wei(
    read: Reader, text: str, post_at: str | None, moved: set[tuple[str, str, str]]
) -> None:
    """In "任命张三为Y总经理" Y holds the post, whoever appoints; a former title's firm never does."""
    doc = read(text)
    assert doc.name(doc.one("appointment").org) == post_at
    assert _moves(doc) == moved


@pytest.mark.parametrize(
    "text",
    [
        "曾供职谷歌的王立明将出任首席科学家。",
        "據悉，曾供職通用電氣的王立明將被委任為財務董事。",
        "原在帝亚吉欧任职的陈思远接任该公司首席执行官。",
        "星云科技任命曾就职于海豚电子的王立明为首席科学家。",
    ],
)
def test_an_employer_in_a_phrase_telling_the_person_s_past_holds_no_new_post(read: Reader, text: str) -> None:
    """曾供职X的张三: X is where they worked; the post taken is elsewhere (or, unnamed, nowhere said)."""
    doc = read(text)
    assert doc.name(doc.one("appointment").org) in (None, "星云科技")


@pytest.mark.parametrize(
    "text",
    [
        "曾在星云科技任职的王芳重返星云科技，出任首席技术官。",
        "曾在星雲科技任職的王芳重返星雲科技，出任首席技術官。",
        "原在星云科技工作的王芳回归星云科技。",
        "曾与星云科技合作的王芳出任星云科技首席财务官。",
    ],
)
def test_an_employer_of_the_past_named_again_by_the_move_holds_the_post(read: Reader, text: str) -> None:
    """曾在X任职的张三重返X: the move names X again outside the phrase of the past, so X holds the post; 曾 alone
    (曾与X合作) tells no past employer."""
    assert read(text).name(read(text).one("appointment").org) == "星云科技"


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("曾在谷歌任职的王立明将出任星云科技首席科学家。", ("谷歌", None)),
        ("曾在穀歌擔任研究員的王立明將出任星雲科技首席科學家。", ("谷歌", "研究员")),
    ],
)
def test_a_past_post_describing_the_person_leaves_the_new_post_told(
    read: Reader, text: str, moved: tuple[str, str | None]
) -> None:
    """曾在X任职的张三将出任Y CTO: the past marker describes 张三, no time of the appointment; the title after
    the appointing word is the new post's, not the one left."""
    doc = read(text)
    appointment = doc.one("appointment")
    assert (doc.name(appointment.org), appointment.role) == ("星云科技", "首席科学家")
    assert [(doc.name(e.org), e.role) for e in doc.of_type("departure")] == [moved]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CEO王强担任本场比赛评委。",
        "星雲科技執行長王強擔任本屆大賽評審。",
        "歌手李娜出任星云科技品牌代言人。",
    ],
)
def test_a_part_played_at_an_event_or_for_a_brand_is_no_post(read: Reader, text: str) -> None:
    """担任评委, 出任代言人: no post is taken; the title before the person is the one they hold."""
    assert read(text).of_type("appointment") == []


@pytest.mark.parametrize(
    "text", ["王芳出任星云科技首席执行官兼品牌形象大使。", "王芳出任星雲科技執行長兼品牌形象大使。"]
)
def test_a_part_played_beside_a_post_leaves_the_post(read: Reader, text: str) -> None:
    """A part after the post (CEO兼形象大使) is a second one beside it: the post is taken."""
    assert _posts(read(text), "appointment") == {("王芳", "星云科技", "CEO")}


@pytest.mark.parametrize(
    "text", ["星云科技引入自然人股东王芳。", "北辰智能引进战略投资者李娜。", "北辰智能引進策略投資人李娜。"]
)
def test_a_shareholder_brought_in_takes_no_post(read: Reader, text: str) -> None:
    """引入股东/投资者: an owner is brought in, no one takes a post."""
    assert read(text).of_type("appointment") == []


@pytest.mark.parametrize(
    "text",
    [
        "曾在北辰大学担任副院长的王芳将出任星云科技首席科学家。",
        "曾在北辰大學擔任副院長的王芳將出任星雲科技首席科學家。",
    ],
)
def test_a_deputy_post_of_the_past_keeps_its_mark(read: Reader, text: str) -> None:
    """曾在X担任副院长的张三: the post left is the deputy's, not the head's."""
    assert read(text).one("departure").role == "副院长"


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CTO近日离职。据悉，此人为张伟，他于2020年加入星云科技。",
        "星雲科技技術長日前請辭。據悉，此人為張偉。",
        "星云科技一位副总裁已于上月离职。该高管为分管销售的副总裁张伟。",
    ],
)
def test_a_leaver_told_by_title_is_the_person_the_next_sentence_says_it_was(read: Reader, text: str) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "离开蓝海科技三年后，张伟近日从星云科技离职。",
        "2019年离开蓝海科技的张伟，近日又从星云科技离职。",
        "張偉2019年離開藍海科技，加入星雲科技，近日又從星雲科技離職。",
    ],
)
def test_a_career_told_before_the_news_in_one_sentence_leaves_each_organisation(
    read: Reader, text: str
) -> None:
    assert {(p, o) for p, o, _ in _moves(read(text))} == {("张伟", "蓝海科技"), ("张伟", "星云科技")}


def test_two_leaving_words_of_one_post_are_one_leaving(read: Reader) -> None:
    assert _moves(read("张伟辞去星云科技CEO职务，离开了星云科技。")) == {("张伟", "星云科技", None)}


def test_a_second_leaving_word_with_no_organisation_named_is_the_same_leaving(read: Reader) -> None:
    """重返学术界 names no firm; the one the article named last (蓝海科技) is no second organisation left."""
    doc = read(
        "蓝海科技宣布张伟加盟。据知情人士透露，星云科技实验室主任张伟已经从星云科技离职，未来将重返学术界。"
    )
    assert {(p, o) for p, o, _ in _moves(doc)} == {("张伟", "星云科技")}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CTO近日离职。接任者名为李强。",
        "星雲科技技術長近日離職。接任者名為李強。",
        "星云科技副总裁近日离职。新任副总裁名叫李强。",
        "星雲科技副總裁日前請辭。繼任人選確認為李強。",
    ],
)
def test_a_name_given_to_another_is_not_the_leavers(read: Reader, text: str) -> None:
    """接任者名为李强: a naming word alone does not say whose name it gives; the successor is not the leaver."""
    assert {p for p, _, _ in _moves(read(text)) if p} == set()


@pytest.mark.parametrize(
    "text",
    [
        "（星云社记者陈晓北京1日电）月光智能首席技术官已于近日离职。",
        "（星雲社記者陳曉台北1日電）月光智能技術長已於上月底離職。",
        "月光智能首席技术官于近日离职，公司尚未公布继任人选。（记者陈晓）",
        "〔記者陳曉／台北報導〕月光智能技術長已於上月底離職。",
        "本报讯（记者陈晓）月光智能首席技术官已于近日离职。",
        "（海川日报记者陈晓上海3日电）月光智能宣布，聘任新的首席财务官。",
    ],
)
def test_a_bylined_reporter_is_named_but_takes_no_part_in_the_news(read: Reader, text: str) -> None:
    doc = read(text)
    assert "陈晓" in {e.name for e in doc.extraction.entities if e.label == "Person"}
    assert all(doc.name(e.person) != "陈晓" for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "上证报中国证券网讯（记者 陈晓）18日，月光电气发布公告称，公司近期中标一项数据中心项目。",
        "經濟日報訊（記者 陳曉）18日，月光電氣發布公告稱，公司近期得標一項資料中心專案。",
    ],
)
def test_a_spaced_byline_is_no_clause_of_the_news_after_it(read: Reader, text: str) -> None:
    """A space between 记者 and the name in a byline joins a post to its holder for roles, but the byline takes
    no part in the clauses of the news: the announcing company still wins the bid it tells of."""
    doc = read(text)
    assert any(e.type == "partnership" and "月光电气" in {doc.name(o) for o in e.orgs} for e in doc.events)
