"""Person-title-organisation roles read from sentences."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor


def roles(extractor: Extractor, text: str) -> list[tuple[str, str | None, str, bool]]:
    extraction = extractor.extract(text, "t")
    names = {e.id: e.name for e in extraction.entities}
    return [
        (names[r.person], names.get(r.org) if r.org else None, r.title, r.current) for r in extraction.roles
    ]


def posts(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    """The (person, organisation, title) of each role, whatever its tense."""
    return [role[:3] for role in roles(extractor, text)]


def test_org_title_person(extractor: Extractor) -> None:
    assert roles(extractor, "商汤CEO徐立表示，公司将继续投入。") == [("徐立", "商汤科技", "CEO", True)]


def test_one_persons_posts_at_two_firms_written_before_the_name_are_both_roles(extractor: Extractor) -> None:
    """A董事长、B CEO + Y: each firm written before its post, the holder after the last; the first firm is an
    unknown name, found as the employer of the post Y holds."""
    found = roles(extractor, "北辰语智董事长、星云科技CEO李明远出席了发布会。")
    assert {(person, org, title) for person, org, title, _ in found} == {
        ("李明远", "北辰语智", "董事长"),
        ("李明远", "星云科技", "CEO"),
    }


@pytest.mark.parametrize(
    "text", ["深空北极副总裁吕鹏表示，智能化是下半场。", "深空北極副總裁呂鵬表示，智能化是下半場。"]
)
def test_a_coined_employer_lac_splits_into_single_adjectives_holds_the_post(
    extractor: Extractor, text: str
) -> None:
    """LAC splits a coined word it does not know into characters it reads as adjectives (深 + 空 + 北极): two in a
    row are a word of the name, where a qualifier stands alone."""
    assert [(person, org, title) for person, org, title, _ in roles(extractor, text)] == [
        ("吕鹏", "深空北极", "副总裁")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "今日凌晨Norvex的首席技术官Anna Berg正式宣布离职。",
        "今日凌晨Norvex 的首席技术官 Anna Berg 正式宣布了一个消息。",
        "今日凌晨Norvex 的首席技術官 Anna Berg 正式宣布離職。",
    ],
)
def test_a_latin_employer_after_a_time_and_spaced_off_holds_the_post(extractor: Extractor, text: str) -> None:
    """A time opening the clause says when, not what kind of thing the name is; spaces set a Latin name off the
    Chinese words around it (Norvex + 的 + CTO)."""
    assert [(person, org) for person, org, _ in posts(extractor, text)] == [("Anna Berg", "Norvex")]


def test_a_time_before_a_plain_noun_and_a_post_makes_no_employer(extractor: Extractor) -> None:
    """Only a word LAC reads as a name after a time is an employer: 今年 + 公司 is a phrase."""
    assert posts(extractor, "今年公司首席技术官李明远宣布离职。") == [("李明远", None, "CTO")]


def test_a_lone_qualifier_before_a_noun_names_no_firm(extractor: Extractor) -> None:
    """One adjective before a noun qualifies it (新 + 老客户); it is no split name."""
    found = extractor.extract("新老客户都很满意，公司又大又强。", "t")
    assert not [e for e in found.entities if e.label == "Company"]


def test_a_title_glossed_in_brackets_keeps_its_organisation(extractor: Extractor) -> None:
    found = roles(extractor, "据悉，商汤首席技术官（CTO）王立新表示，公司将继续投入。")
    assert ("王立新", "商汤科技", "CTO", True) in found


def test_a_name_whose_surname_lac_glues_to_the_title_still_holds_it() -> None:
    # LAC reads 官颜 + 水 + 成: the title ends inside a word, the name starts there.
    rules = Extractor(recogniser="rules")
    assert roles(rules, "依图科技首席技术官颜水成已于近期离职。") == [("颜水成", "依图科技", "CTO", False)]


def test_a_former_role(extractor: Extractor) -> None:
    assert roles(extractor, "原依图科技CTO颜水成已加盟澄星。") == [("颜水成", "依图科技", "CTO", False)]


def test_the_role_of_an_org_known_by_id_is_linked_by_id(extractor: Extractor) -> None:
    extraction = extractor.extract("商汤CEO徐立表示", "t")
    assert extraction.roles[0].org == "sensetime"


def test_titles_are_normalised_from_any_spelling(extractor: Extractor) -> None:
    assert roles(extractor, "鲸跃科技首席执行官林若溪说。") == [("林若溪", "鲸跃科技", "CEO", True)]
    assert roles(extractor, "鯨躍科技執行長林若溪說。") == [("林若溪", "鲸跃科技", "CEO", True)]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("研發長", "首席研发官"),
        ("永續長", "首席可持续发展官"),
        ("數位長", "首席数字官"),
        ("創新長", "首席创新官"),
        ("商務長", "首席商务官"),
    ],
)
def test_a_chief_officer_in_taiwans_words_is_the_chief_officer(
    extractor: Extractor, written: str, title: str
) -> None:
    """Taiwan names a chief officer by the field and 長 (研發長), as it names the CTO 技術長."""
    text = f"星河電子{written}林志明表示，AI伺服器需求強勁。"
    assert roles(extractor, text) == [("林志明", "星河电子", title, True)]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("董座", "董事长"),
        ("總座", "总经理"),
        ("副董", "副董事长"),
        ("總經理特助", "总经理助理"),
        ("PC事業群總經理", "PC事业群总经理"),  # a group's general manager, not its president
    ],
)
def test_taiwans_short_forms_of_a_chair_and_a_general_manager_are_posts(
    extractor: Extractor, written: str, title: str
) -> None:
    """Taiwan's press calls the chair 董座 and the general manager 總座 (the seat names the post), shortens the
    vice chair to 副董 and a special assistant to 特助."""
    text = f"星河電子{written}林志明表示，AI伺服器需求強勁。"
    assert roles(extractor, text) == [("林志明", "星河电子", title, True)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("星云科技代董事长王立回应称，公司经营正常。", "代董事长"),
        ("星云科技署理行政总裁王立回应称。", "署理CEO"),
    ],
)
def test_an_acting_post_is_held_at_its_organisation(extractor: Extractor, text: str, title: str) -> None:
    assert roles(extractor, text) == [("王立", "星云科技", title, True)]


def test_person_with_org_and_title_in_brackets(extractor: Extractor) -> None:
    assert roles(extractor, "周牧野（星海智芯创始人）昨日在深圳表示。") == [
        ("周牧野", "星海智芯", "创始人", True)
    ]


def test_joined_titles_give_one_role_each(extractor: Extractor) -> None:
    found = roles(extractor, "李明，云帆智驾联合创始人兼CEO，表示。")
    assert found == [("李明", "云帆智驾", "联合创始人", True), ("李明", "云帆智驾", "CEO", True)]


def test_serving_and_having_served(extractor: Extractor) -> None:
    assert roles(extractor, "张伟担任澄星科技的首席技术官。") == [("张伟", "澄星科技", "CTO", True)]
    assert roles(extractor, "颜水成曾担任依图科技CTO。") == [("颜水成", "依图科技", "CTO", False)]


def test_a_pronoun_stands_for_the_organisation(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技发布新品。其CTO梁启航表示满意。") == [
        ("梁启航", "澄星科技", "CTO", True)
    ]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("星云日报记者获悉，月光智能近日发生人事变动，其CTO张伟已经离职。", "月光智能"),
        ("《星云日报》日前获悉，百度近日发生人事变动，其首席投资官张伟已经离职。", "百度"),
    ],
)
def test_a_pronoun_does_not_stand_for_the_outlet_citing_its_news(
    extractor: Extractor, text: str, org: str
) -> None:
    """An outlet opening the sentence with what it learnt (记者获悉, 》日前获悉) is no topic 其 refers back to."""
    assert posts(extractor, text)[-1][1] == org


def test_the_evidence_is_the_sentence_in_the_original_text(extractor: Extractor) -> None:
    text = "澄星科技發佈新品。原依圖科技CTO顏水成已離職。"
    role = extractor.extract(text, "t").roles[0]
    assert role.evidence == text[role.start : role.end] == "原依圖科技CTO顏水成已離職。"


def test_a_unit_between_organisation_and_title_stays_in_the_title(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技无人机研发副总裁梁启航宣布离职。") == [
        ("梁启航", "澄星科技", "无人机研发副总裁", False)
    ]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # LAC: 中芯国际联席 + CEO: the prefix proper is the post's.
        ("中芯国际联席CEO赵海军说，产能仍然紧张。", ("赵海军", "中芯国际", "联席CEO")),
        # 星云科技 + 智能 + 驾驶 + 高级总监: the field after a closing suffix, verb and all, is the post's.
        ("星云科技智能驾驶高级总监李国栋称，新系统明年量产。", ("李国栋", "星云科技", "智能驾驶高级总监")),
        ("星雲科技智能駕駛資深協理陳志明說，系統年底上路。", ("陈志明", "星云科技", "智能驾驶资深协理")),
        # LAC: 蓝海集团云计算事业部: the unit's name opens with a suffix (云), the group's name is closed before.
        ("蓝海集团云计算事业部总经理杨志远说，收入翻倍。", ("杨志远", "蓝海集团", "云计算事业部总经理")),
        # A unit's Latin initials between the field and the post: 星云科技智能汽车 + BU + 总裁.
        ("星云科技智能汽车BU总裁王立新表示，订单充足。", ("王立新", "星云科技", "智能汽车BU总裁")),
        # A field before a prefixed post that no field qualifies (联席CEO as CEO) is the firm's.
        ("星云数据联席CEO王立新表示，订单充足。", ("王立新", "星云数据", "联席CEO")),
        # Known names: 阿里巴巴集团 + 智能汽车 + 事业群总裁, 腾讯控股 + 智能驾驶 + 高级总监.
        (
            "阿里巴巴集团智能汽车事业群总裁王立新表示，订单充足。",
            ("王立新", "阿里巴巴", "智能汽车事业群总裁"),
        ),
        ("腾讯控股智能驾驶高级总监王立新表示，订单充足。", ("王立新", "腾讯", "智能驾驶高级总监")),
    ],
)
def test_a_prefix_field_or_unit_between_a_closed_name_and_a_post_is_the_posts(
    extractor: Extractor, text: str, post: tuple[str, str, str]
) -> None:
    assert posts(extractor, text) == [post]


def test_what_follows_a_joiner_of_two_posts_is_the_second_posts_not_an_employer(extractor: Extractor) -> None:
    """LAC reads 兼云 as a person's name before 业务总裁: the joiner opens the second post, no firm."""
    found = posts(extractor, "星云科技高级副总裁兼云业务总裁李国栋称，订单充足。")
    assert {org for _, org, _ in found} == {"星云科技"}
    assert ("李国栋", "星云科技", "高级副总裁") in found


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("星雲科技資深副總裁暨雲端事業總經理李國棟說，訂單充足。", "星云科技"),  # the model: 雲端事業 a firm
        (
            "星云科技CEO兼蓝海集团董事长王立新表示，订单充足。",
            "蓝海集团",
        ),  # a name after the joiner is a firm
    ],
)
def test_common_nouns_after_a_joiner_of_two_posts_name_the_second_posts_unit(
    extractor: Extractor, text: str, org: str
) -> None:
    assert posts(extractor, text)[-1][1] == org


def test_a_field_after_a_closed_name_before_a_companys_act_stays_the_names(extractor: Extractor) -> None:
    assert posts(extractor, "星云科技智能宣布任命王立为CEO。") == [("王立", "星云科技智能", "CEO")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("谷歌DeepMind研究科学家陈宇航表示，这项工作仍处于早期阶段。", "DeepMind"),
        ("Meta FAIR研究科学家林若溪表示，开源很重要。", "Meta人工智能研究院"),
    ],
)
def test_research_is_the_field_of_a_title_whatever_its_word_tag(
    extractor: Extractor, text: str, org: str
) -> None:
    """研究 before 科学家 is the post's field, as 研发 is, even where LAC tags it a verb after a Latin name."""
    assert posts(extractor, text)[0][1:] == (org, "研究科学家")


def test_a_verb_before_a_title_is_no_part_of_it(extractor: Extractor) -> None:
    assert roles(extractor, "鲸跃科技周二宣布，首席执行官林若溪将退休。") == [
        ("林若溪", "鲸跃科技", "CEO", True)
    ]


def test_a_title_and_person_take_the_organisation_of_the_sentence_before(extractor: Extractor) -> None:
    text = "鲸跃科技今年营收翻番。分析人士看好鲸跃科技。另据了解，技术负责人李明也将离开。"
    assert roles(extractor, text) == [("李明", "鲸跃科技", "技术总监", True)]


def test_spaces_and_a_ticker_may_stand_between_organisation_title_and_person(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技 CEO 梁启航表示满意。") == [("梁启航", "澄星科技", "CEO", True)]
    assert roles(extractor, "澄星科技（02345.HK）董事长梁启航表示满意。") == [
        ("梁启航", "澄星科技", "董事长", True)
    ]


def test_a_chain_of_titles_gives_each_its_own_organisation(extractor: Extractor) -> None:
    assert roles(extractor, "鲸跃科技副总裁、澄星科技董事长林若溪表示。") == [
        ("林若溪", "鲸跃科技", "副总裁", True),
        ("林若溪", "澄星科技", "董事长", True),
    ]


def test_the_next_person_of_a_list_keeps_the_organisation(extractor: Extractor) -> None:
    assert roles(extractor, "鲸跃科技实际控制人林若溪、董事长李明出席了股东大会。") == [
        ("林若溪", "鲸跃科技", "实际控制人", True),
        ("李明", "鲸跃科技", "董事长", True),
    ]


def test_people_listed_after_a_title_each_get_it(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技的董事有梁启航、林若溪和李明三人。") == [
        ("梁启航", "澄星科技", "董事", True),
        ("林若溪", "澄星科技", "董事", True),
        ("李明", "澄星科技", "董事", True),
    ]


def test_a_biography_states_a_past_role(extractor: Extractor) -> None:
    assert roles(extractor, "梁启航早年在鲸跃科技做过研发总监。") == [
        ("梁启航", "鲸跃科技", "研发总监", False)
    ]


def test_a_pronoun_stands_for_the_person(extractor: Extractor) -> None:
    assert roles(extractor, "梁启航今年五十岁，他曾担任鲸跃科技副总裁。") == [
        ("梁启航", "鲸跃科技", "副总裁", False)
    ]


def test_founders_named_after_the_company_and_a_date(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技于2016年由梁启航创立。") == [("梁启航", "澄星科技", "创始人", True)]
    assert roles(extractor, "澄星科技2019年在深圳成立，由梁启航与林若溪一手创办。") == [
        ("梁启航", "澄星科技", "创始人", True),
        ("林若溪", "澄星科技", "创始人", True),
    ]


def test_titles_keep_their_meaningful_modifiers(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技联合首席执行官梁启航表示。") == [("梁启航", "澄星科技", "联席CEO", True)]
    assert roles(extractor, "澄星科技独立非执行董事林若溪辞任。") == [
        ("林若溪", "澄星科技", "独立非执行董事", True)
    ]


@pytest.mark.parametrize(
    ("text", "org", "title"),
    [
        ("星云科技技术副总裁王海峰今天在发布会上演示了新芯片。", "星云科技", "技术副总裁"),
        ("据介绍，百川云技术总监刘畅负责这一项目。", "百川云", "技术总监"),
    ],
)
def test_a_company_whose_last_word_starts_the_title_keeps_it(
    extractor: Extractor, text: str, org: str, title: str
) -> None:
    assert [(o, t) for _, o, t, _ in roles(extractor, text)] == [(org, title)]


@pytest.mark.parametrize("title", ["副总裁", "CTO", "技术长"])
def test_a_plain_word_and_a_business_word_before_a_title_name_a_company(
    extractor: Extractor, title: str
) -> None:
    # Invented: LAC reads 月光 + 智能 as two plain nouns; the title after them says they name the employer.
    assert roles(extractor, f"月光智能{title}陈立宣布辞职。")[0][1] == "月光智能"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("灯塔琥珀副总裁李明表示，公司将扩大投资。", "副总裁"),
        ("灯塔琥珀全球副总裁李明称，将扩招。", "全球副总裁"),
    ],
)
def test_two_plain_nouns_before_a_head_post_are_its_employer_not_its_title(
    extractor: Extractor, text: str, title: str
) -> None:
    # Invented: LAC reads 灯塔 + 琥珀 as two plain nouns, no field's words: they name the employer.
    assert roles(extractor, text) == [("李明", "灯塔琥珀", title, True)]


def test_a_former_word_inside_the_unit_makes_the_role_past(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技前产品副总裁林若溪已加盟一家新公司。") == [
        ("林若溪", "澄星科技", "产品副总裁", False)
    ]


def test_the_organisation_a_person_joins_is_not_where_the_title_was_held(extractor: Extractor) -> None:
    assert roles(extractor, "前产品副总裁林若溪加入澄星科技。") == [("林若溪", None, "产品副总裁", False)]


def test_an_appointment_and_a_resignation(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技宣布任命林若溪为公司首席财务官。") == [
        ("林若溪", "澄星科技", "CFO", True)
    ]
    assert roles(extractor, "林若溪因个人原因辞去澄星科技副董事长职务。") == [
        ("林若溪", "澄星科技", "副董事长", False)
    ]


def test_a_future_role_is_no_role_yet(extractor: Extractor) -> None:
    assert roles(extractor, "林若溪将担任澄星科技CTO。") == []


def test_a_role_about_to_end_was_held(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技发布公告，林若溪将不再担任公司首席财务官。") == [
        ("林若溪", "澄星科技", "CFO", False)
    ]


def test_a_legal_representative_is_a_title(extractor: Extractor) -> None:
    assert roles(extractor, "梁启航担任鲸跃科技法定代表人。") == [("梁启航", "鲸跃科技", "法定代表人", True)]


def test_an_occupation_is_a_role_only_next_to_its_organisation(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技研究员李明发表论文。") == [("李明", "澄星科技", "研究员", True)]
    assert roles(extractor, "澄星科技发布论文。研究员李明表示。") == []


def test_a_clause_without_subject_takes_the_person_starting_an_earlier_clause(extractor: Extractor) -> None:
    text = "梁启航毕业后加入澄星科技，和林若溪、李明一起搭建了研发团队，并担任副总经理兼首席技术官。"
    assert roles(extractor, text) == [
        ("梁启航", "澄星科技", "副总经理", True),
        ("梁启航", "澄星科技", "CTO", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The name alone in its clause opens the biography; later sentences list the posts without a subject.
        (
            "梁启航，男，1978年出生，硕士学历。曾任澄星科技副总经理。现任鲸跃科技董事长，澄星科技董事。",
            [
                ("梁启航", "澄星科技", "副总经理", False),
                ("梁启航", "鲸跃科技", "董事长", True),
                ("梁启航", "澄星科技", "董事", True),
            ],
        ),
        # A verb of holding posts in the name's clause opens it too; a period ending in a year is past.
        (
            "林若溪女士曾任澄星科技财务总监。2012年3月至2016年5月任鲸跃科技副总裁；2016年5月至今任鲸跃科技总裁。",
            [
                ("林若溪", "澄星科技", "CFO", False),
                ("林若溪", "鲸跃科技", "副总裁", False),
                ("林若溪", "鲸跃科技", "总裁", True),
            ],
        ),
        # Someone who only speaks opens no biography, and a sentence with a person of its own is not one.
        ("梁启航表示，行业竞争加剧。现任鲸跃科技董事长。", []),
        (
            "梁启航，男，1978年出生。曾任澄星科技副总经理的林若溪也出席。",
            [("林若溪", "澄星科技", "副总经理", False)],
        ),
        # The biography's person is looked for in its paragraph only.
        ("梁启航，男，1978年出生。\n现任鲸跃科技董事长。", []),
        # A title opening a clause ("新任CFO") is that post's holder, no post of the biography's person.
        (
            "梁启航，男，1978年出生，现任鲸跃科技董事长。新任CFO将于下月到岗。",
            [("梁启航", "鲸跃科技", "董事长", True)],
        ),
        (
            "梁启航，男，1978年出生，现任鲸跃科技董事长。公司表示，新任CFO曾任澄星科技财务总监。",
            [("梁启航", "鲸跃科技", "董事长", True)],
        ),
    ],
)
def test_the_sentences_of_a_biography_take_its_person(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None, str, bool]]
) -> None:
    assert roles(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title with a determiner opening the later clause is its subject: the speaker holds none of its posts.
        ("梁启航表示，新任CFO曾任澄星科技财务总监。", []),
        ("鲸跃科技董事长梁启航称，该高管此前担任澄星科技副总裁。", [("梁启航", "鲸跃科技", "董事长", True)]),
        ("林若溪透露，这位副总裁曾在澄星科技担任技术总监。", []),
        # A later clause without a subject of its own is still the person's.
        ("梁启航2017年离开鲸跃科技，此前曾任澄星科技副总裁。", [("梁启航", "澄星科技", "副总裁", False)]),
        # 重新任 is the verb again, not the adjective 新任 of the title after it.
        ("梁启航前年离开鲸跃科技，去年重新任鲸跃科技首席执行官。", [("梁启航", "鲸跃科技", "CEO", True)]),
    ],
)
def test_a_title_opening_a_later_clause_is_its_subject(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None, str, bool]]
) -> None:
    assert roles(extractor, text) == expected


def test_a_period_ending_in_a_year_makes_the_role_past(extractor: Extractor) -> None:
    assert roles(extractor, "梁启航2015年至2019年任澄星科技首席技术官。") == [
        ("梁启航", "澄星科技", "CTO", False)
    ]


def test_an_organisation_in_another_persons_clause_is_not_attached(extractor: Extractor) -> None:
    text = "鲸跃科技今日发布新品。创始人梁启航此前在澄星科技负责产品，联合创始人林若溪也出席了发布会。"
    assert roles(extractor, text) == [
        ("梁启航", "鲸跃科技", "创始人", True),
        ("林若溪", "鲸跃科技", "联合创始人", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "星河智能的创始团队来自清华，CEO王志远此前是谷歌的研究员。",
        "星河智能成立于2023年，核心团队来自清华大学和微软，CEO王志远表示，公司将开源模型。",
        "星河智能成立於2023年，核心團隊來自台灣大學，執行長王志遠表示，公司將擴大招聘。",
    ],
)
def test_where_a_team_comes_from_is_not_where_a_post_is_held(extractor: Extractor, text: str) -> None:
    """团队来自A大学和B公司: schools and firms people came from, not the employer of the CEO named after them."""
    assert next(post[1] for post in posts(extractor, text) if post[0] == "王志远") == "星河智能"


def test_an_organisation_of_origin_in_the_titles_own_clause_is_its_employer(extractor: Extractor) -> None:
    assert posts(extractor, "星河智能今天发布新模型，来自该公司的CTO王志远介绍了细节。") == [
        ("王志远", "星河智能", "CTO")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "王志远毕业于清华大学，现任CTO。",
        "王志遠畢業於台灣大學，現任技術長。",
        "王志远肄业于清华大学，现任CTO。",
    ],
)
def test_the_school_a_person_graduated_from_holds_no_post_of_theirs(extractor: Extractor, text: str) -> None:
    assert [post[1] for post in posts(extractor, text)] == [None]


def test_people_respectively_hold_the_titles(extractor: Extractor) -> None:
    assert roles(extractor, "梁启航和林若溪分别担任澄星科技CEO和CTO。") == [
        ("梁启航", "澄星科技", "CEO", True),
        ("林若溪", "澄星科技", "CTO", True),
    ]


def test_people_of_the_clause_before_respectively_hold_the_titles(extractor: Extractor) -> None:
    text = "澄星科技由梁启航和林若溪共同创立，两人分别担任首席执行官和首席技术官。"
    held = {(person, title) for person, _, title, _ in roles(extractor, text)}
    assert ("梁启航", "CTO") not in held
    assert ("林若溪", "CEO") not in held
    assert {("梁启航", "CEO"), ("林若溪", "CTO")} <= held


@pytest.mark.parametrize(
    "text",
    [
        "梁启航与林若溪是大学同学，二人分别担任澄星科技的CEO和鲸跃智能的CTO。",
        "梁启航与林若溪共同创办了青禾数据，两人分别担任澄星科技的CEO和鲸跃智能的CTO。",
    ],
)
def test_a_pair_respectively_holds_titles_each_at_its_own_organisation(
    extractor: Extractor, text: str
) -> None:
    """A pair joined by 与 and counted after (二人分别): each title, with the firm written before it, is one
    person's, not both titles the first person's."""
    held = set(posts(extractor, text))
    assert {("梁启航", "澄星科技", "CEO"), ("林若溪", "鲸跃智能", "CTO")} <= held
    assert ("梁启航", "鲸跃智能", "CTO") not in held


def test_a_bracketed_gloss_naming_the_parent_leaves_the_title_to_the_firm_before_it(
    extractor: Extractor,
) -> None:
    text = "澄星科技有限公司（鲸跃集团的子公司）首席执行官梁启航表示，公司将扩大产能。"
    assert [(person, org) for person, org, _, _ in roles(extractor, text)] == [("梁启航", "澄星科技")]


def test_a_name_in_brackets_after_a_person_is_no_second_person(extractor: Extractor) -> None:
    assert [r[0] for r in roles(extractor, "澄星科技首席科学家梁启航（Liang Qihang）表示。")] == ["梁启航"]


def test_a_title_in_brackets_or_between_commas_after_the_person(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技发布新品。梁启航（CEO）表示，澄星科技将继续投入。") == [
        ("梁启航", "澄星科技", "CEO", True)
    ]


def test_founders_named_with_the_company_first(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技由梁启航和林若溪于2016年共同创立。") == [
        ("梁启航", "澄星科技", "创始人", True),
        ("林若溪", "澄星科技", "创始人", True),
    ]
    assert roles(extractor, "澄星科技是梁启航创办的公司。") == [("梁启航", "澄星科技", "创始人", True)]


def test_a_successor_holds_the_title_and_the_predecessor_held_it(extractor: Extractor) -> None:
    assert roles(extractor, "梁启航接替林若溪出任澄星科技CEO。") == [
        ("梁启航", "澄星科技", "CEO", True),
        ("林若溪", "澄星科技", "CEO", False),
    ]
    assert roles(extractor, "澄星科技CEO一职由梁启航接任。") == [("梁启航", "澄星科技", "CEO", True)]


def test_a_unit_named_like_an_organisation_is_part_of_the_title(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技 AI 研究院执行院长梁启航表示。") == [
        ("梁启航", "澄星科技", "AI 研究院执行院长", True)
    ]


def test_a_title_shared_by_people_with_latin_glosses_is_each_one_s(extractor: Extractor) -> None:
    found = roles(extractor, "蓝海科技联合创始人王建国（Jian Wang）、李明远（Ming Li）表示，公司将扩张。")
    assert found == [("王建国", "蓝海科技", "联合创始人", True), ("李明远", "蓝海科技", "联合创始人", True)]


def test_people_joined_as_a_clause_s_subject_each_hold_its_title(extractor: Extractor) -> None:
    found = roles(extractor, "王建国、李明远两人自2019年起担任蓝海科技联席CEO。")
    assert found == [("王建国", "蓝海科技", "联席CEO", True), ("李明远", "蓝海科技", "联席CEO", True)]


@pytest.mark.parametrize("text", ["星云科技创始人为张明。", "星云科技的创始人是张明。"])
def test_the_person_a_copula_names_after_a_title_holds_it(extractor: Extractor, text: str) -> None:
    extraction = extractor.extract(text, "t")
    names = {e.id: e.name for e in extraction.entities}
    assert [(names[r.person], r.title, names[r.org]) for r in extraction.roles] == [
        ("张明", "创始人", "星云科技")
    ]


def test_a_post_no_longer_held_is_a_past_role(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技公告称，林若溪不再担任公司首席财务官。") == [
        ("林若溪", "澄星科技", "CFO", False)
    ]


def test_a_post_left_at_the_end_of_a_term_is_a_past_role(extractor: Extractor) -> None:
    assert roles(extractor, "林若溪因任期届满退任澄星科技独立董事。") == [
        ("林若溪", "澄星科技", "独立董事", False)
    ]


def test_a_post_passed_on_was_held_by_the_first_and_is_held_by_the_second(extractor: Extractor) -> None:
    assert roles(extractor, "工商信息显示，鲸跃科技董事长由梁启航变更为林若溪。") == [
        ("梁启航", "鲸跃科技", "董事长", False),
        ("林若溪", "鲸跃科技", "董事长", True),
    ]


def test_a_biography_moving_on_to_the_present_gives_a_current_role(extractor: Extractor) -> None:
    found = roles(extractor, "梁启航曾在澄星科技工作多年，现任鲸跃科技CEO。")
    assert ("梁启航", "鲸跃科技", "CEO", True) in found


def test_an_english_title_of_an_organisation_named_after_it(extractor: Extractor) -> None:
    found = roles(extractor, "Kevin Zhang, CEO of Nebula Robotics, said the plan was on track.")
    assert ("Kevin Zhang", "Nebula Robotics", "CEO", True) in found


def test_a_biography_moving_on_to_the_post_held_now(extractor: Extractor) -> None:
    found = roles(extractor, "郑一鸣，曾任蓝海科技副总裁，现为云杉资本合伙人。")
    assert found == [("郑一鸣", "蓝海科技", "副总裁", False), ("郑一鸣", "云杉资本", "合伙人", True)]


def test_a_successor_takes_over_the_post_at_the_predecessors_organisation(extractor: Extractor) -> None:
    found = roles(extractor, "蓝海科技CEO赵宏达已离职，由李思齐接任CEO。")
    assert ("李思齐", "蓝海科技", "CEO", True) in found


@pytest.mark.parametrize(
    "text",
    [
        "澄星科技CTO梁启航已离职，其职务由林若溪接替。",
        "澄星科技原CTO梁启航已于上月离职，由林若溪接任。",
        "梁启航辞去澄星科技CTO职务，由林若溪接任。",
        "梁啟航辭去澄星科技技術長職務，由林若溪接任。",
    ],
)
def test_a_successor_named_without_the_post_takes_over_the_one_left(extractor: Extractor, text: str) -> None:
    """由林若溪接任 names no post: it is the one the sentence says was left, at its organisation."""
    found = {(person, org, current) for person, org, _, current in roles(extractor, text)}
    assert found == {("梁启航", "澄星科技", False), ("林若溪", "澄星科技", True)}


@pytest.mark.parametrize(
    "text",
    [
        "澄星科技创始人兼CEO梁启航宣布退休，由林若溪接任。",
        "澄星科技联合创始人、总裁梁启航宣布退休，由林若溪接替。",
        "澄星科技創辦人兼執行長梁啟航宣布退休，由林若溪接任。",
    ],
)
def test_a_successor_takes_over_no_founder_title(extractor: Extractor, text: str) -> None:
    """A founder stays one after leaving: 由林若溪接任 takes over the post (CEO, 总裁), not the founding."""
    found = roles(extractor, text)
    assert [title for person, _, title, _ in found if person == "林若溪"] in (["CEO"], ["总裁"], ["执行长"])


@pytest.mark.parametrize(
    "text",
    [
        "澄星科技CTO梁启航辞职，由林若溪接任，林若溪此前为北辰智能副总裁。",
        "澄星科技技術長梁啟航辭職，由林若溪接任，林若溪此前為北辰智能副總裁。",
    ],
)
def test_a_successors_earlier_post_is_not_the_one_taken_over(extractor: Extractor, text: str) -> None:
    """The clause after 接任 tells the successor's past (此前为): the post taken over is the one left."""
    found = [(org, current) for person, org, _, current in roles(extractor, text) if person == "林若溪"]
    assert found == [("澄星科技", True)]


def test_taking_over_without_a_post_left_in_the_sentence_is_no_role(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技CTO梁启航表示，这个项目由林若溪接手。") == [
        ("梁启航", "澄星科技", "CTO", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "梁启航博士现为澄星科技首席科学家。",
        "梁启航目前仍为澄星科技首席科学家。",
        "梁啟航博士現為澄星科技首席科學家。",
    ],
)
def test_a_post_held_now_told_with_for_after_a_time_word(extractor: Extractor, text: str) -> None:
    """现为/仍为 after the subject (an honorific between): 为 with a time word or 仍 is the verb of a post."""
    assert roles(extractor, text) == [("梁启航", "澄星科技", "首席科学家", True)]


@pytest.mark.parametrize(
    "text",
    [
        "梁启航曾在澄星科技工作八年，2022年加入鲸跃科技，担任公司副总裁。",
        "梁启航2018年离开澄星科技后创办了鲸跃科技，并出任公司副总裁。",
        "梁啟航曾在澄星科技工作八年，2022年加入鯨躍科技，擔任公司副總裁。",
    ],
)
def test_the_company_of_a_career_sentence_is_the_one_joined_last(extractor: Extractor, text: str) -> None:
    """公司 after a person joined or founded a company means that one, not the first of the sentence."""
    assert ("梁启航", "鲸跃科技", "副总裁") in posts(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["梁启航表示，他将继续担任澄星科技CEO。", "梁启航将留任澄星科技CEO。", "梁啟航將繼續擔任澄星科技CEO。"],
)
def test_a_post_kept_in_the_future_is_held_now(extractor: Extractor, text: str) -> None:
    """将继续担任/将留任: 将 tells of a post kept, not one yet to start."""
    assert roles(extractor, text) == [("梁启航", "澄星科技", "CEO", True)]


def test_a_post_yet_to_start_is_no_role(extractor: Extractor) -> None:
    assert roles(extractor, "梁启航将出任澄星科技CEO。") == []


@pytest.mark.parametrize(
    "text",
    [
        "鲸跃科技已任命前澄星科技副总裁梁启航为新任CFO。",
        "鯨躍科技宣布聘請澄星科技前副總經理梁啟航擔任財務長。",
    ],
)
def test_an_appointee_described_by_a_post_at_another_firm_gets_the_new_post(
    extractor: Extractor, text: str
) -> None:
    """任命 + 前A公司副总裁 + 张伟 + 为CFO: the post before the name is where the person comes from, the one
    after 为 is the appointing company's."""
    assert {(person, org) for person, org, _ in posts(extractor, text)} == {
        ("梁启航", "澄星科技"),
        ("梁启航", "鲸跃科技"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "梁启航是澄星科技创始人，林若溪则是星云智能联合创始人。",
        "梁啟航是澄星科技創辦人，林若溪則是星雲智能共同創辦人。",
    ],
)
def test_a_contrastive_adverb_before_is_keeps_the_post(extractor: Extractor, text: str) -> None:
    """林若溪则是… : 则 (then, in turn) between the person and 是 sets them against the one before."""
    assert ("林若溪", "星云智能") in {(person, org) for person, org, _ in posts(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "鲸跃科技董事长梁启航因工作调整辞职，公司董事会选举林若溪为新任董事长。",
        "鯨躍科技董事長梁啟航因工作調整辭職，公司董事會選舉林若溪為新任董事長。",
    ],
)
def test_a_board_electing_a_person_to_a_post_is_an_appointment(extractor: Extractor, text: str) -> None:
    """选举 (elect) names someone to a post as 任命 does: 董事会选举林若溪为董事长."""
    assert ("林若溪", "鲸跃科技", "董事长") in posts(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "鲸跃科技董事会未能选举林若溪为董事长。",
        "鲸跃科技董事会否决了任命林若溪为总裁的议案。",
        "鯨躍科技董事會未能選舉林若溪為董事長。",
    ],
)
def test_an_appointment_negated_before_its_verb_is_no_role(extractor: Extractor, text: str) -> None:
    """未能选举, 否决了任命: the board did not name the person, so no post is held."""
    assert roles(extractor, text) == []


def test_a_post_held_now_with_a_time_word_before_the_verb(extractor: Extractor) -> None:
    assert roles(extractor, "孙建国目前是蓝海科技的首席科学家。") == [
        ("孙建国", "蓝海科技", "首席科学家", True)
    ]


@pytest.mark.parametrize("title", ["掌门人", "一号位"])
def test_the_head_of_a_company_in_words_of_the_trade(extractor: Extractor, title: str) -> None:
    assert roles(extractor, f"鲸跃科技{title}梁启航近日表示，公司今年将扩招。") == [
        ("梁启航", "鲸跃科技", "掌门人", True)
    ]


def test_the_head_of_an_institute_whose_name_took_the_first_word_of_the_title(extractor: Extractor) -> None:
    assert roles(extractor, "澄星研究院院长林若溪出席了开幕式。") == [("林若溪", "澄星研究院", "院长", True)]


def test_an_honorific_after_the_name_before_the_post(extractor: Extractor) -> None:
    found = roles(extractor, "梁启航博士，澄星科技CTO，在论坛上发言。")
    assert ("梁启航", "澄星科技", "CTO", True) in found


def test_an_english_title_after_an_article_of_an_organisation_named_after_it(extractor: Extractor) -> None:
    found = roles(extractor, "Ada Quill, the chief executive of Orbis Robotics, said the plan was on track.")
    assert ("Ada Quill", "Orbis Robotics", "CEO", True) in found


@pytest.mark.parametrize(
    "text",
    [
        "澄星科技首席技术官林若溪已于上月离任。",
        "澄星科技董事长林若溪因个人原因请辞。",
        "澄星科技總裁林若溪已正式退休。",
    ],
)
def test_a_leaving_word_after_the_person_makes_the_role_past(extractor: Extractor, text: str) -> None:
    assert [r[3] for r in roles(extractor, text)] == [False]


def test_a_leaving_planned_for_later_keeps_the_role(extractor: Extractor) -> None:
    assert [r[3] for r in roles(extractor, "澄星科技首席技术官林若溪将于月底离任。")] == [True]


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("此前担任澄星科技副总裁的林若溪，如今创办了一家新公司。", False),
        ("早年出任百度总裁的张亚勤出席了论坛。", False),
        ("已离职的澄星科技首席技术官林若溪出席了活动。", False),
        ("之前擔任澄星科技技術長的林若溪出席了論壇。", False),
        ("将于下月离职的澄星科技首席技术官林若溪出席了活动。", True),
        ("目前担任澄星科技副总裁的林若溪表示，业务增长迅速。", True),
    ],
)
def test_a_relative_clause_of_a_post_held_before_or_left_makes_the_role_past(
    extractor: Extractor, text: str, current: bool
) -> None:
    assert [r[3] for r in roles(extractor, text)] == [current]


@pytest.mark.parametrize(
    ("text", "org", "title"),
    [
        ("华为轮值董事长徐直军表示，昇腾芯片供不应求。", "华为", "轮值董事长"),
        ("華為輪值董事長徐直軍表示，需求強勁。", "华为", "轮值董事长"),
        ("华为轮值总裁孟晚舟表示，公司将加大研发投入。", "华为", "轮值总裁"),
        ("星云科技轮值CEO张伟出席了签约仪式。", "星云科技", "轮值CEO"),
    ],
)
def test_a_rotating_post_lac_glues_to_the_company_is_held_there(
    extractor: Extractor, text: str, org: str, title: str
) -> None:
    assert [role[1:3] for role in posts(extractor, text)] == [(org, title)]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("百度CEO李彦宏、张伟和李明出席了会议。", ["李彦宏"]),
        ("澄星科技董事长林若溪与梁启航、王芳一同出席。", ["林若溪"]),
        ("澄星科技總經理林若溪、梁啟航出席了論壇。", ["林若溪"]),
        ("澄星科技联合创始人林若溪、梁启航出席了发布会。", ["林若溪", "梁启航"]),
        ("澄星科技副总裁林若溪、梁启航出席了发布会。", ["林若溪", "梁启航"]),
        ("澄星科技前CEO林若溪、梁启航出席了论坛。", ["林若溪", "梁启航"]),
    ],
)
def test_a_post_one_person_holds_at_a_time_is_the_first_listed_one_s(
    extractor: Extractor, text: str, holders: list[str]
) -> None:
    assert [role[0] for role in posts(extractor, text)] == holders


def test_a_title_in_a_later_clause_is_at_the_organisation_of_the_role_stated_before(
    extractor: Extractor,
) -> None:
    found = roles(extractor, "澄星科技CEO梁启航宣布离职，CFO林若溪将继续留任。")
    assert ("林若溪", "澄星科技", "CFO", True) in found


def test_a_title_after_a_unit_glued_to_the_company_is_still_a_title(extractor: Extractor) -> None:
    assert roles(extractor, "星云集团智能家居事业部总经理孙涛透露，新品明年上市。") == [
        ("孙涛", "星云集团", "智能家居事业部总经理", True)
    ]


def test_a_known_name_that_takes_the_unit_leaves_the_title_after_it(extractor: Extractor) -> None:
    assert roles(extractor, "百度智能云事业群总裁张伟表示，云业务保持增长。") == [
        ("张伟", "百度智能云", "总裁", True)
    ]


def test_a_title_whose_first_characters_lac_reads_into_the_company_is_still_a_title(
    extractor: Extractor,
) -> None:
    # LAC reads 星云科技联合 as one organisation word.
    assert roles(extractor, "李强，星云科技联合创始人兼CTO，在发布会上介绍了新产品。") == [
        ("李强", "星云科技", "联合创始人", True),
        ("李强", "星云科技", "CTO", True),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("星云科技人工智能副总裁李强表示。", ("李强", "星云科技", "人工智能副总裁", True)),
        ("星云集团汽车副总裁李强表示。", ("李强", "星云集团", "汽车副总裁", True)),
        ("月光智能科技副总裁李强表示。", ("李强", "月光智能科技", "副总裁", True)),
        ("星云科技集团副总裁李强表示。", ("李强", "星云科技集团", "副总裁", True)),
    ],
)
def test_a_field_word_after_a_closed_company_name_belongs_to_the_title(
    extractor: Extractor, text: str, role: tuple[str, str, str, bool]
) -> None:
    assert roles(extractor, text) == [role]


def test_the_organisation_that_told_the_reporter_employs_the_person_it_names(extractor: Extractor) -> None:
    assert roles(extractor, "记者从星云科技获悉，首席技术官李强已经离职。") == [
        ("李强", "星云科技", "CTO", False)
    ]
    assert roles(extractor, "星云日报获悉，首席技术官李强已经离职。") == [("李强", None, "CTO", False)]


def test_taiwan_rank_under_a_vice_president_is_a_title(extractor: Extractor) -> None:
    assert roles(extractor, "星雲科技資深協理李強表示，明年營收將成長。") == [
        ("李强", "星云科技", "资深协理", True)
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("星雲科技高階副總裁李強表示，明年營收將成長。", "高级副总裁"),
        ("星雲科技資料長李強表示，明年營收將成長。", "CDO"),
        ("星雲科技聯席執行長李強表示，明年營收將成長。", "联席CEO"),
    ],
)
def test_a_title_in_taiwans_words_is_normalised_as_its_mainland_form(
    extractor: Extractor, text: str, title: str
) -> None:
    # Taiwan writes 高階 for 高级 and 資料 for 数据 in its titles; character by character they stay 高阶, 资料.
    assert roles(extractor, text) == [("李强", "星云科技", title, True)]


def test_people_counted_before_a_title_hold_it(extractor: Extractor) -> None:
    assert roles(extractor, "星云科技由李强和张伟两位联合创始人带领。") == [
        ("李强", "星云科技", "联合创始人", True),
        ("张伟", "星云科技", "联合创始人", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "李强和张伟两位副总裁近日离开了星云科技。",
        "李强和张伟两位副总裁日前均已离开星云科技。",
        "月光智能总裁李强近日已经离职。",
    ],
)
def test_people_who_left_after_a_recent_time_no_longer_hold_the_title(
    extractor: Extractor, text: str
) -> None:
    found = roles(extractor, text)
    assert found and not any(current for *_, current in found)


@pytest.mark.parametrize(
    "text",
    ["星云科技总裁李强于下月离任。", "月光智能首席财务官张伟于年底退休。", "星云科技总裁李强于明年离任。"],
)
def test_a_leaving_at_a_future_time_keeps_the_role(extractor: Extractor, text: str) -> None:
    found = roles(extractor, text)
    assert found and all(current for *_, current in found)


@pytest.mark.parametrize(
    "text",
    [
        "星云科技澄清了财报问题，CTO张伟已于上月离职。",
        "月光智能辟谣称产品并未停售，CTO张伟已于上月离职。",
        "星云科技不否认CTO张伟已离职。",
        "月光智能并未否认CTO张伟已离职。",
    ],
)
def test_a_denial_of_something_else_or_a_negated_one_leaves_the_leaving(
    extractor: Extractor, text: str
) -> None:
    found = roles(extractor, text)
    assert [(p, t, c) for p, _, t, c in found] == [("张伟", "CTO", False)]


def test_other_words_joined_to_a_title_make_no_holders(extractor: Extractor) -> None:
    assert roles(extractor, "星云科技CEO和团队成员有李强、张伟。") == []
    assert roles(extractor, "月光智能CEO和控股股东为张伟。") == [("张伟", "月光智能", "CEO", True)]


def test_a_title_joined_to_a_standing_that_is_no_title_still_names_its_holder(extractor: Extractor) -> None:
    assert roles(extractor, "星云科技CEO和大股东为李强。") == [("李强", "星云科技", "CEO", True)]


def test_a_denied_leaving_keeps_the_role(extractor: Extractor) -> None:
    assert roles(extractor, "小米否认总裁李强离职。") == [("李强", "小米", "总裁", True)]


def test_the_news_outlet_of_the_article_employs_none_of_its_people(extractor: Extractor) -> None:
    text = "据星云日报，不久前，月光集团宣布裁员。星云日报记者获悉，CEO张伟已离职。"
    assert roles(extractor, text) == [("张伟", "月光集团", "CEO", False)]


@pytest.mark.parametrize(
    "text",
    ["星云科技的CEO、总裁均为张伟，今年52岁。", "星雲科技的執行長、總裁均為張偉，今年52歲。"],
)
def test_titles_all_held_by_one_person(extractor: Extractor, text: str) -> None:
    assert roles(extractor, text) == [
        ("张伟", "星云科技", "CEO", True),
        ("张伟", "星云科技", "总裁", True),
    ]


def test_a_title_is_a_person_without_its_organisation_takes_the_sentence_one(extractor: Extractor) -> None:
    text = "星云科技创立于2015年，总部位于杭州，法定代表人为李强。"
    assert roles(extractor, text) == [("李强", "星云科技", "法定代表人", True)]


@pytest.mark.parametrize(
    "text", ["星云科技首席技术官张伟也已离职。", "星雲科技首席營銷官張偉由於個人原因辭職。"]
)
def test_a_leaving_word_after_also_or_a_reason_makes_the_role_past(extractor: Extractor, text: str) -> None:
    assert [r[3] for r in roles(extractor, text)] == [False]


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("星澜科技CEO李明宣布辞职。", False),
        ("星瀾科技技術長周然日前正式宣布離職。", False),
        ("星澜科技CEO李明已宣布辞去职务。", False),
        ("星澜科技CEO李明宣布将于年底辞职。", True),
    ],
)
def test_a_leaving_announced_by_its_holder_makes_the_role_past(
    extractor: Extractor, text: str, current: bool
) -> None:
    """宣布辞职 is the leaving itself, not a statement about it; 宣布将辞职 still plans it."""
    assert [r[3] for r in roles(extractor, text)] == [current]


@pytest.mark.parametrize(
    "titles", ["CEO是", "CEO、总裁均为", "现任CEO为", "新任董事长为", "CEO与总裁均为", "CEO和总裁均为"]
)
def test_a_title_of_an_unrecognised_owner_takes_no_other_organisation(
    extractor: Extractor, titles: str
) -> None:
    text = f"月光集团去年投资了平川宏图。平川宏图的{titles}张伟，今年52岁。"
    assert all(org != "月光集团" for _, org, _, _ in roles(extractor, text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "来源：星云科技。星云科技今日发布新款芯片，CEO张伟表示新品下月上市。",
            ("张伟", "星云科技", "CEO", True),
        ),
        ("据北辰集团，总经理张伟已经辞职。北辰集团今年营收下滑。", ("张伟", "北辰集团", "总经理", False)),
    ],
)
def test_an_outlet_the_article_also_reports_on_still_employs(
    extractor: Extractor, text: str, role: tuple[str, str, str, bool]
) -> None:
    assert roles(extractor, text) == [role]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CTO张伟也于下月离任。",
        "星云科技CFO李强由于年龄原因拟于年底退休。",
        "星云科技董事长张伟由于身体原因计划明年退休。",
        "星云科技CEO张伟也离开了深圳，前往北京参加会议。",
    ],
)
def test_a_planned_leaving_or_leaving_a_place_keeps_the_role(extractor: Extractor, text: str) -> None:
    assert [r[3] for r in roles(extractor, text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技的CEO和CTO都是张伟的大学同学。",
        "星云科技的多名副总裁都是张伟从月光智能挖来的。",
        "星云科技年会上，CEO为张伟颁发了最佳员工奖。",
        "颁奖典礼上，董事长为张伟颁发了年度贡献奖。",
    ],
)
def test_a_title_is_not_held_by_a_person_who_does_not_end_the_clause(extractor: Extractor, text: str) -> None:
    assert roles(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("星云科技的创始人是张伟和李强两人。", "张伟"),
        ("星云科技实际控制人为张伟夫妇。", "张伟"),
        ("星云科技的董事长是张伟而不是李强。", "张伟"),
    ],
)
def test_people_ending_a_title_is_person_with_a_count_or_conjunction_hold_it(
    extractor: Extractor, text: str, person: str
) -> None:
    assert person in [r[0] for r in roles(extractor, text)]


def test_a_regions_president_is_no_china_president(extractor: Extractor) -> None:
    """亚太区总裁 and 大中华区总裁 are one kind of post, a region's head, not China's."""
    assert roles(extractor, "星云科技亚太区总裁刘洋表示，公司将扩大投入。") == [
        ("刘洋", "星云科技", "区域总裁", True)
    ]


def test_a_name_the_model_reads_as_a_firm_where_a_person_is_appointed_is_the_person(
    extractor: Extractor,
) -> None:
    assert roles(extractor, "星云科技宣布，任命王立为公司首席执行官。") == [("王立", "星云科技", "CEO", True)]


@pytest.mark.parametrize(
    "text",
    [
        "星云科技由前百度副总裁王立于2019年创立。",
        "星云科技宣布，公司副总裁王立因个人原因辞职。",
        "星云科技公告，董事长王立因健康因素辞任。",
        # No title or verb before the name, which the model misses at the head of the sentence.
        "王立于2019年加入星云科技，担任首席技术官。",
    ],
)
def test_a_word_glued_after_a_two_character_name_is_no_part_of_it(extractor: Extractor, text: str) -> None:
    assert {person for person, *_ in roles(extractor, text)} == {"王立"}


@pytest.mark.parametrize(
    "text",
    [
        "星云科技由前百度副总裁赵明远于2019年创立。",
        "赵明远于去年加入星云科技，担任首席技术官。",
    ],
)
def test_a_name_whose_last_character_lac_reads_with_the_preposition_of_a_date_is_whole(
    extractor: Extractor, text: str
) -> None:
    """LAC reads 赵明 + 远于 + 2019年; the name is 赵明远, dated by 于."""
    assert {person for person, *_ in roles(extractor, text)} == {"赵明远"}


def test_a_post_whose_first_word_an_organisation_takes_is_still_held(extractor: Extractor) -> None:
    found = roles(extractor, "星云集团高级副总裁、通义实验室负责人王立在会上发言。")
    assert [(org, title) for _, org, title, _ in found] == [
        ("星云集团", "高级副总裁"),
        ("通义实验室", "负责人"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "中央社記者台北3日電）晶片廠星雲科技今天公告，由營運長陳美玲接任總經理。",
        "新华社记者北京5日电 星云科技今天宣布，由副总裁陈美玲接任总经理。",
    ],
)
def test_a_news_agency_named_for_its_reporter_in_a_dateline_employs_no_one(
    extractor: Extractor, text: str
) -> None:
    assert {org for _, org, title, _ in roles(extractor, text) if title == "总经理"} == {"星云科技"}


def test_posts_of_a_group_and_of_its_unit_are_held_at_the_group(extractor: Extractor) -> None:
    assert roles(extractor, "月光集团副总裁、新能源汽车事业部总经理张伟表示。") == [
        ("张伟", "月光集团", "副总裁", True),
        ("张伟", "月光集团", "新能源汽车事业部总经理", True),
    ]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("星云科技与月光智能签署协议，后者CEO张伟出席了仪式。", "月光智能"),
        ("腾讯投资了月之暗面，后者的创始人张伟曾是清华学生。", "月之暗面"),
        ("星云科技与月光智能签署协议，前者CEO张伟出席了仪式。", "星云科技"),
    ],
)
def test_the_latter_and_the_former_are_the_last_two_organisations(
    extractor: Extractor, text: str, org: str
) -> None:
    assert [(person, employer) for person, employer, _, _ in roles(extractor, text)] == [("张伟", org)]


@pytest.mark.parametrize("text", ["星云科技高管张伟表示，需求强劲。", "星雲科技高階主管張偉表示，需求強勁。"])
def test_an_executive_named_by_rank_holds_a_post(extractor: Extractor, text: str) -> None:
    assert roles(extractor, text) == [("张伟", "星云科技", "高管", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "星云科技CEO、前月光智能副总裁张伟表示。",
            [("张伟", "星云科技", "CEO", True), ("张伟", "月光智能", "副总裁", False)],
        ),
        (
            "星云科技创始人、现任月光智能董事长张伟表示。",
            [("张伟", "星云科技", "创始人", True), ("张伟", "月光智能", "董事长", True)],
        ),
        (  # 前 opening the chain tells of its first post only: 现任 says the later one is held
            "前星云科技CEO、现任月光智能副总裁张伟表示。",
            [("张伟", "星云科技", "CEO", False), ("张伟", "月光智能", "副总裁", True)],
        ),
        (
            "前星雲科技執行長、現任月光智能副總裁張偉表示。",
            [("张伟", "星云科技", "CEO", False), ("张伟", "月光智能", "副总裁", True)],
        ),
    ],
)
def test_a_chain_of_posts_may_tell_when_each_was_held(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert roles(extractor, text) == expected


def test_a_post_told_before_what_came_before_it_is_held(extractor: Extractor) -> None:
    assert roles(extractor, "在担任星云科技CEO之前，张伟曾在谷歌工作十年。") == [
        ("张伟", "星云科技", "CEO", True)
    ]


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("林嘉禾，原小鹏汽车首席科学家，2019年加入。", False),
        ("林嘉禾，前小鹏汽车首席科学家。", False),
        ("林嘉禾：小鹏汽车首席科学家，负责算法团队。", True),
    ],
)
def test_a_post_in_apposition_after_a_comma_or_colon_is_held_there(
    extractor: Extractor, text: str, current: bool
) -> None:
    # A profile names the person first and then the post, past (原, 前) or present, after a comma or colon.
    assert roles(extractor, text) == [("林嘉禾", "小鹏汽车", "首席科学家", current)]


@pytest.mark.parametrize(
    ("text", "org", "title"),
    [
        ("蓝海数据CEO张伟在内部信中表示，公司将裁减约15%的员工。", "蓝海数据", "CEO"),
        ("据悉，云雀数据董事长李强已于近日离职。", "云雀数据", "董事长"),
    ],
)
def test_plain_nouns_opening_a_clause_before_a_chiefs_post_name_the_employer(
    extractor: Extractor, text: str, org: str, title: str
) -> None:
    # A start-up named with ordinary words, then a post no field qualifies and its holder.
    assert [(o, t) for _, o, t, _ in roles(extractor, text)] == [(org, title)]


@pytest.mark.parametrize("text", ["产品技术CTO张伟表示，模型还需改进。", "市场营销CMO张伟表示，品牌将升级。"])
def test_a_field_before_a_chiefs_post_names_no_employer(extractor: Extractor, text: str) -> None:
    assert [o for _, o, _, _ in roles(extractor, text)] == [None]


def test_a_post_left_is_not_held_at_the_competitor_joined(extractor: Extractor) -> None:
    found = roles(extractor, "原首席营运官黄美玲已于上月离职，转投竞争对手月光智能出任副总裁。")
    assert ("黄美玲", None, "COO", False) in found
    assert ("黄美玲", "月光智能", "副总裁", True) in found


@pytest.mark.parametrize(
    "text",
    [
        "星云科技的两位联合创始人——张伟和李强，都曾在谷歌工作。",
        "星云科技的两位联合创始人张伟和李强都曾在谷歌工作。",
    ],
)
def test_people_counted_after_their_organisation_and_title_hold_it(extractor: Extractor, text: str) -> None:
    assert sorted((p, o, t) for p, o, t, _ in roles(extractor, text)) == [
        ("张伟", "星云科技", "联合创始人"),
        ("李强", "星云科技", "联合创始人"),
    ]


def test_the_word_picking_one_of_a_group_is_no_part_of_the_title(extractor: Extractor) -> None:
    found = roles(extractor, "星云科技多名高管离职。其中CTO张伟加入了蓝海科技。")
    assert [title for person, _, title, _ in found if person == "张伟"] == ["CTO"]


def test_where_another_leaver_went_is_not_the_next_leaver_s_employer(extractor: Extractor) -> None:
    found = roles(
        extractor,
        "今年以来，星云科技核心团队接连出走。1月，副总裁韩雪离职创业；4月，技术负责人吴强离开，随后加盟蓝海科技；"
        "6月，首席运营官郑宇也告别了。",
    )
    assert ("郑宇", "蓝海科技", "首席运营官", True) not in found
    assert ("郑宇", "蓝海科技", "首席运营官", False) not in found


@pytest.mark.parametrize(
    "text",
    [
        "王芳去了阿里巴巴。技术副总裁孙浩表示，新模型下月发布。",
        "王芳是一名工程师。她去年前往阿里巴巴。技术副总裁孙浩表示，新模型下月发布。",
        "王芳加入了阿里巴巴。技術副總裁孫浩表示，新模型下月發布。",
    ],
)
def test_where_someone_went_in_the_sentence_before_is_not_the_next_title_s_employer(
    extractor: Extractor, text: str
) -> None:
    """ "王芳去了X。技术副总裁孙浩表示": X is where 王芳 went, told about her; 孙浩's post is held elsewhere."""
    assert [org for person, org, _, _ in roles(extractor, text) if person == "孙浩"] == [None]


@pytest.mark.parametrize("text", ["CTO张伟辞去星云科技全部职务。", "CFO李强已被免去星云科技全部职务。"])
def test_a_post_left_is_held_at_the_firm_a_leaving_word_names(extractor: Extractor, text: str) -> None:
    """辞去 and 免去 end in 去 but go nowhere: the firm after them is where the post was held."""
    assert [org for _, org, _, _ in roles(extractor, text)] == ["星云科技"]


@pytest.mark.parametrize(
    "text", ["记者张伟：星云科技CTO，请问公司今年的重点是什么？", "主持人李强：月光智能创始人，欢迎您。"]
)
def test_a_speaker_labelled_by_a_title_before_a_colon_holds_no_post_after_it(
    extractor: Extractor, text: str
) -> None:
    # An interviewer addresses a guest: the post after the colon is the guest's, not the speaker's.
    assert roles(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "月光智能宣布完成新一轮融资。据悉，爱跑步CEO张伟也参与了本轮投资。",
        "月光智能宣布完成新一轮融资。据悉，找好菜创始人张伟也参与了本轮投资。",
        "月光智能宣布完成新一轮融资，爱学习CEO李强表示祝贺。",
    ],
)
def test_a_chiefs_post_after_the_tail_of_an_unrecognised_name_is_not_the_contexts(
    extractor: Extractor, text: str
) -> None:
    # 爱跑步 is a firm the recogniser misses: its CEO is not 月光智能's.
    assert all(org != "月光智能" for _, org, _, _ in roles(extractor, text))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("星云科技宣布完成新一轮融资，公司技术联合创始人李强表示，资金将用于研发。", "技术联合创始人"),
        ("星云科技宣布完成新一轮融资，华东区CEO李强表示，资金将用于研发。", "华东区CEO"),
    ],
)
def test_a_scope_before_a_chiefs_post_keeps_the_contexts_organisation(
    extractor: Extractor, text: str, title: str
) -> None:
    assert ("李强", "星云科技", title, True) in roles(extractor, text)


def test_a_later_post_of_a_subject_whose_first_post_is_no_role_is_read(extractor: Extractor) -> None:
    # The first verb's post (架构师) makes no role; the subject's later verb still does.
    found = posts(extractor, "星云科技创始人兼CEO林嘉禾曾在百度担任主任架构师，后加入小米任技术副总裁。")
    assert ("林嘉禾", "小米", "技术副总裁") in found


@pytest.mark.parametrize(
    "text",
    [
        "张伟现任星云科技执行董事，同时任月光智能董事、总经理。",
        "张伟，1980年出生，2015年加入月光智能任总经理。",
    ],
)
def test_a_bare_ren_after_a_comma_states_a_post_of_the_subject(extractor: Extractor, text: str) -> None:
    assert ("张伟", "月光智能", "总经理") in posts(extractor, text)


@pytest.mark.parametrize("text", ["张伟曾任星云科技董事长秘书。", "张伟曾任星云科技财务总监助理。"])
def test_the_staff_of_a_titles_holder_hold_no_such_title(extractor: Extractor, text: str) -> None:
    assert roles(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("张伟，男，1975年出生，星云科技董事长，本科学历。", ("张伟", "星云科技", "董事长")),
        ("李强，曾任百度研究院副院长，星云科技CTO。", ("李强", "星云科技", "CTO")),
    ],
)
def test_a_clause_of_a_biography_that_is_only_a_post_is_the_subjects(
    extractor: Extractor, text: str, post: tuple[str, str, str]
) -> None:
    assert post in posts(extractor, text)


@pytest.mark.parametrize("text", ["张伟表示，月光智能CEO，是他的老朋友。", "张伟拜访了客户，月光智能CEO。"])
def test_a_post_in_a_clause_after_a_speaker_is_not_the_speakers(extractor: Extractor, text: str) -> None:
    assert roles(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "梁启航毕业于星云大学，先后担任鲸跃科技副总裁、澄星科技总裁。",
        "梁啟航，男，1975年出生，先後擔任鯨躍科技副總裁、澄星科技總裁。",
    ],
)
def test_posts_held_one_after_another_after_a_comma_are_a_career(extractor: Extractor, text: str) -> None:
    """先后担任A、B after a comma tells a career: the last post is past too, as no present cue follows."""
    assert {(person, title, current) for person, _, title, current in roles(extractor, text)} == {
        ("梁启航", "副总裁", False),
        ("梁启航", "总裁", False),
    }


@pytest.mark.parametrize(
    "text", ["王磊在星澜科技与云图智能合作中担任顾问。", "王磊在星瀾科技與雲圖智能合作中擔任顧問。"]
)
def test_a_post_in_a_deal_between_organisations_is_at_neither_listed(extractor: Extractor, text: str) -> None:
    """ "在A与B合作中担任顾问": words between the organisations and the verb without 先后 or 相继 name a deal the
    post is in, not a post held at each organisation."""
    assert "云图智能" not in {org for person, org, _, _ in roles(extractor, text) if person == "王磊"}


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("王磊先后在星澜科技、云图智能担任副总裁。", False),
        ("王磊先後在星瀾科技和雲圖智能擔任副總裁，現任月影智能CEO。", False),
        ("王磊在星澜科技和云图智能担任顾问。", True),
    ],
)
def test_one_post_at_each_organisation_listed_before_it(
    extractor: Extractor, text: str, current: bool
) -> None:
    """在A、B担任副总裁: the post was held at each firm, not only the last; 先后 makes it a career, all past."""
    found = {(org, current) for person, org, _, current in roles(extractor, text) if person == "王磊"}
    assert {("星澜科技", current), ("云图智能", current)} <= found


def test_a_career_then_a_present_cue_keeps_the_post_held_now(extractor: Extractor) -> None:
    found = roles(
        extractor, "梁启航毕业于星云大学，先后担任鲸跃科技副总裁、澄星科技总裁，现任澄星科技董事长。"
    )
    assert ("梁启航", "澄星科技", "董事长", True) in found
    assert ("梁启航", "澄星科技", "总裁", False) in found


@pytest.mark.parametrize(
    "text",
    [
        "鲸跃科技CEO梁启航于昨日宣布辞职，由现任COO林若溪接任。",
        "鯨躍科技執行長梁啟航於昨日宣佈辭職，現任營運長林若溪將接任。",
    ],
)
def test_a_title_before_a_later_person_is_not_the_subjects(extractor: Extractor, text: str) -> None:
    """现任COO林若溪 after a verb-like 现任: the title describes 林若溪, who follows it, not the earlier subject."""
    assert {(person, title) for person, _, title, _ in roles(extractor, text)} == {
        ("梁启航", "CEO"),
        ("林若溪", "COO"),
    }


def test_a_borrowed_organisation_is_not_a_later_posts_after_an_unrecognised_name(
    extractor: Extractor,
) -> None:
    found = roles(extractor, "张伟曾任月光智能副总裁、蓝海数据CFO。")
    assert all(title != "蓝海数据CFO" for _, _, title, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "据了解，张伟此前在百度负责自动驾驶业务，后创立了星云科技。",
        "张伟此前是小米的研发高级总监，2021年创立了星云科技。",
    ],
)
def test_the_subject_founding_an_organisation_later_in_the_sentence_is_its_founder(
    extractor: Extractor, text: str
) -> None:
    assert ("张伟", "星云科技", "创始人", True) in roles(extractor, text)


def test_a_firm_founded_earlier_by_someone_else_is_not_the_subjects(extractor: Extractor) -> None:
    assert roles(extractor, "张伟加入了2016年创立的星云科技。") == []


def test_two_posts_a_headline_parts_with_a_space_are_both_held(extractor: Extractor) -> None:
    found = posts(extractor, "星云科技全球副总裁 中国区总经理张伟表示，需求强劲。")
    assert ("张伟", "星云科技", "全球副总裁") in found
    assert any(
        title.endswith("总经理") for person, org, title in found if (person, org) == ("张伟", "星云科技")
    )


@pytest.mark.parametrize(
    "text",
    [
        "星云科技CEO张伟，同时也是月光智能的董事长。",
        "张伟既是星云科技的创始人，也是月光智能的董事长。",
        "张伟目前担任星云科技CEO，他同时还是月光智能的董事长。",
    ],
)
def test_a_further_post_told_with_also_is_held(extractor: Extractor, text: str) -> None:
    assert ("张伟", "月光智能", "董事长") in posts(extractor, text)


def test_the_title_before_another_persons_name_is_not_the_subjects(extractor: Extractor) -> None:
    assert posts(extractor, "张伟是月光智能CEO李强的朋友。") == [("李强", "月光智能", "CEO")]


def test_a_post_in_a_clause_about_something_else_is_not_the_subjects(extractor: Extractor) -> None:
    assert posts(extractor, "张伟表示，但这也是月光智能CEO的看法。") == []


def test_punctuation_glued_into_a_noun_ends_a_titles_qualifier(extractor: Extractor) -> None:
    # LAC reads 潮。 as one noun: the sentence end still ends what may qualify the next title.
    assert posts(extractor, "星云科技遭遇高管离职潮。CTO陈立新已加盟云帆科技。") == [
        ("陈立新", "星云科技", "CTO")
    ]


def test_people_named_before_the_post_they_take_hold_it(extractor: Extractor) -> None:
    """ "由A、及B担任临时共同执行长": both take the post the word of taking gives, whatever titles stand by them."""
    found = posts(
        extractor,
        "月光智能在声明中表示，寻找新CEO期间，由财务长李强、及产品部门负责人王磊担任临时共同执行长。",
    )
    assert {("李强", "月光智能", "共同执行长"), ("王磊", "月光智能", "共同执行长")} <= set(found)


def test_a_post_taken_in_a_phrase_describing_the_person_is_held(extractor: Extractor) -> None:
    assert ("李强", "星云科技", "CFO", True) in roles(
        extractor, "去年加入星云科技并出任CFO的李强表示，公司现金充足。"
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("王志远在星河智能担任AI部门主管多年。", "AI部门主管"),
        ("王志远出任星河智能大模型部门负责人。", "大模型部门负责人"),
        ("王志遠去年加入星河智能並出任海外業務總經理。", "海外业务总经理"),
    ],
)
def test_a_post_taken_with_its_unit_is_one_role_not_a_second_bare_one(
    extractor: Extractor, text: str, title: str
) -> None:
    """The appointment's bare title mention (主管) is the post the statement read with its unit before it."""
    assert posts(extractor, text) == [("王志远", "星河智能", title)]


def test_a_post_about_to_be_taken_is_no_role_yet(extractor: Extractor) -> None:
    assert roles(extractor, "星云科技宣布，李强将出任公司首席财务官，负责财务工作。") == []


def test_a_title_after_another_company_is_not_the_post_joined(extractor: Extractor) -> None:
    """ "加入X的还有Y公司CTO张伟": the CTO post is Y's; joining X gives no CTO role at X."""
    found = posts(extractor, "加入星云科技的还有月光智能CTO李强。")
    assert ("李强", "星云科技", "CTO") not in found


def test_a_former_post_describing_the_one_appointed_is_not_the_post_given(extractor: Extractor) -> None:
    found = posts(extractor, "星云科技宣布，任命前IBM中国研究院院长李强为公司首席执行官。")
    assert ("李强", "星云科技", "院长") not in found


def test_a_former_post_in_brackets_after_the_name_is_a_past_role(extractor: Extractor) -> None:
    found = roles(extractor, "星云科技首席执行官张伟（前阿里云副总裁）在会上发言。")
    assert ("张伟", "阿里云", "副总裁", False) in found
    assert ("张伟", "星云科技", "首席执行官", True) in found or ("张伟", "星云科技", "CEO", True) in found


def test_an_english_research_unit_after_a_firm_is_part_of_the_title_not_an_employer(
    extractor: Extractor,
) -> None:
    assert posts(extractor, "据悉，字节跳动AI Lab总监李航已于近日离职。") == [
        ("李航", "字节跳动", "AI Lab总监")
    ]


def test_the_next_clause_of_an_appointment_names_one_more_post(extractor: Extractor) -> None:
    found = posts(extractor, "星云科技董事会同意聘任张伟为总经理，李强为财务总监。")
    assert {("张伟", "星云科技", "总经理"), ("李强", "星云科技", "CFO")} <= set(found)


def test_a_co_chief_operating_officer_joined_by_a_conjunction_is_a_second_role(extractor: Extractor) -> None:
    found = posts(extractor, "台積電資深副總經理暨共同營運長秦永沛表示，公司將擴大海外產能。")
    assert ("秦永沛", "台积电", "联席COO") in found


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("月光智能首席增长官王芳透露，公司今年营收翻倍。", ("王芳", "月光智能", "首席增长官")),
        ("张伟，星云科技首席隐私官，毕业于清华大学。", ("张伟", "星云科技", "首席隐私官")),
        ("星云科技首席体验官兼副总裁王芳表示，用户满意度提升。", ("王芳", "星云科技", "首席体验官")),
        (
            "Nebula chief growth officer Ada Lin said sales doubled.",
            ("Ada Lin", "Nebula", "chief growth officer"),
        ),
    ],
)
def test_a_chief_of_a_field_no_list_names_is_a_post(
    extractor: Extractor, text: str, post: tuple[str, str, str]
) -> None:
    # News coins a chief officer as a field needs one: the shape 首席 + field + 官 is the title.
    assert post in posts(extractor, text)


def test_a_listed_chief_keeps_its_label_next_to_a_coined_one(extractor: Extractor) -> None:
    found = posts(extractor, "星云科技首席财务官张伟、首席品牌官李强出席了发布会。")
    assert {("张伟", "星云科技", "CFO"), ("李强", "星云科技", "首席品牌官")} <= set(found)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("张伟曾任谷歌研究员，后创立星云科技。", ("张伟", "谷歌", "研究员")),
        ("李强此前是Meta的研究员，2023年创办了月光智能。", ("李强", "Meta", "研究员")),
        ("王芳曾在微软担任高级工程师。", ("王芳", "微软", "高级工程师")),
        ("张伟现任清华大学教授，同时担任星云科技首席科学家。", ("张伟", "清华大学", "教授")),
        ("王芳毕业于北京大学，曾任华为高级经理、小米产品总监。", ("王芳", "华为", "高级经理")),
    ],
)
def test_an_occupation_whose_organisation_the_statement_writes_is_a_post(
    extractor: Extractor, text: str, post: tuple[str, str, str]
) -> None:
    # Not only before the name (谷歌研究员张伟): a biography's verb writes the employer next to the word too.
    assert post in posts(extractor, text)


def test_an_occupation_without_its_organisation_or_holding_no_post_is_no_role(extractor: Extractor) -> None:
    assert posts(extractor, "记者张伟在现场看到，展台前排起了长队。") == []
    assert posts(extractor, "林嘉禾曾是北京大学的学生，后来加入了星云科技。") == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("曾在谷歌担任研究员的李强于2020年回国创业。", ("李强", "谷歌", "研究员", False)),
        ("在星云科技担任产品总监的张伟表示，新品将于下月发布。", ("张伟", "星云科技", "产品总监", True)),
    ],
)
def test_a_relative_clause_of_serving_at_an_organisation_gives_the_name_after_it_the_post(
    extractor: Extractor, text: str, role: tuple[str, str, str, bool]
) -> None:
    # 在X担任Y的Z: the clause before 的 describes the person after it, with the organisation it names.
    assert role in roles(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "星云科技宣布完成A轮融资。本轮领投方松果基金由张伟、李强两位资深投资人于2015年创办，专注早期投资。",
        "由张伟创建于明代的清风书院，后来成为月光集团的培训中心。",
    ],
)
def test_a_founding_of_a_name_not_recognised_gives_no_other_organisation_a_founder(
    extractor: Extractor, text: str
) -> None:
    # The nouns before 由 (or after 的) name what was founded: another organisation of the text is not it.
    assert [post for post in posts(extractor, text) if post[2] == "创始人"] == []


def test_a_founding_told_of_a_generic_noun_keeps_the_organisation_it_stands_for(extractor: Extractor) -> None:
    found = posts(extractor, "星云科技宣布完成A轮融资。这家初创企业由张伟于2016年创办，专注芯片设计。")
    assert ("张伟", "星云科技", "创始人") in found


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("星云科技发言人张伟表示，公司对此不予置评。", ("张伟", "星云科技", "发言人")),
        ("星云科技新闻发言人王芳说，产品已经召回。", ("王芳", "星云科技", "新闻发言人")),
    ],
)
def test_a_spokesperson_speaks_for_the_organisation_written_before(
    extractor: Extractor, text: str, post: tuple[str, str, str]
) -> None:
    assert post in posts(extractor, text)


def test_a_spokesperson_without_an_organisation_is_no_role(extractor: Extractor) -> None:
    assert posts(extractor, "发言人张伟表示，公司运营正常。") == []


def test_an_owners_word_glued_to_the_unit_is_no_part_of_the_title(extractor: Extractor) -> None:
    """LAC reads 旗下云计算事业部 as one word: 旗下 still only separates the unit from its owner."""
    text = "星云科技旗下云计算事业部总裁赵敏称，算力需求持续增长。"
    [(person, org, title)] = posts(extractor, text)
    assert (person, org, title.startswith("云计算事业部")) == ("赵敏", "星云科技", True)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("星云证券汽车分析师张伟表示，今年销量将回升。", ("张伟", "星云证券", "汽车分析师")),
        (
            "月光证券食品饮料行业研究员林嘉禾指出，提价空间有限。",
            ("林嘉禾", "月光证券", "食品饮料行业研究员"),
        ),
    ],
)
def test_the_industry_an_analyst_covers_is_no_part_of_the_firm(
    extractor: Extractor, text: str, post: tuple[str, str, str]
) -> None:
    """A broker's analyst is written with the industry covered between the firm and the title, which LAC may read
    into the firm's word (星云证券汽车): the industry opens the title."""
    assert post in posts(extractor, text)


def test_a_field_after_a_name_without_suffix_stays_the_firms(extractor: Extractor) -> None:
    """科技 after 星云 ends the firm's name (星云科技), not the start of an analyst's field."""
    assert posts(extractor, "星云科技分析师李强认为，芯片需求旺盛。") == [("李强", "星云科技", "分析师")]


def test_a_post_lac_reads_with_the_word_joining_it_to_the_one_before_is_a_post(extractor: Extractor) -> None:
    """LAC reads 兼创始人 as one verb word after CEO; both posts are the person's."""
    found = roles(extractor, "星云科技CEO兼创始人林嘉禾在发布会上表示。")
    assert {(person, title) for person, _, title, _ in found} == {("林嘉禾", "CEO"), ("林嘉禾", "创始人")}


@pytest.mark.parametrize(
    "text", ["张伟现任月光科技CEO，曾任星云集团副总裁。", "在谈到与星云集团的合作时，月光科技CEO张伟表示。"]
)
def test_a_coined_firm_lac_reads_as_one_noun_holds_the_post_after_it(extractor: Extractor, text: str) -> None:
    """月光科技 is one common noun to LAC; a post right after it makes it the firm the post is held at."""
    assert ("张伟", "月光科技", "CEO", True) in roles(extractor, text)


@pytest.mark.parametrize("text", ["北岸地产市场部经理张伟表示。", "某商业银行信用卡中心负责人张伟表示。"])
def test_a_department_before_a_post_is_no_firm(extractor: Extractor, text: str) -> None:
    assert not any(org and org.endswith(("市场部", "中心")) for _, org, _, _ in roles(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星云科技张伟董事长在年会上表示，明年将扩大招聘。", ("张伟", "星云科技", "董事长")),
        ("月光律师事务所王芳律师认为，这份合同依然有效。", ("王芳", "月光律师事务所", "律师")),
        ("星云科技研究院的林嘉禾院长指出，芯片仍是短板。", ("林嘉禾", "星云科技研究院", "院长")),
    ],
)
def test_a_title_after_the_name_is_held_at_the_organisation_before_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    # News addresses people respectfully with the title after the name (张伟董事长): the
    # organisation written right before the name is where the title is held.
    assert expected in posts(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星云银行信贷二部主任李强表示，贷款需求回升。", ("李强", "星云银行", "信贷二部主任")),
        ("星云集团市场二部经理王芳说，新品卖得很好。", ("王芳", "星云集团", "市场二部经理")),
    ],
)
def test_a_numbered_unit_qualifies_the_title_after_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    # LAC tags a numbered unit (二部) as a numeral, which used to end the qualifier: an occupation then
    # lost the organisation written before it, and a title the unit that says which post it is.
    assert expected in posts(extractor, text)


@pytest.mark.parametrize(
    ("text", "held", "joined"),
    [
        ("之前担任百度技术长的王海峰已加入腾讯。", "百度", "腾讯"),
        ("早年出任微软总裁的张亚勤如今在清华大学任教。", "微软", "清华大学"),
        ("曾擔任谷歌首席科學家的林若溪上月加盟阿里巴巴。", "谷歌", "阿里巴巴"),
    ],
)
def test_a_post_written_with_one_company_is_not_lent_to_the_one_joined(
    extractor: Extractor, text: str, held: str, joined: str
) -> None:
    """The appointment's word of taking a post gives the title written after it only at its own company: the
    title is the one before it, the event's company (the one joined) gets none."""
    found = posts(extractor, text)
    assert [org for _, org, _ in found] == [held]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("商汤科技宣布完成新一轮融资，本轮由红杉中国领投。合伙人李强表示，看好公司前景。", "红杉中国"),
        (
            "小马智行完成C轮融资，高瓴创投、启明创投跟投，IDG资本领投。管理合伙人王刚表示，前景广阔。",
            "IDG资本",
        ),
        ("小马智行完成C轮融资，由高瓴创投和启明创投联合領投。執行董事王剛表示，看好自動駕駛。", "启明创投"),
        ("星云科技完成A轮融资，领投方为红杉中国，合伙人李强表示，团队很强。", "红杉中国"),
        ("星云科技完成天使轮融资，由红杉中国投资。合伙人李强表示，团队很强。", "红杉中国"),
        ("星云科技完成天使轮融资，投資方為紅杉中國。合夥人李強表示，團隊很強。", "红杉中国"),
    ],
)
def test_a_fund_s_post_after_a_round_is_held_at_the_lead_investor(
    extractor: Extractor, text: str, investor: str
) -> None:
    """A partner speaking after a round with no company written speaks for the investor named last as its
    lead, not for the funded company the sentence is about."""
    assert [org for _, org, _ in posts(extractor, text)] == [investor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("小马智行完成C轮融资，由高瓴创投领投。CEO彭军表示，资金将用于研发。", ("彭军", "小马智行", "CEO")),
        ("小马智行完成C轮融资，由高瓴创投领投。小马智行合伙人王刚表示。", ("王刚", "小马智行", "合伙人")),
    ],
)
def test_a_company_s_own_post_after_a_round_stays_the_company_s(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert posts(extractor, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("百度的CEO，李彦宏，表示公司将加大投入。", ("李彦宏", "百度", "CEO")),
        ("騰訊的首席科學家，張偉，說模型還要更大。", ("张伟", "腾讯", "首席科学家")),
        ("商汤科技创始人、CEO——徐立表示，行业将迎来变革。", ("徐立", "商汤科技", "CEO")),
    ],
)
def test_an_appositive_set_off_by_commas_or_a_dash_holds_the_title(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in posts(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("百度CEO，李彦宏表示。", []),
        (
            "李彦宏，百度CEO，马化腾，腾讯CEO，出席了论坛。",
            [("李彦宏", "百度", "CEO"), ("马化腾", "腾讯", "CEO")],
        ),
    ],
)
def test_a_title_between_commas_is_no_appositive_unless_set_off_before_a_name(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Two clauses (百度CEO，李彦宏表示) or a list of people each followed by their post is no appositive."""
    assert posts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("百度和腾讯的CEO分别是李彦宏和马化腾。", [("李彦宏", "百度", "CEO"), ("马化腾", "腾讯", "CEO")]),
        ("百度與騰訊的首席技術官分別是王海峰和張偉。", [("王海峰", "百度", "CTO"), ("张伟", "腾讯", "CTO")]),
        ("百度和腾讯的CEO分别是李彦宏。", []),
        ("百度和腾讯的CEO和CTO分别是李彦宏和马化腾。", []),
    ],
)
def test_companies_listed_before_a_title_respectively_hold_it_through_their_people(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """One title after several companies, one person for each: the n-th person at the n-th company; a count
    that does not match or several titles tell no pairing."""
    assert posts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("曾任微软副总裁的沈向洋已加入小米担任独立董事。", ("沈向洋", "小米", "独立董事", True)),
        ("曾任微軟全球執行副總裁的沈向洋，已加入小米擔任獨立董事。", ("沈向洋", "小米", "独立董事", True)),
        ("早年出任百度总裁的张亚勤如今在清华大学担任院长。", ("张亚勤", "清华大学", "院长", True)),
    ],
)
def test_a_relative_clause_of_a_past_post_leaves_the_subject_s_new_post_current(
    extractor: Extractor, text: str, expected: tuple[str, str, str, bool]
) -> None:
    """曾 in the relative clause before the subject tells of the post it names, not of the one the predicate gives."""
    assert expected in roles(extractor, text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("华能股份董事长张伟表示，公司将加大投入。", "董事长"),
        ("星云股份董秘李强表示，公司将加大投入。", "董事会秘书"),
        ("青禾投资控股有限公司总经理陈涛随后发言。", "总经理"),
        ("公司总经理张伟在年会上介绍了新产品。", "总经理"),
    ],
)
def test_the_ending_of_a_company_name_left_out_of_it_is_no_part_of_the_title(
    extractor: Extractor, text: str, title: str
) -> None:
    # The recogniser reads 华能 without 股份: the post is 董事长 at it, not a 股份董事长.
    assert [found for _, _, found, _ in roles(extractor, text)] == [title]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("副总裁李强曾任月光集团首席技术官，2019年加入。", "李强", "副总裁"),
        ("技术总监王芳此前担任星云科技研发经理，去年加盟。", "王芳", "技术总监"),
    ],
)
def test_where_a_post_was_held_before_is_not_where_the_post_before_it_is_held(
    extractor: Extractor, text: str, person: str, title: str
) -> None:
    # 月光集团 is where 李强 was CTO; the firm where he is 副总裁 goes unnamed.
    assert (person, None, title) in posts(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "张伟曾任北辰语智副总裁，现任星云科技首席执行官。",
        "李强，前北辰语智副总裁，现任星云科技首席运营官。",
        "王芳曾任北辰语智副总裁，后出任星云科技CTO。",
    ],
)
def test_the_firm_of_a_next_clause_s_post_is_not_the_firm_of_the_post_before(
    extractor: Extractor, text: str
) -> None:
    # 星云科技 is where the current post is held; the vice-president's firm is the one written before it.
    assert all(org != "星云科技" for _, org, title in posts(extractor, text) if title.endswith("副总裁"))


@pytest.mark.parametrize(
    "text",
    [
        "星云科技完成新一轮融资。Brightnote.ai 前总裁Marco Lind也参与了本轮融资。",
        "星云科技完成新一轮融资。星岚(Zorvia)财务长李梅表示，募资将用于研发。",
    ],
)
def test_a_post_right_after_a_latin_name_not_recognised_is_not_the_contexts(
    extractor: Extractor, text: str
) -> None:
    # Brightnote.ai is a firm the recogniser misses: its former president is not 星云科技's.
    assert all(org != "星云科技" for _, org, _, _ in roles(extractor, text))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("星云科技完成新一轮融资。Lumora团队负责人李强表示，资金将用于研发。", "Lumora团队负责人"),
        ("星云科技完成新一轮融资。IT总监李强表示，资金将用于研发。", "IT总监"),
        # A product's name the title namer reads as the post's field (Android负责人, iPhone业务总裁).
        ("星云科技发布新一代大模型，Android负责人李强表示，新模型已适配手机。", "Android负责人"),
        ("星云科技今日召开发布会，iPhone业务总裁李强出席。", "iPhone业务总裁"),
    ],
)
def test_a_latin_field_or_team_before_a_post_keeps_the_contexts_organisation(
    extractor: Extractor, text: str, title: str
) -> None:
    assert ("李强", "星云科技", title, True) in roles(extractor, text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "星云建设有限公司与月光集团签署了合同。\n（一）发包人：蓝海投资有限公司\n1. 法定代表人：陈志强\n"
            "2. 注册资本：10亿元\n（二）承包人：月光集团有限公司\n1. 法定代表人：李强",
            "陈志强",
            "蓝海投资",
        ),
        (
            "星云建设有限公司发布公告。星云建设有限公司将与对方合作。对方基本情况如下。\n1、名称：蓝海投资有限公司\n"
            "2、统一社会信用代码：91330000\n3、法定代表人：王芳\n4、住所：杭州市",
            "王芳",
            "蓝海投资",
        ),
    ],
)
def test_a_post_in_a_numbered_list_of_particulars_is_held_at_the_party_it_describes(
    extractor: Extractor, text: str, person: str, org: str
) -> None:
    # An announcement describes each party in a block: the article's main firm is another party.
    assert (person, org, "法定代表人") in posts(extractor, text)


def test_a_post_in_a_numbered_list_of_news_items_is_no_field_of_particulars(extractor: Extractor) -> None:
    # The items are paragraphs of news, not a block of a party's fields (法定代表人：…): 月光资本, last named in
    # the item before, is the round's investor, not where the CTO works.
    text = "今日要闻\n1. 星云科技完成B轮融资，由月光资本领投。\n2. CTO李强表示，资金将用于模型研发。"
    assert ("李强", "月光资本", "CTO") not in posts(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two plain nouns before a post written with its field are the firm, a generic tail (智能) included.
        ("星河智能算法负责人王海洋离职。", ("王海洋", "星河智能", "算法负责人")),
        ("星河智能產品副總裁王海洋表示，公司將擴大招聘。", ("王海洋", "星河智能", "产品副总裁")),
        # LAC reads a known firm and the post's field as one word (百度算法 + 负责人).
        ("百度算法负责人王海洋离职。", ("王海洋", "百度", "算法负责人")),
    ],
)
def test_a_post_written_with_its_field_keeps_the_firm_before_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in posts(extractor, text)


def test_nouns_before_a_bare_post_a_field_qualifies_are_still_its_field(extractor: Extractor) -> None:
    assert [org for _, org, _ in posts(extractor, "人才招聘主管李明表示，今年将扩大校招。")] == [None]


@pytest.mark.parametrize(
    "text", ["晨曦数据：王磊辞任总经理 副总裁赵敏接棒", "晨曦數據：王磊辭任總經理 副總裁趙敏接棒"]
)
def test_a_headline_gap_parts_a_title_from_the_person_across_it(extractor: Extractor, text: str) -> None:
    """A space between two Chinese clauses of a headline parts them as a comma would, as events read them: the
    post left before it is not the next person's, nor the post after it the one who left's."""
    found = {(person, title) for person, _, title in posts(extractor, text)}
    assert found == {("王磊", "总经理"), ("赵敏", "副总裁")}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("晨曦数据首席技术官 Maria Lopez 宣布离职", "晨曦数据"),
        ("晨曦數據首席技術官 Maria Lopez 宣布離職", "晨曦数据"),
        ("新华社北京12月1日电 星云科技总经理王磊表示，需求强劲。", "星云科技"),
        ("中央社記者台北1日電 星雲科技總經理王磊表示，需求強勁。", "星云科技"),
    ],
)
def test_a_space_beside_a_latin_name_or_after_a_dateline_keeps_the_role(
    extractor: Extractor, text: str, org: str
) -> None:
    """A space next to a Latin name is no headline gap, and a dateline's gap parts nothing of the role after it."""
    assert [found for _, found, _ in posts(extractor, text)] == [org]


@pytest.mark.parametrize(
    "text",
    ["月光智能董事长 李强", "月光智能董事長 李強表示，需求強勁。", "演讲嘉宾：月光智能首席科学家 李强"],
)
def test_a_space_between_a_post_and_its_holder_joins_them(extractor: Extractor, text: str) -> None:
    """A caption or a speakers' list spaces the holder off the post: a phrase of a post alone, naming no one, heads
    the name after the gap, as it heads a second post ("全球副总裁 中国区总经理张伟")."""
    assert [(person, org) for person, org, _ in posts(extractor, text)] == [("李强", "月光智能")]


@pytest.mark.parametrize(
    "text", ["月光智能：李强出任董事长 王芳任总裁", "月光智能：李強出任董事長 王芳任總裁"]
)
def test_a_post_taken_before_a_headline_gap_is_not_the_next_subjects(extractor: Extractor, text: str) -> None:
    """The phrase before the gap names who took the post: the name after it opens a clause of its own."""
    assert ("王芳", "董事长") not in {(person, title) for person, _, title in posts(extractor, text)}
