"""The registered spaCy functions the model's config names, besides its component (:mod:`.tagger`).

* ``newsgraph.CharFeatureEmbed.v1``: the embedding layer over the features of :mod:`.features`;
* ``newsgraph.FeaturedCorpus.v1``: a DocBin reader whose predicted docs keep those features
  (training reads them from the DocBin and needs no LAC run per epoch);
* ``newsgraph.lac_char_tokenizer.v1``: text -> character doc with its features, so the model
  also works on its own (``spacy evaluate``, ``nlp(text)``); the pipeline does not use it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newsgraph.ingest.nlp.recogniser.features import COLUMNS, FEATURES_KEY, SCORES_KEY, Annotator, char_doc
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d, Ragged


def _feature_ids(columns: Sequence[int]) -> Model[list[Doc], list[Ints2d]]:
    selected = list(columns)

    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        ops = model.ops
        out = [ops.asarray2i(doc.user_data[FEATURES_KEY][:, selected], dtype="uint64") for doc in docs]
        return out, lambda d: []

    return Model("ng_feature_ids", forward)


def _lac_scores() -> Model[list[Doc], list[Floats2d]]:
    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Floats2d], Callable]:
        return [model.ops.asarray2f(doc.user_data[SCORES_KEY]) for doc in docs], lambda d: []

    return Model("ng_lac_scores", forward)


@registry.architectures("newsgraph.CharFeatureEmbed.v1")
def char_feature_embed(
    width: int,
    columns: list[str],
    rows: list[int],
    lac_scores: int = 0,
    table_width: int = 0,
    maxout_pieces: int = 3,
) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of the chosen feature columns, with LAC's scores (``lac_scores`` floats) beside them.

    Built like spaCy's MultiHashEmbed (one table per column, a Maxout over their concatenation),
    reading the ids from ``doc.user_data`` instead of token attributes. Tables narrower than
    ``width`` (``table_width``) make the Maxout, most of this layer's cost, cheaper.
    """
    if len(rows) != len(columns):
        raise ValueError(f"{len(columns)} columns but {len(rows)} row counts")
    table_width = table_width or width
    tables = [
        HashEmbed(table_width, r, column=i, seed=11 + COLUMNS.index(c))
        for i, (c, r) in enumerate(zip(columns, rows, strict=True))
    ]
    hashed: Model = chain(
        _feature_ids([COLUMNS.index(c) for c in columns]), list2ragged(), with_array(concatenate(*tables))
    )
    if lac_scores:
        hashed = concatenate(hashed, chain(_lac_scores(), list2ragged()))
    size = table_width * len(tables) + lac_scores
    reduce: Model[Ragged, Ragged] = with_array(
        Maxout(width, size, nP=maxout_pieces, dropout=0.0, normalize=True)
    )
    return chain(hashed, reduce, ragged2list())


@registry.readers("newsgraph.FeaturedCorpus.v1")
def featured_corpus(path: Path, limit: int = 0) -> Callable[[Language], Iterator[Example]]:
    """Examples from a DocBin written by ``training/scripts/convert.py``: the predicted doc has the features."""

    def read(nlp: Language) -> Iterator[Example]:
        docs = DocBin().from_disk(path).get_docs(nlp.vocab)
        for i, reference in enumerate(docs):
            if limit and i >= limit:
                return
            predicted = char_doc(nlp.vocab, reference.text)
            predicted.user_data[FEATURES_KEY] = reference.user_data[FEATURES_KEY]
            predicted.user_data[SCORES_KEY] = reference.user_data[SCORES_KEY]
            yield Example(predicted, reference)

    return read


class LacCharTokenizer:
    """Text -> doc of characters with features; LAC and the knowledge are loaded on first use."""

    def __init__(self, vocab: Vocab, batch_size: int = 64) -> None:
        self.vocab = vocab
        self.batch_size = batch_size
        self._annotator: Annotator | None = None

    @property
    def annotator(self) -> Annotator:
        if self._annotator is None:
            self._annotator = Annotator()
        return self._annotator

    def __call__(self, text: str) -> Doc:
        doc = char_doc(self.vocab, text)
        self.annotator.annotate([doc])
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int | None = None) -> Iterator[Doc]:
        batch: list[Doc] = []
        for text in texts:
            batch.append(char_doc(self.vocab, text))
            if len(batch) >= (batch_size or self.batch_size):
                self.annotator.annotate(batch)
                yield from batch
                batch = []
        if batch:
            self.annotator.annotate(batch)
            yield from batch

    # Nothing to save: LAC and the knowledge files come with the project.
    def to_disk(self, path: Path, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Path, **kwargs: Any) -> LacCharTokenizer:
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> LacCharTokenizer:
        return self


@registry.tokenizers("newsgraph.lac_char_tokenizer.v1")
def create_lac_char_tokenizer() -> Callable[[Language], LacCharTokenizer]:
    def make(nlp: Language) -> LacCharTokenizer:
        return LacCharTokenizer(nlp.vocab)

    return make
