"""Refitting the entity arbiter: a deterministic weighted logistic regression, judged out of fold."""

from __future__ import annotations

import numpy as np

from bench.fit_arbiter import cross_validated, fit


def _separable() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Invented disagreements: the model is right exactly when its score (column 1) is high."""
    scores = np.linspace(0.0, 1.0, 40)
    x = np.column_stack([np.ones_like(scores), scores])
    return x, (scores > 0.5).astype(float), np.ones_like(scores)


def test_the_fit_learns_which_side_the_evidence_favours_and_is_deterministic() -> None:
    x, y, weights = _separable()
    w = fit(x, y, weights, l2=1.0)
    assert w[1] > 0 and np.array_equal(w, fit(x, y, weights, l2=1.0))
    assert ((x @ w >= 0) == (y == 1)).mean() > 0.9


def test_cross_validation_decides_the_clear_cases_right() -> None:
    x, y, weights = _separable()
    assert cross_validated(x, y, weights, l2=1.0).mean() > 0.85
