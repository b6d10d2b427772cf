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
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.ingest.nlp.candidates import Tokens, doc_text
from newsgraph.ingest.nlp.entities import DECLARED, LATIN_IN_BRACKETS
from newsgraph.ingest.nlp.gazetteer import Gazetteer
from newsgraph.ingest.nlp.knowledge import Knowledge, KnownEntity, Reference, load_knowledge
from newsgraph.ingest.nlp.people import name_parts
from newsgraph.ingest.nlp.scripts import to_simplified
from newsgraph.ingest.records import ENTITY_LABELS, Entity
from spacy.language import Language
from spacy.tokens import Doc, Span

REFERENCES_KEY = "references"


@dataclass(slots=True)
class _Group:
    """The mentions of one entity found so far."""

    id: str
    label: str
    name: str
    known: bool
    surfaces: list[str] = field(default_factory=list)
    mentions: int = 0
    # How often the article uses each form of the name (Simplified, legal form dropped).
    forms: Counter[str] = field(default_factory=Counter)
    # Whether the article gives the registered name (with its legal form: 星云科技股份有限公司).
    registered: bool = False
    # The short form the article declares for it ("（以下简称“星云微”）"), the name it then goes by.
    declared: str | None = None

    def add(self, surface: str, form: str, registered: bool) -> None:
        self.mentions += 1
        self.forms[form] += 1
        self.registered = self.registered or registered
        if surface not in self.surfaces:
            self.surfaces.append(surface)

    def display_name(self) -> str:
        """The name a reader knows the entity by: a known entity's, else the form the article uses most.

        An article introduces a company by its registered name once ("上海星云微电子科技股份有限公司（以下
        简称“星云微”）") and then calls it by the short form; a reader, and the events and roles, name it
        by the short form. Of forms used equally often the full one wins (中国一汽 over 一汽).
        """
        if self.known or self.label == "Person" or not self.forms:
            return self.name
        if self.declared:
            return self.declared
        most = max(self.forms.values())
        return (
            self.name
            if self.forms[self.name] == most
            else next(f for f, n in self.forms.items() if n == most)
        )


@dataclass(slots=True)
class _Resolution:
    """Working state while one doc is resolved."""

    groups: dict[str, _Group] = field(default_factory=dict)
    # core name -> group id, for short forms of organisation names
    keys: dict[str, str] = field(default_factory=dict)
    # span start -> (label, group id)
    assign: dict[int, tuple[str, str]] = field(default_factory=dict)


class EntityResolver:
    """Gives each entity mention an id and builds the article's entity records."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.references = Gazetteer({r.text: r for r in knowledge.references.values()})

    def __call__(self, doc: Doc) -> Doc:
        spans = [s for s in doc.ents if s.label_ in ENTITY_LABELS]
        state = _Resolution()
        # Longest names first, so a short form finds the long form's group.
        for span in sorted(spans, key=lambda s: s.start_char - s.end_char):
            state.assign[span.start_char] = self._resolve(span, state)
        self._link_latin_aliases(doc, spans, state)
        _link_declared_short_forms(doc, spans, state, self.knowledge)
        _link_opening_short_forms(spans, state, self.knowledge)
        doc.ents = [self._resolved_span(doc, span, state) for span in doc.ents]
        original = doc._.text_original
        for span in doc.ents:
            if span._.entity_id:
                text = span.text.strip()
                form = self.knowledge.strip_legal_form(text)
                state.groups[span._.entity_id].add(
                    original[span.start_char : span.end_char], form, form != text
                )
        self._add_named_parents(state)
        doc._.entities = {gid: self._record(g) for gid, g in state.groups.items() if g.mentions}
        doc.spans[REFERENCES_KEY] = self._references(doc, state.groups)
        return doc

    def _resolve(self, span: Span, state: _Resolution) -> tuple[str, str]:
        """(label, id) of one mention, creating its group when it is the first."""
        known_id = span._.entity_id or self._known_spelling(span)
        if known_id:
            entity = self.knowledge.entities[known_id]
            state.groups.setdefault(entity.id, _Group(entity.id, entity.label, entity.name, known=True))
            return entity.label, entity.id
        name = span.text.strip()
        if span.label_ == "Person":
            name = _full_name(name, state) or name
            gid = self.knowledge.entity_id("Person", name)
            state.groups.setdefault(gid, _Group(gid, "Person", name, known=False))
            return "Person", gid
        keys = self._org_keys(span)
        for key in keys:
            if key in state.keys:
                gid = state.keys[key]
                return state.groups[gid].label, gid
        gid = self.knowledge.entity_id(span.label_, name)
        state.groups.setdefault(gid, _Group(gid, span.label_, self.knowledge.strip_legal_form(name), False))
        for key in keys:
            state.keys.setdefault(key, gid)
        return span.label_, gid

    def _known_spelling(self, span: Span) -> str | None:
        """The known organisation a found name spells exactly (not an ordinary word's spelling).

        The dictionary lookup itself refuses a short name LAC glued to a verb (加盟 + 依图 read as
        one word), but once a recogniser has found that name on its own, it is the known one.
        """
        name = span.text.strip()
        entity_id = None if span.label_ == "Person" else self.knowledge.entity_names.get(name)
        return entity_id if entity_id and not self.knowledge.is_ambiguous(name, entity_id) else None

    def _org_keys(self, span: Span) -> list[str]:
        return self.knowledge.name_keys(span.text.strip())

    def _link_latin_aliases(self, doc: Doc, spans: list[Span], state: _Resolution) -> None:
        """依图科技（Yitu）: an unknown Latin name in brackets is the entity named before it. A person's
        other name in brackets after theirs (杨志远（Yang Zhiyuan）, John Smith（约翰·史密斯）) is theirs,
        with every mention of it (Yang alone later)."""
        by_start = {s.start_char: s for s in spans}
        text = doc_text(doc)
        for span in spans:
            if span.label_ == "Person":
                self._link_glossed_person(text, span, by_start, state)
                continue
            found = LATIN_IN_BRACKETS.match(text, span.end_char)
            latin = by_start.get(found.start(1)) if found else None
            if latin is None or latin.end_char != found.end(1) or latin.label_ == "Person":
                continue
            if not state.groups[state.assign[latin.start_char][1]].known:
                state.assign[latin.start_char] = state.assign[span.start_char]

    @staticmethod
    def _link_glossed_person(text: str, person: Span, by_start: dict[int, Span], state: _Resolution) -> None:
        """The person named alone in brackets right after ``person`` is them, with all its mentions."""
        opening = _OPENING_BRACKET.match(text, person.end_char)
        gloss = by_start.get(opening.end()) if opening else None
        if gloss is None or gloss.label_ != "Person" or not _CLOSING_BRACKET.match(text, gloss.end_char):
            return
        gid = state.assign[gloss.start_char][1]
        if gid != state.assign[person.start_char][1]:
            moved = [start for start, (_, group) in state.assign.items() if group == gid]
            state.assign.update(dict.fromkeys(moved, state.assign[person.start_char]))

    def _add_named_parents(self, state: _Resolution) -> None:
        """The parent a unit's name begins with is named too: 港交所 of 港交所主板, 上交所 of 上交所科创板, 清华大学 of
        清华大学计算机系, 华为 of 华为诺亚方舟实验室. The mention is one span, the unit's, yet a reader sees the
        parent in it; and records leave boards out (a board is a venue), so without this an exchange named only
        with its board would be lost from the article. Only units a parent's name opens as a place opens a
        street (``_UNITS_NAMED_AFTER_PARENT``): a firm named after its group (腾讯音乐) is a firm of its own."""
        for group in list(state.groups.values()):
            known = self.knowledge.entities.get(group.id) if group.known else None
            if known is None or known.kind not in _UNITS_NAMED_AFTER_PARENT:
                continue
            parent = self.knowledge.entities.get(known.parent or "")
            for surface in group.surfaces if parent is not None else ():
                named = _parent_named_in(parent, to_simplified(surface))
                if named is not None:
                    kept = state.groups.setdefault(
                        parent.id, _Group(parent.id, parent.label, parent.name, known=True)
                    )
                    kept.add(surface[: len(named)], named, registered=False)

    @staticmethod
    def _resolved_span(doc: Doc, span: Span, state: _Resolution) -> Span:
        if span.start_char not in state.assign:
            return span
        label, gid = state.assign[span.start_char]
        resolved = Span(doc, span.start, span.end, label=label)
        resolved._.entity_id = gid
        return resolved

    def _record(self, group: _Group) -> Entity:
        known = self.knowledge.entities.get(group.id) if group.known else None
        name = self._without_place(group, group.display_name())
        return Entity(
            id=group.id,
            label=group.label,
            name=name,
            aliases=[s for s in dict.fromkeys([group.name, *group.surfaces]) if s != name],
            mentions=group.mentions,
            name_en=known.name_en if known else "",
            tickers=list(known.tickers) if known else [],
            parent=known.parent if known else None,
            known=group.known,
            kind=known.kind if known else "",
        )

    def _without_place(self, group: _Group, name: str) -> str:
        """A registered name without the place it was registered in (苏州星云科技股份有限公司 -> 星云科技):
        the place is part of the legal name, not of the name the company goes by."""
        if group.known or not group.registered or name != group.name:
            return name
        place = self.knowledge.place_of(name)
        rest = name[len(place) :]
        # What is left must still name someone: 广州 + 证券股份有限公司 and 杭州市 + 电力工程设计院有限公司 leave a
        # line of business.
        named = (
            len(self.knowledge.core_name(rest)) >= 2
            and not self.knowledge.is_generic(rest, placed=False)
            and not self.knowledge.names_a_line(rest)
        )
        return rest if named else name

    def _references(self, doc: Doc, groups: dict[str, _Group]) -> list[Span]:
        """Reference words, each with the organisation it most likely means (see :func:`_antecedent`)."""
        tokens = Tokens(doc)
        taken = bytearray(len(tokens.text))
        for span in doc.ents:
            taken[span.start_char : span.end_char] = b"\x01" * (span.end_char - span.start_char)
        # A records database only tells where the news comes from (X信息显示，…公司董事): never the topic.
        sources = self.knowledge.record_sources
        entities = [
            (s.start_char, s.end_char, groups[s._.entity_id])
            for s in doc.ents
            if s._.entity_id in groups
            and groups[s._.entity_id].name not in sources
            and not self._cited(tokens.text, s.start_char, s.end_char)
        ]
        starts = [start for start, _, _ in entities]
        sentences = [tokens.starts[i] for i, first in enumerate(tokens.sent_starts) if first]
        found: list[Span] = []
        for match in self.references.finditer(tokens.text):
            reference: Reference = match.value
            if taken.find(1, match.start, match.end) != -1:
                continue
            if reference.standalone and not tokens.aligned(match.start, match.end):
                continue
            sentence = bisect_right(sentences, match.start) - 1
            scopes = (
                sentences[sentence] if sentence >= 0 else 0,
                sentences[sentence - 1] if sentence >= 1 else 0,
            )
            earlier = entities[: bisect_right(starts, match.start - 1)]
            if tokens.text[: match.start].rstrip().endswith(self.knowledge.left_with):
                earlier = self._without_destinations(earlier, tokens.text)
                joined = None
            else:
                joined = self._joined_by_subject(earlier, reference, scopes[0], tokens.text)
            target = joined or _antecedent(
                earlier, reference, scopes, sentences, tokens.text, self.knowledge.copulas
            )
            if target is not None:
                span = doc.char_span(match.start, match.end, label=target.label, alignment_mode="expand")
                span._.entity_id = target.id
                found.append(span)
        return found

    def _cited(self, text: str, start: int, end: int) -> bool:
        """Whether the organisation at ``start:end`` is cited as the source of the report (据36氪报道，; 36氪获悉，),
        not the one that told the reporter (记者从星云科技获悉): a later 公司 means the company reported on."""
        informant = text[:start].rstrip().endswith(self.knowledge.informant_before)
        return text.startswith(self.knowledge.cited_after, self._past_lead(text, end)) and not informant

    def _past_lead(self, text: str, at: int) -> int:
        """Where the words after a source's name that may stand before its cited word (``cited_lead``: its
        title mark's close, 记者, 日前) end."""
        lead = self.knowledge.cited_lead
        while True:
            while at < len(text) and text[at].isspace():
                at += 1
            word = next((w for w in lead if text.startswith(w, at)), None)
            if word is None:
                return at
            at += len(word)

    def _joined_by_subject(
        self, earlier: list[tuple[int, int, _Group]], reference: Reference, sentence_start: int, text: str
    ) -> _Group | None:
        """The organisation a sentence about a person says they joined or founded, the last one, when the
        person opens the sentence and no one else is named after it ("张伟曾在A公司工作，2022年加入B公司，担任公司
        副总裁": B): a career moves on, and the company a later reference word means is the one it reached, not
        the topic the sentence's first organisation would be (A, only where the person was)."""
        scoped = [e for e in earlier if e[0] >= sentence_start]
        if not scoped or scoped[0][2].label != "Person":
            return None
        joined = self.knowledge.joined_with + self.knowledge.founded_with
        for start, _, group in reversed(scoped[1:]):
            if group.label == "Person":
                return None
            if _fits(reference, group) and text[:start].rstrip().endswith(joined):
                return group
        return None

    def _without_destinations(
        self, earlier: list[tuple[int, int, _Group]], text: str
    ) -> list[tuple[int, int, _Group]]:
        """``earlier`` less the organisations another person joined, named after a joining word with a person
        named after them ("吴强离开，随后加盟X；郑宇也告别公司"): where one of those leaving went is not the
        company a later one leaves. The one who joins may leave it again ("张三加盟X，一年后离开公司": X)."""
        joined = self.knowledge.joined_with
        return [
            (start, end, group)
            for i, (start, end, group) in enumerate(earlier)
            if group.label == "Person"
            or not text[:start].rstrip().endswith(joined)
            or not any(later.label == "Person" for _, _, later in earlier[i + 1 :])
        ]


# Kinds of known units whose names open with their parent's (上交所 + 科创板, 清华大学 + 计算机系, 工信部 + 电子信息司).
_UNITS_NAMED_AFTER_PARENT = frozenset({"board", "lab", "university", "regulator", "government"})
# The shortest rest of a unit's name after its parent's: 阿里 + 云 is one word, no parent named in it.
_MIN_UNIT_REST = 2
# The brackets around another name of the one before them (杨志远（Yang Zhiyuan）).
_OPENING_BRACKET = re.compile(r"\s*[（(]\s*")
_CLOSING_BRACKET = re.compile(r"\s*[）)]")


def _parent_named_in(parent: KnownEntity, unit: str) -> str | None:
    """The longest spelling of ``parent`` that a unit's name (Simplified) begins with, the unit's own words after it."""
    spellings = [to_simplified(s) for s in (parent.name, *parent.aliases)]
    return max(
        (s for s in spellings if unit.startswith(s) and len(unit) - len(s) >= _MIN_UNIT_REST),
        key=len,
        default=None,
    )


def _full_name(part: str, state: _Resolution) -> str | None:
    """The one foreign person of the article with ``part`` as a part of their name (Murati, Mira: Mira
    Murati; 史密斯: 约翰·史密斯); None when none or several are (two Smiths)."""
    full = {g.name for g in state.groups.values() if g.label == "Person" and part in name_parts(g.name)}
    return full.pop() if len(full) == 1 else None


def _link_declared_short_forms(doc: Doc, spans: list[Span], state: _Resolution, knowledge: Knowledge) -> None:
    """Every mention of a short form an organisation declares is that organisation, whatever the
    recogniser took it for (a short form reads like a person's name: 沁恒微); a short form declared for a
    role (简称“标的公司”, “发行人”: :meth:`Knowledge.is_declared_role`) names no one, and not the organisation.
    A known short form keeps its entity, and an unknown full name declaring it is that entity too: the
    article names one organisation, not two."""
    by_start = {s.start_char: s for s in spans}
    declared: dict[str, tuple[str, str]] = {}
    text = doc.text  # joins every token anew on each read
    for span in spans:
        found = DECLARED.match(text, span.end_char)
        short = by_start.get(found.end()) if found else None
        if short is None or span.label_ == "Person" or knowledge.is_declared_role(short.text):
            continue
        if state.groups[state.assign[short.start_char][1]].known:
            if not state.groups[state.assign[span.start_char][1]].known:
                state.assign[span.start_char] = state.assign[short.start_char]
        else:
            declared[short.text] = state.assign[span.start_char]
            state.groups[declared[short.text][1]].declared = short.text
    for span in spans:
        if span.text in declared and not state.groups[state.assign[span.start_char][1]].known:
            state.assign[span.start_char] = declared[span.text]


def _link_opening_short_forms(spans: list[Span], state: _Resolution, knowledge: Knowledge) -> None:
    """Every mention of a short form the recogniser read as an unknown firm's (星云 + 董事会 after 星云方舟:
    ``span._.canonical`` names the firm, see ``EntityRecognizer._with_short_forms``) is that firm, however else it
    was found: the article names one firm, not two. Not a short form that is a known entity's name."""
    fulls: dict[str, str] = {}
    for span in spans:
        keys = knowledge.name_keys(span._.canonical) if span._.canonical and span.label_ != "Person" else []
        if keys and keys[0] in state.keys:
            fulls.setdefault(span.text.strip(), state.keys[keys[0]])
    for span in spans:
        label, gid = state.assign[span.start_char]
        full = fulls.get(span.text.strip())
        if full and label != "Person" and not state.groups[gid].known:
            state.assign[span.start_char] = (state.groups[full].label, full)


def _antecedent(
    before: list[tuple[int, int, _Group]],
    reference: Reference,
    scopes: tuple[int, int],
    sentences: list[int],
    text: str,
    copulas: tuple[str, ...],
) -> _Group | None:
    """The entity a reference word means, among the entities ``before`` it (start, end, group).

    Chinese news refers back to the topic: the first fitting entity of the
    reference's own sentence, else the first of the previous sentence (their
    subjects, usually), else the first of the last sentence further back that
    names one: a sentence's tail names its investors, customers and rivals
    ("X获得A、B和C的投资。…公司CFO": X), never the company it is about. A topic
    that only modifies a later entity of its clause is not the head
    ("与A竞争多年的B，其…", "A投资的B宣布，其…": B; see :func:`_head`).
    """
    fitting = [(start, end, group) for start, end, group in before if _fits(reference, group)]
    if reference.order is not None:
        return _of_last_two(fitting, reference.order)
    sentence_start, previous_start = scopes
    for scope_start, scope_end in ((sentence_start, None), (previous_start, sentence_start)):
        scoped = [f for f in fitting if f[0] >= scope_start and (scope_end is None or f[0] < scope_end)]
        if scoped:
            return _head(scoped, text, copulas)
    if not fitting:
        return None
    last_start = sentences[bisect_right(sentences, fitting[-1][0]) - 1] if sentences else 0
    return _head([f for f in fitting if f[0] >= last_start], text, copulas)


def _of_last_two(fitting: list[tuple[int, int, _Group]], order: str) -> _Group | None:
    """The latter or the former of the last two organisations named (A投资了B，后者…: B; 前者: A), or None
    when fewer than two were."""
    last_two: list[_Group] = []
    for _, _, group in reversed(fitting):
        if group not in last_two:
            last_two.append(group)
        if len(last_two) == 2:
            return last_two[0] if order == "latter" else last_two[1]
    return None


# Punctuation ending the clause a topic heads.
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\n]")


def _head(entities: list[tuple[int, int, _Group]], text: str, copulas: tuple[str, ...]) -> _Group:
    """The head of the phrase the first of ``entities`` opens: the last one of its clause that a "的"
    after the first one leads to ("A投资的B": B), else the first. A copula after the 的 ends the phrase
    ("A的大股东是B": B is what A's shareholder is, and A stays the head)."""
    first_end = entities[0][1]
    head = entities[0][2]
    for start, _, group in entities[1:]:
        between = text[first_end:start]
        if _CLAUSE_BREAK.search(between):
            break
        of = between.find("的")
        if of >= 0 and any(copula in between[of:] for copula in copulas):
            break
        if of >= 0:
            head = group
    return head


def _fits(reference: Reference, group: _Group) -> bool:
    if group.label not in reference.labels:
        return False
    return not reference.requires_suffix or group.name.endswith(reference.requires_suffix)


@Language.factory("newsgraph_resolve")
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    """The within-article entity resolver over the project's knowledge files."""
    return EntityResolver(load_knowledge())
