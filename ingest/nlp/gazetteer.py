"""Longest-match dictionary lookup over a whole text in one regex pass.

The phrases are compiled into a single regular expression shaped like a trie
(``依图(?:科技)?|商汤...``), so the regex engine, not Python, walks the text:
one linear pass whatever the number of phrases, and at each position the
longest phrase wins because every optional continuation is greedy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
_END = ""


def _is_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int
    value: T


class Gazetteer(Generic[T]):
    """Finds known phrases in text, longest first, case-insensitively for Latin letters.

    A phrase that starts or ends with a Latin letter or digit only matches at a
    word boundary, so ``AI`` is not found inside ``OpenAI`` or ``AIGC``.
    """

    def __init__(self, phrases: Mapping[str, T]) -> None:
        self._values = {p.lower(): v for p, v in phrases.items() if p}
        trie: dict = {}
        for phrase in self._values:
            node = trie
            for char in phrase:
                node = node.setdefault(char, {})
            node[_END] = {}
        self._regex = re.compile(_trie_pattern(trie), re.IGNORECASE) if self._values else None

    def __len__(self) -> int:
        return len(self._values)

    def get(self, phrase: str) -> T | None:
        return self._values.get(phrase.lower())

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match[T]]:
        """Non-overlapping longest matches, left to right."""
        if self._regex is None:
            return
        end_of_text = len(text) if endpos is None else endpos
        for found in self._regex.finditer(text, pos, end_of_text):
            start, end = found.span()
            if self._at_boundaries(text, start, end):
                yield Match(start, end, self._values[found.group().lower()])

    @staticmethod
    def _at_boundaries(text: str, start: int, end: int) -> bool:
        if _is_word_char(text[start]) and start > 0 and _is_word_char(text[start - 1]):
            return False
        return not (_is_word_char(text[end - 1]) and end < len(text) and _is_word_char(text[end]))


def _trie_pattern(node: dict) -> str:
    """A regex matching exactly the phrases below ``node``, preferring the longest."""
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    if len(branches) == 1 and len(branches[0]) == 1:
        return body + "?"
    return "(?:" + body + ")?"
