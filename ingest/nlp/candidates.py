"""Mention candidates and a cheap, read-once view of a doc's words, shared by the recognizers."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from itertools import accumulate

from spacy.tokens import Doc

ORG_LABELS = ("Company", "Organization", "Government", "Exchange")
# LAC tags of words that can be (part of) a proper name.
NAME_TAGS = frozenset({"ORG", "nz", "LOC", "PER", "nw"})
# LAC tags of the words a coined organisation name may be made of: nouns, names, places, Latin words
# (星途 + 智驾, 锐科 + 周刊), read where a sentence's shape says a name stands.
NAME_PART_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "xc", "eng"})
# LAC's tag of adjectives; it reads the characters of a coined word it splits apart as such (深 + 空).
_ADJECTIVE_TAG = "a"
#: Where the tokenizer keeps the starts of the words LAC tags as places while scoring their characters as an
#: organisation's (:meth:`~newsgraph.ingest.nlp.language.LacTagger.unsure_places`).
UNSURE_PLACES_KEY = "newsgraph.unsure_places"
#: Where :func:`doc_text` keeps a doc's text.
TEXT_KEY = "newsgraph.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per doc: spaCy joins it from every word anew on each call, which cost
    the pipeline's components a sixth of the extraction's time (``bench/extraction.py``)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


#: Marks that end a clause.
CLAUSE_MARKS = "，,。；;：:！!？?\n"


class Rank(IntEnum):
    """Which source wins when candidates overlap: the lower, the more trusted."""

    KNOWN = 0
    TITLE = 1
    MONEY = 1
    MODEL = 2
    ORGANISATION = 3
    PERSON = 4
    APPOSITIVE = 5
    PLACE_OR_DATE = 6
    REPEAT = 7


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible mention; among overlapping ones the best rank, then the likelier (``weight``: the
    arbiter's probability), then the longest, wins."""

    start: int
    end: int
    label: str
    rank: Rank
    entity_id: str | None = None
    canonical: str | None = None
    weight: float = 0.0


class Tokens:
    """Character offsets, texts, LAC tags and sentence starts of a doc's words, read once.

    Every Token access in spaCy creates a Python object, and ``doc.text``
    joins all words anew on every call: components read this view instead.
    """

    def __init__(self, doc: Doc) -> None:
        triples = [(t.text, t.tag_, bool(t.is_sent_start)) for t in doc]
        self.words = [w for w, _, _ in triples]
        self.tags = [t for _, t, _ in triples]
        self.sent_starts = [s for _, _, s in triples]
        self.text = doc_text(doc)
        self.ends = list(accumulate(len(w) for w in self.words))
        self.starts = [end - len(w) for w, end in zip(self.words, self.ends, strict=True)]
        self.start_set = frozenset(self.starts)
        self.end_set = frozenset(self.ends)
        # Starts of the words LAC tags as places that its scores lean to read as organisations (北辰语智).
        self.unsure_places: frozenset[int] = doc.user_data.get(UNSURE_PLACES_KEY, frozenset())

    def __len__(self) -> int:
        return len(self.words)

    def index_at(self, char: int) -> int:
        """The index of the word containing character ``char``."""
        return bisect_right(self.starts, char) - 1

    def aligned(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` begins and ends at word boundaries."""
        return start in self.start_set and end in self.end_set

    def has_name_word(self, start: int, end: int) -> bool:
        """Whether a word of ``start``..``end`` is a name to LAC (:data:`NAME_TAGS`) or a Latin word."""
        first, last = self.index_at(start), self.index_at(end - 1)
        return any(self.tags[i] in NAME_TAGS or self.is_latin(i) for i in range(first, last + 1))

    def is_latin(self, i: int) -> bool:
        word = self.words[i]
        return word.isascii() and any(c.isalpha() for c in word)

    def name_part(self, i: int) -> bool:
        """Whether word ``i`` may be part of a coined name: a word of :data:`NAME_PART_TAGS`, a Latin word
        (whatever LAC tags it) or the space between two."""
        if self.tags[i] in NAME_PART_TAGS or self.is_latin(i) or self.split_character(i):
            return True
        return (
            self.words[i].isspace()
            and 0 < i < len(self) - 1
            and self.is_latin(i - 1)
            and self.is_latin(i + 1)
        )

    def split_character(self, i: int) -> bool:
        """Whether word ``i`` is one character of a word LAC split into single characters it read as adjectives (深 +
        空 of 深空 + 北极): it does so with a coined word it does not know, while a qualifier stands alone (新 + 老客户)."""
        return self._lone_adjective(i) and (self._lone_adjective(i - 1) or self._lone_adjective(i + 1))

    def _lone_adjective(self, i: int) -> bool:
        return 0 <= i < len(self) and self.tags[i] == _ADJECTIVE_TAG and len(self.words[i]) == 1

    def name_run_before(self, i: int) -> int:
        """The first word of the run of name parts ending with word ``i`` (``i + 1`` when there is none)."""
        while i >= 0 and self.name_part(i):
            i -= 1
        return i + 1

    def name_run_after(self, i: int) -> int:
        """The last word of the run of name parts starting with word ``i`` (``i - 1`` when there is none)."""
        while i < len(self) and self.name_part(i):
            i += 1
        return i - 1


def ends_around(text: str, position: int, words: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Where each of ``words`` that ``position`` falls inside starts and ends (after its first character, before
    its end): a word LAC or the model cut apart at ``position`` (入 + 职X of 入职, 联 + 同人行 of 联同)."""
    for word in words:
        for inside in range(1, len(word)):
            opening = position - inside
            if opening >= 0 and text.startswith(word, opening):
                yield opening, opening + len(word)


def past_spaces(text: str, position: int) -> int:
    """Where the spaces from ``position`` end: news sets a Latin name or title off with spaces (CEO + " " + Sam
    Altman, Nebula + " " + CEO)."""
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def is_cjk(text: str) -> bool:
    return bool(text) and all("\u4e00" <= c <= "\u9fff" for c in text)
