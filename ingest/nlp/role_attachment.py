"""Which organisation a person's title belongs to when the sentence does not put it next to the title.

News names the organisation once and then talks about its people:
"星云科技周二宣布，首席执行官张伟将退休", "在星云科技内部，技术负责人李强…", or
names it only in the sentence before or the headline. For a title and person
without an organisation of their own, every organisation that may be meant is
a candidate, found by a *source* (where it stands relative to the title), and
the candidate of the best-weighted source wins:

* ``chain``: the organisation of the role stated right before, joined by 、/和
  ("A集团实际控制人张伟、董事长李强");
* ``clause``: the nearest organisation before the title in its clause, with no
  other person in between;
* ``sentence``: the nearest one before the title in its sentence, no person between;
* ``topic``: the first organisation of the sentence (before the title), the sentence's topic;

an organisation where someone comes from or studied (``origins``: "团队来自A大学，CEO张伟") is none of them;
an organisation in an earlier clause that names a person is that person's, not a candidate
("张伟此前在A公司负责产品，联合创始人李强…"), unless a role stated before in the sentence is held there:
the sentence is then about that organisation's people ("A公司CEO张伟宣布离职，CFO李强…");
* ``predecessor``: for a statement of taking over a post ("，由李强接任CTO"), the organisation of the
  statement before it in its sentence, whose person left the post;
* ``after``: the first organisation after the statement in its sentence ("CTO张伟离开星云");
* ``previous``: the first organisation of the sentence before;
* ``heading``: for a title in a numbered item of a list, the organisation the list's heading or an earlier
  item names ("（一）发包人：星云建设有限公司 / 1. 法定代表人：张伟");
* ``article``: the organisation the article names most often;
* ``lead``: for a fund's post (``investor_titles``: 合伙人, 投资经理), the investor the sentence or the one before
  names as leading a round ("星云科技完成B轮融资，由红杉中国领投。合伙人李强表示": 红杉中国's, not the funded
  company's, which the other sources offer first).

The weights (``attachment`` in ``role_patterns.yaml``) are the share of roles
each source attached correctly when measured on annotated news; a candidate
below ``min_weight`` leaves the role without an organisation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Any

from newsgraph.ingest.nlp.candidates import ORG_LABELS
from newsgraph.ingest.nlp.role_text import ORG, PERSON, Abstracted, sentence_bounds, surface
from spacy.tokens import Span

_CLAUSE_END = re.compile(r"[，,：:]")
#: Colons after a field's label in a block of particulars ("1. 法定代表人：张伟").
_FIELD_COLONS = ("：", ":")
_CLAUSE_ENDS = "，,：:。！？!?；;\n"
#: An organisation listed right before another (星云大学和 + 月光科技, 星云大学、 + 月光科技).
_LISTED_BEFORE = re.compile(rf"{ORG}[ \t]*(?:和|与|及|以及|、)[ \t]*$")


@dataclass(frozen=True, slots=True)
class Candidate:
    org: Span
    source: str
    weight: float


@dataclass(frozen=True, slots=True)
class Site:
    """Where a statement stands: its title's position, its span, its people's positions and the title."""

    title_at: int
    start: int
    end: int
    people: frozenset[int]
    title: str


@dataclass(slots=True)
class Placed:
    """A role statement already attached, as later statements of a chain see it."""

    end: int
    org: Span | None


class Attachment:
    """The organisation candidates of one doc's abstracted text (see the module docstring)."""

    def __init__(self, data: dict[str, Any], abstracted: Abstracted) -> None:
        self.weights: dict[str, float] = data["weights"]
        self.min_weight: float = data["min_weight"]
        self.chain_gap = re.compile(data["chain_gap"])
        self.not_employer_after = re.compile(data["not_employer_after"])
        self.informant_before = re.compile(data["informant_before"])
        self.elsewhere_before = re.compile(data["elsewhere_before"])
        origins = "|".join(re.escape(w) for w in data["origins"])
        self.origin_before = re.compile(rf"(?:{origins})[ \t]*$")
        self.takeover = re.compile(data["takeover"])
        self.lead = re.compile(data["lead"].replace("{org}", ORG))
        self.investor_titles = frozenset(data["investor_titles"])
        self.list_item = re.compile(data["list_item"])
        self.heading_lines: int = data["heading_lines"]
        self.abstracted = abstracted
        self.text = text = abstracted.text
        self.slots = abstracted.slots
        self.sentences = sentence_bounds(text)
        self.outlets = self._outlets(re.compile(data["outlet"].replace("{org}", ORG)))
        self.orgs = [i for i in sorted(self.slots) if text[i] == ORG and self._employer(i)]
        self.main = self._main_org()

    def _employer(self, index: int) -> bool:
        """An organisation that can employ: not the news outlet of the article (see :meth:`_outlets`) nor
        named as a source here (see :meth:`_no_source`)."""
        return self.slots[index]._.entity_id not in self.outlets and self._no_source(index)

    def _no_source(self, index: int) -> bool:
        """Not a 《publication》, not the source of a report nor named for its reporter (中央社记者台北3日电), unless
        it is the one that told the reporter (记者从星云科技获悉，), which speaks for its own people."""
        if self.text.endswith("《", 0, index):
            return False
        informant = bool(self.informant_before.search(self.text, max(0, index - 4), index))
        return informant or not (
            self.not_employer_after.match(self.text, index + 1) or self._staff_named(index)
        )

    def _outlets(self, outlet: re.Pattern[str]) -> set[str]:
        """The entity ids of the organisations the doc names as the news outlet it comes from (来源：星云日报)
        and nowhere as anything but a source: every mention of one is left out, not only the one naming
        it as the source. One the article also reports on stays a candidate: a company's own release names
        it as the source too (来源：星云科技。星云科技今日发布…)."""
        named = {match.start() + match.group().index(ORG) for match in outlet.finditer(self.text)}
        found = {self.slots[i]._.entity_id for i in named} - {None}
        reported = {
            self.slots[i]._.entity_id
            for i in self.slots
            if self.text[i] == ORG and i not in named and self._no_source(i)
        }
        return found - reported

    def _staff_named(self, index: int) -> bool:
        """Whether the organisation at ``index`` is named for one of its reporters (星云日报记者获悉), a
        title the abstracted text shows as a placeholder."""
        return bool(
            self.not_employer_after.match(surface(self.abstracted, index + 1, min(index + 3, len(self.text))))
        )

    def _main_org(self) -> Span | None:
        """The organisation named most often in the doc (at least twice), the first named on a tie."""
        counts = Counter(self.slots[i]._.entity_id for i in self.orgs if self.slots[i].label_ in ORG_LABELS)
        if not counts:
            return None
        entity_id, count = max(counts.items(), key=lambda item: item[1])
        if count < 2:
            return None
        return next(self.slots[i] for i in self.orgs if self.slots[i]._.entity_id == entity_id)

    def attach(self, site: Site, before: list[Placed]) -> Candidate | None:
        """The best candidate organisation for the statement at ``site``, after the statements ``before``."""
        best = max(self._candidates(site, before), key=lambda c: c.weight, default=None)
        return best if best is not None and best.weight >= self.min_weight else None

    def _candidates(self, site: Site, before: list[Placed]) -> list[Candidate]:
        sentence = bisect_right(self.sentences, site.title_at) - 1
        found = self._in_sentence(site, sentence, before)
        lead = self._lead(site, sentence)
        if lead is not None:
            found.append(self._candidate(lead, "lead"))
        heading = self._heading(site, sentence)
        if heading is not None:
            found.append(self._candidate(heading, "heading"))
        if sentence > 0:
            previous = [
                i
                for i in self._orgs_between(self.sentences[sentence - 1], self.sentences[sentence])
                if not self._joined_by_other(i, site.title_at, site.people)
            ]
            if previous:
                found.append(self._candidate(previous[0], "previous"))
        if self.main is not None:
            found.append(Candidate(self.main, "article", self.weights["article"]))
        return found

    def _in_sentence(self, site: Site, sentence: int, before: list[Placed]) -> list[Candidate]:
        """The candidates the statement's own sentence offers."""
        sentence_start = self.sentences[sentence]
        ends = _CLAUSE_END.finditer(self.text, sentence_start, site.title_at)
        clause_start = max([sentence_start, *(m.end() for m in ends)])
        found: list[Candidate] = []
        chained = self._chained(site.start, before)
        if chained is not None:
            found.append(Candidate(chained, "chain", self.weights["chain"]))
        # The organisations of the earlier statements of the sentence, in text order.
        held = [p.org for p in before if p.org is not None and sentence_start < p.end <= site.start]
        predecessor = self._predecessor(site, held)
        if predecessor is not None:
            found.append(Candidate(predecessor, "predecessor", self.weights["predecessor"]))
        nearest = self._nearest_before(site, sentence_start, clause_start)
        if nearest is not None:
            found.append(self._candidate(nearest, "clause" if nearest >= clause_start else "sentence"))
        orgs = [
            i for i in self._orgs_between(sentence_start, site.title_at) if not self._origin(i, clause_start)
        ]
        topic = next(
            (
                i
                for i in orgs
                if not self._others(i, clause_start, site.people) or any(self.slots[i] is o for o in held)
            ),
            None,
        )
        if topic is not None:
            found.append(self._candidate(topic, "topic"))
        after = self._orgs_between(site.end, self._sentence_end(sentence))
        if after and not self.elsewhere_before.search(surface(self.abstracted, site.end, after[0])):
            found.append(self._candidate(after[0], "after"))
        return found

    def _candidate(self, at: int, source: str) -> Candidate:
        return Candidate(self.slots[at], source, self.weights[source])

    def _chained(self, start: int, before: list[Placed]) -> Span | None:
        """The organisation of the statement ending right before ``start`` with only a joiner between."""
        for placed in reversed(before):
            if placed.end <= start:
                gap = self.text[placed.end : start]
                return placed.org if self.chain_gap.fullmatch(gap) else None
        return None

    def _predecessor(self, site: Site, held: list[Span]) -> Span | None:
        """For a statement of taking over a post, the organisation of the statement before it in its
        sentence (原CTO张伟离职，由李强接任CTO: 张伟's); ``held`` are the organisations of the sentence's
        earlier statements."""
        if not self.takeover.search(surface(self.abstracted, site.start, site.title_at)):
            return None
        return held[-1] if held else None

    def _lead(self, site: Site, sentence: int) -> int | None:
        """For a fund's post, the lead investor named last before the title in its sentence or the one before
        ("由A领投，B跟投" -> A; "B跟投，A和C联合领投" -> C), else None."""
        if site.title not in self.investor_titles:
            return None
        start = self.sentences[max(0, sentence - 1)]
        leads = list(self.lead.finditer(self.text, start, site.title_at))
        return self.text.rfind(ORG, leads[-1].start(), leads[-1].end()) if leads else None

    def _heading(self, site: Site, sentence: int) -> int | None:
        """For a title in a numbered item of a list (``list_item``: "2. 法定代表人：张伟"), the last organisation
        of the nearest line before it that names one, reached over the list's items and up to its heading
        ("（二）承包人：星云建设有限公司", "1. 公司名称：星云建设有限公司"): an announcement describes each party in
        such a block, and the article's main organisation is often another party; else None. Only a title read as
        a field's label (a colon right after it) is one of such particulars: an item of a numbered list of news
        ("2. CTO李强表示…") names its post as any sentence does."""
        start = self.sentences[sentence]
        labelled = self.text.startswith(_FIELD_COLONS, site.title_at + 1)
        if not labelled or not self.list_item.match(self.text, start):
            return None
        for line in range(sentence - 1, max(-1, sentence - 1 - self.heading_lines), -1):
            orgs = self._orgs_between(self.sentences[line], self.sentences[line + 1])
            if orgs:
                return orgs[-1]
            if not self.list_item.match(self.text, self.sentences[line]):
                return None
        return None

    def _nearest_before(self, site: Site, sentence_start: int, clause_start: int) -> int | None:
        """The last organisation before the title in its sentence with no person in between; one in an
        earlier clause only when that clause names no one else (else it is that person's organisation:
        "张伟此前在A公司负责产品，联合创始人李强…")."""
        for i in range(site.title_at - 1, sentence_start - 1, -1):
            if self.text[i] == PERSON:
                return None
            if self.text[i] == ORG and self._employer(i) and not self._origin(i, clause_start):
                return None if self._others(i, clause_start, site.people) else i
        return None

    def _origin(self, at: int, clause_start: int) -> bool:
        """Whether the organisation at ``at``, in an earlier clause than the title's, is where someone comes from
        or studied, maybe listed after another (``origins``: 团队来自星云大学和月光科技，CEO张伟…): a school or
        a former employer the sentence describes, not the post's. In the title's own clause it may be the post's
        (来自星云科技的CTO张伟)."""
        if at >= clause_start:
            return False
        while (listed := _LISTED_BEFORE.search(self.text, max(0, at - 8), at)) is not None:
            at = listed.start()
        return bool(self.origin_before.search(surface(self.abstracted, max(0, at - 6), at)))

    def _others(self, at: int, clause_start: int, people: frozenset[int]) -> bool:
        """Whether the organisation at ``at`` is another person's: named in an earlier clause than the title's
        that names a person other than the statement's own, or where another person named before it in the
        sentence went ("吴强离开，随后加盟X；6月，首席运营官郑宇也告别": X is 吴强's destination, not 郑宇's
        employer)."""
        return self._others_in_clause(at, clause_start, people) or self._joined_by_other(
            at, clause_start, people
        )

    def _joined_by_other(self, at: int, clause_start: int, people: frozenset[int]) -> bool:
        """Whether the organisation at ``at``, in an earlier clause than the title's, follows a word of going
        there (``elsewhere_before``) with a person other than the statement's own before it in the sentence."""
        if at >= clause_start or not self.elsewhere_before.search(
            surface(self.abstracted, max(0, at - 12), at)
        ):
            return False
        sentence_start = self.sentences[bisect_right(self.sentences, at) - 1]
        return any(self.text[i] == PERSON and i not in people for i in range(sentence_start, at))

    def _others_in_clause(self, at: int, clause_start: int, people: frozenset[int]) -> bool:
        """Whether the organisation at ``at`` is in an earlier clause than the title's that names a person
        other than the statement's own."""
        if at >= clause_start:
            return False
        start = max(self.text.rfind(c, 0, at) for c in _CLAUSE_ENDS) + 1
        stops = [i for i in (self.text.find(c, at) for c in _CLAUSE_ENDS) if i >= 0]
        end = min(stops, default=len(self.text))
        return any(self.text[i] == PERSON and i not in people for i in range(start, end))

    def _orgs_between(self, start: int, end: int) -> list[int]:
        return self.orgs[bisect_right(self.orgs, start - 1) : bisect_right(self.orgs, end - 1)]

    def _sentence_end(self, sentence: int) -> int:
        return self.sentences[sentence + 1] if sentence + 1 < len(self.sentences) else len(self.text)
