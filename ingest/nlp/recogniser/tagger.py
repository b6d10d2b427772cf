"""The model's component: spaCy's Tagger trained on one BILUO tag per character, read as entities.

Training is the Tagger's own (one softmax per character). At prediction a constrained Viterbi
(:class:`BiluoDecoder`) turns the probabilities into the best *valid* BILUO sequence, so no
fragment (B I O L) is ever returned, and each entity gets a score, the mean probability of its
tags. Faster than spaCy's transition-based ``ner`` (one softmax over all characters at once,
Viterbi only where unsure) and more accurate on CLUENER2020 (see ``training/README.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example
from thinc.api import Model

Found = tuple[int, int, str, float]  # start token, end token, label, score
#: ``doc.user_data`` key of the entities with their scores: (start_char, end_char, label, score).
ENTITY_SCORES_KEY = "ng_entity_scores"


class BiluoDecoder:
    """Best valid BILUO sequences under a tagger's per-token probabilities (Viterbi).

    Greedy argmax tags can be invalid (B I O L): the constrained decoder never returns a
    fragment. It only runs over stretches where "O" is not near certain (widened by a token
    on each side), and over all stretches of a batch at once, so its Python loop runs once
    per position of the longest stretch, not once per character.
    """

    def __init__(self, labels: Sequence[str], certain: float = 0.95) -> None:
        self.labels = list(labels)
        self.outside = self.labels.index("O")
        self.certain = certain
        self.prefixes = [t.partition("-")[0] for t in self.labels]
        self.names = [t.partition("-")[2] for t in self.labels]
        n = len(self.labels)
        allowed = np.zeros((n, n), dtype=bool)
        for x in range(n):
            for y in range(n):
                if self.prefixes[x] in ("B", "I"):
                    allowed[x, y] = self.prefixes[y] in ("I", "L") and self.names[y] == self.names[x]
                else:
                    allowed[x, y] = self.prefixes[y] in ("O", "B", "U")
        self.transitions = np.where(allowed, 0.0, -1e4).astype(np.float32)
        self.start = np.array([0.0 if p in ("O", "B", "U") else -1e4 for p in self.prefixes], np.float32)
        self.end = np.array([0.0 if p in ("O", "L", "U") else -1e4 for p in self.prefixes], np.float32)

    def decode(self, batch: Sequence[np.ndarray]) -> list[list[Found]]:
        """The entities of each doc, given its (tokens x labels) probabilities."""
        stretches = [(d, a, b) for d, probs in enumerate(batch) for a, b in self._stretches(probs)]
        found: list[list[Found]] = [[] for _ in batch]
        if not stretches:
            return found
        paths = self._viterbi([np.log(batch[d][a:b] + 1e-9) for d, a, b in stretches])
        for (d, a, b), path in zip(stretches, paths, strict=True):
            found[d] += self._entities(path.tolist(), batch[d][a:b], a)
        return found

    def _stretches(self, probs: np.ndarray) -> list[tuple[int, int]]:
        uncertain = probs[:, self.outside] < self.certain
        if not uncertain.any():
            return []
        wide = uncertain.copy()
        wide[1:] |= uncertain[:-1]
        wide[:-1] |= uncertain[1:]
        edges = np.flatnonzero(np.diff(np.concatenate(([0], wide.view(np.int8), [0])))).tolist()
        return list(zip(edges[::2], edges[1::2], strict=True))

    def _viterbi(self, logps: list[np.ndarray]) -> list[np.ndarray]:
        """Best paths of all stretches at once; a shorter stretch keeps its score past its end."""
        lengths = np.array([len(x) for x in logps])
        count, steps, n = len(logps), int(lengths.max()), len(self.labels)
        padded = np.zeros((count, steps, n), dtype=np.float32)
        for i, x in enumerate(logps):
            padded[i, : len(x)] = x
        score = padded[:, 0] + self.start
        back = np.zeros((count, steps, n), dtype=np.int64)
        for t in range(1, steps):
            candidates = score[:, :, None] + self.transitions[None]
            best = candidates.argmax(axis=1)
            new = np.take_along_axis(candidates, best[:, None, :], axis=1)[:, 0] + padded[:, t]
            score = np.where((t < lengths)[:, None], new, score)
            back[:, t] = best
        rows = np.arange(count)
        current = (score + self.end).argmax(axis=1)
        path = np.zeros((count, steps), dtype=np.int64)
        path[rows, lengths - 1] = current
        for t in range(steps - 1, 0, -1):
            inside = t < lengths
            current = np.where(inside, back[rows, t, current], current)
            path[:, t - 1] = np.where(inside, current, path[:, t - 1])
        return [path[i, : lengths[i]] for i in range(count)]

    def _entities(self, path: list[int], probs: np.ndarray, offset: int) -> list[Found]:
        found = []
        start = -1
        for i, tag in enumerate(path):
            prefix = self.prefixes[tag]
            if prefix in ("B", "U"):
                start = i
            if prefix in ("L", "U") and start >= 0:
                score = sum(float(probs[j, path[j]]) for j in range(start, i + 1)) / (i + 1 - start)
                found.append((offset + start, offset + i + 1, self.names[tag], score))
                start = -1
        return found


class CharEntityTagger(Tagger):
    """spaCy's Tagger trained on BILUO tags, whose predictions are entities.

    Training is the Tagger's own (one softmax per character). Prediction keeps the
    probabilities, decodes them with :class:`BiluoDecoder` and sets ``doc.ents``; each entity's
    score (mean probability of its tags) goes to ``doc.user_data[ENTITY_SCORES_KEY]`` as
    (start_char, end_char, label, score), for whoever combines the model with other sources.
    """

    _decoder: BiluoDecoder | None = None

    def predict(self, docs: Sequence[Doc]) -> list[np.ndarray]:
        if not any(len(doc) for doc in docs):
            return [np.zeros((0, len(self.labels)), dtype=np.float32) for _ in docs]
        return [_softmax(self.model.ops.to_numpy(scores)) for scores in self.model.predict(docs)]

    def set_annotations(self, docs: Sequence[Doc], batch_scores: list[np.ndarray]) -> None:
        if isinstance(docs, Doc):
            docs = [docs]
        if self._decoder is None or self._decoder.labels != list(self.labels):
            self._decoder = BiluoDecoder(self.labels)
        for doc, found in zip(docs, self._decoder.decode(batch_scores), strict=True):
            doc.ents = [Span(doc, s, e, label) for s, e, label, _ in found]
            doc.user_data[ENTITY_SCORES_KEY] = [
                (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label, score) for s, e, label, score in found
            ]


def _softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities from the tagger's output (spacy.Tagger.v2 with normalize = false gives logits)."""
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def _ner_scorer(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    return get_ner_prf(examples)


@Language.factory(
    "newsgraph_char_ner",
    assigns=["doc.ents"],
    default_config={"label_smoothing": 0.0},
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_char_entity_tagger(
    nlp: Language, name: str, model: Model, label_smoothing: float
) -> CharEntityTagger:
    return CharEntityTagger(
        nlp.vocab, model, name, overwrite=True, scorer=_ner_scorer, label_smoothing=label_smoothing
    )
