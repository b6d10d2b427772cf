"""Choose the combined recogniser's threshold on dev data: the lowest score of a model entity no guess disputes.

Usage: ``.venv/bin/python -m bench.tune_recogniser [--scores 0.5 0.6 0.7 0.8 0.9]``

For each threshold, on the dev splits only: real news (entity recall, precision and their F1, by
the data set's ``score.py``) and CLUENER2020 (macro F1 over name, company, position). The chosen
threshold (``entities.MODEL_MIN_SCORE``) is the one with the best real-news entity F1, CLUENER's
macro F1 breaking ties: real news is what users read. Skips cleanly when ``../shared/eval`` is absent.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from newsgraph.ingest.nlp.extract import Extractor

from bench.eval_ner import combined_extractor, eval_dir, load_split, macro_f1, ours, scores
from bench.eval_real_news import available, predict, score

DEFAULT_SCORES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
# The scorer rounds to two places; its counts give the exact figures.
COUNTS = re.compile(r"entities recall [\d.]+ \((\d+)/(\d+)\).*entity precision [\d.]+ \((\d+)/(\d+)\)")


def real_news_figures(extractor: Extractor, out: Path) -> tuple[float, float]:
    """Entity recall and precision on real-news dev."""
    line = score("dev", predict("dev", out, extractor)).line
    found = COUNTS.search(line)
    if found is None:
        raise RuntimeError(f"unexpected score.py output: {line!r}")
    hits, golds, good, predicted = map(int, found.groups())
    return hits / golds, good / predicted if predicted else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scores", type=float, nargs="+", default=DEFAULT_SCORES)
    args = parser.parse_args()
    if not available() or not (eval_dir() / "cluener2020").is_dir():
        print(f"dev data not found under {eval_dir()}: skipped")
        return
    extractor = combined_extractor()
    recogniser = extractor.nlp.get_pipe("newsgraph_entities")
    sentences = load_split("dev")
    gold = {span for s in sentences for span in s.gold}
    print(f"{'min score':>9} {'real R':>7} {'real P':>7} {'real F1':>7} {'CLUENER':>8}")
    with tempfile.TemporaryDirectory() as out:
        for threshold in args.scores:
            recogniser.model_min_score = threshold
            recall, precision = real_news_figures(extractor, Path(out))
            f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
            cluener = macro_f1(scores(gold, ours(sentences, extractor)))
            print(f"{threshold:>9.2f} {recall:>7.3f} {precision:>7.3f} {f1:>7.3f} {cluener:>8.3f}")


if __name__ == "__main__":
    main()
