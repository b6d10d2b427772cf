"""Entity recognition scores on CLUENER2020, ours next to plain LAC.

Usage: ``.venv/bin/python -m bench.eval_ner [--split dev|test|both]``

Reads ``cluener2020/{dev,test}.jsonl`` from ``$NEWSGRAPH_EVAL_DIR`` (default
``../shared/eval`` beside the repository) and skips cleanly when it is absent.
Spans must match exactly (start, end and label). Our labels map onto CLUENER's
as below; plain LAC maps PER -> name and ORG -> company. Tune on dev only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsgraph.ingest.nlp.extract import Document, Extractor
from newsgraph.ingest.nlp.language import LacTagger

ROOT = Path(__file__).resolve().parent.parent
LABEL_MAP = {
    "Person": "name",
    "Company": "company",
    "Organization": "organization",
    "Government": "government",
    "Title": "position",
}
LAC_MAP = {"PER": "name", "ORG": "company"}
LABELS = ("name", "company", "position", "organization", "government")
MACRO_LABELS = ("name", "company", "position")

Span = tuple[str, str, int, int]  # sentence id, label, start, end (exclusive)


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    text: str
    gold: frozenset[Span]


def eval_dir() -> Path:
    """Where the evaluation data is: NEWSGRAPH_EVAL_DIR, else ../shared/eval beside the repository."""
    return Path(os.environ.get("NEWSGRAPH_EVAL_DIR") or ROOT.parent / "shared" / "eval")


def load_split(split: str) -> list[Sentence]:
    sentences = []
    for line in (eval_dir() / "cluener2020" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = {
            (row["id"], label, start, end + 1)
            for label, entities in row["label"].items()
            if label in LABELS
            for offsets in entities.values()
            for start, end in offsets
        }
        sentences.append(Sentence(row["id"], row["text"], frozenset(gold)))
    return sentences


def ours(sentences: list[Sentence], extractor: Extractor) -> set[Span]:
    documents = [Document(s.id, s.text) for s in sentences]
    return {
        (extraction.doc_id, LABEL_MAP[m.label], m.start, m.end)
        for extraction in extractor.extract_many(documents, batch_size=64)
        for m in extraction.mentions
        if m.label in LABEL_MAP
    }


def plain_lac(sentences: list[Sentence], tagger: LacTagger) -> set[Span]:
    found = set()
    for sentence, words in zip(sentences, tagger.tag([s.text for s in sentences]), strict=True):
        position = 0
        for word, tag in words:
            if tag in LAC_MAP:
                found.add((sentence.id, LAC_MAP[tag], position, position + len(word)))
            position += len(word)
    return found


def scores(gold: set[Span], predicted: set[Span]) -> dict[str, tuple[float, float, float]]:
    """label -> (precision, recall, F1)."""
    counts: Counter[tuple[str, str]] = Counter()
    for span in predicted:
        counts["tp" if span in gold else "fp", span[1]] += 1
    for span in gold - predicted:
        counts["fn", span[1]] += 1
    result = {}
    for label in LABELS:
        tp, fp, fn = counts["tp", label], counts["fp", label], counts["fn", label]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = (precision, recall, f1)
    return result


def macro_f1(result: dict[str, tuple[float, float, float]]) -> float:
    return sum(result[label][2] for label in MACRO_LABELS) / len(MACRO_LABELS)


def report(split: str, mine: dict, lac: dict) -> str:
    lines = [
        f"CLUENER2020 {split}: precision / recall / F1 (exact spans)",
        f"{'label':<14}{'ours':>24}{'plain LAC':>24}",
    ]
    for label in LABELS:
        lines.append(f"{label:<14}{_cells(mine[label]):>24}{_cells(lac[label]):>24}")
    lines.append(f"{'macro F1 (name, company, position)':<38}{macro_f1(mine):>.3f}{macro_f1(lac):>18.3f}")
    return "\n".join(lines)


def _cells(values: tuple[float, float, float]) -> str:
    return " / ".join(f"{v:.3f}" for v in values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    args = parser.parse_args(argv)
    if not (eval_dir() / "cluener2020").is_dir():
        print(f"CLUENER2020 not found under {eval_dir()}; nothing to evaluate", file=sys.stderr)
        return 0
    extractor, tagger = Extractor(), LacTagger()
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        sentences = load_split(split)
        gold = {span for s in sentences for span in s.gold}
        print(
            report(
                split, scores(gold, ours(sentences, extractor)), scores(gold, plain_lac(sentences, tagger))
            )
        )
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
