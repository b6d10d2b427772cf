"""Entity recognition scores on CLUENER2020: the shipped recogniser, its parts, and plain LAC.

Usage: ``.venv/bin/python -m bench.eval_ner [--split dev|test|holdout|both] [--model-min-score S]``

Reads ``cluener2020/{dev,test}.jsonl`` from ``$NEWSGRAPH_EVAL_DIR`` (default
``../shared/eval`` beside the repository) and skips cleanly when it is absent. The ``holdout``
split is the tenth of CLUENER2020's training sentences the trained model never learnt from
(:mod:`newsgraph.ingest.nlp.recogniser.holdout`), read from ``$NEWSGRAPH_TRAIN_DIR`` (default
``../shared/train``): text no rule and no weight was tuned on, skipped when absent.
Spans must match exactly (start, end and label). Columns: ``combined`` (the
default pipeline: the trained model weighed by the rules), ``rules`` (the
rules alone, ``NEWSGRAPH_RECOGNISER=rules``), ``model`` (the trained model's
own entities, every score) and plain LAC (PER -> name, ORG -> company). Our
labels map onto CLUENER's as below. Tune on dev only.
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
from newsgraph.ingest.nlp.language import LacTagger, blank_nlp
from newsgraph.ingest.nlp.recogniser.component import ModelEntities, model_entities
from newsgraph.ingest.nlp.recogniser.holdout import in_holdout

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


def train_dir() -> Path:
    """Where the training data is: NEWSGRAPH_TRAIN_DIR, else ../shared/train beside the repository."""
    return Path(os.environ.get("NEWSGRAPH_TRAIN_DIR") or ROOT.parent / "shared" / "train")


def split_file(split: str) -> Path:
    """The file a split is read from: the holdout is in the training sentences, the rest in eval."""
    if split == "holdout":
        return train_dir() / "cluener2020" / "train.json"
    return eval_dir() / "cluener2020" / f"{split}.jsonl"


def load_split(split: str) -> list[Sentence]:
    """A split's sentences with their gold spans (the training sentences have no id: their line's)."""
    sentences = []
    lines = split_file(split).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        row = json.loads(line)
        if split == "holdout" and not in_holdout(row["text"]):
            continue
        row.setdefault("id", f"cluener_train_{number}")
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


def model_alone(sentences: list[Sentence]) -> set[Span]:
    """The trained model's entities as it gives them (its labels are CLUENER's)."""
    nlp = blank_nlp(keep_scores=True)
    model = ModelEntities()
    docs = model.pipe(nlp.tokenizer.pipe([s.text for s in sentences]))
    return {
        (sentence.id, label, start, end)
        for sentence, doc in zip(sentences, docs, strict=True)
        for start, end, label, _ in model_entities(doc) or []
        if label in LABELS
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


def report(split: str, columns: dict[str, dict]) -> str:
    """One line per label and a macro F1 line, one column per recogniser."""
    lines = [
        f"CLUENER2020 {split}: precision / recall / F1 (exact spans)",
        f"{'label':<14}" + "".join(f"{name:>24}" for name in columns),
    ]
    for label in LABELS:
        lines.append(f"{label:<14}" + "".join(f"{_cells(c[label]):>24}" for c in columns.values()))
    lines.append(
        f"{'macro F1 (name, company, position)':<38}"
        + "".join(f"{macro_f1(c):<24.3f}" for c in columns.values())
    )
    return "\n".join(lines)


def _cells(values: tuple[float, float, float]) -> str:
    return " / ".join(f"{v:.3f}" for v in values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "holdout", "both"), default="both")
    parser.add_argument("--model-min-score", type=float, help="the combined recogniser's threshold (tuning)")
    args = parser.parse_args(argv)
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    if not any(split_file(split).is_file() for split in splits):
        print(
            f"CLUENER2020 not found under {eval_dir()} or {train_dir()}; nothing to evaluate", file=sys.stderr
        )
        return 0
    combined, rules, tagger = (
        combined_extractor(args.model_min_score),
        Extractor(recogniser="rules"),
        LacTagger(),
    )
    for split in splits:
        if not split_file(split).is_file():
            print(f"{split_file(split)} not found; {split} skipped", file=sys.stderr)
            continue
        sentences = load_split(split)
        gold = {span for s in sentences for span in s.gold}
        columns = {
            "combined": ours(sentences, combined),
            "rules": ours(sentences, rules),
            "model": model_alone(sentences),
            "plain LAC": plain_lac(sentences, tagger),
        }
        print(report(split, {name: scores(gold, found) for name, found in columns.items()}))
        print()
    return 0


def combined_extractor(model_min_score: float | None = None) -> Extractor:
    """The default extractor, its threshold for the model's candidates replaced if given."""
    extractor = Extractor(recogniser="combined")
    if model_min_score is not None:
        extractor.nlp.get_pipe("newsgraph_entities").model_min_score = model_min_score
    return extractor


if __name__ == "__main__":
    raise SystemExit(main())
