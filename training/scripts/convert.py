"""Training data -> DocBin of character docs with features, entities and BILUO tags.

Usage (``make train`` runs it)::

    python training/scripts/convert.py --data ../shared/train --out training/corpus [--no-finre]

* CLUENER2020 ``train.json`` is split by a hash of each sentence into ``train.spacy`` (90%) and
  ``holdout.spacy`` (10%), the dev set ``spacy train`` picks its best checkpoint on. Only the five
  labels newsgraph uses are kept (name, company, organization, government, position). The
  evaluation splits (``../shared/eval``) are never read here.
* FinRE's training sentences (financial news) are added as *partial* annotation: the head and
  tail of each relation are companies; words LAC tags as a name, organisation, place or proper
  noun elsewhere, and titles (``titles.yaml``, ``occupations.yaml``), are marked missing (they may
  be entities nobody annotated); the rest is O. ``--no-finre`` leaves them out.
* Half of the training sentences naming a company (``COINED_SHARE``, chosen by a hash of the sentence) are
  added a second time with their companies renamed (``--no-coined`` leaves the copies out): the distinctive part of each name (商汤 of 上海商汤科技有限公司)
  becomes one or two ordinary nouns of the training text itself, keeping place and suffix. Most of
  the companies the data names are famous, and the model learns their spellings and the knowledge's
  ``known_org`` feature; news about AI names new start-ups in ordinary words every week (月之暗面,
  深度求索), and the copies teach the model to read a company from its context alone.

Features come from :class:`newsgraph.ingest.nlp.recogniser.features.Annotator` (LAC + knowledge),
exactly as at run time. Without the data the script says so and exits cleanly.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsgraph.ingest.nlp.knowledge import Knowledge, load_knowledge
from newsgraph.ingest.nlp.recogniser.features import Annotator, Words, char_doc
from newsgraph.ingest.nlp.recogniser.holdout import in_holdout
from spacy.lang.zh import Chinese
from spacy.tokens import Doc, DocBin, Span
from spacy.training import biluo_tags_to_spans
from spacy.training.iob_utils import doc_to_biluo_tags
from spacy.util import filter_spans
from spacy.vocab import Vocab

OUR_LABELS = frozenset({"name", "company", "organization", "government", "position"})
BATCH = 256

Labelled = tuple[str, list[tuple[int, int, str]], list[tuple[int, int]]]  # text, spans, missing
# LAC tags of words that may be entities nobody annotated in a partially annotated sentence.
UNSURE_TAGS = frozenset({"PER", "ORG", "LOC", "nz", "nw"})
#: The ordinary nouns coined names are made of: by frequency in the training text, past the commonest
#: (情况, 问题, 市场: a company named so would teach the model that any noun may be a name).
COINING_NOUNS = slice(200, 2200)
#: The share of the sentences naming a company that are copied with their companies renamed.
COINED_SHARE = 0.5
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")


def cluener(path: Path) -> Iterator[Labelled]:
    """Sentences with their entities of newsgraph's labels (CLUENER's ends are inclusive)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans = [
            (start, end + 1, label)
            for label, entities in row["label"].items()
            if label in OUR_LABELS
            for offsets in entities.values()
            for start, end in offsets
        ]
        yield row["text"], spans, []


def finre(path: Path) -> Iterator[Labelled]:
    """Sentences with their relation heads and tails as companies (every occurrence)."""
    names: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 4:
            names.setdefault(fields[3], set()).update(fields[:2])
    for text, entities in names.items():
        spans = [
            (start, start + len(name), "company") for name in entities for start in _occurrences(text, name)
        ]
        yield text, spans, []


def _occurrences(text: str, name: str) -> Iterator[int]:
    start = text.find(name)
    while name and start >= 0:
        yield start
        start = text.find(name, start + 1)


def _unsure_words(words: Words) -> list[tuple[int, int]]:
    """Stretches of the words that may be entities nobody annotated."""
    found, position = [], 0
    for word, tag in words:
        if tag in UNSURE_TAGS:
            found.append((position, position + len(word)))
        position += len(word)
    return found


def labelled_doc(doc: Doc, spans: list[tuple[int, int, str]], missing: list[tuple[int, int]]) -> Doc:
    """Set entities (overlaps resolved longest first), missing stretches, and BILUO tags."""
    ents = filter_spans([Span(doc, s, e, label) for s, e, label in spans])
    unknown = [
        Span(doc, s, e)
        for s, e in _runs(missing, len(doc))
        if not any(x.start < e and s < x.end for x in ents)
    ]
    doc.set_ents(ents, missing=unknown, default="outside")
    for token, tag in zip(doc, doc_to_biluo_tags(doc), strict=True):
        token.tag_ = "" if token.ent_iob == 0 else tag  # 0: missing, neither entity nor O
    assert biluo_tags_to_spans(doc, [t.tag_ or "O" for t in doc]) == list(doc.ents)
    return doc


def _runs(stretches: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The union of possibly overlapping stretches, as disjoint maximal runs."""
    covered = bytearray(length + 1)
    for start, end in stretches:
        covered[start:end] = b"\x01" * (end - start)
    runs, start = [], -1
    for i, flag in enumerate(covered):
        if flag and start < 0:
            start = i
        elif not flag and start >= 0:
            runs.append((start, i))
            start = -1
    return runs


def ordinary_nouns(items: Sequence[Labelled], annotator: Annotator, knowledge: Knowledge) -> list[str]:
    """The most frequent two-character common nouns (LAC ``n``) of the texts, none of them a known
    organisation's spelling and none inside an entity: what coined names are made of."""
    known = {s for e in knowledge.entities.values() for s in (e.name, *e.aliases)}
    counts: Counter[str] = Counter()
    vocab = Chinese().vocab
    for i in range(0, len(items), BATCH):
        batch = items[i : i + BATCH]
        words = annotator.annotate([char_doc(vocab, text) for text, _, _ in batch])
        for (_, spans, _), row in zip(batch, words, strict=True):
            position = 0
            for word, tag in row:
                end = position + len(word)
                inside = any(s < end and position < e for s, e, _ in spans)
                if tag == "n" and len(word) == 2 and _CHINESE.fullmatch(word) and not inside:
                    counts[word] += 1
                position = end
    ordinary = (
        w for w, _ in counts.most_common() if w not in known and not knowledge.suffix_of(w, whole=True)
    )
    return [
        w for w in ordinary if not knowledge.is_generic(w, placed=False) and not knowledge.is_surname(w[0])
    ][COINING_NOUNS]


def distinctive_part(name: str, knowledge: Knowledge) -> str | None:
    """What a company's name says of it alone, without place, legal form or suffix (商汤 of
    上海商汤科技有限公司, 浙商 of 浙商银行): a Chinese run of two characters or more, else none. A name that is a
    place and a kind (上海银行) has its kind renamed: the copy names a company after a place (上海 + 灯塔)."""
    keys = knowledge.name_keys(name)
    if not keys:
        return None
    part = keys[-1]
    found = knowledge.suffix_of(part)
    if found and len(part) - len(found[0]) >= 2:
        part = part[: -len(found[0])]
    return part if _CHINESE.fullmatch(part) else None


def coined_copy(item: Labelled, knowledge: Knowledge, nouns: Sequence[str]) -> Labelled | None:
    """``item`` with the distinctive part of each company's name replaced by coined nouns, the same
    name for every occurrence; none when the sentence is not in the share copied or no company has a
    distinctive Chinese part."""
    text, spans, missing = item
    if zlib.crc32(text.encode()) % 1000 >= COINED_SHARE * 1000:
        return None
    names = {}
    for start, end, label in spans:
        part = distinctive_part(text[start:end], knowledge) if label == "company" else None
        if part:
            seed = zlib.crc32(f"{text}|{part}".encode())
            count = 1 if len(part) <= 2 else 2
            names[part] = "".join(nouns[(seed >> (11 * k)) % len(nouns)] for k in range(count))
    if not names:
        return None
    pattern = re.compile("|".join(re.escape(p) for p in sorted(names, key=len, reverse=True)))
    pieces, shifts, position = [], [], 0
    for found in pattern.finditer(text):
        pieces += [text[position : found.start()], names[found.group()]]
        shifts.append((found.end(), len(names[found.group()]) - len(found.group())))
        position = found.end()
    pieces.append(text[position:])

    def moved(offset: int) -> int:
        return offset + sum(delta for end, delta in shifts if end <= offset)

    return (
        "".join(pieces),
        [(moved(s), moved(e), label) for s, e, label in spans],
        [(moved(s), moved(e)) for s, e in missing],
    )


def write(items: list[Labelled], path: Path, annotator: Annotator, vocab: Vocab, partial: int = 0) -> int:
    """Write the docs; the last ``partial`` items are partially annotated (see ``--finre``)."""
    bin_ = DocBin(store_user_data=True)
    for i in range(0, len(items), BATCH):
        batch = items[i : i + BATCH]
        docs = [char_doc(vocab, text) for text, _, _ in batch]
        words = annotator.annotate(docs)
        for j, (doc, (_, spans, missing)) in enumerate(zip(docs, batch, strict=True)):
            if i + j >= len(items) - partial:
                titles = [(m.start, m.end) for m in annotator.featurizer.titles.finditer(doc.text)]
                missing = missing + _unsure_words(words[j]) + titles
            bin_.add(labelled_doc(doc, spans, missing))
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)
    return len(items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the ../shared/train folder")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--no-finre", action="store_true", help="CLUENER2020 only")
    parser.add_argument("--no-coined", action="store_true", help="no renamed copies of the sentences")
    args = parser.parse_args()
    source = args.data / "cluener2020" / "train.json"
    if not source.is_file():
        print(f"{source} not found: nothing to convert", file=sys.stderr)
        return 0
    train, holdout = [], []
    for item in cluener(source):
        (holdout if in_holdout(item[0]) else train).append(item)
    partial = [] if args.no_finre else list(finre(args.data / "finre" / "train.txt"))
    annotator, vocab = Annotator(), Chinese().vocab
    if not args.no_coined:
        knowledge = load_knowledge()
        nouns = ordinary_nouns(train, annotator, knowledge)
        train += [c for c in (coined_copy(i, knowledge, nouns) for i in train) if c]
        partial += [c for c in (coined_copy(i, knowledge, nouns) for i in partial) if c]
    print("train", write(train + partial, args.out / "train.spacy", annotator, vocab, len(partial)))
    print("holdout", write(holdout, args.out / "holdout.spacy", annotator, vocab))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
