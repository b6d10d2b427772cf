"""The knowledge files as the pipeline sees them."""

from __future__ import annotations

import pytest
from newsgraph.ingest.datafiles import DataFileError
from newsgraph.ingest.nlp.knowledge import (
    Knowledge,
    _entity_aliases,
    _known_entities,
    simplified_key,
    simplified_keys,
)


def test_traditional_and_simplified_spellings_find_one_entity(knowledge: Knowledge) -> None:
    assert knowledge.entity_names.get("依图") == "yitu"
    assert knowledge.entity_names.get("依圖") is None  # lookups are in Simplified: the doc text is
    assert knowledge.entity_names.get("Yitu") == "yitu"


def test_title_variants_share_their_normal_form(knowledge: Knowledge) -> None:
    assert {knowledge.titles.get(t) for t in ("CEO", "首席执行官", "执行长")} == {"CEO"}
    assert knowledge.titles.get("记者") == "记者"


def test_a_coined_chief_is_a_title_of_its_own_and_a_listed_one_keeps_its_label(knowledge: Knowledge) -> None:
    assert knowledge.titles.get("首席增长官") == "首席增长官"
    assert knowledge.titles.get("首席执行官") == "CEO"
    assert "首席隐私官" in knowledge.role_titles and "首席隐私官" in knowledge.unqualified_titles
    found = [(m.value, m.start) for m in knowledge.titles.finditer("首席财务官和首席增长官")]
    assert found == [("CFO", 0), ("首席增长官", 6)]


def test_a_prefixed_post_no_field_qualifies_is_as_unqualified_as_the_post(knowledge: Knowledge) -> None:
    """联席CEO and 副CEO take no field (星云数据 + 联席CEO: 数据 is the firm's); 联席总裁 may (产品联席总裁)."""
    assert all(title in knowledge.unqualified_titles for title in ("联席CEO", "副CEO", "联席CFO"))
    assert "联席总裁" not in knowledge.unqualified_titles


def test_a_chief_spans_no_joiner_or_second_chief(knowledge: Knowledge) -> None:
    assert knowledge.titles.get("首席科学家兼首席官") is None
    assert knowledge.titles.get("首席的官") is None
    found = [(m.value, m.end) for m in knowledge.titles.finditer("星云科技首席科学家官宣离职")]
    assert found == [("首席科学家", 9)]


def test_core_names_join_long_and_short_forms(knowledge: Knowledge) -> None:
    assert knowledge.core_name("澄星科技有限公司") == knowledge.core_name("澄星科技") == "澄星"
    assert knowledge.name_keys("北京澄星科技有限公司") == ["北京澄星", "澄星科技有限公司", "澄星"]
    assert knowledge.core_name("北京大学") == "北京大学"


def test_forms_of_address_are_recognised(knowledge: Knowledge) -> None:
    assert knowledge.is_form_of_address("王总")
    assert knowledge.is_form_of_address("老刘")
    assert not knowledge.is_form_of_address("王小明")


def entity(id_: str, name: str, **extra: object) -> dict[str, object]:
    return {"id": id_, "type": "Company", "name": name, **extra}


def test_an_entity_file_with_a_dangling_parent_is_rejected() -> None:
    with pytest.raises(DataFileError, match="unknown parent"):
        _known_entities({"entities": [entity("a", "甲科技", parent="b")]})


def test_a_ticker_must_name_an_exchange() -> None:
    with pytest.raises(DataFileError, match="names no Exchange"):
        _known_entities({"entities": [entity("a", "甲科技", tickers=[{"exchange": "a", "code": "1"}])]})


def test_a_spelling_shared_by_two_entities_is_rejected() -> None:
    entities = _known_entities({"entities": [entity("a", "甲科技", aliases=["甲"]), entity("b", "甲")]})
    with pytest.raises(DataFileError, match="names both"):
        _entity_aliases(entities)


def test_kinds_say_what_an_organisation_is(knowledge: Knowledge) -> None:
    """Event extraction constrains its participants by kind; a board is told from its exchange."""
    assert knowledge.kind_of("sse") == "exchange"
    assert knowledge.kind_of("sse_star") == "board"
    assert knowledge.kind_of("csrc") == "regulator"
    assert knowledge.kind_of("tsinghua") == "university"
    assert knowledge.kind_of("ant_group") == "company"
    assert knowledge.kind_of("org-unknown") is None
    known = _known_entities({"entities": [entity("a", "甲资本", kind="investor")]})
    assert known["a"].kind == "investor"


def test_spellings_converted_together_are_keyed_as_one_by_one(knowledge: Knowledge) -> None:
    """Start-up converts all spellings in one call; each must get the key a lookup of it alone gets."""
    spellings = [s for e in knowledge.entities.values() for s in (e.name, e.name_en, *e.aliases)]
    assert simplified_keys([*spellings, "多行\n名"]) == [simplified_key(s) for s in [*spellings, "多行\n名"]]


@pytest.mark.parametrize("name", ["基础模型", "基座模型", "科技业", "新能源汽车事业部"])
def test_kinds_of_model_industries_and_business_units_name_no_one(knowledge: Knowledge, name: str) -> None:
    assert knowledge.is_generic(name, placed=False)


@pytest.mark.parametrize("name", ["天使轮融资", "种子轮融资", "融资"])
def test_a_round_raised_names_no_one(knowledge: Knowledge, name: str) -> None:
    """A round and the word of raising it ("完成 + 天使轮融资") are no organisation's name."""
    assert knowledge.is_generic(name, placed=False)
