"""Money amounts as written and as numbers: "数千万美元" -> USD 20,000,000 .. 90,000,000.

An event keeps the amount as the article writes it (so the evidence and the digest read the same), with
its currency as an ISO code and the range it stands for, so the graph can answer "rounds above 1亿美元".
Chinese numerals are read by ``cn2an``; what Chinese adds around a number is data (``events.yaml``):
hedges that bound it ("超" at least, "近" at most) or only soften it ("约", dropped from the text), and
vague numerals ("数千万": 2 to 9 times 千万; "10余亿": at least 10亿).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an
from newsgraph.ingest.nlp.events.rules import Rules, longest_first

#: What each magnitude character multiplies by.
_MAGNITUDES = {"十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}
_ARABIC = re.compile(r"(\d+(?:\.\d+)?)([十百千万亿]*)")
_MORE = re.compile(r"(?<=[\d十百千])[余多](?=[十百千万亿]|$)")


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount: its text (hedges that only soften it dropped, currency word normalised), currency and range."""

    text: str
    currency: str | None
    low: float | None
    high: float | None


def read_amount(rules: Rules, written: str) -> Amount:
    """The amount ``written`` stands for; low and high are None when the text gives no bound that way."""
    text = re.sub(r"\s+|(?<=\d),(?=\d)", "", written)
    currency = next((code for word, code in rules.currency_words_written if word in text), None)
    core = rules.currency_pattern.sub("", text)
    softened = re.match(f"^(?:{longest_first(rules.amount_hedges['exact'])})+", core)
    core = core[softened.end() :] if softened else core
    bound = next(
        (
            kind
            for kind in ("at_least", "at_most")
            for word in rules.amount_hedges[kind]
            if core.startswith(word)
        ),
        None,
    )
    number = re.sub(
        f"^(?:{longest_first(rules.amount_hedges['at_least'] + rules.amount_hedges['at_most'])})", "", core
    )
    low, high = _range(rules, number)
    if bound == "at_least":
        high = None
    elif bound == "at_most":
        low = None
    word = rules.currency_words.get(currency, "") if currency else ""
    return Amount(core + word, currency, low, high)


def _range(rules: Rules, number: str) -> tuple[float | None, float | None]:
    """(low, high) of a number with its magnitudes ("1.5亿", "三千万", "数十亿", "10余亿")."""
    number, more = _MORE.subn("", number.removesuffix("级"))  # "十亿级": of the order of 十亿
    for vague, (low, high) in rules.vague_numbers.items():
        if number.startswith(vague):
            unit = _value(number[len(vague) :] or "一")
            return (low * unit, high * unit) if unit is not None else (None, None)
    value = _value(number)
    return (value, None if more else value)


def _value(number: str) -> float | None:
    """A number with magnitudes: Arabic digits times the magnitude characters, Chinese numerals by cn2an."""
    arabic = _ARABIC.fullmatch(number)
    if arabic:
        value = float(arabic.group(1))
        for magnitude in arabic.group(2):
            value *= _MAGNITUDES[magnitude]
        return value
    if number and number[0] in _MAGNITUDES and number[0] != "十":
        number = "一" + number  # "千万", "亿": one of them
    try:
        return float(cn2an.cn2an(number, "smart"))
    except ValueError:
        return None
