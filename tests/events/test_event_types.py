"""The event type files: they load, every cross-reference is checked, and ids stay what they were."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import yaml
from newsgraph.ingest.datafiles import DataFileError
from newsgraph.ingest.event_types import (
    BUILTIN_DIR,
    ENV_VAR,
    EventTypeError,
    Headline,
    event_types,
    extra_dirs_from_env,
    load_event_types,
)
from newsgraph.ingest.nlp.events.frames import builder
from newsgraph.ingest.records import Event

#: A minimal valid type (the toy type of the end-to-end test), changed by tests to break one reference.
TOY_TYPES = Path(__file__).with_name("toy_types")
TOY = yaml.safe_load((TOY_TYPES / "product_launch.yaml").read_text(encoding="utf-8"))


def event(event_type: str, **slots: object) -> Event:
    return Event(event_type, "x", "asserted", 0.5, "s", 0, 1, **slots)  # type: ignore[arg-type]


def write_type(folder: Path, data: dict[str, object], name: str | None = None) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{name or data['name']}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def test_the_builtin_types_load_in_their_order_with_their_sections() -> None:
    types = event_types()
    assert types.names() == (
        "departure",
        "appointment",
        "partnership",
        "listing",
        "funding",
        "layoff",
        "acquisition",
    )
    assert [s.key for s in types.sections] == [
        "people",
        "partnership",
        "listing",
        "funding",
        "acquisition",
        "layoff",
    ]
    assert types.sections[0].types == ("departure", "appointment")
    assert {path.stem for path in BUILTIN_DIR.glob("*.yaml")} == set(types.names())


def test_every_type_names_a_builder_that_exists() -> None:
    assert all(callable(builder(t.builder)) for t in event_types())
    with pytest.raises(LookupError, match="no_such"):
        builder("no_such")


@pytest.mark.parametrize(
    ("made", "key", "participants"),
    [
        (
            event("departure", person="person-a", org="yitu", to_org="org-b"),
            "ev-2d46673715d0bd86",
            [("person", "person-a"), ("org", "yitu"), ("to_org", "org-b")],
        ),
        (event("departure", org="yitu", role="CTO"), "ev-274c460432375373", [("org", "yitu")]),
        (
            event("appointment", person="person-a", org="sensetime"),
            "ev-f3d08782895b2d8c",
            [("person", "person-a"), ("org", "sensetime")],
        ),
        (
            event("partnership", orgs=["zhipu", "aliyun"], kind="cooperation", status="active"),
            "ev-14688d1ee8a4651c",
            [("partner", "zhipu"), ("partner", "aliyun")],
        ),
        (
            event("listing", org="yitu", board="hkex", status="filed"),
            "ev-a7c4c6c20dfc490f",
            [("org", "yitu"), ("board", "hkex")],
        ),
        (
            event("funding", org="org-x", round="B轮", amount="1亿元", investors=["org-y"]),
            "ev-9f3953404c36efb0",
            [("org", "org-x"), ("investor", "org-y")],
        ),
        (event("layoff", org="org-x", date=date(2021, 3, 9)), "ev-c3ea68be67a6abd3", [("org", "org-x")]),
        (event("layoff", org="org-x"), "ev-373bb3c591933ee6", [("org", "org-x")]),
        (
            event("acquisition", acquirer="org-x", target="org-y"),
            "ev-bedf95bc65e4e586",
            [("acquirer", "org-x"), ("target", "org-y")],
        ),
    ],
)
def test_keys_and_participants_are_what_the_graph_already_holds(
    made: Event, key: str, participants: list[tuple[str, str]]
) -> None:
    """The ids were computed by the code before the types became data: existing graphs keep their nodes."""
    assert made.key() == key
    assert made.participants() == participants


def test_merge_keys_follow_the_cases_of_the_type() -> None:
    partnership = event_types()["partnership"]
    bid = event("partnership", orgs=["b", "a"], kind="bid")
    other_bid = event("partnership", orgs=["b", "c"], kind="bid")
    cooperation = event("partnership", orgs=["b", "a"], kind="cooperation")
    assert partnership.merge_identity(bid) == partnership.merge_identity(other_bid)  # one bid per winner
    assert partnership.merge_identity(bid) != partnership.merge_identity(cooperation)
    departure = event_types()["departure"]
    assert departure.merge_identity(event("departure", org="o", role="CTO")) == departure.merge_identity(
        event("departure", org="o")
    )


def test_a_type_from_an_extra_folder_is_added(tmp_path: Path) -> None:
    types = load_event_types([write_type(tmp_path / "more", TOY)])
    assert types.names()[-1] == "product_launch"
    assert [s.key for s in types.sections][-2:] == ["layoff", "products"]
    assert types["product_launch"].identity(event("product_launch", org="c", date=date(2021, 3, 9))) == (
        "c",
        "2021-03",
    )


def test_a_list_in_a_word_list_gives_its_words_in_its_place(tmp_path: Path) -> None:
    """not_before: [*shared, 笔]: a group reuses another group's list by its anchor, so it is written once."""
    trigger = {**TOY["triggers"][0], "not_before": [["率", "价"], "笔"]}
    types = load_event_types([write_type(tmp_path / "more", {**TOY, "triggers": [trigger]})])
    assert types["product_launch"].triggers[0].not_before == ("率", "价", "笔")


def test_the_environment_variable_lists_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, os.pathsep.join([str(tmp_path / "a"), str(tmp_path / "b"), ""]))
    assert extra_dirs_from_env() == [tmp_path / "a", tmp_path / "b"]
    monkeypatch.delenv(ENV_VAR)
    assert extra_dirs_from_env() == []


def _broken(**changes: object) -> dict[str, object]:
    return {**TOY, **changes}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_broken(slots={"product": {"kind": "value"}}), "'product' is not a field of Event"),
        (
            _broken(slots={"orgs": {"kind": "entity", "labels": ["Company"], "title": TOY["title"]}}),
            "kind entities",
        ),
        (_broken(required=[["target"]]), "required: 'target' is not a slot"),
        (_broken(key=["target"]), "key: 'target' is not a slot"),
        (_broken(merge_key=["org:month"]), "org:month needs the date"),
        (
            _broken(edges=[{"type": "LAUNCHED", "from": "org", "to": "target"}]),
            "'target' is not an entity slot",
        ),
        (_broken(digest={**TOY["digest"], "section": "nowhere"}), "section 'nowhere' is defined by no type"),  # type: ignore[dict-item]
        (_broken(digest={**TOY["digest"], "section": "people"}, label="Departure"), "already used"),  # type: ignore[dict-item]
        (_broken(label="Company"), "is an entity label"),
        (_broken(name="departure"), "already defined"),
        (
            _broken(digest={**TOY["digest"], "headline": {"zh": "新品发布", "en": "{org} launched"}}),  # type: ignore[dict-item]
            "must name every entity slot",
        ),
        (
            _broken(digest={**TOY["digest"], "headline": {"zh": "{org}[ 发布 {round}", "en": "{org}"}}),  # type: ignore[dict-item]
            "unbalanced",
        ),
        (_broken(triggers=[{**TOY["triggers"][0], "needs": ["later:nothing"]}]), "names no event type"),  # type: ignore[index]
        (_broken(triggers=[{**TOY["triggers"][0], "status": "listed"}]), "'status' is not a slot"),  # type: ignore[index]
        (_broken(destination_type="appointment"), "needs a to_org slot"),
    ],
)
def test_a_broken_reference_is_a_clear_error(tmp_path: Path, data: dict[str, object], message: str) -> None:
    folder = write_type(tmp_path / "more", data)
    with pytest.raises(EventTypeError, match=message):
        load_event_types([folder])


def test_a_file_against_the_schema_names_the_file(tmp_path: Path) -> None:
    folder = write_type(tmp_path / "more", _broken(frame_builder="x"))
    with pytest.raises(DataFileError, match=r"product_launch\.yaml"):
        load_event_types([folder])
    with pytest.raises(EventTypeError, match="not a folder"):
        load_event_types([tmp_path / "missing"])


def test_a_file_is_named_after_its_type(tmp_path: Path) -> None:
    with pytest.raises(EventTypeError, match=r"must be named product_launch\.yaml"):
        load_event_types([write_type(tmp_path / "more", TOY, name="launch")])


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"person": "张三", "org": "甲", "to_org": "乙"}, "张三 离开 甲，加入 乙"),
        ({"person": "张三", "org": "甲"}, "张三 离开 甲"),
        ({"org": "甲"}, "? 离开 甲"),
        ({"person": "{org}[x]", "org": "甲"}, "{org}[x] 离开 甲"),
    ],
)
def test_headlines_leave_out_optional_parts_and_never_rescan_names(
    values: dict[str, str], expected: str
) -> None:
    headline = Headline.parse("{person} 离开 {org}[，加入 {to_org}]")
    assert headline.render(values, "?") == expected
