"""Whether a sentence asserts, rumours, plans or denies the event its trigger announces.

A journalist must not read "据悉X将裁员" or "X否认裁员" as a layoff that
happened; the modality travels with every event into the graph. Cue words
and their scopes are data (``events.yaml``); this module only applies the
scopes, with the first matching modality of the file's order winning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsgraph.ingest.nlp.events.rules import Rules
from newsgraph.ingest.nlp.events.sentences import Sentence
from newsgraph.ingest.records import Event

ASSERTED = "asserted"
DENIED = "denied"
RUMORED = "rumored"
PLANNED = "planned"


@dataclass(frozen=True, slots=True)
class TriggerSite:
    """Where a trigger stands in its sentence: what the cue scopes are measured against.

    Offsets are relative to the sentence text; ``names`` are the spans of the
    entity mentions in the sentence, which stop a "near" cue from reaching
    over another participant ("X将Y出售给Z" is not a plan).
    """

    start: int
    end: int
    clause_start: int
    names: Sequence[tuple[int, int]] = ()
    clause_end: int | None = None

    def admits(self, start: int, end: int, scope: str, window: int) -> bool:
        """Whether a cue occupying ``start:end`` stands where ``scope`` requires."""
        if start < self.end and end > self.start:
            return False
        if scope == "sentence":
            return True
        if scope == "after":
            return start >= self.end and (self.clause_end is None or end <= self.clause_end)
        if end > self.start:
            return False
        if scope == "before":
            return True
        if scope == "clause":
            return self.clause_start <= start
        near = self.clause_start <= start and self.start - end <= window
        return near and not any(end <= n_start and n_end <= self.start for n_start, n_end in self.names)


def _occurrences(text: str, word: str) -> list[int]:
    starts, at = [], text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + 1)
    return starts


def modality_of(rules: Rules, text: str, site: TriggerSite) -> str:
    """The modality of the event whose trigger stands at ``site`` in the sentence ``text``."""
    window = int(rules.weights["near_window"])
    for modality in rules.modalities:
        for scope, cues in modality.scoped_cues:
            for cue in cues:
                if any(
                    site.admits(s, s + len(cue), scope, window)
                    and not text.startswith(modality.exceptions, s)
                    and not _broken(rules, text, s + len(cue), site)
                    for s in _occurrences(text, cue)
                ):
                    return modality.name
    return ASSERTED


def _broken(rules: Rules, text: str, cue_end: int, site: TriggerSite) -> bool:
    """Whether a word of contrast stands between a cue before the trigger and the trigger ("…然而他已加入Y")."""
    between = text[cue_end : site.start]
    return cue_end <= site.start and any(word in between for word in rules.modality_breakers)


def deny_back(rules: Rules, reports: list[tuple[Sentence, list[Event]]]) -> list[Event]:
    """The events of all sentences, those a later sentence denies marked denied.

    A journalist reports the rumour first and the denial after it ("网传X将裁员。对此，X发表声明
    否认"): a sentence with a denial cue and no event of its own that it does not deny denies the rumoured or planned
    events of the nearest earlier sentence that has some about an entity it names; naming none,
    a sentence that refers back ("对此", "该消息") denies those of the nearest earlier sentence. A sentence
    whose words name an event type ("就入股传言作出澄清") denies events of that type only.
    What the article asserts is not undone by a denial of something else.
    """
    for index, (sentence, own) in enumerate(reports):
        if any(e.modality != DENIED for e in own) or not any(
            cue in sentence.text for cue in rules.denial_cues
        ):
            continue
        about = _about(rules, sentence.text, {n.entity for n in sentence.names if n.entity})
        target = _denied_report(reports, index, about)
        if target is None and about.named and any(word in sentence.text for word in rules.denial_references):
            about = replace(about, named=frozenset())
            target = _denied_report(reports, index, about)
        if target is not None:
            reports[target] = (
                reports[target][0],
                [replace(e, modality=DENIED) if about.covers(e) else e for e in reports[target][1]],
            )
    return [event for _, events in reports for event in events]


@dataclass(frozen=True, slots=True)
class Denial:
    """What a denying sentence is about: the entities it names and the event types its words name (none: any)."""

    named: frozenset[str]
    types: frozenset[str]

    def covers(self, event: Event) -> bool:
        """A rumoured or planned event of a denied type about a named entity (about anyone when none is named)."""
        involved = {entity for _, entity in event.participants()}
        return (
            event.modality in (RUMORED, PLANNED)
            and (not self.types or event.type in self.types)
            and (not self.named or bool(involved & self.named))
        )


def _about(rules: Rules, text: str, named: set[str]) -> Denial:
    """The denial of a sentence: "就入股传言作出澄清" denies a purchase, not the partnership told before it."""
    types = {g.event_type for m in rules.trigger_pattern.finditer(text) for g in rules.groups_for(m.group())}
    return Denial(frozenset(named), frozenset(types))


def _denied_report(reports: list[tuple[Sentence, list[Event]]], index: int, about: Denial) -> int | None:
    """The sentence whose events the denial at ``index`` answers: the nearest earlier one with events it covers."""
    earlier = [i for i in range(index) if any(about.covers(e) for e in reports[i][1])]
    return earlier[-1] if earlier else None
