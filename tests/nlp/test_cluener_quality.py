"""Pinned minimum entity scores on CLUENER2020 dev (``../shared/eval/cluener2020``) and on the holdout of its
training sentences (``../shared/train/cluener2020``), as ``bench.eval_ner`` scores them.

The minimums sit just below the dev figures measured when they were set: a change that makes the
recogniser or the shipped model worse fails here; one that improves them should raise them.
Skipped where the data is absent.
"""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor

from bench.eval_ner import eval_dir, load_split, macro_f1, model_alone, ours, scores, split_file

#: Measured on dev 2026-12-02 (macro F1 over name, company, position): combined 0.766, model 0.759, rules 0.729.
#: Retrained model (today's knowledge, narrower) and its threshold re-chosen: combined 0.782, model 0.771, rules 0.731.
#: The arbiter decides where a rules' guess and the model disagree, and the rules' people are fixed:
#: combined 0.794 (test 0.758). The model's people filtered like the rules' and bank kinds as generic
#: words (2026-12-04): combined 0.808. The model retrained with renamed copies of the sentences naming
#: companies (2026-12-05, training/scripts/convert.py): combined 0.792, model 0.747. It reads companies
#: from their context and finds far more of the ones no knowledge holds (real-news dev renamed: entity
#: recall 0.66 -> 0.74, events 0.47 -> 0.54); on CLUENER it gives up what a second seed of the old recipe
#: gave up too (combined 0.796).
MINIMUMS = {"combined": 0.78, "model": 0.74}
#: The combined recogniser's F1 for bodies, once the model's own count from a lower score than people and
#: companies (2026-12-03): organization 0.675, government 0.763 (model alone 0.703 and 0.753); 0.667 and
#: 0.747 once a body of common nouns only (地方政府) needs the model sure of it: CLUENER counts such kinds
#: of body, the project's definition does not. With the model of renamed copies: 0.630 and 0.733.
BODY_MINIMUMS = {"organization": 0.62, "government": 0.72}

#: Measured on the holdout 2026-12-04 (text no rule was written from, unlike dev): combined 0.734,
#: model 0.748, rules 0.651; a known short name met by chance inside another firm's name dropped: combined 0.735.
#: The model of renamed copies (2026-12-05): combined 0.721, model 0.713.
HOLDOUT_MINIMUMS = {"combined": 0.72, "model": 0.70}


def available(split: str) -> bool:
    return split_file(split).is_file() if split == "holdout" else (eval_dir() / "cluener2020").is_dir()


#: Each split with its pinned minimums, skipped where its data is absent.
SPLITS = [
    pytest.param(
        split, minimums, marks=pytest.mark.skipif(not available(split), reason=f"no CLUENER {split}")
    )
    for split, minimums in (("dev", MINIMUMS), ("holdout", HOLDOUT_MINIMUMS))
]


@pytest.fixture(scope="module")
def sentences() -> dict[str, list]:
    """The sentences of each split, read once per module (on first use)."""
    return {}


def _split(sentences: dict[str, list], split: str) -> list:
    return sentences.setdefault(split, load_split(split))


@pytest.mark.parametrize(("split", "minimums"), SPLITS)
def test_the_combined_recogniser_keeps_its_score(
    extractor: Extractor, sentences: dict[str, list], split: str, minimums: dict[str, float]
) -> None:
    chosen = _split(sentences, split)
    found = scores({span for s in chosen for span in s.gold}, ours(chosen, extractor))
    assert macro_f1(found) >= minimums["combined"]
    if split == "dev":
        assert all(found[label][2] >= minimum for label, minimum in BODY_MINIMUMS.items())


@pytest.mark.parametrize(("split", "minimums"), SPLITS)
def test_the_shipped_model_keeps_its_score(
    sentences: dict[str, list], split: str, minimums: dict[str, float]
) -> None:
    chosen = _split(sentences, split)
    assert (
        macro_f1(scores({span for s in chosen for span in s.gold}, model_alone(chosen))) >= minimums["model"]
    )
