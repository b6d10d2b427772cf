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
#: words (2026-12-04): combined 0.808.
MINIMUMS = {"combined": 0.80, "model": 0.76}
#: The combined recogniser's F1 for bodies, once the model's own count from a lower score than people and
#: companies (2026-12-03): organization 0.675, government 0.763 (model alone 0.703 and 0.753); 0.667 and
#: 0.747 once a body of common nouns only (地方政府) needs the model sure of it: CLUENER counts such kinds
#: of body, the project's definition does not.
BODY_MINIMUMS = {"organization": 0.66, "government": 0.74}

#: Measured on the holdout 2026-12-04 (text no rule and no weight was tuned on, unlike dev): combined 0.734,
#: model 0.748, rules 0.651; a known short name met by chance inside another firm's name dropped: combined 0.735.
HOLDOUT_MINIMUMS = {"combined": 0.73, "model": 0.74}

needs_dev = pytest.mark.skipif(
    not (eval_dir() / "cluener2020").is_dir(), reason="../shared/eval/cluener2020 is absent"
)
needs_holdout = pytest.mark.skipif(
    not split_file("holdout").is_file(), reason="../shared/train/cluener2020 is absent"
)


@pytest.fixture(scope="module")
def dev() -> list:
    return load_split("dev")


@needs_dev
def test_the_combined_recogniser_keeps_its_dev_score(extractor: Extractor, dev: list) -> None:
    gold = {span for s in dev for span in s.gold}
    found = scores(gold, ours(dev, extractor))
    assert macro_f1(found) >= MINIMUMS["combined"]
    assert all(found[label][2] >= minimum for label, minimum in BODY_MINIMUMS.items())


@needs_dev
def test_the_shipped_model_keeps_its_dev_score(dev: list) -> None:
    gold = {span for s in dev for span in s.gold}
    assert macro_f1(scores(gold, model_alone(dev))) >= MINIMUMS["model"]


@pytest.fixture(scope="module")
def holdout() -> list:
    return load_split("holdout")


@needs_holdout
def test_the_combined_recogniser_keeps_its_holdout_score(extractor: Extractor, holdout: list) -> None:
    gold = {span for s in holdout for span in s.gold}
    assert macro_f1(scores(gold, ours(holdout, extractor))) >= HOLDOUT_MINIMUMS["combined"]


@needs_holdout
def test_the_shipped_model_keeps_its_holdout_score(holdout: list) -> None:
    gold = {span for s in holdout for span in s.gold}
    assert macro_f1(scores(gold, model_alone(holdout))) >= HOLDOUT_MINIMUMS["model"]
