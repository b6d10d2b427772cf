"""The event rules file is consistent: it loads, its words match the text the model sees, its regexes work."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsgraph.ingest.datafiles import DataFileError, load_data_file, load_yaml
from newsgraph.ingest.nlp.events.rules import load_rules
from newsgraph.ingest.nlp.scripts import to_simplified


def test_every_event_type_has_trigger_words() -> None:
    assert {group.event_type for groups in load_rules().groups.values() for group in groups} == set(
        load_rules().types.names()
    )


def test_trigger_and_cue_words_are_simplified() -> None:
    """Texts are matched after conversion to Simplified, so a Traditional word would never match."""
    rules = load_rules()
    words = set(rules.groups)
    words |= {cue for m in rules.modalities for _, cues in m.scoped_cues for cue in cues}
    words |= {w for t in rules.types for ws in (*t.statuses.values(), *t.kinds.values()) for w in ws}
    assert sorted(w for w in words if to_simplified(w) != w) == []


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        ("amount", "获得人民币5亿元投资", "人民币5亿元"),
        ("amount", "完成数千万美元融资", "数千万美元"),
        ("round", "完成Pre-A轮融资", "Pre-A轮"),
        ("round", "完成B+轮融资", "B+轮"),
        ("scale", "裁员约20%", "约20%"),
        ("scale", "裁员300名员工", "300名员工"),
        ("scale", "裁减约一成人手", "约一成"),
        ("scale", "裁员过半", "过半"),
        ("scale", "成立三年后裁员", None),
        ("scale", "裁减一成员工", "一成"),
        ("scale", "星云科技在经过半年的调整后宣布裁员", None),
        ("scale", "月光智能超过半年未发工资，随后裁员", None),
        ("scale", "李强说裁员不过半小时就传开了", None),
        ("scale", "星云科技宣布裁员，一成不变的是研发投入", None),
        ("scale", "张伟是团队唯一成员，也被裁员", None),
        ("scale", "月光智能将研发线统一成新团队后裁员", None),
    ],
)
def test_patterns_find_what_news_writes(pattern: str, text: str, found: str | None) -> None:
    match = getattr(load_rules(), pattern).search(text)
    assert (match.group() if match else None) == found


def test_missing_data_file_is_a_clear_error() -> None:
    with pytest.raises(DataFileError, match="no_such_rules"):
        load_data_file("no_such_rules")


def test_a_key_written_twice_in_a_data_file_is_a_clear_error(tmp_path: Path) -> None:
    """YAML keeps the last of two equal keys: a second maker in products.yaml would drop the first's products."""
    products = tmp_path / "products.yaml"
    products.write_text(
        "version: 1\ntails: []\nproducts:\n  华为: [盘古]\n  华为: [鸿蒙]\n", encoding="utf-8"
    )
    with pytest.raises(DataFileError, match="written twice"):
        load_yaml(products, "products")
