"""Funding rounds as funding news tells them, each in an invented sentence: a plan whose round names its sum, and
the sum raised so far beside a new round."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import Read

Reader = Callable[..., Read]


@pytest.mark.parametrize(
    "text",
    ["云图科技计划在年内完成新一轮20亿元融资。", "雲圖科技計劃今年內完成新一輪5億美元融資。"],
)
def test_a_plan_word_reaches_over_the_sum_of_the_round(read: Reader, text: str) -> None:
    """The amount between the plan word and the round names no participant: the round is still planned."""
    event = read(text).one("funding")
    assert event.modality == "planned"
    assert event.amount is not None


@pytest.mark.parametrize(
    "text",
    [
        "云图科技近日完成5000万元A轮融资，累计融资金额已超2亿元。",
        "云图科技近日完成A轮融资，累计融资金额已超2亿元。",
        "雲圖科技完成A輪融資，成立以來累計融資逾3億美元。",
    ],
)
def test_a_running_total_beside_a_round_is_not_its_sum(read: Reader, text: str) -> None:
    """ "累计融资金额已超2亿元" sums all rounds: the new round keeps its own sum or none, and is told once."""
    event = read(text).one("funding")
    assert event.amount in (None, "5000万元")


def test_rounds_told_one_after_another_keep_their_sum(read: Reader) -> None:
    """先后 tells each firm's round in turn, no running total: each keeps the sum."""
    events = read("年初以来，云图科技、星河智能等企业先后官宣超十亿级融资。").of_type("funding")
    assert events
    assert all(e.amount is not None for e in events)


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("雲圖科技完成新台幣12億元C輪增資。", ["C轮"]),
        ("雲圖科技完成A輪增資，由台杉投資領投。", ["A轮"]),
        ("雲圖科技宣布辦理現金增資5億元。", []),
    ],
)
def test_a_round_told_as_a_raise_of_capital_is_a_funding(read: Reader, text: str, rounds: list[str]) -> None:
    """Taiwan tells a round as 增資 with its round named; a cash offering names no round and is none."""
    assert [e.round for e in read(text).of_type("funding")] == rounds


def test_an_aim_is_no_firm_raising_money(read: Reader) -> None:
    """ "目标募资10亿元" tells what the round aims at: the firm funded is the one named before."""
    doc = read("云图科技已开启新一轮融资，目标募资10亿元。")
    assert {doc.name(e.org) for e in doc.of_type("funding")} == {"云图科技"}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("星云科技完成B轮融资，由海川资本领投5亿元，蓝鲸创投跟投。", "5亿元"),
        ("星雲科技完成A輪融資，由海川資本領投3億新台幣。", "3亿新台币"),
        ("月光智能宣布完成新一轮融资，由海川资本联合领投2亿美元。", "2亿美元"),
        ("月光智能完成天使轮融资，由海川资本独家投资2000万元。", "2000万元"),
        ("月光智能完成A輪融資，由海川資本投資3億新台幣。", "3亿新台币"),
    ],
)
def test_an_amount_after_a_word_of_leading_or_giving_to_the_round_told_is_the_rounds(
    read: Reader, text: str, amount: str
) -> None:
    assert read(text).one("funding").amount == amount
