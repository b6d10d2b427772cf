"""Score event extraction on DuEE 1.0 (sentence level) and DuEE-Fin (document level).

Run from the repository root::

    .venv/bin/python -m bench.eval_events            # dev and test
    .venv/bin/python -m bench.eval_events --split dev
    .venv/bin/python -m bench.eval_events --split dev --renamed   # and with the companies renamed

Data: ``$NEWSGRAPH_EVAL_DIR`` or ``../shared/eval`` (skips cleanly when absent).
Tune on dev only; test is for reporting.

DuEE types map onto ours as follows (documented decision):

================================  ============  ==============================================
DuEE type                         ours          why
================================  ============  ==============================================
组织关系-辞/离职                   departure     a person leaves an organisation
组织关系-解雇                      departure     leaving, initiated by the organisation
组织关系-退出                      departure     a member leaves a group
组织关系-加盟                      appointment   a person joins an organisation
组织关系-裁员                      layoff
财经/交易-上市                     listing
财经/交易-融资                     funding
财经/交易-出售/收购                acquisition
组织关系-停职, 组织关系-解约        (unscored)    a suspension is not a departure; 解约 mixes
                                                players leaving clubs with contracts ended
================================  ============  ==============================================

A DuEE type outside the table is ignored, and so are our types it has no
counterpart for (partnership); a predicted type of the table absent from a
sentence's mapped gold is a false positive. "Arguments right" counts, among
the gold events whose type we found, those where our event of that type names
every person/organisation argument of the gold event (string match against
the surface forms of the predicted entity: equal, or one containing the other;
an event about an unnamed person, "X公司CEO离职", is matched by its title).

DuEE-Fin scores ``企业融资`` as our funding and ``中标`` as our partnership of
kind ``bid``, only in documents annotated for that type. Predicted events of a
document are pooled per type; we report event-level P/R/F1 (an event is found
when its key argument, 被投资方 / 中标公司, is matched) and argument-level
P/R/F1 over the (role, argument) pairs 被投资方, 投资方 (incl. 领投方),
融资金额, 融资轮次 / 中标公司, 招标方.

``--renamed`` scores each split a second time with the companies renamed, as
``bench.renamed_companies`` does for real news: the knowledge knows most firms of
DuEE and DuEE-Fin, unseen news names firms it cannot know. In each text (and
title) the organisation arguments of ``RENAMED_ROLES`` get coined names of
ordinary words (``coined_names``: 锐思华创 -> 灯塔琥珀, keeping a place and a
suffix), in the text and in every argument string alike; argument offsets are
not kept (the scoring does not read them). The renaming is the same on every
run, and nothing of the data is written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.ingest.nlp.knowledge import Knowledge, load_knowledge
from newsgraph.ingest.records import Event, Extraction

from bench.eval_ner import eval_dir
from bench.renamed_companies import coined_names, company_names, renamed_text, with_traditional

DUEE_TYPES = {
    "组织关系-辞/离职": "departure",
    "组织关系-解雇": "departure",
    "组织关系-退出": "departure",
    "组织关系-加盟": "appointment",
    "组织关系-裁员": "layoff",
    "财经/交易-上市": "listing",
    "财经/交易-融资": "funding",
    "财经/交易-出售/收购": "acquisition",
}
#: Our types DuEE annotates at all: a partnership (no DuEE type) is neither right nor wrong there.
MAPPED = frozenset(DUEE_TYPES.values())
# Our slot -> the DuEE roles it answers (only person/organisation arguments are scored).
DUEE_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "departure": {"person": ("离职者", "被解雇人员", "退出方"), "org": ("原所属组织", "解雇方")},
    "appointment": {"person": ("加盟者",), "org": ("所加盟组织",)},
    "layoff": {"org": ("裁员方",)},
    "listing": {"org": ("上市企业",)},
    "funding": {"org": ("融资方",), "investors": ("领投方", "跟投方")},
    "acquisition": {"acquirer": ("收购方",), "target": ("出售方", "交易物")},
}
FIN_TYPES = {"企业融资": "funding", "中标": "bid"}
FIN_ROLES = {
    "funding": {
        "被投资方": "org",
        "投资方": "investors",
        "领投方": "investors",
        "融资金额": "amount",
        "融资轮次": "round",
    },
    "bid": {"中标公司": "winner", "招标方": "tenderer"},
}
FIN_KEY = {"funding": "被投资方", "bid": "中标公司"}
#: Arguments ``--renamed`` renames: the organisations of the scored roles. Not 交易物, which is more often
#: an asset (部分股权, 一块地) than a firm, nor the people of 退出方 / 加盟者.
RENAMED_ROLES = frozenset(
    {
        "原所属组织",
        "解雇方",
        "所加盟组织",
        "裁员方",
        "上市企业",
        "融资方",
        "领投方",
        "跟投方",
        "收购方",
        "出售方",
        "被投资方",
        "投资方",
        "中标公司",
        "招标方",
    }
)


@dataclass(slots=True)
class Reading:
    """What the pipeline read from one text: its events and the surface forms of every entity id."""

    events: list[Event]
    surfaces: dict[str, set[str]] = field(default_factory=dict)


Reader = Callable[[list[str]], Iterator[Reading]]


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def surface_match(gold: str, surfaces: Iterable[str]) -> bool:
    """Whether a gold argument string names the same thing as one of an entity's surface forms."""
    gold = gold.strip()
    return any(
        s and (s == gold or (min(len(s), len(gold)) >= 2 and (s in gold or gold in s))) for s in surfaces
    )


def _slot_values(event: Event, slot: str) -> list[str]:
    """Values of one slot; an unnamed person is known by their title ("南京银行行长辞职")."""
    value = getattr(event, slot) or (event.role if slot == "person" else None)
    return list(value) if isinstance(value, list) else ([value] if value else [])


def renamed(records: list[dict], knowledge: Knowledge) -> list[dict]:
    """Copies of DuEE or DuEE-Fin records with their organisation arguments renamed in text and gold."""
    return [_renamed_record(record, knowledge) for record in records]


def _renamed_record(record: dict, knowledge: Knowledge) -> dict:
    """One record with each organisation argument taken as a company of its own, renamed wherever its text,
    title or any argument says it."""
    orgs = dict.fromkeys(
        a["argument"] for e in record["event_list"] for a in e["arguments"] if a["role"] in RENAMED_ROLES
    )
    names = with_traditional(
        coined_names({"entities": {"company": [company_names(org) for org in orgs]}}, knowledge)
    )
    events = [
        {**e, "arguments": [{**a, "argument": renamed_text(a["argument"], names)} for a in e["arguments"]]}
        for e in record["event_list"]
    ]
    copy = {**record, "text": renamed_text(record["text"], names), "event_list": events}
    if "title" in record:
        copy["title"] = renamed_text(record["title"], names)
    return copy


# --- DuEE ---------------------------------------------------------------------------------------


def _gold_args(gold_event: dict, roles: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """(our slot, gold string) pairs of a gold event's person/organisation arguments."""
    by_role = {role: slot for slot, names in roles.items() for role in names}
    return [(by_role[a["role"]], a["argument"]) for a in gold_event["arguments"] if a["role"] in by_role]


def _arguments_right(gold_event: dict, ours: list[Event], reading: Reading) -> bool:
    """Whether one of our events of the type names every person/organisation argument of the gold event."""
    ours_type = DUEE_TYPES[gold_event["event_type"]]
    wanted = _gold_args(gold_event, DUEE_ROLES[ours_type])
    if ours_type == "acquisition":
        wanted = [(s, g) for s, g in wanted if s == "acquirer"] + [
            (s, g) for s, g in wanted if s == "target"
        ][:1]
    for event in ours:
        if all(
            any(surface_match(text, reading.surfaces.get(v, {v})) for v in _slot_values(event, slot))
            for slot, text in wanted
        ):
            return True
    return False


def score_duee(records: list[dict], reader: Reader) -> tuple[dict[str, Counts], Counter]:
    """Per-type counts of sentence-level type detection, and counts of gold events with arguments right."""
    counts: dict[str, Counts] = defaultdict(Counts)
    args: Counter = Counter()
    for record, reading in zip(records, reader([r["text"] for r in records]), strict=True):
        gold = {DUEE_TYPES[e["event_type"]] for e in record["event_list"] if e["event_type"] in DUEE_TYPES}
        predicted = {e.type for e in reading.events if e.type in MAPPED}
        for event_type in gold | predicted:
            found, wanted = event_type in predicted, event_type in gold
            counts[event_type].add(
                Counts(tp=found and wanted, fp=found and not wanted, fn=wanted and not found)
            )
        for gold_event in record["event_list"]:
            event_type = DUEE_TYPES.get(gold_event["event_type"])
            ours = [e for e in reading.events if e.type == event_type]
            if event_type and ours:
                args["found"] += 1
                args["right"] += _arguments_right(gold_event, ours, reading)
    return counts, args


# --- DuEE-Fin -----------------------------------------------------------------------------------


def _canonical(role_slot: str, text: str) -> str:
    """Comparable form of amounts and rounds ("人民币1亿元" ~ "1亿", "A轮" ~ "A")."""
    text = re.sub(r"\s+", "", text)
    if role_slot == "amount":
        return re.sub(r"人民币|元$|RMB", "", text)
    if role_slot == "round":
        return re.sub(r"轮|融资|投资$", "", text).lower()
    return text


def _fin_predictions(reading: Reading) -> dict[str, list[dict[str, list[str]]]]:
    """Our events pooled per DuEE-Fin type: funding per funded company, bids per winner."""
    pooled: dict[str, dict[str, dict[str, list[str]]]] = {"funding": {}, "bid": {}}
    for event in reading.events:
        if event.type == "funding" and event.org:
            slots = pooled["funding"].setdefault(event.org, defaultdict(list))
            slots["org"] = [event.org]
            slots["investors"] += event.investors
            slots["amount"] += [event.amount] if event.amount else []
            slots["round"] += [event.round] if event.round else []
        elif event.type == "partnership" and event.kind == "bid" and event.orgs:
            slots = pooled["bid"].setdefault(event.orgs[0], defaultdict(list))
            slots["winner"] = [event.orgs[0]]
            slots["tenderer"] += event.orgs[1:]
    return {t: list(p.values()) for t, p in pooled.items()}


def _matches(slot: str, gold: str, value: str, reading: Reading) -> bool:
    if slot == "amount":  # ours drops hedges: "不超过1亿美元" is matched by "1亿美元"
        ours = _canonical(slot, value)
        return bool(ours) and ours in _canonical(slot, gold)
    if slot == "round":
        return _canonical(slot, gold) == _canonical(slot, value)
    return surface_match(gold, reading.surfaces.get(value, {value}))


def _pairs_found(gold_pairs: list[tuple[str, str]], ours: list[tuple[str, str]], reading: Reading) -> Counts:
    """Counts of matched (slot, value) pairs, each gold pair and each of ours used at most once."""
    used: set[int] = set()
    tp = 0
    for slot, gold in gold_pairs:
        for i, (our_slot, value) in enumerate(ours):
            if i not in used and our_slot == slot and _matches(slot, gold, value, reading):
                used.add(i)
                tp += 1
                break
    return Counts(tp=tp, fp=len(ours) - len(used), fn=len(gold_pairs) - tp)


def score_fin(docs: list[dict], reader: Reader) -> dict[str, dict[str, Counts]]:
    """Event-level and argument-level counts per DuEE-Fin type."""
    result: dict[str, dict[str, Counts]] = defaultdict(lambda: defaultdict(Counts))
    texts = [f"{d.get('title', '')}\n{d['text']}" for d in docs]
    for doc, reading in zip(docs, reader(texts), strict=True):
        predicted = _fin_predictions(reading)
        for fin_type in doc["_provenance"]["annotated_event_types"]:
            ours_type = FIN_TYPES[fin_type]
            roles = FIN_ROLES[ours_type]
            gold_events = [e for e in doc["event_list"] if e["event_type"] == fin_type]
            key_slot = roles[FIN_KEY[ours_type]]
            gold_keys = [
                (key_slot, a["argument"])
                for e in gold_events
                for a in e["arguments"]
                if a["role"] == FIN_KEY[ours_type]
            ]
            our_keys = [(key_slot, p[key_slot][0]) for p in predicted[ours_type]]
            result[ours_type]["events"].add(_pairs_found(list(dict.fromkeys(gold_keys)), our_keys, reading))
            gold_pairs = list(
                dict.fromkeys(
                    (roles[a["role"]], a["argument"])
                    for e in gold_events
                    for a in e["arguments"]
                    if a["role"] in roles
                )
            )
            ours = list(
                dict.fromkeys((slot, v) for p in predicted[ours_type] for slot, vs in p.items() for v in vs)
            )
            result[ours_type]["arguments"].add(_pairs_found(gold_pairs, ours, reading))
    return result


# --- pipeline and report ------------------------------------------------------------------------


def pipeline_reader() -> Reader:
    """Read texts with the real NLP pipeline (``newsgraph.ingest.nlp.extract.Extractor``)."""
    from newsgraph.ingest.nlp.extract import Document, Extractor

    extractor = Extractor()

    def read(texts: list[str]) -> Iterator[Reading]:
        documents = (Document(f"eval-{i}", text) for i, text in enumerate(texts))
        for i, extraction in enumerate(extractor.extract_many(documents)):
            if i and i % 100 == 0:
                print(f"  ... {i}/{len(texts)} texts", file=sys.stderr)
            yield reading_of(extraction)

    return read


def reading_of(extraction: Extraction) -> Reading:
    """The events of one extraction and every surface form each entity id was read as."""
    surfaces: dict[str, set[str]] = defaultdict(set)
    for mention in extraction.mentions:
        if mention.entity:
            surfaces[mention.entity].add(mention.text)
    for entity in extraction.entities:
        surfaces[entity.id].update([entity.name, *entity.aliases])
    return Reading(extraction.events, dict(surfaces))


def _row(name: str, counts: Counts, extra: str = "") -> str:
    p, r, f = counts.prf()
    support = counts.tp + counts.fn
    return f"{name:<16} {p:6.3f} {r:6.3f} {f:6.3f} {support:7d}  {extra}"


def report_duee(split: str, records: list[dict], reader: Reader) -> None:
    counts, args = score_duee(records, reader)
    print(f"\nDuEE 1.0 {split} ({len(records)} sentences): sentence-level event type")
    print(f"{'type':<16} {'P':>6} {'R':>6} {'F1':>6} {'gold':>7}")
    total = Counts()
    for event_type in sorted(counts):
        print(_row(event_type, counts[event_type]))
        total.add(counts[event_type])
    print(_row("overall (micro)", total))
    share = args["right"] / args["found"] if args["found"] else 0.0
    print(f"arguments right (person/org) in found events: {args['right']}/{args['found']} = {share:.3f}")


def report_fin(split: str, docs: list[dict], reader: Reader) -> None:
    result = score_fin(docs, reader)
    print(f"\nDuEE-Fin {split} ({len(docs)} documents)")
    print(f"{'type / level':<16} {'P':>6} {'R':>6} {'F1':>6} {'gold':>7}")
    overall: dict[str, Counts] = defaultdict(Counts)
    for fin_type in sorted(result):
        for level in ("events", "arguments"):
            print(_row(f"{fin_type} {level}", result[fin_type][level]))
            overall[level].add(result[fin_type][level])
    for level in ("events", "arguments"):
        print(_row(f"all {level}", overall[level]))


def main(argv: list[str] | None = None, reader: Reader | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N records of each file")
    parser.add_argument(
        "--renamed", action="store_true", help="score again with every organisation argument renamed"
    )
    args = parser.parse_args(argv)
    base = eval_dir()
    if not (base / "duee").is_dir():
        print(f"skipped: no evaluation data at {base} (set NEWSGRAPH_EVAL_DIR)")
        return 0
    reader = reader or pipeline_reader()
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        duee = read_jsonl(base / "duee" / f"{split}.jsonl")
        fin = read_jsonl(base / "duee_fin" / f"{split}.jsonl")
        if args.limit:
            duee, fin = duee[: args.limit], fin[: args.limit]
        report_duee(split, duee, reader)
        report_fin(split, fin, reader)
        if args.renamed:
            knowledge = load_knowledge()
            report_duee(f"{split} renamed", renamed(duee, knowledge), reader)
            report_fin(f"{split} renamed", renamed(fin, knowledge), reader)
    return 0


if __name__ == "__main__":
    sys.exit(main())
