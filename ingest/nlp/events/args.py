"""Finding an event's participants around its trigger by position in the sentence.

Chinese news states most business events as subject-verb-object with few
function words, so position relative to the trigger is a strong signal: the
departing person precedes "离职", the acquired company follows "收购", and
"被" swaps the two. Names joined by coordinators ("A、B和C") form a group that
fills a slot together, which is how one sentence yields one event per
company. Nothing here knows about event types; it only answers "which names
stand where".
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import cache

from newsgraph.ingest.nlp.events.rules import Rules, longest_first
from newsgraph.ingest.nlp.events.sentences import Name, Sentence
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.records import ENTITY_LABELS

Pick = Callable[[Name], bool]

# The few characters that may qualify a title at the end of a gap (研究 of 研究副总裁), after a joining word.
_TITLE_QUALIFIER = re.compile(r"[^\W\d_的]{1,4}$")
# A short phrase after a name that ends in 的 and joins no other name (持股的, 投资的, 孵化的): it makes the name
# describe the next one.
_DESCRIBING_PHRASE = 5
_PLAIN = re.compile(r"[^\W\d_与和及、]+")
# What stands between a name and the short form it declares: "（以下简称“", "(下称", "（简称".
_DECLARED = re.compile(r"\s*[（(]\s*(?:以下|下文|下)?(?:简称|称)?\s*[为:：]?\s*[“\"「『]?\s*")


@cache
def _description_pattern(breaks: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern[str]:
    """A few characters ending in a kind of firm, maybe before a quote, with no act of ``breaks`` among them
    (see :class:`Finder`); built once, not per sentence."""
    return re.compile(
        rf"(?:(?!{longest_first(breaks)})[^\s，,。、：:；;与和及跟同的“”\"「」（）()]){{0,6}}?"
        rf"(?:{longest_first(heads)})[“\"「]?"
    )


class Finder:
    """Positional look-ups of names in one sentence, under the coordination rules."""

    def __init__(self, rules: Rules, sentence: Sentence) -> None:
        self.rules = rules
        self.sentence = sentence
        # A short aside, or a gloss in Latin letters of any usual length ("(Jeneration Capital)").
        self._aside = re.compile(
            rf"[（(](?:[^（）()]{{0,{rules.max_aside}}}|[\x20-\x27\x2a-\x7e]{{0,40}})[）)]"
        )
        named = [n for n in sentence.names if n.entity or n.label not in ENTITY_LABELS]
        glosses = {n for n in named if self._glosses(n, named)}
        self.names = [n for n in named if n not in glosses]
        self._starts = [n.start for n in self.names]  # the sentence's names come in order of their starts
        # Where each gloss ends, by where it starts: a list goes on after a gloss glued to its name
        # ("A、远山资本Yuanshan Capital、B").
        self._glossed_to = {n.start: n.end for n in glosses}
        self._described_member = re.compile(
            rf"\s*(?:、|以及|及)[^，,。；;：:、（）()“”\s]{{1,{rules.max_aside}}}、?"
        )
        self.speakers = [n for n in self.names if self._is_speaker(n)]
        # A name, a few characters ending in a kind of firm, and a (quoted) name next: the first describes it,
        # unless an act stands between ("X成立合资公司Y": X founds Y).
        self._description = _description_pattern(
            tuple(rules.descriptor_breaks), tuple(rules.descriptor_heads)
        )
        self.descriptors = [n for n in self.names if self._describes(n)]

    def _glosses(self, name: Name, names: list[Name]) -> bool:
        """Whether ``name`` only glosses the organisation or person right before it, in brackets
        ("吉利(Geely)") or in Latin letters glued to a Chinese name ("远山资本Yuanshan Capital", a list of investors
        naming each twice): it is the same participant, not another one."""
        opening = self.sentence.slice(name.start - 1, name.start)
        if opening in ("(", "（"):
            before = name.start - 1
        elif name.text[:1].isascii() and name.text[:1].isalpha():
            before = name.start
        else:
            return False
        return any(
            other.end == before
            and other.label == name.label
            and other is not name
            and (before < name.start or not other.text[-1:].isascii())
            for other in names
        )

    def _byline(self, name: Name) -> bool:
        """Whether ``name`` alone fills the brackets that open the sentence: the outlet of a byline ("（路透）",
        "(香港经济日报)"), which tells the story and takes no part in it."""
        before = self.sentence.slice(self.sentence.start, name.start).strip()
        after = self.sentence.slice(name.end, self.sentence.end).lstrip()
        return before in ("（", "(") and after.startswith(("）", ")"))

    def _dated_outlet(self, name: Name) -> bool:
        """Whether ``name`` opens the sentence as an outlet's name before a date and a comma, with no dateline's
        word ("X网 8月13日，Y公告…"): the outlet tells the story dated so, and takes no part in it."""
        if self.sentence.slice(self.sentence.start, name.start).strip():
            return False
        found = load_knowledge().dated_outlets.match(self.sentence.slice(name.start, self.sentence.end))
        return found is not None and found.group("name") == name.text

    def _is_speaker(self, name: Name) -> bool:
        """A name in an attribution ("【X讯】", "据X报道", "X获悉，", the outlet of a dateline "X北京3月5日讯"),
        which is the source, not a participant.

        A clause that ends in a marker is an attribution only when it states no event: "X通过上市聆讯，"
        ends in "讯" but tells what X did.
        """
        markers = tuple(self.rules.speaker_markers)
        clause_start, clause_end = self.sentence.clause_of(name.start)
        clause = self.sentence.slice(clause_start, clause_end)
        return (
            self._byline(name)
            or self.followed_by(name, markers)
            or load_knowledge().dated_dateline.match(self.sentence.slice(name.end, self.sentence.end))
            is not None
            or self._dated_outlet(name)
            or self.preceded_by(name, self.rules.speaker_openers)
            or name.text.endswith(tuple(m for m in markers if len(m) > 1))  # 腾讯 is no "X讯"
            or (
                clause.rstrip(self.rules.clause_ends + "】]）) ").endswith(markers)
                and not self.rules.trigger_pattern.search(clause)
            )
        )

    def _describes(self, name: Name) -> bool:
        """Whether ``name`` only describes the name after it ("芯片公司X", "生物技术公司“X”")."""
        if name.label not in self.rules.org_labels:
            return False
        rest = self.sentence.slice(name.end, self.sentence.end)
        found = self._description.match(rest)
        if found is None and name.text.endswith(self.rules.descriptor_heads):
            found = re.match(r"[“\"「]?", rest)  # the name ends in the noun itself: "芯片公司“X”"
        if found is None:
            return False
        head_end = name.end + found.end()
        quoted = found.group().endswith(("“", '"', "「"))
        return quoted or any(n.start == head_end and n.label in self.rules.org_labels for n in self.names)

    def is_org(self, name: Name) -> bool:
        """An organisation that takes part in what the sentence says (not the outlet reporting it, nor a
        description of the name after it)."""
        return (
            name.label in self.rules.org_labels and name not in self.speakers and name not in self.descriptors
        )

    def kind(self, name: Name) -> str | None:
        """What an organisation is: the knowledge's kind, else the kind its name's ending tells, else None."""
        known = load_knowledge().kind_of(name.entity)
        if known:
            return known
        return next(
            (kind for ending, kind in self.rules.org_kind_endings if name.text.endswith(ending)), None
        )

    def fitting(self, labels: Sequence[str], not_kinds: frozenset[str] = frozenset()) -> Pick:
        """A pick of participating organisations with one of ``labels`` and a kind that is none of ``not_kinds``."""
        return lambda name: (
            name.label in labels and self.is_org(name) and (not not_kinds or self.kind(name) not in not_kinds)
        )

    def employer(self, not_kinds: frozenset[str]) -> Pick:
        """A pick of organisations taking part that people work for: not a publication ("《X》"), not
        a name a unit word follows ("X团队"; but a board word names X's own board: "退出X董事会" leaves X).
        One of a kind in ``not_kinds`` counts where it heads the post of the person after it: a newspaper
        mostly reports a move, but in "东岭晚报编辑张明" it is where he works."""
        return lambda name: (
            self.is_org(name)
            and (self.employs(name, not_kinds) or (self.employs(name, frozenset()) and self.heads_post(name)))
            and not self.preceded_by(name, ("《",))
            and (
                not self.followed_by(name, self.rules.unit_endings)
                or self.followed_by(name, self.rules.board_endings)
            )
        )

    def employs(self, name: Name, not_kinds: frozenset[str]) -> bool:
        """Whether an organisation mention (of this sentence or not) is one people work for: no unit
        of one ("审计委员会", "X团队"), of no kind in ``not_kinds``. A company the knowledge holds by a unit's name
        (an alias: "百度智能云事业群" for 百度智能云) is that company, not a unit of one."""
        return (
            name.label in self.rules.org_labels
            and (
                not name.text.endswith(self.rules.unit_endings)
                or load_knowledge().kind_of(name.entity) == "company"
            )
            and self.kind(name) not in not_kinds
        )

    def followed_by(self, name: Name, words: Sequence[str]) -> bool:
        after = self.sentence.slice(name.end, self.sentence.end)
        return any(after.startswith(w) for w in words)

    def preceded_by(self, name: Name, words: Sequence[str]) -> bool:
        before = self.sentence.slice(self.sentence.start, name.start)
        return any(before.endswith(w) for w in words)

    def marked(self, pick: Pick, after_words: Sequence[str], before_words: Sequence[str]) -> list[Name]:
        """Picked names whose coordinated group stands right after ``after_words`` or right before ``before_words``.

        This is how role-marking words reach every member of a group:
        "由A、B领投" and "A、B等联合投资" make both A and B investors.
        """
        found: list[Name] = []
        for group in self._runs(self.in_range(pick, self.sentence.start, self.sentence.end)):
            rest = self.sentence.slice(group[-1].end, self.sentence.end)
            aside = self._aside.match(rest)  # "X(Geely)等金主募得"
            after = skip_words(rest[aside.end() :] if aside else rest, self.rules.group_closers)
            if self._led_by(group[0], after_words) or after.startswith(tuple(before_words)):
                found += group
        return list(dict.fromkeys(found))

    def _runs(self, names: list[Name]) -> list[list[Name]]:
        """``names`` (in order) cut into their coordinated groups: each pair of neighbours is judged once, so a
        sentence listing thousands of names costs what it lists, not its square."""
        runs: list[list[Name]] = []
        for name in names:
            if runs and self._joined(runs[-1][-1], name):
                runs[-1].append(name)
            else:
                runs.append([name])
        return runs

    def _led_by(self, first: Name, words: Sequence[str]) -> bool:
        """Whether one of ``words`` stands right before a group, or before one member no mention covers:
        a Latin name or one with an aside ("由Quarry Lane（领投）、A、B投资": A and B are marked too). A
        phrase between ("获得5亿元融资、A获得…", "完成A轮融资、B完成…": a round is no name) is no member."""
        if self.preceded_by(first, words):
            return True
        before = self.sentence.slice(self.sentence.start, first.start)
        if not words or not before.endswith("、"):
            return False
        before, lead = before[:-1], longest_first(words)
        aside = re.search(rf"{self._aside.pattern}$", before)
        if aside is not None:
            return (
                re.search(rf"(?:{lead})[^\d，,。；;：:、（）()“”的]{{1,20}}$", before[: aside.start()])
                is not None
            )
        latin = re.search(rf"(?:{lead})\s*([A-Za-z][\w .&'-]{{0,40}})$", before)
        return latin is not None and not self.rules.round.search(latin.group(1))

    @staticmethod
    def is_person(name: Name) -> bool:
        return name.label == "Person"

    def coordinated(self, gap: str) -> bool:
        """Whether the text between two names only joins them ("、", "和", "以及", short asides ...).

        After the enumeration comma (or 以及, 及) a short description of the next member may stand
        ("A、智能座舱第一股B、仿真龙头C等企业"), or a member no mention covers ("A、某某、C").
        """
        rest = self._aside.sub("", gap)
        if not rest.strip():
            return False  # adjacent names are a descriptor and its name ("芯片公司X"), not a list
        if self._described_member.fullmatch(rest):
            return True
        while rest:
            for word in self.rules.coordinators:
                if rest.startswith(word):
                    rest = rest[len(word) :]
                    break
            else:
                return False
        return True

    def group(self, anchor: Name, pick: Pick, lo: int, hi: int) -> list[Name]:
        """``anchor`` with the names coordinated with it, all within document offsets [lo, hi)."""
        same = [n for n in self.names if pick(n) and lo <= n.start and n.end <= hi]
        if anchor not in same:
            return [anchor]
        i = j = same.index(anchor)
        while i > 0 and self._joined(same[i - 1], same[i]):
            i -= 1
        while j + 1 < len(same) and self._joined(same[j], same[j + 1]):
            j += 1
        return same[i : j + 1]

    def _joined(self, left: Name, right: Name) -> bool:
        """Whether two members of a group stand coordinated, each may carry its own post: a list of people
        names every member's title ("X首席研究官A和研究副总裁B"), which must not break the list.

        The run of names ending in a title right before ``right`` (with the few characters qualifying
        that title, 研究 of 研究副总裁) is left out of the gap; only a run after a joining word counts,
        so a bare title between two names ("A助理B") still leaves nothing joining them."""
        if (
            left.entity is not None
            and left.entity == right.entity
            and _DECLARED.fullmatch(self.sentence.slice(left.end, right.start))
        ):
            return True  # the short form a name declares is that name: 北京星云科技有限公司（以下简称“星云”）
        start = right.start
        lo, hi = bisect_left(self._starts, left.end), bisect_right(self._starts, right.start)
        between = [n for n in self.names[lo:hi] if n.end <= right.start]
        for name in reversed(between):
            describes = is_title(name) or (start < right.start and name.label in self.rules.org_labels)
            if not describes or self.sentence.slice(name.end, start).strip():
                break
            start = name.start
        gap = self.sentence.slice(self._glossed_to.get(left.end, left.end), start)
        if start == right.start:
            return self.coordinated(gap)
        qualifier = _TITLE_QUALIFIER.search(gap)
        longest = len(qualifier.group()) if qualifier else 0
        return any(self.coordinated(gap[: len(gap) - k]) for k in range(longest + 1))

    def heads_title(self, name: Name) -> bool:
        """Whether a title follows the name with nothing between ("星云科技CTO"): the name tells where
        someone works, and what happens to that someone does not happen to it."""
        following = next((n for n in self.names if n.start >= name.end), None)
        return (
            following is not None
            and is_title(following)
            and not self.sentence.slice(name.end, following.start).strip()
        )

    def heads_post(self, name: Name) -> bool:
        """Whether a name heads the post of the person right after it, through titles only, two of one person
        maybe joined ("蓝海科技CTO李明远", "蓝海科技创始人兼CEO李明远"): it tells that person's employer, not
        anyone else's."""
        at = name.end
        joins = load_knowledge().name_slots.post_joins
        for following in (n for n in self.names if n.start >= name.end):
            gap = self.sentence.slice(at, following.start).strip()
            if gap and not (at > name.end and gap in joins and is_title(following)):
                return False
            if self.is_person(following):
                return at > name.end
            if not is_title(following):
                return False
            at = following.end
        return False

    def before(self, pick: Pick, position: int, lo: int | None = None) -> list[Name]:
        """The group of picked names nearest before ``position`` (not before ``lo``)."""
        lo = self.sentence.start if lo is None else lo
        found = [n for n in self.names if pick(n) and lo <= n.start and n.end <= position]
        return self.group(found[-1], pick, lo, position) if found else []

    def after(self, pick: Pick, position: int, hi: int | None = None) -> list[Name]:
        """The group of picked names nearest after ``position`` (ending by ``hi``)."""
        hi = self.sentence.end if hi is None else hi
        found = [n for n in self.names if pick(n) and position <= n.start and n.end <= hi]
        return self.group(found[0], pick, position, hi) if found else []

    def subject(self, pick: Pick, trigger: int) -> list[Name]:
        """The trigger's subject: the nearest group before it in its clause, else the topic of the clauses
        before it.

        A clause without a subject continues the topic of the one before, which is that clause's first
        name, not its last ("X旗下拥有A和B，在纽交所上市": X listed). A name an owner word follows is not the
        subject: the subsidiary named after the word is ("X全资子公司Y中标": Y); with none named, the topic
        of the clauses before stands for the group ("X公告，该公司全资子公司已购买…": X). A clause opening
        with 前者 or 后者 is about the first or the last name before it ("X收购了Y，后者已上市": Y).
        """
        clause_start, _ = self.sentence.clause_of(trigger)
        acting = self.acting(pick, trigger)
        owned_from = self.marker_before(self.rules.owner_markers, trigger)
        if owned_from is not None and self._with_its_units(owned_from):
            owned_from = None
        own = self.before(acting, trigger, clause_start if owned_from is None else owned_from)
        if own:
            return own
        if self.opens_with_order(trigger):
            return self.ordered(self.in_range(acting, self.sentence.start, clause_start), trigger)
        for start, end in reversed([c for c in self.sentence.clauses if c[1] <= clause_start]):
            found = self.in_range(acting, start, end)
            if found:
                return self.group(self._head(found), acting, start, end)
        return []

    def _head(self, names: list[Name]) -> Name:
        """The first of a clause's names that no short phrase ending in 的 makes describe the next one: in
        "腾讯持股的X递交招股书" X is the clause's topic, 腾讯 only tells who holds it."""
        for name, after in itertools.pairwise(names):
            between = self.sentence.slice(name.end, after.start)
            if not (
                between.endswith("的") and len(between) <= _DESCRIBING_PHRASE and _PLAIN.fullmatch(between)
            ):
                return name
        return names[-1]

    def ordered(self, names: list[Name], position: int) -> list[Name]:
        """Those of ``names`` the clause at ``position`` is about: the first when it opens with 前者, the last
        with 后者 ("A、B先后离开，前者加入了X": A; "A收购了B，后者已上市": B), all of them otherwise
        (``order_subjects``)."""
        lead = self._clause_lead(position)
        if len(names) < 2 or not lead.startswith((*self.rules.former_subjects, *self.rules.latter_subjects)):
            return names
        return names[:1] if lead.startswith(self.rules.former_subjects) else names[-1:]

    def opens_with_order(self, position: int) -> bool:
        """Whether the clause at ``position`` opens with 前者 or 后者 (``order_subjects``) before it."""
        return self._clause_lead(position).startswith(
            (*self.rules.former_subjects, *self.rules.latter_subjects)
        )

    def _clause_lead(self, position: int) -> str:
        """The text of ``position``'s clause before it, without the spaces opening it."""
        clause_start, _ = self.sentence.clause_of(position)
        return self.sentence.slice(clause_start, position).lstrip()

    def acting(self, pick: Pick, trigger: int | None = None) -> Pick:
        """``pick`` without the organisations named as owners of another ("X旗下的Y": X) nor the ones an act
        follows or sets aside ("X成为继Y之后第二家上市的企业", "除了Y，X也已上市": Y is not who acts here), unless
        the ``trigger`` is that phrase's own act ("继Y裁员之后": Y cut jobs)."""
        return lambda name: (
            pick(name)
            and not self.owns(name)
            and not (self.followed(name) and not self._followed_with(name, trigger))
        )

    def _followed_with(self, name: Name, trigger: int | None) -> bool:
        """Whether the trigger at ``trigger`` stands in the phrase naming what an act follows with the name
        ("继Y裁员之后，": Y's own act)."""
        if trigger is None:
            return False
        text = self.sentence.slice(self.sentence.start, self.sentence.end)
        for match in self.rules.followed_change.finditer(text):
            lo, hi = (self.sentence.start + at for at in match.span("who"))
            if lo <= name.start and name.end <= trigger < hi:
                return True
        return False

    def followed(self, name: Name) -> bool:
        """Whether the name stands right after a word opening what an act follows or sets aside (继, 除了), or
        LAC read that word into the name's front and a closing word follows it ("继远山地产" + "之后，")."""
        before = self.sentence.slice(self.sentence.start, name.start)
        return self.rules.followed_opening.search(before) is not None or self._opened_within(name)

    def _opened_within(self, name: Name) -> bool:
        """Whether the name is a phrase of what an act follows whole, opening word glued to its front, with a
        closing word after it ("继远山地产之后，"); with no closing word ("继峰股份，") the name may open so."""
        match = self.rules.followed_change.match(self.sentence.slice(name.start, self.sentence.end))
        return (
            match is not None
            and name.start + match.end("who") == name.end
            and match.end() - 1 > match.end("who")
        )

    def _with_its_units(self, marker: int) -> bool:
        """Whether a word of ``owner_joined`` joins the owner to its units before the owner word at ``marker``
        ("X及其子公司中标", "X及其全资子公司中标"): the owner acts with them, so it stays a subject."""
        before = self.sentence.slice(self.sentence.start, marker)
        for word in self.rules.owner_markers:  # 及其 + 全资 + 子公司: the words of one owner phrase
            before = before.removesuffix(word)
        return before.endswith(self.rules.owner_joined)

    def owns(self, name: Name) -> bool:
        """Whether an owner word follows the name, after a code in brackets or "的" ("X(600133)全资子公司")."""
        rest = self.sentence.slice(name.end, self.sentence.end)
        aside = self._aside.match(rest)
        rest = (rest[aside.end() :] if aside else rest).removeprefix("的")
        return rest.startswith(self.rules.owner_markers)

    def in_range(self, pick: Pick, lo: int, hi: int) -> list[Name]:
        return [n for n in self.names if pick(n) and lo <= n.start and n.end <= hi]

    def marker_before(self, markers: Sequence[str], trigger: int) -> int | None:
        """Document offset of the last marker word in the trigger's clause before the trigger."""
        clause_start, _ = self.sentence.clause_of(trigger)
        text = self.sentence.slice(clause_start, trigger)
        best = max((text.rfind(m) for m in markers), default=-1)
        return clause_start + best if best >= 0 else None

    def marker_after(self, markers: Sequence[str], position: int) -> int | None:
        """Document offset just after the first marker word in the clause after ``position``."""
        _, clause_end = self.sentence.clause_of(position)
        text = self.sentence.slice(position, clause_end)
        hits = [(text.find(m), len(m)) for m in markers if text.find(m) >= 0]
        if not hits:
            return None
        at, size = min(hits)
        return position + at + size

    def agent_patient(
        self, pick_agent: Pick, pick_patient: Pick, trigger: tuple[int, int]
    ) -> tuple[list[Name], list[Name]]:
        """Agent and patient of a transitive trigger, "被"/"遭" reversing them ("X被Y收购").

        A patient is sought after the trigger, then between "将"/"把" and the trigger ("X将Y收购"), then
        between "对" and "的" + the trigger ("X完成对Y的收购"). A name after "从" is where the patient
        comes from, never the agent ("X从Y手中收购Z"), nor are the names listed with it ("X向A、B收购Z": B)."""
        clause_start, clause_end = self.sentence.clause_of(trigger[0])
        passive = self.marker_before(self.rules.passive_markers, trigger[0])
        if passive is not None:
            patient = self.before(pick_patient, passive, clause_start) or self.before(pick_patient, passive)
            agent = self.in_range(pick_agent, passive, trigger[0])
            return agent, patient
        patient = (
            self.after(pick_patient, trigger[1], clause_end)
            or self.disposed(pick_patient, trigger[0])
            or self._object_of_noun(pick_patient, trigger)
        )
        source = self.rules.source_before
        agent = self.subject(
            lambda n: (
                pick_agent(n)
                and n not in patient
                and not source.search(
                    self.sentence.slice(clause_start, self.group(n, pick_agent, clause_start, n.end)[0].start)
                )
            ),
            trigger[0],
        )
        return agent, patient

    def disposed(self, pick: Pick, trigger: int) -> list[Name]:
        """The patient moved before the verb by "将"/"把" ("X将Y开除"); nothing when the marker means "will"."""
        marker = self.marker_before(self.rules.disposal_markers, trigger)
        return self.in_range(pick, marker, trigger) if marker is not None else []

    def _object_of_noun(self, pick: Pick, trigger: tuple[int, int]) -> list[Name]:
        """The patient of a trigger used as a noun after "对": "的" right before the trigger ("对Y的收购"), or
        only a share of it or a verb taking the noun between them ("对Y的30%股权收购", "对Y进行收购").

        A trigger told as a measure taken ("辞退处理") may follow its patient right away ("对Y辞退处理")."""
        marker = self.marker_before(self.rules.object_markers, trigger[0])
        if marker is None:
            return []
        named = self.in_range(pick, marker, trigger[0])
        if self.sentence.slice(marker, trigger[0]).endswith("的"):
            return named
        between = self.sentence.slice(named[-1].end, trigger[0]) if named else ""
        measure = not between and self._measure_after(trigger[1])
        linked = named and (self.rules.object_link.fullmatch(between) or measure)
        return named if linked else []

    def _measure_after(self, position: int) -> bool:
        """Whether a word making the trigger ending at ``position`` a measure taken follows it ("辞退处理")."""
        return self.sentence.slice(position, position + 4).startswith(self.rules.object_measures)


def is_title(name: Name) -> bool:
    """A title mention (CTO, 研究副总裁), which stands in for an unnamed person or describes a named one."""
    return name.label == "Title"


def skip_words(text: str, words: Sequence[str]) -> str:
    """``text`` without the run of ``words`` it starts with ("等机构领投" -> "领投")."""
    while True:
        word = next((w for w in words if text.startswith(w)), None)
        if word is None:
            return text
        text = text[len(word) :]
