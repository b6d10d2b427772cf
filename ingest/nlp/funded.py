"""Companies named by the place they hold in a funding sentence: 月光智能完成B轮融资, 北辰资本领投了月光智能的B轮.

Start-ups are often named with ordinary words (月光 + 智能, 大行 + 科工) that neither LAC nor the
model reads as a name, and they are named most often where a sentence reports their rounds. The
shapes of such sentences (``funding_slots`` in ``org_suffixes.yaml``) say where a company stands:

- its subject, before a word of raising (完成, 获得) whose clause names a round (融资, B轮, 投资);
- after a word of investing (领投, 跟投了) and before 的 and a round (月光智能的天使轮);
- after 向 and before a word of investing (向月光智能投资).

A span there becomes a company only when it is a few words LAC reads as nouns, names, places or
Latin words (a clause, a pronoun or a person is none), is not a generic description (AI公司), and
holds no mention the recognisers found but a place: where they found an organisation, the slot is
filled (初创公司 + 挚途科技 is not one longer name).
"""

from __future__ import annotations

import re

from newsgraph.ingest.nlp.candidates import Candidate, Rank, Tokens
from newsgraph.ingest.nlp.knowledge import FundingSlots, Knowledge

# Where a clause ends: the raising word's round must be named in its own clause.
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")
# LAC tags of a word before a noun phrase that make it no name: numerals, measure words, pronouns,
# particles, times.
_NOT_BEFORE_NAMES = frozenset({"m", "q", "r", "u", "TIME", "t"})
#: The shortest and longest names taken.
MIN_NAME_LENGTH, MAX_NAME_LENGTH = 2, 12


def funded_companies(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the companies named by their place in funding sentences (see the module docstring)."""
    slots = knowledge.funding_slots
    spans = [
        *_subjects(tokens, slots),
        *_objects(tokens, slots.invests, slots.round_after),
        *_targets(tokens, slots.towards, slots.invests),
    ]
    for span in spans:
        start, end = _without_descriptions(tokens, knowledge, *span)
        if _missed_company(tokens, chosen, knowledge, start, end):
            chosen = [c for c in chosen if not (start <= c.start and c.end <= end)]
            chosen.append(Candidate(start, end, "Company", Rank.ORGANISATION))
    return chosen


def _subjects(tokens: Tokens, slots: FundingSlots) -> list[tuple[int, int]]:
    """Names before a raising word whose clause names a round ("月光智能宣布完成B轮融资"), adverbs and
    announcing words between them skipped (已, 近日, 宣布)."""
    found = []
    for i, word in enumerate(tokens.words):
        clause_end = _clause_end(tokens.text, tokens.ends[i])
        if word not in slots.raises or not any(
            w in tokens.text[tokens.ends[i] : clause_end] for w in slots.round_words
        ):
            continue
        last = i - 1
        while last >= 0 and tokens.words[last] in slots.leads:
            last -= 1
        first = tokens.name_run_before(last) if last >= 0 else 0
        # After a numeral, pronoun, particle or time the nouns are a phrase (其 + 团队, 3 + 月份), no name.
        if first <= last and (first == 0 or tokens.tags[first - 1] not in _NOT_BEFORE_NAMES):
            found.append((tokens.starts[first], tokens.ends[last]))
    return found


def _objects(tokens: Tokens, invests: frozenset[str], round_after: re.Pattern[str]) -> list[tuple[int, int]]:
    """Names after an investing word and before 的 and a round ("领投了月光智能的B轮融资"); the word is
    sought in the text, as LAC may split it (跟 + 投)."""
    found = []
    pattern = re.compile("(?:" + "|".join(map(re.escape, sorted(invests, key=len, reverse=True))) + ")了?")
    for match in pattern.finditer(tokens.text):
        if match.end() not in tokens.start_set:
            continue
        first = tokens.index_at(match.end())
        last = tokens.name_run_after(first)
        if last >= first and round_after.match(tokens.text, tokens.ends[last]):
            found.append((tokens.starts[first], tokens.ends[last]))
    return found


def _targets(tokens: Tokens, towards: tuple[str, ...], invests: tuple[str, ...]) -> list[tuple[int, int]]:
    """Names between 向 and an investing word ("向月光智能投资"), also where LAC glues 向 to the name."""
    found = []
    for i, word in enumerate(tokens.words[:-1]):
        if tokens.words[i + 1] not in invests:
            continue
        marker = next((m for m in towards if word.startswith(m)), None)
        if marker is not None and len(word) > len(marker):
            found.append((tokens.starts[i] + len(marker), tokens.ends[i]))
        elif i > 0:
            first = tokens.name_run_before(i)
            if 0 < first <= i and tokens.words[first - 1] in towards:
                found.append((tokens.starts[first], tokens.ends[i]))
    return found


def _without_descriptions(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> tuple[int, int]:
    """The span without the description before the name (明星企业 + X, 公司 + X: its last generic word
    and what precedes it) and the plain nouns after it that LAC reads on (X + 公告 + 获得)."""
    words = list(range(tokens.index_at(start), tokens.index_at(end - 1) + 1)) if start < end else []
    while words and tokens.words[words[-1]] in knowledge.funding_slots.trailing:
        words.pop()
    described = [k for k, i in enumerate(words[:-1]) if knowledge.is_generic(tokens.words[i], placed=False)]
    words = words[described[-1] + 1 :] if described else words
    if not words:
        return start, start
    start, end = max(start, tokens.starts[words[0]]), min(end, tokens.ends[words[-1]])
    # A kind of organisation LAC glues to the front of the name (公司 + 挚途科技 as one word).
    lead = next(
        (s for s in knowledge.suffixes if tokens.text.startswith(s, start) and end - start - len(s) >= 2), ""
    )
    return start + len(lead), end


def _clause_end(text: str, position: int) -> int:
    found = _CLAUSE_END.search(text, position)
    return found.start() if found else len(text)


def _missed_company(
    tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge, start: int, end: int
) -> bool:
    """Whether ``start``..``end`` reads as a company's name the recognisers missed."""
    name = tokens.text[start:end]
    if not MIN_NAME_LENGTH <= len(name) <= MAX_NAME_LENGTH or knowledge.is_generic(name, placed=False):
        return False
    first, last = tokens.index_at(start), tokens.index_at(end - 1)
    if first == last and tokens.tags[first] == "n" and len(name) <= 2:
        return False  # one plain two-character noun (团队) names no one
    inside = [c for c in chosen if c.start < end and start < c.end]
    return all(start <= c.start and c.end <= end and c.label == "Location" for c in inside)
