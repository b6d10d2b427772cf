"""Sentences and clauses of a text, with the entity mentions inside them.

Events are read sentence by sentence (a sentence is the evidence a
journalist is shown), and arguments are sought first in the trigger's clause,
then in the rest of its sentence. Splitting keeps offsets into the original
text, so the evidence of an event can be cut out of the article exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newsgraph.ingest.nlp.clauses import Edges, phrases, spans

#: How far after a word of taking a post the title it gives may be written (出任星云科技中国区总裁).
TITLE_REACH = 12


@dataclass(frozen=True, slots=True)
class Name:
    """An entity mention: its label, offsets in the document text and resolved entity id.

    ``canonical`` is a title's normalised form (CTO for 首席技术官), so events name roles as roles do.
    """

    label: str
    start: int
    end: int
    text: str
    entity: str | None
    canonical: str | None = None


@dataclass(slots=True)
class Sentence:
    """One sentence of the document text: its offsets, clauses and the mentions inside it."""

    start: int
    end: int
    text: str
    clauses: list[tuple[int, int]]
    names: list[Name] = field(default_factory=list)

    def clause_of(self, position: int) -> tuple[int, int]:
        """The (start, end) document offsets of the clause holding ``position``."""
        for start, end in self.clauses:
            if start <= position < end:
                return start, end
        return self.clauses[-1]

    def slice(self, start: int, end: int) -> str:
        """The sentence text between two document offsets."""
        return self.text[max(start - self.start, 0) : max(end - self.start, 0)]


def title_object(
    names: Sequence[Name],
    text: str,
    start: int,
    end: int,
    former: tuple[str, ...],
    is_org: Callable[[Name], bool],
    offset: int = 0,
) -> Name | None:
    """The title a word of taking a post gives as its object, written between ``start`` (the word's end) and ``end``
    (its clause's): the first title within :data:`TITLE_REACH`, with at most one organisation before it and no one
    named ("出任公司首席财务官", "担任星云科技CTO", "由A、B担任临时共同CEO"); none when a ``former`` word makes it a past
    post ("加入X的还有Y前CTO张伟") or a person's name right after it makes it what describes them ("任命前X院长张伟为CEO").
    ``text`` is the document's from ``offset`` on."""
    after = [n for n in names if start <= n.start < end]
    for seen, name in enumerate(after):
        if name.start - start > TITLE_REACH:
            return None
        if name.label == "Title":
            past = text.startswith(former, start - offset) or text.endswith(former, 0, name.start - offset)
            described = any(n.start == name.end and n.label == "Person" for n in after)
            return None if past or described else name
        if not is_org(name) or seen > 0:
            return None
    return None


def split_sentences(
    text: str, sentence_ends: str, clause_ends: str, names: Iterable[Name] = ()
) -> list[Sentence]:
    """The sentences of ``text``, each with its clauses and the mentions that lie inside it."""
    ordered = sorted(names, key=lambda n: n.start)
    edges = Edges.of((n.label, n.start, n.end) for n in ordered)
    sentences = []
    for start, end in spans(text, 0, len(text), sentence_ends, keep_closers=True):
        clauses = [
            c
            for s, e in spans(text, start, end, clause_ends, keep_closers=False)
            for c in phrases(text, s, e, edges)
        ]
        clauses = clauses or [(start, end)]
        inside = [n for n in ordered if start <= n.start and n.end <= end]
        sentences.append(Sentence(start, end, text[start:end], clauses, inside))
    return sentences
