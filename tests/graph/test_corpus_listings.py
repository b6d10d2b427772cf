"""The sample corpus ingested for real: listing tracks name no company as listed that did not list."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.graph.connection import Graph
from newsgraph.graph.queries import listing_tracks
from newsgraph.ingest.nlp.events.rules import load_rules

MANIFEST = Path(__file__).resolve().parents[2] / "corpora" / "manifest.json"
#: Kinds of organisation that take part in a listing without being listed.
NEVER_LISTED = {"bank", "broker", "investor", "exchange", "board", "regulator"}


def _not_listed() -> set[str]:
    """Companies whose listing the corpus follows and that never listed in it (its manifest records
    every story's events)."""
    events = [
        e
        for a in json.loads(MANIFEST.read_text(encoding="utf-8"))["articles"]
        for e in a.get("events", [])
        if e["type"] == "listing"
    ]
    return {e["org"] for e in events} - {e["org"] for e in events if e["status"] == "listed"}


def test_no_listed_stage_for_a_company_that_did_not_list(corpus_graph: Graph) -> None:
    tracks = listing_tracks(corpus_graph)
    assert tracks, "the corpus has listing stories"
    listed = {t["company"] for t in tracks if any(s["status"] == "listed" for s in t["stages"])}
    assert not listed & _not_listed()


def test_no_bank_or_broker_is_a_listing_company(corpus_graph: Graph) -> None:
    endings = load_rules().org_kind_endings
    for track in listing_tracks(corpus_graph):
        kinds = {kind for ending, kind in endings if track["company"].endswith(ending)}
        assert not kinds & NEVER_LISTED, track
