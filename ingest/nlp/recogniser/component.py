"""The ``newsgraph_model_entities`` component: the shipped model's scored entities on the pipeline's doc.

It runs before ``newsgraph_entities`` on the LAC doc every component gets (LAC never runs twice):
it builds the character doc of the same text, sets the features from LAC's words and
scores (kept by the tokenizer, see :func:`newsgraph.ingest.nlp.language.blank_nlp`), runs the
model, and leaves its entities in ``doc.user_data[MODEL_ENTITIES_KEY]`` as ``(start_char,
end_char, label, score)``. It sets no ``doc.ents``: the entity recogniser weighs them against the
rules (:mod:`newsgraph.ingest.nlp.entities`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from newsgraph.ingest.datafiles import DATA_DIR
from newsgraph.ingest.nlp.language import LAC_OUTPUT_KEY
from newsgraph.ingest.nlp.recogniser.features import CharFeaturizer, char_doc, featurize
from newsgraph.ingest.nlp.recogniser.tagger import ENTITY_SCORES_KEY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import NumpyOps

#: The trained model as ``training/`` builds it (``make train``, then ``make install-model``).
MODEL_DIR = DATA_DIR / "models" / "char_ner"
MODEL_ENTITIES_KEY = "model_entities"
Found = tuple[int, int, str, float]


class ModelEntities:
    """Runs the trained model over docs and keeps its entities, with their scores, on each doc."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.model = spacy.load(model_dir)
        _use_numpy_products(self.model)
        self.featurizer = CharFeaturizer()

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """The docs, a batch at a time through the model (its decoder runs over a whole batch at once)."""
        for batch in minibatch(docs, batch_size):
            chars = [self._char_doc(doc) for doc in batch]
            for doc, found in zip(batch, self.model.pipe(chars, batch_size=len(chars)), strict=True):
                doc.user_data[MODEL_ENTITIES_KEY] = found.user_data[ENTITY_SCORES_KEY]
            yield from batch

    def _char_doc(self, doc: Doc) -> Doc:
        lac = doc.user_data.pop(LAC_OUTPUT_KEY)  # 59 floats a character, read by nobody else
        target = char_doc(self.model.vocab, lac.text)
        featurize(target, lac, self.featurizer)
        return target


def _use_numpy_products(model: Language) -> None:
    """Matrix products by numpy (OpenBLAS) instead of thinc's default blis: measured here, the
    model's encoder took 40% less CPU for the same figures."""
    ops = NumpyOps(use_blis=False)
    for _, pipe in model.pipeline:
        for node in pipe.model.walk():
            node.ops = ops


def model_entities(doc: Doc) -> list[Found] | None:
    """The model's entities on a doc, or None when the model did not run (rules only)."""
    return doc.user_data.get(MODEL_ENTITIES_KEY)


@Language.factory("newsgraph_model_entities")
def make_model_entities(nlp: Language, name: str) -> ModelEntities:
    """The shipped model as a pipeline component; the pipeline's tokenizer must keep LAC's scores."""
    return ModelEntities()
