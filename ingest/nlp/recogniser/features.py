"""What the model sees of each character: ids of its context, LAC's word and the knowledge hits.

The model reads Chinese text one character per token. For each character it gets the character
(digits folded into one), the bigrams to its left and right, LAC's word (its B/I/E/S position and
tag, the word itself), B/I/E/S hits of the knowledge files (known organisations by type, titles,
organisation suffixes by type) and whether it is a surname, plus LAC's tag scores for it. LAC runs
once per text anyway, so all of this costs little at run time.

Ids are stable integers (code points, CRC32 of strings), hashed again by the embedding tables, so
any stable integer will do; they are kept in ``doc.user_data`` (one row per character, one column
per name of :data:`COLUMNS`) next to LAC's scores. The same :class:`CharFeaturizer` fills them for
training (``training/scripts/convert.py``) and inside the pipeline, so the model sees at run time
exactly what it was trained on.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
from newsgraph.ingest.nlp.gazetteer import Gazetteer
from newsgraph.ingest.nlp.knowledge import Knowledge, load_knowledge
from newsgraph.ingest.nlp.language import LAC_OUTPUT_KEY, LacOutput, LacTokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

FEATURES_KEY = "ng_char_features"
SCORES_KEY = "ng_lac_scores"
COLUMNS = ("char", "bigram_left", "bigram_right", "lac", "word", "known_org", "title", "suffix", "surname")
#: Organisation types as the model learnt them (B/I/E/S codes per type). A type the knowledge gains
#: later counts as a company until the model is retrained: all of them are organisations to it.
ORG_KINDS = ("Company", "Exchange", "Government", "Organization")
_BOUNDARY = 0x110000  # past the last code point: the text's start or end in a bigram
# LAC's scores are emissions of order 10; scaled down to the order of the embeddings beside them.
_SCORE_SCALE = 0.1
Words = Sequence[tuple[str, str]]


def _stable_id(text: str) -> int:
    """A process-independent id of a string (Python's hash() is salted per process)."""
    return zlib.crc32(text.encode("utf-8"))


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def _kind(label: str) -> int:
    return ORG_KINDS.index(label) if label in ORG_KINDS else 0


def _bies_codes(length: int, start: int, end: int, kind: int) -> Iterator[tuple[int, int]]:
    """(position, code) for a match at start..end: B/I/E/S of one of several kinds, never 0."""
    if end - start == 1:
        yield start, 4 * kind + 4
        return
    for i in range(start, min(end, length)):
        position = 0 if i == start else 2 if i == end - 1 else 1
        yield i, 4 * kind + position + 1


class CharFeaturizer:
    """Per-character feature ids from a normalised text, LAC's words and the knowledge files."""

    def __init__(self, knowledge: Knowledge | None = None) -> None:
        knowledge = knowledge or load_knowledge()
        self.org_kinds = {e.id: _kind(e.label) for e in knowledge.entities.values()}
        self.known = knowledge.entity_names
        self.titles = knowledge.titles
        self.suffixes = Gazetteer({text: _kind(s.label) for text, s in knowledge.suffixes.items()})
        self.surname_points = np.array(sorted(ord(c) for c in knowledge.surnames if len(c) == 1), np.uint64)

    def features(self, text: str, words: Words) -> np.ndarray:
        """uint64 ids, one row per character of ``text`` and one column per name of COLUMNS."""
        n = len(text)
        points = _code_points(text.lower())
        points = np.where((points >= 48) & (points <= 57), np.uint64(48), points)  # digits are one
        before = np.concatenate(([_BOUNDARY], points[:-1])).astype(np.uint64)
        after = np.concatenate((points[1:], [_BOUNDARY])).astype(np.uint64)
        out = np.zeros((n, len(COLUMNS)), dtype=np.uint64)
        out[:, 0] = points
        out[:, 1] = (before << np.uint64(21)) | points
        out[:, 2] = (points << np.uint64(21)) | after
        out[:, 3], out[:, 4] = _word_columns(words, n)
        out[:, 5] = _matches(text, self.known, self.org_kinds.__getitem__)
        out[:, 6] = _matches(text, self.titles, lambda _: 0)
        out[:, 7] = _matches(text, self.suffixes, int)
        out[:, 8] = np.isin(_code_points(text), self.surname_points)
        return out


def _word_columns(words: Words, n: int) -> tuple[np.ndarray, np.ndarray]:
    """LAC's tag with the character's B/I/E/S position in its word, and the word's id."""
    lac = np.zeros(n, dtype=np.uint64)
    word_ids = np.zeros(n, dtype=np.uint64)
    i = 0
    for word, tag in words:
        size = len(word)
        tag_id = _stable_id(tag) << 2
        if size == 1:
            lac[i] = tag_id | 3
        else:
            lac[i : i + size] = tag_id | 1
            lac[i] = tag_id
            lac[i + size - 1] = tag_id | 2
        word_ids[i : i + size] = _stable_id(word.lower())
        i += size
    return lac, word_ids


def _matches(text: str, gazetteer: Gazetteer, kind: Callable[[Any], int]) -> np.ndarray:
    codes = np.zeros(len(text), dtype=np.uint64)
    for match in gazetteer.finditer(text):
        for i, code in _bies_codes(len(text), match.start, match.end, kind(match.value)):
            codes[i] = code
    return codes


def char_doc(vocab: Vocab, text: str) -> Doc:
    """A doc with one token per character of ``text``: what the model reads."""
    return Doc(vocab, words=list(text), spaces=[False] * len(text))


def set_features(doc: Doc, features: np.ndarray, scores: np.ndarray) -> None:
    """Keep the features and LAC's scores (one row per character) on a character doc."""
    doc.user_data[FEATURES_KEY] = features
    doc.user_data[SCORES_KEY] = scores * _SCORE_SCALE


def featurize(target: Doc, lac: LacOutput, featurizer: CharFeaturizer) -> Words:
    """Set the features of character doc ``target`` from what LAC gave for its text; returns LAC's words.

    Inside the pipeline ``lac`` comes with the doc every component gets, so LAC never runs twice.
    """
    set_features(target, featurizer.features(lac.text, lac.words), lac.scores)
    return lac.words


class Annotator:
    """LAC and the features for raw texts (training data, a standalone model): the pipeline's own LAC."""

    def __init__(self, featurizer: CharFeaturizer | None = None) -> None:
        self.featurizer = featurizer or CharFeaturizer()
        self.tokenizer = LacTokenizer(Vocab(), keep_scores=True)

    def annotate(self, docs: Sequence[Doc]) -> list[Words]:
        """Set the features of character docs (their texts are the original texts); returns LAC's words."""
        lac_docs = self.tokenizer.pipe([doc.text for doc in docs], batch_size=max(len(docs), 1))
        return [
            featurize(doc, lac_doc.user_data[LAC_OUTPUT_KEY], self.featurizer)
            for doc, lac_doc in zip(docs, lac_docs, strict=True)
        ]
