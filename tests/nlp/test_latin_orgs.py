"""Latin names that end in a word only firms have, or stand right before a title, are companies."""

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


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("据悉，Nebula首席技术官Ada Lin已离职。", "Nebula"),
        ("Nebula Robotics CEO孙建国表示，公司将扩大投资。", "Nebula Robotics"),
        ("NovaMind联合创始人孙建国表示，模型已开源。", "NovaMind"),
    ],
)
def test_a_latin_name_right_before_a_title_is_its_company(extractor: Extractor, text: str, firm: str) -> None:
    assert ("Company", firm) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("让Kelvara在本轮融资中拿到3亿美元。Kelvara共同执行长孙建国表示，资金将用于研发。", "Kelvara"),
        ("让Marisa在欧洲扩张的是新产品。Marisa共同执行长张伟表示满意。", "Marisa"),
    ],
)
def test_a_latin_name_read_as_a_person_elsewhere_is_the_company_before_a_titled_person(
    extractor: Extractor, text: str, firm: str
) -> None:
    """X + 联合创始人 + 孙建国: a transliterated firm's name read as a person where a clause opens with it (让 + X +
    在…) is the employer before a title and a person, and so wherever the article writes it."""
    found = mentions(extractor, text)
    assert ("Company", firm) in found and ("Person", firm) not in found


def test_a_latin_person_before_a_title_without_a_person_after_stays_a_person(extractor: Extractor) -> None:
    assert ("Person", "Kelvin") in mentions(extractor, "让Kelvin在会上发言。Kelvin董事表示同意。")


def test_capitals_before_a_title_are_a_word_not_a_company(extractor: Extractor) -> None:
    assert mentions(extractor, "蓝海科技AI首席科学家孙建国表示。") == [
        ("Company", "蓝海科技"),
        ("Title", "首席科学家"),
        ("Person", "孙建国"),
    ]


def test_a_latin_name_before_an_occupation_is_no_company(extractor: Extractor) -> None:
    found = mentions(extractor, "该团队负责评估与Nightglide驾驶员辅助系统相关的数据。")
    assert not any(label == "Company" for label, _ in found)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("本轮融资由hx Venture Capital领投，星云资本跟投。", "hx Venture Capital"),
        ("本轮融资由月光资本领投，k Ventures跟投。", "k Ventures"),
        ("星云科技收到Orvane Fertilizers Limited发来的中标通知书。", "Orvane Fertilizers Limited"),
        ("投资方包括Marvel Fund II LP和月光资本。", "Marvel Fund II LP"),
    ],
)
def test_a_latin_firm_opened_by_small_letters_or_closed_by_a_legal_form_is_whole(
    extractor: Extractor, text: str, firm: str
) -> None:
    # Some firms write their first word in small letters; Limited and LP close a registered name as Ltd does.
    assert ("Company", firm) in mentions(extractor, text)


def test_a_known_firms_name_and_its_arms_word_name_the_arm(extractor: Extractor) -> None:
    # Baidu is known; Baidu Labs, an arm of it, is another firm and the investor here.
    found = mentions(extractor, "本轮融资由Baidu Labs领投，星云资本跟投。")
    assert ("Company", "Baidu Labs") in found
    assert ("Company", "Baidu") not in found


def test_small_words_before_a_latin_firm_are_no_part_of_it(extractor: Extractor) -> None:
    assert ("Company", "Nebula Capital") in mentions(extractor, "该基金由 by Nebula Capital 管理。")
