"""Score company-to-company events on FinRE: a silver check of partnerships, acquisitions and investments.

Run from the repository root::

    .venv/bin/python -m bench.eval_finre --split valid
    .venv/bin/python -m bench.eval_finre --split train --errors > /tmp/finre_errors.txt

Data: ``$NEWSGRAPH_TRAIN_DIR`` or ``../shared/train`` (``finre/{train,valid,test}.txt``; skips cleanly when
absent). Tune on train and valid only; test is for reporting.

FinRE (THUNLP, MIT) labels pairs of companies named in one sentence of financial news with a relation
(``head<TAB>tail<TAB>relation<TAB>sentence``, every pair also listed reversed). It was labelled for
relation extraction, not for our events, so it is silver: ``bench/data/finre_relations.yaml`` maps each
relation to the event it means between the two (with the reason), to "no event" (competitors, disputes,
analysts, holdings, one company under two names) or to "unsure" (left out of both scores). A pair labelled
several times takes every event its labels mean; with none, any unsure label makes it unsure.

Each distinct sentence is extracted once. Then:

- **recall** of a type: the share of labelled (pair, type) facts for which one of our events of that type
  links the two names, in the labelled direction where the type has one (acquirer -> target; investor ->
  funded company);
- **precision** of a type: among our events of that type whose two sides are a pair with a sure label (a
  partnership counts once per pair of its organisations, a funding once per investor), the share the label
  agrees with. An investment label agrees with a funding (investor -> funded), an acquisition (buyer ->
  bought) or a partnership of kind ``investment``.

Names match much as the real-news scorer matches them: compared in Simplified Chinese, lower case, equal
or one longer than the other by the knowledge's legal forms or organisation suffixes (星云科技 =
星云科技有限公司 = 星云), against every surface form of our entity (its name, aliases and mentions).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.nlp.scripts import to_simplified
from newsgraph.ingest.records import Event

from bench.eval_events import Counts, Reader, Reading, pipeline_reader
from bench.eval_ner import train_dir

MAPPING = Path(__file__).parent / "data" / "finre_relations.yaml"
TYPES = ("partnership", "acquisition", "investment")
#: Our event types as the rows they are scored in (a funding event is an investment between two companies).
ROW_OF = {"partnership": "partnership", "acquisition": "acquisition", "funding": "investment"}
#: FinRE hides every number as "<N>"; a digit reads more like news to the pipeline.
NUMBER_MARK = "<N>"


@dataclass(frozen=True, slots=True)
class Fact:
    """One event a label says links the pair; ``first`` is the acquirer or investor (None: no direction)."""

    type: str
    first: str | None = None


@dataclass(slots=True)
class Pair:
    """The labels of one unordered pair of names in one sentence."""

    names: tuple[str, str]
    relations: set[str] = field(default_factory=set)

    def facts(self, mapping: dict[str, dict]) -> set[Fact] | None:
        """The events the labels mean (empty: no event between the two); None when no label is sure."""
        facts, unsure = set(), False
        for head, relation in self.relations_by_head():
            entry = mapping.get(relation, {"event": "unsure"})
            if entry["event"] in TYPES:
                facts.add(Fact(entry["event"], head if "head" in entry else None))
            unsure |= entry["event"] == "unsure"
        return facts if facts or not unsure else None

    def relations_by_head(self) -> Iterator[tuple[str, str]]:
        """(head, active relation): a passive label "被X" of head H is X with the other name as head."""
        for label in self.relations:
            head, relation = label.split("\t")
            if relation.startswith("被"):
                yield self.other(head), relation[1:]
            else:
                yield head, relation

    def other(self, name: str) -> str:
        return self.names[1] if name == self.names[0] else self.names[0]


def load_mapping() -> dict[str, dict]:
    return yaml.safe_load(MAPPING.read_text(encoding="utf-8"))["relations"]


def read_finre(path: Path) -> dict[str, dict[frozenset[str], Pair]]:
    """Sentence -> its labelled pairs, read from one FinRE file."""
    sentences: dict[str, dict[frozenset[str], Pair]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or parts[0] == parts[1]:
            continue
        head, tail, relation, sentence = parts
        key = frozenset((head, tail))
        pair = sentences[sentence].setdefault(key, Pair((head, tail)))
        pair.relations.add(f"{head}\t{relation}")
    return sentences


def norm(text: str) -> str:
    """A name as compared: Simplified, lower case, without spaces."""
    return to_simplified(text).strip().lower().replace(" ", "")


@cache
def suffixes() -> frozenset[str]:
    """What may follow a company's name and still name the same company: the knowledge's legal forms and
    organisation suffixes (科技, 集团, 有限公司), one or two of them (科技有限公司)."""
    knowledge = load_knowledge()
    single = {*knowledge.legal_forms, *knowledge.suffixes}
    return frozenset({*single, *(a + b for a in single for b in single)})


def same_name(a: str, b: str) -> bool:
    """Equal, or one is the other followed by a legal form or an organisation suffix."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 2 and long.startswith(short) and long[len(short) :] in suffixes())


def names_of(entity: str, reading: Reading, labelled: Iterable[str]) -> set[str]:
    """The labelled names one of our entities answers to."""
    surfaces = reading.surfaces.get(entity, {entity})
    return {name for name in labelled if any(same_name(name, s) for s in surfaces)}


@dataclass(frozen=True, slots=True)
class Link:
    """One of our events read as a directed (or undirected) link between two labelled names."""

    row: str
    first: str
    second: str
    directed: bool
    kind: str | None
    evidence: str


def links(event: Event, reading: Reading, labelled: set[str]) -> Iterator[Link]:
    """Every pair of labelled names one of our events links."""

    def named(entity: str | None) -> set[str]:
        return names_of(entity, reading, labelled) if entity else set()

    row = ROW_OF.get(event.type)
    if row == "partnership":
        sides = [named(org) for org in event.orgs]
        for i, left in enumerate(sides):
            for right in sides[i + 1 :]:
                yield from (
                    Link(row, a, b, False, event.kind, event.trigger) for a in left for b in right if a != b
                )
    elif row == "acquisition":
        for a in named(event.acquirer):
            yield from (Link(row, a, b, True, None, event.trigger) for b in named(event.target) if a != b)
    elif row == "investment":
        for investor in event.investors:
            for a in named(investor):
                yield from (Link(row, a, b, True, None, event.trigger) for b in named(event.org) if a != b)


def agrees(link: Link, facts: set[Fact]) -> bool:
    """Whether a label of the pair means the event we read (and its direction)."""
    for fact in facts:
        direction_ok = fact.first is None or not link.directed or fact.first == link.first
        if fact.type == "investment":
            if link.row in ("investment", "acquisition") and direction_ok:
                return True
            if link.row == "partnership" and link.kind == "investment":
                return True
        elif fact.type == link.row and direction_ok:
            return True
    return False


@dataclass(slots=True)
class Result:
    """Per row: recall over labelled facts, precision over our links on sure pairs; and the errors."""

    recall: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    precision: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[str] = field(default_factory=list)

    def row(self, name: str) -> tuple[float, float, float, int]:
        """P (of our links), R (of labelled facts), F1 and the number of facts."""
        p = self.precision[name].prf()[0]
        r = self.recall[name].prf()[1]
        support = self.recall[name].tp + self.recall[name].fn
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), support

    def overall(self) -> tuple[float, float, float, int]:
        """P, R, F1 and facts of every row pooled."""
        pooled = Result()
        for row in TYPES:
            pooled.recall["all"].add(self.recall[row])
            pooled.precision["all"].add(self.precision[row])
        return pooled.row("all")

    def ours(self, row: str | None = None) -> int:
        """How many of our links were scored (in one row, or in all)."""
        return sum(self.precision[r].tp + self.precision[r].fp for r in ((row,) if row else TYPES))


def score_sentence(
    pairs: dict[frozenset[str], Pair], reading: Reading, mapping: dict, result: Result
) -> None:
    labelled = {name for key in pairs for name in key}
    found = {link for event in reading.events for link in links(event, reading, labelled)}
    for key, pair in pairs.items():
        facts = pair.facts(mapping)
        if facts is None:
            continue
        ours = [link for link in found if frozenset((link.first, link.second)) == key]
        for fact in facts:
            hit = any(agrees(link, {fact}) for link in ours)
            result.recall[fact.type].add(Counts(tp=1) if hit else Counts(fn=1))
            if not hit:
                result.errors.append(f"MISS {fact.type} {_show(pair, fact)}")
        for link in ours:
            ok = agrees(link, facts)
            result.precision[link.row].add(Counts(tp=1) if ok else Counts(fp=1))
            if not ok:
                labels = ",".join(sorted({r for _, r in pair.relations_by_head()}))
                result.errors.append(
                    f"WRONG {link.row} {link.first}->{link.second} [{labels}] by {link.evidence}"
                )


def _show(pair: Pair, fact: Fact) -> str:
    if fact.first is None:
        return " - ".join(pair.names)
    return f"{fact.first}->{pair.other(fact.first)}"


def score(sentences: dict[str, dict[frozenset[str], Pair]], reader: Reader, errors: bool = False) -> Result:
    """Extract each sentence once and score its labelled pairs."""
    mapping = load_mapping()
    texts = list(sentences)
    result = Result()
    for text, reading in zip(texts, reader([t.replace(NUMBER_MARK, "5") for t in texts]), strict=True):
        before = len(result.errors)
        score_sentence(sentences[text], reading, mapping, result)
        if errors and len(result.errors) > before:
            print(f"\n{text}", file=sys.stdout)
            print("\n".join(f"  {e}" for e in result.errors[before:]), file=sys.stdout)
            print(f"  {_describe(sentences[text], reading)}", file=sys.stdout)
    return result


def _describe(pairs: dict[frozenset[str], Pair], reading: Reading) -> str:
    """Our events of the sentence and the labelled names no entity of ours answers to, for error analysis."""
    labelled = {name for key in pairs for name in key}
    named = {name for entity in reading.surfaces for name in names_of(entity, reading, labelled)}
    events = [
        f"{e.type}/{e.kind or ''}({e.trigger}) "
        + ",".join(f"{role}={max(reading.surfaces.get(i, {i}), key=len)}" for role, i in e.participants())
        for e in reading.events
    ]
    return f"ours: {'; '.join(events) or '-'} | unnamed: {', '.join(sorted(labelled - named)) or '-'}"


def report(split: str, result: Result) -> None:
    print(f"\nFinRE {split}: company-pair events (silver)")
    print(f"{'type':<14} {'P':>6} {'R':>6} {'F1':>6} {'facts':>6} {'ours':>6}")
    for row in TYPES:
        print(_row(row, result.row(row), result.ours(row)))
    print(_row("overall", result.overall(), result.ours()))


def _row(name: str, figures: tuple[float, float, float, int], ours: int) -> str:
    p, r, f, support = figures
    return f"{name:<14} {p:6.3f} {r:6.3f} {f:6.3f} {support:6d} {ours:6d}"


def main(argv: list[str] | None = None, reader: Reader | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("train", "valid", "test"), default="valid")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N distinct sentences")
    parser.add_argument("--errors", action="store_true", help="list each sentence's misses and wrong events")
    args = parser.parse_args(argv)
    path = train_dir() / "finre" / f"{args.split}.txt"
    if not path.is_file():
        print(f"skipped: no FinRE data at {path} (set NEWSGRAPH_TRAIN_DIR)")
        return 0
    sentences = read_finre(path)
    if args.limit:
        sentences = dict(list(sentences.items())[: args.limit])
    print(f"FinRE {args.split}: {len(sentences)} sentences", file=sys.stderr)
    report(args.split, score(sentences, reader or pipeline_reader(), errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
