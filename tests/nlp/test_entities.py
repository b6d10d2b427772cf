"""Entity mentions as a reader of the output sees them."""

from __future__ import annotations

from ingest.extract import Extractor


def mentions(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.label, m.text) for m in extractor.extract(text, "t").mentions]


def test_a_known_company_is_never_a_person(extractor: Extractor) -> None:
    # LAC alone tags 寒武纪 as a person name.
    extraction = extractor.extract("寒武纪表示将继续投入研发。", "t")
    assert [(m.label, m.text, m.entity) for m in extraction.mentions] == [("Company", "寒武纪", "cambricon")]


def test_an_unknown_organisation_is_found_by_its_suffix(extractor: Extractor) -> None:
    found = mentions(extractor, "澄星科技今天发布新芯片，深圳市公安局和北京大学参加了发布会。")
    assert ("Company", "澄星科技") in found
    assert ("Government", "深圳市公安局") in found
    assert ("Organization", "北京大学") in found


def test_full_width_letters_are_read_as_a_title(extractor: Extractor) -> None:
    assert mentions(extractor, "原依图科技ＣＴＯ颜水成") == [
        ("Company", "依图科技"),
        ("Title", "ＣＴＯ"),
        ("Person", "颜水成"),
    ]


def test_a_title_with_a_prefix_is_one_mention(extractor: Extractor) -> None:
    assert ("Title", "副总裁") in mentions(extractor, "澄星科技副总裁王立新表示")


def test_a_surname_with_a_form_of_address_is_not_a_person(extractor: Extractor) -> None:
    found = mentions(extractor, "鲸跃科技首席执行官林若溪说，王总和老刘都同意。")
    assert [text for label, text in found if label == "Person"] == ["林若溪"]


def test_a_company_name_tagged_as_a_person_before_a_title_is_a_company(extractor: Extractor) -> None:
    found = mentions(extractor, "周牧野（星海智芯创始人）昨日在深圳表示。")
    assert ("Company", "星海智芯") in found
    assert ("Person", "周牧野") in found


def test_money_and_dates_are_mentions(extractor: Extractor) -> None:
    found = mentions(extractor, "澄星科技昨日宣布完成5亿元人民币B轮融资。")
    assert ("Money", "5亿元人民币") in found
    assert ("Date", "昨日") in found


def test_line_breaks_do_not_glue_names_together(extractor: Extractor) -> None:
    found = mentions(extractor, "澄星科技\n梁启航表示")
    assert ("Company", "澄星科技") in found
    assert ("Person", "梁启航") in found
