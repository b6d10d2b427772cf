"""Person-title-organisation roles read from sentences."""

from __future__ import annotations

from newsgraph.ingest.nlp.extract import Extractor


def roles(extractor: Extractor, text: str) -> list[tuple[str, str | None, str, bool]]:
    extraction = extractor.extract(text, "t")
    names = {e.id: e.name for e in extraction.entities}
    return [
        (names[r.person], names.get(r.org) if r.org else None, r.title, r.current) for r in extraction.roles
    ]


def test_org_title_person(extractor: Extractor) -> None:
    assert roles(extractor, "商汤CEO徐立表示，公司将继续投入。") == [("徐立", "商汤科技", "CEO", True)]


def test_a_former_role(extractor: Extractor) -> None:
    assert roles(extractor, "原依图科技CTO颜水成已加盟澄星。") == [("颜水成", "依图科技", "CTO", False)]


def test_the_role_of_an_org_known_by_id_is_linked_by_id(extractor: Extractor) -> None:
    extraction = extractor.extract("商汤CEO徐立表示", "t")
    assert extraction.roles[0].org == "sensetime"


def test_titles_are_normalised_from_any_spelling(extractor: Extractor) -> None:
    assert roles(extractor, "鲸跃科技首席执行官林若溪说。") == [("林若溪", "鲸跃科技", "CEO", True)]
    assert roles(extractor, "鯨躍科技執行長林若溪說。") == [("林若溪", "鲸跃科技", "CEO", True)]


def test_person_with_org_and_title_in_brackets(extractor: Extractor) -> None:
    assert roles(extractor, "周牧野（星海智芯创始人）昨日在深圳表示。") == [
        ("周牧野", "星海智芯", "创始人", True)
    ]


def test_joined_titles_give_one_role_each(extractor: Extractor) -> None:
    found = roles(extractor, "李明，云帆智驾联合创始人兼CEO，表示。")
    assert found == [("李明", "云帆智驾", "联合创始人", True), ("李明", "云帆智驾", "CEO", True)]


def test_serving_and_having_served(extractor: Extractor) -> None:
    assert roles(extractor, "张伟担任澄星科技的首席技术官。") == [("张伟", "澄星科技", "CTO", True)]
    assert roles(extractor, "颜水成曾担任依图科技CTO。") == [("颜水成", "依图科技", "CTO", False)]


def test_a_pronoun_stands_for_the_organisation(extractor: Extractor) -> None:
    assert roles(extractor, "澄星科技发布新品。其CTO梁启航表示满意。") == [
        ("梁启航", "澄星科技", "CTO", True)
    ]


def test_the_evidence_is_the_sentence_in_the_original_text(extractor: Extractor) -> None:
    text = "澄星科技發佈新品。原依圖科技CTO顏水成已離職。"
    role = extractor.extract(text, "t").roles[0]
    assert role.evidence == text[role.start : role.end] == "原依圖科技CTO顏水成已離職。"
