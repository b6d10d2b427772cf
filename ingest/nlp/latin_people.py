"""People named in Latin letters whom neither recogniser reads as a person: Dario Amodei, Satya Nadella.

Chinese news often leaves a foreign name untranslated. LAC and the model, trained on Chinese text,
miss such names or take them for companies, above all where no title stands next to them (X的Dario
Amodei表示; a list of names). A first and last name in Latin letters whose first part is a common given
name (``latin_given_names`` in ``person_names.yaml``) is a person, unless the knowledge names something
there or the last word is one only firms end with (Mason Capital).
"""

from __future__ import annotations

from newsgraph.ingest.nlp.candidates import Candidate, Rank, Tokens
from newsgraph.ingest.nlp.knowledge import Knowledge
from newsgraph.ingest.nlp.people import latin_full_names


def latin_people(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the Latin names starting with a given name as people (see the module docstring)."""
    for start, end in latin_full_names(tokens.text):
        words = tokens.text[start:end].split()
        if words[0] not in knowledge.latin_given_names or words[-1] in knowledge.latin_org_words:
            continue
        overlapping = [c for c in chosen if c.start < end and start < c.end]
        if any(c.rank == Rank.KNOWN for c in overlapping) or any(
            (c.start, c.end, c.label) == (start, end, "Person") for c in overlapping
        ):
            continue
        chosen = [c for c in chosen if c not in overlapping]
        chosen.append(Candidate(start, end, "Person", Rank.PERSON))
    return chosen
