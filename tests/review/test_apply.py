"""Corrections applied to hand-made extractions: the pure function every write goes through (no graph)."""

from __future__ import annotations

import json

import pytest
from newsgraph.ingest.corrections import (
    Correction,
    CorrectionError,
    Corrections,
    KnowledgeNamer,
    parse_lines,
)
from newsgraph.ingest.records import Entity, Event, Extraction, Mention, Role

WHEN = "2021-03-20T10:00:00.000000+00:00"
LATER = "2021-03-21T10:00:00.000000+00:00"
NAMER = KnowledgeNamer()
YAN = NAMER.natural_id("Person", "颜水成")
YAN_SHORT = NAMER.natural_id("Person", "颜水")
SHOPEE = NAMER.natural_id("Person", "Shopee")
SEA = NAMER.natural_id("Company", "冬海集团")


def extraction() -> Extraction:
    """颜水 (a truncated 颜水成) joins 冬海集团; Shopee wrongly read as a person who holds a title there."""
    text = "颜水加盟冬海集团。Shopee出任冬海集团CTO。"
    entities = [
        Entity(YAN_SHORT, "Person", "颜水", [], 1),
        Entity(SEA, "Company", "冬海集团", [], 2),
        Entity(SHOPEE, "Person", "Shopee", [], 1),
    ]
    mentions = [
        Mention("Person", "颜水", 0, 2, YAN_SHORT),
        Mention("Company", "冬海集团", 4, 8, SEA),
        Mention("Person", "Shopee", 9, 15, SHOPEE),
        Mention("Company", "冬海集团", 17, 21, SEA),
    ]
    roles = [Role(SHOPEE, SEA, "CTO", True, text[9:], 9, len(text))]
    events = [Event("appointment", "加盟", "asserted", 0.7, text[:9], 0, 9, person=YAN_SHORT, org=SEA)]
    return Extraction("doc", mentions, entities, roles, events)


def corrections(*made: Correction) -> Corrections:
    return Corrections(made, NAMER)


def test_no_correction_changes_nothing() -> None:
    raw = extraction()
    applied = corrections().apply(raw)
    assert applied.extraction == raw
    assert applied.extraction is not raw


def test_a_merge_moves_mentions_facts_and_names() -> None:
    merge = Correction("merge", YAN_SHORT, YAN, label="Person", who="ed", when=WHEN)
    applied = corrections(merge).apply(extraction())
    x = applied.extraction
    yan = next(e for e in x.entities if e.id == YAN)
    assert yan.name == "颜水" and YAN in x.reviewed.borrowed  # its own name comes from other articles
    assert x.events[0].person == YAN
    assert {YAN_SHORT, YAN} <= applied.refs
    assert all(m.entity != YAN_SHORT for m in x.mentions)


def test_a_retype_joins_the_entity_of_that_name_and_type() -> None:
    retype = Correction("retype", SHOPEE, "Company", label="Company", name="Shopee", who="ed", when=WHEN)
    x = corrections(retype).apply(extraction()).extraction
    shopee = next(e for e in x.entities if e.name == "Shopee")
    assert (shopee.id, shopee.label) == (NAMER.natural_id("Company", "Shopee"), "Company")
    assert x.roles[0].person == shopee.id  # the writer skips a role whose holder is not a person


def test_rejecting_an_entity_drops_its_mentions_roles_and_the_events_it_leaves_incomplete() -> None:
    reject = Correction("reject", YAN_SHORT, who="ed", when=WHEN)
    applied = corrections(reject).apply(extraction())
    x = applied.extraction
    assert YAN_SHORT not in {e.id for e in x.entities} | {m.entity for m in x.mentions}
    assert x.events == []  # an appointment needs its person
    assert YAN_SHORT in applied.refs  # still indexed: undoing the rejection finds this article


def test_rejecting_and_confirming_facts() -> None:
    event_key = extraction().events[0].key()
    role_key = extraction().roles[0].key()
    x = (
        corrections(
            Correction("reject", role_key, who="ed", when=WHEN),
            Correction("confirm", event_key, who="ed", when=WHEN),
        )
        .apply(extraction())
        .extraction
    )
    assert x.roles == []
    assert x.events[0].confidence == 1.0 and event_key in x.reviewed.confirmed


def test_a_fix_names_an_entity_the_article_does_not_mention() -> None:
    event_key = extraction().events[0].key()
    fix = Correction("fix", event_key, "sea-group", field="org", label="Company", who="ed", when=WHEN)
    x = corrections(fix).apply(extraction()).extraction
    assert x.events[0].org == "sea-group"
    assert x.reviewed.referenced == {"sea-group": "Company"}


def test_a_fix_that_changes_the_key_still_takes_later_corrections_of_the_new_key() -> None:
    listing = Event("listing", "上市", "asserted", 0.8, "冬海集团上市", 0, 6, org=SEA, status="listed")
    raw = Extraction(
        "doc", [Mention("Company", "冬海集团", 0, 4, SEA)], [Entity(SEA, "Company", "冬海集团", [], 1)]
    )
    raw.events = [listing]
    fix = Correction("fix", listing.key(), "filed", field="status", who="ed", when=WHEN)
    fixed_key = corrections(fix).apply(raw).extraction.events[0].key()
    assert fixed_key != listing.key()
    confirm = Correction("confirm", fixed_key, who="ed", when=LATER)
    x = corrections(fix, confirm).apply(raw).extraction
    assert x.events[0].status == "filed" and fixed_key in x.reviewed.confirmed


def test_a_rename_sets_the_name_and_maps_the_new_name_to_the_entity() -> None:
    rename = Correction("rename", YAN_SHORT, "颜水成", label="Person", name="颜水", who="ed", when=WHEN)
    x = corrections(rename).apply(extraction()).extraction
    person = next(e for e in x.entities if e.id == YAN_SHORT)
    assert person.name == "颜水成" and "颜水" in person.aliases and YAN_SHORT in x.reviewed.named
    other = Extraction(
        "doc2", [Mention("Person", "颜水成", 0, 3, YAN)], [Entity(YAN, "Person", "颜水成", [], 1)]
    )
    assert corrections(rename).apply(other).extraction.entities[0].id == YAN_SHORT


def test_a_split_gives_the_alias_its_own_entity_and_the_facts_written_with_it() -> None:
    both = Entity(YAN, "Person", "颜水成", ["颜水"], 2)
    raw = Extraction(
        "doc",
        [Mention("Person", "颜水成", 0, 3, YAN), Mention("Person", "颜水", 10, 12, YAN)],
        [both],
        events=[Event("departure", "离职", "asserted", 0.8, "颜水离职", 10, 14, person=YAN)],
    )
    split = Correction("split", YAN, "颜水", label="Person", who="ed", when=WHEN)
    x = corrections(split).apply(raw).extraction
    ids = {e.name: e.id for e in x.entities}
    assert ids["颜水成"] == YAN and ids["颜水"] != YAN
    assert x.events[0].person == ids["颜水"]


def test_an_undone_correction_is_not_applied_and_cycles_are_ignored() -> None:
    merge = Correction("merge", YAN_SHORT, YAN, label="Person", who="ed", when=WHEN, undone=LATER)
    assert corrections(merge).apply(extraction()).extraction == extraction()
    there = Correction("merge", YAN_SHORT, YAN, label="Person", who="ed", when=WHEN)
    back = Correction("merge", YAN, YAN_SHORT, label="Person", who="ed", when=LATER)
    assert corrections(there, back).resolve(YAN_SHORT)[0] == YAN


def test_records_round_trip_with_a_content_id() -> None:
    made = Correction("merge", YAN_SHORT, YAN, label="Person", who="ed", when=WHEN, why="truncated")
    again = Correction.from_json(made.to_json())
    assert again == made and again.id == made.id and made.id.startswith("cor-")
    assert Correction("merge", YAN_SHORT, YAN, who="ed", when=LATER).id != made.id


@pytest.mark.parametrize(
    "line,problem",
    [
        ("not json", "not JSON"),
        ('{"action": "merge", "target": "a", "value": "a", "who": "x", "when": "' + WHEN + '"}', "itself"),
        ('{"action": "explode", "target": "a", "who": "x", "when": "' + WHEN + '"}', "unknown action"),
        ('{"action": "reject", "target": "a", "who": "x"}', "missing field"),
        (
            '{"action": "retype", "target": "a", "value": "Fish", "who": "x", "when": "' + WHEN + '"}',
            "unknown type",
        ),
        (
            '{"id": "cor-0", "action": "reject", "target": "a", "who": "x", "when": "' + WHEN + '"}',
            "does not match",
        ),
        ('{"action": "reject", "target": "a", "who": 1, "when": "' + WHEN + '"}', "string"),
    ],
)
def test_a_bad_line_is_named_with_its_problem(line: str, problem: str) -> None:
    good = Correction("reject", "a", who="x", when=WHEN).to_json()
    with pytest.raises(CorrectionError) as caught:
        parse_lines([good, line])
    assert "line 2" in str(caught.value) and problem in str(caught.value)
    assert json.loads(good)["id"].startswith("cor-")
