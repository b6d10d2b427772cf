"""Organisations named in a list of organisations: 投资方包括星河资本、云帆智能、北辰基金等.

News lists investors, customers and rivals with 、, and the last one often with 和 or 及. Such a
list names things of one kind: once two of its items are organisations the recognisers found, an
item they missed or cut short (a coined name LAC reads as a plain noun, a fund named after its
place, an investment arm of a known company) is an organisation too. An item is taken only when it
is a few words LAC reads as nouns, names, places or adjectives: never a clause, a person, a date
or an amount.
"""

from __future__ import annotations

import re

from newsgraph.ingest.nlp.candidates import ORG_LABELS, Candidate, Rank, Tokens
from newsgraph.ingest.nlp.knowledge import Knowledge

LIST_SEPARATOR = "、"
# Where a clause, and so a list, ends.
_CLAUSE = re.compile(r"[^，,。；;：:！!？?（）()「」『』“”\"《》\n]+")
# Words joining the last item of a list (A、B和C) and the word that closes it (A、B等).
_LAST_JOINERS = ("以及", "和", "及", "与")
_LIST_END = "等"
# LAC tags of the words a missed item may be made of: nouns, names, places, adjectives (大横琴),
# verbal nouns (发展 in 湖北高质量发展产业基金).
_ITEM_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "a", "vn"})
# Labels of mentions an item may contain and replace: a part of the name the recognisers cut short.
_REPLACEABLE = frozenset({*ORG_LABELS, "Location"})
#: How many items of a list must be organisations already for the others to count as such.
MIN_NAMED_ITEMS = 2
#: The longest item taken as a name.
MAX_ITEM_LENGTH = 12


def listed_organisations(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the organisations of its lists completed (see the module docstring)."""
    for clause in _CLAUSE.finditer(tokens.text):
        if LIST_SEPARATOR in clause.group():
            chosen = _complete_list(tokens, chosen, knowledge, _items(clause.group(), clause.start()))
    return chosen


def _items(clause: str, offset: int) -> list[tuple[int, int]]:
    """The spans of a clause's list items: between separators, the last one cut at 等 and split at
    a joining word (A、B和C); the first one is whatever the clause says before the first separator."""
    parts = clause.split(LIST_SEPARATOR)
    spans, start = [], offset
    for part in parts:
        spans.append((start, start + len(part)))
        start += len(part) + len(LIST_SEPARATOR)
    last_start, _ = spans.pop()
    last = parts[-1].split(_LIST_END, 1)[0]
    for joiner in _LAST_JOINERS:
        if joiner in last:
            before, after = last.split(joiner, 1)
            spans.append((last_start, last_start + len(before)))
            last_start, last = last_start + len(before) + len(joiner), after
            break
    spans.append((last_start, last_start + len(last)))
    return spans


def _complete_list(
    tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge, items: list[tuple[int, int]]
) -> list[Candidate]:
    named = {(c.start, c.end) for c in chosen if c.label in ORG_LABELS}
    if sum(item in named for item in items) < MIN_NAMED_ITEMS:
        return chosen
    for start, end in items[1:]:
        if (start, end) not in named and _missed_name(tokens, chosen, start, end):
            found = knowledge.suffix_of(tokens.text[start:end])
            chosen = [c for c in chosen if not (start <= c.start and c.end <= end)]
            chosen.append(Candidate(start, end, found[1].label if found else "Company", Rank.ORGANISATION))
    return chosen


def _missed_name(tokens: Tokens, chosen: list[Candidate], start: int, end: int) -> bool:
    """Whether the item ``start``..``end`` reads as a name the recognisers missed or cut short."""
    if not 2 <= end - start <= MAX_ITEM_LENGTH or not tokens.aligned(start, end):
        return False
    words = range(tokens.index_at(start), tokens.index_at(end - 1) + 1)
    if not all(tokens.tags[i] in _ITEM_TAGS or tokens.is_latin(i) for i in words):
        return False
    inside = [c for c in chosen if c.start < end and start < c.end]
    return all(start <= c.start and c.end <= end and c.label in _REPLACEABLE for c in inside)
