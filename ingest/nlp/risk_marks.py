"""Companies written as their stock's short name after a mark of special treatment: *ST星岚, ST云雀, S*ST海鸥.

The Shanghai and Shenzhen exchanges put a mark before the short name of a stock at risk of delisting (ST,
*ST) or with shares not yet reformed (S), and financial news names such companies so (``risk_marks`` in
``org_suffixes.yaml``). The exchange shortens the name to keep the whole within four characters, so the name
after the mark is two characters, or a known name (a listed company's) written there. LAC reads the mark
and the name as punctuation, a Latin word glued to the name or an ordinary word (商务, 光明), and the model
finds some of them only, so the name after a mark is a company, without the mark (it is the stock's state,
not the name), replacing what the recognisers made of the mark and the name; a known name written there is
kept.
"""

from __future__ import annotations

from newsgraph.ingest.nlp.candidates import Candidate, Rank, Tokens, is_cjk
from newsgraph.ingest.nlp.knowledge import Knowledge

#: The characters of a short name after a mark, which the exchanges cut to fit four characters with the mark.
SHORT_NAME_CHARS = 2


def risk_marked(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the companies named after a mark of special treatment (see the module docstring)."""
    text = tokens.text
    for match in knowledge.risk_marks.finditer(text):
        start, end = match.end(), match.end() + SHORT_NAME_CHARS
        if end > len(text) or not is_cjk(text[start:end]):
            continue  # a text cut off right after the mark and one character names no whole short name
        overlapping = [c for c in chosen if c.start < end and match.start() < c.end]
        if any(c.rank == Rank.KNOWN and c.start == start for c in overlapping):
            continue
        entity_id = knowledge.entity_names.get(text[start:end])
        if entity_id is not None and knowledge.entities[entity_id].label != "Company":
            entity_id = None
        rests = [rest for c in overlapping if (rest := _rest(text, c, end, knowledge)) is not None]
        chosen = [c for c in chosen if c not in overlapping] + rests
        chosen.append(Candidate(start, end, "Company", Rank.ORGANISATION, entity_id))
    return chosen


def _rest(text: str, candidate: Candidate, end: int, knowledge: Knowledge) -> Candidate | None:
    """The name a mention read with the marked name goes on to, if it does: what follows the short name ends with an
    organisation suffix, a word before names taken off (*ST星岚 + 大股东 + 月光实业投资有限公司, which LAC reads as one
    word)."""
    if candidate.end <= end:
        return None
    opener = next((w for w in _openers(knowledge) if text.startswith(w, end)), "")
    start = end + len(opener)
    rest = text[start : candidate.end]
    if len(rest) < 2 or knowledge.suffix_of(rest) is None:
        return None
    return Candidate(start, candidate.end, candidate.label, candidate.rank)


def _openers(knowledge: Knowledge) -> tuple[str, ...]:
    """Words written between a firm and another's name (大股东, 子公司), the longest first."""
    words = {*knowledge.glued_before_names, *knowledge.split_words, *knowledge.owner_words}
    return tuple(sorted(words, key=len, reverse=True))
