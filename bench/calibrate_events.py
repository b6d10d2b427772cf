"""Fit the event confidence model on four sources' dev splits and print how it holds on each.

Run from the repository root::

    .venv/bin/python -m bench.calibrate_events                 # fit on every source, print weights and tables
    .venv/bin/python -m bench.calibrate_events --sources dev   # fit on real-news dev only (as before), to compare
    .venv/bin/python -m bench.calibrate_events --report dev renamed duee duee_fin   # the shipped model's tables
    .venv/bin/python -m bench.calibrate_events --report both   # the shipped model's real-news tables (dev, test)

The sources (:data:`SOURCES`) are the dev splits of real news, of real news with every gold company renamed
(``bench.renamed_companies``: the rules' memorised names do not help there), of DuEE 1.0 and of DuEE-Fin.
Every event the extraction finds there is labelled right or wrong: on real news when the data set's own
scorer (``score.py``) matches it to a gold event of the article (appointments and acquisitions are not
annotated, so they are left out); on DuEE, of the types it annotates, when a gold event of its type has
every person and organisation argument among its own (``bench.eval_events``' test); on DuEE-Fin, fundings and
bids of the documents annotated for them, when its funded company or winner is one the gold names so.
The report scores the sentence rules give and the facts of
:func:`newsgraph.ingest.nlp.events.confidence.features` are the inputs of a logistic regression
(L2-regularised, fitted by Newton's method, each source family weighing the same); the weights go to
``calibration`` in ``ingest/data/events.yaml``.

The rules were tuned on every one of these dev splits, on real news most: a fit judged on the articles of
its own source learns that source's optimism (fitted on real-news dev alone, every DuEE event came out above
0.8, and 75% of them were right). So each source family (the renamed dev is dev's articles again: one
family) is judged by a model fitted on the others, inputs are kept only when they help there, and the
model takes unseen news to be as hard as the hardest family (see :func:`fit`). The bench prints each
source's reliability table (per confidence band, how many events fell in it and how many of them were
right: the calibration holds if the share right follows the band; events above ``RELIABLE`` must be
right at least 90% of the time), then, per family left out of the fit, its events above ``RELIABLE`` and
the share of them right. Fit on dev splits only; test is for reporting.
Data: ``$NEWSGRAPH_EVAL_DIR`` or ``../shared/eval``; skips cleanly when absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import numpy as np
from newsgraph.ingest.nlp.events.confidence import RELIABLE, Calibration, features
from newsgraph.ingest.nlp.events.rules import load_rules
from newsgraph.ingest.nlp.extract import Document, Extractor
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.records import Event, Extraction

from bench.eval_events import (
    DUEE_TYPES,
    FIN_KEY,
    FIN_TYPES,
    MAPPED,
    _arguments_right,
    _matches,
    read_jsonl,
    reading_of,
)
from bench.eval_ner import eval_dir
from bench.eval_real_news import available, data_dir, split_documents
from bench.renamed_companies import data_at, rename_split
from newsgraph.cli.extract_format import records_for

FEATURES = ("report", "known", "not_asserted", "unnamed", "crowded", "long", "repeated")
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
#: Strength of the L2 penalty: keeps the weights of the few-sample types small.
PENALTY = 1.0
#: Folds of articles for the out-of-fold log-odds when the events come from one source only.
FOLDS = 5
#: How much an input must lower the out-of-fold log-loss (nats per event) to be kept: a smaller gain is
#: what a noise feature reaches by chance on a few hundred events.
MIN_GAIN = 0.002
#: The labelled sources, each with the family it is held out with: the renamed dev split is dev's articles
#: again, so a fit judged on one must not have seen the other.
SOURCES = {"dev": "real news", "renamed": "real news", "duee": "DuEE", "duee_fin": "DuEE-Fin"}


def scorer() -> ModuleType:
    """The data set's ``score.py``, imported as a module."""
    spec = importlib.util.spec_from_file_location("real_news_score", data_dir() / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Row(NamedTuple):
    """One scored event the extraction found: its source and article, type, features, whether it is right,
    its confidence."""

    source: str
    article: str
    type: str
    features: dict[str, float]
    right: bool
    confidence: float


def extractor(calibrated: bool) -> Extractor:
    """The pipeline; uncalibrated, its events keep their report scores as confidence (the fit's input)."""
    pipeline = Extractor()
    if not calibrated:
        pipe = pipeline.nlp.get_pipe("newsgraph_events")
        pipe.rules = replace(load_rules(), calibration=None)  # type: ignore[attr-defined]
    return pipeline


def labelled(source: str, calibrated: bool) -> list[Row]:
    """Every scored event the extraction finds in the dev split of ``source`` (or in real news's test split,
    ``test``, for reports), labelled right or wrong."""
    pipeline = extractor(calibrated)
    if source in ("dev", "test"):
        return real_news_events(pipeline, source, source)
    if source == "renamed":
        with tempfile.TemporaryDirectory(prefix="calibrate-") as scratch:
            rename_split(data_dir(), Path(scratch), "dev", load_knowledge())
            with data_at(Path(scratch)):
                return real_news_events(pipeline, source)
    path = eval_dir() / source / "dev.jsonl"
    if not path.exists():
        print(f"{source} not found at {path}: left out")
        return []
    return (duee_events if source == "duee" else fin_events)(pipeline, read_jsonl(path))


def _row(source: str, article: str, extraction: Extraction, event: Event, right: bool) -> Row:
    """The row of one event of ``extraction``."""
    facts = features(event, extraction.entity_map(), event.confidence, extraction.events)
    return Row(source, f"{source}:{article}", event.type, facts, right, event.confidence)


def real_news_events(pipeline: Extractor, source: str, split: str = "dev") -> list[Row]:
    """The events of a real-news split (as ``data_dir`` finds it), right when the data set's scorer matches
    them to a gold event of their article; appointments and acquisitions are not annotated."""
    score = scorer()
    folder = data_dir() / split
    rows = []
    for extraction in pipeline.extract_many(split_documents(split)):
        gold = json.loads((folder / f"{extraction.doc_id}.gold.json").read_text(encoding="utf-8"))
        table = score.alias_table(gold)
        records = [r for r in records_for(extraction, extraction.doc_id) if r["record"] == "event"]
        for event, record in zip(extraction.events, records, strict=True):
            if event.type in score.SCORED:
                right = any(score.event_matches(record, g, table) for g in gold["events"])
                rows.append(_row(source, extraction.doc_id, extraction, event, right))
    return rows


def duee_events(pipeline: Extractor, records: list[dict]) -> list[Row]:
    """The events of DuEE's dev sentences of the types it annotates, right when a gold event of their type
    has every person and organisation argument among theirs (``bench.eval_events``' test)."""
    rows = []
    documents = (Document(f"{i}", r["text"]) for i, r in enumerate(records))
    for record, extraction in zip(records, pipeline.extract_many(documents), strict=True):
        reading = reading_of(extraction)
        for event in extraction.events:
            if event.type in MAPPED:
                gold = [g for g in record["event_list"] if DUEE_TYPES.get(g["event_type"]) == event.type]
                right = any(_arguments_right(g, [event], reading) for g in gold)
                rows.append(_row("duee", extraction.doc_id, extraction, event, right))
    return rows


def fin_events(pipeline: Extractor, records: list[dict]) -> list[Row]:
    """The events of DuEE-Fin's dev documents of the types each is annotated for (fundings, bids), right when
    their key participant (the funded company, the winner) is one the gold names in that role."""
    rows = []
    documents = (Document(f"{i}", f"{r.get('title', '')}\n{r['text']}") for i, r in enumerate(records))
    for record, extraction in zip(records, pipeline.extract_many(documents), strict=True):
        reading = reading_of(extraction)
        annotated = {FIN_TYPES[t] for t in record["_provenance"]["annotated_event_types"]}
        for event in extraction.events:
            kind = "bid" if event.type == "partnership" and event.kind == "bid" else event.type
            if kind in annotated and kind in FIN_KEY:
                key = event.org if kind == "funding" else next(iter(event.orgs), None)
                gold = [
                    a["argument"]
                    for g in record["event_list"]
                    for a in g["arguments"]
                    if FIN_TYPES.get(g["event_type"]) == kind and a["role"] == FIN_KEY[kind]
                ]
                right = key is not None and any(_matches("org", g, key, reading) for g in gold)
                rows.append(_row("duee_fin", extraction.doc_id, extraction, event, right))
    return rows


def _logistic(x: np.ndarray, y: np.ndarray, penalty: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Weights of an L2-penalised logistic regression of ``y`` on ``x`` (each row counting ``weight``), by
    Newton's method."""
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (weight * (p - y)) + penalty @ w
        hessian = x.T @ (x * (weight * p * (1 - p))[:, None]) + penalty
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

    def design(self, rows: list[Row]) -> np.ndarray:
        """The inputs of ``rows``, a constant first."""
        x = [
            [1.0, *(r.features[n] for n in self.features), *(float(r.type == t) for t in self.types)]
            for r in rows
        ]
        return np.array(x)

    def fit(self, rows: list[Row]) -> np.ndarray:
        """The weights fitted on ``rows`` (the bias unpenalised)."""
        x = self.design(rows)
        penalty = np.eye(x.shape[1]) * PENALTY
        penalty[0, 0] = 0.0
        return _logistic(x, outcomes(rows), penalty, shares(rows))

    def out_of_fold(self, rows: list[Row]) -> np.ndarray:
        """Each event's score from the model fitted without its fold (see :func:`folds`): its log-odds but
        for the bias, which says how often the events of the other folds are right (see :func:`intercepts`)."""
        fold = np.array(folds(rows))
        z = np.zeros(len(rows))
        for k in np.unique(fold):
            held = fold == k
            w = self.fit([r for r, h in zip(rows, held, strict=True) if not h])
            z[held] = self.design([r for r, h in zip(rows, held, strict=True) if h])[:, 1:] @ w[1:]
        return z

    def loss(self, rows: list[Row]) -> float:
        """Mean log-loss of the out-of-fold scores, each family with its own intercept (:func:`intercepts`):
        how well the model tells right from wrong on sources it never saw, whatever their share right."""
        z = self.out_of_fold(rows)
        p = 1.0 / (1.0 + np.exp(-(z + indicators(rows) @ np.array(list(intercepts(z, rows).values())))))
        p = np.clip(p, 1e-9, 1 - 1e-9)  # a type seen in one family only may be fitted to certainty
        y = outcomes(rows)
        return float(-np.average(y * np.log(p) + (1 - y) * np.log(1 - p), weights=shares(rows)))


def outcomes(rows: list[Row]) -> np.ndarray:
    """1 for each event that is right, 0 for each that is wrong."""
    return np.array([float(r.right) for r in rows])


def family(row: Row) -> str:
    """The family of the row's source (see :data:`SOURCES`)."""
    return SOURCES.get(row.source, row.source)


def families(rows: list[Row]) -> list[str]:
    """The families of ``rows``, sorted."""
    return sorted({family(r) for r in rows})


def indicators(rows: list[Row]) -> np.ndarray:
    """One column per family (:func:`families`), 1 in the rows of that family."""
    names = families(rows)
    return np.array([[float(family(r) == n) for n in names] for r in rows]).reshape(len(rows), len(names))


def folds(rows: list[Row]) -> list[int]:
    """Each event's fold. Events of several families: its family, so that each family is judged by a model
    fitted on the others, as unseen news is (the rules were tuned on dev: a fit judged on dev's own articles
    learns dev's optimism). Events of one family: its article's fold, articles dealt round-robin."""
    names = families(rows)
    if len(names) > 1:
        return [names.index(family(r)) for r in rows]
    articles = sorted({r.article for r in rows})
    fold = {a: i % FOLDS for i, a in enumerate(articles)}
    return [fold[r.article] for r in rows]


def shares(rows: list[Row]) -> np.ndarray:
    """Each event's weight in a fit: every family weighs the same (their mean weight is 1), so that the
    largest source, with its own few kinds of sentence, does not speak for unseen news alone."""
    sizes = Counter(family(r) for r in rows)
    return np.array([len(rows) / (len(sizes) * sizes[family(r)]) for r in rows])


def slope(z: np.ndarray, rows: list[Row]) -> float:
    """The slope of Platt scaling of out-of-fold scores (below 1 when the fit overreaches), shared by every
    family, each with its own intercept beside it (the rules were tuned on some families more than on others:
    how often their events are right differs, not what a score is worth)."""
    x = np.hstack([z[:, None], indicators(rows)])
    penalty = np.diag([1e-6] + [0.0] * (x.shape[1] - 1))  # no inputs: scores of zeros leave the slope free
    return float(_logistic(x, outcomes(rows), penalty, shares(rows))[0])


def intercepts(scores: np.ndarray, rows: list[Row]) -> dict[str, float]:
    """Each family's intercept to the model's ``scores``: what makes its chances average its share right."""
    y = outcomes(rows)
    return {
        name: _intercept(scores[mask], y[mask])
        for name in families(rows)
        for mask in [np.array([family(r) == name for r in rows])]
    }


def _intercept(scores: np.ndarray, y: np.ndarray) -> float:
    """The intercept whose chances ``1 / (1 + exp(-(score + intercept)))`` sum to the events right, found by
    halving (the sum grows with the intercept; Newton's steps overshoot when the scores are large)."""
    low, high = -50.0, 50.0
    for _ in range(60):
        middle = (low + high) / 2
        if np.sum(1.0 / (1.0 + np.exp(-(scores + middle)))) < y.sum():
            low = middle
        else:
            high = middle
    return (low + high) / 2


def select(rows: list[Row]) -> Inputs:
    """The inputs chosen forward: from none, add the feature (or the event types, as one group) that lowers
    the out-of-fold log-loss most, while one lowers it by :data:`MIN_GAIN` at least. A weight that only
    fits one source's events is left out."""
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
    hold on articles, and sources, it was not fitted on.

    A model fitted on a few hundred events is sure of itself on them: its log-odds are too steep for
    unseen articles. The scores every event gets from the model fitted on the other folds (the other
    sources) are regressed on right/wrong once more (:func:`slope`); the slope rescales the model
    fitted on all the events, and the lowest of the family intercepts to it (:func:`intercepts`) is its
    bias: unseen news is taken to be as hard for the rules as the hardest source they were checked on (it
    is harder still: they were tuned on every source here).
    """
    inputs = select(rows)
    w = inputs.fit(rows) * slope(inputs.out_of_fold(rows), rows)
    w[0] = min(intercepts(inputs.design(rows)[:, 1:] @ w[1:], rows).values())
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


def held_out(rows: list[Row], fitted: tuple[str, ...]) -> list[str]:
    """How a fit on the sources ``fitted`` holds on each family it did not see: per source, the events above
    :data:`RELIABLE` and the share of them right, from the model fitted (inputs chosen too) on the events of
    ``fitted`` outside that family."""
    lines = [f"fitted on {', '.join(fitted)}, judged on each family left out of the fit:"]
    for name in dict.fromkeys(family(r) for r in rows):
        train = [r for r in rows if r.source in fitted and family(r) != name]
        if not train:
            continue
        calibration = fit(train)
        for source in dict.fromkeys(r.source for r in rows if family(r) == name):
            judged = [r for r in rows if r.source == source]
            above = [r.right for r in judged if calibration.probability(r.features, r.type) > RELIABLE]
            share = f"{sum(above) / len(above):.2f}" if above else "-"
            lines.append(
                f"  {source:<9} {len(judged):5d} events, {sum(r.right for r in judged):5d} right;"
                f" above {RELIABLE}: {len(above):4d}, {share} right"
            )
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
        "--report",
        nargs="+",
        choices=(*SOURCES, "test", "both"),
        help="print the shipped model's tables on these sources (both: dev and test), fit nothing",
    )
    parser.add_argument(
        "--sources",
        nargs="+",
        choices=SOURCES,
        default=list(SOURCES),
        help="the sources to fit on (default: all)",
    )
    args = parser.parse_args()
    if not available():
        print(f"real-news evaluation data not found at {data_dir()}: skipped")
        return
    if args.report:
        for source in dict.fromkeys(
            s for r in args.report for s in (("dev", "test") if r == "both" else (r,))
        ):
            rows = labelled(source, calibrated=True)
            print(f"{source}: {len(rows)} events, shipped model")
            print("\n".join(reliability([r.confidence for r in rows], [r.right for r in rows])))
        return
    rows = [row for source in SOURCES for row in labelled(source, calibrated=False)]
    report(rows, tuple(args.sources))


def report(rows: list[Row], fitted: tuple[str, ...]) -> None:
    """Fit on the events of ``fitted``; print the weights, each source's reliability table and how the fit
    holds on each family left out of it."""
    calibration = fit([r for r in rows if r.source in fitted])
    print(as_yaml(calibration))
    for source in dict.fromkeys(r.source for r in rows):
        judged = [r for r in rows if r.source == source]
        print(f"{source}: {len(judged)} events, {sum(r.right for r in judged)} right")
        chances = [calibration.probability(r.features, r.type) for r in judged]
        print("\n".join(reliability(chances, [r.right for r in judged])))
    print("\n".join(held_out(rows, fitted)))


if __name__ == "__main__":
    main()
