"""The confidence fit keeps what helps on articles and sources it did not see, and nothing that only fits
its own; it takes unseen news to be as hard as the hardest source."""

from __future__ import annotations

import random

from bench.calibrate_events import Row, fit, folds, select


def _rows(seed: int = 3, source: str = "dev", base: float = 0.2, n: int = 600) -> list[Row]:
    """``n`` events of 60 articles: the report score tells right from wrong, the other facts are noise."""
    draw, more = random.Random(seed), random.Random(-seed)  # the facts added later drawn apart
    rows = []
    for i in range(n):
        report = draw.random()
        facts = {"report": report, "known": float(draw.random() < 0.5)}
        facts |= {"not_asserted": float(draw.random() < 0.2), "unnamed": float(draw.random() < 0.2)}
        kind = draw.choice(["departure", "funding", "listing"])
        right = draw.random() < base + 0.7 * report
        facts |= {"crowded": float(more.random() < 0.3), "long": float(more.random() < 0.3)}
        facts |= {"repeated": float(more.random() < 0.7)}
        rows.append(Row(source, f"{source}:a{i % 60}", kind, facts, right, 0.0))
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


def test_each_source_family_is_judged_by_a_fit_on_the_others() -> None:
    rows = [*_rows(source="dev", n=60), *_rows(source="renamed", n=60), *_rows(source="duee", n=60)]
    fold = folds(rows)
    assert fold[0] == fold[60] != fold[120], "the renamed dev is dev's articles again: one family"
    assert len(set(fold)) == 2


def test_unseen_news_is_taken_to_be_as_hard_as_the_hardest_source() -> None:
    easy, hard = _rows(1, "dev", base=0.3), _rows(2, "duee", base=-0.1)
    calibration = fit([*easy, *hard])
    chances = [calibration.probability(r.features, r.type) for r in hard]
    assert abs(sum(chances) / len(hard) - sum(r.right for r in hard) / len(hard)) < 0.03
