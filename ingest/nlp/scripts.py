"""Script detection and offset-preserving normalisation of Chinese text.

The NLP model only knows Simplified Chinese with half-width Latin letters, but
every offset we report must point into the text the user gave us. So each
normalisation here maps one character to exactly one character: the
normalised text has the same length as the original, and an offset into one
is an offset into the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import opencc
from newsgraph.ingest.datafiles import load_data_file

SCRIPTS = ("simplified", "traditional", "mixed")
# Share of script-specific characters above which a text counts as one script.
_DOMINANT_SHARE = 0.9

# Full-width ASCII block U+FF01..U+FF5E maps onto U+0021..U+007E. Chinese
# punctuation (，（）：；！？) is left alone: rules and the model expect it.
_KEEP_FULL_WIDTH = set("，（）：；！？")
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEEP_FULL_WIDTH}
_WIDTH_TABLE[0x3000] = 0x20  # ideographic space
# 丨, a stroke outlets set as a bar between a headline's label and its news (独家丨X完成融资): LAC reads it as a
# character of the name after it.
_WIDTH_TABLE[ord("丨")] = ord("|")


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """An input text with its model-ready twin of the same length."""

    original: str
    text: str
    script: str


#: OpenCC's conversions to Simplified, in order. ``hk2s`` reads Hong Kong's variant characters too (衞生, 枱, which
#: ``t2s`` leaves as they are) and changes nothing in Simplified text. A text written in Traditional also goes
#: through Taiwan's (``hk2t`` then ``tw2s``): 著 as the particle of 意味著 and 跟著 becomes 着, while 著名 and 顯著
#: keep it. Simplified text must not: there ``tw2s`` would turn 显著 into 显着.
_SIMPLIFIED_STEPS = ("hk2s",)
_TRADITIONAL_STEPS = ("hk2t", "tw2s")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _convert(text: str, steps: tuple[str, ...]) -> str:
    for config in steps:
        text = _converter(config).convert(text)
    return text


@lru_cache(maxsize=65536)
def _char_to_simplified(char: str, steps: tuple[str, ...]) -> str:
    converted = _convert(char, steps)
    return converted if len(converted) == 1 else char


def with_taiwan_words(words: Iterable[str]) -> list[str]:
    """``words`` (Simplified), each followed by the word Taiwan writes for it where that differs, in the
    Simplified characters the pipeline reads it in (项目 and 专案 of 專案, 用户 and 使用者, 尼日利亚 and 奈及利亚).
    Traditional text is converted character by character (:func:`to_simplified`), so its own vocabulary
    stays; a list of words the text is matched against must know it too. Each word is listed once. A rendering
    holding another word (``taiwan_words.yaml``: 主机板 of 主板 is a motherboard, so 香港主机板 of 香港主板 is none)
    is left out."""
    listed: dict[str, None] = {}
    for word in words:
        taiwanese = to_simplified(_converter("s2twp").convert(word), "traditional")
        other = any(w in taiwanese for w in _other_words())
        listed.update(dict.fromkeys([word, taiwanese] if not other else [word]))
    return list(listed)


@cache
def _other_words() -> frozenset[str]:
    """OpenCC's Taiwan renderings that are another word (``taiwan_words.yaml``), read once."""
    return frozenset(load_data_file("taiwan_words")["other_words"])


def normalise_width(text: str) -> str:
    """Full-width Latin letters, digits and symbols as half-width, and 丨 as the bar it stands for, one
    character for one."""
    return text.translate(_WIDTH_TABLE)


def to_simplified(text: str, script: str | None = None) -> str:
    """The Simplified form of ``text`` with exactly the same length (``script``: its :func:`detect_script`,
    when the caller knows it).

    OpenCC converts phrase by phrase; in the rare case that changes the
    length, fall back to converting character by character, which keeps
    offsets valid at the cost of a few phrase-level choices.
    """
    script = script or detect_script(text)
    steps = _TRADITIONAL_STEPS if script == "traditional" else _SIMPLIFIED_STEPS
    converted = _convert(text, steps)
    if len(converted) == len(text):
        return converted
    return "".join(_char_to_simplified(c, steps) for c in text)


def detect_script(text: str) -> str:
    """``simplified``, ``traditional`` or ``mixed``, from script-specific characters.

    A character counts as Traditional when hk2s changes it and as Simplified
    when s2t changes it; characters shared by both scripts are not evidence.
    Text without any evidence counts as Simplified.
    """
    traditional = _changed_positions(text, "hk2s")
    simplified = _changed_positions(text, "s2t")
    evidence = traditional + simplified
    if evidence == 0 or simplified >= _DOMINANT_SHARE * evidence:
        return "simplified"
    if traditional >= _DOMINANT_SHARE * evidence:
        return "traditional"
    return "mixed"


def _changed_positions(text: str, config: str) -> int:
    converted = _converter(config).convert(text)
    if len(converted) != len(text):
        converted = "".join(_converter(config).convert(c)[:1] or c for c in text)
    return sum(1 for a, b in zip(text, converted, strict=True) if a != b)


def normalise(text: str) -> NormalisedText:
    """Width-normalised Simplified text of the same length, plus the detected script.

    Even text detected as Simplified is converted: a Simplified article quoting
    a Traditional name (依圖) must still resolve that name to the same entity.
    """
    script = detect_script(text)
    return NormalisedText(original=text, text=to_simplified(normalise_width(text), script), script=script)
