"""The confidence fit keeps what helps on articles it did not see, and nothing that only fits its own."""

from __future__ import annotations

import random

from bench.calibrate_events import Row, fit, select


def _rows(seed: int = 3) -> list[Row]:
    """600 events of 60 articles: the report score tells right from wrong, the other facts are noise."""
    draw = random.Random(seed)
    rows = []
    for i in range(600):
        report = draw.random()
        facts = {"report": report, "known": float(draw.random() < 0.5)}
        facts |= {"not_asserted": float(draw.random() < 0.2), "unnamed": float(draw.random() < 0.2)}
        kind = draw.choice(["departure", "funding", "listing"])
        rows.append(Row(f"a{i % 60}", kind, facts, draw.random() < 0.2 + 0.7 * report, 0.0))
    return rows


def test_the_fit_keeps_only_the_facts_that_help_on_unseen_articles() -> None:
    inputs = select(_rows())
    assert inputs.features == ("report",)
    assert inputs.types == ()


def test_fitted_chances_average_the_share_of_events_right() -> None:
    rows = _rows()
    calibration = fit(rows)
    chances = [calibration.probability(r.features, r.type) for r in rows]
    assert abs(sum(chances) / len(rows) - sum(r.right for r in rows) / len(rows)) < 0.02
