"""Coined names an article keeps writing as the subject of its clauses: 极视慧眼创办人…，极视慧眼早于2022年….

A start-up's name made of ordinary characters (极视慧眼, 钛思) is often no word LAC or the model knows: LAC
reads it as an adverb and a noun, the model as nothing, and no suffix marks it. Yet an article about the
firm writes the name again and again, and opens clauses with it right before what only an organisation has
or does (its founder, its CEO, 宣布, 完成: ``company_actions`` and the titles). A string written so at least
once, and written :data:`MIN_TIMES` times in all, is a company wherever it is written. The recognisers'
own readings win: a string any of whose places they read something at is left alone, and so is a word or a
phrase of words LAC knows as no name (a time, a number, a pronoun, a person, a place, a function word).
"""

from __future__ import annotations

import re

from newsgraph.ingest.nlp.candidates import CLAUSE_MARKS, Candidate, Rank, Tokens
from newsgraph.ingest.nlp.knowledge import Knowledge

#: How often a name must be written in the text to count without any other evidence.
MIN_TIMES = 3
#: The shortest and the longest name taken.
MIN_CHARS, MAX_CHARS = 2, 6
# Where a clause starts: the text's start, or after a clause's mark and any quotes or spaces.
_CLAUSE_START = re.compile(rf"(?:^|(?<=[{re.escape(CLAUSE_MARKS)}]))[「『“\"\s]*")
# Characters of a Chinese name.
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# LAC tags of words no coined name contains: people, places, times, numbers and measures, pronouns,
# prepositions, conjunctions, particles, locality words and punctuation.
_NOT_NAME_TAGS = frozenset({"PER", "LOC", "TIME", "m", "q", "r", "p", "c", "u", "f", "w", "xc"})


def recurring_subjects(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the companies named by a coined name the article keeps opening clauses with (see the
    module docstring)."""
    text = tokens.text
    taken = bytearray(len(text))
    for c in chosen:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    title_starts = {m.start for m in knowledge.titles.finditer(text)}
    names = {
        text[start:end]
        for start in _clause_starts(text)
        for end in range(start + MIN_CHARS, min(start + MAX_CHARS, len(text)) + 1)
        if (end in title_starts or text.startswith(knowledge.company_actions, end))
        and _plausible(tokens, knowledge, start, end)
    }
    found = []
    # The longest name first: a shorter one inside it (极视 of 极视慧眼) is no name of its own.
    for name in sorted(names, key=len, reverse=True):
        places = [m.start() for m in re.finditer(re.escape(name), text)]
        if len(places) >= MIN_TIMES and not any(taken.find(1, p, p + len(name)) != -1 for p in places):
            for p in places:
                taken[p : p + len(name)] = b"\x01" * len(name)
                found.append(Candidate(p, p + len(name), "Company", Rank.ORGANISATION))
    return chosen + found


def _clause_starts(text: str) -> set[int]:
    """Where the clauses of ``text`` start, past quotes and spaces."""
    return {m.end() for m in _CLAUSE_START.finditer(text)}


def _plausible(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> bool:
    """Whether ``start``..``end`` may be a coined name: Chinese characters only, whole words of LAC, more than
    one word (one word alone is one LAC knows, and knows as no name), none of them a word no name contains,
    and no generic words (公司, 人工智能公司)."""
    if not tokens.aligned(start, end) or not _HAN.fullmatch(tokens.text, start, end):
        return False
    words = range(tokens.index_at(start), tokens.index_at(end - 1) + 1)
    return (
        len(words) > 1
        and not any(tokens.tags[i] in _NOT_NAME_TAGS for i in words)
        and not knowledge.is_generic(tokens.text[start:end], placed=False)
        and not _group_of_people(tokens, knowledge, words[0], words[-1])
    )


def _group_of_people(tokens: Tokens, knowledge: Knowledge, first: int, last: int) -> bool:
    """Whether the words ``first``..``last`` name a group of people or a part of a firm rather than a firm: a
    group's noun opening or closing them (股东, 团队 of 研发团队, 部门, 机构), a generic noun closing them, or a
    description of a kind of firm (芯片厂商)."""
    group = knowledge.name_slots.group_nouns
    ending = tokens.words[last]
    return (
        tokens.words[first] in group
        or ending in group
        or ending in knowledge.units
        or ending in knowledge.departments
        or ending.lower() in knowledge.generic_nouns
        or tokens.text.endswith(knowledge.descriptors, tokens.starts[first], tokens.ends[last])
    )
