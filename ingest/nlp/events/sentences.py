"""Sentences and clauses of a text, with the entity mentions inside them.

Events are read sentence by sentence (a sentence is the evidence a
journalist is shown), and arguments are sought first in the trigger's clause,
then in the rest of its sentence. Splitting keeps offsets into the original
text, so the evidence of an event can be cut out of the article exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from newsgraph.ingest.nlp.candidates import ORG_LABELS

#: How far after a word of taking a post the title it gives may be written (出任星云科技中国区总裁).
TITLE_REACH = 12
# Closing quotes and brackets that belong to the sentence they end (”。 or 。”).
_CLOSERS = "”’」』)）】》\"'"
# Headlines separate phrases with a space instead of a comma ("CEO辞职 新CEO上任"); between two
# Chinese characters a space is such a boundary (in Latin names it is part of the name).
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# Labels of the organisations a headline gap may join: not an exchange, which a headline names before the firm that
# lists there ("港交所 星云科技挂牌"), no partner.
_ORGANISATION_LABELS = frozenset(ORG_LABELS) - {"Exchange"}
# What a post before a headline gap may head across it: another post of its holder, or the holder.
_HEADED = frozenset({"Title", "Person"})


@dataclass(frozen=True, slots=True)
class Name:
    """An entity mention: its label, offsets in the document text and resolved entity id.

    ``canonical`` is a title's normalised form (CTO for 首席技术官), so events name roles as roles do.
    """

    label: str
    start: int
    end: int
    text: str
    entity: str | None
    canonical: str | None = None


@dataclass(slots=True)
class Sentence:
    """One sentence of the document text: its offsets, clauses and the mentions inside it."""

    start: int
    end: int
    text: str
    clauses: list[tuple[int, int]]
    names: list[Name] = field(default_factory=list)

    def clause_of(self, position: int) -> tuple[int, int]:
        """The (start, end) document offsets of the clause holding ``position``."""
        for start, end in self.clauses:
            if start <= position < end:
                return start, end
        return self.clauses[-1]

    def slice(self, start: int, end: int) -> str:
        """The sentence text between two document offsets."""
        return self.text[max(start - self.start, 0) : max(end - self.start, 0)]


def title_object(
    names: Sequence[Name],
    text: str,
    start: int,
    end: int,
    former: tuple[str, ...],
    is_org: Callable[[Name], bool],
    offset: int = 0,
) -> Name | None:
    """The title a word of taking a post gives as its object, written between ``start`` (the word's end) and ``end``
    (its clause's): the first title within :data:`TITLE_REACH`, with at most one organisation before it and no one
    named ("出任公司首席财务官", "担任星云科技CTO", "由A、B担任临时共同CEO"); none when a ``former`` word makes it a past
    post ("加入X的还有Y前CTO张伟") or a person's name right after it makes it what describes them ("任命前X院长张伟为CEO").
    ``text`` is the document's from ``offset`` on."""
    after = [n for n in names if start <= n.start < end]
    for seen, name in enumerate(after):
        if name.start - start > TITLE_REACH:
            return None
        if name.label == "Title":
            past = text.startswith(former, start - offset) or text.endswith(former, 0, name.start - offset)
            described = any(n.start == name.end and n.label == "Person" for n in after)
            return None if past or described else name
        if not is_org(name) or seen > 0:
            return None
    return None


def _spans(text: str, start: int, end: int, marks: str, keep_closers: bool) -> Iterator[tuple[int, int]]:
    """Non-blank (start, end) pieces of ``text[start:end]`` ending at a mark, whitespace trimmed."""
    piece = start
    i = start
    while i < end:
        if text[i] in marks and not _inside_number(text, i):
            i += 1
            while keep_closers and i < end and text[i] in _CLOSERS:
                i += 1
            yield from _trimmed(text, piece, i)
            piece = i
        else:
            i += 1
    yield from _trimmed(text, piece, end)


def _inside_number(text: str, i: int) -> bool:
    """Whether the mark at ``i`` is a comma between digits: a thousands separator ("1,000人") or the comma of a
    stock quote ("(8.220,-0.26,-3.07%)" after a name), which ends no clause."""
    after = text[i + 1 : i + 3]
    return (
        text[i] == ","
        and i > 0
        and text[i - 1].isdigit()
        and (after[:1].isdigit() or (after[:1] in "+-" and after[1:2].isdigit()))
    )


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


@dataclass(frozen=True, slots=True)
class _Edges:
    """The labels of the mentions by their (start, end), start and end, and where people start: what stands on
    either side of a headline gap, looked up without a pass over every mention for each gap (a table pasted as
    text may space thousands of names apart)."""

    spans: dict[tuple[int, int], set[str]]
    starts: dict[int, set[str]]
    ends: dict[int, set[str]]
    people: list[int]

    @classmethod
    def of(cls, names: Iterable[Name]) -> _Edges:
        edges = cls({}, {}, {}, [])
        for n in names:
            edges.spans.setdefault((n.start, n.end), set()).add(n.label)
            edges.starts.setdefault(n.start, set()).add(n.label)
            edges.ends.setdefault(n.end, set()).add(n.label)
            if n.label == "Person":
                edges.people.append(n.start)
        edges.people.sort()
        return edges


def _phrases(text: str, start: int, end: int, edges: _Edges) -> list[tuple[int, int]]:
    """A clause cut at its headline gaps (:func:`_gaps`)."""
    cuts = _gaps(text, start, end, edges, posts_join=False)
    bounds = [start, *(x for cut in cuts for x in cut), end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _gaps(text: str, start: int, end: int, edges: _Edges, posts_join: bool) -> list[tuple[int, int]]:
    """The (start, end) of each headline gap of the clause ``text[start:end]`` that parts two phrases: not one
    between two organisations the phrase opens with (:func:`_joins_organisations`) nor, where ``posts_join``,
    between a post and what it heads (:func:`_joins_posts`). Events keep the post apart from its holder's own
    phrase: a byline's "（记者 张三）" is no clause of the news, and read as one it took the subject of the next."""
    return [
        (m.start() + start, m.end() + start)
        for m in _HEADLINE_GAP.finditer(text[start:end])
        if not _joins_organisations(edges, start, m.start() + start, m.end() + start)
        and not (posts_join and _joins_posts(edges, start, m.start() + start, m.end() + start))
    ]


def headline_gaps(text: str, clause_ends: str, names: Iterable[Name] = ()) -> list[tuple[int, int]]:
    """The (start, end) of every headline gap of ``text`` that parts two phrases as a comma would, the way
    :func:`split_sentences` cuts clauses: for other readers of the text (roles), so that a phrase does not run
    over such a gap ("张伟辞任董事长 副总裁李娜接棒": 副总裁 is 李娜's, not 张伟's)."""
    edges = _Edges.of(names)
    return [
        cut
        for s, e in _spans(text, 0, len(text), clause_ends, keep_closers=False)
        for cut in _gaps(text, s, e, edges, posts_join=True)
    ]


def _joins_organisations(edges: _Edges, start: int, gap: int, after: int) -> bool:
    """Whether a headline gap from ``gap`` to ``after`` joins two organisations as "与" would ("星云科技 月光智能
    签署战略合作协议"): the phrase from ``start`` up to the gap is one organisation's name and another's name
    follows the gap. A phrase of anything else before it ("CEO辞职 新CEO上任") is one of its own."""
    return bool(
        edges.spans.get((start, gap), set()) & _ORGANISATION_LABELS
        and edges.starts.get(after, set()) & _ORGANISATION_LABELS
    )


def _joins_posts(edges: _Edges, start: int, gap: int, after: int) -> bool:
    """Whether a headline gap from ``gap`` to ``after`` joins a post to what it heads, as "兼" or nothing would: a
    title ends the phrase from ``start`` up to the gap, which names no one, and another post of its holder
    ("星云科技全球副总裁 中国区总经理张伟") or the holder ("星云科技董事长 张伟") follows the gap. A phrase naming a
    person ("张伟辞任董事长 副总裁李娜接棒") says something of its own."""
    return (
        "Title" in edges.ends.get(gap, set())
        and bool(edges.starts.get(after, set()) & _HEADED)
        and bisect_left(edges.people, start) == bisect_left(edges.people, gap)
    )


def split_sentences(
    text: str, sentence_ends: str, clause_ends: str, names: Iterable[Name] = ()
) -> list[Sentence]:
    """The sentences of ``text``, each with its clauses and the mentions that lie inside it."""
    ordered = sorted(names, key=lambda n: n.start)
    edges = _Edges.of(ordered)
    sentences = []
    for start, end in _spans(text, 0, len(text), sentence_ends, keep_closers=True):
        clauses = [
            c
            for s, e in _spans(text, start, end, clause_ends, keep_closers=False)
            for c in _phrases(text, s, e, edges)
        ]
        clauses = clauses or [(start, end)]
        inside = [n for n in ordered if start <= n.start and n.end <= end]
        sentences.append(Sentence(start, end, text[start:end], clauses, inside))
    return sentences
