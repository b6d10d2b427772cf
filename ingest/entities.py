"""Entity recognition: the ``newsgraph_entities`` spaCy component.

It sets ``doc.ents`` from several sources of candidates, each one linear pass
over the doc, then keeps the non-overlapping ones by rank:

0. known companies, organisations, regulators and exchanges (one gazetteer
   pass over the Simplified text): a known company is never a Person, however
   LAC tags it;
1. titles (gazetteer, extended over prefixes such as 副/首席) and money amounts;
2. organisations: LAC's ORG words, and name-like words followed by a suffix
   from ``org_suffixes.yaml`` (依图 + 科技), labelled by that suffix;
3. people: LAC's PER words, repaired (颜水 + 成) and completed by the
   "title then name" cue (CEO徐立);
4. places and dates from LAC.

Within a rank, longer candidates win. Known entities get ``span._.entity_id``
here; everything else is resolved by :mod:`ingest.resolution`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.gazetteer import Gazetteer
from ingest.knowledge import Knowledge, load_knowledge

ORG_LABELS = ("Company", "Organization", "Government", "Exchange")
# LAC tags of words that can be (part of) a proper name.
NAME_TAGS = frozenset({"ORG", "nz", "LOC", "PER", "nw"})
_LAC_LABELS = {"LOC": "Location", "TIME": "Date"}
_NAME_JOINERS = frozenset("·•-‧")
_REPEAT_RANK = 5
LATIN_IN_BRACKETS = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z0-9 .&'-]*?)\s*[）)]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible mention; ``rank`` orders sources, lower wins an overlap."""

    start: int
    end: int
    label: str
    rank: int
    entity_id: str | None = None
    canonical: str | None = None


class Tokens:
    """Character offsets, texts and LAC tags of a doc's words, read once."""

    def __init__(self, doc: Doc) -> None:
        # One pass over the doc: every Token access creates a Python object.
        pairs = [(t.text, t.tag_, t.is_sent_start) for t in doc]
        self.words = [w for w, _, _ in pairs]
        self.tags = [t for _, t, _ in pairs]
        self.sent_starts = [bool(s) for _, _, s in pairs]
        self.text = "".join(self.words)
        self.ends = list(accumulate(len(w) for w in self.words))
        self.starts = [end - len(w) for w, end in zip(self.words, self.ends, strict=True)]
        self.start_set = frozenset(self.starts)
        self.end_set = frozenset(self.ends)

    def __len__(self) -> int:
        return len(self.words)

    def index_at(self, char: int) -> int:
        """The index of the word containing character ``char``."""
        return bisect_right(self.starts, char) - 1

    def is_latin(self, i: int) -> bool:
        word = self.words[i]
        return word.isascii() and any(c.isalpha() for c in word)


class EntityRecognizer:
    """Sets ``doc.ents`` (see the module docstring) and the known entities' ids."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge

    def __call__(self, doc: Doc) -> Doc:
        tokens = Tokens(doc)
        candidates = [
            *self._known(tokens),
            *self._titles(tokens),
            *self._money(tokens),
            *self._organisations(tokens),
            *self._lac_entities(tokens),
        ]
        candidates += self._people(tokens, candidates)
        chosen = _select(candidates, len(tokens.text))
        chosen = _select(chosen + self._repeats(tokens, chosen) + _bracketed_latin(tokens, chosen), len(tokens.text))
        doc = _split_words(doc, tokens, chosen)
        doc.ents = self._spans(doc, chosen)
        return doc

    def _repeats(self, tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
        """Further mentions of names found once: the model tags a name in one sentence, not always in all.

        Organisations also repeat under their short form (字节跳动 after 北京字节跳动科技有限公司).
        """
        names: dict[str, Candidate] = {}
        for candidate in chosen:
            if candidate.label == "Person" or candidate.label in ORG_LABELS:
                name = tokens.text[candidate.start : candidate.end]
                names.setdefault(name, candidate)
                if candidate.label in ORG_LABELS and candidate.entity_id is None:
                    for key in self.knowledge.name_keys(name):
                        names.setdefault(key, candidate)
        found = []
        for match in Gazetteer(names).finditer(tokens.text):
            if match.start in tokens.start_set and match.end in tokens.end_set:
                source = match.value
                found.append(Candidate(match.start, match.end, source.label, _REPEAT_RANK, source.entity_id))
        return found

    def _known(self, tokens: Tokens) -> list[Candidate]:
        found = []
        for match in self.knowledge.entity_names.finditer(tokens.text):
            if not self._plausible(tokens, match.start, match.end):
                continue
            entity = self.knowledge.entities[match.value]
            end = self._extend_descriptive(tokens, match.end)
            found.append(Candidate(match.start, end, entity.label, 0, entity.id))
        return found

    def _plausible(self, tokens: Tokens, start: int, end: int) -> bool:
        """A dictionary hit counts unless it is a short piece cut out of an ordinary word."""
        if (start in tokens.start_set and end in tokens.end_set) or end - start >= 3:
            return True
        first, last = tokens.index_at(start), tokens.index_at(end - 1)
        return any(tokens.tags[i] in NAME_TAGS for i in range(first, last + 1))

    def _extend_descriptive(self, tokens: Tokens, end: int) -> int:
        """Stretch a known name over descriptive suffixes that follow it (依图 + 科技有限公司)."""
        suffixes = self.knowledge.suffixes
        i = tokens.index_at(end - 1)
        if end != tokens.ends[i]:
            rest = tokens.text[end : tokens.ends[i]]
            if rest not in suffixes or not suffixes[rest].descriptive:
                return end
            end = tokens.ends[i]
        i += 1
        while i < len(tokens) and tokens.words[i] in suffixes and suffixes[tokens.words[i]].descriptive:
            end = tokens.ends[i]
            i += 1
        return end

    def _titles(self, tokens: Tokens) -> list[Candidate]:
        found = []
        for match in self.knowledge.titles.finditer(tokens.text):
            start = self._extend_title_prefix(tokens, match.start)
            if start in tokens.start_set and match.end in tokens.end_set:
                found.append(Candidate(start, match.end, "Title", 1, canonical=match.value))
        return found

    def _extend_title_prefix(self, tokens: Tokens, start: int) -> int:
        """Include prefixes such as 副/首席/执行 written before a title."""
        extended = True
        while extended:
            extended = False
            for prefix in self.knowledge.title_prefixes:
                if tokens.text.startswith(prefix, start - len(prefix)) and start - len(prefix) >= 0:
                    start -= len(prefix)
                    extended = True
                    break
        return start

    def _money(self, tokens: Tokens) -> list[Candidate]:
        return [Candidate(m.start(), m.end(), "Money", 1) for m in self.knowledge.money.finditer(tokens.text)]

    def _organisations(self, tokens: Tokens) -> list[Candidate]:
        """LAC's ORG words and name + suffix sequences, stretched over following suffixes."""
        found = []
        i = 0
        while i < len(tokens):
            first = self._org_start(tokens, i)
            if first is None:
                i += 1
                continue
            last = self._extend_suffixes(tokens, i)
            start, end = tokens.starts[first], tokens.ends[last]
            name = tokens.text[start:end]
            suffix = self.knowledge.suffix_of(name)
            if tokens.tags[i] == "ORG" or suffix:
                if end - start >= 2:
                    found.append(Candidate(start, end, suffix[1].label if suffix else "Company", 2))
            i = last + 1
        return found

    def _org_start(self, tokens: Tokens, i: int) -> int | None:
        """The first word of an organisation name that ends at word ``i``, if ``i`` ends one."""
        if tokens.tags[i] == "ORG":
            return i
        if tokens.words[i] not in self.knowledge.suffixes:
            return None
        first = i
        while first > 0 and i - first < 3 and self._name_like(tokens, first - 1):
            first -= 1
        return first if first < i else None

    def _name_like(self, tokens: Tokens, i: int) -> bool:
        return tokens.tags[i] in NAME_TAGS or tokens.is_latin(i)

    def _extend_suffixes(self, tokens: Tokens, i: int) -> int:
        """The last word of the name starting at ``i``: following suffixes (and a place before a branch)."""
        suffixes = self.knowledge.suffixes
        while i + 1 < len(tokens):
            following = tokens.words[i + 1]
            if following in suffixes:
                i += 1
            elif tokens.tags[i + 1] == "LOC" and i + 2 < len(tokens) and tokens.words[i + 2] in suffixes:
                i += 2
            else:
                break
        return i

    def _lac_entities(self, tokens: Tokens) -> list[Candidate]:
        """Places and dates as LAC tags them; adjacent date words form one date."""
        found: list[Candidate] = []
        for i, tag in enumerate(tokens.tags):
            label = _LAC_LABELS.get(tag)
            if label is None:
                continue
            previous = found[-1] if found else None
            if previous and previous.label == label == "Date" and previous.end == tokens.starts[i]:
                found[-1] = Candidate(previous.start, tokens.ends[i], label, 4)
            else:
                found.append(Candidate(tokens.starts[i], tokens.ends[i], label, 4))
        return found

    def _people(self, tokens: Tokens, candidates: list[Candidate]) -> list[Candidate]:
        title_starts = {c.start for c in candidates if c.label == "Title"}
        people = [self._person_at(tokens, i, title_starts) for i, tag in enumerate(tokens.tags) if tag == "PER"]
        people += self._people_after_titles(tokens, candidates)
        return [p for p in people if p is not None]

    def _person_at(self, tokens: Tokens, i: int, title_starts: set[int]) -> Candidate | None:
        """A PER word, joined with foreign-name parts (索尔-坎贝尔) or a split-off last character.

        LAC also tags unfamiliar company names as PER; one that cannot be a
        Chinese name and is directly followed by a title (星海智芯创始人) is
        taken as a company instead.
        """
        start, end = tokens.starts[i], tokens.ends[i]
        j = i
        while j + 2 < len(tokens) and tokens.words[j + 1] in _NAME_JOINERS and tokens.tags[j + 2] == "PER":
            j += 2
            end = tokens.ends[j]
        if j == i and self._split_name(tokens, i):
            end = tokens.ends[i + 1]
        elif end - start > 2 and tokens.text[end - 1] in self.knowledge.never_in_name:
            end -= 1  # a function word glued to the name: 王总和 -> 王总
        name = tokens.text[start:end]
        if end - start < 2 or self.knowledge.is_form_of_address(name):
            return None
        if end in title_starts and _is_cjk(name) and not self._looks_like_name(name):
            return Candidate(start, end, "Company", 3)
        return Candidate(start, end, "Person", 3)

    def _split_name(self, tokens: Tokens, i: int) -> bool:
        """Whether LAC cut a three-character Chinese name after its second character."""
        word = tokens.words[i]
        if len(word) != 2 or word[0] not in self.knowledge.surnames or i + 1 >= len(tokens):
            return False
        following = tokens.words[i + 1]
        return (
            len(following) == 1
            and _is_cjk(following)
            and following not in self.knowledge.never_in_name
            and tokens.tags[i + 1] not in ("w", "u", "p", "c", "xc", "PER")
        )

    def _people_after_titles(self, tokens: Tokens, candidates: list[Candidate]) -> list[Candidate | None]:
        """A surname and one or two characters right after a title is a person (CEO徐立)."""
        found: list[Candidate | None] = []
        for title in (c for c in candidates if c.label == "Title" and c.end in tokens.start_set):
            i = tokens.index_at(title.end)
            word = tokens.words[i]
            if tokens.tags[i] != "PER" and self._looks_like_name(word):
                found.append(Candidate(tokens.starts[i], tokens.ends[i], "Person", 3))
        return found

    def _looks_like_name(self, word: str) -> bool:
        if not (2 <= len(word) <= 4 and _is_cjk(word)):
            return False
        if self.knowledge.is_form_of_address(word):
            return False
        if word[:2] in self.knowledge.compound_surnames:
            return len(word) >= 3
        return word[0] in self.knowledge.surnames and len(word) <= 3

    @staticmethod
    def _spans(doc: Doc, chosen: list[Candidate]) -> list[Span]:
        spans = []
        for candidate in sorted(chosen, key=lambda c: c.start):
            span = doc.char_span(candidate.start, candidate.end, candidate.label, alignment_mode="expand")
            span._.entity_id = candidate.entity_id
            span._.canonical = candidate.canonical
            spans.append(span)
        return spans


def _bracketed_latin(tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """The Latin name in brackets after an organisation (澄星科技（Chengxing）), which LAC rarely tags."""
    found = []
    for candidate in chosen:
        if candidate.label in ORG_LABELS and (match := LATIN_IN_BRACKETS.match(tokens.text, candidate.end)):
            found.append(Candidate(match.start(1), match.end(1), candidate.label, 2, candidate.entity_id))
    return found


def _split_words(doc: Doc, tokens: Tokens, chosen: list[Candidate]) -> Doc:
    """The doc with LAC words split where a mention starts or ends inside one (人民币B轮 -> 人民币 + B轮).

    Mentions report exact character offsets, and spans consist of whole words.
    The doc is rebuilt once rather than retokenized word by word (each split
    shifts the whole token array); character offsets do not change, so the
    custom attributes carry over as they are.
    """
    cuts = sorted({e for c in chosen for e in (c.start, c.end) if e not in tokens.start_set and e not in tokens.end_set})
    if not cuts:
        return doc
    words: list[str] = []
    tags: list[str] = []
    sent_starts: list[bool] = []
    pending = iter(cuts)
    cut = next(pending)
    for word, tag, sent_start, start, end in zip(
        tokens.words, tokens.tags, tokens.sent_starts, tokens.starts, tokens.ends, strict=True
    ):
        piece_start = start
        while start < cut < end:
            words.append(tokens.text[piece_start:cut])
            piece_start, cut = cut, next(pending, len(tokens.text) + 1)
        words.append(tokens.text[piece_start:end])
        added = len(words) - len(tags)
        tags += [tag] * added
        sent_starts += [sent_start] + [False] * (added - 1)
    rebuilt = Doc(doc.vocab, words=words, spaces=[False] * len(words), tags=tags, sent_starts=sent_starts)
    rebuilt.user_data.update(doc.user_data)
    return rebuilt


def _select(candidates: list[Candidate], length: int) -> list[Candidate]:
    """Non-overlapping candidates, best rank first, then longest, then leftmost."""
    occupied = bytearray(length)
    chosen = []
    for candidate in sorted(candidates, key=lambda c: (c.rank, c.start - c.end, c.start)):
        if occupied.find(1, candidate.start, candidate.end) == -1:
            occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
    return chosen


def _is_cjk(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)


@Language.factory("newsgraph_entities")
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    """The entity recognizer over the project's knowledge files."""
    return EntityRecognizer(load_knowledge())
