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
        if not is_cjk(text[start:end]):
            continue
        overlapping = [c for c in chosen if c.start < end and match.start() < c.end]
        if any(c.rank == Rank.KNOWN and c.start == start for c in overlapping):
            continue
        entity_id = knowledge.entity_names.get(text[start:end])
        if entity_id is not None and knowledge.entities[entity_id].label != "Company":
            entity_id = None
        chosen = [c for c in chosen if c not in overlapping]
        chosen.append(Candidate(start, end, "Company", Rank.ORGANISATION, entity_id))
    return chosen
