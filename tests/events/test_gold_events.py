"""Event quality on the project's own gold set (tests/gold/gold.jsonl), with pinned minimums.

An extracted event matches a gold event of the same type when its key
participant matches (person for job changes, organisation for listings,
funding and layoffs, acquirer or target for acquisitions, two parties for
partnerships). Names match when the entity's canonical name or one of its
spellings equals or contains the gold string (both in Simplified). The
minimums sit a little below the measured values, so a change that loses
events or arguments fails here.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from newsgraph.ingest.nlp.extract import Document, Extractor
from newsgraph.ingest.nlp.scripts import to_simplified
from newsgraph.ingest.records import Event, Extraction

GOLD = Path(__file__).resolve().parents[1] / "gold" / "gold.jsonl"
# Fields compared on matched events, and how the gold spells our values.
FIELDS = ("org", "to_org", "role", "status", "board", "amount", "round", "investors", "modality", "kind")
GOLD_STATUS = {"terminated": "ended"}  # partnership status: the gold says terminated, we say ended


def _records() -> list[dict]:
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class Names:
    """Spellings of each entity id of one extraction, in Simplified."""

    def __init__(self, extraction: Extraction) -> None:
        self.spellings: dict[str, set[str]] = {}
        for entity in extraction.entities:
            self.spellings[entity.id] = {to_simplified(s) for s in (entity.name, *entity.aliases)}
        for mention in extraction.mentions:
            if mention.entity:
                self.spellings.setdefault(mention.entity, set()).add(to_simplified(mention.text))

    def match(self, entity_id: str | None, gold: str | None) -> bool:
        if not entity_id or not gold:
            return False
        return any(
            s == gold or (len(s) >= 2 and (s in gold or gold in s)) for s in self.spellings.get(entity_id, ())
        )


def _key_matches(event: Event, gold: dict, names: Names) -> bool:
    if event.type != gold["type"]:
        return False
    if event.type in ("departure", "appointment"):
        return names.match(event.person, gold.get("person"))
    if event.type == "partnership":
        found = sum(any(names.match(o, g) for o in event.orgs) for g in gold["orgs"])
        return found >= min(2, len(gold["orgs"]))
    if event.type == "acquisition":
        return names.match(event.acquirer, gold.get("acquirer")) or names.match(
            event.target, gold.get("target")
        )
    return names.match(event.org, gold.get("org"))


def _field_right(event: Event, gold: dict, field: str, names: Names) -> bool:
    value = gold[field]
    if field in ("org", "to_org", "board"):
        return names.match(getattr(event, field), value)
    if field == "investors":
        return all(any(names.match(i, g) for i in event.investors) for g in value)
    if field == "amount":
        ours = event.scale if event.type == "layoff" else event.amount
        return bool(ours) and (value in ours or ours in value)
    if field == "role":
        return bool(event.role)
    if field == "status":
        return (
            event.status == GOLD_STATUS.get(value, value)
            if event.type == "partnership"
            else event.status == value
        )
    return getattr(event, field) == value


@pytest.fixture(scope="module")
def scores(extractor: Extractor) -> Counter:
    """Counts of gold events, extracted events, matched events and right fields over the gold set."""
    records = _records()
    documents = [Document(r["id"], r["text"], date.fromisoformat(r["published"])) for r in records]
    counts: Counter = Counter()
    for record, extraction in zip(records, extractor.extract_many(documents), strict=True):
        names = Names(extraction)
        unmatched = list(extraction.events)
        counts["gold"] += len(record["events"])
        counts["extracted"] += len(extraction.events)
        for gold in record["events"]:
            event = next((e for e in unmatched if _key_matches(e, gold, names)), None)
            if event is None:
                continue
            unmatched.remove(event)
            counts["matched"] += 1
            for field in FIELDS:
                if field in gold:
                    counts[f"{field} asked"] += 1
                    counts[f"{field} right"] += _field_right(event, gold, field, names)
    return counts


def _share(counts: Counter, part: str, whole: str) -> float:
    return counts[part] / counts[whole] if counts[whole] else 0.0


def test_gold_events_are_found(scores: Counter) -> None:
    recall = _share(scores, "matched", "gold")
    precision = _share(scores, "matched", "extracted")
    print(f"gold events: recall {recall:.3f}, precision {precision:.3f} ({dict(scores)})")
    assert recall >= RECALL_MIN
    assert precision >= PRECISION_MIN


@pytest.mark.parametrize("field", ["org", "modality", "status", "amount", "investors", "role", "board"])
def test_gold_event_arguments_are_right(scores: Counter, field: str) -> None:
    share = _share(scores, f"{field} right", f"{field} asked")
    print(f"{field}: {scores[f'{field} right']}/{scores[f'{field} asked']} = {share:.3f}")
    assert share >= FIELD_MIN[field]


# Pinned a little below the values measured when this test was written (recall 0.78, precision 0.95;
# org 0.87, modality 0.90, status 1.0, amount 0.93, investors 4 of 5, role 1.0, board 0.88).
# Most misses are companies the entity recogniser does not find; raise these as it improves.
RECALL_MIN = 0.7
PRECISION_MIN = 0.85
FIELD_MIN = {
    "org": 0.8,
    "modality": 0.82,
    "status": 0.85,
    "amount": 0.85,
    "investors": 0.6,
    "role": 0.9,
    "board": 0.8,
}
