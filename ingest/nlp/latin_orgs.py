"""Organisations named in Latin letters by a word that only firms end with: Norwind Ventures, Regal Funds
Management, Octave Life Sciences.

LAC reads such names as a person (Marinya Capital), cuts them (Sciences + 投资 glued) or misses them,
and the model, trained on Chinese text, rarely sees them. Their last word says what they are: a run
of capitalised Latin words ending in one of ``latin_org_words`` (``org_suffixes.yaml``) is a company,
whatever the recognisers made of its words, unless the knowledge names something there.
"""

from __future__ import annotations

import re

from newsgraph.ingest.nlp.candidates import Candidate, Rank, Tokens
from newsgraph.ingest.nlp.knowledge import Knowledge

# Up to six capitalised Latin words, each maybe with digits, &, ', . or - inside (T. Rowe Price).
_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&'’.-]*(?: [A-Z0-9][A-Za-z0-9&'’.-]*){0,5}")


def latin_organisations(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the Latin names ending in a firm's word as companies (see the module docstring)."""
    for match in _LATIN_RUN.finditer(tokens.text):
        words = match.group().rstrip(".").split(" ")
        if len(words) < 2 or words[-1] not in knowledge.latin_org_words:
            continue
        start, end = match.start(), match.start() + len(" ".join(words))
        overlapping = [c for c in chosen if c.start < end and start < c.end]
        if any(c.rank == Rank.KNOWN for c in overlapping):
            continue
        chosen = [c for c in chosen if c not in overlapping]
        chosen.append(Candidate(start, end, "Company", Rank.ORGANISATION))
    return chosen
