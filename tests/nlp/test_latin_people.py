"""People named in Latin letters with no title beside them: a common given name first makes a person."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor


def people(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract(text, "t").mentions if m.label == "Person"}


def test_a_latin_name_a_company_s_words_surround_is_a_person(extractor: Extractor) -> None:
    assert people(extractor, "星云科技的Dario Amodel表示，公司不会裁员。") == {"Dario Amodel"}


def test_every_member_of_a_list_of_latin_names_is_a_person(extractor: Extractor) -> None:
    found = people(extractor, "Tom Cooke、Satya Nadelo和Sundar Pichal出席了发布会。")
    assert found == {"Tom Cooke", "Satya Nadelo", "Sundar Pichal"}


@pytest.mark.parametrize(
    "text", ["Morgan Stanley和Mason Capital参与了投资。", "据Grace Street Ventures透露，交易已完成。"]
)
def test_a_known_firm_or_a_firm_s_last_word_is_no_person(extractor: Extractor, text: str) -> None:
    assert people(extractor, text) == set()
