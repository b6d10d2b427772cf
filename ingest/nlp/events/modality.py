"""Whether a sentence asserts, rumours, plans or denies the event its trigger announces.

A journalist must not read "据悉X将裁员" or "X否认裁员" as a layoff that
happened; the modality travels with every event into the graph. Cue words
and their scopes are data (``events.yaml``); this module only applies the
scopes, with the first matching modality of the file's order winning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsgraph.ingest.nlp.events.rules import Rules
from newsgraph.ingest.nlp.events.sentences import Sentence
from newsgraph.ingest.nlp.scripts import to_simplified
from newsgraph.ingest.records import Event

ASSERTED = "asserted"
DENIED = "denied"
RUMORED = "rumored"
PLANNED = "planned"
#: Characters that may stand between a cue and the companion phrase it scopes ("将继续与Y合作").
COMPANION_GAP = 2
#: Characters that may stand between the trigger and a cue of scope "next" ("上市已临近", "上市日益临近").
NEXT_GAP = 2


@dataclass(frozen=True, slots=True)
class TriggerSite:
    """Where a trigger stands in its sentence: what the cue scopes are measured against.

    Offsets are relative to the sentence text; ``names`` are the spans of the
    entity mentions in the sentence, which stop a "near" cue from reaching
    over another participant ("X将Y出售给Z" is not a plan). ``companions`` are
    where the phrases naming a participant of the act open ("与Y" in "X拟与Y签约",
    "向Y" in "X将向Y供货"): a cue right before one scopes the act however long
    the name and what follows it ("X并未与北京Y科技有限公司在芯片领域开展合作");
    ``adjuncts`` are the spans of time and venue phrases, which a "near" cue
    reaches over without counting them ("计划于下半年在港交所主板上市" is a plan). ``parties`` are the spans of
    all the people and organisations the sentence names: whom a contrast clause is about.
    """

    start: int
    end: int
    clause_start: int
    names: Sequence[tuple[int, int]] = ()
    clause_end: int | None = None
    companions: Sequence[int] = ()
    adjuncts: Sequence[tuple[int, int]] = ()
    parties: Sequence[tuple[int, int]] = ()

    def admits(self, start: int, end: int, scope: str, window: int) -> bool:
        """Whether a cue occupying ``start:end`` stands where ``scope`` requires."""
        if start < self.end and end > self.start:
            return False
        if scope == "sentence":
            return True
        if scope == "next":
            return 0 <= start - self.end <= NEXT_GAP and (self.clause_end is None or end <= self.clause_end)
        if scope == "after":
            return start >= self.end and (self.clause_end is None or end <= self.clause_end)
        if end > self.start:
            return False
        if scope == "before":
            return True
        if scope == "clause":
            return self.clause_start <= start
        if self.clause_start > start:
            return False
        if any(0 <= c - end <= COMPANION_GAP and c < self.start for c in self.companions):
            return True
        near = self.start - end - self._adjunct_length(end) <= window
        return near and not any(end <= n_start and n_end <= self.start for n_start, n_end in self.names)

    def _adjunct_length(self, cue_end: int) -> int:
        """How many characters between a cue and the trigger belong to time and venue phrases."""
        return sum(max(0, min(e, self.start) - max(s, cue_end)) for s, e in self.adjuncts)


def _occurrences(text: str, word: str) -> list[int]:
    starts, at = [], text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + 1)
    return starts


def modality_of(rules: Rules, text: str, site: TriggerSite) -> str:
    """The modality of the event whose trigger stands at ``site`` in the sentence ``text``; a rumour the sentence
    confirms in a later clause ("据悉，张三已离职，公司证实了这一消息") is none (a plan it confirms stays a plan), nor
    is a negation told as a risk a denial (``hedged_negations``: "公司仍有未能中标的可能")."""
    window = int(rules.weights["near_window"])
    done = _done(rules, text, site.end) or _done_describing(rules, text, site)
    agreed = rules.agreed_futures if text.lstrip().startswith(rules.agreed_openers) else ()
    # A question asking why takes what it asks about as told ("X为什么退出Y？").
    told = rules.question_marks if any(w in text for w in rules.presupposing_questions) else ()
    # A reply calling the report false ("X回应：假的") denies it anywhere in the sentence, as a denial cue does.
    if rules.replied_denial.search(text):
        return DENIED
    for modality in rules.modalities:
        # "X将旗下业务卖给了Y": 将 moves the object, the act is done; a rumour confirmed later is none.
        if (done and modality.name == PLANNED) or (
            modality.name == RUMORED and _confirmed_after(rules, text)
        ):
            continue
        for scope, cues in modality.scoped_cues:
            for cue in cues:
                if cue in told or (modality.name == PLANNED and cue in agreed):
                    continue
                if any(
                    site.admits(s, s + len(cue), scope, window)
                    and not text.startswith(modality.exceptions, s)
                    and not _cue_undone(rules, text, site, modality.name, cue, s)
                    for s in _occurrences(text, cue)
                ):
                    return modality.name
    return ASSERTED


def own_modality(rules: Rules, text: str, site: TriggerSite, planned_by_word: str | None) -> str | None:
    """The modality the trigger's own word gives an event the sentence's cues leave asserted (``planned_by_word``: a
    bid, 竞购, is a purchase sought), unless the sentence tells the act achieved (``achieved``): "X成功竞购Y", "X竞购Y
    的交易已于上月完成交割" (not "尚未完成", nor "将于年内完成")."""
    if text[: site.start].endswith(rules.achieved_before):
        return None
    after = text[site.end : site.clause_end if site.clause_end is not None else len(text)]
    done = any(
        _told_achieved(rules, text, site.end, site.end + s, word)
        for word in rules.achieved_after
        for s in _occurrences(after, word)
    )
    return None if done else planned_by_word


def _told_achieved(rules: Rules, text: str, trigger_end: int, at: int, word: str) -> bool:
    """Whether the ``achieved`` word at ``at`` is told done: a done word (``told_done``: 已) between the trigger and it
    or a done marker right after it (完成了), and no negation before it in its clause."""
    told = any(w in text[trigger_end:at] for w in rules.told_done)
    marked = text.startswith(rules.done_markers, at + len(word))
    return (told or marked) and _unnegated(rules, text, at)


def _cue_undone(rules: Rules, text: str, site: TriggerSite, modality: str, cue: str, at: int) -> bool:
    """Whether the words around a cue standing in reach of the trigger take back what it says of it: a negation
    told as a risk (``hedged_negations``), 将 moving the object of a done act, a contrast or clause breaking the cue's
    reach, a judgement of an earlier report, a denial of another act (a later one, or another person's after a
    contrast), or a denial a later contrast overturns."""
    end = at + len(cue)
    if modality == DENIED and (
        text[:at].endswith(rules.hedged_negations)
        or _denies_a_later_act(rules, text, at, len(cue), site)
        or _denies_another_in_contrast(rules, text, at, site)
        or _overturned_in_contrast(rules, text, end, site)
    ):
        return True
    if modality == PLANNED and _moves_object(rules, text, cue, at, site):
        return True
    return _broken(rules, text, end, site) or _judges_an_earlier_report(rules, text, cue, end, site)


def _moves_object(rules: Rules, text: str, cue: str, at: int, site: TriggerSite) -> bool:
    """Whether the plan cue at ``at`` is 将 moving the object before the verb after a done word ("X去年已将芯片业务
    卖给Y"): the act is done, whatever the cue says elsewhere. The trigger must come after the object moved; one
    right after 将 is itself what is moved ("X已将赴港上市提上日程": the listing is put on the agenda, a plan)."""
    moved = site.start > at + len(cue)
    return moved and cue in rules.object_movers and text[:at].endswith(rules.done_before)


def _done_describing(rules: Rules, text: str, site: TriggerSite) -> bool:
    """Whether the trigger, with a ``done_before`` word right before it, describes someone before 的 ("张三将接替
    已离职的李四": 李四 left, whatever 张三 will do). A clause the trigger heads keeps its plan or condition ("如果
    张三已经离职，X将…": no leaving told)."""
    return text[: site.start].endswith(rules.done_before) and text[site.end :].startswith("的")


def answered_as_ordinary(rules: Rules, text: str, site: TriggerSite, event_type: str) -> bool:
    """Whether a later clause of the sentence calls what its trigger reports ordinary ("X被曝大规模裁员，X回应：系正常
    人员流动"), as a later sentence may (see :func:`answer_back`): a rumoured event of the ``ordinary_types`` is then
    denied."""
    after = site.clause_end if site.clause_end is not None else site.end
    return event_type in rules.ordinary_types and any(cue in text[after:] for cue in rules.ordinary_cues)


def _done(rules: Rules, text: str, trigger_end: int) -> bool:
    """Whether a done marker right after the trigger tells the act is done: only with what it acts on after it
    ("卖给了Y"); ending the clause, 了 tells a change about to come ("X即将上市了")."""
    ends = rules.sentence_ends + rules.clause_ends
    return any(
        text.startswith(marker, trigger_end) and text[trigger_end + len(marker) :][:1] not in ("", *ends)
        for marker in rules.done_markers
    )


def _judges_an_earlier_report(rules: Rules, text: str, cue: str, cue_end: int, site: TriggerSite) -> bool:
    """Whether a cue judging a report (``judged_reports``: "相关报道失实") stands in a clause before the trigger's,
    which tells its event done (``told_done``: "X称相关报道失实，公司已完成B轮融资"): the answer states that event as
    its own fact; the report judged is the one named before the cue."""
    return (
        cue in rules.judged_reports
        and cue_end <= site.clause_start
        and any(word in text[site.clause_start : site.start] for word in rules.told_done)
    )


def _kinds(rules: Rules, text: str) -> set[str]:
    """The event types the trigger words of ``text`` tell."""
    return {g.event_type for m in rules.trigger_pattern.finditer(text) for g in rules.groups_for(m.group())}


def _own_kind(rules: Rules, text: str, site: TriggerSite) -> set[str]:
    """The event types of the trigger at ``site``."""
    return {g.event_type for g in rules.groups_for(text[site.start : site.end])}


def _denies_a_later_act(rules: Rules, text: str, cue_start: int, length: int, site: TriggerSite) -> bool:
    """Whether a denial cue in a clause after the trigger's takes an act of another kind as its own object, a trigger
    word after it in its clause ("陈浩被曝已离开X，Y方面否认其加盟": only the joining is denied, the leaving stays as
    told). An object of the trigger's own kind ("据悉X将裁员，X否认裁员传闻"), or none ("…，X予以否认"), denies it."""
    if site.clause_end is None or cue_start < site.clause_end:
        return False
    cue_end = cue_start + length
    ends = [
        at for at in (text.find(mark, cue_end) for mark in rules.clause_ends + rules.sentence_ends) if at >= 0
    ]
    kinds = _kinds(rules, text[cue_end : min(ends, default=len(text))])
    return bool(kinds) and not kinds & _own_kind(rules, text, site)


def _opens_contrast(rules: Rules, clause: str) -> bool:
    """Whether a clause opens with a word of contrast (``modality_breakers``, or a ``contrast_openers`` word too
    short to break a cue's reach inside a clause: 但, as in 不但)."""
    return clause.lstrip(rules.clause_ends + " ").startswith(rules.modality_breakers + rules.contrast_openers)


def _denies_another_in_contrast(rules: Rules, text: str, cue_start: int, site: TriggerSite) -> bool:
    """Whether a denial cue after the trigger's clause stands in a clause a contrast word opens that names someone
    the trigger's clause does not and tells an event of the trigger's kind before the cue ("陈浩确已离职，但李强离职一事
    不实"): it denies that other event; the trigger's stays as told. Naming only the trigger's own parties ("网传X将收购Y，
    但Y表示X收购一事纯属谣言"), it denies the trigger's event."""
    if site.clause_end is None or cue_start < site.clause_end:
        return False
    opening = (
        max(text.rfind(mark, site.clause_end, cue_start) for mark in rules.clause_ends) + 1 or site.clause_end
    )
    return (
        _opens_contrast(rules, text[opening:cue_start])
        and _names_others(text, site, opening, cue_start)
        and bool(_kinds(rules, text[opening:cue_start]) & _own_kind(rules, text, site))
    )


def _overturned_in_contrast(rules: Rules, text: str, cue_end: int, site: TriggerSite) -> bool:
    """Whether a denial cue negating the act before the trigger is answered by a later clause a contrast word opens
    that tells an event of the trigger's kind with no denial of its own, about the trigger's parties ("外界曾认为两家
    公司不可能合作，但X最终与Y签署了合作协议"): the sentence tells the act done after all. The contrast clause must name
    someone (or the pair: ``pair_anaphora``), and no one the trigger's clause does not, where that names someone ("X
    并未收购Y，但收购了Z": Y's stays denied). A cue after the trigger judges a report ("X裁员或系谣言，但内部调整属实"),
    which no other act answers."""
    if site.clause_end is None or cue_end > site.start:
        return False
    named = any(site.clause_start <= s and e <= site.clause_end for s, e in site.parties)
    ends = rules.clause_ends + rules.sentence_ends
    for clause in re.finditer(f"[^{re.escape(ends)}]+", text[site.clause_end :]):
        start, end = site.clause_end + clause.start(), site.clause_end + clause.end()
        refers = any(start <= s and e <= end for s, e in site.parties) or any(
            word in clause.group() for word in rules.pair_anaphora
        )
        if (
            refers
            and _opens_contrast(rules, clause.group())
            and bool(_kinds(rules, clause.group()) & _own_kind(rules, text, site))
            and not _denies(rules, clause.group())
            and not (named and _names_others(text, site, start, end))
        ):
            return True
    return False


def _names_others(text: str, site: TriggerSite, start: int, end: int) -> bool:
    """Whether ``start:end`` names a person or organisation the trigger's clause does not name."""
    own = text[site.clause_start : site.clause_end]
    return any(start <= s and e <= end and text[s:e] not in own for s, e in site.parties)


def _broken(rules: Rules, text: str, cue_end: int, site: TriggerSite) -> bool:
    """Whether a word of contrast stands between a cue before the trigger and the trigger ("…然而他已加入Y")."""
    between = text[cue_end : site.start]
    return cue_end <= site.start and any(word in between for word in rules.modality_breakers)


def answer_back(rules: Rules, reports: list[tuple[Sentence, list[Event]]]) -> list[Event]:
    """The events of all sentences, those a later sentence denies marked denied and the rumours it confirms asserted.

    A journalist reports the rumour first and the answer after it ("网传X将裁员。对此，X发表声明
    否认"): a sentence with a denial cue and no event of its own that it does not deny denies the rumoured or planned
    events of the nearest earlier sentence that has some about an entity it names; naming none, or
    naming only others with no event of its own, a sentence that refers back ("对此", "该消息") denies those of the
    nearest earlier sentence. One that denies its own rumour ("X否认了其CTO离职的传闻") refers back to nothing else. A sentence
    whose words name an event type ("就入股传言作出澄清") denies events of that type only.
    What the article asserts is not undone by a denial of something else. A sentence with no event of its own
    that confirms and refers back ("X随后证实了上述消息"), or that refers back and tells the event as a fact
    ("对此，X回应称，张三已于上月离职"), makes the rumoured events it answers asserted; a plan confirmed stays a
    plan.
    """
    for index, (sentence, own) in enumerate(reports):
        answer = _answer(rules, sentence.text, own, {n.entity for n in sentence.names if n.entity})
        if answer is None:
            continue
        target = _answered_report(reports, index, answer)
        if (
            target is None
            and answer.named
            and not own
            and any(word in sentence.text for word in rules.answer_references)
        ):
            answer = replace(answer, named=frozenset())
            target = _answered_report(reports, index, answer)
        if target is not None:
            reports[target] = (
                reports[target][0],
                [replace(e, modality=answer.modality) if answer.covers(e) else e for e in reports[target][1]],
            )
    return [event for _, events in reports for event in events]


@dataclass(frozen=True, slots=True)
class Answer:
    """What a sentence answering a report says (denied or asserted) and about what: the entities it names
    and the event types its words name (none: any)."""

    modality: str
    named: frozenset[str]
    types: frozenset[str]

    def covers(self, event: Event) -> bool:
        """An answered event (rumoured or planned for a denial, rumoured for a confirmation) of a named
        type about a named entity (about anyone when none is named)."""
        involved = {entity for _, entity in event.participants()}
        answered = (RUMORED, PLANNED) if self.modality == DENIED else (RUMORED,)
        return (
            event.modality in answered
            and (not self.types or event.type in self.types)
            and (not self.named or bool(involved & self.named))
        )


def _answer(rules: Rules, text: str, own: list[Event], named: set[str]) -> Answer | None:
    """How ``text`` answers an earlier report, if it does: "就入股传言作出澄清" denies a purchase, not the partnership
    told before it; "系正常的人员调整" denies a layoff (``ordinary_types``), not a departure. An announcement's pledge
    of truth (no 虚假记载, vouched for by the board) answers nothing."""
    if any(word in text for word in rules.answer_pledges):
        return None
    denies = _denies(rules, text) or rules.replied_denial.search(text) is not None
    ordinary = not denies and any(cue in text for cue in rules.ordinary_cues)
    if denies or ordinary:
        if any(e.modality != DENIED for e in own):
            return None
        modality = DENIED
    elif any(word in text for word in rules.answer_references) and (
        all(e.modality == ASSERTED for e in own) if own else _confirms(rules, text)
    ):
        modality = ASSERTED
        named = _told_as_fact(own) or named
    else:
        return None
    types = _kinds(rules, text)
    if ordinary:
        types = types & rules.ordinary_types if types else set(rules.ordinary_types)
        if not types:
            return None
    return Answer(modality, frozenset(named), frozenset(types))


def _denies(rules: Rules, text: str) -> bool:
    """Whether a denial cue stands in ``text`` saying the report is false, not that no answer came yet
    (``no_answer`` right after it: "对此，X方面暂无回应", "其去向尚无确切消息" leave the report as it was)."""
    return any(
        not text.startswith(rules.no_answer, s + len(cue))
        for cue in rules.denial_cues
        for s in _occurrences(text, cue)
    )


def _told_as_fact(own: list[Event]) -> set[str]:
    """Whom an answer telling events as fact is about: their people when they name any, else all their
    participants. Its company alone would make any rumour about it asserted ("有消息称X的CTO张三已离职。对此，X回应称，
    离职的是副总裁李四": 李四 left; 张三's departure stays a rumour)."""
    people = {e.person for e in own if e.person}
    return people or {entity for e in own for _, entity in e.participants()}


def _confirms(rules: Rules, text: str, after: int = 0) -> bool:
    """Whether a confirmation cue stands in ``text`` (from ``after`` on) with no negation before it in its clause
    (未对此予以确认 confirms nothing)."""
    return any(
        _unnegated(rules, text, s)
        for cue in rules.confirmation_cues
        for s in _occurrences(text, cue)
        if s >= after
    )


def _unnegated(rules: Rules, text: str, at: int) -> bool:
    """Whether no negation stands before ``at`` in its clause (尚未公告, 未予确认)."""
    return not any(word in _clause_before(rules, text, at) for word in rules.confirmation_negations)


def announces(rules: Rules, text: str, trigger: str) -> bool:
    """Whether ``text`` tells its event, told by the word ``trigger``, in the organisation's or the person's own
    word, or confirms it ("X公告称，张三辞任CTO", "张三宣布辞职"; not "X尚未宣布"): told so, a rumour of the
    article's lead is a fact. An announcing word counts only before the trigger, telling it (see `_announcing`).
    Both are read in Simplified, as the cues are written (宣佈 is 宣布)."""
    text, trigger = to_simplified(text), to_simplified(trigger)
    at = text.find(trigger)
    return _confirms(rules, text) or any(
        _unnegated(rules, text, s) and _announcing(rules, text, s + len(cue), at)
        for cue in rules.announcement_cues
        for s in _occurrences(text, cue)
        if s < at
    )


def _announcing(rules: Rules, text: str, end: int, at: int) -> bool:
    """Whether the announcing word ending at ``end`` tells what the trigger at ``at`` tells: it stands in the
    trigger's clause ("张三宣布辞职"), or nothing but a word of saying follows it in its own clause ("X公告称，张三辞任
    CTO", "X发布内部信，宣布…"). One with an object of its own announces that, not a later clause ("X宣布推出新款芯片，
    张三离职后由李四负责研发": the departure is only the article's echo)."""
    if end > at - len(_clause_before(rules, text, at)):
        return True
    rest = re.split(f"[{re.escape(rules.clause_ends)}]", text[end:], maxsplit=1)[0].strip()
    return not rest or rest.endswith(rules.announcement_closes)


def _confirmed_after(rules: Rules, text: str) -> bool:
    """Whether a clause after the first confirms what the sentence reports, referring back to it ("据悉，张三已离职，
    公司方面证实了这一消息"); a source that is itself a rumour's ("知情人士证实了这一消息") confirms nothing."""
    first_end = min(
        (at for at in (text.find(mark) for mark in rules.clause_ends) if at >= 0), default=len(text)
    )
    rest = text[first_end:]
    rumours = (
        cue for m in rules.modalities if m.name == RUMORED for _, cues in m.scoped_cues for cue in cues
    )
    return (
        _confirms(rules, text, first_end)
        and any(word in rest for word in rules.answer_references)
        and not any(cue in rest for cue in rumours)
    )


def _clause_before(rules: Rules, text: str, end: int) -> str:
    """The text of the clause that ``end`` stands in, up to ``end``."""
    start = max(text.rfind(mark, 0, end) for mark in rules.clause_ends)
    return text[start + 1 : end]


def _answered_report(reports: list[tuple[Sentence, list[Event]]], index: int, about: Answer) -> int | None:
    """The sentence whose events the answer at ``index`` answers: the nearest earlier one with events it covers."""
    earlier = [i for i in range(index) if any(about.covers(e) for e in reports[i][1])]
    return earlier[-1] if earlier else None
