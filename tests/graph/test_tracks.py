"""Listing tracks: one per company and venue, with the stage the latest report gives."""

from __future__ import annotations

from datetime import date
from typing import Any

from newsgraph.graph.queries import tracks_of
from newsgraph.ingest.event_types import event_type

STAGES = event_type("listing").slots["status"].values


def report(
    company: str, venue: str | None, status: str, day: int, parent: str | None = None
) -> dict[str, Any]:
    return {
        "company_id": company,
        "company": company,
        "venue_id": venue,
        "venue": venue,
        "parent": parent,
        "status": status,
        "date": date(2021, 3, day),
        "modality": "asserted",
        "confidence": 0.9,
        "event": f"{company}-{status}-{day}",
    }


def test_a_board_and_its_exchange_are_one_venue_and_the_latest_stage_is_current() -> None:
    rows = [
        report("star-co", "sse", "filed", 1),
        report("star-co", "sse_star", "inquiry", 5, parent="sse"),
        report("star-co", None, "approved", 9),
    ]
    [track] = tracks_of(rows, STAGES)
    assert (track["venue_id"], track["stage"]) == ("sse_star", "approved")
    assert [s["status"] for s in track["stages"]] == ["filed", "inquiry", "approved"]


def test_one_track_per_venue_and_listed_only_when_reported() -> None:
    rows = [
        report("dual-co", "hkex", "preparing", 2),
        report("dual-co", "sse_star", "terminated", 4, parent="sse"),
        report("dual-co", "hkex", "listed", 8),
        report("plan-co", "nasdaq", "rumored", 3),
    ]
    tracks = {(t["company_id"], t["venue_id"]): t["stage"] for t in tracks_of(rows, STAGES)}
    assert tracks == {
        ("dual-co", "hkex"): "listed",
        ("dual-co", "sse_star"): "terminated",
        ("plan-co", "nasdaq"): "rumored",
    }
