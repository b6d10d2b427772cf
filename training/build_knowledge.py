"""Build ``ingest/data/organisations.json``, the typed organisations the recogniser links to.

Why a build step: the product must start fast and ship only validated data,
while the knowledge comes from two very different places:

* curated YAML files in ``training/knowledge/`` (one per kind of organisation,
  written by hand from public knowledge, with English names, tickers, parents);
* public lists read from ``../shared/knowledge`` when present: every A-share
  listed company (``a_share_codes.csv``, Apache-2.0) and a noisy list of
  company short forms (``company_short_forms.txt``, Apache-2.0) that only
  ever counts as weak evidence.

The script normalises the listed names (ST/PT/退 markers, trailing A/B, full
width), merges them into the curated entities by ticker, derives Traditional
names with OpenCC, decides which spellings are ordinary words that need context
(``ambiguous``) from LAC's tags, a common-word list and length, refuses
conflicts (a spelling owned by two entities, unknown parents, tickers on
non-exchanges) and writes one compact JSON file checked against its schema.

Run ``make knowledge`` (or ``.venv/bin/python training/build_knowledge.py
--shared DIR``). Without the public lists it says so and exits without
writing anything; the committed file stays as it is. Sources and their terms:
``training/README.md``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import opencc
import yaml
from newsgraph.ingest.nlp.knowledge import simplified_key

REPO = Path(__file__).resolve().parents[1]

SOURCES_DIR = REPO / "training" / "knowledge"
SOURCE_SCHEMA = SOURCES_DIR / "schema" / "source.schema.json"
COMMON_WORDS = SOURCES_DIR / "common_words.yaml"
A_SHARE_FIXES = SOURCES_DIR / "a_share_overrides.yaml"
OUTPUT = REPO / "ingest" / "data" / "organisations.json"
OUTPUT_SCHEMA = REPO / "ingest" / "data" / "schema" / "organisations.schema.json"
SHARED = REPO.parent / "shared" / "knowledge"

# The fine kind decides the graph label; downstream rules read the kind
# (an underwriter never lists, a board belongs to an exchange, media are sources).
LABEL_OF_KIND = {
    "company": "Company",
    "investor": "Company",
    "bank": "Company",
    "broker": "Company",
    "insurer": "Company",
    "exchange": "Exchange",
    "board": "Exchange",
    "regulator": "Government",
    "government": "Government",
    "university": "Organization",
    "lab": "Organization",
    "association": "Organization",
    "media": "Organization",
}
EXCHANGE_KINDS = frozenset({"exchange", "board"})
A_SHARE_BOARDS = frozenset({"sse", "sse_main", "sse_star", "szse", "szse_main", "szse_sme", "chinext", "bse"})

# A-share code prefixes -> the board (an entity of kind board/exchange) it trades on.
BOARD_OF_CODE = (
    (("688", "689"), "SH", "sse_star"),
    (("60",), "SH", "sse"),
    (("300", "301", "302"), "SZ", "chinext"),
    (("000", "001", "002", "003"), "SZ", "szse"),
    (("200", "201"), "SZ", "szse"),
    (("900",), "SH", "sse"),
    (("4", "8", "9"), "BJ", "bse"),
)
_MARKERS = re.compile(r"^(?:XD|XR|DR|S\*ST|\*ST|SST|ST|PT|S|N|C)(?=[\u4e00-\u9fffA-Z])|^退市")
_TRAILING = re.compile(r"(?:[AB]|-[UW]+)$|退$")
# Kinds an A-share company's name makes clear; every other listed company is a company.
_NAME_KINDS = (
    (re.compile(r"(?:银行|农商行)$"), "bank"),
    (re.compile(r"证券|期货"), "broker"),
    (re.compile(r"保险|人寿|财险|人保|太保"), "insurer"),
    (re.compile(r"创投$"), "investor"),
)
# A name in a company frame: LAC's tag of it there says whether it reads as a name.
_FRAME = "据报道，{}昨日发布公告称"
_NAME_TAGS = frozenset({"ORG", "nz", "nw"})
_PROPER_TAGS = _NAME_TAGS | {"PER"}
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_LATIN = re.compile(r"^[A-Za-z0-9 .&'+-]+$")
LONG_NAME = 5


class BuildError(ValueError):
    """The sources contradict each other or their schema: nothing is written."""


@dataclass
class Entity:
    """One organisation while it is being built; ``origin`` names the sources it came from."""

    id: str
    kind: str
    name: str
    type: str | None = None
    name_hant: str | None = None
    name_en: str | None = None
    full_name: str | None = None
    aliases: list[str] = field(default_factory=list)
    ambiguous: set[str] = field(default_factory=set)
    tickers: list[tuple[str, str]] = field(default_factory=list)
    parent: str | None = None
    sector: str | None = None
    list_date: str | None = None
    delisted: bool = False
    origin: list[str] = field(default_factory=list)
    curated: bool = True

    def spellings(self) -> Iterator[str]:
        yield from (s for s in (self.name, self.name_hant, self.name_en, self.full_name, *self.aliases) if s)

    def to_json(self) -> dict[str, Any]:
        record: dict[str, Any] = {"id": self.id, "kind": self.kind, "type": self.type, "name": self.name}
        optional = {
            "name_hant": self.name_hant,
            "name_en": self.name_en,
            "full_name": self.full_name,
            "aliases": list(dict.fromkeys(self.aliases)),
            "ambiguous": sorted(self.ambiguous),
            "tickers": [{"exchange": e, "code": c} for e, c in self.tickers],
            "parent": self.parent,
            "sector": self.sector,
            "list_date": self.list_date,
            "delisted": self.delisted,
            "origin": self.origin,
        }
        record.update({k: v for k, v in optional.items() if v})
        return record


# ------------------------------------------------------------------ curated sources


def load_curated(folder: Path = SOURCES_DIR) -> list[Entity]:
    """Every entity of the curated YAML files, validated, in file order (core first)."""
    schema = json.loads(SOURCE_SCHEMA.read_text(encoding="utf-8"))
    files = sorted(folder.glob("*.yaml"), key=lambda p: (p.stem != "core", p.stem))
    entities = []
    for path in files:
        if path in (COMMON_WORDS, A_SHARE_FIXES):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        _validate(data, schema, path.name)
        entities += [_curated(item, data.get("kind"), path.stem) for item in data["entities"]]
    return entities


def _validate(data: Any, schema: dict[str, Any], where: str) -> None:
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        path = "/".join(str(p) for p in errors[0].absolute_path) or "(top)"
        raise BuildError(f"{where}: {path}: {errors[0].message}")


def _curated(item: dict[str, Any], default_kind: str | None, origin: str) -> Entity:
    kind = item.get("kind", default_kind)
    if kind is None:
        raise BuildError(f"{origin}.yaml: {item['id']}: no kind (set it on the entity or the file)")
    return Entity(
        id=item["id"],
        kind=kind,
        type=item.get("type"),
        name=item["name"],
        name_hant=item.get("name_hant"),
        name_en=item.get("name_en"),
        full_name=item.get("full_name"),
        aliases=list(item.get("aliases", [])),
        ambiguous=set(item.get("ambiguous", [])),
        tickers=[_ticker(t) for t in item.get("tickers", [])],
        parent=item.get("parent"),
        sector=item.get("sector"),
        origin=[origin],
    )


def _ticker(value: str | dict[str, str]) -> tuple[str, str]:
    if isinstance(value, dict):
        return value["exchange"], value["code"]
    exchange, code = value.split(":", 1)
    return exchange, code


# ------------------------------------------------------------------ A-share list


@dataclass(frozen=True)
class Listing:
    code: str
    board: str
    name: str
    list_date: str | None
    delisted: bool


def normalise_listed_name(raw: str) -> tuple[str, bool]:
    """The company's short name without trading markers, and whether a marker says it left the market.

    ``*ST国华`` -> 国华, ``万科Ａ`` -> 万科, ``神城A退`` -> 神城 (delisted), ``退市海润`` -> 海润 (delisted).
    """
    name = simplified_key(raw).replace(" ", "")
    delisted = "退" in name[-1:] or name.startswith("退市")
    previous = None
    while previous != name:
        previous = name
        name = _MARKERS.sub("", name)
        name = _TRAILING.sub("", name) if len(name) > 2 else name
    return name, delisted


def board_of(code: str, exchange: str) -> str:
    for prefixes, market, board in BOARD_OF_CODE:
        if exchange == market and code.startswith(prefixes):
            return board
    raise BuildError(f"a_share_codes.csv: no board for {exchange} {code}")


def read_listings(path: Path, fixes: dict[str, dict[str, Any]]) -> list[Listing]:
    """The A-share rows, normalised; a row fixed in a_share_overrides.yaml takes the fix."""
    listings = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            code, fix = row["stock_code"].strip(), fixes.get(row["stock_code"].strip(), {})
            if fix.get("skip"):
                continue
            name, delisted = normalise_listed_name(row["short_name"])
            date = row["list_date"].strip() or None
            listings.append(
                Listing(
                    code=code,
                    board=board_of(code, row["exchange"].strip()),
                    name=fix.get("name", name),
                    list_date=date,
                    delisted=fix.get("delisted", delisted or date is None),
                )
            )
    return listings


def kind_from_name(name: str) -> str:
    for pattern, kind in _NAME_KINDS:
        if pattern.search(name):
            return kind
    return "company"


def merge_listings(
    entities: list[Entity], listings: list[Listing], fixes: dict[str, dict[str, Any]], log: Counter[str]
) -> list[Entity]:
    """Curated entities enriched by their listings, then one new entity per other listed company.

    A listing joins a curated entity with the same code (or the id its fix names);
    its short name becomes an alias there. Two listings with one name (an A and a
    B share, or an old delisted company) are one entity unless both still trade.
    """
    by_id = {e.id: e for e in entities}
    by_code = {code: e for e in entities for board, code in e.tickers if board in A_SHARE_BOARDS}
    new: dict[str, Entity] = {}
    for listing in sorted(listings, key=lambda x: (x.delisted, x.code)):
        fix = fixes.get(listing.code, {})
        target = by_id.get(fix["merge"]) if "merge" in fix else by_code.get(listing.code)
        if "merge" in fix and target is None:
            raise BuildError(f"a_share_overrides.yaml: {listing.code}: unknown id {fix['merge']!r}")
        if target is not None:
            _enrich(target, listing, log)
            continue
        twin = new.get(listing.name)
        if twin is not None:
            if listing.delisted:
                log["listing dropped: name of a trading company"] += 1
                continue
            twin.tickers.append((listing.board, listing.code))
            log["second share class joined"] += 1
            continue
        new[listing.name] = _listed_entity(listing, fix)
    return entities + list(new.values())


def _enrich(entity: Entity, listing: Listing, log: Counter[str]) -> None:
    if (listing.board, listing.code) not in entity.tickers:
        if any(code == listing.code for _, code in entity.tickers):
            raise BuildError(f"{entity.id}: {listing.code} is on {listing.board}, not as curated")
        entity.tickers.append((listing.board, listing.code))
    if listing.name != entity.name and listing.name not in entity.aliases:
        entity.aliases.append(listing.name)
    entity.list_date = entity.list_date or listing.list_date
    entity.origin.append("a_share")
    log["curated entity joined by its listing"] += 1


def _listed_entity(listing: Listing, fix: dict[str, Any]) -> Entity:
    market = {"sse": "sh", "sse_star": "sh", "szse": "sz", "chinext": "sz", "bse": "bj"}[listing.board]
    return Entity(
        id=f"{market}{listing.code}",
        kind=fix.get("kind", kind_from_name(listing.name)),
        name=listing.name,
        name_en=fix.get("name_en"),
        aliases=list(fix.get("aliases", [])),
        tickers=[(listing.board, listing.code)],
        list_date=listing.list_date,
        delisted=listing.delisted,
        origin=["a_share"],
        curated=False,
    )


# ------------------------------------------------------------------ evidence


@dataclass(frozen=True)
class Evidence:
    """What is known about a spelling: LAC's words and tags alone and in a company frame, and the lists."""

    alone: tuple[tuple[str, str], ...]
    framed: tuple[tuple[str, str], ...]
    common: bool
    short_form: bool

    def frame_tag(self) -> str | None:
        """LAC's tag when the spelling is one word in the frame, else None."""
        return self.framed[0][1] if len(self.framed) == 1 else None

    def alone_tag(self) -> str | None:
        return self.alone[0][1] if len(self.alone) == 1 else None

    def ordinary_words(self) -> bool:
        """LAC reads it as a phrase of ordinary words or places (信息 + 发展, 杭州 + 园林).

        Words LAC does not know come out as names (PER, nz, ORG): a name with
        such a part (江特 + 电机) does not occur in ordinary text. When only one
        of the two readings is all ordinary words, the noisy short-form list
        decides: a name it holds is taken as a name (its only use, as weak
        evidence).
        """
        readings = [all(tag not in _PROPER_TAGS for _, tag in r) for r in (self.alone, self.framed) if r]
        return all(readings) or (any(readings) and not self.short_form)


class EvidenceTable:
    """LAC tags of many spellings at once, computed in batches (LAC is the slow part)."""

    def __init__(self, spellings: Iterable[str], common: frozenset[str], short_forms: frozenset[str]) -> None:
        from newsgraph.ingest.nlp.language import LacTagger

        tagger = LacTagger()
        words = sorted({s for s in spellings if _CJK.match(s)})
        alone, framed = [], []
        for start in range(0, len(words), 256):
            batch = words[start : start + 256]
            alone += tagger.tag(batch)
            framed += tagger.tag([_FRAME.format(w) for w in batch])
        self.table = {
            w: Evidence(tuple(map(tuple, a)), _framed_words(w, f), w in common, w in short_forms)
            for w, a, f in zip(words, alone, framed, strict=True)
        }
        self.common = common

    def needs_context(self, spelling: str, curated: bool) -> str | None:
        """Why a spelling is ambiguous (an ordinary word, a place...), or None when it names only this.

        Curated spellings were chosen by a person as how news names the
        organisation, and LAC reads many new names (依图, 智谱) as ordinary
        nouns: only the common-word list flags them, besides the sources' own
        flags. Listed names are flagged when short, or when LAC reads them
        as an ordinary word, a place, a person or a phrase of ordinary words.
        """
        key = simplified_key(spelling)
        if _LATIN.match(key):
            return "short or common English word" if key.lower() in self.common or len(key) <= 2 else None
        evidence = self.table.get(key)
        if evidence is None:
            return None
        if evidence.common:
            return "common word"
        if curated or len(key) >= LONG_NAME:
            return None
        alone, framed = evidence.alone_tag(), evidence.frame_tag()
        if len(key) == 2:
            return None if alone in _NAME_TAGS and framed == "ORG" else "two characters"
        if alone and alone not in _PROPER_TAGS | {"LOC"} and framed != "ORG":
            return "ordinary word"
        if (alone == "LOC" and framed != "ORG") or (framed == "LOC" and alone != "ORG"):
            return "place name"
        if len(key) <= 3 and alone == framed == "PER":
            return "person name"
        return "reads as ordinary words" if evidence.ordinary_words() else None


def _framed_words(spelling: str, tagged: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The words of the spelling in the frame; none when LAC glued it to the frame's words."""
    words = tuple(tuple(w) for w in tagged[2:-4])
    return words if "".join(w for w, _ in words) == spelling else ()


def load_common_words(path: Path = COMMON_WORDS) -> frozenset[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    words = [w for group in data["groups"].values() for w in group]
    return frozenset(simplified_key(w).lower() if _LATIN.match(w) else simplified_key(w) for w in words)


def load_short_forms(path: Path) -> frozenset[str]:
    """The noisy short-form list as a set of Simplified keys (weak evidence only)."""
    with path.open(encoding="utf-8-sig") as handle:
        return frozenset(simplified_key(line) for line in handle if line.strip())


def resolve_spellings(entities: list[Entity], log: Counter[str]) -> list[Entity]:
    """Give every spelling (Simplified key) to one entity, or fail; the entities kept.

    Claims are served by trust: curated entities, then trading listed
    companies, then delisted ones. Two curated entities claiming a spelling,
    or a trading company's name claimed by a curated entity, is an error to
    fix in the sources (a_share_overrides.yaml can merge or rename a listing).
    A listed alias already taken is dropped, and so is a delisted company
    whose name is taken (both logged).
    """
    owner: dict[str, str] = {}
    errors: list[str] = []
    dropped: set[str] = set()
    for tier, entity, spellings in sorted(_claims(entities), key=lambda c: c[0]):
        keys = {s: simplified_key(s).lower() for s in spellings}
        taken = {s: owner[k] for s, k in keys.items() if owner.get(k, entity.id) != entity.id}
        if tier == 3 and entity.name in taken:
            dropped.add(entity.id)
            log["delisted company dropped: its name is taken"] += 1
            continue
        for spelling, holder in taken.items():
            if tier == 0:
                errors.append(f"{spelling!r} names both {holder!r} and {entity.id!r}")
            elif spelling == entity.name:
                errors.append(
                    f"listed name {spelling!r} of {entity.id} is {holder!r}'s: fix a_share_overrides.yaml"
                )
            else:
                entity.aliases.remove(spelling)
                entity.ambiguous.discard(spelling)
                log["listed alias dropped: taken"] += 1
        owner.update((k, entity.id) for s, k in keys.items() if s not in taken)
    if errors:
        raise BuildError("spelling conflicts:\n  " + "\n  ".join(errors))
    return [e for e in entities if e.id not in dropped]


def _claims(entities: list[Entity]) -> Iterator[tuple[int, Entity, list[str]]]:
    """(tier, entity, spellings): the order in which entities claim their spellings."""
    for entity in entities:
        spellings = list(dict.fromkeys(entity.spellings()))
        if entity.curated:
            yield 0, entity, spellings
        elif entity.delisted:
            yield 3, entity, spellings
        else:
            yield 1, entity, spellings


def check_references(entities: list[Entity]) -> None:
    """Ids unique, parents known, tickers on exchanges or boards, one owner per ticker, kinds known."""
    by_id: dict[str, Entity] = {}
    errors = []
    for entity in entities:
        if by_id.setdefault(entity.id, entity) is not entity:
            errors.append(f"id {entity.id!r} is used twice")
    tickers: dict[tuple[str, str], str] = {}
    for entity in entities:
        if entity.parent and entity.parent not in by_id:
            errors.append(f"{entity.id}: unknown parent {entity.parent!r}")
        if entity.parent == entity.id:
            errors.append(f"{entity.id}: its own parent")
        for ticker in entity.tickers:
            market = by_id.get(ticker[0])
            if market is None or market.kind not in EXCHANGE_KINDS:
                errors.append(f"{entity.id}: ticker {ticker} names no exchange or board")
            if tickers.setdefault(ticker, entity.id) != entity.id:
                errors.append(f"ticker {ticker} of both {tickers[ticker]!r} and {entity.id!r}")
        if entity.ambiguous - set(entity.spellings()):
            errors.append(
                f"{entity.id}: ambiguous names no spelling of it: {entity.ambiguous - set(entity.spellings())}"
            )
    errors += _parent_cycles(by_id)
    if errors:
        raise BuildError("reference errors:\n  " + "\n  ".join(errors))


def _parent_cycles(by_id: dict[str, Entity]) -> list[str]:
    errors = []
    for entity in by_id.values():
        seen, current = {entity.id}, entity.parent
        while current:
            if current in seen:
                errors.append(f"{entity.id}: parent cycle through {current!r}")
                break
            seen.add(current)
            current = by_id[current].parent if current in by_id else None
    return errors


def check_spelling_rules(entities: list[Entity]) -> None:
    """No single-character spelling, no spelling with surrounding blanks."""
    errors = [
        f"{e.id}: {s!r}"
        for e in entities
        for s in e.spellings()
        if len(simplified_key(s)) < 2 or s != s.strip()
    ]
    if errors:
        raise BuildError("spellings too short or padded:\n  " + "\n  ".join(errors))


# ------------------------------------------------------------------ build


def finish(entities: list[Entity], evidence: EvidenceTable, reasons: Counter[str]) -> None:
    """Labels, Traditional names and ambiguity flags, the last steps before writing."""
    s2t = opencc.OpenCC("s2t")
    for entity in entities:
        default = LABEL_OF_KIND[entity.kind]
        entity.type = entity.type or default
        if entity.name_hant is None and _has_cjk(entity.name):
            hant = s2t.convert(entity.name)
            entity.name_hant = hant if hant != entity.name else None
        flagged = {simplified_key(s) for s in entity.ambiguous}
        for spelling in _distinct(entity.spellings()):
            if simplified_key(spelling) in flagged:
                entity.ambiguous.add(spelling)
                reasons["flagged in the sources"] += 1
                continue
            reason = evidence.needs_context(spelling, entity.curated)
            if reason:
                entity.ambiguous.add(spelling)
                reasons[reason] += 1


def _distinct(spellings: Iterable[str]) -> Iterator[str]:
    """Spellings with distinct Simplified keys (a Traditional twin counts once)."""
    seen: set[str] = set()
    for spelling in spellings:
        key = simplified_key(spelling).lower()
        if key not in seen:
            seen.add(key)
            yield spelling


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def build(shared: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The output document and a report of what the build did."""
    log: Counter[str] = Counter()
    fixes = {str(k): v for k, v in yaml.safe_load(A_SHARE_FIXES.read_text(encoding="utf-8"))["codes"].items()}
    curated = load_curated()
    check_references(curated)
    listings = read_listings(shared / "a_share_codes.csv", fixes)
    entities = merge_listings(curated, listings, fixes, log)
    spellings = {simplified_key(s) for e in entities for s in e.spellings()}
    evidence = EvidenceTable(
        spellings, load_common_words(), load_short_forms(shared / "company_short_forms.txt")
    )
    entities = resolve_spellings(entities, log)
    check_spelling_rules(entities)
    check_references(entities)
    reasons: Counter[str] = Counter()
    finish(entities, evidence, reasons)
    document = {
        "version": 1,
        "sources": "training/knowledge/*.yaml (curated); a_share_codes.csv and company_short_forms.txt "
        "(Apache-2.0, see training/README.md)",
        "entities": [e.to_json() for e in entities],
    }
    report = {
        "entities": len(entities),
        "kinds": dict(Counter(e.kind for e in entities).most_common()),
        "labels": dict(Counter(e.type for e in entities).most_common()),
        "curated": sum(e.curated for e in entities),
        "listed": sum(1 for e in entities if "a_share" in e.origin),
        "with_tickers": sum(1 for e in entities if e.tickers),
        "with_parent": sum(1 for e in entities if e.parent),
        "with_english": sum(1 for e in entities if e.name_en),
        "spellings": sum(1 for e in entities for _ in e.spellings()),
        "ambiguous_spellings": dict(reasons.most_common()),
        "steps": dict(log.most_common()),
    }
    return document, report


def write(document: dict[str, Any], path: Path = OUTPUT) -> None:
    """One entity per line: compact for the loader, readable in a diff."""
    schema = json.loads(OUTPUT_SCHEMA.read_text(encoding="utf-8"))
    _validate(document, schema, path.name)
    head = {k: v for k, v in document.items() if k != "entities"}
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in document["entities"]]
    text = json.dumps(head, ensure_ascii=False)[:-1] + ',"entities":[\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder of the public lists")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (args.shared / "a_share_codes.csv").exists():
        print(f"{args.shared} has no a_share_codes.csv: nothing built")
        return 0
    started = time.perf_counter()
    try:
        document, report = build(args.shared)
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    write(document, args.output)
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
