"""The doc as the role patterns read it: each mention one placeholder character.

"原依图科技CTO颜水成" becomes "原<org><title><person>": a pattern is a regular
expression over this text, so one pass per pattern finds every statement of
its shape. An organisation reference (其, 该公司) is an organisation
placeholder standing for what it refers to, and a personal pronoun (他, 她) a
person placeholder standing for the person it refers back to. A headline's
space between two phrases is a comma, as events read it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from newsgraph.ingest.datafiles import load_data_file
from newsgraph.ingest.nlp.candidates import ORG_LABELS, doc_text
from newsgraph.ingest.nlp.clauses import headline_gaps
from newsgraph.ingest.nlp.resolution import REFERENCES_KEY
from spacy.tokens import Doc, Span

ORG, PERSON, TITLE, OTHER = "\ue000", "\ue001", "\ue002", "\ue003"
PLACEHOLDERS = ORG + PERSON + TITLE + OTHER
_PLACEHOLDER_OF = {**dict.fromkeys(ORG_LABELS, ORG), "Person": PERSON, "Title": TITLE}
# Mentions that may stand in a title's qualifier (中国区总裁): their characters are judged by their tag.
_NOMINAL_MENTIONS = frozenset({"Location"})
_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")
# The clause end the abstracted text writes at a headline gap that parts two phrases.
_GAP_MARK = "，"


@dataclass(slots=True)
class Abstracted:
    """The doc's text with mentions as placeholders, and the way back to the doc."""

    text: str
    # abstract index -> doc character offset
    offsets: list[int]
    # abstract index of a placeholder -> its span (for a pronoun, the person it stands for)
    slots: dict[int, Span]
    # per position, whether the character may belong to a title's qualifier (see role_titles)
    nominal: bytearray
    # the doc's text, for words a mention covers (此前 is a date)
    source: str


def abstract(
    doc: Doc,
    pronouns: frozenset[str] = frozenset(),
    nominal: bytearray | None = None,
    units: frozenset[str] = frozenset(),
) -> Abstracted:
    """The doc's text with each mention, reference word and resolvable pronoun replaced by one placeholder.

    An organisation mention that is only the name of a unit (研究院, 实验室) stays text: in
    "星云科技AI研究院院长" it is part of the title at 星云科技, not an organisation of its own.
    """
    text = doc_text(doc)
    items = [
        (s.start_char, s.end_char, _PLACEHOLDER_OF.get(s.label_, OTHER), s)
        for s in doc.ents
        if s.label_ not in ORG_LABELS or s.text not in units
    ]
    items += [(s.start_char, s.end_char, ORG, s) for s in doc.spans.get(REFERENCES_KEY, [])]
    items += _pronouns(doc, pronouns)
    items.sort(key=lambda item: item[0])
    pieces: list[str] = []
    offsets: list[int] = []
    slots: dict[int, Span] = {}
    position = 0
    for start, end, placeholder, span in items:
        if start < position:
            continue
        pieces.append(text[position:start])
        offsets.extend(range(position, start))
        slots[len(offsets)] = span
        pieces.append(placeholder)
        offsets.append(start)
        position = end
    pieces.append(text[position:])
    offsets.extend(range(position, len(text)))
    abstracted, marks = _mark_gaps(doc, text, "".join(pieces), offsets)
    doc_nominal = nominal if nominal is not None else bytearray(len(text))
    abstract_nominal = bytearray(
        doc_nominal[o] if i not in slots or slots[i].label_ in _NOMINAL_MENTIONS else 0
        for i, o in enumerate(offsets)
    )
    for i in marks:
        abstract_nominal[i] = 0  # a clause end qualifies no title
    return Abstracted(abstracted, offsets, slots, abstract_nominal, text)


def _mark_gaps(doc: Doc, text: str, abstracted: str, offsets: list[int]) -> tuple[str, list[int]]:
    """The ``abstracted`` text with a comma at each headline gap that parts two phrases (see
    :func:`.clauses.headline_gaps`), so that no pattern reads a title and a person across it
    ("张伟辞任董事长 副总裁李娜接棒": not 张伟 副总裁), as events read their clauses; the space inside a Latin name or
    between two posts of one holder stays. With it, the abstract positions written."""
    ends = load_data_file(
        "events"
    )  # the events' sentence and clause ends, so that both read the same phrases
    mentions = [(e.label_, e.start_char, e.end_char) for e in doc.ents]
    gaps = headline_gaps(text, ends["sentence_ends"] + ends["clause_ends"], mentions)
    at = [bisect_right(offsets, start) - 1 for start, _ in gaps]
    marks = [i for i in at if text[offsets[i]].isspace()]  # not a gap a mention spans (its placeholder)
    if not marks:
        return abstracted, marks
    chars = list(abstracted)
    for i in marks:
        chars[i] = _GAP_MARK
    return "".join(chars), marks


def _pronouns(doc: Doc, pronouns: frozenset[str]) -> list[tuple[int, int, str, Span]]:
    """Personal pronouns with the person each refers back to: the nearest person before it in its
    sentence, else the first person of the sentence before (the topic Chinese keeps as subject)."""
    if not pronouns:
        return []
    people = sorted((s for s in doc.ents if s.label_ == "Person"), key=lambda s: s.start_char)
    starts = [p.start_char for p in people]
    sentences = sentence_bounds(doc_text(doc))
    found = []
    for token in doc:
        if token.text not in pronouns:
            continue
        sentence = bisect_right(sentences, token.idx) - 1
        before = people[: bisect_right(starts, token.idx - 1)]
        same = [p for p in before if p.start_char >= sentences[sentence]]
        previous_start = sentences[sentence - 1] if sentence > 0 else None
        previous = [p for p in before if previous_start is not None and p.start_char >= previous_start]
        antecedent = same[-1] if same else (previous[0] if previous else None)
        if antecedent is not None:
            found.append((token.idx, token.idx + len(token.text), PERSON, antecedent))
    return found


def surface(abstracted: Abstracted, start: int, end: int) -> str:
    """The doc's text of abstract positions ``start:end``, placeholders written out."""
    text = abstracted.text
    return "".join(
        abstracted.slots[i].text if text[i] in PLACEHOLDERS else text[i] for i in range(start, end)
    )


def is_nominal(abstracted: Abstracted, start: int, end: int) -> bool:
    return all(abstracted.nominal[start:end])


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text``."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text))]
