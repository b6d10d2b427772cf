"""Money amounts keep their text and become numbers with a currency, so the graph can compare them."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.events.amounts import read_amount
from newsgraph.ingest.nlp.events.rules import load_rules


@pytest.mark.parametrize(
    ("written", "text", "currency", "low", "high"),
    [
        ("人民币8亿元", "8亿元", "CNY", 8e8, 8e8),
        ("约3000万美元", "3000万美元", "USD", 3e7, 3e7),
        ("1,000万美元", "1000万美元", "USD", 1e7, 1e7),
        ("三千万元", "三千万元", "CNY", 3e7, 3e7),
        ("数千万美元", "数千万美元", "USD", 2e7, 9e7),
        ("数十亿元", "数十亿元", "CNY", 2e9, 9e9),
        ("超10亿元", "超10亿元", "CNY", 1e9, None),
        ("10余亿元", "10余亿元", "CNY", 1e9, None),
        ("近亿元", "近亿元", "CNY", None, 1e8),
        ("2.5亿港元", "2.5亿港元", "HKD", 2.5e8, 2.5e8),
    ],
)
def test_amounts_as_written_and_as_numbers(
    written: str, text: str, currency: str, low: float | None, high: float | None
) -> None:
    amount = read_amount(load_rules(), written)
    assert (amount.text, amount.currency, amount.low, amount.high) == (text, currency, low, high)
