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
from dataclasses import replace
from types import ModuleType

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


def scorer() -> ModuleType:
    """The data set's ``score.py``, imported as a module."""
    spec = importlib.util.spec_from_file_location("real_news_score", data_dir() / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled_events(split: str, calibrated: bool) -> list[tuple[str, dict[str, float], bool, float]]:
    """(type, features, right?, confidence) of every scored event the extraction finds in ``split``."""
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
            rows.append((event.type, features(event, entities, event.confidence), right, event.confidence))
    return rows


def fit(rows: list[tuple[str, dict[str, float], bool, float]]) -> Calibration:
    """Logistic regression of right/wrong on the features and the event type (bias unpenalised)."""
    types = sorted({t for t, _, _, _ in rows})
    names = [*FEATURES, *(f"type:{t}" for t in types)]
    x = np.array([[1.0, *(f[n] for n in FEATURES), *(float(t == u) for u in types)] for t, f, _, _ in rows])
    y = np.array([float(right) for _, _, right, _ in rows])
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * PENALTY
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = dict(zip(names, (round(float(v), 3) for v in w[1:]), strict=True))
    return Calibration(
        bias=round(float(w[0]), 3),
        weights={n: weights[n] for n in FEATURES},
        types={t: weights[f"type:{t}"] for t in types},
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
            print("\n".join(reliability([c for *_, c in rows], [r for _, _, r, _ in rows])))
        return
    rows = labelled_events("dev", calibrated=False)
    calibration = fit(rows)
    print(f"dev: {len(rows)} events, {sum(r for _, _, r, _ in rows)} right")
    print(as_yaml(calibration))
    probabilities = [calibration.probability(f, t) for t, f, _, _ in rows]
    print("\n".join(reliability(probabilities, [r for _, _, r, _ in rows])))


if __name__ == "__main__":
    main()
