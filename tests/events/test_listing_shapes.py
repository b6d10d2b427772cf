"""Stages of a listing as listing news tells them, each in an invented sentence: the listing committee's
review, the filing for registration, the public offering, and a withdrawal the exchange then terminates."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import Read

Reader = Callable[..., Read]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星海半导体日前获创业板上市委审议通过，下一步将提交注册。", "approved"),
        ("星海半导体周五未通过创业板上市委审议。", "terminated"),
    ],
)
def test_the_listing_committee_review_tells_the_stage(read: Reader, text: str, status: str) -> None:
    doc = read(text)
    event = doc.one("listing")
    assert (doc.name(event.org), event.board, event.status) == ("星海半导体", "chinext", status)


def test_a_filing_for_registration_follows_the_approval(read: Reader) -> None:
    event = read("星海半导体的创业板IPO已提交注册。").one("listing")
    assert (event.board, event.status) == ("chinext", "approved")


def test_a_public_offering_is_an_approved_listing(read: Reader) -> None:
    doc = read("星云科技昨日进入招股第二天，散户认购踊跃。")
    event = doc.one("listing")
    assert (doc.name(event.org), event.status) == ("星云科技", "approved")


@pytest.mark.parametrize("text", ["星云科技的招股价定为每股15港元。", "据招股书，星云科技去年营收10亿元。"])
def test_the_offering_price_or_a_quoted_prospectus_is_no_offering(read: Reader, text: str) -> None:
    assert read(text).of_type("listing") == []


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
