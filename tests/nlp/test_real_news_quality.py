"""Pinned minimum quality on real Chinese news (``../shared/eval/real_news``, dev split), by its own scorer.

Real text decides: these figures are what a user sees on news the project never wrote. The minimums
sit just below the dev figures measured when they were set; a change that makes extraction worse on
real news fails here, and one that improves it should raise them. The same split with every company
renamed to a coined name (``bench.renamed_companies``) is pinned too: it is what the extraction does with
companies no knowledge holds yet. Skipped where the data is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.nlp.knowledge import Knowledge

from bench.eval_real_news import Score, available, data_dir, predict, score
from bench.renamed_companies import data_at, rename_split

#: Measured on dev 2026-12-02: events R 0.34 P 0.29, entities R 0.81 P 0.75 (org 0.74, person 0.79), roles R 0.22.
#: After issue #13 (listing tracks, amounts, modality, argument constraints, role attachment, entity display
#: names, denials across sentences): events R 0.61 P 0.65, roles R 0.69 (test: events R 0.35 P 0.37, roles 0.47).
#: With the organisation knowledge at scale (issue #12): entities R 0.86 P 0.76 (org 0.75); with the trained
#: recogniser combined with the rules: events R 0.59 P 0.63, entities R 0.85 P 0.79 (org 0.78, person 0.83),
#: roles R 0.69 (test: events R 0.36 P 0.38, entities R 0.84 P 0.77, roles 0.47). Generic nouns and
#: verb fragments never a name on their own: events P 0.65, entities R 0.85 P 0.82 (org 0.82, person 0.83)
#: (test: events R 0.37 P 0.40, entities R 0.84 P 0.81, org 0.81, person 0.80). Retrained recogniser, whole
#: Latin names, known names without glued characters, no board committees: entities R 0.87 P 0.84 (org 0.84,
#: person 0.88), roles R 0.76, events R 0.60 P 0.64 (test: entities R 0.85 P 0.83, org 0.83, person 0.83).
#: Events told in passing, investments received and taken part in, list members without a mention,
#: superseded stages: events R 0.68 P 0.73 (test: events R 0.38 P 0.42). Both together: events R 0.69
#: P 0.72, entities R 0.87 P 0.84 (org 0.83, person 0.88), roles 0.76 (test: events R 0.38 P 0.42, entities
#: R 0.85 P 0.83, roles 0.48). The arbiter between the rules' guesses and the model: entities R 0.87 P 0.84
#: (org 0.83, person 0.89), roles 0.76. No verb after a title taken for a name, no place alone for a
#: company, more generic words: entities R 0.87 P 0.87 (org 0.85, person 0.93), roles 0.78, events R 0.68
#: P 0.72 (test: entities R 0.85 P 0.84, org 0.83, person 0.87, roles 0.49, events R 0.38 P 0.42).
#: Events judged on DuEE/DuEE-Fin dev too (owners and descriptions take part in
#: nothing, consortia, A股 and 创新板 venues, 暂无 denials): events R 0.71 P 0.74 (test: events R 0.42 P 0.48).
#: Everything merged, with countries before fields named as no company: events R 0.70 P 0.75, entities
#: R 0.87 P 0.87 (org 0.85, person 0.94), roles 0.78 (test: events R 0.41 P 0.47, entities R 0.85 P 0.84).
#: Lists of organisations, Latin names after a description or in a list, ordinary-word names before a
#: company's action, products before their maker (issue #12, ner4): entities R 0.92 P 0.89 (org 0.88,
#: person 0.95), roles 0.84, events R 0.72 P 0.75 (test: entities R 0.87 P 0.85, roles 0.52).
#: Records naming entities as the article does, outlets before reporting words, names by their place in
#: funding sentences and people's moves, people lists and Latin names (2026-12-03): events R 0.78 P 0.81,
#: entities R 0.93 P 0.90 (org 0.89, person 0.96), roles 0.85 (test: events R 0.47 P 0.52, roles 0.58);
#: role titles as written: roles 0.88 (test 0.59). Boards and implied venues no entity records, rounds
#: referred back in their sentence, people listed after a job change, Latin names starting with a given
#: name, partnerships' lists and joint ventures, names before stock codes (2026-12-03, literal CLI):
#: events R 0.78 P 0.81, entities R 0.93 P 0.94 (org 0.93, person 0.96), roles 0.89 (test: events R 0.51
#: P 0.53, entities R 0.90 P 0.87, roles 0.60). Job-change and partnership shapes, confirmations, future dates
#: as plans, outlets of datelines (2026-12-03, third session): events R 0.78 P 0.82, entities R 0.94 P 0.94
#: (org 0.93, person 0.97), roles 0.89 (test: events R 0.52 P 0.54, entities R 0.90 P 0.87, roles 0.61).
#: Rounds named in the funded company's clause, listing-committee and offering stages, joint acts and
#: planned or denied deals, successors and founders' biographies, names LAC splits later, outlets in title
#: marks, products (2026-12-03, fourth session): events R 0.83 P 0.85, entities R 0.96 P 0.95 (org 0.94,
#: person 0.97), roles 0.90 (test: events R 0.53 P 0.56, entities R 0.90 P 0.88, roles 0.61).
#: Products, coined names, job moves and deal slots from invented news (2026-12-05, third session): events R 0.83
#: P 0.86, entities R 0.96 P 0.95 (org 0.95, person 0.97), roles 0.91 (test: events R 0.49 P 0.53, entities
#: R 0.90 P 0.86, roles 0.58).
#: Names by their place, chains of posts, executives by rank (fifth 2026-12-05 session): roles 0.92, entity
#: precision 0.96 (org 0.95). Audits of output on real training and dev text (seventh 2026-12-05 session):
#: roles 0.93 (115/124), events R 0.84 P 0.86 (test: events R 0.49 P 0.54, roles 0.61). Real pages read by
#: hand (2026-12-06: appointments' own posts, registered names, products and terms, acquisitions with both sides):
#: roles 0.94 (117/124), events R 0.84 (157/186) P 0.87 (169/194). The 2026-12-06 session's second (zero subjects,
#: investments told as done, rounds one after the other, tracks on another venue, denials answered): events
#: R 0.88 (164/186) P 0.89 (176/198). The third 2026-12-06 session's (regional units, names glued to what
#: follows, lists counted as firms): entity precision 0.97 (513/531), org 0.96 (399/414). The fourth 2026-12-06
#: session's (audits of listings, funding, departures, partnerships and names on real training text): events
#: P 0.90 (175/195). The fifth's (listings LAC hid, subjects, former employers and line-of-business names before a
#: post, helpers' departures, partnerships and organisation recall): events R 0.89 (165/186) P 0.90 (176/196).
#: The eighth 2026-12-06 session's (companies read without knowing them; listings pointed back to, updated
#: filings): events P 0.91 (178/196).
MINIMUMS = {
    "event_recall": 0.88,
    "event_precision": 0.90,
    "entity_recall": 0.95,
    "entity_precision": 0.96,
    "org_precision": 0.96,
    "person_precision": 0.97,
    "role_recall": 0.93,
}

#: Dev with its companies renamed, first pinned 2026-12-05 with the entity model trained on renamed copies
#: of its own sentences: events R 0.54 P 0.64, entities R 0.74 P 0.89, roles 0.58 (the model before, with
#: the same rules: events R 0.47 P 0.58, entities R 0.66 P 0.87, roles 0.52). Raised in the session after,
#: whose rules for employers before a post, deal sides and misread places gave events R 0.59 P 0.68,
#: entities R 0.76 P 0.91, roles 0.64; raised again in the third 2026-12-05 session (events R 0.60 P 0.68,
#: entities R 0.76 P 0.92, roles 0.65); raised in the fifth 2026-12-05 session, whose names by their place
#: (lists of coined names, rounds past a bracketed day, listings a company owns) gave events R 0.70 P 0.75,
#: entities R 0.82 P 0.93, roles 0.69; raised in the sixth (coined names LAC misreads, boards glued to names,
#: rounds led without 的), which gave events R 0.71 P 0.76, and in the 2026-12-06 session's second (R 0.73 P 0.76)
#: and third (events R 0.74 P 0.77, entities R 0.84 P 0.95); raised in the fourth (events P 0.78); raised in
#: the sixth 2026-12-06 session (coined names before a post and a person, names written again after a verb,
#: officer profiles: events R 0.75 (139/186) P 0.78 (148/189), roles 0.69 (86/124)). Re-pinned in the
#: seventh 2026-12-06 session's successor, when the renaming stopped splitting one company into two (阿里巴巴
#: and 阿里 renamed apart) and stopped coining names with a known word in them (海豚岩石): same code, events
#: R 0.75 -> 0.79 (147/186), P 0.78 -> 0.83 (156/189), entities R 0.84 -> 0.82, roles 0.69 -> 0.72 (on one
#: draw of names: the renaming then followed the process's hash seed; now fixed, the same code gives events R 0.80
#: (149/186) P 0.84 (158/188), roles 0.78 (97/124)). Raised after that session's rules for companies read
#: without knowing them (short forms before a board or post, 赴X就任, employers of unheld posts, description
#: heads, listings pointed back to): events R 0.82 (153/186) P 0.87 (162/186), entities R 0.82 (402/488) P 0.95,
#: roles 0.83 (103/124).
RENAMED_MINIMUMS = {
    "event_recall": 0.81,
    "event_precision": 0.86,
    "entity_recall": 0.81,
    "entity_precision": 0.94,
    "role_recall": 0.82,
}

pytestmark = pytest.mark.skipif(not available(), reason="../shared/eval/real_news is absent")


@pytest.fixture(scope="module")
def dev_score(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Score:
    out: Path = tmp_path_factory.mktemp("real-news")
    return score("dev", predict("dev", out, extractor))


@pytest.mark.parametrize("figure", sorted(MINIMUMS))
def test_dev_figure_stays_above_its_minimum(dev_score: Score, figure: str) -> None:
    assert dev_score.figures[figure] >= MINIMUMS[figure], dev_score.line


@pytest.fixture(scope="module")
def renamed_score(
    extractor: Extractor, knowledge: Knowledge, tmp_path_factory: pytest.TempPathFactory
) -> Score:
    folder: Path = tmp_path_factory.mktemp("renamed")
    rename_split(data_dir(), folder / "data", "dev", knowledge)
    with data_at(folder / "data"):
        return score("dev", predict("dev", folder / "predictions", extractor))


@pytest.mark.parametrize("figure", sorted(RENAMED_MINIMUMS))
def test_renamed_dev_figure_stays_above_its_minimum(renamed_score: Score, figure: str) -> None:
    assert renamed_score.figures[figure] >= RENAMED_MINIMUMS[figure], renamed_score.line


#: The second dev pair of the project's blind sets (``bench/blind``: invented news annotated before any system
#: output), measured at the end of the ninth 2026-12-07 session: Simplified events R 0.63 (47/75) P 0.62 (49/79),
#: roles 0.70, entities R 0.98 P 0.95; Traditional events R 0.58 (41/71) P 0.60 (41/68), roles 0.64, entities R 0.92
#: P 0.91. The held-out pair is not pinned: it is for reporting only (bench/blind/README.md).
BLIND = Path(__file__).resolve().parents[2] / "bench" / "blind"
BLIND_MINIMUMS = {
    "dev2_simplified": {
        "event_recall": 0.60,
        "event_precision": 0.62,
        "entity_recall": 0.95,
        "entity_precision": 0.92,
        "role_recall": 0.67,
    },
    "dev2_traditional": {
        "event_recall": 0.56,
        "event_precision": 0.58,
        "entity_recall": 0.89,
        "entity_precision": 0.88,
        "role_recall": 0.61,
    },
}


@pytest.fixture(scope="module")
def blind_scores(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Score]:
    out: Path = tmp_path_factory.mktemp("blind")
    return {
        split: score(split, predict(split, out, extractor, BLIND), root=BLIND) for split in BLIND_MINIMUMS
    }


@pytest.mark.parametrize(
    ("split", "figure"),
    [(split, figure) for split, minimums in BLIND_MINIMUMS.items() for figure in sorted(minimums)],
)
def test_blind_dev_figure_stays_above_its_minimum(
    blind_scores: dict[str, Score], split: str, figure: str
) -> None:
    assert blind_scores[split].figures[figure] >= BLIND_MINIMUMS[split][figure], blind_scores[split].line
