"""Entity recognition: the ``newsgraph_entities`` spaCy component.

It sets ``doc.ents`` from several sources of candidates, each one linear pass
over the doc, and keeps the non-overlapping ones by :class:`Rank`:

* known companies, organisations, regulators and exchanges (one gazetteer
  pass over the Simplified text): a known company is never a Person, however
  LAC tags it;
* titles (gazetteer, extended over prefixes such as 副/首席/技术) and money;
* organisations: LAC's ORG words, and name-like words followed by a suffix
  from ``org_suffixes.yaml`` (依图 + 科技), labelled by that suffix;
* people (:mod:`ingest.people`);
* names written after a description of the company (芯片公司蔚蓝芯动);
* places and dates from LAC;
* repeats: a name found once is found wherever else it is written, and an
  organisation also under its short form (字节跳动 after 北京字节跳动科技有限公司).

Known entities get ``span._.entity_id`` here, titles ``span._.canonical``;
everything else is resolved by :mod:`ingest.resolution`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.candidates import NAME_TAGS, ORG_LABELS, Candidate, Rank, Tokens
from ingest.gazetteer import Gazetteer
from ingest.knowledge import Knowledge, load_knowledge
from ingest.people import PersonFinder

_LAC_LABELS = {"LOC": "Location", "TIME": "Date"}
# LAC tags of words that do not begin a name: time, adverbs, pronouns, function words, numbers.
_NOT_NAME_START = frozenset({"TIME", "t", "d", "r", "p", "c", "u", "m", "q", "w", "f", "xc"})
_VERB_TAGS = frozenset({"v", "vd", "vn", "ad"})
# LAC tags of a word that can describe a company (芯片公司, 初创公司, AI企业).
_DESCRIBING_TAGS = frozenset({"n", "nz", "vn", "an", "nw", "ORG", "LOC"})
LATIN_IN_BRACKETS = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z0-9 .&'-]*?)\s*[）)]")


class EntityRecognizer:
    """Sets ``doc.ents`` (see the module docstring) and the known entities' ids."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.people = PersonFinder(knowledge)

    def __call__(self, doc: Doc) -> Doc:
        tokens = Tokens(doc)
        titles = self._titles(tokens)
        people = self.people.find(tokens, titles)
        appositives = [a for a in self._appositives(tokens) if not _overlaps(a, titles + people)]
        candidates = [
            *self._known(tokens, titles),
            *titles,
            *self._money(tokens),
            *self._organisations(tokens, {a.start for a in appositives}),
            *people,
            *appositives,
            *self._lac_entities(tokens),
        ]
        chosen = _select(candidates, len(tokens.text))
        chosen = _select(
            chosen + self._repeats(tokens, chosen) + _bracketed_latin(tokens, chosen), len(tokens.text)
        )
        doc = _split_words(doc, tokens, chosen)
        doc.ents = _spans(doc, chosen)
        return doc

    def _known(self, tokens: Tokens, titles: list[Candidate]) -> list[Candidate]:
        title_starts = {t.start for t in titles}
        found = []
        for match in self.knowledge.entity_names.finditer(tokens.text):
            if self._plausible(tokens, match.start, match.end):
                found.append(self._known_or_part(tokens, match.start, match.end, match.value, title_starts))
        return found

    def _plausible(self, tokens: Tokens, start: int, end: int) -> bool:
        """A dictionary hit counts unless it is a short piece cut out of an ordinary word."""
        if tokens.aligned(start, end) or end - start >= 3:
            return True
        first, last = tokens.index_at(start), tokens.index_at(end - 1)
        return any(tokens.tags[i] in NAME_TAGS for i in range(first, last + 1))

    def _known_or_part(
        self, tokens: Tokens, start: int, end: int, entity_id: str, title_starts: set[int]
    ) -> Candidate:
        """The known entity, stretched over descriptive suffixes (依图 + 科技有限公司).

        A known name that continues into a longer organisation name is part of
        another organisation: 新浪 in LAC's 新浪乐居, 工商银行 + 深圳 + 分行,
        IBM + 中国研究院. That one is returned instead, as an unknown name.
        """
        entity = self.knowledge.entities[entity_id]
        i = tokens.index_at(end - 1)
        if end < tokens.ends[i] and tokens.tags[i] == "ORG" and tokens.starts[i] == start:
            rest = tokens.text[end : tokens.ends[i]]
            if not self._descriptive(rest):
                return self._unknown_org(tokens, start, tokens.ends[i])
        elif end == tokens.ends[i] and i + 1 < len(tokens):
            last = i + 1 if tokens.tags[i + 1] == "ORG" else self._extend_suffixes(tokens, i)
            found = self.knowledge.suffix_of(tokens.text[start : tokens.ends[last]])
            if last > i and found and not found[1].descriptive:
                return self._unknown_org(tokens, start, tokens.ends[last])
        extended = self._extend_descriptive(tokens, end)
        if any(end <= s < extended for s in title_starts):
            extended = end  # 字节跳动技术副总裁: 技术 belongs to the title
        return Candidate(start, extended, entity.label, Rank.KNOWN, entity.id)

    def _descriptive(self, rest: str) -> bool:
        suffix = self.knowledge.suffixes.get(rest)
        return suffix is not None and suffix.descriptive

    def _unknown_org(self, tokens: Tokens, start: int, end: int) -> Candidate:
        found = self.knowledge.suffix_of(tokens.text[start:end])
        return Candidate(start, end, found[1].label if found else "Company", Rank.KNOWN)

    def _extend_descriptive(self, tokens: Tokens, end: int) -> int:
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
            start = self._extend_title_prefix(tokens.text, match.start)
            if tokens.aligned(start, match.end):
                found.append(Candidate(start, match.end, "Title", Rank.TITLE, canonical=match.value))
        return found

    def _extend_title_prefix(self, text: str, start: int) -> int:
        """Include prefixes and field qualifiers written before a title (副, 首席, 技术)."""
        extended = True
        while extended:
            extended = False
            for prefix in self.knowledge.title_prefixes:
                if start >= len(prefix) and text.startswith(prefix, start - len(prefix)):
                    start -= len(prefix)
                    extended = True
                    break
        return start

    def _money(self, tokens: Tokens) -> list[Candidate]:
        return [
            Candidate(m.start(), m.end(), "Money", Rank.MONEY)
            for m in self.knowledge.money.finditer(tokens.text)
        ]

    def _organisations(self, tokens: Tokens, appositive_starts: set[int]) -> list[Candidate]:
        """LAC's ORG words and name + suffix sequences, stretched over following suffixes.

        A description right before a company's name (芯片公司 in 芯片公司蔚蓝芯动)
        is not an organisation of its own.
        """
        found = []
        i = 0
        while i < len(tokens):
            first = self._org_start(tokens, i)
            if first is None:
                i += 1
                continue
            last = self._extend_suffixes(tokens, i)
            start, end = self._without_glued_word(tokens.text, tokens.starts[first]), tokens.ends[last]
            suffix = self.knowledge.suffix_of(tokens.text[start:end])
            describes = any(start < a <= end for a in appositive_starts)
            if (tokens.tags[i] == "ORG" or suffix) and end - start >= 2 and not describes:
                found.append(
                    Candidate(start, end, suffix[1].label if suffix else "Company", Rank.ORGANISATION)
                )
            i = last + 1
        return found

    def _without_glued_word(self, text: str, start: int) -> int:
        """Skip a word LAC glues to the front of organisation names (原 in 原星云科技公司)."""
        for word in self.knowledge.glued_before_names:
            if text.startswith(word, start):
                return start + len(word)
        return start

    def _org_start(self, tokens: Tokens, i: int) -> int | None:
        """The first word of an organisation name that ends at word ``i``, if ``i`` ends one."""
        if tokens.tags[i] == "ORG":
            return i
        if tokens.words[i] not in self.knowledge.suffixes:
            return None
        first = i
        while (
            first > 0
            and i - first < 3
            and (tokens.tags[first - 1] in NAME_TAGS or tokens.is_latin(first - 1))
        ):
            first -= 1
        return first if first < i else None

    def _extend_suffixes(self, tokens: Tokens, i: int) -> int:
        """The last word of the name ending at ``i`` or later: following suffixes, or a place and a branch."""
        suffixes = self.knowledge.suffixes
        while i + 1 < len(tokens):
            if tokens.words[i + 1] in suffixes:
                i += 1
            elif tokens.tags[i + 1] == "LOC" and i + 2 < len(tokens) and tokens.words[i + 2] in suffixes:
                i += 2
            else:
                break
        return i

    def _appositives(self, tokens: Tokens) -> list[Candidate]:
        """Names written right after a description of the company (大模型初创公司月之暗面)."""
        found = []
        for match in self.knowledge.appositive.finditer(tokens.text):
            start, end = match.span("name")
            if self._describes(tokens, match.start()) and self._plausible_name(tokens, start, end):
                found.append(Candidate(start, end, "Company", Rank.APPOSITIVE))
        return found

    @staticmethod
    def _describes(tokens: Tokens, descriptor: int) -> bool:
        """Whether the word before 公司/企业 describes it (芯片公司) rather than takes it as object (影响公司)."""
        if descriptor not in tokens.start_set:
            return True
        previous = tokens.index_at(descriptor) - 1
        return previous >= 0 and (tokens.tags[previous] in _DESCRIBING_TAGS or tokens.is_latin(previous))

    def _plausible_name(self, tokens: Tokens, start: int, end: int) -> bool:
        """Not a clause that happens to follow 公司 (公司近日宣布, 公司相关负责人).

        When LAC read the description and 公司 as one organisation word
        (月光智能公司), the company is that word, and a verb after it is its
        predicate (月光智能公司裁员), not a name.
        """
        if end not in tokens.end_set or tokens.text[start] in self.knowledge.never_in_name:
            return False
        first = tokens.index_at(start)
        if tokens.tags[first] in _NOT_NAME_START or self.knowledge.appositive_boundary(tokens.text, start):
            return False
        after_org_word = start in tokens.start_set and first > 0 and tokens.tags[first - 1] == "ORG"
        return not (after_org_word and tokens.tags[first] in _VERB_TAGS)

    def _lac_entities(self, tokens: Tokens) -> list[Candidate]:
        """Places and dates as LAC tags them; adjacent date words form one date."""
        found: list[Candidate] = []
        for i, tag in enumerate(tokens.tags):
            label = _LAC_LABELS.get(tag)
            if label is None:
                continue
            previous = found[-1] if found else None
            if previous and previous.label == label == "Date" and previous.end == tokens.starts[i]:
                found[-1] = Candidate(previous.start, tokens.ends[i], label, Rank.PLACE_OR_DATE)
            else:
                found.append(Candidate(tokens.starts[i], tokens.ends[i], label, Rank.PLACE_OR_DATE))
        return found

    def _repeats(self, tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
        """Further mentions of the names already found, and of organisations' short forms."""
        names: dict[str, Candidate] = {}
        for candidate in chosen:
            if candidate.label == "Person" or candidate.label in ORG_LABELS:
                name = tokens.text[candidate.start : candidate.end]
                names.setdefault(name, candidate)
                if candidate.label in ORG_LABELS and candidate.entity_id is None:
                    for key in self.knowledge.name_keys(name):
                        names.setdefault(key, candidate)
        return [
            Candidate(m.start, m.end, m.value.label, Rank.REPEAT, m.value.entity_id)
            for m in Gazetteer(names).finditer(tokens.text)
            if tokens.aligned(m.start, m.end)
        ]


def _bracketed_latin(tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """The Latin name in brackets after an organisation (澄星科技（Chengxing）), which LAC rarely tags."""
    found = []
    for candidate in chosen:
        if candidate.label in ORG_LABELS and (match := LATIN_IN_BRACKETS.match(tokens.text, candidate.end)):
            found.append(
                Candidate(
                    match.start(1), match.end(1), candidate.label, Rank.ORGANISATION, candidate.entity_id
                )
            )
    return found


def _overlaps(candidate: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < candidate.end and candidate.start < o.end for o in others)


def _select(candidates: list[Candidate], length: int) -> list[Candidate]:
    """Non-overlapping candidates, best rank first, then longest, then leftmost."""
    occupied = bytearray(length)
    chosen = []
    for candidate in sorted(candidates, key=lambda c: (c.rank, c.start - c.end, c.start)):
        if occupied.find(1, candidate.start, candidate.end) == -1:
            occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
    return chosen


def _split_words(doc: Doc, tokens: Tokens, chosen: list[Candidate]) -> Doc:
    """The doc with LAC words split where a mention starts or ends inside one (人民币B轮 -> 人民币 + B轮).

    Mentions report exact character offsets, and spans consist of whole words.
    The doc is rebuilt once rather than retokenized word by word (each split
    shifts the whole token array); character offsets do not change, so the
    custom attributes carry over as they are.
    """
    cuts = sorted(
        {e for c in chosen for e in (c.start, c.end) if e not in tokens.start_set and e not in tokens.end_set}
    )
    if not cuts:
        return doc
    words: list[str] = []
    tags: list[str] = []
    sent_starts: list[bool] = []
    pending = iter(cuts)
    cut = next(pending)
    for tag, sent_start, start, end in zip(
        tokens.tags, tokens.sent_starts, tokens.starts, tokens.ends, strict=True
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


def _spans(doc: Doc, chosen: list[Candidate]) -> list[Span]:
    spans = []
    for candidate in sorted(chosen, key=lambda c: c.start):
        span = doc.char_span(candidate.start, candidate.end, candidate.label)
        span._.entity_id = candidate.entity_id
        span._.canonical = candidate.canonical
        spans.append(span)
    return spans


@Language.factory("newsgraph_entities")
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    """The entity recognizer over the project's knowledge files."""
    return EntityRecognizer(load_knowledge())
