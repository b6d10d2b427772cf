"""The NLP facade: text in, :class:`records.Extraction` out.

:class:`Extractor` owns the spaCy pipeline (LAC tokenizer with sentences,
entities, resolution, roles, and the events component when
:mod:`newsgraph.ingest.nlp.events.component` provides one) and hides spaCy from the later stages.

Long articles are cut at paragraph boundaries into chunks of bounded size,
processed as separate docs and stitched back (offsets shifted, entities
merged by id), so memory and time per document stay bounded whatever its
length; a document whose chunks take longer than the time limit keeps what
was extracted so far. A batch that fails is redone one chunk at a time, so
one bad document loses only itself.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from multiprocessing import get_context

# Importing the component modules registers their factories with spaCy.
import newsgraph.ingest.nlp.entities
import newsgraph.ingest.nlp.events.component
import newsgraph.ingest.nlp.recogniser.component
import newsgraph.ingest.nlp.resolution
import newsgraph.ingest.nlp.roles  # noqa: F401
from newsgraph.ingest.nlp.language import blank_nlp, pack_sentences
from newsgraph.ingest.records import Article, Byline, Entity, Extraction, Mention
from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

MAX_CHUNK_CHARS = 20_000
MAX_DOCUMENT_CHARS = 2_000_000
# A group of chunks runs as one nlp.pipe call; time limits are checked between groups, so a group
# holds at most two chunks' worth of characters (about two seconds of LAC) however small its chunks.
TIME_LIMIT_SECONDS = 120.0
EVENTS_FACTORY = "newsgraph_events"
#: Entity recognisers a pipeline can be built with: the trained model weighed by the rules, or the rules alone.
RECOGNISERS = ("combined", "rules")
_PARAGRAPHS = re.compile(r"[^\n]*\n*")


@dataclass(frozen=True, slots=True)
class Document:
    """One text to extract from."""

    doc_id: str
    text: str
    published: date | None = None
    title: str = ""

    @classmethod
    def of(cls, item: Document | Article) -> Document:
        if isinstance(item, Document):
            return item
        return cls(item.id, item.text, item.published_date, item.title)


@dataclass(frozen=True, slots=True)
class _Chunk:
    document: int
    offset: int
    text: str


def build_pipeline(recogniser: str | None = None) -> Language:
    """The full spaCy pipeline: entities (the trained model's, then the rules'), their resolution, roles, events.

    ``recogniser`` (default: the NEWSGRAPH_RECOGNISER setting, else ``combined``) picks one of
    :data:`RECOGNISERS`; ``rules`` leaves the trained model out, for comparison.
    """
    recogniser = recogniser or os.environ.get("NEWSGRAPH_RECOGNISER") or RECOGNISERS[0]
    if recogniser not in RECOGNISERS:
        raise ValueError(f"unknown entity recogniser {recogniser!r}: one of {', '.join(RECOGNISERS)}")
    nlp = blank_nlp(keep_scores=recogniser == "combined")
    if recogniser == "combined":
        nlp.add_pipe("newsgraph_model_entities")
    for name in ("newsgraph_entities", "newsgraph_resolve", "newsgraph_roles"):
        nlp.add_pipe(name)
    nlp.add_pipe(EVENTS_FACTORY)
    return nlp


def _groups(chunks: list[_Chunk], max_count: int, max_chars: int) -> Iterator[list[_Chunk]]:
    """Consecutive chunks, at most ``max_count`` and about ``max_chars`` characters a group."""
    group: list[_Chunk] = []
    size = 0
    for chunk in chunks:
        if group and (len(group) >= max_count or size + len(chunk.text) > max_chars):
            yield group
            group, size = [], 0
        group.append(chunk)
        size += len(chunk.text)
    if group:
        yield group


class Extractor:
    """Extracts mentions, entities, roles and events from article texts."""

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        max_chunk_chars: int = MAX_CHUNK_CHARS,
        max_document_chars: int = MAX_DOCUMENT_CHARS,
        time_limit: float = TIME_LIMIT_SECONDS,
        recogniser: str | None = None,
    ) -> None:
        self.recogniser = recogniser
        self.nlp = nlp or build_pipeline(recogniser=recogniser)
        self.max_chunk_chars = max_chunk_chars
        self.max_document_chars = max_document_chars
        self.time_limit = time_limit

    def extract(self, text: str, doc_id: str, published: date | None = None, title: str = "") -> Extraction:
        """Everything found in one text; offsets point into ``text``."""
        return next(self.extract_many([Document(doc_id, text, published, title)]))

    def extract_many(
        self, items: Iterable[Document | Article], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Extraction]:
        """Extractions in input order; ``n_process`` > 1 spreads batches over worker processes."""
        documents = (Document.of(item) for item in items)
        if n_process > 1:
            yield from _in_processes(documents, batch_size, n_process, self)
            return
        while batch := list(islice(documents, batch_size)):
            yield from self._extract_batch(batch, batch_size)

    def _extract_batch(self, documents: list[Document], batch_size: int) -> Iterator[Extraction]:
        chunks = [c for i, d in enumerate(documents) for c in self._chunks(i, d)]
        parts: list[list[Extraction]] = [[] for _ in documents]
        started: dict[int, float] = {}
        for group in _groups(chunks, batch_size, 2 * self.max_chunk_chars):
            group = [c for c in group if self._in_time(c, documents, started)]
            for chunk, doc in zip(group, self._run(group, documents), strict=True):
                if doc is not None:
                    parts[chunk.document].append(
                        _extraction(doc, documents[chunk.document].doc_id, chunk.offset)
                    )
        for document, found in zip(documents, parts, strict=True):
            yield _merge(document.doc_id, found)

    def _chunks(self, index: int, document: Document) -> list[_Chunk]:
        text = document.text
        if len(text) > self.max_document_chars:
            log.warning(
                "%s: %d characters, only the first %d are read",
                document.doc_id,
                len(text),
                self.max_document_chars,
            )
            text = text[: self.max_document_chars]
        return [
            _Chunk(index, start, text[start:end]) for start, end in chunk_bounds(text, self.max_chunk_chars)
        ]

    def _in_time(self, chunk: _Chunk, documents: list[Document], started: dict[int, float]) -> bool:
        """Whether the chunk's document is still within its time limit (its first chunk always is)."""
        if chunk.document not in started:
            started[chunk.document] = time.monotonic()
            return True
        if time.monotonic() - started[chunk.document] <= self.time_limit:
            return True
        log.warning(
            "%s: time limit of %.0f s reached, text from offset %d skipped",
            documents[chunk.document].doc_id,
            self.time_limit,
            chunk.offset,
        )
        return False

    def _run(self, chunks: list[_Chunk], documents: list[Document]) -> list[Doc | None]:
        """A processed doc per chunk; a failing batch is redone chunk by chunk (None if it fails alone)."""
        try:
            return list(self.nlp.pipe(self._make_docs(chunks, documents), batch_size=len(chunks) or 1))
        except Exception:
            log.warning("a batch of %d chunks failed; retrying one at a time", len(chunks))
        return [self._run_one(chunk, documents) for chunk in chunks]

    def _run_one(self, chunk: _Chunk, documents: list[Document]) -> Doc | None:
        """One chunk alone; if the events component fails on it, its entities and roles are still kept."""
        doc_id = documents[chunk.document].doc_id
        try:
            return self.nlp(self._make_docs([chunk], documents)[0])
        except Exception as exc:
            log.error("%s: extraction failed at offset %d: %s", doc_id, chunk.offset, exc)
        if EVENTS_FACTORY not in self.nlp.pipe_names:
            return None
        try:
            with self.nlp.select_pipes(disable=[EVENTS_FACTORY]):
                return self.nlp(self._make_docs([chunk], documents)[0])
        except Exception as exc:
            log.error("%s: extraction without events failed at offset %d: %s", doc_id, chunk.offset, exc)
        return None

    def _make_docs(self, chunks: list[_Chunk], documents: list[Document]) -> list[Doc]:
        """Tokenized docs carrying what later components need (publication date, title)."""
        docs = list(self.nlp.tokenizer.pipe([c.text for c in chunks], batch_size=len(chunks) or 1))
        for doc, chunk in zip(docs, chunks, strict=True):
            doc._.published = documents[chunk.document].published
            doc._.title = documents[chunk.document].title
        return docs


def chunk_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) pieces of ``text`` of at most ``max_chars``, cut between paragraphs when possible."""
    bounds: list[tuple[int, int]] = []
    start = end = 0
    for paragraph in _PARAGRAPHS.finditer(text):
        p_start, p_end = paragraph.span()
        if p_end - start > max_chars and end > start:
            bounds.append((start, end))
            start = end
        if p_end - p_start > max_chars:
            pieces = [(s, e) for s, e, _ in pack_sentences(text, p_start, p_end, max_chars)]
            bounds += pieces[:-1]
            start = pieces[-1][0]
        end = p_end
    if end > start or not bounds:
        bounds.append((start, end))
    return bounds


def _extraction(doc: Doc, doc_id: str, offset: int) -> Extraction:
    """The records of one processed doc, with offsets shifted by ``offset``."""
    original = doc._.text_original
    mentions = [
        Mention(
            s.label_,
            original[s.start_char : s.end_char],
            s.start_char + offset,
            s.end_char + offset,
            s._.entity_id,
        )
        for s in doc.ents
    ]
    roles = [replace(r, start=r.start + offset, end=r.end + offset) for r in doc._.roles]
    events = [replace(e, start=e.start + offset, end=e.end + offset) for e in doc._.events or []]
    entities = [replace(e, aliases=list(e.aliases)) for e in doc._.entities.values()]
    return Extraction(
        doc_id, mentions, entities, roles, events, doc._.script, byline=doc._.byline or Byline()
    )


def _merge(doc_id: str, parts: list[Extraction]) -> Extraction:
    """One extraction from the extractions of a document's chunks."""
    if len(parts) == 1:
        return parts[0]
    merged = Extraction(doc_id, script=_merged_script([p.script for p in parts]))
    entities: dict[str, Entity] = {}
    for part in parts:
        merged.mentions += part.mentions
        merged.roles += part.roles
        merged.events += part.events
        merged.byline = merged.byline.merged(part.byline)
        for entity in part.entities:
            _merge_entity(entities, entity)
    merged.entities = list(entities.values())
    return merged


def _merge_entity(entities: dict[str, Entity], entity: Entity) -> None:
    kept = entities.setdefault(entity.id, replace(entity, aliases=[], mentions=0))
    kept.mentions += entity.mentions
    kept.aliases += [a for a in entity.aliases if a not in kept.aliases]


def _merged_script(scripts: list[str]) -> str:
    return scripts[0] if len(set(scripts)) == 1 else "mixed"


# Worker processes each build their own pipeline: the model cannot be pickled.
_worker: Extractor | None = None


def _start_worker(
    max_chunk_chars: int, max_document_chars: int, time_limit: float, recogniser: str | None
) -> None:
    global _worker
    _worker = Extractor(
        max_chunk_chars=max_chunk_chars,
        max_document_chars=max_document_chars,
        time_limit=time_limit,
        recogniser=recogniser,
    )


def _work(batch: list[Document]) -> list[Extraction]:
    assert _worker is not None
    return list(_worker.extract_many(batch, batch_size=len(batch)))


def _in_processes(
    documents: Iterator[Document], batch_size: int, n_process: int, parent: Extractor
) -> Iterator[Extraction]:
    """Batches spread over worker processes, results in input order, at most two batches per worker ahead."""
    settings = (parent.max_chunk_chars, parent.max_document_chars, parent.time_limit, parent.recogniser)
    with ProcessPoolExecutor(n_process, get_context("spawn"), _start_worker, settings) as pool:
        pending: deque[Future[list[Extraction]]] = deque()
        while batch := list(islice(documents, batch_size)):
            pending.append(pool.submit(_work, batch))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
