"""Clauses of a text and the headline gaps that part them, for every reader of phrases (events, roles).

A clause ends at a mark (，；。 …), but for a comma inside a number; headlines part phrases with a space between
Chinese characters instead ("CEO辞职 新CEO上任"), except where the space joins two organisations a phrase opens with or
a post to what it heads. Events cut their sentences' clauses here, and the roles read the same gaps as commas, so
both agree on what one phrase says. Offsets are kept into the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsgraph.ingest.nlp.candidates import ORG_LABELS

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


def spans(text: str, start: int, end: int, marks: str, keep_closers: bool) -> Iterator[tuple[int, int]]:
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
class Edges:
    """The labels of the mentions by their (start, end), start and end, and where people start: what stands on
    either side of a headline gap, looked up without a pass over every mention for each gap (a table pasted as
    text may space thousands of names apart)."""

    spans: dict[tuple[int, int], set[str]]
    starts: dict[int, set[str]]
    ends: dict[int, set[str]]
    people: list[int]

    @classmethod
    def of(cls, mentions: Iterable[tuple[str, int, int]]) -> Edges:
        """The edges of mentions given as (label, start, end)."""
        edges = cls({}, {}, {}, [])
        for label, start, end in mentions:
            edges.spans.setdefault((start, end), set()).add(label)
            edges.starts.setdefault(start, set()).add(label)
            edges.ends.setdefault(end, set()).add(label)
            if label == "Person":
                edges.people.append(start)
        edges.people.sort()
        return edges


def phrases(text: str, start: int, end: int, edges: Edges) -> list[tuple[int, int]]:
    """A clause cut at its headline gaps (:func:`_gaps`)."""
    cuts = _gaps(text, start, end, edges, posts_join=False)
    bounds = [start, *(x for cut in cuts for x in cut), end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _gaps(text: str, start: int, end: int, edges: Edges, posts_join: bool) -> list[tuple[int, int]]:
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


def headline_gaps(
    text: str, clause_ends: str, mentions: Iterable[tuple[str, int, int]] = ()
) -> list[tuple[int, int]]:
    """The (start, end) of every headline gap of ``text`` that parts two phrases as a comma would, the way the
    events' sentences cut clauses: for the roles, so that a phrase does not run over such a gap ("张伟辞任董事长
    副总裁李娜接棒": 副总裁 is 李娜's, not 张伟's), while a post still heads its holder across one (:func:`_joins_posts`).
    ``mentions`` are (label, start, end)."""
    edges = Edges.of(mentions)
    return [
        cut
        for s, e in spans(text, 0, len(text), clause_ends, keep_closers=False)
        for cut in _gaps(text, s, e, edges, posts_join=True)
    ]


def _joins_organisations(edges: Edges, start: int, gap: int, after: int) -> bool:
    """Whether a headline gap from ``gap`` to ``after`` joins two organisations as "与" would ("星云科技 月光智能
    签署战略合作协议"): the phrase from ``start`` up to the gap is one organisation's name and another's name
    follows the gap. A phrase of anything else before it ("CEO辞职 新CEO上任") is one of its own."""
    return bool(
        edges.spans.get((start, gap), set()) & _ORGANISATION_LABELS
        and edges.starts.get(after, set()) & _ORGANISATION_LABELS
    )


def _joins_posts(edges: Edges, start: int, gap: int, after: int) -> bool:
    """Whether a headline gap from ``gap`` to ``after`` joins a post to what it heads, as "兼" or nothing would: a
    title ends the phrase from ``start`` up to the gap, which names no one, and another post of its holder
    ("星云科技全球副总裁 中国区总经理张伟") or the holder ("星云科技董事长 张伟") follows the gap. A phrase naming a
    person ("张伟辞任董事长 副总裁李娜接棒") says something of its own."""
    return (
        "Title" in edges.ends.get(gap, set())
        and bool(edges.starts.get(after, set()) & _HEADED)
        and bisect_left(edges.people, start) == bisect_left(edges.people, gap)
    )
