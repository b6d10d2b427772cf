"""Organisations named in Latin letters: by a word that only firms end with (Norwind Ventures, Regal Funds
Management, Octave Life Sciences), or by their place right before a title (Nebula首席技术官, Nebula CEO).

LAC reads such names as a person (Marinya Capital), cuts them (Sciences + 投资 glued) or misses them,
and the model, trained on Chinese text, rarely sees them. Their last word says what they are: a run
of capitalised Latin words ending in one of ``latin_org_words`` (``org_suffixes.yaml``) is a company,
whatever the recognisers made of its words, unless the knowledge names something there. A run that
nothing names, written right before an executive's title, is the company of the title: news writes a
post as organisation + title (the pattern roles are read from), and a person's name comes after the
title. Before an occupation it is as often a product or a system (Autopilot + 工程师).
A run of capitals only (AI, VP) is a word, not a name, and a known product's name (products.yaml) names the
product, alone or before a firm's word (Edge 副总裁, AlphaGo AI).
"""

from __future__ import annotations

import re

from newsgraph.ingest.nlp.candidates import Candidate, Rank, Tokens, past_spaces
from newsgraph.ingest.nlp.knowledge import Knowledge

# Up to six capitalised Latin words, each maybe with digits, &, ', . or - inside (T. Rowe Price), maybe after a
# short word in small letters that opens some firms' names (hx Venture Capital, k Ventures).
_LATIN_RUN = re.compile(
    r"(?<![A-Za-z0-9])(?P<opening>[a-z][a-z0-9]{0,3} )?[A-Z][A-Za-z0-9&'’.-]*(?: [A-Z0-9][A-Za-z0-9&'’.-]*){0,5}"
)
# English words in small letters that open no name but a phrase before one (by Nebula Capital, at Orbit Labs).
_NOT_OPENINGS = frozenset(
    {"a", "an", "the", "by", "of", "and", "or", "at", "in", "on", "to", "for", "from", "with", "as"}
)


def latin_organisations(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the Latin names ending in a firm's word, or written right before a title, as
    companies (see the module docstring)."""
    titles = [c for c in chosen if c.label == "Title" and c.canonical in knowledge.role_titles]
    for match in _LATIN_RUN.finditer(tokens.text):
        start, end = match.start(), _before_title(match, titles)
        titled = end < match.end() or _title_at(tokens.text, end, titles)
        words = tokens.text[start:end].rstrip(". ").split(" ")
        by_word = len(words) >= 2 and words[-1] in knowledge.latin_org_words
        if match.group("opening") and (not by_word or words[0] in _NOT_OPENINGS):
            start, words = match.start() + len(match.group("opening")), words[1:]
            by_word = len(words) >= 2 and words[-1] in knowledge.latin_org_words
        end = start + len(" ".join(words))
        overlapping = [c for c in chosen if c.start < end and start < c.end]
        known = [c for c in overlapping if c.rank == Rank.KNOWN]
        if (known and not _arm_of_known(tokens.text, words, end, known, knowledge)) or _names_a_product(
            words, knowledge
        ):
            continue
        by_title = (
            titled
            and any(ch.islower() for ch in words[0])
            and (
                not overlapping or _person_before_titled_person(tokens.text, start, end, overlapping, chosen)
            )
        )
        if by_word or by_title:
            chosen = [c for c in chosen if c not in overlapping]
            chosen.append(Candidate(start, end, "Company", Rank.ORGANISATION))
    return chosen


def _arm_of_known(
    text: str, words: list[str], end: int, known: list[Candidate], knowledge: Knowledge
) -> bool:
    """Whether a run is a known firm's name and a word naming its investing or research arm (Nebula Labs,
    Nebula + Capital: ``latin_unit_words``): another firm, not the known one; a known name covering the run
    (Intel Capital, known whole) is that name."""
    return (
        len(words) >= 2
        and words[-1] in knowledge.latin_unit_words
        and all(c.end <= end - len(words[-1]) - 1 and text[c.start : c.end] in " ".join(words) for c in known)
    )


def _names_a_product(words: list[str], knowledge: Knowledge) -> bool:
    """Whether a run is a known product's name (Edge + 副总裁: the browser's executive, at its maker), or one
    and a firm's word after it (AlphaGo AI: the program, no firm)."""
    return knowledge.is_product(" ".join(words)) or (
        len(words) >= 2 and knowledge.is_product(" ".join(words[:-1]))
    )


def _before_title(match: re.Match[str], titles: list[Candidate]) -> int:
    """Where a Latin run ends before a title read into it (Nebula Robotics + CEO)."""
    inside = [c.start for c in titles if match.start() < c.start < match.end()]
    return min(inside, default=match.end())


def _person_before_titled_person(
    text: str, start: int, end: int, overlapping: list[Candidate], chosen: list[Candidate]
) -> bool:
    """Whether a run read only as a person stands before a title that a person's name follows (Selia +
    共同执行长 + 马瓦卡纳): that is the employer, as news writes organisation + title + person and never one person
    before another's title. A firm's transliterated name is read as a person where a clause opens with it (让 +
    Selia + 在…), and its repeats carry that reading to every mention."""
    title = next((c for c in chosen if c.label == "Title" and c.start == past_spaces(text, end)), None)
    return (
        title is not None
        and all(c.label == "Person" and (c.start, c.end) == (start, end) for c in overlapping)
        and any(c.label == "Person" and c.start == past_spaces(text, title.end) for c in chosen)
    )


def _title_at(text: str, at: int, titles: list[Candidate]) -> bool:
    """Whether one of ``titles`` starts at ``at``, maybe after a space."""
    return any(c.start == past_spaces(text, at) for c in titles)
