"""``bench.eval_events --renamed``: the renamed copy of a DuEE record keeps text and gold in step."""

from __future__ import annotations

from newsgraph.ingest.nlp.knowledge import load_knowledge

from bench.eval_events import renamed

RECORD = {
    "title": "商汤科技获软银领投10亿元融资",
    "text": "商汤科技宣布完成10亿元融资，由软银领投，网约车公司Uber跟投。商汤表示资金将用于研发。",
    "event_list": [
        {
            "event_type": "企业融资",
            "arguments": [
                {"role": "被投资方", "argument": "商汤科技"},
                {"role": "领投方", "argument": "软银"},
                {"role": "投资方", "argument": "网约车公司Uber"},
                {"role": "融资金额", "argument": "10亿元"},
            ],
        }
    ],
}


def _arguments(record: dict) -> dict[str, str]:
    return {a["role"]: a["argument"] for e in record["event_list"] for a in e["arguments"]}


def test_every_organisation_argument_is_renamed_in_text_title_and_gold_alike() -> None:
    [copy] = renamed([RECORD], load_knowledge())
    args = _arguments(copy)
    for written in ("商汤", "软银", "Uber"):
        assert written not in copy["text"] + copy["title"] + "".join(args.values())
    assert all(args[role] in copy["text"] for role in ("被投资方", "领投方", "投资方"))
    assert args["被投资方"] in copy["title"] and args["领投方"] in copy["title"]


def test_what_is_not_an_organisation_stays_as_written() -> None:
    """The amount, the description before a Latin name and the record itself are untouched."""
    [copy] = renamed([RECORD], load_knowledge())
    args = _arguments(copy)
    assert args["融资金额"] == "10亿元" and args["投资方"].startswith("网约车公司")
    assert copy["text"].endswith("表示资金将用于研发。")
    assert _arguments(RECORD)["被投资方"] == "商汤科技"


def test_the_renaming_is_the_same_on_every_run() -> None:
    assert renamed([RECORD], load_knowledge()) == renamed([RECORD], load_knowledge())
