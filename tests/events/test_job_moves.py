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
    ],
)
def test_moving_on_names_the_destination_after_the_word(read: Reader, text: str) -> None:
    assert _moves(read(text)) == {("张伟", "星云科技", "蓝海科技")}


def test_a_removal_from_a_post_leaves_the_organisation_named_in_it(read: Reader) -> None:
    assert _moves(read("张伟被免去星云科技总裁职务。")) == {("张伟", "星云科技", None)}


def test_leaving_that_closes_a_time_clause_has_no_object(read: Reader) -> None:
    doc = read("张伟2015年加入星云科技，去年离开后创办了蓝海科技。")
    assert _moves(doc) == {("张伟", "星云科技", None)}


def test_an_arrival_announced_by_an_organisation_is_at_that_organisation(read: Reader) -> None:
    doc = read("蓝海科技宣布，星云科技前副总裁张伟加盟，担任首席运营官。")
    assert _moves(doc) == {("张伟", "星云科技", "蓝海科技")}
    assert ("张伟", "蓝海科技") in {(doc.name(e.person), doc.name(e.org)) for e in doc.of_type("appointment")}


def test_the_organisation_marked_as_the_origin_is_the_one_left(read: Reader) -> None:
    doc = read("张伟曾在蓝海科技工作，后加入星云科技，近日从星云科技离职。")
    assert _moves(doc) == {("张伟", "星云科技", None)}


def test_a_business_records_site_is_the_source_not_the_employer(read: Reader) -> None:
    doc = read("天眼查显示，星云科技近日发生工商变更，张伟卸任董事长。")
    assert _moves(doc) == {("张伟", "星云科技", None)}
