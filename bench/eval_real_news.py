"""Score the whole extraction on real Chinese news: ``../shared/eval/real_news`` and its ``score.py``.

Run from the repository root::

    .venv/bin/python -m bench.eval_real_news                 # dev and test
    .venv/bin/python -m bench.eval_real_news --split dev --verbose
    .venv/bin/python -m bench.eval_real_news --recogniser rules    # without the trained model
    .venv/bin/python -m bench.eval_real_news --data bench/blind    # the project's blind sets (bench/blind/README.md)

Each article of a split is extracted exactly as ``newsgraph extract NAME.txt --published <manifest date>
--format jsonl`` would (same records), written to ``--out/<split>/NAME.jsonl``, and scored by the data
set's own ``score.py`` (its README gives the rules), so the figures are the ones the data's authors
define. Data: ``$NEWSGRAPH_EVAL_DIR`` or ``../shared/eval``; skips cleanly when absent. Tune on dev;
test is for reporting only.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsgraph.ingest.collect.articles import text_article
from newsgraph.ingest.nlp.extract import RECOGNISERS, Document, Extractor

from bench.eval_ner import ROOT, eval_dir
from newsgraph.cli.extract import article_document
from newsgraph.cli.extract_format import records_for

SPLITS = ("dev", "test")
DEFAULT_OUT = ROOT / "bench" / "results" / "real_news"
#: The scorer's summary line, read into named figures.
SUMMARY = re.compile(
    r"events recall (?P<event_recall>[\d.]+) .*?precision (?P<event_precision>[\d.]+) .*?"
    r"entities recall (?P<entity_recall>[\d.]+) .*?wrong-type (?P<wrong_type>\d+); "
    r"roles recall (?P<role_recall>[\d.]+) .*?entity precision (?P<entity_precision>[\d.]+) .*?"
    r"org (?P<org_precision>[\d.]+|-) .*?person (?P<person_precision>[\d.]+|-)"
)


@dataclass(frozen=True)
class Score:
    """The scorer's figures for one split, and its summary line as printed."""

    figures: dict[str, float]
    line: str


def data_dir() -> Path:
    return eval_dir() / "real_news"


def available() -> bool:
    return (data_dir() / "score.py").exists()


def split_documents(split: str, root: Path | None = None) -> list[Document]:
    """The articles of ``split`` (a folder of ``root``, the real-news data by default) read as ``newsgraph
    extract NAME.txt`` reads them (same text and title), named by file stem, with their publication dates."""
    folder = (root or data_dir()) / split
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [
        article_document(
            Path(item["file"]).stem,
            text_article((folder / item["file"]).read_bytes()),
            date.fromisoformat(item["published"]) if item.get("published") else None,
        )
        for item in manifest
    ]


def predict(split: str, out: Path, extractor: Extractor | None = None, root: Path | None = None) -> Path:
    """Extract every article of ``split`` (of ``root``) into ``out/<split>/NAME.jsonl``; returns that folder."""
    documents = split_documents(split, root)
    target = out / split
    target.mkdir(parents=True, exist_ok=True)
    for extraction in (extractor or Extractor()).extract_many(documents):
        lines = [json.dumps(r, ensure_ascii=False) for r in records_for(extraction, extraction.doc_id)]
        (target / f"{extraction.doc_id}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def score(split: str, predictions: Path, verbose: bool = False, root: Path | None = None) -> Score:
    """Run the real-news data set's ``score.py`` on the predictions of ``split`` (of ``root``, any folder of
    splits in its format); its per-article lines go to stdout when verbose."""
    gold = (root or data_dir()) / split
    command = [sys.executable, str(data_dir() / "score.py"), str(gold), str(predictions)]
    run = subprocess.run([*command, *(["--verbose"] if verbose else [])], capture_output=True, text=True)
    if verbose:
        print(run.stdout, end="")
    line = run.stdout.strip().splitlines()[-1]
    found = SUMMARY.search(line)
    if not found:
        raise RuntimeError(f"unexpected score.py output: {line!r}\n{run.stderr}")
    figures = {k: float(v) if v != "-" else float("nan") for k, v in found.groupdict().items()}
    return Score(figures, line)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--split", default="both", help="a split (dev, test, or a folder of --data); default: all"
    )
    parser.add_argument(
        "--data",
        type=Path,
        help="another folder of splits in the same format, scored alike (e.g. bench/blind)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the predictions")
    parser.add_argument("--verbose", action="store_true", help="per-article lines with misses and junk")
    parser.add_argument("--recogniser", choices=RECOGNISERS, help="default: the NEWSGRAPH_RECOGNISER setting")
    parser.add_argument("--model-min-score", type=float, help="the combined recogniser's threshold (tuning)")
    args = parser.parse_args()
    if not available():
        print(f"real-news evaluation data not found at {data_dir()}: skipped")
        return
    extractor = Extractor(recogniser=args.recogniser)
    if args.model_min_score is not None:
        extractor.nlp.get_pipe("newsgraph_entities").model_min_score = args.model_min_score
    for split in _splits(args.data) if args.split == "both" else (args.split,):
        result = score(split, predict(split, args.out, extractor, args.data), args.verbose, args.data)
        print(f"{split}: {result.line}")
        (args.out / f"{split}.json").write_text(json.dumps(result.figures, indent=2), encoding="utf-8")


def _splits(root: Path | None) -> list[str]:
    """The splits to score: dev and test of the real-news data, or every folder of ``root`` with a manifest."""
    if root is None:
        return list(SPLITS)
    return sorted(p.parent.name for p in root.glob("*/manifest.json"))


if __name__ == "__main__":
    main()
