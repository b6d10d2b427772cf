"""People leaving together, in invented sentences: lists whose members each carry a post, and lists of
people named after a plural report ("多位高管相继离职，包括A和B")."""

from __future__ import annotations

from collections.abc import Callable

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
