"""What an event's confidence means: the estimated chance that the event is right.

Each report first gets a score from its sentence alone (how sure the trigger word is, how many slots
it filled, how close its main participant stands, how much was inferred from elsewhere). That score
alone does not say how often such events are right; a logistic model over it and a few facts about
the event does. The facts offered are whether its main participant (and all who share its role: every
partner of a partnership) is an organisation the knowledge holds (unknown names are often fragments), whether the event is only rumoured, planned or denied,
whether a person slot stayed empty ("X公司高管离职"), and the event's type; the fit keeps only those
that make its chances better on articles it was not fitted on, and scales its weights to hold there.
The weights (``calibration`` in ``events.yaml``) are fitted on the real-news dev split by
``bench/calibrate_events.py``, which also prints the reliability table: the goal is that events
above :data:`RELIABLE` are right at least 90% of the time.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from newsgraph.ingest.records import Entity, Event

#: Confidence above which events should be right at least 90% of the time (the goal of the calibration).
RELIABLE = 0.8


@dataclass(frozen=True, slots=True)
class Calibration:
    """Weights of the logistic model: a bias, one weight per feature, one per event type."""

    bias: float
    weights: Mapping[str, float]
    types: Mapping[str, float]

    def probability(self, features: Mapping[str, float], event_type: str) -> float:
        """The calibrated chance, rounded for display."""
        z = self.bias + self.types.get(event_type, 0.0)
        z += sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return round(1.0 / (1.0 + math.exp(-z)), 3)


def features(event: Event, entities: Mapping[str, Entity], report: float) -> dict[str, float]:
    """The facts the model weighs, from the event, its article's entities and its report score."""
    return {
        "report": report,
        "known": float(_known_parties(event, entities)),
        "not_asserted": float(event.modality != "asserted"),
        "unnamed": float("person" in _slots(event) and event.person is None),
    }


def _known_parties(event: Event, entities: Mapping[str, Entity]) -> bool:
    """Whether the knowledge holds the main participant and everyone sharing its role: one partner it
    does not hold (often a fragment of a name) makes a partnership as doubtful as an unknown subject."""
    participants = event.participants()
    if not participants:
        return False
    role = participants[0][0]
    parties = [entities.get(entity) for slot, entity in participants if slot == role]
    return all(party is not None and party.known for party in parties)


def _slots(event: Event) -> tuple[str, ...]:
    """The slot names of the event's type (imported late: the types read records)."""
    from newsgraph.ingest.event_types import event_type

    return tuple(event_type(event.type).slots)
