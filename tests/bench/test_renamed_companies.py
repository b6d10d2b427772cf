"""The renamed copy of real news keeps text and gold in step, so the scorer still knows who is who."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newsgraph.ingest.nlp.knowledge import load_knowledge

from bench.renamed_companies import _coin, _known_spellings, coined_names, rename_split

TEXT = "上海商汤科技有限公司宣布完成融资。商汤表示，资金将用于研发。SenseTime 随后发布公告。"
GOLD = {
    "entities": {"company": [["商汤科技", "商汤", "SenseTime"]], "person": [["李强"]]},
    "events": [{"type": "funding", "args": {"org": "商汤科技|商汤"}}],
}


def _renamed(tmp_path: Path) -> tuple[str, dict]:
    source = tmp_path / "source"
    (source / "dev").mkdir(parents=True)
    (source / "score.py").write_text("# scorer\n", encoding="utf-8")
    (source / "dev" / "manifest.json").write_text(json.dumps([{"file": "a.txt"}]), encoding="utf-8")
    (source / "dev" / "a.txt").write_text(TEXT, encoding="utf-8")
    (source / "dev" / "a.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    rename_split(source, tmp_path / "target", "dev", load_knowledge())
    folder = tmp_path / "target" / "real_news" / "dev"
    return (folder / "a.txt").read_text(encoding="utf-8"), json.loads((folder / "a.gold.json").read_text())


def test_every_company_is_renamed_in_text_and_gold_alike(tmp_path: Path) -> None:
    text, gold = _renamed(tmp_path)
    [aliases] = gold["entities"]["company"]
    assert "商汤" not in text and "SenseTime" not in text
    assert all(alias in text for alias in aliases)
    assert gold["events"][0]["args"]["org"] == f"{aliases[0]}|{aliases[1]}"


def test_a_company_keeps_its_place_and_suffix_and_its_short_form_its_coined_core(tmp_path: Path) -> None:
    text, gold = _renamed(tmp_path)
    whole, short, _ = gold["entities"]["company"][0]
    assert whole == short + "科技"
    assert text.startswith(f"上海{short}科技有限公司")
    assert gold["entities"]["person"] == [["李强"]]


def test_a_coined_name_is_none_the_knowledge_holds() -> None:
    """A coined name the knowledge knew (岩石 is a listed firm's) would be found by the knowledge again."""
    first = _coin("商汤", set(), frozenset())
    assert _coin("商汤", set(), frozenset({first})) != first
    assert "岩石" in _known_spellings(load_knowledge())


def test_a_short_form_starting_the_full_name_is_renamed_to_the_start_of_its_coined_name() -> None:
    """Renamed apart, 阿里巴巴 and 阿里 would read as two firms, and the scorer would count the extraction wrong
    for taking them as one company's names."""
    gold = {"entities": {"company": [["阿里巴巴", "阿里", "Alibaba"]]}}
    names = coined_names(gold, load_knowledge())
    assert len(names["阿里巴巴"]) == 4
    assert names["阿里"] == names["阿里巴巴"][:2]


def test_two_chinese_names_of_one_company_share_its_coined_name() -> None:
    gold = {"entities": {"company": [["星云自动驾驶", "星云自驾"]]}}
    names = coined_names(gold, load_knowledge())
    assert names["星云自驾"] == names["星云自动驾驶"]


def test_no_word_of_a_coined_name_is_a_known_name() -> None:
    """海豚岩石 would be read as 海豚 + 岩石, a listed firm the knowledge holds."""
    known = _known_spellings(load_knowledge())
    coined = {_coin(f"星云{i}", set(), known) for i in range(200)}
    assert not any(name[k : k + 2] in known for name in coined for k in (0, 2))


def test_the_renaming_is_the_same_in_every_process() -> None:
    """A set's order changes with the process's hash seed; the coined names must not, or two runs of the
    benchmark score different texts."""
    script = (
        "from bench.renamed_companies import coined_names;"
        "from newsgraph.ingest.nlp.knowledge import load_knowledge;"
        "print(sorted(coined_names({'entities': {'company': [['星云方舟', '蓝海琥珀', '星云']]}}, load_knowledge()).items()))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1


def test_an_article_naming_many_companies_still_gets_a_coined_name_for_each() -> None:
    """Once the coined words run short, a word may be shared; the benchmark must not stop on a long list."""
    gold = {
        "entities": {
            "company": [[f"{chr(0x4E00 + 97 * i)}{chr(0x4E00 + 89 * i + 7)}资本"] for i in range(40)]
        }
    }
    names = coined_names(gold, load_knowledge())
    assert len(set(names.values())) == len(names) == 40
