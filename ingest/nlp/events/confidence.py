"""What an event's confidence means: the estimated chance that the event is right.

Each report first gets a score from its sentence alone (how sure the trigger word is, how many slots
it filled, how close its main participant stands, how much was inferred from elsewhere). That score
alone does not say how often such events are right; a logistic model over it and a few facts about
the event does. The facts offered are whether its main participant (and all who share its role: every
partner of a partnership) is an organisation the knowledge holds (unknown names are often fragments),
whether the event is only rumoured, planned or denied, whether a person slot stayed empty ("X公司高管离职"),
whether its sentence is long or gave other events too, whether its main participant is named again in the
article, and the event's type. None names a word the rules were tuned on.

``bench/calibrate_events.py`` fits the weights (``calibration`` in ``events.yaml``) on the dev splits of
four sources (real news, real news with its companies renamed, DuEE, DuEE-Fin). The rules were tuned on
those splits, real news most, so a fit judged on its own source learns that source's optimism: the bench
keeps only the facts that make its chances better on sources it was not fitted on, scales its weights to
hold there, and takes unseen news to be as hard for the rules as the hardest source. It also prints the
reliability tables: the goal is that events above :data:`RELIABLE` are right at least 90% of the time on
news the rules never saw. The shipped weights are still those of the fit on real-news dev alone (see the
comment in ``events.yaml``): on the sources they were not fitted on, they hold as well as the new fit's
and put fewer events above :data:`RELIABLE`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsgraph.ingest.records import Entity, Event

#: Characters above which an event's sentence counts as long: many clauses, many words that may be misread.
LONG_SENTENCE = 80

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


def features(
    event: Event,
    entities: Mapping[str, Entity],
    report: float,
    article: Sequence[Event] = (),
    names: Iterable[str] | None = None,
) -> dict[str, float]:
    """The facts the model weighs, from the event, its article's entities and events and its report score: those
    of ``names`` (the shipped model's inputs, so extraction computes no fact it does not weigh), else every fact
    the bench may offer the fit.

    Besides the report score, only facts of a sentence's shape and of what the article says elsewhere:
    none names a word the rules were tuned on, so what they are worth carries over to unseen news."""
    wanted = _FACTS if names is None else names
    return {name: float(_FACTS[name](event, entities, report, article)) for name in wanted}


def _crowded(event: Event, article: Sequence[Event]) -> bool:
    """Whether the event's sentence gave another event as well: a sentence read as several events
    often has one of them read from a word that only resembles a trigger."""
    return any(
        other is not event and (other.start, other.end) == (event.start, event.end) for other in article
    )


def _repeated(event: Event, entities: Mapping[str, Entity]) -> bool:
    """Whether the main participant is named more than once in the article: the article's subject is,
    a fragment of a name read beside the trigger seldom is."""
    participants = event.participants()
    party = entities.get(participants[0][1]) if participants else None
    return party is not None and party.mentions > 1


def _known_parties(event: Event, entities: Mapping[str, Entity]) -> bool:
    """Whether the knowledge holds the main participant and everyone sharing its role: one partner it
    does not hold (often a fragment of a name) makes a partnership as doubtful as an unknown subject."""
    participants = event.participants()
    if not participants:
        return False
    role = participants[0][0]
    parties = [entities.get(entity) for slot, entity in participants if slot == role]
    return all(party is not None and party.known for party in parties)


#: Each fact the model may weigh, from the event, its article's entities, its report score and the article's events.
_FACTS: dict[str, Callable[[Event, Mapping[str, Entity], float, Sequence[Event]], float | bool]] = {
    "report": lambda event, entities, report, article: report,
    "known": lambda event, entities, report, article: _known_parties(event, entities),
    "not_asserted": lambda event, entities, report, article: event.modality != "asserted",
    "unnamed": lambda event, entities, report, article: "person" in _slots(event) and event.person is None,
    "crowded": lambda event, entities, report, article: _crowded(event, article),
    "long": lambda event, entities, report, article: event.end - event.start > LONG_SENTENCE,
    "repeated": lambda event, entities, report, article: _repeated(event, entities),
}


def _slots(event: Event) -> tuple[str, ...]:
    """The slot names of the event's type (imported late: the types read records)."""
    from newsgraph.ingest.event_types import event_type

    return tuple(event_type(event.type).slots)
