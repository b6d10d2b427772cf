"""Refit the entity arbiter (``ingest/data/entity_arbiter.json``) on the dev splits of CLUENER2020 and real news.

Usage: ``.venv/bin/python -m bench.fit_arbiter [--l2 1.0] [--threshold 0.5] [--out PATH]``

Runs the combined recogniser over both dev splits and records each disagreement between a rules'
guess and an entity of the model (see :mod:`newsgraph.ingest.nlp.arbiter`) with its features. A
side is right when it is a gold entity: on CLUENER2020 the exact span and label; on real news a
name the data set's own ``score.py`` matches to a gold or ``also_ok`` entity of its kind. Only the
disagreements where exactly one side is right are learnt from (elsewhere the choice changes no
score). The two splits weigh the same in total. The logistic regression is fitted by Newton's
method with an L2 penalty (not on the bias): deterministic, no seed needed. Tune on dev only; test
is for reporting (``bench.eval_ner``, ``bench.eval_real_news``). Skips cleanly when
``../shared/eval`` is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
from newsgraph.ingest.nlp.arbiter import ARBITER_FILE, FEATURES, Arbiter
from newsgraph.ingest.nlp.candidates import ORG_LABELS, Candidate
from newsgraph.ingest.nlp.entities import MODEL_MIN_SCORE
from newsgraph.ingest.nlp.extract import Document, Extractor
from newsgraph.ingest.nlp.scripts import normalise

from bench.eval_ner import LABEL_MAP, eval_dir, load_split
from bench.eval_real_news import available, data_dir, split_documents

Judge = Callable[[Candidate], bool]
Rows = list[tuple[list[float], bool]]


Recorded = list[tuple[str, Candidate, Candidate, list[float]]]


def record(extractor: Extractor, documents: list[Document]) -> Recorded:
    """Every disagreement between a rules' guess and the model in ``documents``, with its features."""
    recogniser = extractor.nlp.get_pipe("newsgraph_entities")
    recogniser.arbiter = Arbiter([0.0] * len(FEATURES), 0.5)
    recogniser.recorded = []
    for _ in extractor.extract_many(documents, batch_size=64):
        pass
    recorded, recogniser.recorded = recogniser.recorded, None
    return recorded


def labelled(recorded: Recorded, judges: dict[str, Judge]) -> Rows:
    """The disagreements where one side is right (judged by its text's judge), each with whether the
    model's is; where both or neither are right, the choice makes no difference to the scores."""
    rows = []
    for text, guess, model, inputs in recorded:
        judge = judges.get(text)
        if judge is not None and judge(guess) != judge(model):
            rows.append((inputs, judge(model)))
    return rows


def cluener_rows(extractor: Extractor) -> Rows:
    sentences = load_split("dev")
    judges = {
        normalise(s.text).text: _cluener_judge({(label, a, b) for _, label, a, b in s.gold})
        for s in sentences
    }
    return labelled(record(extractor, [Document(s.id, s.text) for s in sentences]), judges)


def _cluener_judge(gold: set[tuple[str, int, int]]) -> Judge:
    return lambda c: (LABEL_MAP.get(c.label), c.start, c.end) in gold


def real_news_rows(extractor: Extractor) -> Rows:
    scorer = _scorer()
    documents = split_documents("dev")
    judges = {}
    for document in documents:
        gold = json.loads((data_dir() / "dev" / f"{document.doc_id}.gold.json").read_text(encoding="utf-8"))
        judges[normalise(document.text).text] = _real_news_judge(scorer, gold, document.text)
    return labelled(record(extractor, documents), judges)


def _real_news_judge(scorer: ModuleType, gold: dict, text: str) -> Judge:
    orgs, persons = scorer.precision_aliases(gold)

    def judge(candidate: Candidate) -> bool:
        lists = orgs if candidate.label in ORG_LABELS else persons if candidate.label == "Person" else []
        return any(scorer.matches(text[candidate.start : candidate.end], aliases) for aliases in lists)

    return judge


def _scorer() -> ModuleType:
    """The real-news data set's own ``score.py``, for its name matching."""
    spec = importlib.util.spec_from_file_location("real_news_score", data_dir() / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray, l2: float) -> np.ndarray:
    """Weighted logistic regression by Newton's method, L2 on every weight but the bias (column 0)."""
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (weights * (p - y)) + penalty * w
        hessian = (x * (weights * p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def cross_validated(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray, l2: float, folds: int = 10
) -> np.ndarray:
    """Whether each disagreement is decided right by an arbiter fitted without its fold (folds drawn with seed 0)."""
    fold = np.random.default_rng(0).integers(0, folds, len(x))
    right = np.zeros(len(x), dtype=bool)
    for k in range(folds):
        w = fit(x[fold != k], y[fold != k], weights[fold != k], l2)
        right[fold == k] = (x[fold == k] @ w >= 0) == (y[fold == k] == 1)
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the weights")
    parser.add_argument("--threshold", type=float, default=0.5, help="the lowest probability kept")
    parser.add_argument("--out", type=Path, default=ARBITER_FILE)
    args = parser.parse_args()
    if not available() or not (eval_dir() / "cluener2020").is_dir():
        print(f"dev data not found under {eval_dir()}: skipped")
        return
    extractor = Extractor(recogniser="combined")
    splits = {"CLUENER2020 dev": cluener_rows(extractor), "real news dev": real_news_rows(extractor)}
    x = np.array([inputs for rows in splits.values() for inputs, _ in rows])
    y = np.array([right for rows in splits.values() for _, right in rows], dtype=float)
    weights = np.concatenate([np.full(len(rows), len(x) / (2 * len(rows))) for rows in splits.values()])
    w = fit(x, y, weights, args.l2)
    source = np.concatenate([np.full(len(rows), k) for k, rows in enumerate(splits.values())])
    right = cross_validated(x, y, weights, args.l2)
    fixed = (x[:, FEATURES.index("model score")] >= MODEL_MIN_SCORE) == (y == 1)
    for k, (name, rows) in enumerate(splits.items()):
        print(
            f"{name}: {len(rows)} disagreements with one side right, the model in {sum(r for _, r in rows)};"
            f" decided right by the arbiter (10-fold cross-validated) {right[source == k].mean():.3f},"
            f" by the fixed order (model from {MODEL_MIN_SCORE}) {fixed[source == k].mean():.3f}"
        )
    for feature, weight in zip(FEATURES, w, strict=True):
        print(f"{weight:>8.3f}  {feature}")
    data = {
        "features": list(FEATURES),
        "weights": [round(float(v), 4) for v in w],
        "threshold": args.threshold,
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
