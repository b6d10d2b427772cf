"""Reading one sentence for events: its triggers and the slot look-ups the event frames share.

A :class:`SentenceReader` answers the questions every event type asks of a
sentence (which trigger words fire, what organisation a person belongs to,
which amount or date is nearest the trigger), with the article context of
the sentences before it (:class:`ArticleContext`). The per-type frames in
:mod:`newsgraph.ingest.nlp.events.frames` decide which answers fill which slot.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from newsgraph.ingest.event_types import TriggerGroup
from newsgraph.ingest.nlp.dates import DateMention, find_dates
from newsgraph.ingest.nlp.events.amounts import read_amount
from newsgraph.ingest.nlp.events.args import Finder, is_title, skip_words
from newsgraph.ingest.nlp.events.modality import ASSERTED, DENIED
from newsgraph.ingest.nlp.events.rules import Rules
from newsgraph.ingest.nlp.events.sentences import TITLE_REACH, Name, Sentence, title_object
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.nlp.scripts import to_simplified
from newsgraph.ingest.records import Event, Role

# How many characters before an amount (or a head count) a cue may stand to disqualify it.
_CUE_WINDOW = 6
# The day relative dates ("去年3月") are resolved against when only whether a clause has a date matters.
_ANY_DAY = date(2000, 1, 1)
# How far after "的" a post a phrase describes may start: "的" + the post, or a short word of its kind between
# ("过渡期间的临时CEO").
_POST_MODIFIER_REACH = 3
# What may stand between an entering word and the name whose chain is entered ("进入了X的供应链", "打入到X供应链"),
# and the letters at most between the last name of its list and the chain ("X、Y等手机厂商的核心" + 供应链).
_ENTERED_GAP = re.compile(r"了?到?")
_ENTERED_REACH = 10
# A count of people standing as a clause's own subject ("多位工程师", "三名高管").
_PEOPLE_COUNT = re.compile(r"[0-9多几幾数數两兩一二三四五六七八九十百千]+[位名个個]")
# A count of years before a span word closing a post's object ("出任CEO三年来", "执掌X十余年").
_SPAN_COUNT = re.compile(r"[0-9０-９零一二两兩三四五六七八九十百余餘几幾]*")
# The knowledge's kind of investing firms, which a slot may keep out (``not_kinds``).
INVESTOR_KIND = "investor"


@dataclass(slots=True)
class Trigger:
    """One trigger word found in a sentence, with the rule group it fires."""

    group: TriggerGroup
    start: int
    end: int


@dataclass(slots=True)
class Draft:
    """An event being filled: slot values plus how many were inferred from outside the sentence."""

    trigger: Trigger
    values: dict[str, object] = field(default_factory=dict)
    inferred: int = 0
    anchor: int | None = None
    # Whether a status word stated the status (not only the trigger word implied it).
    stated_status: bool = False
    # The modality of the earlier report the draft rests on ("网传张三将加盟Y。他此前曾任X副总裁": the move
    # from X is as rumoured as the report of it), when that report was not asserted.
    told_modality: str | None = None
    # Whether the sentence takes the event as known, only the news told next to it planned or denied ("除了X，
    # Y还将与Z合作": Y already works with X): then a plan or denial of the news is not the event's.
    presupposed: bool = False


class SentenceReader:
    """Reads the events of one sentence, given the article context before it."""

    def __init__(self, rules: Rules, sentence: Sentence, context: ArticleContext) -> None:
        self.rules = rules
        self.sentence = sentence
        self.find = Finder(rules, sentence)
        self.context = context
        self._triggers: list[Trigger] | None = None
        self._date_mentions: list[DateMention] | None = None

    # --- triggers -------------------------------------------------------------------------------

    def triggers(self) -> list[Trigger]:
        """Every trigger of the sentence that passes its group's constraints, in text order."""
        if self._triggers is None:
            self._triggers = self._find_triggers()
        return self._triggers

    def _find_triggers(self) -> list[Trigger]:
        found = []
        names = [n for n in self.sentence.names if n.label != "Date"]
        text, at = self.sentence.text, 0
        while match := self.rules.trigger_pattern.search(text, at):
            start, end = self.sentence.start + match.start(), self.sentence.start + match.end()
            at = match.end()
            # A word inside a name is part of it, and so is one starting within an organisation's name ("银联手机
            # 支付": 银联 + 手机); a person's name may have taken the word's first character ("于冬购买": 于冬).
            # The word read so may hide one starting where the name ends ("国资委任命": 委任 hides 任命).
            if any(n.start <= start and end <= n.end for n in names) or any(
                n.start < start < n.end and n.label != "Person" for n in names
            ):
                at = match.start() + 1
                continue
            for group in self.rules.groups_for(match.group()):
                if self._admits(group, start, end):
                    found.append(Trigger(group, start, end))
        return found

    def _admits(self, group: TriggerGroup, start: int, end: int) -> bool:
        if not self._word_fits(group, start, end):
            return False
        before = self.sentence.slice(self.sentence.start, start)
        after = self.sentence.slice(end, self.sentence.end)
        if any(after.startswith(w) and self._role_noun_ends(end + len(w)) for w in group.role_before):
            return False
        if any(before.endswith(w) for w in group.noun_after) and not self._acts_on(end):
            return False
        if any(self._has(other, start) for other in group.not_with):
            return False
        clause_start, clause_end = self.sentence.clause_of(start)
        if self._clause_word_before(group.not_in_clause, clause_start, start) and not self._market_named(
            group, clause_start, clause_end
        ):
            return False
        if group.in_clause and not self._entered(group.in_clause, clause_start, start):
            return False
        if self._acts_on_any(group.not_object, end, clause_end):
            return False
        clause = self.sentence.slice(clause_start, clause_end)
        if group.clause_needs and not any(word in clause for word in group.clause_needs):
            return False
        if self._part_played(group.not_post, end, clause_end) or self._span_closes(
            group.tenure_spans, end, clause_end
        ):
            return False
        if group.not_followed and self._followed_undated(group.not_followed, clause_start, start, end):
            return False
        if group.post_closing and not self._post_closed(group.post_closing, end, clause_end):
            return False
        if group.venue_object and not self._lands_on_venue(group, end):
            return False
        if group.not_describing and self._describes_name(end, clause_end):
            return False
        return not group.needs or any(self._has(need, start, end) for need in group.needs)

    def _clause_word_before(self, words: tuple[str, ...], clause_start: int, start: int) -> bool:
        """Whether one of ``words`` stands in the clause before ``start``, outside a phrase describing a person named
        before ``start`` ("曾在X任职的张三将出任Y CTO": 曾在 tells who 张三 was, not the time of the trigger)."""
        return any(person is None for _, person in self.word_openings(words, clause_start, start))

    def word_openings(
        self, words: tuple[str, ...], clause_start: int, start: int
    ) -> list[tuple[int, Name | None]]:
        """Where each of ``words`` stands in the clause before ``start``, with the person a phrase opening there
        describes (None: the word stands outside any such phrase)."""
        lead = self.sentence.slice(clause_start, start)
        return [
            (clause_start + match.start(), self.described_person(clause_start + match.start(), start))
            for word in words
            for match in re.finditer(re.escape(word), lead)
        ]

    def described_person(self, position: int, limit: int) -> Name | None:
        """The person a phrase opening at ``position`` describes, named before ``limit``: the phrase closes with 的
        right before them, maybe with titles between ("曾供职X的王芳", "原在Y任职的资深研究员李四")."""
        names = sorted(self.find.names, key=lambda n: n.start)
        for person in (n for n in names if self.find.is_person(n) and position < n.start and n.end <= limit):
            at = person.start
            while title := next(
                (n for n in names if is_title(n) and n.end == at and n.start > position), None
            ):
                at = title.start
            if at > position + 1 and self.sentence.slice(at - 1, at) == "的":
                return person
        return None

    def _entered(self, words: tuple[str, ...], clause_start: int, start: int) -> bool:
        """Whether one of ``words`` (进入, 纳入) before the word in its clause takes a name right after it, the
        last of its list at most ``_ENTERED_REACH`` letters before the word ("进入X的供应链", "跻身X、Y等车企的核心
        供应体系"): the chain entered is theirs. An entering word with another object ("进入汽车行业后Y的供应链
        承压", "导入新系统以优化Y的供应链") enters no chain."""
        names = {n.start: n for n in self.find.names}
        lead = self.sentence.slice(clause_start, start)
        for word in words:
            for match in re.finditer(re.escape(word), lead):
                gap = _ENTERED_GAP.match(lead, match.end())
                first = names.get(clause_start + gap.end()) if gap else None
                listed = self.find.group(first, lambda _: True, clause_start, start) if first else []
                if listed and start - listed[-1].end <= _ENTERED_REACH:
                    return True
        return False

    def _market_named(self, group: TriggerGroup, clause_start: int, clause_end: int) -> bool:
        """Whether the clause names a market of a type that has venues ("X与Y合资组建的Z今日在新三板挂牌": Z's
        shares are listed, though a founding word stands before the word), which outweighs a word of the
        clause that would make it no such event; not a market whose name holds such a word itself (北京产权交易所:
        a stake put up for sale)."""
        if group.event_type not in self.rules.venues:
            return False
        named = {n.start: n.text for n in self.find.names}
        return any(
            clause_start <= at < clause_end and not any(w in named.get(at, "") for w in group.not_in_clause)
            for at, _ in self.venues(group.event_type)
        )

    def _word_fits(self, group: TriggerGroup, start: int, end: int) -> bool:
        """Whether the words right around a trigger word leave it one of ``group`` (Pre- + IPO + 轮 is a round's
        name, no listing; 融资额 reports a round only after 本轮)."""
        before = self.sentence.slice(self.sentence.start, start)
        after = self.sentence.slice(end, self.sentence.end)
        return not (
            any(before.endswith(w) for w in group.not_after)
            or any(after.startswith(w) for w in group.not_before)
            or (group.only_after and not before.endswith(group.only_after))
            or (group.opens_sentence and not self.rules.lead_opening.fullmatch(before))
            or (group.org_after is not None and self._org_opens(end) != group.org_after)
        )

    def _org_opens(self, position: int) -> bool:
        """Whether an organisation's name opens at ``position``."""
        return any(n.start == position and self.find.is_org(n) for n in self.find.names)

    def _post_closed(self, closings: tuple[str, ...], end: int, clause_end: int) -> bool:
        """Whether a title after ``end`` in its clause is closed by one of ``closings`` ("辞 + 董事长 + 职务")."""
        return any(
            is_title(n)
            and end <= n.start
            and n.end <= clause_end
            and self.sentence.slice(n.end, clause_end).startswith(closings)
            for n in self.find.names
        )

    def _acts_on_any(self, words: tuple[str, ...], end: int, clause_end: int) -> bool:
        """Whether one of ``words`` follows a trigger ending at ``end`` in its clause as what it acts on, not as
        a description of the post it names ("担任过渡期间的CEO": a post for a period; "担任CEO期间" a tenure)."""
        rest = self.sentence.slice(end, clause_end)
        for word in words:
            at = rest.find(word)
            while at >= 0:
                if not self._describes_post(end + at + len(word)):
                    return True
                at = rest.find(word, at + 1)
        return False

    def _part_played(self, words: tuple[str, ...], end: int, clause_end: int) -> bool:
        """Whether one of ``words`` (a part played: 评委, 代言人) follows a word ending at ``end`` in its clause before
        any title: the part is what it gives ("担任本届大赛评委"); after a title it is a second part beside the post
        ("出任X首席执行官兼品牌形象大使")."""
        rest = self.sentence.slice(end, clause_end)
        first_title = min(
            (n.start for n in self.find.names if is_title(n) and end <= n.start < clause_end),
            default=clause_end,
        )
        return any(0 <= rest.find(word) < first_title - end for word in words)

    def _span_closes(self, words: tuple[str, ...], end: int, clause_end: int) -> bool:
        """Whether one of ``words`` (a span of years: 多年, 年来) after a word ending at ``end`` closes what it acts
        on: right after its names and a count ("执掌X多年的张三"), or closing the clause ("执掌X多年，", "出任CEO三年
        来，"): the post is held, no move is told. Inside the object it describes something named later ("出任深耕
        自动驾驶多年的X CTO", "接任成立二十年来首次亏损的X CEO", "出任X成立十年来首位女性CEO")."""
        if self.sentence.slice(end, clause_end).rstrip(self.rules.clause_ends + " ").endswith(words):
            return True
        names = {n.start: n for n in self.find.names}
        at = end
        while (name := names.get(at)) and name.end <= clause_end:
            at = name.end
        after_names = self.sentence.slice(at, clause_end)
        count = _SPAN_COUNT.match(after_names)
        return at > end and any(after_names.startswith(word, count.end()) for word in words)

    def _followed_undated(self, pattern: re.Pattern[str], clause_start: int, start: int, end: int) -> bool:
        """Whether ``pattern`` matches right after a word ending at ``end`` and no date stands before the word in
        its clause: a dated stage is told as done, whatever is said of it after ("X昨日上市引发广泛关注")."""
        after = to_simplified(self.sentence.slice(end, self.sentence.end))
        if not pattern.match(after):
            return False
        return not find_dates(self.sentence.slice(clause_start, start), _ANY_DAY)

    def _describes_name(self, end: int, clause_end: int) -> bool:
        """Whether the names right after a word ending at ``end`` (organisations and titles, nothing between) end
        in a title closed by 的 right before a person or an organisation: the word and its post describe that
        name ("当时担任X副总裁的张三表示", "由张三担任董事长的Y公司获得融资"), no one takes the post. Before a noun of
        news the move is what is told ("张三担任CEO的消息")."""
        names = {n.start: n for n in self.find.names}
        at, last = end, None
        while (
            (name := names.get(at)) and name.end <= clause_end and (is_title(name) or self.find.is_org(name))
        ):
            last, at = name, name.end
        if last is None or not is_title(last) or self.sentence.slice(at, at + 1) != "的":
            return False
        described = names.get(at + 1)
        return described is not None and (self.find.is_person(described) or self.find.is_org(described))

    def _describes_post(self, position: int) -> bool:
        """Whether "的" and a title follow ``position``, maybe after a few words of its kind ("的临时CEO"): what
        stands before it describes that post."""
        return self.sentence.slice(position, position + 1) == "的" and any(
            n.label == "Title" and 0 < n.start - position <= _POST_MODIFIER_REACH for n in self.find.names
        )

    def _lands_on_venue(self, group: TriggerGroup, position: int) -> bool:
        """Whether the clause of ``position`` names a venue: an exchange or a venue word ("港股", "A股"), or a
        market word of the type follows it (``landing_venues``: "资本市场"). "登陆Y" lands on Y, which lists the subject
        only when Y is a venue ("登陆拼多多" opens a store, "登陆PC平台" releases a game)."""
        clause_start, clause_end = self.sentence.clause_of(position)
        if any(n.label == "Exchange" and clause_start <= n.start < clause_end for n in self.find.names):
            return True
        if any(clause_start <= at < clause_end for at, _ in self.venues(group.event_type)):
            return True
        markets = self.rules.types[group.event_type].cue("landing_venues")
        return self.sentence.slice(position, clause_end).lstrip("了 ").startswith(markets)

    def _refers_to_one_more(self, event_type: str, position: int, end: int) -> bool:
        """Whether the sentence names one organisation and the clause before the word at ``position`` a word
        of type ``event_type``'s ``referred_party`` cues right after one of its ``referred_after`` ("X发布新芯片。
        A将为其提供封装服务", "A成为该公司的首个客户"), or one opens that clause ("其客户包括A") or stands right
        after the word ending at ``end`` ("A已接入其大模型"): the firm it stands for, named before, is a second
        party."""
        if len({n.entity for n in self.find.names if self.find.is_org(n)}) != 1:
            return False
        cue = self.rules.types[event_type].cue
        clause_start, clause_end = self.sentence.clause_of(position)
        lead = self.sentence.slice(clause_start, position)
        after = self.sentence.slice(end, clause_end).removeprefix("了")
        return (
            after.startswith(cue("referred_party"))
            or lead.lstrip(" ，,；;：:").startswith(cue("referred_party"))
            or any(w + r in lead for w in cue("referred_after") for r in cue("referred_party"))
        )

    def _role_noun_ends(self, position: int) -> bool:
        """Whether a role noun ends at ``position``: a name, punctuation or the sentence's end follows it."""
        following = self.sentence.slice(position, self.sentence.end)[:1]
        return not following.isalnum() or any(n.start == position for n in self.sentence.names)

    def _acts_on(self, position: int) -> bool:
        """Whether the word ending at ``position`` is a verb acting on what follows: a name or "了" does."""
        return self.sentence.slice(position, self.sentence.end).startswith("了") or any(
            n.start == position for n in self.sentence.names
        )

    def _has(self, need: str, position: int, end: int | None = None) -> bool:
        """Whether the sentence offers what a trigger group ``needs`` (or must not have).

        ``exchange`` asks for a market named beside the trigger word (see :meth:`_venue_beside`).

        ``sure:T`` asks for a trigger word of type T that needs nothing else in the sentence, ``near:T``
        for one in its clause or before it about the same subject (see :meth:`_near_word_of`),
        ``later:T`` for any trigger word of type T after this one, ``any:T`` for one anywhere in the sentence,
        ``received:T`` for an organisation someone receives the word from (see :meth:`_received_from`),
        ``earlier:T`` for an event of type T about a person an earlier sentence told, ``continued:T`` for one
        about an organisation (a later sentence may go on with it: "由X领投。"), ``shares:T`` for one of type
        T's ``share_marks`` in the clause of ``position`` besides an exchange or a ``sure:T`` word in the sentence
        (see :meth:`_prices_shares`), ``referred:T`` for one organisation named and a word referring to
        another firm in the clause before ``position`` (see :meth:`_refers_to_one_more`).
        """
        names = self.find.names
        if need == "person":
            return any(self.find.is_person(n) for n in names) or self.pronoun_person(position) is not None
        if need == "title":
            return any(is_title(n) for n in names)
        if need == "clause_title":
            start, end = self.sentence.clause_of(position)
            return any(is_title(n) and start <= n.start < end for n in names)
        if need == "clause_headcount":
            return self._counts_people_affected(self.rules.headcount, *self.sentence.clause_of(position))
        if need == "org2":
            return len({n.entity for n in names if self.find.is_org(n)}) >= 2
        if need == "exchange":
            return self._venue_beside(position, position if end is None else end)
        scope, _, event_type = need.partition(":")
        # The clause the word ends in holds its pronoun, past a time a comma sets off ("此前，他在").
        last = position if end is None else end - 1
        if scope == "sure":
            return self._word_of(event_type, self.sentence.start, strong=True)
        if scope == "near":
            return self._near_word_of(event_type, position)
        if scope == "later":
            spans = self.word_spans(event_type, position + 1, self.sentence.end)
            return any(not self._buys_goods_only(event_type, *span) for span in spans)
        if scope == "any":
            return self._word_of(event_type, self.sentence.start)
        if scope == "earlier":
            return event_type in self.context.told_types
        if scope == "continued":
            return event_type in self.context.subjects
        if scope == "told":
            return any(self.context.people_at.get((event_type, p.entity or "")) for p in self._people(last))
        if scope == "moved":
            return any(self.context.moved_to.get((event_type, p.entity or "")) for p in self._people(last))
        if scope == "received":
            return self._received_from(event_type, position)
        if scope == "shares":
            return self._prices_shares(event_type, position)
        if scope == "referred":
            return self._refers_to_one_more(event_type, position, position if end is None else end)
        pattern = {
            "amount": self.rules.amount,
            "round": self.rules.round,
            "scale": self.rules.scale,
            "staff": self.rules.staff,
            "headcount": self.rules.headcount,
        }[need]
        if need in ("amount", "round"):
            return pattern.search(self.sentence.text) is not None
        return self._counts_people_affected(pattern, self.sentence.start, self.sentence.end)

    def _venue_beside(self, start: int, end: int) -> bool:
        """Whether the sentence names an exchange or a venue word outside the trigger word from ``start`` to
        ``end``: a word that is a venue itself ("赴美", "上柜") names no market beside it, and alone it is also a
        trip or a counter ("高管已启程赴美，与Y洽谈合作")."""
        exchanges = [n.start for n in self.find.names if n.label == "Exchange"]
        return any(not start <= at < end for at in exchanges + [at for at, _ in self.venues("")])

    def _prices_shares(self, event_type: str, position: int) -> bool:
        """Whether the price word at ``position`` prices shares offered: a share mark of ``event_type`` in its
        clause ("每份ADS定价19美元") and an exchange or a listing word in the sentence. Goods are priced beside a
        listed maker and their own launch too ("在港上市的X发布新手机，定价2999元，下月上市")."""
        start, end = self.sentence.clause_of(position)
        clause = self.sentence.slice(start, end)
        if not any(w in clause for w in self.rules.types[event_type].cue("share_marks")):
            return False
        return self._has("exchange", position) or self._has(f"sure:{event_type}", position)

    def _counts_people_affected(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether the sentence counts people with ``pattern`` between ``start`` and ``end`` other than the whole
        staff: a count told as the firm's size ("进行人员调整，目前员工总数达3000人") is no one the cuts affect,
        while "涉及约200名员工" is."""
        text = self.sentence.slice(start, end)
        return any(
            self.rules.workforce.search(text, max(0, m.start() - _CUE_WINDOW), m.end()) is None
            for m in pattern.finditer(text)
        )

    def _people(self, position: int) -> list[Name]:
        """The people the sentence names, and the one a pronoun in the clause of ``position`` stands for
        (also one inside the trigger word there: "此前他是")."""
        pronoun = self.pronoun_person(self.sentence.clause_of(position)[1])
        return [n for n in self.find.names if self.find.is_person(n)] + ([pronoun] if pronoun else [])

    def _received_from(self, event_type: str, position: int) -> bool:
        """Whether organisations stand right before ``position`` after a word of receiving of ``event_type``
        (``received_with``), maybe jointly (``jointly``: "X获Y、Z联合投资"), closed as a group or owning it ("X获得Y等
        机构投资", "X获得Y的投资"): "X获Y投资" tells of an investment by naming who gives it, however much."""
        clause_start, _ = self.sentence.clause_of(position)
        givers = self.find.before(self.find.is_org, position, clause_start)
        own = self.rules.types[event_type]
        if not givers:
            return False
        gap = skip_words(self.sentence.slice(givers[-1].end, position).strip(), self.rules.group_closers)
        if gap.removesuffix("的") not in ("", *own.cue("jointly")) and not self._owned_fund(
            gap, own.cue("fund_heads")
        ):
            return False
        before = self.sentence.slice(clause_start, givers[0].start)
        return before.endswith(own.cue("received_with"))

    def _owned_fund(self, gap: str, fund_heads: tuple[str, ...]) -> bool:
        """Whether ``gap`` after the givers names a fund of theirs the article does not name ("X获得Y旗下产业基金的
        投资"): the owner invests through it, as if it gave the money itself."""
        unit = gap.removesuffix("的")
        return unit.startswith(self.rules.owner_markers) and unit.endswith(fund_heads)

    def _near_word_of(self, event_type: str, position: int) -> bool:
        """Whether a trigger word of ``event_type`` needing nothing stands in the clause of ``position``, or
        before it with no organisation named in between ("X上市，募资10亿元"; not "X上市，紧接着Y获得融资") but
        the intermediaries of that type's events (X上市，保荐机构为Y，拟募资10亿元)."""
        clause_start, clause_end = self.sentence.clause_of(position)
        ends = list(self._word_ends(event_type, self.sentence.start, clause_end, strong=True))
        if not ends or any(end > clause_start for end in ends):
            return bool(ends)
        own = self.rules.types[event_type]
        helpers = self.find.marked(
            self.find.is_org, own.cue("intermediary_after"), own.cue("intermediary_before")
        )

        def party(name: Name) -> bool:
            return self.find.is_org(name) and name not in helpers

        return any(not self.find.in_range(party, end, position) for end in ends)

    def _buys_goods_only(self, event_type: str, start: int, end: int) -> bool:
        """Whether the word at [start, end) is one of the type's ``goods_buyers`` (购买) with no organisation after it
        in its clause nor a stake or a part of a firm there (``shares``, ``parts``): goods bought ("X与Y签署协议，购买
        其芯片", "签订从该基地购买锂电池的协议"), no firm ("签署协议，购买Y公司", "签署协议，购买其全部资产")."""
        own = self.rules.types[event_type]
        if self.sentence.slice(start, end) not in own.cue("goods_buyers"):
            return False
        clause_start, clause_end = self.sentence.clause_of(start)
        clause = self.sentence.slice(clause_start, clause_end)
        if any(w in clause for w in (*own.cue("shares"), *own.cue("parts"))):
            return False
        return not self.find.in_range(self.find.is_org, end, clause_end)

    def _word_of(self, event_type: str, position: int, strong: bool = False) -> bool:
        """Whether a trigger word of ``event_type`` stands at or after ``position`` (strong: one needing nothing)."""
        return next(self._word_ends(event_type, position, self.sentence.end, strong), None) is not None

    def _word_ends(self, event_type: str, start: int, end: int, strong: bool) -> Iterator[int]:
        """End offsets of the trigger words of ``event_type`` within [start, end) (strong: needing nothing)."""
        return (span[1] for span in self.word_spans(event_type, start, end, strong))

    def word_spans(
        self, event_type: str, start: int, end: int, strong: bool = False
    ) -> Iterator[tuple[int, int]]:
        """Offsets of the trigger words of ``event_type`` within [start, end) (strong: needing nothing)."""
        text = self.sentence.slice(self.sentence.start, end)
        offset = self.sentence.start
        for match in self.rules.trigger_pattern.finditer(text, start - offset):
            if any(
                g.event_type == event_type
                and not (strong and g.needs)
                and self._word_fits(g, offset + match.start(), offset + match.end())
                for g in self.rules.groups_for(match.group())
            ):
                yield offset + match.start(), offset + match.end()

    def group_people(self, position: int) -> list[Name]:
        """The people a word for a group (``group_subjects``: 两人, 他们) stands for, in the clause before ``position``
        or opening a clause before it ("他们表示，将于年底离开X"): those named in the sentence before the word's
        clause, else in the last sentence naming anyone ("CTO张三与CFO李四都是元老。如今两人均已离开X"), when as
        many as the word counts (two or more for a word counting none). 前者 and 后者 (``order_subjects``) stand
        for the first and the last of two or more ("A与B存在分歧。最终，前者选择了离开": A)."""
        clause_start, _ = self.sentence.clause_of(position)
        found = self._group_word(clause_start, position, anywhere=True)
        for start, end in reversed([c for c in self.sentence.clauses if c[1] <= clause_start]):
            if found or self.find.in_range(self.find.is_person, start, end):
                break
            clause_start = start
            found = self._group_word(start, end, anywhere=False)
        if found is None:
            return []
        at, word, count = found
        named = [n.entity for n in self.find.names if self.find.is_person(n) and n.end <= clause_start]
        earlier = list(dict.fromkeys(e for e in named if e)) or self.context.last_people
        if count < 0 and len(earlier) >= 2:
            earlier = earlier[:1] if count == _FORMER else earlier[-1:]
        elif len(earlier) != count and not (count == 0 and len(earlier) >= 2):
            return []
        return [Name("Person", at, at + len(word), word, e) for e in earlier]

    def _group_word(self, lo: int, hi: int, anywhere: bool) -> tuple[int, str, int] | None:
        """Where a ``group_subjects`` or ``order_subjects`` word stands between ``lo`` and ``hi`` (opening that text
        unless ``anywhere``), the word and its count (:data:`_FORMER`, :data:`_LATTER` for the order words); not an
        ordinal's end (第三人), nor others than those named ("另有两人": ``group_others``), nor a word counting or
        owning the noun after it ("两位同事", "他们的助理"): only what may follow a subject (``person_subject_next``)
        comes after it."""
        text = self.sentence.slice(lo, hi)
        lead = len(text) - len(text.lstrip())
        words = (
            *self.rules.group_subjects,
            *((w, _FORMER) for w in self.rules.former_subjects),
            *((w, _LATTER) for w in self.rules.latter_subjects),
        )
        for word, count in words:
            at = text.find(word) if anywhere else (lead if text.startswith(word, lead) else -1)
            if at < 0 or text[:at].endswith(("第", *self.rules.group_others)):
                continue
            rest = text[at + len(word) :].strip(self.rules.clause_ends + " ")
            if not rest or rest[0].isdigit() or rest.startswith(self.rules.person_subject_next):
                return lo + at, word, count
        return None

    def pronoun_person(self, position: int) -> Name | None:
        """ "他"/"她"/"自己" before ``position`` in its clause, standing for the person named last before it:
        earlier in the sentence ("X在网上发文表示，他将离开Y": X), else in the article. Not 他们 or 她俩, a group
        (see :meth:`group_people`), whose the noun after it may be ("他们的助理已离职")."""
        clause_start, _ = self.sentence.clause_of(position)
        text = self.sentence.slice(clause_start, position)
        at, word = max(((text.rfind(p), p) for p in self.rules.person_anaphora), default=(-1, ""))
        if at < 0:
            return self._carried_pronoun(clause_start, position)
        if text.startswith(_PLURAL_ENDS, at + len(word)):
            return None
        start = clause_start + at
        earlier = self.find.before(self.find.is_person, start)
        person = earlier[-1].entity if earlier else self.context.last_person
        if person is None:
            return None
        return Name("Person", start, start + len(word), word, person)

    def _carried_pronoun(self, clause_start: int, position: int) -> Name | None:
        """The pronoun of an earlier clause that a clause naming no one before ``position`` goes on about, its
        subject left out ("近日他离开X，将加入Y": he joins Y), when the sentence names no person before it. The clause
        before is the last one ending by ``clause_start``: a headline's gap between two clauses ("他离开X 将加入Y")
        belongs to neither, so the search steps back clause by clause and always ends."""
        previous = [end for _, end in self.sentence.clauses if end <= clause_start]
        if not previous:
            return None
        named = self.find.in_range(
            lambda n: self.find.is_person(n) or self.find.is_org(n), clause_start, position
        )
        if (
            named
            or self.find.before(self.find.is_person, clause_start)
            or self._own_subject(clause_start, position)
        ):
            return None
        return self.pronoun_person(previous[-1] - 1)

    def _own_subject(self, clause_start: int, position: int) -> bool:
        """Whether the clause has a subject of its own for a word at ``position``: a title or a count of people
        before it ("已有多位工程师加入X"), or one after it that a phrase holding the word describes ("上月加入公司的
        首席科学家表现出色"): the pronoun before is not who acts."""
        _, clause_end = self.sentence.clause_of(clause_start)
        if any(is_title(n) and clause_start <= n.start < position for n in self.find.names):
            return True
        if _PEOPLE_COUNT.search(self.sentence.slice(clause_start, position)):
            return True
        rest = self.sentence.slice(position, clause_end)
        return any(
            is_title(n) and position < n.start < clause_end and rest[: n.start - position].endswith("的")
            for n in self.find.names
        )

    def next_trigger(self, trigger: Trigger, event_type: str) -> int | None:
        """End offset of the next trigger of ``event_type`` after ``trigger`` in the sentence, if any."""
        for other in self.triggers():
            if other.start >= trigger.end and other.group.event_type == event_type:
                return other.end
        return None

    # --- shared slot helpers ----------------------------------------------------------------------

    def venues(self, event_type: str) -> list[tuple[int, str]]:
        """Every venue the sentence names, as (document offset, Exchange id), in text order.

        Exchange mentions, and the venue words of ``event_type`` ("赴港", "港股"; of every
        type when it is empty). An exchange whose own board the sentence also names is left
        out: "上交所受理了X的科创板上市申请" is a listing on 科创板, one venue.
        """
        found = [(n.start, n.entity) for n in self.find.names if n.label == "Exchange" and n.entity]
        types = [event_type] if event_type else list(self.rules.venues)
        for pattern, meaning in (self.rules.venues[t] for t in types if t in self.rules.venues):
            found += [
                (self.sentence.start + m.start(), meaning[m.group()])
                for m in pattern.finditer(self.sentence.text)
            ]
        entities = load_knowledge().entities
        parents = {getattr(entities.get(venue), "parent", None) for _, venue in found}
        return sorted(f for f in found if f[1] not in parents)

    def venue(self, trigger: Trigger, since: int) -> str | None:
        """The venue of a trigger: the nearest one from ``since`` (its subject) to its clause's end, else in the sentence."""
        found = self.venues(trigger.group.event_type)
        lo, hi = self.sentence.clause_of(trigger.start)
        near = [f for f in found if min(lo, since) <= f[0] < hi] or found
        return min(near, key=lambda f: abs(f[0] - trigger.start))[1] if near else None

    def context_org(self, draft: Draft, not_kinds: frozenset[str] = frozenset()) -> str | None:
        """The organisation a sentence refers back to ("本轮融资由X领投"), when a word before the trigger does.

        That is the organisation of the article's last event of the same type
        ("本轮" is its round), else the one the sentence before was about for "this company" (see
        :func:`_org_topic`), else the last organisation named when it may fill the slot, else the first
        of its sentence that may: of ``not_kinds`` of the slot, the investor named last ("X由A、B投资。
        今年公司曾传出赴港上市的消息") is not the company listing, the sentence's topic X is.
        """
        before = self.sentence.slice(self.sentence.start, draft.trigger.start)
        ordered = self._ordered_reference(draft.trigger, self._employs(not_kinds))
        if ordered is not None:
            draft.inferred += 1
            return ordered
        if not self.refers_back(before) and not self._subject_left_out(draft.trigger):
            return None
        source = self._own_source(draft, not_kinds)
        if source is not None:
            return source
        speaker = self._speakers_employer(draft, not_kinds)
        if speaker is not None:
            draft.inferred += 1
            return speaker
        # An investor of the article's rounds is none of a slot that keeps investors out ("本轮由A领投。公司…").
        investors = self.context.investors if INVESTOR_KIND in not_kinds else ()
        fits = self._employs(not_kinds, also_not=investors)
        # A bank or a broker referred back to by its noun is the last one of its kind ("X银行与Y合作多年。该行…": X).
        kind = self._kind_referred(before)
        if kind is not None:
            fits = self._of_kind(fits, kind)
        # The company the last sentence was about, opening it alone, is the one "this company" refers to ("X是Y
        # 旗下的芯片公司。该公司宣布裁员": X), not the one it named last. A bare 公司 is the article's company, which
        # need not be the sentence's ("X在其平台公告，Y中标。根据公示，公司…": an announcement's company).
        topic = self.context.last_topic if self.rules.demonstrative_firm.search(before) else None
        if topic is None and kind is None and self.context.last_parties:
            # "A收购了B。该公司宣布裁员": either may be meant; the article's last event names neither. A word of a
            # kind tells which ("A银行与B合作多年。该行…": A).
            fits = self._employs(not_kinds, also_not={*investors, *self.context.last_parties})
        # Of the last sentence's organisations, an investor ("星云科技曾获月光资本投资。公司近日与A签约") is not the
        # company referred to when another one fits: the company it backed is.
        recent = [org for org in (topic, self.context.last_org, *self.context.last_orgs) if org and fits(org)]
        fitting = next((org for org in recent if not self._investor(org)), None) or next(
            (
                org
                for org in (self.context.last_org, *self.context.last_orgs, self.context.topic)
                if org and fits(org)
            ),
            None,
        )
        subject = self.context.subjects.get(draft.trigger.group.event_type)
        org = subject if subject and (kind is None or fits(subject)) else fitting
        draft.inferred += org is not None
        return org

    def _ordered_reference(self, trigger: Trigger, fits: Callable[[str], bool]) -> str | None:
        """The organisation 前者 or 后者 (``order_subjects``) opening a sentence that names none before the trigger
        stands for: the first or the last of those the sentence before named ("A宣布与B达成合作。后者近日完成了B轮
        融资": B), when they are two or more and it may fill the slot."""
        named = list(dict.fromkeys(self.context.last_orgs))
        if len(named) < 2 or self.find.before(self.find.is_org, trigger.start):
            return None
        before = self.sentence.slice(self.sentence.start, trigger.start)
        lead = before[self.rules.lead_opening.match(before).end() :]  # type: ignore[union-attr]
        if lead.startswith(self.rules.former_subjects):
            org = named[0]
        elif lead.startswith(self.rules.latter_subjects):
            org = named[-1]
        else:
            return None
        return org if fits(org) else None

    def _of_kind(self, fits: Callable[[str], bool], kind: str) -> Callable[[str], bool]:
        """``fits`` narrowed to organisations (by id) of ``kind``."""

        def of_kind(entity_id: str) -> bool:
            name = self.context.names.get(entity_id)
            return fits(entity_id) and name is not None and self.find.kind(name) == kind

        return of_kind

    def _investor(self, entity_id: str) -> bool:
        """Whether an organisation named earlier in the article invested in the article's rounds or is an
        investor by its kind or name's ending (月光资本)."""
        name = self.context.names.get(entity_id)
        return entity_id in self.context.investors or (
            name is not None and self.find.kind(name) == INVESTOR_KIND
        )

    def _speakers_employer(self, draft: Draft, not_kinds: frozenset[str]) -> str | None:
        """The organisation of the person who speaks in the sentence before the reference ("他同时透露，公司
        不排除赴港上市", "他透露，公司正与车企洽谈，其中与X的合作…": the company is the speaker's, not the firm
        the article named last), when the article
        gives that person a post still held: one left ("X前首席执行官李强加盟Y。他透露，公司…") is no longer
        the company they speak for."""
        clause_start, _ = self.sentence.clause_of(draft.trigger.start)
        if clause_start <= self.sentence.start:
            return None
        earlier = [end for _, end in self.sentence.clauses if end <= clause_start]
        speaker = next((p for end in reversed(earlier) if (p := self.pronoun_person(end - 1))), None)
        if speaker is None:
            people = self.find.before(self.find.is_person, clause_start, self.sentence.start)
            speaker = people[0] if people else None
        return (
            self.context.role_org(speaker.entity, self._employs(not_kinds), current=True) if speaker else None
        )

    def _own_source(self, draft: Draft, not_kinds: frozenset[str]) -> str | None:
        """The organisation the sentence names as the source of its own news before the trigger, when it may
        fill the slot: the one referred back to ("记者从X获悉，该公司已与Y签约", "据X官网消息，公司…"). One telling
        of others ("据X研报，公司…") is not, nor an outlet (a kind of ``not_kinds``)."""
        sources = [
            n
            for n in self.find.speakers
            if n.entity
            and n.end <= draft.trigger.start
            and self.find.employs(n, not_kinds)
            and self._own_channel(n)
        ]
        return sources[-1].entity if sources else None

    def _own_channel(self, source: Name) -> bool:
        """Whether a source's clause says it tells its own news (``own_channels``: "X官网", "X获悉") before
        the clause names anyone else (a dateline's outlet, "X3月5日讯Y发布公告", tells Y's)."""
        _, clause_end = self.sentence.clause_of(source.start)
        end = next((n.start for n in self.find.names if source.end <= n.start < clause_end), clause_end)
        return any(w in self.sentence.slice(source.end, end) for w in self.rules.own_channels)

    def _subject_left_out(self, trigger: Trigger) -> bool:
        """Whether the sentence opens, after its time or place at most, with a verb whose subject it leaves out
        and names no organisation or person before the trigger ("去年11月获政府基金注资5亿元"): its subject is the
        organisation the article is about. A trigger describing a noun after it ("完成融资的企业") tells of others;
        one with no date before it tells of anyone ("获得融资，对初创企业来说越来越难", "在港股上市，一直是…的目标")."""
        if self.sentence.slice(trigger.end, trigger.end + 1) == "的":
            return False
        lo = self.sentence.start
        dated = False
        for name in self.find.names:
            if name.start >= trigger.start:
                break
            dated = dated or name.label == "Date"
            if name.label in self.rules.adjunct_labels:
                lo = name.end if not self.sentence.slice(lo, name.start).strip("，, ") else lo
            elif self.find.is_org(name) or self.find.is_person(name):
                return False
        opening = self.sentence.slice(lo, trigger.start).lstrip("，, ")
        rest = self.sentence.slice(trigger.end, self.sentence.clause_of(trigger.start)[1])
        closes = not rest.strip(self.rules.clause_ends + self.rules.sentence_ends + " ")
        return dated and (
            opening.startswith(self.rules.zero_subject_openers)
            or (closes and opening.startswith(self.rules.zero_subject_places))
        )

    def left_out_person(self, trigger: Trigger) -> Name | None:
        """The person a sentence naming no one before a job change's word leaves out as its subject: the one the
        sentence before was about, when it opens, after its dates and places, with only adverbs of time and
        manner or a lead of hearsay (``person_zero_openers``: "张三2015年加入X。2020年正式离开X"). Not when the
        sentence before was about organisations only ("X发布公告。2019年退出Y"), nor for a word describing a
        noun after it ("离职的员工"), nor in a fronted clause whose subject opens the next ("加入X前，张三曾在Y工作")."""
        person = self.context.last_person
        if person is None or self.context.organisations_last:
            return None
        if self.sentence.slice(trigger.end, trigger.end + 1) == "的" or self._subject_follows(trigger):
            return None
        opening = self.sentence.slice(self.sentence.start, trigger.start)
        for name in reversed([n for n in self.find.names if n.end <= trigger.start]):
            if name.label not in self.rules.adjunct_labels:
                return None
            at = name.start - self.sentence.start
            opening = opening[:at] + opening[at + len(name.text) :]
        if any(n.start < trigger.start < n.end for n in self.find.names):
            return None
        if not self.rules.person_zero_opening.fullmatch(opening):
            return None
        return Name("Person", trigger.start, trigger.end, "", person)

    def _subject_follows(self, trigger: Trigger) -> bool:
        """Whether a person opens the clause after the trigger's: the subject of a fronted clause ("离开X后，张三…")."""
        _, clause_end = self.sentence.clause_of(trigger.start)
        following = [
            n for n in self.find.names if n.start >= clause_end and n.label not in self.rules.adjunct_labels
        ]
        if not following or not self.find.is_person(following[0]):
            return False
        return not self.sentence.slice(clause_end, following[0].start).strip(self.rules.clause_ends + " ")

    def refers_back(self, text: str) -> bool:
        """Whether ``text`` holds a word referring back to an organisation: "该公司", "本轮", or "公司" standing
        alone, not heading a description ("多家半导体公司的投资" refers to no one); a word of reporting right before
        it leaves it alone ("报道称公司将裁员"); so does a demonstrative before a firm's head noun ("这家AI初创公司").
        A word for a kind of organisation refers back too ("该行", "该券商": see :meth:`_kind_referred`)."""
        alone = self.rules.anaphora_alone
        return (
            any(w in self._held(text) for w in self.rules.anaphora if w not in alone)
            or self._kind_referred(text) is not None
            or self.rules.demonstrative_firm.search(text) is not None
            or any(
                at == 0 or not text[at - 1].isalnum() or text.endswith(self.rules.anaphora_alone_after, 0, at)
                for w in alone
                for at in (m.start() for m in re.finditer(re.escape(w), text))
            )
        )

    def _held(self, text: str) -> str:
        """``text`` without the longer words that hold a word referring back by chance ("该行业": this industry,
        "该行为": this act), each cut off by a clause break so that no such word forms across it."""
        for word in self.rules.anaphora_except:
            text = text.replace(word, "，")
        return text

    def _kind_referred(self, text: str) -> str | None:
        """The kind of organisation a word of ``text`` refers back to by its noun ("该行": a bank, "该券商": a
        broker), or None."""
        held = self._held(text)
        return next(
            (kind for kind, words in self.rules.kind_anaphora.items() if any(w in held for w in words)), None
        )

    def person_org(
        self,
        draft: Draft,
        person: Name,
        trigger: Trigger,
        not_kinds: frozenset[str] = frozenset(),
        fellows: Sequence[Name] = (),
        gone_to: Sequence[str] = (),
        reacting: Sequence[str] = (),
        post_talk: Sequence[str] = (),
        came_from: Sequence[str] = (),
    ) -> str | None:
        """The organisation a person works for: named next to them (not the one heading another person's
        post in a list, "A公司CTO张三、B公司CEO李四离职": B is 李四's; nor one right after a ``came_from``
        word, "张三从A跳槽至B，担任CTO": A is the one left), else their role's, else the one the
        article introduced them with, else the one of the first of ``fellows`` (the people listed with
        them: "A和B相继出走", where the article gives only A's post) the article gives a post at, else one
        earlier in the sentence, else the one opening the next clause (none when it reacts to the move, see
        :meth:`_reacting_firm`), else the article's last. Between a leaving
        word and a person after it, only the person's clause counts. An organisation named between them in a phrase
        setting the scene ("在X举办的论坛上", ``setting_markers``; or, after the person, one that words of its own
        part from the trigger: "张三为Y开发芯片后离职", not "张三向Y提交辞呈") counts only after their role's and the one
        introducing them ("X的CTO张三在Y举办的论坛上宣布离职": X); so does one before the person in their clause
        that the sentence does not tie to them ("在Y的订单减少后张三辞职", see :meth:`_tied`).

        Only employers count (see :meth:`Finder.employer`); a lab of a known company stands for the company.
        """
        pick = self.find.employer(not_kinds)
        clause_start, _ = self.sentence.clause_of(person.start)
        lo, hi = sorted((person.end, trigger.start))
        if trigger.start < person.start:
            # A leaving word before the person's clause ("多名高管出走：A加盟X，B则自立门户"): what the clauses
            # between name is the others', X where A went, not B's.
            lo = max(lo, clause_start)
        between = [
            n
            for n in self.find.in_range(pick, lo, hi)
            if not self.find.heads_post(n) and not self.find.preceded_by(n, came_from)
        ]
        setting = bool(between) and (
            any(w in self.sentence.slice(lo, between[0].start) for w in self.rules.setting_markers)
            or (person.end <= trigger.start and self._words_left(between[0].end, trigger.start) != "")
        )
        if between and not setting:
            return employer_of(between[0].entity)
        before = self.find.before(pick, person.start, clause_start)
        if before and self._tied(before[-1], person) and not self._held_before(before[-1], person):
            return employer_of(before[-1].entity)
        stated = self._stated_employer(person, pick)
        if stated and not self._moved_on_to(stated, trigger):
            return stated
        known = self._known_employer(person, not_kinds) or next(
            filter(None, (self._known_employer(f, not_kinds) for f in fellows if f is not person)), None
        )
        if known and not self._moved_on_to(known, trigger):
            return employer_of(known)
        if between:
            return employer_of(between[0].entity)
        earlier = [n for n in self.find.before(pick, person.start) if not self._gone_to(n, person, gone_to)]
        if earlier:
            return employer_of(earlier[-1].entity)
        opening = self.opening_next_clause(pick, trigger)
        if opening and self._reacting_firm(opening, reacting, post_talk):
            return None  # the sentence names another firm; the article's last organisation is no better guess
        if opening:
            return employer_of(opening.entity)
        last = self.context.last_org
        if gone_to and last and self.context.gone_to_by_other(last, person.entity):
            # Where another leaver went (吴强离开，随后加盟X；郑宇也告别): the company the last one left.
            last = self.context.subjects.get(trigger.group.event_type)
        elif last:
            last = self.context.left_for_it(trigger.group.event_type, person.entity, last) or last
        if last and self._employs(not_kinds)(last):
            draft.inferred += 1
            return employer_of(last)
        return None

    def _tied(self, org: Name, person: Name) -> bool:
        """Whether the words between an organisation and the person after it in their clause tie it to them:
        names and 的 alone (it heads or describes them: "X CTO张三", "在X工作多年的张三"), or a word of its
        announcing them ("X宣布CTO张三离职"). Else it stands in a phrase of its own setting the scene ("在X的订单
        减少后张三辞职", "随着X推出新品张三选择离开"), and the post the article gives the person comes first."""
        gap = self._words_left(org.end, person.start)
        cues = (*self.rules.announcement_cues, *self.rules.confirmation_cues)
        return not gap or gap.endswith("的") or any(w in gap for w in cues)

    def _words_left(self, lo: int, hi: int) -> str:
        """The words from ``lo`` to ``hi`` less the names standing there and the list marks around them."""
        pieces, at = [], lo
        for name in sorted(self.find.in_range(lambda _: True, lo, hi), key=lambda n: n.start):
            if name.start >= at:
                pieces.append(self.sentence.slice(at, name.start))
                at = name.end
        pieces.append(self.sentence.slice(at, hi))
        return "".join(pieces).strip("、 ")

    def _reacting_firm(self, opening: Name, reacting: Sequence[str], post_talk: Sequence[str]) -> bool:
        """Whether the organisation opening the clause after a leaving word's acts right upon the move (one of
        ``reacting`` right after it) on something else than the post (neither a title nor one of ``post_talk``
        in its clause): "张三刚退休，X就开始进军支付业务" tells a rival's move, not the firm he left; "张三刚离职，X
        就宣布由李四接任CTO" and "张三离职的风波未平，X又登上热搜" (no reacting word) tell the firm he left."""
        _, clause_end = self.sentence.clause_of(opening.start)
        rest = self.sentence.slice(opening.end, clause_end)
        return (
            rest.startswith(tuple(reacting))
            and not any(w in rest for w in post_talk)
            and not self.find.in_range(is_title, opening.end, clause_end)
        )

    def _stated_employer(self, person: Name, pick: Callable[[Name], bool]) -> str | None:
        """The organisation of the one post the article's roles read for the person in this sentence, at an
        employer the sentence names: the post the sentence is about ("X宣布，执行长张三退休" is X's 执行长), which
        outranks one a career elsewhere in the article tells ("张三2015年成为Y执行长，2020年回到X": Y's post
        is still held for all the career says, but not the one this sentence has him leave)."""
        named = {
            employer_of(n.entity) for n in self.find.in_range(pick, self.sentence.start, self.sentence.end)
        }
        posts = {r.org for r in self._roles_here(person)}
        here = posts & named
        return here.pop() if len(posts) == 1 and here else None

    def _roles_here(self, person: Name) -> list[Role]:
        """The posts at an organisation the article's roles read for the person in this sentence."""
        return [
            r
            for r in self.context.roles
            if r.org and r.person == person.entity and r.start <= person.start < r.end
        ]

    def _held_before(self, org: Name, person: Name) -> bool:
        """Whether the organisation follows a word of a past post (``past_post_openers``) and the sentence gives
        the person only a former post there and a current one elsewhere ("曾任X首席科学家的张三，现为Y CTO"): X
        describes where the person was, not what they leave. A post left is not current either ("X副总裁张三离职，
        转战Y担任总裁"), so the words say which is only background."""
        before = self.sentence.slice(self.sentence.start, org.start)
        if not before.endswith(self.rules.past_post_openers):
            return False
        roles = self._roles_here(person)
        at_org = [r for r in roles if r.org == employer_of(org.entity)]
        return bool(at_org) and not any(r.current for r in at_org) and any(r.current for r in roles)

    def _moved_on_to(self, entity_id: str, trigger: Trigger) -> bool:
        """Whether the sentence names the organisation ``entity_id`` after the leaving word as one joined or
        founded next ("于去年离职，随后创办了X"): where the person went, not what they left."""
        words = self.rules.types[trigger.group.event_type].cue("moved_on")
        return any(
            employer_of(n.entity) == entity_id and self.find.preceded_by(n, words)
            for n in self.find.in_range(self.find.is_org, trigger.end, self.sentence.end)
        )

    def _gone_to(self, name: Name, person: Name, words: Sequence[str]) -> bool:
        """Whether ``name`` stands right after one of ``words`` (加盟, 转投) with another person named before it in
        the sentence: where that one went ("吴强离开，随后加盟X；郑宇也告别": not the one 郑宇 leaves)."""
        return self.find.preceded_by(name, words) and any(
            self.find.is_person(n) and n.entity != person.entity
            for n in self.find.before(self.find.is_person, name.start)
        )

    def opening_next_clause(
        self, pick: Callable[[Name], bool], trigger: Trigger, lead: tuple[str, ...] = ()
    ) -> Name | None:
        """The name ``pick`` takes opening the clause after the trigger's: the company the news goes on
        about ("张三已离职，X尚未公布继任人选": X; after a fronted phrase, "通过与A的合作，X将…": X), maybe
        after one of the ``lead`` words ("与A的合作，让X…")."""
        _, clause_end = self.sentence.clause_of(trigger.start)
        following = [n for n in self.find.names if n.start >= clause_end]
        if not following:
            return None
        gap = self.sentence.slice(clause_end, following[0].start).strip(self.rules.clause_ends + " ")
        if gap and gap not in lead:
            return None
        return following[0] if pick(following[0]) else None

    def _known_employer(self, person: Name, not_kinds: frozenset[str]) -> str | None:
        """The employer the article told of a person before: their role's, else the one it introduced
        them with; the one they went to when an earlier sentence told them leave it (see
        :meth:`ArticleContext.moved_on`). A post still held comes before a former one, wherever the article tells
        them ("张三近日离职。他是X前副总裁，2020年加入Y担任副总裁": Y)."""
        employs = self._employs(not_kinds)
        role_org = self.context.role_org(person.entity, employs, current=True) or self.context.role_org(
            person.entity, employs
        )
        introduced = self.context.introduced_with.get(person.entity or "")
        known = role_org or (introduced if introduced and employs(introduced) else None)
        return self.context.moved_on(person.entity, known) if known else None

    def _employs(self, not_kinds: frozenset[str], also_not: Collection[str] = ()) -> Callable[[str], bool]:
        """Whether an organisation named elsewhere in the article (by id) is an employer, and none of
        ``also_not``."""

        def employs(entity_id: str) -> bool:
            name = self.context.names.get(entity_id)
            return name is not None and entity_id not in also_not and self.find.employs(name, not_kinds)

        return employs

    def title_near(
        self, person: Name, trigger: Trigger, org: str | None = None, taking: bool = False
    ) -> str | None:
        """The title standing next to a person or as the trigger's object ("辞去CEO职务"); for a word of ``taking``
        a post, the one it gives, whatever titles stand by the people ("由A、B担任临时共同CEO"); with none in the
        clause, the person's title the article gave, at ``org`` when given (a past post's: "张三出任Y的CEO。
        此前他在X工作" tells no title at X)."""
        titles = [n for n in self.find.names if n.label == "Title" and not self._others_title(n, person)]
        clause_start, clause_end = self.sentence.clause_of(trigger.start)
        near = [t for t in titles if clause_start <= t.start and t.end <= clause_end]
        if not near:
            return self.context.role_title(person.entity, org)
        nearest = self._respective_title(person, trigger, near)
        if nearest is None and taking:
            # The post a word naming its taker after it gives is told after the taker ("任命前X院长张伟为CEO"); a
            # title before describes them.
            after_word = trigger.end <= person.start
            told_after = [t for t in near if after_word and 0 <= t.start - person.end <= TITLE_REACH]
            nearest = self._given_title(trigger) or (nearest_to(person, told_after) if told_after else None)
        return self.post_name(nearest or nearest_to(person, near))

    def post_name(self, title: Name) -> str:
        """A title mention's normalised post, with a deputy's mark written right before it that the mention left
        out (副 + 院长, 副 + 首席执行官: the titles list 副总裁, not every deputy post): a deputy's post is not the
        head's, and naming the head's would state a post the person does not hold."""
        post = title.canonical or title.text
        before = self.sentence.slice(self.sentence.start, title.start)
        marks = (m for m in self.rules.deputy_marks if title.text.startswith(m) or before.endswith(m))
        mark = next((m for m in marks if m not in post), "")
        return mark + post

    def _others_title(self, title: Name, person: Name) -> bool:
        """Whether the title is another person's: written right before them ("CTO张伟、李强": 张伟's) or in the
        brackets glossing them ("张伟（前X CTO）、李强": 张伟's)."""
        for other in self.find.names:
            if other == person or not self.find.is_person(other):
                continue
            if title.end <= other.start and not self.sentence.slice(title.end, other.start).strip():
                return True
            gloss = self.sentence.slice(other.end, title.start).lstrip()
            if other.end <= title.start and gloss.startswith(("（", "(")) and not re.search(r"[）)]", gloss):
                return True
        return False

    def post_object(self, trigger: Trigger) -> str | None:
        """The title a word acts on, written as its object ("辞去CEO职务", "担任星云科技CTO"): the post it takes or
        leaves, whatever titles introduce the people."""
        title = self._given_title(trigger)
        return title and self.post_name(title)

    def _given_title(self, trigger: Trigger) -> Name | None:
        """The title a word of taking a post gives as its object ("由A、B担任临时共同CEO": 联席CEO for both), which is
        the post taken whatever titles stand by the people (see :func:`~.sentences.title_object`)."""
        _, clause_end = self.sentence.clause_of(trigger.start)
        return title_object(
            self.find.names,
            self.sentence.text,
            trigger.end,
            clause_end,
            self.rules.former_markers,
            self.find.is_org,
            self.sentence.start,
        )

    def _respective_title(self, person: Name, trigger: Trigger, titles: list[Name]) -> Name | None:
        """The person's title where a list of people takes a list of posts in order ("A、B分别担任X的CEO和
        CTO": B's is CTO): the one at the person's place, when both lists are as long."""
        posts = [t for t in titles if t.start >= trigger.end]
        if len(posts) < 2:
            return None
        before = [n for n in self.find.names if self.find.is_person(n) and n.end <= trigger.start]
        people = before[-len(posts) :]
        if len(people) != len(posts) or person not in people:
            return None
        between = self.sentence.slice(people[-1].end, trigger.end)
        if not any(w in between for w in self.rules.respectively_markers):
            return None
        return posts[people.index(person)]

    def amount(self, trigger: Trigger) -> tuple[str | None, str | None]:
        """The money amount nearest the trigger, as written (see :mod:`.amounts`), and its currency code.

        An amount its clause words as a price per share is not what was raised (see :meth:`share_price`),
        nor one below the least the trigger's type allows (a listing's: a trading price), nor one a word
        right after makes another figure ("约100亿美元的估值", ``amount_not_before``), nor a running total
        (``amount_running_totals`` before it in its clause: "累计融资金额已超2亿元"). A type with an
        ``amount_with`` cue takes only an amount one of its words stands before in the amount's clause (a
        listing's money is raised: "募资10亿元", not "营收5亿元" nor "总资产3亿元").
        """
        amounts = list(self.rules.amount.finditer(self.sentence.text))
        least = self.rules.min_amount.get(trigger.group.event_type)
        raised_with = self.rules.types[trigger.group.event_type].cue("amount_with")

        def fits(match: re.Match[str]) -> bool:
            if self.share_price(match, amounts) or self._amount_of_another(match, trigger):
                return False
            if raised_with and not self._told_with(match, raised_with):
                return False
            if self._told_with(match, self.rules.amount_running_totals):
                return False
            if self.sentence.text.startswith(self.rules.amount_not_before, match.end()):
                return False
            amount = read_amount(self.rules, match.group())
            bounds = [b for b in (amount.low, amount.high) if b is not None]
            return least is None or not bounds or max(bounds) >= least

        match = nearest_match(
            self.rules.amount,
            self.sentence,
            trigger,
            self.rules.amount_not_after,
            fits,
            self.rules.amount_not_before,
        )
        if match is None:
            return None, None
        amount = read_amount(self.rules, match.group())
        return amount.text, amount.currency

    def _amount_of_another(self, match: re.Match[str], trigger: Trigger) -> bool:
        """Whether an amount stands in a later clause with a trigger of the same type of its own: that one's
        ("完成A轮融资，三年后又获2亿美元B轮融资": the B round's sum, not the A round's). An earlier one's may
        be the trigger's own, referred back to ("完成2亿元融资，本次融资…"), unless another firm's (see
        :meth:`told_of_another_firm`). A word that goes on with the round told (see :meth:`_goes_on_with`) tells
        no round of its own: the amount after it is the trigger's."""
        lo, hi = self.sentence.clause_of(self.sentence.start + match.start())
        if lo <= trigger.start:
            return self.told_of_another_firm(match, trigger)
        event_type = trigger.group.event_type
        return any(
            other.group.event_type == event_type
            and lo <= other.start < hi
            and not self._goes_on_with(other, lo)
            for other in self.triggers()
        )

    def _goes_on_with(self, other: Trigger, clause_start: int) -> bool:
        """Whether a trigger word in a later clause goes on with the round told before it: a word counting only
        after one (``continued:`` needs: "完成B轮融资，由X领投5亿元"), or one of investing in a clause that opens
        with who gives the money (``given_by``: "完成天使轮融资，由X独家投资2000万元")."""
        event_type = other.group.event_type
        if f"continued:{event_type}" in other.group.needs:
            return True
        given_by = self.rules.types[event_type].cue("given_by")
        opening = self.sentence.slice(clause_start, other.start).lstrip()
        return other.group.frame == "invest" and bool(given_by) and opening.startswith(given_by)

    def told_of_another_firm(self, match: re.Match[str], trigger: Trigger) -> bool:
        """Whether a detail (an amount, a round) in an earlier clause is another firm's: that clause's own trigger of
        the type has an organisation before it, and the trigger's clause names another one before it as its subject
        (frame ``subject``: "A获得15亿元战略投资，B也完成了融资": not B's; "A获得1.2亿美元融资，由X领投" is A's round,
        X its investor)."""
        lo, hi = self.sentence.clause_of(self.sentence.start + match.start())
        clause_start, _ = self.sentence.clause_of(trigger.start)
        if hi > clause_start or trigger.group.frame != "subject":
            return False
        ours = {n.entity for n in self.find.in_range(self.find.is_org, clause_start, trigger.start)}
        if not ours:
            return False
        for other in self.triggers():
            if other.group.event_type == trigger.group.event_type and lo <= other.start < hi:
                theirs = {n.entity for n in self.find.in_range(self.find.is_org, lo, other.start)}
                if theirs and not ours & theirs:
                    return True
        return False

    def _told_with(self, match: re.Match[str], words: tuple[str, ...]) -> bool:
        """Whether one of ``words`` stands before an amount in its clause."""
        clause_start = self.sentence.clause_of(self.sentence.start + match.start())[0] - self.sentence.start
        before = self.sentence.text[clause_start : match.start()]
        return any(w in before for w in words)

    def share_price(self, match: re.Match[str], amounts: list[re.Match[str]]) -> bool:
        """Whether an amount is worded as a price per share: a share-price word before it in its clause
        with no other amount between ("每股发售价定为16.8港元"), or one right after it ("18港元/股")."""
        text = self.sentence.text
        if any(text.startswith(w, match.end()) for w in self.rules.share_price_after):
            return True
        clause_start = self.sentence.clause_of(self.sentence.start + match.start())[0] - self.sentence.start
        since = max([clause_start] + [m.end() for m in amounts if m.end() <= match.start()])
        return any(w in text[since : match.start()] for w in self.rules.share_price_words)

    def date(self, trigger: Trigger, published: date | None) -> date | None:
        """The date nearest the trigger, else the publication date.

        Dates in the trigger's clause come first, then earlier ones; a date
        right after a word like "成立于" dates something else (the company).
        """
        mentions = self._dates(published)
        if not mentions:
            return published
        at = trigger.start - self.sentence.start
        lo, hi = (x - self.sentence.start for x in self.sentence.clause_of(trigger.start))
        best = min(mentions, key=lambda m: (not lo <= m.start < hi, m.start > at, abs(m.start - at)))
        return best.value

    def dated_after(self, trigger: Trigger, published: date | None) -> bool:
        """Whether the trigger's clause dates it after the publication (明年在香港进行IPO, 下周一挂牌):
        what has not happened yet is a plan, whatever the verb says."""
        if published is None:
            return False
        lo, hi = (x - self.sentence.start for x in self.sentence.clause_of(trigger.start))
        end = trigger.end - self.sentence.start
        return any(
            lo <= m.start < hi and m.value > published and not self._counted_from(m, end, hi)
            for m in self._dates(published)
        )

    def _counted_from(self, mention: DateMention, trigger_end: int, clause_end: int) -> bool:
        """Whether a span "N…后" after the trigger, closing its clause, counts from the event, which then lies
        before it ("张三离职三个月后，X…", "X收购Y一年后，…"), not from the publication; one a verb follows is the
        time of what is still to come ("交易将于三个月后完成")."""
        text = self.sentence.text
        closing = mention.end >= clause_end or text[mention.end] in self.rules.clause_ends
        return mention.start >= trigger_end and mention.text.endswith("后") and closing

    def dated_in_clause(self, position: int) -> bool:
        """Whether the clause of ``position`` tells a time of its own ("2023年", "去年3月"): only whether one is
        there matters, so relative dates are resolved against any day."""
        clause_start, clause_end = self.sentence.clause_of(position)
        return bool(find_dates(self.sentence.slice(clause_start, clause_end), _ANY_DAY))

    def _dates(self, published: date | None) -> list[DateMention]:
        """The sentence's dates, less those a word like "成立于" says date something else; read once per
        sentence (every trigger's date and plan check ask for them, always with the article's date)."""
        if self._date_mentions is None:
            text = self.sentence.text
            self._date_mentions = [
                m
                for m in find_dates(text, published)
                if not any(
                    text[max(m.start - _CUE_WINDOW, 0) : m.start].endswith(w)
                    for w in self.rules.date_not_after
                )
            ]
        return self._date_mentions

    def status(
        self,
        trigger: Trigger,
        statuses: Mapping[str, tuple[str, ...]],
        since: int | None = None,
        own_word: bool = False,
    ) -> str | None:
        """The strongest status word of the trigger's clause (the file lists statuses strongest first).

        With ``since`` (where the trigger's subject stands), the words from there on count too:
        "决定终止X公司的发行，并在Y板上市" is a terminated listing. A negated word states nothing
        ("未涉及申请绿色通道"). With ``own_word``, a status word that is only a part of the trigger word
        belongs to it, and the trigger tells its own stage ("启动招股" is an offering, not a preparation).
        """
        start, end = self.sentence.clause_of(trigger.start)
        lo = start if since is None else min(start, since)
        lo = self._after_earlier_stage(trigger, lo, start)
        told = self.sentence.slice(lo, end)
        clause = self.sentence.slice(lo, self._with_sequels(end))
        part_of = (trigger.start - lo, trigger.end - lo) if own_word else None
        cues = self.rules.types[trigger.group.event_type].cue
        # A fall word tells the event's end only after its word (冲刺港股 + 折戟, 上市 + 梦碎); before it, another
        # venture fell (手机业务折戟后冲刺港股, 造车梦碎，如今计划上市).
        falls = cues("falls_after")
        # What came of the event (its sequel clauses) tells no stage before it: "2012年上市，此后因扩产计划…" is no
        # plan to list.
        prior = cues("prior_stages")
        tail = clause[trigger.end - lo :]
        for status, words in statuses.items():
            scope = told if status in prior else clause
            if any(self._stated(tail, w) if w in falls else self._stated(scope, w, part_of) for w in words):
                return status
        return None

    def _after_earlier_stage(self, trigger: Trigger, lo: int, start: int) -> int:
        """Where the status words of a trigger whose clause starts at ``start`` may begin, from ``lo``: after an
        earlier trigger of its type in between, its clause and the clauses telling what came of it (首次递表，其后
        申请失效，今年再度递表: the lapse is the first filing's, not the second's)."""
        earlier = list(self._word_ends(trigger.group.event_type, lo, start, strong=False))
        if not earlier:
            return lo
        _, clause_end = self.sentence.clause_of(earlier[-1] - 1)
        return min(self._with_sequels(clause_end), start)

    def _with_sequels(self, end: int) -> int:
        """Where the clauses after the one ending at ``end`` that tell what came of it end: each opens with a
        sequel word and names no one ("递交上市申请，其后主动撤回")."""
        for start, clause_end in (c for c in self.sentence.clauses if c[0] >= end):
            text = self.sentence.slice(start, clause_end).lstrip("，,；; ")
            if not text.startswith(self.rules.sequel_openers) or self.find.in_range(
                lambda n: self.find.is_org(n) or self.find.is_person(n), start, clause_end
            ):
                break
            end = clause_end
        return end

    def _stated(self, clause: str, word: str, part_of: tuple[int, int] | None = None) -> bool:
        """Whether ``word`` stands in ``clause`` at least once without a negation right before it, and not
        as a shorter part of the span ``part_of``."""
        negated = self.rules.status_negation

        def own_part(m: re.Match[str]) -> bool:
            return (
                part_of is not None
                and part_of[0] <= m.start()
                and m.end() <= part_of[1]
                and m.end() - m.start() < part_of[1] - part_of[0]
            )

        return any(
            not negated.search(clause[: m.start()]) and not own_part(m)
            for m in re.finditer(re.escape(word), clause)
        )


# What makes a pronoun for one person one for a group (他 + 们, 她 + 俩).
_PLURAL_ENDS = ("们", "俩", "們", "倆")
# The counts of the order words among the words for a group: the first of the people, the last.
_FORMER = -1
_LATTER = -2


class ArticleContext:
    """What earlier sentences of the article tell about the current one."""

    def __init__(self, roles: list[Role], names: list[Name] | None = None) -> None:
        self.roles = roles
        # The first mention of each organisation or person of the article, by entity id.
        self.names: dict[str, Name] = {}
        for name in names or []:
            if name.entity:
                self.names.setdefault(name.entity, name)
        # The organisations of the last sentence that named any, in order: its topic first.
        self.last_orgs: list[str] = []
        # The organisation that sentence is about when it opens it as its subject, alone (see :func:`_org_topic`).
        self.last_topic: str | None = None
        # The organisations that took part in an act together in that sentence, or in the one being read (a deal,
        # a purchase; not a round's investors): "A收购了B。该公司…" may mean either.
        self.last_parties: frozenset[str] = frozenset()
        self._parties: set[str] = set()
        self.last_person: str | None = None
        # The people of the last sentence that named anyone, in order, each once ("两人" may refer to them).
        self.last_people: list[str] = []
        # Whether the last sentence naming or referring to someone was about organisations only ("X发布公告。
        # 其已退出欧洲市场": 其 is X's), not a person ("张三是X的CTO。其已离职").
        self.organisations_last = False
        # The organisations of the last sentence that named two or more ("双方" refers to them).
        self.last_pair: list[Name] = []
        # The organisation named right before a person when the article first did ("X旗下负责人张三").
        self.introduced_with: dict[str, str] = {}
        self.subjects: dict[str, str] = {}
        # The organisation the article's last event was about, of any type, and the investors its fundings named.
        self.topic: str | None = None
        self.investors: set[str] = set()
        # The organisation and modality of each (event type, person) of the events earlier sentences told,
        # not denied.
        self.people_at: dict[tuple[str, str], tuple[str, str]] = {}
        # The destination and modality of each (event type, person) of the moves earlier sentences told with no
        # organisation left ("张三跳槽至Y"): a past post a later sentence tells is the one left ("他此前在X负责…").
        self.moved_to: dict[tuple[str, str], tuple[str, str]] = {}
        # The types of the events about a person earlier sentences told, not denied.
        self.told_types: set[str] = set()
        # The people told to have gone to each organisation on leaving another (to_org), by its entity id.
        self.destinations: dict[str, set[str]] = {}
        # The organisation each person was told to have gone to on leaving another, by (person, org left).
        self.left_for: dict[tuple[str, str], str] = {}
        # The stages earlier sentences told as facts of each organisation's events, by (event type, organisation):
        # an update of a filing after a filing or a later stage told ("X的IPO审核被中止……X更新招股书") is that filing.
        self.stages: dict[tuple[str, str], set[str]] = {}

    @property
    def last_org(self) -> str | None:
        """The organisation named last in the article."""
        return self.last_orgs[-1] if self.last_orgs else None

    def role_org(
        self, person: str | None, fits: Callable[[str], bool] = bool, current: bool = False
    ) -> str | None:
        """The organisation of a role the article gives ``person`` that ``fits``; with ``current``, only
        of a post still held (not "月光智能前首席执行官")."""
        return next(
            (
                r.org
                for r in self.roles
                if r.person == person and r.org and fits(r.org) and (r.current or not current)
            ),
            None,
        )

    def role_title(self, person: str | None, org: str | None = None) -> str | None:
        return next(
            (r.title for r in self.roles if r.person == person and r.title and (org is None or r.org == org)),
            None,
        )

    def held_elsewhere(self, person: str | None, title: str, org: str | None) -> bool:
        """Whether the article gives ``person`` the post ``title`` at another organisation than ``org`` only: the
        post they leave when they join ``org`` ("谷歌研究员张伟加入OpenAI"), or an organisation left unnamed ("谷歌
        前研究员张伟加盟一家初创公司"), where a post is no more known than the organisation."""
        posts = {r.org for r in self.roles if r.person == person and title in (r.title, r.written)}
        return bool(posts) and org not in posts

    def remember(self, event_type: str, org: str | None) -> None:
        """Note the organisation an event of ``event_type`` was about, for later references to it."""
        if org:
            self.subjects[event_type] = org
            self.topic = org

    def told(self, events: list[Event], deal_roles: Collection[str] = ()) -> None:
        """Note the organisation of each person's event of a sentence read: a later sentence may tell the
        same person's past ("张三加盟Y。此前他曾任X副总裁": X left for Y); and the organisations in ``deal_roles``
        of a deal it told, either of which a later word for the company may mean."""
        for event in events:
            if event.person and event.modality != DENIED:
                self.told_types.add(event.type)
            if event.person and event.org and event.modality != DENIED:
                self.people_at[(event.type, event.person)] = (event.org, event.modality)
            elif event.person and event.to_org and event.modality != DENIED:
                self.moved_to[(event.type, event.person)] = (event.to_org, event.modality)
            self.investors.update(event.investors)
            parties = {entity for role, entity in event.participants() if role in deal_roles}
            if len(parties) >= 2:
                self._parties |= parties
            if event.to_org and event.person and event.modality != DENIED:
                self.destinations.setdefault(event.to_org, set()).add(event.person)
            if event.org and event.status and event.modality == ASSERTED:
                self.stages.setdefault((event.type, event.org), set()).add(event.status)

    def told_careers(self, events: list[Event]) -> None:
        """Note the moves of people a sentence read from a career ("小米引进了X前高管张三", "张三曾任X副总裁，后加盟
        Y"): the background of a hire, so a later bare leaving word is about the place they went (see
        :meth:`moved_on`). Not a move told by a leaving word, which later sentences retell ("张三离开X加盟Y。…张三
        表示，离职是因为…")."""
        for event in events:
            if event.person and event.org and event.to_org and event.modality == ASSERTED:
                self.left_for[(event.person, event.org)] = event.to_org

    def moved_on(self, person: str | None, org: str) -> str:
        """Where ``person`` works now as far as earlier sentences told, given an ``org`` the article gave them
        a post at: the organisation they left ``org`` for when a sentence told that move in their career
        (:meth:`told_careers`: "小米引进了X前高管张三。如今张三已离职": he leaves 小米, not X, whose post the title
        gives), else ``org``."""
        return self.left_for.get((person or "", org), org)

    def left_for_it(self, event_type: str, person: str | None, org: str) -> str | None:
        """The organisation an earlier sentence told ``person`` leave (an event of ``event_type``) for ``org``:
        a bare leaving word after that move retells it ("张三离开X，加盟Y。张三表示，离职是因为…": X), it does
        not leave the destination named last. Not after a move read from a career (:meth:`told_careers`)."""
        if person is None or person not in self.destinations.get(org, set()):
            return None
        left = self.people_at.get((event_type, person))
        if left is None or left[0] == org or self.left_for.get((person, left[0])) == org:
            return None  # a move read from a career is no story of leaving a later word retells
        return left[0]

    def gone_to_by_other(self, org: str, person: str | None) -> bool:
        """Whether an earlier sentence told someone other than ``person`` leave for ``org``."""
        return bool(self.destinations.get(org, set()) - {person})

    def advance(self, finder: Finder) -> None:
        """Take in a sentence read: its last organisation and person, and who was introduced with whom."""
        orgs = [n for n in finder.names if finder.is_org(n)]
        if orgs:
            self.last_orgs = [o.entity for o in orgs if o.entity]
            self.last_parties = frozenset(self._parties)
            if not _ties_to_topic(finder, orgs[0]):
                self.last_topic = _org_topic(finder, orgs, self._parties)
        self._parties = set()
        first: dict[str | None, Name] = {}
        for org in orgs:
            first.setdefault(org.entity, org)
        if len(first) >= 2:
            self.last_pair = list(first.values())
        people = [n for n in finder.names if finder.is_person(n)]
        if people:
            self.last_person = _topic(finder, people).entity
            self.last_people = list(dict.fromkeys(p.entity for p in people if p.entity))
        if people or orgs or any(w in finder.sentence.text for w in finder.rules.organisation_subjects):
            self.organisations_last = not people
        for person in people:
            clause_start, _ = finder.sentence.clause_of(person.start)
            introduced = finder.before(finder.employer(frozenset()), person.start, clause_start)
            if introduced and person.entity:
                self.introduced_with.setdefault(person.entity, introduced[-1].entity or "")


def _topic(finder: Finder, people: list[Name]) -> Name:
    """The person a pronoun opening the next sentence stands for: the one opening this sentence, its subject
    ("张三是X的元老，曾跟随创始人李四加入公司。他…": 张三), else the one named last. One opening it to say
    something tells of the one named last ("李四透露，张三已离职。他…": 张三)."""
    first = people[0]
    opening = finder.sentence.slice(finder.sentence.start, first.start)
    following = finder.sentence.slice(first.end, finder.sentence.end).lstrip()
    speaks = following.startswith(load_knowledge().speaking_verbs)
    return first if not opening.strip() and not speaks else people[-1]


def _org_topic(finder: Finder, orgs: list[Name], parties: Collection[str]) -> str | None:
    """The organisation a word for the company opening the next sentence stands for when this one is clearly
    about it: it opens the sentence, after its dates and places at most, and the organisations after it stand in
    what it says of itself ("X是Y旗下的芯片公司。该公司…", "X的客户包括Y和Z。该公司…": X). None when it is one of two
    subjects ("X与Y都是…", "X、Y…"), the owner of the next one ("X旗下的Y…"), it speaks ("X表示，Y…") or it heads a
    dateline or a headline ("X 8月14日，…", "X：…"). Nor when it acts with another of the sentence's ``parties``
    ("X收购了Y。该公司…", "X与Y签约。该公司…": either may be meant), unless the other stands in what is said of X, its
    own ("X的客户包括Y") or its doer ("X于2020年被Y收购")."""
    first = orgs[0]
    if not _opens_alone(finder, first):
        return None
    _, clause_end = finder.sentence.clause_of(first.start)
    other = next((n for n in orgs[1:] if n.start < clause_end), None)
    between = finder.sentence.slice(first.end, other.start).strip() if other else ""
    if between.endswith("的"):
        return None
    described = between.startswith("的") or between.endswith(finder.rules.passive_markers)
    return None if first.entity in parties and not described else first.entity


def _ties_to_topic(finder: Finder, first: Name) -> bool:
    """Whether the sentence's first organisation is tied by one of ``topic_ties`` to one referred back to ("X是一家
    芯片公司。Y是其最大客户。"): the sentence tells who Y is to X and leaves X the topic."""
    following = finder.sentence.slice(first.end, finder.sentence.end).lstrip()
    return following.startswith(finder.rules.topic_ties)


def _opens_alone(finder: Finder, name: Name) -> bool:
    """Whether ``name`` opens the sentence as its subject: only its dates and places before it, and no word after
    it that joins another to it ("X与Y"), ends its clause ("X：…"), dates it as a dateline's outlet ("X 8月14日，…")
    or makes it speak ("X表示，…")."""
    opening = finder.sentence.slice(finder.sentence.start, name.start)
    for adjunct in finder.names:
        if adjunct.end <= name.start and adjunct.label in finder.rules.adjunct_labels:
            opening = opening.replace(adjunct.text, "", 1)
    if opening.strip(finder.rules.clause_ends + " "):
        return False
    following = finder.sentence.slice(name.end, finder.sentence.end).lstrip()
    ends = tuple(finder.rules.clause_ends + finder.rules.sentence_ends)
    if following.startswith((*finder.rules.coordinators, *ends, *load_knowledge().speaking_verbs)):
        return False
    dates = [n for n in finder.names if n.label == "Date" and n.start >= name.end]
    return all(finder.sentence.slice(name.end, n.start).strip() for n in dates)


def employer_of(entity_id: str | None) -> str | None:
    """The organisation people of ``entity_id`` work for: a known lab's parent company, else itself."""
    knowledge = load_knowledge()
    known = knowledge.entities.get(entity_id) if entity_id else None
    if known is not None and known.parent and knowledge.kind_of(entity_id) == "lab":
        return known.parent
    return entity_id


def nearest_to(person: Name, names: list[Name]) -> Name:
    """The one of ``names`` (not empty) standing closest to ``person``, before or after them."""
    return min(names, key=lambda n: min(abs(n.start - person.end), abs(person.start - n.end)))


# --- patterns near the trigger -------------------------------------------------------------------


def _cued(
    text: str, match: re.Match[str], words: tuple[str, ...], ends: set[int], owned: tuple[str, ...]
) -> bool:
    """Whether one of ``words`` stands in the few characters before ``match``, except one of ``owned`` written
    right after another match (at one of ``ends``, maybe after 的), whose word it is."""
    lo = max(match.start() - _CUE_WINDOW, 0)
    for word in words:
        at = text.find(word, lo, match.start())
        while at >= 0:
            after_match = at in ends or (text.startswith("的", at - 1) and at - 1 in ends)
            if word not in owned or not after_match:
                return True
            at = text.find(word, at + 1, match.start())
    return False


def nearest_match(
    pattern: re.Pattern[str],
    sentence: Sentence,
    trigger: Trigger,
    not_after: tuple[str, ...] = (),
    fits: Callable[[re.Match[str]], bool] = bool,
    owned: tuple[str, ...] = (),
) -> re.Match[str] | None:
    """The match of ``pattern`` nearest the trigger, preferring its clause, among those that ``fits`` keeps.

    A match right after one of ``not_after`` is skipped ("估值达10亿元" is no funding amount), unless that word is
    one of ``owned``, written right after another match whose word it is ("以10亿美元估值完成2亿美元融资").
    """
    clause_start, clause_end = sentence.clause_of(trigger.start)
    found = list(pattern.finditer(sentence.text))
    ends = {m.end() for m in found}
    matches = [m for m in found if not _cued(sentence.text, m, not_after, ends, owned) and fits(m)]
    if not matches:
        return None
    at = trigger.start - sentence.start

    def rank(m: re.Match[str]) -> tuple[bool, int]:
        in_clause = clause_start <= sentence.start + m.start() < clause_end
        return (not in_clause, min(abs(m.start() - at), abs(m.end() - at)))

    return min(matches, key=rank)


def normalise_round(written: str) -> str:
    """ "pre-A 轮" -> "Pre-A轮"; "B+" -> "B+轮"; "天使" (of "天使投资") -> "天使轮"; "战略融资" stays."""
    text = re.sub(r"\s+", "", written).replace("系列", "轮")
    text = re.sub(r"^[Pp]re-?", "Pre-", text)
    if re.fullmatch(r"(?:Pre-)?[A-H][+\d]*|Pre-IPO|天使|种子", text):
        text += "轮"
    return text
