"""Fit the event confidence model on real news and print its reliability table.

Run from the repository root::

    .venv/bin/python -m bench.calibrate_events                 # fit on dev, print weights and table
    .venv/bin/python -m bench.calibrate_events --report both   # the shipped model's tables (dev, test)

Every event the extraction finds in an article of the split is labelled right when the data set's own
scorer (``score.py``) matches it to a gold event of the article, wrong otherwise (appointments and
acquisitions are not annotated, so they are left out). The report scores the sentence rules give and the
facts of :func:`newsgraph.ingest.nlp.events.confidence.features` are the inputs of a logistic regression
(L2-regularised, fitted by Newton's method); the weights go to ``calibration`` in ``ingest/data/events.yaml``.
The reliability table says, per confidence band, how many events fell in it and how many of them were
right: the calibration holds if the share right follows the band, and the events above
``RELIABLE`` must be right at least 90% of the time. Fit on dev only; test is for reporting.
Data: ``$NEWSGRAPH_EVAL_DIR`` or ``../shared/eval``; skips cleanly when absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
from dataclasses import dataclass, replace
from types import ModuleType
from typing import NamedTuple

import numpy as np
from newsgraph.ingest.nlp.events.confidence import RELIABLE, Calibration, features
from newsgraph.ingest.nlp.events.rules import load_rules
from newsgraph.ingest.nlp.extract import Extractor

from bench.eval_real_news import available, data_dir, split_documents
from newsgraph.cli.extract_format import records_for

FEATURES = ("report", "known", "not_asserted", "unnamed")
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
#: Strength of the L2 penalty: keeps the weights of the few-sample types small.
PENALTY = 1.0
#: Folds of articles for the out-of-fold log-odds the fitted model is rescaled on.
FOLDS = 5
#: How much an input must lower the out-of-fold log-loss (nats per event) to be kept: a smaller gain is
#: what a noise feature reaches by chance on a few hundred events.
MIN_GAIN = 0.002


def scorer() -> ModuleType:
    """The data set's ``score.py``, imported as a module."""
    spec = importlib.util.spec_from_file_location("real_news_score", data_dir() / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Row(NamedTuple):
    """One scored event the extraction found: its article, type, features, whether it is right, its confidence."""

    article: str
    type: str
    features: dict[str, float]
    right: bool
    confidence: float


def labelled_events(split: str, calibrated: bool) -> list[Row]:
    """Every scored event the extraction finds in ``split``, labelled right or wrong."""
    score = scorer()
    extractor = Extractor()
    if not calibrated:
        pipe = extractor.nlp.get_pipe("newsgraph_events")
        pipe.rules = replace(load_rules(), calibration=None)  # type: ignore[attr-defined]
    folder = data_dir() / split
    rows = []
    for extraction in extractor.extract_many(split_documents(split)):
        gold = json.loads((folder / f"{extraction.doc_id}.gold.json").read_text(encoding="utf-8"))
        table = score.alias_table(gold)
        records = [r for r in records_for(extraction, extraction.doc_id) if r["record"] == "event"]
        entities = extraction.entity_map()
        for event, record in zip(extraction.events, records, strict=True):
            if event.type not in score.SCORED:
                continue
            right = any(score.event_matches(record, g, table) for g in gold["events"])
            rows.append(
                Row(
                    extraction.doc_id,
                    event.type,
                    features(event, entities, event.confidence),
                    right,
                    event.confidence,
                )
            )
    return rows


def _logistic(x: np.ndarray, y: np.ndarray, penalty: np.ndarray) -> np.ndarray:
    """Weights of an L2-penalised logistic regression of ``y`` on ``x``, by Newton's method."""
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


@dataclass(frozen=True, slots=True)
class Inputs:
    """What a model weighs: some of the features, and one indicator per event type when ``types`` is given."""

    features: tuple[str, ...]
    types: tuple[str, ...] = ()

    def design(self, rows: list[Row]) -> tuple[np.ndarray, np.ndarray]:
        """The inputs (a constant first) and the outcomes of ``rows``."""
        x = [
            [1.0, *(r.features[n] for n in self.features), *(float(r.type == t) for t in self.types)]
            for r in rows
        ]
        return np.array(x), np.array([float(r.right) for r in rows])

    def fit(self, rows: list[Row]) -> np.ndarray:
        """The weights fitted on ``rows`` (the bias unpenalised)."""
        x, y = self.design(rows)
        penalty = np.eye(x.shape[1]) * PENALTY
        penalty[0, 0] = 0.0
        return _logistic(x, y, penalty)

    def out_of_fold(self, rows: list[Row]) -> np.ndarray:
        """Each event's log-odds from the model fitted without its article's fold (articles dealt round-robin)."""
        articles = sorted({r.article for r in rows})
        fold = {a: i % FOLDS for i, a in enumerate(articles)}
        z = np.zeros(len(rows))
        for k in range(FOLDS):
            held = np.array([fold[r.article] == k for r in rows])
            w = self.fit([r for r, h in zip(rows, held, strict=True) if not h])
            z[held] = self.design([r for r, h in zip(rows, held, strict=True) if h])[0] @ w
        return z

    def loss(self, rows: list[Row]) -> float:
        """Mean log-loss of the out-of-fold chances: how well the model does on articles it never saw."""
        p = 1.0 / (1.0 + np.exp(-self.out_of_fold(rows)))
        y = self.design(rows)[1]
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def select(rows: list[Row]) -> Inputs:
    """The inputs chosen forward: from none, add the feature (or the event types, as one group) that lowers
    the out-of-fold log-loss most, while one lowers it by :data:`MIN_GAIN` at least. A weight that only
    fits dev's few events is left out."""
    types = tuple(sorted({r.type for r in rows}))
    chosen, best = Inputs(()), Inputs(()).loss(rows)
    while True:
        options = [Inputs((*chosen.features, f), chosen.types) for f in FEATURES if f not in chosen.features]
        options += [Inputs(chosen.features, types)] if not chosen.types else []
        scored = sorted(((o.loss(rows), i, o) for i, o in enumerate(options)), key=lambda s: s[:2])
        if not scored or scored[0][0] > best - MIN_GAIN:
            return chosen
        best, _, chosen = scored[0]


def fit(rows: list[Row]) -> Calibration:
    """Logistic regression of right/wrong on the inputs :func:`select` keeps, rescaled so that its chances
    hold on articles it was not fitted on.

    A model fitted on a few hundred events is sure of itself on them: its log-odds are too steep for
    unseen articles. The log-odds every event gets from the model fitted on the other folds' articles
    are regressed on right/wrong once more (Platt scaling, unpenalised); the slope (below 1 when the fit
    overreaches) and the intercept it finds rescale the model fitted on all of dev.
    """
    inputs = select(rows)
    z = inputs.out_of_fold(rows)
    slope, intercept = _logistic(
        np.column_stack([z, np.ones(len(z))]), inputs.design(rows)[1], np.zeros((2, 2))
    )
    w = inputs.fit(rows) * slope
    w[0] += intercept
    values = [round(float(v), 3) for v in w]
    return Calibration(
        bias=values[0],
        weights=dict(zip(inputs.features, values[1 : 1 + len(inputs.features)], strict=True)),
        types=dict(zip(inputs.types, values[1 + len(inputs.features) :], strict=True)),
    )


def reliability(probabilities: list[float], rights: list[bool]) -> list[str]:
    """The reliability table as text lines: per band, events and the share right."""
    lines = ["confidence      events   right   share right"]
    for lo, hi in itertools.pairwise(BANDS):
        inside = [r for p, r in zip(probabilities, rights, strict=True) if lo <= p < hi]
        share = f"{sum(inside) / len(inside):.2f}" if inside else "  -"
        lines.append(f"{lo:.1f} - {min(hi, 1.0):.1f}     {len(inside):6d}  {sum(inside):6d}   {share}")
    above = [r for p, r in zip(probabilities, rights, strict=True) if p > RELIABLE]
    share = f"{sum(above) / len(above):.2f}" if above else "-"
    lines.append(f"above {RELIABLE}: {len(above)} events, {share} right (goal >= 0.90)")
    return lines


def as_yaml(calibration: Calibration) -> str:
    """The ``calibration`` section of events.yaml for the fitted model."""
    weights = ", ".join(f"{k}: {v}" for k, v in calibration.weights.items())
    types = ", ".join(f"{k}: {v}" for k, v in calibration.types.items())
    return f"calibration:\n  bias: {calibration.bias}\n  weights: {{{weights}}}\n  types: {{{types}}}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--report", choices=("dev", "test", "both"), help="print the shipped model's table, fit nothing"
    )
    args = parser.parse_args()
    if not available():
        print(f"real-news evaluation data not found at {data_dir()}: skipped")
        return
    if args.report:
        for split in ("dev", "test") if args.report == "both" else (args.report,):
            rows = labelled_events(split, calibrated=True)
            print(f"{split}: {len(rows)} events, shipped model")
            print("\n".join(reliability([r.confidence for r in rows], [r.right for r in rows])))
        return
    rows = labelled_events("dev", calibrated=False)
    calibration = fit(rows)
    print(f"dev: {len(rows)} events, {sum(r.right for r in rows)} right")
    print(as_yaml(calibration))
    probabilities = [calibration.probability(r.features, r.type) for r in rows]
    print("\n".join(reliability(probabilities, [r.right for r in rows])))


if __name__ == "__main__":
    main()
