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
