"""Person-title-organisation statements: the ``newsgraph_roles`` spaCy component.

The patterns of ``role_patterns.yaml`` are regular expressions over an
*abstracted* text in which every mention is one placeholder character (an
organisation, a person, a title, anything else) and every other character is
itself. So "原依图科技CTO颜水成" becomes "原<org><title><person>", and one
regex pass per pattern over the whole doc finds all statements of that shape:
linear in the text, and new shapes are data, not code.

Each role is appended to ``doc._.roles`` as a :class:`records.Role` with the
person's and organisation's entity ids, the canonical title, whether it is
current, and the sentence it was read from (offsets into the original text).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from newsgraph.ingest.datafiles import load_data_file
from newsgraph.ingest.nlp.candidates import ORG_LABELS
from newsgraph.ingest.nlp.knowledge import Knowledge, load_knowledge
from newsgraph.ingest.nlp.resolution import REFERENCES_KEY
from newsgraph.ingest.records import Role
from spacy.language import Language
from spacy.tokens import Doc, Span

ORG, PERSON, TITLE, OTHER = "\ue000", "\ue001", "\ue002", "\ue003"
_PLACEHOLDERS = {**dict.fromkeys(ORG_LABELS, ORG), "Person": PERSON, "Title": TITLE}
_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")


@dataclass(frozen=True, slots=True)
class RolePattern:
    name: str
    regex: re.Pattern[str]
    current: bool
    # The normalised title of a pattern that names it in words (由X创立 -> 创始人).
    title: str | None


@dataclass(slots=True)
class Abstracted:
    """The doc's text with mentions as placeholders, and the way back to the doc."""

    text: str
    # abstract index -> doc character offset
    offsets: list[int]
    # abstract index of a placeholder -> its span
    slots: dict[int, Span]


class RoleExtractor:
    """Finds roles stated in the doc with the patterns of ``role_patterns.yaml``."""

    def __init__(self, data: dict[str, Any], knowledge: Knowledge) -> None:
        joiners = "|".join(re.escape(j) for j in data["title_joiners"])
        self.macros = {
            # An organisation may be followed by its name in brackets: 依图科技（Yitu）
            "{org}": f"(?P<org>{ORG})(?:[（(]{ORG}[）)])?",
            "{person}": f"(?P<person>{PERSON})",
            "{titles}": f"(?P<titles>{TITLE}(?:(?:{joiners}){TITLE})*)",
        }
        self.knowledge = knowledge
        self.patterns = [self._compile(p) for p in data["patterns"]]
        self.former_before = tuple(data["former_before"])
        self.former_after = re.compile(data["former_after"])

    def _compile(self, pattern: dict[str, Any]) -> RolePattern:
        regex = pattern["regex"]
        for macro, group in self.macros.items():
            regex = regex.replace(macro, group)
        title = self.knowledge.titles.get(pattern["title"]) if "title" in pattern else None
        return RolePattern(pattern["name"], re.compile(regex), pattern["current"], title)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        abstracted = abstract(doc, text)
        sentences = _sentence_bounds(text)
        seen: set[tuple[int, str]] = set()
        roles: list[Role] = []
        for pattern in self.patterns:
            for match in pattern.regex.finditer(abstracted.text):
                roles += self._roles(doc, abstracted, sentences, pattern, match, seen)
        doc._.roles = _unique(doc._.roles + roles)
        return doc

    def _roles(
        self,
        doc: Doc,
        abstracted: Abstracted,
        sentences: list[int],
        pattern: RolePattern,
        match: re.Match[str],
        seen: set[tuple[int, str]],
    ) -> list[Role]:
        """The roles of one match: one per title, each person and title once (the first pattern wins)."""
        person = abstracted.slots[match.start("person")]
        org = abstracted.slots[match.start("org")] if "org" in pattern.regex.groupindex else None
        current = pattern.current and not self._former(abstracted.text, match.start(), match.end())
        original = doc._.text_original
        start, end = _sentence_of(sentences, abstracted.offsets[match.start()], len(original))
        roles = []
        for title in self._titles(abstracted, pattern, match):
            if title not in self.knowledge.role_titles or (match.start("person"), title) in seen:
                continue
            seen.add((match.start("person"), title))
            org_id = org._.entity_id if org is not None else None
            roles.append(Role(person._.entity_id, org_id, title, current, original[start:end], start, end))
        return roles

    @staticmethod
    def _titles(abstracted: Abstracted, pattern: RolePattern, match: re.Match[str]) -> list[str]:
        if pattern.title is not None:
            return [pattern.title]
        slots = (abstracted.slots[i] for i in range(*match.span("titles")) if abstracted.text[i] == TITLE)
        return [span._.canonical or span.text for span in slots]

    def _former(self, text: str, start: int, end: int) -> bool:
        """Whether a word such as 原/前/曾任 precedes or 已于上月离职 follows the statement."""
        return any(text.endswith(w, 0, start) for w in self.former_before) or bool(
            self.former_after.match(text, end)
        )


def abstract(doc: Doc, text: str) -> Abstracted:
    """The doc's text with each mention and reference word replaced by one placeholder."""
    items = sorted([*doc.ents, *doc.spans.get(REFERENCES_KEY, [])], key=lambda s: s.start_char)
    pieces: list[str] = []
    offsets: list[int] = []
    slots: dict[int, Span] = {}
    position = 0
    for span in items:
        if span.start_char < position:
            continue
        pieces.append(text[position : span.start_char])
        offsets.extend(range(position, span.start_char))
        slots[len(offsets)] = span
        pieces.append(_PLACEHOLDERS.get(span.label_, OTHER))
        offsets.append(span.start_char)
        position = span.end_char
    pieces.append(text[position:])
    offsets.extend(range(position, len(text)))
    return Abstracted("".join(pieces), offsets, slots)


def _sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text``."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text))]


def _sentence_of(starts: list[int], offset: int, length: int) -> tuple[int, int]:
    index = bisect_right(starts, offset) - 1
    end = starts[index + 1] if index + 1 < len(starts) else length
    return starts[index], end


def _unique(roles: list[Role]) -> list[Role]:
    """One role per person, organisation, title and tense, its first statement kept."""
    kept: dict[tuple[str, str | None, str, bool], Role] = {}
    for role in roles:
        kept.setdefault((role.person, role.org, role.title, role.current), role)
    return list(kept.values())


@Language.factory("newsgraph_roles")
def make_role_extractor(nlp: Language, name: str) -> RoleExtractor:
    """The role extractor over ``role_patterns.yaml``."""
    return RoleExtractor(load_data_file("role_patterns"), load_knowledge())
