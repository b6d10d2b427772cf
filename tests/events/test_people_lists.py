"""People leaving together, in invented sentences: lists whose members each carry a post, and lists of
people named after a plural report ("多位高管相继离职，包括A和B")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import Read

Reader = Callable[..., Read]


def _departures(doc: Read) -> dict[str | None, str | None]:
    """Who left which organisation, by name."""
    return {doc.name(e.person): doc.name(e.org) for e in doc.of_type("departure")}


def test_every_member_of_a_list_with_posts_leaves(read: Reader) -> None:
    doc = read("星河智能首席科学家王建国和研究副总裁李明远也宣布离职。")
    assert _departures(doc) == {"王建国": "星河智能", "李明远": "星河智能"}


def test_each_member_of_a_list_leaves_the_organisation_of_their_own_post(read: Reader) -> None:
    doc = read("星河智能首席科学家王建国、蓝海科技CTO李明远宣布离职。")
    assert _departures(doc) == {"王建国": "星河智能", "李明远": "蓝海科技"}


def test_a_title_between_two_names_joins_no_list(read: Reader) -> None:
    doc = read("王建国助理李明远宣布离职。")
    assert set(_departures(doc)) == {"李明远"}


def test_people_leaving_together_leave_where_the_article_placed_one_of_them(read: Reader) -> None:
    doc = read("云帆科技数据主管李明远表示，公司很好。蓝海科技也发布了新品。当时赵海和李明远相继出走。")
    assert _departures(doc) == {"赵海": "云帆科技", "李明远": "云帆科技"}


@pytest.mark.parametrize(
    "text",
    [
        "百度近期多名高管离职，包括副总裁张伟和首席科学家李强。",
        "据报百度近月多位骨干相继出走，其中有副总裁张伟、首席科学家李强。",
    ],
)
def test_people_listed_after_a_group_s_departure_each_leave(read: Reader, text: str) -> None:
    doc = read(text)
    left = {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("departure")}
    assert left == {("张伟", "百度"), ("李强", "百度")}


@pytest.mark.parametrize(
    "text",
    [
        "月光汽车最近有两位副总裁离开，一位是负责销售的刘晓东，另一位是负责供应链的孙卫民。",
        "月光汽车近期多位高管离职。一位离开的是销售负责人刘晓东，另一位离开的是供应链负责人孙卫民。",
        "月光汽車最近有兩位副總裁離開，一位是負責銷售的劉曉東，另一位則是負責供應鏈的孫衛民。",
    ],
)
def test_people_named_one_by_one_after_a_group_s_departure_each_leave(read: Reader, text: str) -> None:
    assert _departures(read(text)) == {"刘晓东": "月光汽车", "孙卫民": "月光汽车"}


@pytest.mark.parametrize(
    "text",
    [
        "月光汽车近一年来已有三位高管离开。第一位是CTO刘晓东，第二位是CFO孙卫民。",
        "月光汽车近一年来已有三位高管离开。首先是CTO刘晓东，其次是CFO孙卫民。",
        "月光汽车近一年来高管接连出走。原CTO刘晓东、原CFO孙卫民均在其中。",
        "月光汽车近一年来高管接连出走。其中包括原CTO刘晓东和原CFO孙卫民。",
    ],
)
def test_people_named_one_by_one_in_the_sentence_after_a_group_s_departure_each_leave(
    read: Reader, text: str
) -> None:
    assert _departures(read(text)) == {"刘晓东": "月光汽车", "孙卫民": "月光汽车"}


@pytest.mark.parametrize(
    "text",
    [
        # The sentence after opens with someone speaking, not with the list.
        "月光汽车近一年来已有三位高管离开。CEO刘晓东表示，第一位是CTO孙卫民。",
        # The sentence before names no group leaving.
        "月光汽车近一年来推出三款新车。第一位是CTO孙卫民。",
    ],
)
def test_people_listed_after_no_group_s_departure_or_after_a_speaker_do_not_leave(
    read: Reader, text: str
) -> None:
    assert "孙卫民" not in _departures(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "月光汽车副总裁刘晓东离职，一位是他的老同事孙卫民。",
        "月光汽车副总裁刘晓东离开了，接替他的是孙卫民。",
        "让刘晓东离开的是薪酬问题。",
    ],
)
def test_people_named_beside_one_who_leaves_do_not_leave(read: Reader, text: str) -> None:
    assert "孙卫民" not in _departures(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "月光汽车近日再有高管离职。继CTO刘晓东之后，CFO孙卫民也于近日离开。",
        "继月光汽车CTO刘晓东后，孙卫民也宣布离职。",
        "月光汽车近日再有高管离职。除了CTO刘晓东，CFO孙卫民也在近半年内离开。",
        "继联合创始人刘晓东之后，CFO孙卫民、首席科学家王立先后离开月光汽车。",
        "继CTO刘晓东之后，月光汽车CFO孙卫民、首席科学家王立相继离职。",
        "继CTO刘晓东之后，月光汽车CFO孙卫民又宣布离职。",
    ],
)
def test_the_one_whose_leaving_another_follows_left_too(read: Reader, text: str) -> None:
    assert {"刘晓东": "月光汽车", "孙卫民": "月光汽车"}.items() <= _departures(read(text)).items()


@pytest.mark.parametrize(
    "text",
    [
        "孙卫民继CTO刘晓东之后离开了月光汽车。",
        "孙卫民是继刘晓东之后第二位离开月光汽车的联合创始人。",
        "孙卫民成为继刘晓东之后又一位离开月光汽车的高管。",
        "孫衛民是繼劉曉東之後第二位離開月光汽車的聯合創始人。",
    ],
)
def test_the_one_the_leavers_own_clause_says_they_follow_left_first(read: Reader, text: str) -> None:
    assert _departures(read(text)) == {"刘晓东": "月光汽车", "孙卫民": "月光汽车"}


@pytest.mark.parametrize(
    "text",
    [
        "刘晓东离职后不久，孙卫民也辞去了月光汽车CTO一职。",
        "刘晓东刚刚离职，孙卫民随后也宣布离开月光汽车。",
        "刘晓东离职一周后，另一位联合创始人孙卫民也宣布离开月光汽车。",
    ],
)
def test_the_organisation_a_later_leaver_leaves_too_is_the_first_ones(read: Reader, text: str) -> None:
    assert _departures(read(text)) == {"刘晓东": "月光汽车", "孙卫民": "月光汽车"}


def test_the_one_followed_in_a_clause_of_its_own_is_still_the_leaver_when_no_other_is_named(
    read: Reader,
) -> None:
    """ "这是继A之后，又一位离开X的高管": the clause of 继 is the only one naming a person, who left."""
    doc = read("月光汽车CTO刘晓东近日离职。这是继COO孙卫民之后，又一位离开月光汽车的高管。")
    assert _departures(doc) == {"刘晓东": "月光汽车", "孙卫民": "月光汽车"}


def test_a_leaver_with_an_organisation_of_their_own_keeps_it(read: Reader) -> None:
    doc = read("刘晓东离开了星云科技，孙卫民也离开了月光汽车。")
    assert _departures(doc) == {"刘晓东": "星云科技", "孙卫民": "月光汽车"}


def test_the_one_followed_does_not_take_the_title_of_those_who_follow(read: Reader) -> None:
    doc = read("继CTO刘晓东之后，CFO孙卫民也离开了月光汽车。")
    roles = {doc.name(e.person): e.role for e in doc.of_type("departure")}
    assert roles["孙卫民"] == "CFO" and roles["刘晓东"] != "CFO"


@pytest.mark.parametrize(
    "text",
    [
        "继刘晓东加盟蓝海科技之后，孙卫民也离开了月光汽车。",  # another doing, not the same change
        "继刘晓东之后，孙卫民离开了月光汽车。",  # no word saying it is the same
        "除了月光汽车，孙卫民也离开了星云科技。",  # an organisation besides, no one else leaving
    ],
)
def test_a_clause_before_a_departure_not_telling_the_same_change_adds_no_leaver(
    read: Reader, text: str
) -> None:
    assert set(_departures(read(text))) == {"孙卫民"}


def test_people_listed_as_joining_leave_the_employer_their_former_title_names(read: Reader) -> None:
    doc = read("近几个月加入百度的关键人才还包括商汤前算法副总裁张伟，旷视原核心成员、云从科技创始人李强。")
    left = {(doc.name(e.person), doc.name(e.org), doc.name(e.to_org)) for e in doc.of_type("departure")}
    assert left == {("张伟", "商汤科技", "百度"), ("李强", "旷视科技", "百度")}
    assert doc.name(doc.one("appointment").org) == "百度"


def test_a_former_title_beside_someone_else_s_new_post_is_no_departure(read: Reader) -> None:
    assert read("张伟加入百度，原商汤副总裁李强则另谋出路。").of_type("departure") == []


def _destinations(doc: Read) -> dict[str | None, str | None]:
    """Where each leaver went, by name."""
    return {doc.name(e.person): doc.name(e.to_org) for e in doc.of_type("departure")}


def test_the_former_and_the_latter_go_their_own_ways(read: Reader) -> None:
    doc = read("月光汽车CTO刘晓东、CFO孙卫民先后离开，前者加入了星云科技，后者则选择创业。")
    joined = {doc.name(e.person): doc.name(e.org) for e in doc.of_type("appointment")}
    assert (_destinations(doc), joined) == ({"刘晓东": "星云科技", "孙卫民": None}, {"刘晓东": "星云科技"})


def test_people_who_respectively_join_two_companies_each_join_their_own(read: Reader) -> None:
    doc = read("月光汽车副总裁刘晓东与首席科学家孙卫民已经离职，两人分别加入了星云科技和华为。")
    assert _destinations(doc) == {"刘晓东": "星云科技", "孙卫民": "华为"}


def test_people_of_a_sentence_after_a_group_s_departure_are_not_all_among_it(read: Reader) -> None:
    """Without a word placing them among the group, people named next did something else."""
    assert "刘晓东" not in _departures(read("月光汽车近一年来高管接连出走。CEO刘晓东表示，公司运营正常。"))


def test_a_speaker_after_the_clause_placing_people_among_a_group_is_not_among_it(read: Reader) -> None:
    """A sentence placing people among the leavers ("A、B也在其中") may name in a later clause someone who speaks."""
    doc = read("星云科技近半年已有多名高管离职。前CTO张伟、前CFO李强也在其中，公司CEO王芳对此表示遗憾。")
    assert _departures(doc) == {"张伟": "星云科技", "李强": "星云科技"}


@pytest.mark.parametrize(
    "text",
    [
        "近半年，星云科技流失了CTO张伟、COO李强等多位高管。",
        "星云科技近半年接连流失首席技术官张伟、首席运营官李强等核心人才。",
    ],
)
def test_people_named_as_what_a_company_lost_each_leave_it(read: Reader, text: str) -> None:
    """A company losing staff names those who left after the word, as its object, not before it."""
    assert _departures(read(text)) == {"张伟": "星云科技", "李强": "星云科技"}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CTO张伟表示，公司用户流失严重。",
        "星云科技副总经理张伟表示，今年当地的水土流失有所减少。",
        "星雲科技副總經理張偉表示，今年當地的水土流失有所減少。",
    ],
)
def test_losing_customers_or_goods_names_no_one_who_left(read: Reader, text: str) -> None:
    """A post in another clause than the word is the speaker's, not one of those lost."""
    assert _departures(read(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技两位创始人分别是张伟和李强（李强已于2019年离开星云科技），两人均为海归。",
        "张伟、李强（已离职）和王芳曾是星云科技的核心成员。",
    ],
)
def test_a_departure_told_in_brackets_is_only_of_the_person_they_gloss(read: Reader, text: str) -> None:
    """A bracketed note of leaving is about the person named in it or right before it, not the whole list."""
    assert _departures(read(text)) == {"李强": "星云科技"}


def test_each_clause_of_a_list_after_a_colon_names_one_who_left(read: Reader) -> None:
    """The words "多名高管出走：" open a list of one clause per person, each telling where that one went."""
    text = "星云科技多名高管出走：CTO张伟去了月光智能，COO李强则回到了学校。"
    assert _departures(read(text)) == {"张伟": "星云科技", "李强": "星云科技"}


def test_a_clause_of_speech_after_a_colon_names_no_one_who_left(read: Reader) -> None:
    text = "星云科技多名高管离职：CTO张伟加盟月光智能，CEO王芳表示遗憾。"
    assert _departures(read(text)) == {"张伟": "星云科技"}


def test_setting_up_on_their_own_leaves_the_company_of_the_former_posts(read: Reader) -> None:
    text = "星云科技近两年人才流失严重，前CTO张伟、前COO李强均已另立门户。"
    assert _departures(read(text)) == {"张伟": "星云科技", "李强": "星云科技"}


def test_a_title_glossing_one_person_in_brackets_is_not_the_others(read: Reader) -> None:
    """ "包括A（前X CTO）、B、C在内…出走": the bracket says who A was; B and C leave without that title."""
    doc = read("包括张伟（前星云科技CTO）、李强、王芳在内的多名核心成员已相继出走。")
    roles = {doc.name(e.person): e.role for e in doc.of_type("departure")}
    assert roles["张伟"] == "CTO" and roles["李强"] != "CTO" and roles["王芳"] != "CTO"


def test_where_one_of_a_colon_list_went_is_not_what_the_next_one_left(read: Reader) -> None:
    """In "多名高管出走：A加盟X，B则自立门户", X is where A went; B left the company the article is about."""
    text = "星云科技近期人事动荡。多名高管出走：CTO张伟加盟月光智能，COO李强则自立门户。"
    assert _departures(read(text)) == {"张伟": "星云科技", "李强": "星云科技"}


def test_what_one_founds_on_setting_up_on_their_own_is_not_what_they_left(read: Reader) -> None:
    """自立门户 takes no object: the company founded after it (创办Y) is no employer left."""
    text = "李强曾任星云科技CTO，2020年自立门户创办月光智能。"
    assert _departures(read(text)) == {"李强": "星云科技"}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CTO张伟与CFO李强都曾是公司创始团队成员。如今两人均已离开星云科技。",
        "星云科技CTO张伟和CFO李强是公司元老，如今两人都已离开。",
        "星云科技首席科学家张伟与副总裁李强近日接受了采访。他们表示，将于年底离开公司。",
    ],
)
def test_a_word_for_a_group_leaving_stands_for_the_people_named_before(read: Reader, text: str) -> None:
    """ "A与B……两人均已离开": 两人 (他们) are the two named in the sentence or the last one naming anyone."""
    assert _departures(read(text)) == {"张伟": "星云科技", "李强": "星云科技"}


def test_a_word_for_a_group_of_another_count_stands_for_no_one(read: Reader) -> None:
    """Three people named before "两人已离职": which two is not said."""
    text = "星云科技CTO张伟、CFO李强与COO王芳均为创始团队成员。两人已于近日离职。"
    assert _departures(read(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CTO张伟上月离职；3月，COO李强紧随其后。",
        "星云科技CTO张伟上月离职，COO李强亦步其后尘。",
    ],
)
def test_one_following_someone_who_left_leaves_too(read: Reader, text: str) -> None:
    """ "A离职；B紧随其后": B left the same way, told in the sentence before or the same one."""
    assert _departures(read(text)) == {"张伟": "星云科技", "李强": "星云科技"}


@pytest.mark.parametrize(
    "text",
    [
        "张伟和李强出席了星云科技的发布会。另有两位同事已于上月离职。",
        "张伟和李强出席了星云科技的发布会。公司另有两人已于上月离职。",
        "张伟和李强出席了星云科技的发布会。据悉，他们的两位助理已于上月离职。",
    ],
)
def test_a_group_word_counting_owning_or_adding_others_stands_for_no_one_named(
    read: Reader, text: str
) -> None:
    """ "两位同事" counts colleagues, "他们的助理" are theirs, "另有两人" are two more: none of them is 张伟 or 李强."""
    assert _departures(read(text)) in ({}, {None: "星云科技"})


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CTO张伟上月离职。王芳领导的团队紧随其后，推出了新产品。",
        "星云科技CTO张伟上月离职。李强担任CEO的公司紧随其后宣布裁员。",
    ],
)
def test_a_person_describing_what_follows_a_leaver_does_not_leave(read: Reader, text: str) -> None:
    """ "王芳领导的团队紧随其后": the team follows, and 王芳, who only says whose it is, leaves nothing."""
    assert _departures(read(text)) == {"张伟": "星云科技"}


def test_a_firm_following_in_a_ranking_leaves_nothing(read: Reader) -> None:
    """ "腾讯紧随其后" ranks a firm second: no one leaves, though a departure was told before."""
    text = "星云科技CTO张伟上月离职。百度的市场份额第一，腾讯紧随其后。"
    assert _departures(read(text)) == {"张伟": "星云科技"}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技今年以来已有多名高管离职。最早离开的是CTO张伟，随后是CFO李强，最近一位是COO王芳。",
        "离开星云科技的不仅有CTO张伟，还有CFO李强以及COO王芳。",
    ],
)
def test_clauses_going_on_with_the_list_after_its_first_member_name_the_next(read: Reader, text: str) -> None:
    """ "离开的是A，随后是B，最近一位是C": each clause after the first member names the next one who left."""
    assert _departures(read(text)) == {"张伟": "星云科技", "李强": "星云科技", "王芳": "星云科技"}


@pytest.mark.parametrize(
    "text",
    [
        "离开星云科技的是CTO张伟，也有人说李强将接任CTO。",
        "离开星云科技的是CTO张伟，还有人透露李强也在考虑去留。",
    ],
)
def test_talk_in_a_clause_going_on_with_the_list_names_no_next_member(read: Reader, text: str) -> None:
    """ "离开的是A，也有人说B将接任": the clause reports what some say of B, who is not listed as leaving."""
    assert _departures(read(text)) == {"张伟": "星云科技"}


@pytest.mark.parametrize(
    "text",
    [
        "与CTO张伟一同离开星云科技的，还有CFO李强。",
        "与CTO张伟一同离开星云科技的还有CFO李强。",
    ],
)
def test_the_one_listed_with_a_named_leaver_leaves_too(read: Reader, text: str) -> None:
    """ "与A一同离开X的还有B": A, named in the clause, and B both left."""
    assert _departures(read(text)) == {"张伟": "星云科技", "李强": "星云科技"}


@pytest.mark.parametrize(
    ("text", "leaver"),
    [
        ("星云科技CTO张伟与CEO王芳在战略上存在分歧。最终，前者选择了离开。", "张伟"),
        ("星云科技CTO张伟与CEO王芳在战略上存在分歧。最终，后者选择了离开。", "王芳"),
    ],
)
def test_the_former_or_the_latter_leaving_is_the_first_or_last_named_before(
    read: Reader, text: str, leaver: str
) -> None:
    """ "A与B……。最终，前者选择了离开": 前者 is A, 后者 B, of the sentence before."""
    assert _departures(read(text)) == {leaver: "星云科技"}


def test_the_owner_of_a_team_someone_leaves_does_not_leave(read: Reader) -> None:
    """ "X主管张伟的团队又有一名高管离开": the leaver is an unnamed executive of the team, not 张伟 who owns it."""
    doc = read("苹果公司机器学习主管张伟的团队又有一名高管离开。")
    assert [doc.name(e.person) for e in doc.of_type("departure")] == [None]


def test_a_leaving_told_as_a_noun_after_a_person_s_name_is_theirs(read: Reader) -> None:
    """ "张伟的离职引发了员工的担忧": a person noun after the leaving word owns nothing; 张伟 left."""
    doc = read("星云科技CTO张伟的离职引发了员工的担忧。")
    assert _departures(doc) == {"张伟": "星云科技"}


@pytest.mark.parametrize(
    "text",
    [
        "蓝海科技近期接连引入多位重量级人物：前星云智能首席科学家陈一鸣、前启明科技副总裁李默，以及前北辰智能CTO王立。",
        "藍海科技近期接連延攬多位重量級人物：前星雲智能首席科學家陳一鳴、前啟明科技副總裁李默，以及前北辰智能技術長王立。",
        "蓝海科技今年迎来三位新高管，包括前星云智能首席科学家陈一鸣、前启明科技副总裁李默和前北辰智能CTO王立。",
    ],
)
def test_people_a_firm_brings_in_listed_after_a_group_move_from_their_former_posts_to_it(
    read: Reader, text: str
) -> None:
    """A word of bringing people in whose object is a group named by no one lists them after an inclusion word:
    each former post is a move to the firm bringing them in."""
    doc = read(text)
    moves = {(doc.name(e.person), doc.name(e.org), doc.name(e.to_org)) for e in doc.of_type("departure")}
    assert moves == {
        ("陈一鸣", "星云智能", "蓝海科技"),
        ("李默", "启明科技", "蓝海科技"),
        ("王立", "北辰智能", "蓝海科技"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "星云科技开发者大会迎来多位重量级嘉宾，包括图灵奖得主张伟和北辰大学教授李娜。",
        "星雲科技開發者大會迎來多位重量級嘉賓，包括圖靈獎得主張偉和北辰大學教授李娜。",
        "北辰智能迎来多位新股东：张伟、李娜。",
        "北辰智能迎來多位新股東：張偉、李娜。",
    ],
)
def test_guests_or_shareholders_a_firm_welcomes_take_no_post(read: Reader, text: str) -> None:
    """A group of guests or owners welcomed (迎来多位嘉宾/新股东) is no staff: the people listed take no post."""
    assert read(text).of_type("appointment") == []


@pytest.mark.parametrize(
    "text",
    [
        "继星云科技CTO张伟之后，CFO李娜也宣布离职。",
        "繼星雲科技技術長張偉之後，財務長李娜也宣布離職。",
        "继星云科技首席技术官张伟之后，首席财务官李娜也已离开公司。",
    ],
)
def test_the_one_followed_left_the_post_written_before_them_not_the_followers(
    read: Reader, text: str
) -> None:
    """ "继CTO张伟之后，CFO李娜也离职": 张伟 left the CTO post, 李娜 the CFO one."""
    doc = read(text)
    assert {(doc.name(e.person), e.role) for e in doc.of_type("departure")} == {
        ("张伟", "CTO"),
        ("李娜", "CFO"),
    }
