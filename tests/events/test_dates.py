"""Date expressions in news resolve against the publication date to the first day they name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from newsgraph.ingest.nlp.dates import find_dates, resolve

from tests.events.conftest import Read

PUBLISHED = date(2024, 3, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("3月11日", date(2024, 3, 11)),
        ("三月十一日", date(2024, 3, 11)),
        ("3月11号", date(2024, 3, 11)),
        ("11月5日", date(2023, 11, 5)),  # far in the future otherwise: last year's
        ("9月", date(2024, 9, 1)),
        ("去年", date(2023, 1, 1)),
        ("前年", date(2022, 1, 1)),
        ("明年", date(2025, 1, 1)),
        ("今年2月", date(2024, 2, 1)),
        ("去年12月底", date(2023, 12, 21)),
        ("去年底", date(2023, 12, 1)),
        ("今年上半年", date(2024, 1, 1)),
        ("2022年下半年", date(2022, 7, 1)),
        ("上周", date(2024, 3, 11)),
        ("上周五", date(2024, 3, 15)),
        ("本周一", date(2024, 3, 18)),
        ("周三", date(2024, 3, 20)),
        ("周五", date(2024, 3, 15)),  # this week's Friday is still to come
        ("昨日", date(2024, 3, 19)),
        ("昨天", date(2024, 3, 19)),
        ("前天", date(2024, 3, 18)),
        ("今天", date(2024, 3, 20)),
        ("本月中旬", date(2024, 3, 11)),
        ("上个月", date(2024, 2, 1)),
        ("3天前", date(2024, 3, 17)),
        ("两个月前", date(2024, 1, 20)),
        ("15日", date(2024, 3, 15)),
        ("2021年", date(2021, 1, 1)),
        ("2021年2月至3月", date(2021, 2, 1)),
        ("2023-05-06", date(2023, 5, 6)),
        ("2023/5/6", date(2023, 5, 6)),
        ("二〇二一年五月", date(2021, 5, 1)),
        ("2021年2月30日", None),
        ("近日", None),
        ("公司宣布", None),
    ],
)
def test_expression_resolves_to_first_day(expression: str, expected: date | None) -> None:
    assert resolve(expression, PUBLISHED) == expected


def test_relative_dates_need_a_publication_date() -> None:
    assert resolve("昨日", None) is None
    assert resolve("3月11日", None) is None
    assert resolve("2021年3月11日", None) == date(2021, 3, 11)


def test_dates_are_found_with_offsets_in_text_order() -> None:
    text = "公司于2021年2月至3月完成融资，昨日宣布上市"
    found = find_dates(text, PUBLISHED)
    assert [(d.text, d.value) for d in found] == [
        ("2021年2月至3月", date(2021, 2, 1)),
        ("昨日", date(2024, 3, 19)),
    ]
    assert all(text[d.start : d.end] == d.text for d in found)


def test_month_without_year_in_january_article_is_last_december() -> None:
    assert resolve("12月28日", date(2024, 1, 5)) == date(2023, 12, 28)


@pytest.mark.parametrize(
    "text",
    [
        "星云科技：拟1079.6万元收购控股子公司月光智能少数股权",
        "蓝海数据投资2000-10亿元扩产",
        "毛利率为2019.5%",
    ],
)
def test_an_amount_whose_digits_look_like_a_numeric_date_is_no_date(text: str) -> None:
    """A number followed by 万/亿/元/% is a quantity: "1079.6万元" must not date an event in June 1079."""
    assert find_dates(text, PUBLISHED) == []


def test_a_numeric_date_ending_a_sentence_is_still_a_date() -> None:
    """The full stop after "2019.6.1" ends the sentence; it is no decimal part."""
    assert [m.value for m in find_dates("协议于2019.6.1.生效", PUBLISHED)] == [date(2019, 6, 1)]


def test_a_time_after_counts_from_the_date_given_before_it() -> None:
    """A narrative of rounds ("2019年完成A轮，三年后又获B轮") dates the later one from the earlier, not from today."""
    found = find_dates("星云科技2019年拿到A轮融资，三年后又完成B轮融资。", date(2025, 10, 12))
    assert [m.value for m in found] == [date(2019, 1, 1), date(2022, 1, 1)]


def test_a_round_years_after_an_earlier_one_is_no_plan(read: Callable[..., Read]) -> None:
    doc = read("星云科技2019年拿到A轮融资，三年后又完成2亿美元B轮融资。", published=date(2025, 10, 12))
    assert [e.modality for e in doc.of_type("funding")] == ["asserted", "asserted"]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("星云科技拿下月光智能的算力订单", []),
        ("星云科技签下月光智能的大单", []),
        ("公司旗下月光智能子公司完成融资", []),  # 旗下 is an owner's word, no 下月
        ("不少游客赶上周末出游", ["周末"]),  # the weekend, not last week's end
        ("星云科技下月将发布新品", ["下月"]),
        ("双方定下月底前完成交付", ["下月底"]),
    ],
)
def test_the_complement_of_a_verb_before_a_name_opens_no_relative_date(text: str, dated: list[str]) -> None:
    """ "拿下 + 月光智能", "赶上 + 周末": 下/上 ends the verb, no 下月 or 上周; 定下 sets a date as often."""
    assert [m.text for m in find_dates(text, PUBLISHED)] == dated


@pytest.mark.parametrize("text", ["星云科技拿下月光智能的算力订单。", "星雲科技簽下月光智能的大單。"])
def test_an_order_won_from_a_firm_named_with_a_month_is_no_plan(read: Callable[..., Read], text: str) -> None:
    assert [e.modality for e in read(text).of_type("partnership")] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("张伟在星云科技工作三年后离职", []),
        ("张伟在星云科技工作十三年后离职", []),  # no shorter date inside the number
        ("张伟在星云科技工作满三年后离职", []),
        ("張偉在星雲科技效力了五年後離職", []),
        ("星云科技表示三年后将上市", ["三年后"]),
    ],
)
def test_the_length_of_a_stint_is_no_date(text: str, dated: list[str]) -> None:
    """ "工作三年后": the time after the start of a stint the clause does not date, not after the publication."""
    assert [m.text for m in find_dates(text, PUBLISHED)] == dated


def test_leaving_after_years_of_work_is_no_plan(read: Callable[..., Read]) -> None:
    doc = read("张伟曾任蓝海科技副总裁。张伟在星云科技工作三年后离职，随后创办了云帆智能。")
    assert [(doc.name(e.org), e.modality) for e in doc.of_type("departure")] == [("星云科技", "asserted")]
