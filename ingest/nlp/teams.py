"""Sports teams: which organisation and person candidates are really clubs.

The model tags clubs as organisations (尤文图斯, 波尔图) and transliterated club
names as people (帕伦特), and glues two teams written around "vs"
into one word (甲城联vs乙城竞技). With the words of ``teams.yaml``:

* a sentence is *about sport* when it contains one of the context words;
* there, an organisation the model found without a company suffix is a team
  (an Organization), and a person-tagged name that does not look like a
  Chinese name and stands right next to a word only teams take (vs, 主场,
  战胜) is a team too;
* a name-tagged word with "vs" inside is two teams, one on each side.

Each check is one gazetteer pass or a lookup per candidate, so the cost stays
linear in the text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from newsgraph.ingest.datafiles import load_data_file
from newsgraph.ingest.nlp.candidates import NAME_TAGS, Candidate, Rank, Tokens
from newsgraph.ingest.nlp.gazetteer import Gazetteer

TEAM_LABEL = "Organization"


class TeamFinder:
    """Sports context of a doc's sentences, and team candidates inside it."""

    def __init__(self, data: dict) -> None:
        self.context = Gazetteer(dict.fromkeys(data["context"], True))
        self.before = tuple(sorted(data["before_team"], key=len, reverse=True))
        self.after = tuple(sorted(data["after_team"], key=len, reverse=True))
        self.separators = tuple(data["separators"])

    def sport_mask(self, tokens: Tokens) -> bytearray:
        """One byte per character: 1 inside a sentence about sport.

        A sentence is about sport when it or a sentence next to it contains a
        context word: match reports name a club in one sentence and the score
        or the league in the next.
        """
        mask = bytearray(len(tokens.text))
        hits = [m.start for m in self.context.finditer(tokens.text)]
        if not hits:
            return mask
        starts = [tokens.starts[i] for i, first in enumerate(tokens.sent_starts) if first] or [0]
        ends = [*starts[1:], len(tokens.text)]
        flagged = {bisect_right(starts, hit) - 1 for hit in hits}
        for index in {i + step for i in flagged for step in (-1, 0, 1)} & set(range(len(starts))):
            mask[starts[index] : ends[index]] = b"\x01" * (ends[index] - starts[index])
        return mask

    def is_team_name(self, text: str, start: int, end: int) -> bool:
        """Whether the name at ``start``..``end`` stands next to a word only teams take."""
        return any(text.endswith(w, 0, start) for w in self.before) or any(
            text.startswith(w, end) for w in self.after
        )

    def relabel_people(
        self, text: str, people: list[Candidate], sport: bytearray, looks_like_name: Callable[[str], bool]
    ) -> list[Candidate]:
        """People in sports sentences that are teams, as Organization candidates."""
        return [
            replace(p, label=TEAM_LABEL)
            if p.label == "Person"
            and sport[p.start]
            and not looks_like_name(text[p.start : p.end])
            and self.is_team_name(text, p.start, p.end)
            else p
            for p in people
        ]

    def split_pairs(self, tokens: Tokens) -> list[Candidate]:
        """Both teams of a name-tagged word written as one around a separator (甲城联vs乙城竞技)."""
        found = []
        for i, word in enumerate(tokens.words):
            if tokens.tags[i] not in NAME_TAGS:
                continue
            for separator in self.separators:
                cut = word.find(separator)
                if cut >= 2 and len(word) - cut - len(separator) >= 2:
                    start, middle = tokens.starts[i], tokens.starts[i] + cut
                    found.append(Candidate(start, middle, TEAM_LABEL, Rank.ORGANISATION))
                    found.append(
                        Candidate(middle + len(separator), tokens.ends[i], TEAM_LABEL, Rank.ORGANISATION)
                    )
                    break
        return found


def load_team_finder() -> TeamFinder:
    """The team finder over ``teams.yaml``."""
    return TeamFinder(load_data_file("teams"))
