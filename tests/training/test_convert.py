"""The training data conversion's renamed copies (``training/scripts/convert.py``): a company renamed in a copy
is renamed everywhere in its sentence, every span still covers its entity, and place and suffix stay."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from newsgraph.ingest.nlp.knowledge import Knowledge, load_knowledge

CONVERT = Path(__file__).resolve().parents[2] / "training" / "scripts" / "convert.py"


@pytest.fixture(scope="module")
def convert() -> ModuleType:
    spec = importlib.util.spec_from_file_location("convert", CONVERT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge()


def test_a_copy_renames_each_company_everywhere_and_keeps_the_spans_on_their_entities(
    convert: ModuleType, knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(convert, "COINED_SHARE", 1.0)
    text = "北辰科技董事长周明说，北辰科技与杭州星海智能有限公司签约。"
    spans = [
        (0, 4, "company"),
        (4, 7, "position"),
        (7, 9, "name"),
        (11, 15, "company"),
        (16, 26, "company"),
    ]
    copy = convert.coined_copy((text, spans, []), knowledge, ["灯塔", "琥珀", "石榴", "棱镜"])
    assert copy is not None
    renamed, moved, _ = copy
    names = [renamed[s:e] for s, e, _ in moved]
    assert names[1:3] == ["董事长", "周明"]  # titles and people are not renamed
    assert names[0] == names[3] != "北辰科技" and names[0].endswith("科技")
    assert names[4].startswith("杭州") and names[4].endswith("智能有限公司") and "星海" not in names[4]


def test_a_sentence_whose_companies_have_no_chinese_name_of_their_own_is_not_copied(
    convert: ModuleType, knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(convert, "COINED_SHARE", 1.0)
    assert convert.distinctive_part("IBM", knowledge) is None
    assert convert.coined_copy(("IBM发布年报。", [(0, 3, "company")], []), knowledge, ["灯塔"]) is None
