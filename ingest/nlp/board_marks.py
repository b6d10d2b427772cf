"""Companies written as their stock's short name with the board's mark after a hyphen: 星岚航运-创, 云雀-KY.

An exchange marks some listings in the short name it gives a stock (Taiwan: -创 for its innovation
board, -KY for a company registered abroad, -DR for depositary receipts; ``board_marks`` in
``org_suffixes.yaml``), and listing news writes companies so. The short names are often ordinary
words or verbs to LAC (a name like 慢慢来 or 铁岭 + 精工) and the model may read the mark into a person
(李岚-), so the words before a mark, the one right before it whatever its reading and the name parts
before that up to an owner word (北辰集团旗下 + 星岚航运-创), are a company, replacing what the
recognisers made of them, unless the knowledge names something there or a mention found reaches past
the mark.
"""

from __future__ import annotations

from newsgraph.ingest.nlp.candidates import Candidate, Rank, Tokens
from newsgraph.ingest.nlp.knowledge import Knowledge

# LAC tags of a word that cannot end a short name: punctuation, numbers, function words, times.
_NOT_NAME_END = frozenset({"w", "m", "q", "p", "c", "u", "d", "r", "TIME"})
#: The shortest and the longest short name taken (exchanges' short names are a few characters).
MIN_NAME_CHARS, MAX_NAME_CHARS = 2, 8


def board_marked(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the companies named before a board's mark (see the module docstring)."""
    for match in knowledge.board_marks.finditer(tokens.text):
        end = match.start()
        start = _short_name(tokens, end, knowledge)
        if start is None:
            continue
        overlapping = [c for c in chosen if c.start < match.end() and start < c.end]
        if any(c.rank == Rank.KNOWN or _across_mark(c, end, match.end()) for c in overlapping):
            continue
        chosen = [c for c in chosen if c not in overlapping]
        chosen.append(Candidate(start, end, "Company", Rank.ORGANISATION))
    return chosen


def _short_name(tokens: Tokens, end: int, knowledge: Knowledge) -> int | None:
    """Where the short name ending at ``end`` starts: the word ending there and the name parts before
    it after the last owner word, within :data:`MAX_NAME_CHARS`; None when no word that may end a name ends there or the name
    is shorter than :data:`MIN_NAME_CHARS` (a verb's last character, 慢慢 + 来)."""
    if end not in tokens.end_set:
        return None
    last = tokens.index_at(end - 1)
    if tokens.tags[last] in _NOT_NAME_END:
        return None
    first = last
    while (
        first > 0
        and tokens.name_part(first - 1)
        and tokens.words[first - 1] not in knowledge.owner_words
        and end - tokens.starts[first - 1] <= MAX_NAME_CHARS
    ):
        first -= 1
    length = end - tokens.starts[first]
    return tokens.starts[first] if MIN_NAME_CHARS <= length <= MAX_NAME_CHARS else None


def _across_mark(mention: Candidate, hyphen: int, mark_end: int) -> bool:
    """Whether a mention found runs across the hyphen and past the mark: a name with a hyphen in it, no short name.
    One opening with the mark's own character is LAC's word of the mark and what follows it (-创 + 二家公司 read as
    创二家公司), no name."""
    return mention.start <= hyphen and mention.end > mark_end
