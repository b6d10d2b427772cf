"""The event rules as typed, compiled objects: ``data/events.yaml`` and the event types' trigger words.

The extractor asks many small questions per sentence ("is this word a
trigger?", "is there an amount?"); answering them from raw YAML dicts would
scatter key lookups and regex compilation through the code, so the shared
rules file is read, validated and compiled once here, together with the
trigger groups of every event type (:mod:`newsgraph.ingest.event_types`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsgraph.ingest.datafiles import DataFileError, load_data_file
from newsgraph.ingest.event_types import EventType, EventTypes, TriggerGroup, event_types
from newsgraph.ingest.nlp.events.confidence import Calibration
from newsgraph.ingest.nlp.knowledge import load_knowledge


@dataclass(frozen=True, slots=True)
class Modality:
    """Cue words of one modality, grouped by where they must stand relative to the trigger."""

    name: str
    scoped_cues: tuple[tuple[str, tuple[str, ...]], ...]
    # Words that start with a cue and are none ("并非首次" says nothing of whether it happened).
    exceptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the event extractor reads from ``events.yaml`` and the event type files."""

    sentence_ends: str
    clause_ends: str
    coordinators: tuple[str, ...]
    group_closers: tuple[str, ...]
    max_aside: int
    speaker_markers: tuple[str, ...]
    speaker_openers: tuple[str, ...]
    own_channels: tuple[str, ...]
    anaphora: tuple[str, ...]
    anaphora_except: tuple[str, ...]
    # Words referring back to an organisation of one kind (该行: a bank), by kind.
    kind_anaphora: Mapping[str, tuple[str, ...]]
    anaphora_alone: tuple[str, ...]
    # Words of reporting after which those nouns stand alone (报道称 + 公司).
    anaphora_alone_after: tuple[str, ...]
    # A demonstrative, a few describing words and a firm's head noun (这家AI初创公司): the article's firm.
    demonstrative_firm: re.Pattern[str]
    organisation_subjects: tuple[str, ...]
    person_anaphora: tuple[str, ...]
    # Longest first: the word a clause opens with is the longest that fits (其本人 before 其).
    person_subjects: tuple[str, ...]
    person_subjects_except: tuple[str, ...]
    person_subject_next: tuple[str, ...]
    organisation_leaving: tuple[str, ...]
    person_demonstratives: tuple[str, ...]
    pair_anaphora: tuple[str, ...]
    # Roles of the organisations acting together in a deal (acquirer, target, partner).
    deal_roles: frozenset[str]
    # Words for a group of people with how many they are (0: two or more), longest first ("这两人" before "两人").
    group_subjects: tuple[tuple[str, int], ...]
    # Words before a group word that make the group others than those named ("另有两人").
    group_others: tuple[str, ...]
    # A negation ending at most two characters before where the text it searches ends.
    status_negation: re.Pattern[str]
    person_nouns: re.Pattern[str]
    inclusion_markers: tuple[str, ...]
    # Words after 的 that list the people of the trigger's clause, maybe after a person noun counted or not
    # ("离开的还有A", "离职的高管是A", "离开的第三位高管是A"), maybe after a comma ending the trigger's clause with 的
    # ("与A一同离开的，还有B").
    clause_inclusion: re.Pattern[str]
    # Words opening a clause after a list's first member that name the next one ("离开的是A，随后是B").
    next_markers: tuple[str, ...]
    # Words opening each clause naming one of the people counted ("一位是A，另一位是B").
    each_markers: tuple[str, ...]
    # Words saying the people a sentence names are among a group an earlier one counted ("A、B也在其中").
    among_markers: tuple[str, ...]
    # Words naming, right after them, the one a job change told by a title alone was about ("此人为张伟"): each
    # a word for that one then a word of naming, since a naming word alone may name another ("接任者名为李强").
    identity_markers: tuple[str, ...]
    # Where the people whose same job change one follows are named ("继A之后，B也离开"): between the opening
    # word and the closing pattern, then a clause break.
    followed_change: re.Pattern[str]
    # The opening word of such a phrase right before a name: one followed or set aside, not the subject ("X成为继Y
    # 之后第二家上市的企业": X lists).
    followed_opening: re.Pattern[str]
    # The closing words of such a phrase right after the name ("之后"), empty when none stands there.
    followed_closing: re.Pattern[str]
    also_words: tuple[str, ...]
    predecessor_markers: tuple[str, ...]
    follow_markers: tuple[str, ...]
    sequel_openers: tuple[str, ...]
    # Words opening a subjectless clause that goes on with the subject of the clause before ("，同时完成融资").
    continuing_openers: tuple[str, ...]
    # What may open a sentence naming no one before a job change's word whose left-out subject is the person the
    # sentence before was about: those words, repeated, with clause marks ("2020年正式离开X", "据悉，已于上月离职").
    person_zero_opening: re.Pattern[str]
    # What may stand before a trigger word that must open its sentence: leads of hearsay or addition, with clause
    # marks ("据悉，融资金额为3亿元").
    lead_opening: re.Pattern[str]
    # What may stand between a leaving word and the person it describes, once its organisations and
    # titles are taken out: 的 and tense words (离职的前…张三), see frames._described_leaver.
    described_leaver: re.Pattern[str]
    founder_titles: tuple[str, ...]
    former_markers: tuple[str, ...]
    # Words right before an organisation making the post there one held before ("曾任X首席科学家的张三").
    past_post_openers: tuple[str, ...]
    deputy_marks: tuple[str, ...]
    passive_markers: tuple[str, ...]
    # Words tying a sentence's opening organisation to the one referred back to ("Y是其最大客户"): the topic stays.
    topic_ties: tuple[str, ...]
    disposal_markers: tuple[str, ...]
    object_markers: tuple[str, ...]
    #: What may stand between the patient after an object marker and the trigger used as a noun: "的" or a
    #: share of the patient, then maybe a verb taking the noun ("的30%股权", "进行"); never nothing.
    object_link: re.Pattern[str]
    #: Words after a trigger making it a measure taken against its patient ("辞退处理"), which may then
    #: follow that patient right away ("对Y辞退处理").
    object_measures: tuple[str, ...]
    #: What ends the text before the one a patient is taken from: a source word, maybe with the holder's
    #: role after it, itself maybe after a word for the buyer ("从", "向母公司", "从其控股股东").
    source_before: re.Pattern[str]
    comitative_markers: tuple[str, ...]
    adjunct_labels: frozenset[str]
    #: Labels a plan word reaches over besides the adjuncts' (an amount: "计划完成新一轮20亿元融资").
    plan_reach_labels: frozenset[str]
    # A phrase of the field an act is done in (在人工智能领域), which a plan word reaches over as over a venue.
    field_adjunct: re.Pattern[str]
    act_prepositions: tuple[str, ...]
    # Where a phrase of the means opens ("以5亿元", "通过增发"; not 以及, 以来).
    means_opener: re.Pattern[str]
    setting_markers: tuple[str, ...]
    respectively_markers: tuple[str, ...]
    # Words closing a list left open ("A、B等企业"): a sample of many.
    open_list_ends: tuple[str, ...]
    # Verbs opening a sentence whose subject, left out, is the organisation the article is about.
    zero_subject_openers: tuple[str, ...]
    # Prepositions of where opening such a sentence, when the act closes its clause ("在纳斯达克上市").
    zero_subject_places: tuple[str, ...]
    # Clause openings about the first (former) or the last (latter) of the people named before (前者, 后者).
    former_subjects: tuple[str, ...]
    latter_subjects: tuple[str, ...]
    owner_markers: tuple[str, ...]
    # Words joining an owner to its units before an owner word ("X及其子公司"): the owner acts with them.
    owner_joined: tuple[str, ...]
    descriptor_heads: tuple[str, ...]
    #: A counted group of firms of a kind ("192家企业", "多家公司"): no one firm.
    counted_firms: re.Pattern[str]
    # A count of rounds or times ending right before a trigger ("已完成5轮融资"): a summary, no one event; its
    # ``vague`` group holds a count that says no number (多轮, 数次).
    counted_events: re.Pattern[str]
    descriptor_breaks: tuple[str, ...]
    recipient_markers: tuple[str, ...]
    org_labels: frozenset[str]
    unit_endings: tuple[str, ...]
    board_endings: tuple[str, ...]
    # (name ending, kind) pairs, longest ending first: the kind of an organisation the knowledge lacks.
    org_kind_endings: tuple[tuple[str, str], ...]
    modalities: tuple[Modality, ...]
    modality_breakers: tuple[str, ...]
    # Words of contrast opening a clause that tells an event of its own (但 + 李四离职一事不实): see events.yaml.
    contrast_openers: tuple[str, ...]
    # Words before a denial cue that make it a risk told (仍有 + 未能中标的可能): see events.yaml.
    hedged_negations: tuple[str, ...]
    # Denial cues judging the report before them (失实), and words telling a thing done (已): see events.yaml.
    judged_reports: tuple[str, ...]
    told_done: tuple[str, ...]
    done_before: tuple[str, ...]
    # Plan cues that after a done word move the object before the verb (已将 + Y + 卖给Z): see events.yaml.
    object_movers: tuple[str, ...]
    # Words before or after a trigger planned by its own word (竞购) telling the act achieved: see events.yaml.
    achieved_before: tuple[str, ...]
    achieved_after: tuple[str, ...]
    # Words asking why ("为什么"): a question mark in their sentence is no cue; the question marks themselves.
    presupposing_questions: tuple[str, ...]
    question_marks: tuple[str, ...]
    done_markers: tuple[str, ...]
    # Openings of a sentence telling the terms of an agreement made ("根据协议，X将为Y提供芯片"), and the plan cues
    # that are only its future tense there (将: agreed, no plan; 计划 stays a plan).
    agreed_openers: tuple[str, ...]
    agreed_futures: tuple[str, ...]
    denial_cues: tuple[str, ...]
    # Words right after a denial cue that make it tell no answer came yet ("暂无回应"), nothing denied.
    no_answer: tuple[str, ...]
    # A reply that is one word calling the report false ("X回应：假的"), which denies only so.
    replied_denial: re.Pattern[str]
    # Words calling what was reported ordinary, and the event types they deny (a layoff: not a departure).
    ordinary_cues: tuple[str, ...]
    ordinary_types: frozenset[str]
    confirmation_cues: tuple[str, ...]
    # Words of an organisation's or person's own word ("公告", "宣布"), which tell a rumour as a fact.
    announcement_cues: tuple[str, ...]
    # Words of saying that may close an announcing word's clause ("X公告称，…"): it announces the clauses after it.
    announcement_closes: tuple[str, ...]
    confirmation_negations: tuple[str, ...]
    answer_references: tuple[str, ...]
    # Words of an announcement's pledge of truth: a sentence holding one answers nothing.
    answer_pledges: tuple[str, ...]
    weights: dict[str, float]
    # The fitted model that turns report scores into chances (None: report scores are kept).
    calibration: Calibration | None
    amount: re.Pattern[str]
    round: re.Pattern[str]
    scale: re.Pattern[str]
    # People counted (120名, 300人): what makes a closure a layoff.
    staff: re.Pattern[str]
    # People or a share of the staff counted (300名, 5%的员工): what makes a euphemism (优化) a layoff.
    headcount: re.Pattern[str]
    # A count of the whole staff (员工总数达3000人): the firm's size, no one a layoff affects.
    workforce: re.Pattern[str]
    amount_hedges: dict[str, tuple[str, ...]]
    vague_numbers: dict[str, tuple[float, float]]
    amount_not_after: tuple[str, ...]
    # Words right after an amount that make it another figure (的估值, 投资规划).
    amount_not_before: tuple[str, ...]
    #: Words before an amount in its clause that make it a running total ("累计融资金额已超2亿元").
    amount_running_totals: tuple[str, ...]
    share_price_words: tuple[str, ...]
    share_price_after: tuple[str, ...]
    # The least amount per event type that has a floor, in units of its currency.
    min_amount: dict[str, float]
    date_not_after: tuple[str, ...]
    currencies: dict[str, str]
    currency_words: dict[str, str]
    # Currency words as written, longest first, with their codes; and a pattern of all of them.
    currency_words_written: tuple[tuple[str, str], ...]
    currency_pattern: re.Pattern[str]
    types: EventTypes
    groups: dict[str, tuple[TriggerGroup, ...]]
    trigger_pattern: re.Pattern[str]
    # Per event type with venue words: their pattern, and the Exchange id each word means.
    venues: dict[str, tuple[re.Pattern[str], dict[str, str]]]

    def groups_for(self, word: str) -> tuple[TriggerGroup, ...]:
        """Every trigger group (of any event type) that lists ``word``."""
        return self.groups.get(word, ())


def _demonstrative_firm(data: dict[str, list[str]]) -> re.Pattern[str]:
    """A demonstrative, at most ten characters of description in its clause, and a firm's head noun."""
    between = "".join(map(re.escape, data["not_between"]))
    return re.compile(
        f"(?:{longest_first(data['openers'])})[^，,。；;：:！!？?{between}]{{0,10}}?(?:{longest_first(data['heads'])})"
    )


def _replied_denial(replied: dict[str, list[str]]) -> re.Pattern[str]:
    """A denial word that is the whole reply after a word of replying: a colon or a quotation mark may stand
    between ("回应称：“假的”"), and the clause ends after it (or its closing quotation mark)."""
    return re.compile(
        rf"(?:{longest_first(replied['replies'])})(?:称|说|道)?\s*[：:，,]?\s*[“\"「『]?\s*"
        rf"(?:{longest_first(replied['denials'])})\s*[”\"」』]?\s*(?:[。！!，,；;？?]|$)"
    )


def _words(values: list[str] | None) -> tuple[str, ...]:
    return tuple(values or ())


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` in which a longer word wins over its prefix."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def load_rules() -> Rules:
    """The validated, compiled rules (read once per process)."""
    data = load_data_file("events")
    types = event_types()
    groups: dict[str, list[TriggerGroup]] = {}
    for event_type in types:
        for group in event_type.triggers:
            for word in group.words:
                groups.setdefault(word, []).append(group)
    return Rules(
        sentence_ends=data["sentence_ends"],
        clause_ends=data["clause_ends"],
        coordinators=_words(data["coordinators"]),
        group_closers=_words(data["group_closers"]),
        max_aside=data["max_aside"],
        speaker_markers=_words(data["speaker_markers"]),
        speaker_openers=_words(data["speaker_openers"]),
        own_channels=_words(data["own_channels"]),
        anaphora=_words(data["anaphora"]),
        anaphora_except=_words(data["anaphora_except"]),
        kind_anaphora={kind: _words(words) for kind, words in data["kind_anaphora"].items()},
        anaphora_alone=_words(data["anaphora_alone"]),
        anaphora_alone_after=_words(data["anaphora_alone_after"]),
        demonstrative_firm=_demonstrative_firm(data["demonstrative_firms"]),
        organisation_subjects=_words(data["organisation_subjects"]),
        person_anaphora=_words(data["person_anaphora"]),
        person_subjects=tuple(sorted(_words(data["person_subjects"]), key=len, reverse=True)),
        person_subjects_except=_words(data["person_subjects_except"]),
        person_subject_next=_words(data["person_subject_next"]),
        organisation_leaving=_words(data["organisation_leaving"]),
        person_demonstratives=_words(data["person_demonstratives"]),
        pair_anaphora=_words(data["pair_anaphora"]),
        deal_roles=frozenset(data["deal_roles"]),
        group_subjects=tuple(sorted(data["group_subjects"].items(), key=lambda item: -len(item[0]))),
        group_others=_words(data["group_others"]),
        status_negation=re.compile(f"(?:{longest_first(data['status_negations'])}).{{0,2}}$"),
        person_nouns=re.compile(longest_first(data["person_nouns"])),
        inclusion_markers=_words(data["inclusion_markers"]),
        clause_inclusion=re.compile(
            f"的[，,]?(?:(?:第[一二三四五六七八九十\\d]+|另一|又一|一)位)?(?:{longest_first(data['person_nouns'])})?"
            f"(?:{longest_first(data['clause_inclusion_markers'])})"
        ),
        next_markers=_words(data["next_markers"]),
        each_markers=_words(data["each_markers"]),
        among_markers=_words(data["among_markers"]),
        identity_markers=_words([s + v for s in data["identity_subjects"] for v in data["identity_verbs"]]),
        followed_change=re.compile(
            f"{data['followed_change'][0]}(?P<who>[^，,。；;]{{2,30}}?){data['followed_change'][1]}[，,]"
        ),
        followed_opening=re.compile(f"{data['followed_change'][0]}$"),
        followed_closing=re.compile(data["followed_change"][1]),
        also_words=_words(data["also_words"]),
        predecessor_markers=_words(data["predecessor_markers"]),
        follow_markers=_words(data["follow_markers"]),
        sequel_openers=_words(data["sequel_openers"]),
        continuing_openers=_words(data["continuing_openers"]),
        person_zero_opening=re.compile(f"(?:{longest_first(data['person_zero_openers'])}|[，,\\s])*"),
        lead_opening=re.compile(f"(?:{longest_first(data['sentence_leads'])}|[，,\\s])*"),
        described_leaver=re.compile(f"的(?:{longest_first(data['former_markers'])}|[、\\s])*"),
        founder_titles=_words(data["founder_titles"]),
        former_markers=_words(data["former_markers"]),
        past_post_openers=_words(data["past_post_openers"]),
        deputy_marks=_words(data["deputy_marks"]),
        passive_markers=_words(data["passive_markers"]),
        topic_ties=_words(data["topic_ties"]),
        disposal_markers=_words(data["disposal_markers"]),
        object_markers=_words(data["object_markers"]),
        object_link=re.compile(
            f"(?=.)的?(?:[\\d.]+%)?的?(?:{longest_first(data['object_shares'])})?"
            f"(?:{longest_first(data['object_verbs'])})?"
        ),
        object_measures=_words(data["object_measures"]),
        source_before=re.compile(
            f"(?:{longest_first(data['source_markers'])})"
            f"(?:(?:{longest_first(data['source_owners'])})?(?:{longest_first(data['source_holders'])}))?$"
        ),
        comitative_markers=_words(data["comitative_markers"]),
        adjunct_labels=frozenset(data["adjunct_labels"]),
        plan_reach_labels=frozenset(data["plan_reach_labels"]),
        field_adjunct=re.compile(
            f"(?:{longest_first(data['field_adjunct']['opens'])})[^，,。；;、]{{1,12}}?"
            f"(?:{longest_first(data['field_adjunct']['closes'])})"
        ),
        act_prepositions=_words(data["act_prepositions"]),
        means_opener=re.compile(
            f"(?:{longest_first(data['means_markers'])})(?!{longest_first(data['means_not_before'])})"
        ),
        setting_markers=_words(data["setting_markers"]),
        respectively_markers=_words(data["respectively_markers"]),
        open_list_ends=_words(data["open_list_ends"]),
        zero_subject_openers=_words(data["zero_subject_openers"]),
        zero_subject_places=_words(data["zero_subject_places"]),
        former_subjects=_words(data["order_subjects"]["former"]),
        latter_subjects=_words(data["order_subjects"]["latter"]),
        owner_markers=_words(data["owner_markers"]),
        owner_joined=_words(data["owner_joined"]),
        descriptor_heads=_words(data["descriptor_heads"]),
        counted_firms=re.compile(
            rf"(?:\d+|[一二两三四五六七八九十百千万多数几]+)(?:{longest_first(data['firm_counters'])})"
            rf"[^，。；,;]{{0,10}}?(?:{longest_first(data['descriptor_heads'])})"
        ),
        # Some outlets set spaces around a count in digits (已完成 4 轮融资, 第 2 轮融资): they part nothing.
        counted_events=re.compile(
            rf"(?<![第\dA-Za-z+\-一二两三四五六七八九十多数几])(?<!第\s)(?!(?:一|1)\s*(?:{longest_first(data['event_counters'])})\s*$)"
            rf"(?:(?P<vague>[一二两三四五六七八九十]*[多数几][一二两三四五六七八九十多数几]*)|\d+|[一二两三四五六七八九十]+)"
            rf"\s*(?:{longest_first(data['event_counters'])})\s*$"
        ),
        descriptor_breaks=_words(data["descriptor_breaks"]),
        recipient_markers=_words(data["recipient_markers"]),
        org_labels=frozenset(data["org_labels"]),
        unit_endings=_words(data["unit_endings"]),
        board_endings=_words(data["board_endings"]),
        org_kind_endings=tuple(
            sorted(
                ((ending, kind) for kind, endings in data["org_kinds"].items() for ending in endings),
                key=lambda pair: -len(pair[0]),
            )
        ),
        modalities=tuple(
            Modality(
                name,
                tuple((g["scope"], _words(g["cues"])) for g in scoped),
                tuple(word for g in scoped for word in g.get("except", [])),
            )
            for name, scoped in data["modality"].items()
        ),
        modality_breakers=_words(data["modality_breakers"]),
        contrast_openers=_words(data["contrast_openers"]),
        hedged_negations=_words(data["hedged_negations"]),
        judged_reports=_words(data["judged_reports"]),
        told_done=_words(data["told_done"]),
        done_before=_words(data["done_before"]),
        object_movers=_words(data["object_movers"]),
        achieved_before=_words(data["achieved"]["before"]),
        achieved_after=_words(data["achieved"]["after"]),
        presupposing_questions=_words(data["presupposing_questions"]),
        question_marks=_words(data["question_marks"]),
        done_markers=_words(data["done_markers"]),
        agreed_openers=_words(data["agreed_openers"]["openers"]),
        agreed_futures=_words(data["agreed_openers"]["futures"]),
        denial_cues=_words(data["answers_back"]["denied"]),
        no_answer=_words(data["answers_back"]["no_answer"]),
        replied_denial=_replied_denial(data["answers_back"]["replied"]),
        ordinary_cues=_words(data["answers_back"]["ordinary"]["cues"]),
        ordinary_types=frozenset(data["answers_back"]["ordinary"]["types"]),
        confirmation_cues=_words(data["answers_back"]["confirmed"]),
        announcement_cues=_words(data["answers_back"]["announced"]),
        announcement_closes=_words(data["answers_back"]["announced_closes"]),
        confirmation_negations=_words(data["answers_back"]["unconfirmed"]),
        answer_references=_words(data["answers_back"]["references"]),
        answer_pledges=_words(data["answers_back"]["pledges"]),
        weights=dict(data["confidence"]),
        calibration=_calibration(data.get("calibration")),
        amount=re.compile(data["patterns"]["amount"]),
        round=re.compile(data["patterns"]["round"]),
        scale=re.compile(data["patterns"]["scale"]),
        staff=re.compile(data["patterns"]["staff"]),
        headcount=re.compile(data["patterns"]["headcount"]),
        workforce=re.compile(data["patterns"]["workforce"]),
        amount_hedges={kind: _words(words) for kind, words in data["amount_hedges"].items()},
        vague_numbers={
            word: (float(low), float(high))
            for word, (low, high) in sorted(data["vague_numbers"].items(), key=lambda item: -len(item[0]))
        },
        amount_not_after=_words(data["amount_not_after"]),
        amount_not_before=_words(data["amount_not_before"]),
        amount_running_totals=_words(data["amount_running_totals"]),
        share_price_words=_words(data["share_price_words"]),
        share_price_after=_words(data["share_price_after"]),
        min_amount={name: float(least) for name, least in data["min_amount"].items()},
        date_not_after=_words(data["date_not_after"]),
        currencies=dict(data["currencies"]),
        currency_words=dict(data["currency_words"]),
        currency_words_written=tuple(sorted(data["currencies"].items(), key=lambda item: -len(item[0]))),
        currency_pattern=re.compile(longest_first(data["currencies"])),
        types=types,
        groups={w: tuple(g) for w, g in groups.items()},
        trigger_pattern=re.compile(longest_first(groups)),
        venues={t.name: _venues(t) for t in types if t.venues},
    )


def _calibration(data: dict[str, Any] | None) -> Calibration | None:
    if not data:
        return None
    return Calibration(float(data["bias"]), dict(data["weights"]), dict(data.get("types", {})))


def _venues(event_type: EventType) -> tuple[re.Pattern[str], dict[str, str]]:
    """The venue words of a type as one pattern and a word -> Exchange id map; every id must be a known Exchange.

    A venue word right before one of the type's ``venue_describes`` cues describes companies already
    listed there ("A股公司在推进A+H上市": the new listing is not in A股), so the pattern skips it.
    """
    knowledge = load_knowledge()
    for venue in event_type.venues:
        entity = knowledge.entities.get(venue)
        if entity is None or entity.label != "Exchange":
            raise DataFileError(f"{event_type.source}: venue {venue!r} is not an Exchange of the knowledge")
    meaning = {word: venue for venue, words in event_type.venues.items() for word in words}
    describes = event_type.cue("venue_describes")
    ahead = f"(?!{longest_first(describes)})" if describes else ""
    return re.compile(f"(?:{longest_first(meaning)}){ahead}"), meaning
