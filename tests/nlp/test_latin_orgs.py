"""Latin names that end in a word only firms have are companies, not people or pieces."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor


def mentions(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.label, m.text) for m in extractor.extract(text, "t").mentions]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("月光智能宣布获得由Norwind Ventures 领投的870万美元融资。", "Norwind Ventures"),
        ("跟投方包括Regal Funds Management和Marinya Capital。", "Marinya Capital"),
        ("该轮融资由Octave Life Sciences投资。", "Octave Life Sciences"),
        ("Tessaly AI与星云科技达成战略合作。", "Tessaly AI"),
    ],
)
def test_a_latin_name_ending_in_a_firms_word_is_a_company(extractor: Extractor, text: str, firm: str) -> None:
    found = mentions(extractor, text)
    assert ("Company", firm) in found
    assert not any(label == "Person" and firm.startswith(name) for label, name in found)


def test_a_latin_person_stays_a_person(extractor: Extractor) -> None:
    assert ("Person", "John Smith") in mentions(extractor, "星云科技CEO John Smith表示，公司将扩大投资。")
