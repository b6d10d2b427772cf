"""The CLUENER2020 holdout split of ``bench.eval_ner``: the tenth of the training sentences the model
never learnt from, chosen by the same hash as ``training/scripts/convert.py``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsgraph.ingest.nlp.recogniser.holdout import in_holdout

from bench.eval_ner import load_split

#: Invented sentences, each naming a person at its start.
SENTENCES = [f"张伟{n}号在星云科技的第{n}次发布会上讲话。" for n in range(60)]


@pytest.fixture
def train_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    rows = [
        {"text": text, "label": {"name": {"张伟": [[0, 1]]}, "game": {"星云": [[5, 6]]}}}
        for text in SENTENCES
    ]
    (tmp_path / "cluener2020").mkdir()
    lines = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    (tmp_path / "cluener2020" / "train.json").write_text(lines, encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_TRAIN_DIR", str(tmp_path))
    return tmp_path


def test_the_holdout_is_the_training_sentences_the_model_never_learnt_from(train_dir: Path) -> None:
    holdout = load_split("holdout")
    assert [s.text for s in holdout] == [t for t in SENTENCES if in_holdout(t)]
    assert 0 < len(holdout) < len(SENTENCES) / 4
    sentence = holdout[0]
    assert sentence.gold == {(sentence.id, "name", 0, 2)}
    assert len({s.id for s in holdout}) == len(holdout)
