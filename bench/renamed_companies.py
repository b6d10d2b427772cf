"""How well the extraction reads companies it cannot know: real news with every company renamed.

Run from the repository root::

    .venv/bin/python -m bench.renamed_companies                 # dev (tune here)
    .venv/bin/python -m bench.renamed_companies --split test    # report only

The knowledge files hold thousands of organisations, and real-news dev was read while the rules were
written, so most of its companies are known names. News about AI names new start-ups every week, often
in ordinary words (月之暗面, 深度求索, 面壁智能) that neither the knowledge nor LAC reads as names. This
benchmark copies a split to a temporary folder and renames each gold company there, in the text and in
the gold alike, to a coined name made of ordinary words (灯塔 + 琥珀), keeping its place of registration
and its suffix (杭州 + 灯塔琥珀 + 半导体股份有限公司; a Latin name gets a coined Latin one). It scores
the extraction on the split as it is and on the renamed copy, side by side: the gap is what the
extraction owes to knowing the names. Data: ``$NEWSGRAPH_EVAL_DIR`` or ``../shared/eval``; skips cleanly
when absent. Nothing of the data is kept.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import tempfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import opencc
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.nlp.knowledge import Knowledge, load_knowledge

from bench.eval_real_news import SPLITS, available, data_dir, predict, score

#: Ordinary two-character nouns coined names are made of: none is a company's name on its own.
WORDS = tuple(
    "灯塔琥珀石榴松果麦田海豚鲸鱼雪松棱镜矩阵光年原点深空引力潮汐萤火飞轮纸鸢银杏赤道"
    "北极蜂鸟山海远航长风白鹭方舟青藤晨曦极光蓝湖云杉火山岩石橙子星河折纸风铃竹林灯笼"[i : i + 2]
    for i in range(0, 80, 2)
)
#: Syllables of coined Latin names.
SYLLABLES = ("Vel", "Nor", "Qua", "Zen", "Lum", "Tar", "Kiv", "Oro", "Sel", "Dax")
ENDINGS = ("ix", "ra", "to", "ex", "en", "ia", "on", "ar")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9 .&-]*")
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--out", type=Path, help="keep the predictions here (default: a temporary folder)")
    args = parser.parse_args()
    if not available():
        print(f"real-news evaluation data not found at {data_dir()}: skipped")
        return
    extractor = Extractor()
    with tempfile.TemporaryDirectory(prefix="renamed-") as scratch:
        out = args.out or Path(scratch) / "predictions"
        print(f"as written: {score(args.split, predict(args.split, out / 'as_written', extractor)).line}")
        renamed = Path(scratch) / "data"
        rename_split(data_dir(), renamed, args.split, load_knowledge())
        with data_at(renamed):
            result = score(args.split, predict(args.split, out / "renamed", extractor))
        print(f"renamed:    {result.line}")


def rename_split(source: Path, target: Path, split: str, knowledge: Knowledge) -> None:
    """A copy of ``source``'s real news ``split`` (and its scorer) at ``target`` with every gold company
    renamed in text and gold."""
    folder = target / "real_news" / split
    folder.mkdir(parents=True)
    shutil.copy(source / "score.py", target / "real_news" / "score.py")
    shutil.copy(source / split / "manifest.json", folder / "manifest.json")
    for item in json.loads((source / split / "manifest.json").read_text(encoding="utf-8")):
        stem = Path(item["file"]).stem
        gold = json.loads((source / split / f"{stem}.gold.json").read_text(encoding="utf-8"))
        # Text and gold alike in every script: a Traditional article's gold may spell its names so.
        names = with_traditional(coined_names(gold, knowledge))
        text = (source / split / item["file"]).read_text(encoding="utf-8")
        (folder / item["file"]).write_text(renamed_text(text, names), encoding="utf-8")
        renamed = _map_strings(gold, functools.partial(renamed_text, names=names))
        (folder / f"{stem}.gold.json").write_text(json.dumps(renamed, ensure_ascii=False), encoding="utf-8")


def coined_names(gold: dict, knowledge: Knowledge) -> dict[str, str]:
    """Each gold company's distinctive part (its core name without a place: 商汤 of 上海商汤科技有限公司,
    or a Latin name) -> a coined one. A company's Chinese cores share its coined name, a short form starting
    a longer core the start of it, so its names still read as one firm. No coined name or word of one is a
    name the knowledge holds (岩石 is a listed firm's): the copy would score the knowledge again."""
    names: dict[str, str] = {}
    known = _known_spellings(knowledge)
    for aliases in gold.get("entities", {}).get("company", []):
        parts = {alias if _LATIN.fullmatch(alias) else _distinctive(alias, knowledge) for alias in aliases}
        for part in sorted(filter(None, parts), key=lambda p: (-len(p), p)):
            if part not in names:
                short = _shortened(part, names, parts)
                names[part] = (
                    short if short and short not in known else _coin(part, set(names.values()), known)
                )
    return names


def _shortened(part: str, names: dict[str, str], parts: set[str | None]) -> str | None:
    """The coined name of another Chinese core of a company already renamed: the start of that name when the
    core starts the longer one (阿里 of 阿里巴巴 -> 雪松 of 雪松长风), else the same name (滴滴自驾 beside
    滴滴自动驾驶), so the company's names still read as one firm; none for a Latin name or a first core."""
    if _LATIN.fullmatch(part):
        return None
    longer = sorted(
        (p for p in parts if p and p != part and p in names and not _LATIN.fullmatch(p)),
        key=lambda p: (-len(p), p),
    )
    if not longer:
        return None
    prefixed = next((p for p in longer if p.startswith(part)), None)
    return names[prefixed][: len(part)] if prefixed else names[longer[0]]


def _known_spellings(knowledge: Knowledge) -> frozenset[str]:
    """Every name and alias of the organisations the knowledge holds."""
    return frozenset(s for e in knowledge.entities.values() for s in (e.name, e.name_en, *e.aliases) if s)


def _distinctive(name: str, knowledge: Knowledge) -> str | None:
    """The part of a Chinese company name to rename: its core name without a leading place; none when it is
    too short or a place itself."""
    core = knowledge.core_name(name)
    place = next((p for p in knowledge.place_prefixes if core.startswith(p)), "")
    core = core[len(place) :]
    return core if len(core) >= 2 and _CHINESE.fullmatch(core) else None


def _coin(part: str, taken: set[str], known: frozenset[str]) -> str:
    """A coined name for ``part``, the same on every run, unlike the others of the article, and neither it nor
    a word of it a known name (海豚岩石 would be read as 岩石, a listed firm). Its words are its own (no 灯笼灯笼)
    and, while the article leaves enough words, none another coined name's (潮汐白鹭 beside 白鹭松果)."""
    seed = zlib.crc32(part.encode())
    latin = bool(_LATIN.fullmatch(part))
    used = {n[k : k + 2] for n in taken if not _LATIN.fullmatch(n) for k in range(0, len(n), 2)}
    for shared in (frozenset(used), frozenset()):
        for attempt in range(1000):
            h = seed + attempt * 7919
            if latin:
                name, words = SYLLABLES[h % len(SYLLABLES)] + ENDINGS[(h >> 4) % len(ENDINGS)], []
            else:
                words = [WORDS[(h >> (6 * k)) % len(WORDS)] for k in range(1 if len(part) <= 2 else 2)]
                name = "".join(words)
            own = len(set(words)) == len(words) and not shared.intersection(words)
            if own and name not in taken and name not in known and not any(w in known for w in words):
                return name
    raise ValueError(f"no coined name left for {part}")


def company_names(argument: str) -> list[str]:
    """The names of the company an annotated argument names, for ``coined_names``: the argument, and a Latin
    name of three letters or more inside a longer phrase (Uber of 网约车公司Uber), which ``_distinctive`` leaves
    alone; not a shorter one, which is more often a word (AI of AI芯片公司星云) than a name."""
    if _LATIN.fullmatch(argument):
        return [argument]
    inside = (m.group(0).strip() for m in _LATIN.finditer(argument))
    return [argument, *(latin for latin in inside if len(latin) >= 3)]


def with_traditional(names: dict[str, str]) -> dict[str, str]:
    """The renaming with the Traditional spellings of each part as well (the texts of Hong Kong and Taiwan); made
    once per text, then applied to all its strings with :func:`renamed_text`."""
    spelled = dict(names)
    for config in ("s2t", "s2hk", "s2tw"):
        converter = _converter(config)
        for part, coined in names.items():
            spelled.setdefault(converter.convert(part), converter.convert(coined))
    return spelled


@functools.cache
def _converter(config: str) -> opencc.OpenCC:
    """One converter per script for the whole run: building one reads its dictionaries again."""
    return opencc.OpenCC(config)


def renamed_text(text: str, names: dict[str, str]) -> str:
    """``text`` with every part renamed, longest first (广汽丰田 before 丰田)."""
    if not names:
        return text
    pattern = re.compile("|".join(re.escape(p) for p in sorted(names, key=len, reverse=True)))
    return pattern.sub(lambda m: names[m.group(0)], text)


def _map_strings(value: object, change: Callable[[str], str]) -> object:
    """``value`` (parsed JSON) with ``change`` applied to every string in it."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_map_strings(v, change) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, change) for k, v in value.items()}
    return value


@contextmanager
def data_at(folder: Path) -> Iterator[None]:
    """Point the evaluation at ``folder`` for a while (``data_dir`` reads ``NEWSGRAPH_EVAL_DIR``)."""
    before = os.environ.get("NEWSGRAPH_EVAL_DIR")
    os.environ["NEWSGRAPH_EVAL_DIR"] = str(folder)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("NEWSGRAPH_EVAL_DIR")
        else:
            os.environ["NEWSGRAPH_EVAL_DIR"] = before


if __name__ == "__main__":
    main()
