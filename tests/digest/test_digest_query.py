"""The digest read from the fixture graph: which events, in which order, with which header numbers."""

from __future__ import annotations

from datetime import date

import pytest
from newsgraph.graph.connection import Graph
from newsgraph.ui.digest.assemble import build_digest, weeks_with_events
from newsgraph.ui.digest.model import Digest
from newsgraph.ui.digest.period import Period, PeriodError

from tests.digest.conftest import EMPTY_WEEK, WEEK


@pytest.fixture(scope="module")
def digest(digest_graph: Graph) -> Digest:
    return build_digest(digest_graph, Period.week(WEEK))


def headlines(digest: Digest) -> list[str]:
    """Events as 'type:first participant' in digest order, to compare orders readably."""
    return [f"{e.type}:{e.participants[0].name}" for e in digest.events]


def test_week_holds_its_events_grouped_and_ordered(digest: Digest) -> None:
    assert [(s.key, s.stage) for s in digest.sections] == [
        ("people", None),
        ("partnership", None),
        ("listing", "rumored"),
        ("listing", "filed"),
        ("funding", None),
        ("acquisition", None),
        ("layoff", None),
    ]
    assert headlines(digest) == [
        "departure:张伟",
        "partnership:星河智能",
        "listing:天工数据",
        "listing:深蓝视觉",
        "funding:小微科技",  # participants mentioned more often than 云帆科技's, despite lower confidence
        "funding:云帆科技",
        "acquisition:星河智能",
        "layoff:示例科技",
    ]


def test_every_event_links_all_its_source_articles(digest: Digest) -> None:
    departure = digest.events[0]
    assert [(s.title, s.source, s.url) for s in departure.sources] == [
        ("报道1", "甲报", "http://news.example.test/1.html"),
        ("报道2", "乙报", "http://news.example.test/2.html"),
    ]
    assert departure.sources[0].published_at is not None
    assert departure.sources[0].published_at.isoformat() == "2021-03-11T10:00:00+08:00"
    assert departure.evidence == "星河智能CTO张伟离职，加盟云帆科技。"
    assert [(p.role, p.name) for p in departure.participants] == [
        ("person", "张伟"),
        ("org", "星河智能"),
        ("to_org", "云帆科技"),
    ]
    assert dict(departure.details) == {"role": "CTO"}
    assert all(e.sources for e in digest.events)


def test_modality_of_rumoured_planned_and_denied_events_is_kept(digest: Digest) -> None:
    modalities = {e.type: e.modality for e in digest.events if e.tentative}
    assert modalities == {"listing": "rumored", "partnership": "planned", "acquisition": "denied"}


def test_event_date_wins_over_a_later_report_and_undated_events_use_the_first_report(
    digest_graph: Graph, digest: Digest
) -> None:
    assert "departure:王强" not in headlines(digest)
    assert "departure:王强" in headlines(build_digest(digest_graph, Period.week("2021-W09")))
    undated = next(e for e in digest.events if e.type == "listing" and e.date is None)
    assert undated.day == date(2021, 3, 10)


def test_an_article_timestamp_falls_in_the_week_of_the_chosen_time_zone(digest_graph: Graph) -> None:
    sunday_night_utc = "appointment:李明"
    assert sunday_night_utc not in headlines(build_digest(digest_graph, Period.week(WEEK)))
    assert sunday_night_utc in headlines(build_digest(digest_graph, Period.week(WEEK, "UTC")))
    assert headlines(build_digest(digest_graph, Period.week("2021-W11"))) == [sunday_night_utc]


def test_counts_compare_with_the_previous_week(digest: Digest) -> None:
    table = {c.type: (c.count, c.previous, c.delta) for c in digest.counts}
    assert table == {
        "departure": (1, 2, -1),
        "appointment": (0, 0, 0),
        "partnership": (1, 0, 1),
        "listing": (2, 0, 2),
        "funding": (2, 1, 1),
        "layoff": (1, 0, 1),
        "acquisition": (1, 0, 1),
    }


def test_most_active_companies_and_new_entities(digest: Digest) -> None:
    assert [(c.name, c.events) for c in digest.active_companies[:3]] == [
        ("星河智能", 3),
        ("深蓝视觉", 3),
        ("云帆科技", 2),
    ]
    new = {e.name for e in digest.new_entities}
    assert {"星河智能", "张伟", "香港交易所", "示例科技"} <= new
    assert not {"云帆科技", "深蓝视觉", "赵磊"} & new  # first seen in W09
    assert digest.new_entities_total == len(digest.new_entities)


def test_a_week_and_the_same_dates_as_a_range_are_the_same_period(digest_graph: Graph) -> None:
    as_range = Period.between(date(2021, 3, 8), date(2021, 3, 14))
    assert as_range == Period.week(WEEK)
    assert as_range.label == WEEK
    assert build_digest(digest_graph, as_range) == build_digest(digest_graph, Period.week(WEEK))


def test_a_longer_range_compares_with_the_range_just_before(digest_graph: Graph) -> None:
    period = Period.between(date(2021, 3, 1), date(2021, 3, 14))
    digest = build_digest(digest_graph, period)
    assert period.label == "2021-03-01..2021-03-14"
    assert period.previous() == Period.between(date(2021, 2, 15), date(2021, 2, 28))
    assert sum(c.count for c in digest.counts) == 11
    assert sum(c.previous for c in digest.counts) == 0


def test_an_empty_week_is_empty_and_weeks_with_events_are_listed(digest_graph: Graph) -> None:
    assert build_digest(digest_graph, Period.week(EMPTY_WEEK)).empty
    assert weeks_with_events(digest_graph) == [("2021-W09", 3), ("2021-W10", 8), ("2021-W11", 1)]
    assert weeks_with_events(digest_graph, "UTC") == [("2021-W09", 3), ("2021-W10", 9)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2021-12", "not an ISO week"),
        ("W10", "not an ISO week"),
        ("2021-W53", "has no ISO week 53"),
        ("2021-W00", "has no ISO week 0"),
    ],
)
def test_bad_weeks_are_clear_errors(text: str, message: str) -> None:
    with pytest.raises(PeriodError, match=message):
        Period.week(text)


def test_other_spellings_of_a_week_are_accepted_and_bad_zones_rejected() -> None:
    assert Period.week("2021w10") == Period.week(" 2021-W10 ") == Period.week(WEEK)
    assert Period.week("2020-W53").start == date(2020, 12, 28)
    with pytest.raises(PeriodError, match="unknown time zone"):
        Period.week(WEEK, "Mars/Olympus")
    with pytest.raises(PeriodError, match="before it starts"):
        Period.between(date(2021, 3, 9), date(2021, 3, 8))
