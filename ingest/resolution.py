"""Entity resolution within one article: the ``newsgraph_resolve`` spaCy component.

After it ran, every Company/Organization/Government/Exchange/Person span has
``span._.entity_id``, ``doc._.entities`` maps each id to a
:class:`records.Entity`, and ``doc.spans["references"]`` holds the words that
point back to an organisation (其, 该公司, 该行) with the id they point to.

Ids are stable across articles and runs: the knowledge-file id for known
entities, ``org-<hash>`` of label and core name for other organisations,
``person-<hash>`` of the Simplified name for people. The *core* name drops
legal forms and descriptive suffixes (依图科技有限公司, 依图科技 and 依图 share
the core 依图), so the long and short forms of a name are one node, also when
different articles use different forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.entities import ORG_LABELS, Tokens
from ingest.gazetteer import Gazetteer
from ingest.knowledge import Knowledge, Reference, load_knowledge
from ingest.records import ENTITY_LABELS, Entity, stable_id

REFERENCES_KEY = "references"
_LATIN_IN_PARENS = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z0-9 .&'-]*?)\s*[）)]")
_MIN_CORE_CHARS = 2


@dataclass(slots=True)
class _Group:
    """The mentions of one entity found so far."""

    id: str
    label: str
    name: str
    known: bool
    surfaces: list[str] = field(default_factory=list)
    mentions: int = 0


class EntityResolver:
    """Gives each entity mention an id and builds the article's entity records."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.references = Gazetteer({r.text: r for r in knowledge.references.values()})

    def __call__(self, doc: Doc) -> Doc:
        groups: dict[str, _Group] = {}
        keys: dict[tuple[str, str], str] = {}
        spans = [s for s in doc.ents if s.label_ in ENTITY_LABELS]
        # Longest names first, so a short form finds the long form's group.
        for span in sorted(spans, key=lambda s: s.start_char - s.end_char):
            self._assign(span, groups, keys)
        self._link_latin_aliases(doc, spans, groups)
        original = doc._.text_original or doc.text
        for span in spans:
            group = groups[span._.entity_id]
            group.mentions += 1
            surface = original[span.start_char : span.end_char]
            if surface not in group.surfaces:
                group.surfaces.append(surface)
        doc._.entities = {gid: self._record(g) for gid, g in groups.items()}
        doc.spans[REFERENCES_KEY] = self._references(doc, spans, groups)
        return doc

    def _assign(self, span: Span, groups: dict[str, _Group], keys: dict[tuple[str, str], str]) -> None:
        if span._.entity_id:
            entity = self.knowledge.entities[span._.entity_id]
            groups.setdefault(entity.id, _Group(entity.id, entity.label, entity.name, known=True))
            return
        if span.label_ == "Person":
            name = span.text.strip()
            gid = stable_id(name, prefix="person-")
            groups.setdefault(gid, _Group(gid, "Person", name, known=False))
            span._.entity_id = gid
            return
        for key in self._org_keys(span):
            if (span.label_ in ORG_LABELS and (kind := "org", key) in keys) or (kind := "org", key) in keys:
                gid = keys[(kind, key)]
                span._.entity_id = gid
                span.label_ = groups[gid].label
                return
        core = self.knowledge.core_name(span.text.strip())
        gid = stable_id(span.label_, core, prefix="org-")
        name = self.knowledge.strip_legal_form(span.text.strip())
        groups.setdefault(gid, _Group(gid, span.label_, name, known=False))
        for key in self._org_keys(span):
            keys.setdefault(("org", key), gid)
        span._.entity_id = gid

    def _org_keys(self, span: Span) -> list[str]:
        """The names under which a shorter mention may refer to this organisation.

        The core name (依图 for 依图科技有限公司), and the core without a leading
        place name (字节跳动 for 北京字节跳动科技有限公司).
        """
        core = self.knowledge.core_name(span.text.strip())
        keys = [core] if len(core) >= _MIN_CORE_CHARS else []
        first = span[0]
        if first.tag_ == "LOC" and len(span) > 1:
            rest = self.knowledge.core_name(span.text[len(first.text) :].strip())
            if len(rest) >= _MIN_CORE_CHARS:
                keys.append(rest)
        return keys

    def _link_latin_aliases(self, doc: Doc, spans: list[Span], groups: dict[str, _Group]) -> None:
        """依图科技（Yitu）: the Latin name in brackets is the same entity as the name before it."""
        by_start = {s.start_char: s for s in spans}
        for span in spans:
            found = _LATIN_IN_PARENS.match(doc.text, span.end_char)
            if not found:
                continue
            latin = by_start.get(found.start(1))
            if latin is not None and latin.end_char == found.end(1) and latin._.entity_id != span._.entity_id:
                if not groups[latin._.entity_id].known and latin.label_ != "Person":
                    groups.pop(latin._.entity_id, None)
                    latin._.entity_id = span._.entity_id
                    latin.label_ = span.label_

    def _record(self, group: _Group) -> Entity:
        known = self.knowledge.entities.get(group.id) if group.known else None
        return Entity(
            id=group.id,
            label=group.label,
            name=group.name,
            aliases=[s for s in group.surfaces if s != group.name],
            mentions=group.mentions,
            name_en=known.name_en if known else "",
            tickers=list(known.tickers) if known else [],
            parent=known.parent if known else None,
            known=group.known,
        )

    def _references(self, doc: Doc, spans: list[Span], groups: dict[str, _Group]) -> list[Span]:
        """Reference words, each pointing to the nearest fitting entity before it."""
        tokens = Tokens(doc)
        taken = bytearray(len(doc.text))
        for span in doc.ents:
            taken[span.start_char : span.end_char] = b"\x01" * (span.end_char - span.start_char)
        ordered = sorted(spans, key=lambda s: s.start_char)
        found: list[Span] = []
        for match in self.references.finditer(doc.text):
            reference: Reference = match.value
            if taken.find(1, match.start, match.end) != -1 or not self._fits_words(reference, tokens, match):
                continue
            target = _antecedent(ordered, match.start, reference, groups)
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if target is not None and span is not None:
                span = Span(doc, span.start, span.end, label=groups[target].label)
                span._.entity_id = target
                found.append(span)
        return found

    @staticmethod
    def _fits_words(reference: Reference, tokens: Tokens, match: object) -> bool:
        start, end = match.start, match.end  # type: ignore[attr-defined]
        return not reference.standalone or (start in tokens.start_set and end in tokens.end_set)


def _antecedent(
    ordered: list[Span], position: int, reference: Reference, groups: dict[str, _Group]
) -> str | None:
    """The id of the closest entity before ``position`` that the reference word can mean."""
    for span in reversed(ordered):
        if span.end_char > position:
            continue
        group = groups.get(span._.entity_id)
        if group is None or group.label not in reference.labels:
            continue
        if reference.requires_suffix and not group.name.endswith(reference.requires_suffix):
            continue
        return group.id
    return None


@Language.factory("newsgraph_resolve")
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    """The within-article entity resolver over the project's knowledge files."""
    return EntityResolver(load_knowledge())
