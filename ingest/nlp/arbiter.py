"""The entity arbiter: a measured, not hand-ordered, choice between the trained model and the rules' guesses.

Where a rules' guess on LAC's words (an organisation, a person, a name after a description) and an
entity of the model overlap with another span or label, a fixed order of sources was wrong both
ways: a confident model span beat a good guess with an organisation suffix, and a person guess beat
the model's company at the same span (a transliterated company name that LAC tags as a person). The
arbiter decides each such disagreement by a logistic regression over what is known of both sides:
the model's score and label, the guess's source and label, how the spans relate, an organisation
suffix, a title beside the guess, a repeat, LAC's reading. It is fitted on the dev splits of
CLUENER2020 and of the real news, on the disagreements where exactly one side is right
(``bench/fit_arbiter.py``; weights in ``ingest/data/entity_arbiter.json``). Known organisations,
titles and money are never disputed: there the rules are precise.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from newsgraph.ingest.datafiles import DATA_DIR
from newsgraph.ingest.nlp.candidates import Candidate, Rank, Tokens

ARBITER_FILE = DATA_DIR / "entity_arbiter.json"
#: The rules' guesses the arbiter weighs against the model; every other candidate keeps its rank.
GUESSES = (Rank.ORGANISATION, Rank.PERSON, Rank.APPOSITIVE)
#: Our labels, one indicator each (a team or another label has none).
LABELS = ("Person", "Company", "Organization", "Government")
# LAC tags of a candidate's first word that say something about it, one indicator each.
_FIRST_TAGS = ("PER", "ORG", "LOC", "nz")


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the rules know about a guess beyond its span: a title beside it, an organisation suffix,
    and, for each side, whether it reads as a Chinese name (a surname and one or two characters)."""

    titled: bool
    suffixed: bool
    guess_name_like: bool
    model_name_like: bool


def features(
    tokens: Tokens, guess: Candidate, model: Candidate, score: float, evidence: Evidence
) -> list[float]:
    """The arbiter's inputs for a rules' guess and the model entity overlapping it, in the order of
    :data:`FEATURES`."""
    name = tokens.text[guess.start : guess.end]
    first = tokens.index_at(guess.start)
    same_span = (guess.start, guess.end) == (model.start, model.end)
    return [
        1.0,
        score,
        *(float(guess.rank == rank) for rank in GUESSES),
        *(float(guess.label == label) for label in LABELS),
        *(float(model.label == label) for label in LABELS),
        float(same_span),
        float(model.start <= guess.start and guess.end <= model.end and not same_span),
        float(guess.start <= model.start and model.end <= guess.end and not same_span),
        float(evidence.suffixed),
        float(evidence.titled),
        float(tokens.text.count(name) > 1),
        float(name.isascii()),
        float(tokens.aligned(guess.start, guess.end)),
        float(guess.start == tokens.starts[first] and guess.end == tokens.ends[first]),
        float(tokens.aligned(model.start, model.end)),
        float(evidence.guess_name_like),
        float(evidence.model_name_like),
        *(float(tokens.tags[first] == tag) for tag in _FIRST_TAGS),
        float(len(name) <= 2),
        float(model.end - model.start <= 2),
    ]


FEATURES = (
    "bias",
    "model score",
    *(f"guess by {rank.name.lower()}" for rank in GUESSES),
    *(f"guess label={label}" for label in LABELS),
    *(f"model label={label}" for label in LABELS),
    "same span",
    "model span longer",
    "model span shorter",
    "guess has an organisation suffix",
    "title beside the guess",
    "guess written again",
    "guess Latin",
    "guess of whole LAC words",
    "guess of one LAC word",
    "model span of whole LAC words",
    "guess reads as a Chinese name",
    "model span reads as a Chinese name",
    *(f"guess's first word LAC {tag}" for tag in _FIRST_TAGS),
    "guess of 2 characters or fewer",
    "model span of 2 characters or fewer",
)


class Arbiter:
    """Says whether the model's entity or the rules' guess it overlaps is the mention."""

    def __init__(self, weights: list[float], threshold: float) -> None:
        if len(weights) != len(FEATURES):
            raise ValueError(f"{len(weights)} weights for {len(FEATURES)} features: refit the arbiter")
        self.weights = weights
        self.threshold = threshold

    def probability(self, inputs: list[float]) -> float:
        """How likely the model's entity, rather than the guess, is the mention."""
        z = sum(w * x for w, x in zip(self.weights, inputs, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def model_wins(self, inputs: list[float]) -> bool:
        """Whether the model's entity is the mention, the guess not."""
        return self.probability(inputs) >= self.threshold


def load_arbiter(path: Path = ARBITER_FILE) -> Arbiter:
    """The fitted arbiter shipped with the project (``bench/fit_arbiter.py`` writes it)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{path} was fitted on other features: refit the arbiter")
    return Arbiter(data["weights"], data["threshold"])
