"""Organisations named in a list of organisations: 投资方包括星河资本、云帆智能、北辰基金等.

News lists investors, customers and rivals with 、, and the last one often with 和 or 及. Such a
list names things of one kind: once two of its items are organisations the recognisers found, an
item they missed or cut short (a coined name LAC reads as a plain noun, a fund named after its
place, an investment arm of a known company) is an organisation too. An item is taken only when it
is a few words LAC reads as nouns, names, places or adjectives: never a clause, a person, a date
or an amount.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from newsgraph.ingest.nlp.candidates import NAME_TAGS, ORG_LABELS, Candidate, Rank, Tokens, ends_around
from newsgraph.ingest.nlp.knowledge import Knowledge
from newsgraph.ingest.nlp.people import LIST_COMMA
from newsgraph.ingest.nlp.slots import NAME_GLOSS, coined_names_read_as_people, misread_tail

# Where a clause, and so a list, ends; a short aside in brackets does not end it: an item's part in
# the deal ("星河资本（领投）、云帆创投") or its code stands after the item, and the list goes on.
_CLAUSE = re.compile(
    r"(?:[^，,。；;：:！!？?（）()「」『』“”\"《》\n]|[（(][^（）()，,。；;：:\n]{1,10}[)）]|(?<=[A-Za-z]),(?= ?[A-Z]))+"
)
# A comma in a list of names in Latin letters, which Chinese text may write with an ASCII comma
# (Norvex,Kelvix等公司) as it writes 、 between Chinese names.
_LATIN_LIST_COMMA = re.compile(r"(?<=[A-Za-z]),(?= ?[A-Z])")
# A Latin word and a space right before an item: the item is the tail of a Latin name of several words
# (Quarry Lane + capital), no name of its own.
_LATIN_WORD_BEFORE = re.compile(r"[A-Za-z] ")
# A Chinese character: a clause with none is English prose, where an ASCII comma parts phrases.
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Characters ending a clause (see _CLAUSE).
_CLAUSE_ENDS = "，,。；;：:！!？?\n"
# An aside within a clause: no part of the item it follows.
_ASIDE = re.compile(r"[（(][^（）()]*[)）]")
# LAC tags of a joining word before a list's last item (A、B + 和/c + C), not a character of a name.
_JOINER_TAGS = frozenset({"c", "p"})
# The possessive particle: a list's item ends before it (see ``_last_item``).
_POSSESSIVE = "的"
# LAC tags of the words a missed item may be made of: nouns, names, places, adjectives,
# verbal nouns (发展 in 湖南高质量发展产业基金).
_ITEM_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "a", "vn"})
# LAC tags of the words after a list's last item that are no part of it (A、B + 共同 + 投资).
_VERB_TAGS = frozenset({"v", "vn", "d", "ad"})
# Labels of mentions an item may contain and replace: a part of the name the recognisers cut short.
_REPLACEABLE = frozenset({*ORG_LABELS, "Location"})
# LAC tags of the words of a coined name in a list said to list organisations (松鼠 + 瀑布, Tarvo), and of
# the one word that is such a name alone: a name LAC reads as one, or as a long place (``_coined``).
_COINED_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC"})
_COINED_WORD_TAGS = frozenset({"nz", "nw", "ORG"})
# The fewest characters of a word LAC reads as a place that may be a coined name misread (河马沙漠).
_SHORTEST_MISREAD_PLACE = 4
# LAC tags of the last word of a coined name it misreads (松果 + 远航 as a verb, 奇点 + 未来 as a time, 松果 + 远帆 as an
# adjective, which stands before its noun, never closing a phrase of a list).
_CLOSING_TAIL_TAGS = frozenset({"v", "vn", "TIME", "a"})
# The word ending a list whose kind may follow it (A、B + 等 + 企业), and the LAC tags of a noun naming that kind.
_LIST_END = "等"
_THING_TAGS = frozenset({"n", "nz", "vn"})
#: How many items of a list must be organisations already for the others to count as such.
MIN_NAMED_ITEMS = 2
#: The shortest and the longest item taken as a name.
MIN_ITEM_LENGTH = 2
MAX_ITEM_LENGTH = 12


def listed_organisations(
    tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge, looks_like_name: Callable[[str], bool]
) -> list[Candidate]:
    """``chosen`` with the organisations of its lists completed (see the module docstring); ``looks_like_name`` tells
    a Chinese person's name from a coined company name LAC read as one (河狸 + 晴川), which an item may replace."""
    tokens, misread_people = coined_names_read_as_people(tokens, chosen, knowledge, looks_like_name)
    for clause in _CLAUSE.finditer(tokens.text):
        taken = _part_taken(tokens, knowledge, *clause.span())
        for start, end in _lists(tokens, knowledge, clause.start(), taken or clause.end()):
            listed = LIST_COMMA in tokens.text[start:end] or _latin_listed(tokens.text[start:end])
            if (
                listed
                or taken is not None
                or _said_pair(tokens, knowledge, start, end)
                or _said_party(tokens, knowledge, start, end)
            ):
                items = _items(tokens, knowledge, start, end)
                chosen = _complete_list(tokens, chosen, knowledge, items, start, misread_people)
    return chosen


def _lists(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a clause's lists: a list closed by its end word and kind may be joined to another one
    (A、B等互联网巨头 + 以及 + C、D等投资机构), whose items are of their own kind; each is read apart."""
    spans, closed = [], False
    for i in range(tokens.index_at(start), tokens.index_at(end - 1) + 1):
        word = tokens.words[i]
        if word == LIST_COMMA:
            closed = False
        elif word.startswith(knowledge.list_end_words):
            closed = True
        elif closed and word in knowledge.joining_words and tokens.tags[i] in _JOINER_TAGS:
            spans.append((start, tokens.starts[i]))
            start, closed = tokens.ends[i], False
    return [*spans, (start, end)]


def _items(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a clause's list items: between separators; the last one ends at 等 and is split
    at a joining word (A、B和C); each starts after an owner word, the owner an item before it (星河 +
    旗下 + 北辰资本); the first one
    is whatever the clause says before the first separator (:func:`_complete_list` cuts it). An item
    ends where an aside after it starts (星河资本 of 星河资本（领投））."""
    asides = [m.span() for m in _ASIDE.finditer(tokens.text, start, end)]
    items, item_start, item_end = [], start, None
    # A list of two (客户包括A与B) is split at its joining word, as a longer one's last item is.
    paired = LIST_COMMA not in tokens.text[start:end] and not _LATIN_LIST_COMMA.search(
        tokens.text, start, end
    )
    joined = False
    for i in range(tokens.index_at(start), tokens.index_at(end - 1) + 1):
        word = tokens.words[i]
        aside = next((a for a, b in asides if a <= tokens.starts[i] < b), None)
        if aside is not None:
            item_end = item_end or aside
        elif word == LIST_COMMA or _LATIN_LIST_COMMA.match(tokens.text, tokens.starts[i]):
            items.append((item_start, item_end or tokens.starts[i]))
            item_start, item_end = _past_space(tokens.text, tokens.ends[i]), None
        elif items and (
            word.startswith(knowledge.list_end_words)
            or _closing_verb(tokens.text, knowledge, tokens.starts[i])
        ):
            end = tokens.starts[i]
            break
        elif (
            (items or paired)
            and not joined
            and word in knowledge.joining_words
            and tokens.tags[i] in _JOINER_TAGS
        ):
            items.append((item_start, item_end or tokens.starts[i]))
            item_start, item_end, joined = tokens.ends[i], None, True
        elif word in knowledge.owner_words:
            # The owner is an item of its own (河马灯泡 of 河马灯泡 + 旗下 + 星河资本): what owns a listed firm is one.
            owned = _owner_word_start(tokens.text, knowledge, tokens.ends[i])
            if owned > item_start:
                items.append((item_start, owned))
            item_start = tokens.ends[i]
    items.append((item_start, item_end or end))
    return items


def _owner_word_start(text: str, knowledge: Knowledge, end: int) -> int:
    """Where the longest owner word ending at ``end`` starts: LAC may split one (南方电网 + 下属 + 子公司), and the
    owner's name ends before all of it."""
    return min(end - len(w) for w in knowledge.owner_words if text.endswith(w, 0, end))


def _latin_listed(clause: str) -> bool:
    """Whether ``clause`` lists names in Latin letters with ASCII commas: only Chinese text does so
    (Norvex, Kelvix等公司); in English prose a comma parts phrases (In the past year, Apple, …), whose
    words are no names."""
    return bool(_LATIN_LIST_COMMA.search(clause) and _HAN.search(clause))


def _past_space(text: str, position: int) -> int:
    """Where the next item starts after a separator at ``position``, past the space after a comma (A, B)."""
    return position + 1 if text.startswith(" ", position) else position


def _past_aside(text: str, position: int) -> int:
    """Where an aside in brackets at ``position`` ends (X + (Daxix) + 等金主: the list's end follows it)."""
    aside = _ASIDE.match(text, position)
    return aside.end() if aside else position


def _after_description(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> int:
    """Where an item's name starts after a description of the firm that opens it (汽车制造商 + X), at a word's
    start and leaving a name of two characters or more."""
    cuts = [
        at + len(d)
        for d in knowledge.descriptors
        if (at := tokens.text.rfind(d, start, end)) != -1
        and at + len(d) in tokens.start_set
        and end - at - len(d) >= MIN_ITEM_LENGTH
    ]
    return max(cuts, default=start)


def _closing_verb(text: str, knowledge: Knowledge, position: int) -> bool:
    """Whether a verb only organisations do together closes the clause at ``position`` (A、B + 联合领投 + 。),
    no noun after it (京东 + 领投基金 is a fund)."""
    verb = next((v for v in knowledge.list_kind_verbs if text.startswith(v, position)), None)
    after = position + len(verb) if verb is not None else -1
    return verb is not None and (after == len(text) or text[after] in _CLAUSE_ENDS)


def _noted_investor(text: str, knowledge: Knowledge, position: int) -> bool:
    """Whether an aside at ``position`` notes an item's part in a deal with a verb only organisations do
    together (星河资本 + （领投） + 、松鼠瀑布、河马沙漠): the list names a deal's parties, as 投资方为 + A、B does."""
    aside = _ASIDE.match(text, position)
    return aside is not None and text[aside.start() + 1 : aside.end() - 1] in knowledge.list_kind_verbs


def _said_pair(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> bool:
    """Whether the clause lists two items joined by 和, 与 or 及 after words saying what it lists (客户包括A与B,
    投资方为A和B): a list of two needs no 、."""
    words = range(tokens.index_at(start), tokens.index_at(end - 1) + 1)
    joiner = next(
        (i for i in words if tokens.words[i] in knowledge.joining_words and tokens.tags[i] in _JOINER_TAGS),
        None,
    )
    return joiner is not None and any(
        kinds.search(tokens.text, start, tokens.ends[i])
        for kinds in (knowledge.list_kind_before, knowledge.list_parties_before)
        for i in range(words.start, joiner)
    )


def _part_taken(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> int | None:
    """Where the clause names a part in a listing only a firm takes after its takers (由X + 担任保荐机构, A、B和C +
    担任联席保荐人): the list of its takers, one or more, ends there. At a word's start only: 成为 + 保荐人 is no
    为 + 保荐人, and what LAC reads before it is a name cut in two."""
    taken = knowledge.list_parties_taken.search(tokens.text, start, end)
    return taken.start() if taken and taken.start() > start and taken.start() in tokens.start_set else None


def _said_party(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> bool:
    """Whether the clause names one party of a deal after its kind and a copula (保荐机构为X, 保荐券商均为X): a
    list of one, whose item runs to the clause's end."""
    words = range(tokens.index_at(start), tokens.index_at(end - 1) + 1)
    return any(knowledge.list_parties_before.search(tokens.text, start, tokens.ends[i]) for i in words)


def _complete_list(
    tokens: Tokens,
    chosen: list[Candidate],
    knowledge: Knowledge,
    items: list[tuple[int, int]],
    clause_start: int,
    misread_people: frozenset[tuple[int, int]],
) -> list[Candidate]:
    """``chosen`` with the items of one list the recognisers missed or cut short, once
    :data:`MIN_NAMED_ITEMS` of its items are organisations they found, or one when the list says it
    lists organisations (机器人公司包括A、B; A、B等企业), or none when it says so or names a deal's parties
    (投资方为A、B, or A（领投）、B): then only items with an organisation's suffix count, the coined names of start-ups and
    funds LAC reads as plain nouns (星河资本, 松果控股), and coined names of ordinary words (``_coined``:
    投资者包括松鼠瀑布、河马沙漠) (each replaces the mentions inside it: 禾资产 of 青禾资产)."""
    chosen = _past_list_opener(tokens, chosen, knowledge, clause_start, items[0])
    named = {(c.start, c.end) for c in chosen if c.label in ORG_LABELS}
    first_end = items[0][1]
    first_named = [s for s, e in named if e == first_end and s >= items[0][0]]
    items[0] = (first_named[0] if first_named else _first_item_start(tokens, knowledge, *items[0]), first_end)
    partners = _partners_listed(tokens, named, knowledge, clause_start, items)
    # A list of partners none of which the recognisers found may list kinds of partners (与医生团体、协会合作).
    if partners is not None and any(item in named for item in [*items[:-1], partners]):
        items[-1] = partners
    else:
        partners = None
    items[-1] = _before_agent_verb(
        tokens.text, knowledge, clause_start, items[0][0], *_last_item(tokens, knowledge, named, *items[-1])
    )
    last_end = _past_aside(tokens.text, items[-1][1])
    said = (
        partners is not None
        or knowledge.list_kind_before.search(tokens.text, clause_start, items[0][0])
        or knowledge.list_kind_after.match(tokens.text, last_end)
        or _closing_verb(tokens.text, knowledge, last_end)
    )
    # The company the partners work with is one of the organisations found (星云科技 of 星云科技与A、B合作); an
    # item glossed with a foreign name is a name though no recogniser found it.
    found = sum(item in named or _glossed(tokens.text, *item) for item in items) + (partners is not None)
    # A list of things, none of which the recognisers found, is no list of firms (产品管理、需求管理等 + 功能模块),
    # while firms found make one of their projects a list of them too (中标A、B、C等 + 风电项目).
    if not found and _lists_things(tokens, knowledge, last_end):
        return chosen
    parties = (
        knowledge.list_parties_before.search(tokens.text, clause_start, items[0][0])
        or knowledge.list_parties_taken.match(tokens.text, last_end)
        or any(_noted_investor(tokens.text, knowledge, end) for _, end in items)
    )
    if found < (0 if parties or said else MIN_NAMED_ITEMS):
        return chosen
    # With fewer items found than that (a deal's parties, a list of organisations none of which is known),
    # only items with an organisation's suffix are names: 投资者为散户、机构 names no one.
    suffixed = found < (1 if said else MIN_NAMED_ITEMS)
    # Coined names only in a list of no kinds: one item that names a kind (中小企业, 政府部门) makes the others
    # kinds too (个人用户, 高校院所).
    coined = not any(_kind(tokens, knowledge, *item) for item in items if item not in named)
    reading = _ItemReading(tokens, knowledge, misread_people, coined, places_named=partners is None)
    taken = reading.take(chosen, items, named, suffixed)
    # The coined names taken make the list one of organisations, as names found do: its plain one-word items are
    # names too (风铃 of 风铃、松鼠瀑布和河马沙漠担任保荐人), though one word alone is no coined name; a known place
    # (北京) still names none.
    if suffixed and coined and found + reading.count(taken, items, named) >= MIN_NAMED_ITEMS:
        taken = replace(reading, places_named=False).take(taken, items, named, suffixed=False)
    return taken


@dataclass(frozen=True)
class _ItemReading:
    """How one list's items are read as names: what :func:`_complete_list` decided about the list as a whole."""

    tokens: Tokens
    knowledge: Knowledge
    misread_people: frozenset[tuple[int, int]]
    #: Whether no item names a kind, so that coined names of ordinary words are names (see ``_coined``).
    coined: bool
    #: Whether an item opening with a known place may be a name: a partner list's places are where a firm works
    #: (星云科技与北京、上海两地合作).
    places_named: bool

    def take(
        self,
        chosen: list[Candidate],
        items: list[tuple[int, int]],
        named: set[tuple[int, int]],
        suffixed: bool,
    ) -> list[Candidate]:
        """``chosen`` with each item read as a name (:meth:`_name_span`) an organisation, replacing what was found
        inside it."""
        for item_start, end in items:
            span = self._name_span(chosen, item_start, end, named, suffixed)
            if span is not None:
                start, end = span
                item = self.tokens.text[start:end]
                chosen = [c for c in chosen if not (start <= c.start and c.end <= end)]
                chosen.append(Candidate(start, end, self.knowledge.org_label(item), Rank.ORGANISATION))
        return chosen

    def count(
        self, chosen: list[Candidate], items: list[tuple[int, int]], named: set[tuple[int, int]]
    ) -> int:
        """How many of the items are organisations in ``chosen`` that the recognisers had not found."""
        spans = {(c.start, c.end) for c in chosen if c.label in ORG_LABELS} - named
        return sum(any(s >= a and e == b for s, e in spans) for a, b in items)

    def _name_span(
        self, chosen: list[Candidate], item_start: int, end: int, named: set[tuple[int, int]], suffixed: bool
    ) -> tuple[int, int] | None:
        """The span of the name an item is, or None: only items with an organisation's suffix or coined names when
        ``suffixed``."""
        tokens, knowledge = self.tokens, self.knowledge
        # LAC reads a description's head into one word with the name (储能 + 龙头星云科技、…): the item's words
        # start before the head, its name after it.
        words_start = _after_description(tokens, knowledge, item_start, end)
        start = knowledge.after_description_head(tokens.text, words_start, end)
        item = tokens.text[start:end]
        # An item that only names a kind (政府, 金融, 保险公司) names no one, suffixed or not, nor does one ending in a
        # department's word (交管 + 部门; not its character alone, which ends names too: 云深处).
        taken = (
            (start, end) not in named
            and not _ends_with_department_word(knowledge, item)
            and _missed_name(tokens, chosen, start, end, knowledge, words_start, self.misread_people)
            and (
                not suffixed
                or knowledge.suffix_of(item) is not None
                or (self.coined and _coined(tokens, knowledge, start, end))
            )
            and not knowledge.is_generic(item, placed=False)
            and (self.places_named or not _placed(tokens, knowledge, start, end))
        )
        return (start, end) if taken else None


def _glossed(text: str, start: int, end: int) -> bool:
    """Whether a list item of Chinese characters is followed by its foreign name in brackets (see
    ``NAME_GLOSS`` in slots.py)."""
    return _HAN.search(text, start, end) is not None and NAME_GLOSS.match(text, end) is not None


def _lists_things(tokens: Tokens, knowledge: Knowledge, last_end: int) -> bool:
    """Whether the list's end word is followed by a noun naming what it lists that is no kind of organisation (A、B等
    + 业务 + 功能 + 模块, A、B等 + 产品): whatever words before it said, its items are those things."""
    if last_end not in tokens.start_set or tokens.words[tokens.index_at(last_end)] != _LIST_END:
        return False
    after = tokens.index_at(last_end) + 1
    return (
        after < len(tokens)
        and tokens.tags[after] in _THING_TAGS
        and not knowledge.list_kind_after.match(tokens.text, last_end)
    )


def _past_list_opener(
    tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge, clause_start: int, first: tuple[int, int]
) -> list[Candidate]:
    """``chosen`` with an unknown organisation found as the first item cut after the list's kind and opener
    a recogniser read into it (机器人公司包括 + 松鼠瀑布 of 包括松鼠瀑布): the opener is no part of a name."""

    def opened_at(c: Candidate) -> int | None:
        return next(
            (
                at
                for at in range(c.start + 1, c.end - MIN_ITEM_LENGTH + 1)
                if at in tokens.start_set and knowledge.list_kind_before.search(tokens.text, clause_start, at)
            ),
            None,
        )

    def cut(c: Candidate) -> Candidate:
        listed = c.label in ORG_LABELS and c.entity_id is None and c.end == first[1] and c.start >= first[0]
        at = opened_at(c) if listed else None
        return c if at is None else replace(c, start=at)

    return [cut(c) for c in chosen]


def _partners_listed(
    tokens: Tokens,
    named: set[tuple[int, int]],
    knowledge: Knowledge,
    clause_start: int,
    items: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """The last item of a list of a company's partners, cut before the deal's first word or a count (A、B +
    三家银行 + 签署): the list follows an organisation found and a word of doing it together (星云科技与 + A、B +
    达成合作; 星云科技联合 + A、B + 共同发布), and a deal word follows its last item, or the list's end (A、B +
    等 + 合作). A list that does not say so is a list of anything (星云科技与A、B的产品); None then."""
    lead = tokens.text[clause_start : items[0][0]]
    opener = next((w for w in knowledge.list_partner_openers if lead.endswith(w)), None)
    if opener is None or len(items) < MIN_NAMED_ITEMS:
        return None
    opened_at = items[0][0] - len(opener)
    if not any(clause_start <= s and e <= opened_at for s, e in named):
        return None
    start, end = items[-1]
    # A count closes the list before its kind (A、B + 三家银行 + 签署), after a name found, though LAC read all
    # of it as one word.
    counted = [at for at in range(start + 1, end) if tokens.text.startswith(knowledge.list_end_words, at)]
    counted = [at for at in counted if at in tokens.start_set or (start, at) in named]
    for i in range(tokens.index_at(start), tokens.index_at(end - 1) + 1):
        at = tokens.starts[i]
        if counted and counted[0] < at:
            break
        if at > start and tokens.text.startswith(knowledge.list_partner_deals, at):
            return start, at
    if counted:
        deal = any(tokens.text.find(w, counted[0], end) != -1 for w in knowledge.list_partner_deals)
        return (start, counted[0]) if deal else None
    after = end + next((len(w) for w in knowledge.list_end_words if tokens.text.startswith(w, end)), 0)
    return (start, end) if tokens.text.startswith(knowledge.list_partner_deals, after) else None


def _ends_with_department_word(knowledge: Knowledge, item: str) -> bool:
    """Whether the item ends with a department's word of its own (交管 + 部门): a unit, no firm. A department's
    single character (处, 部) ends names too (云深处)."""
    return item.endswith(tuple(word for word in knowledge.departments if len(word) > 1))


def _placed(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> bool:
    """Whether the item opens with a word that is a place the knowledge holds and has no organisation suffix:
    a partner list's places (星云科技与北京、上海两地合作) are where it works, no firms; a name LAC reads as one
    long place (瑞士龙沙) is none."""
    first = tokens.words[tokens.index_at(start)]
    return (
        first == knowledge.place_at(tokens.text, start)
        and knowledge.suffix_of(tokens.text[start:end]) is None
    )


def _last_item(
    tokens: Tokens, knowledge: Knowledge, named: set[tuple[int, int]], start: int, end: int
) -> tuple[int, int]:
    """The last item of a list: it runs to the clause's end, so a name found at its start ends it when
    only verbs follow (青岚基金 of 青岚基金 + 投资, the list's verb), or a verb opening the deal the listed
    firms do together (A、B和比亚迪 + 宣布成立合资公司: the venture founded is no arm of the last one), not
    before other words (京东 + 领投基金, a fund of a named company). It never runs past a possessive 的: what
    follows is what the last one owns or gave (A、B和星岚招商 + 的投资), no part of its name."""
    end = _before_possessive(tokens, start, end)
    found = [e for s, e in named if s == start and e < end and tokens.aligned(e, end)]
    if not found:
        return start, end
    words = range(tokens.index_at(found[0]), tokens.index_at(end - 1) + 1)
    if all(tokens.tags[i] in _VERB_TAGS for i in words) or (
        tokens.tags[words[0]] in _VERB_TAGS
        and any(tokens.words[i].startswith(knowledge.list_partner_deals) for i in words)
    ):
        return start, found[0]
    return start, end


def _before_possessive(tokens: Tokens, start: int, end: int) -> int:
    """Where an item ``start``..``end`` ends before the first possessive 的 in it, if a name is left before it."""
    for i in range(tokens.index_at(start), tokens.index_at(end - 1) + 1):
        if (
            tokens.words[i] == _POSSESSIVE
            and tokens.tags[i] == "u"
            and tokens.starts[i] - start >= MIN_ITEM_LENGTH
        ):
            return tokens.starts[i]
    return end


def _before_agent_verb(
    text: str, knowledge: Knowledge, clause_start: int, first: int, start: int, end: int
) -> tuple[int, int]:
    """The last item ``start``..``end`` of a list whose first item starts at ``first``, cut before the verb
    closing the clause when the list names a round's investors as its agent (由 + A、B + 投资 + 。): 松鼠瀑布 of
    松鼠瀑布投资, though a name may end with the verb elsewhere (投资方为A、远岚投资)."""
    closes = end == len(text) or text[end] in _CLAUSE_ENDS
    if not closes or not text.endswith(knowledge.list_agent_openers, clause_start, first):
        return start, end
    verb = next((v for v in knowledge.list_agent_verbs if text.endswith(v, start, end)), "")
    return (start, end - len(verb)) if verb and end - len(verb) - start >= MIN_ITEM_LENGTH else (start, end)


def _first_item_start(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> int:
    """Where the first item of a list starts when no organisation the recognisers found ends it: after
    the last word before the first separator that cannot be part of a name (包括 in 投资方包括 +
    星河资本), and past a word LAC glues before names (融资由 of LAC's 融资由集素 + 资本). Words of a name running
    past :data:`MAX_ITEM_LENGTH` are all kept, and the item is too long to take: its tail cut to length
    (股权投资基金管理合伙企业 of 东岭 + 股权投资…) is no name."""
    i = tokens.index_at(end - 1)
    while i > 0 and tokens.starts[i] > start and tokens.tags[i - 1] in _ITEM_TAGS:
        i -= 1
        if end - tokens.starts[i] > MAX_ITEM_LENGTH:
            break
    first = _past_split_word(tokens.text, knowledge, max(start, tokens.starts[i]), end)
    glued = next((w for w in _glued_words(knowledge) if tokens.text.startswith(w, first)), "")
    return first + len(glued) if end - first - len(glued) >= MIN_ITEM_LENGTH else first


def _past_split_word(text: str, knowledge: Knowledge, first: int, end: int) -> int:
    """Where an item starts that LAC began inside a word of ``split_words`` (联 + 同人行 of 联同 + 人行, "together
    with"): after that word, when a name is left."""
    return next(
        (
            after
            for _, after in ends_around(text, first, knowledge.split_words)
            if end - after >= MIN_ITEM_LENGTH
        ),
        first,
    )


def _glued_word_start(tokens: Tokens, knowledge: Knowledge, start: int) -> int:
    """Where the word LAC glued before an item starting at ``start`` starts (融资由 of 融资由集素 + 资本), or
    ``start`` when there is none: the item is aligned with LAC's words from there."""
    return start - len(next((w for w in _glued_words(knowledge) if tokens.text.endswith(w, 0, start)), ""))


def _glued_words(knowledge: Knowledge) -> Iterator[str]:
    """The words of two characters or more LAC glues before names (融资由): one character (由, 和) may open a
    name itself, so it is cut only where a recogniser found the name."""
    return (w for w in knowledge.glued_before_names if len(w) > 1)


def _missed_name(
    tokens: Tokens,
    chosen: list[Candidate],
    start: int,
    end: int,
    knowledge: Knowledge,
    words_start: int,
    misread_people: frozenset[tuple[int, int]],
) -> bool:
    """Whether the item ``start``..``end``, whose words start at ``words_start`` (before a description's head
    LAC read into the name's word), reads as a name the recognisers missed or cut short: what they found inside is a
    part of it, or a coined name they read as a person's (``misread_people``)."""
    if (
        not MIN_ITEM_LENGTH <= end - start <= MAX_ITEM_LENGTH
        or not tokens.aligned(_glued_word_start(tokens, knowledge, words_start), end)
        or _LATIN_WORD_BEFORE.match(tokens.text, max(start - 2, 0), start)
    ):
        return False
    inside = [c for c in chosen if c.start < end and start < c.end]
    if not all(
        start <= c.start and c.end <= end and (c.label in _REPLACEABLE or (c.start, c.end) in misread_people)
        for c in inside
    ):
        return False
    words = range(tokens.index_at(start), tokens.index_at(end - 1) + 1)
    return all(tokens.tags[i] in _ITEM_TAGS or tokens.is_latin(i) for i in words) or _arm_of(
        tokens.text, inside, start, end, knowledge
    )


def _arm_of(text: str, inside: list[Candidate], start: int, end: int, knowledge: Knowledge) -> bool:
    """Whether the item is an organisation found and words ending with an organisation suffix, however
    LAC reads them (京东 + 领投基金: its fund)."""
    return any(c.start == start and c.label in ORG_LABELS for c in inside) and (
        knowledge.suffix_of(text[start:end]) is not None
    )


def _coined(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> bool:
    """Whether the item, in a list said to list organisations, is a coined name though no suffix ends it:
    ordinary nouns of no field or kind (松鼠 + 瀑布, where 汽车 + 零部件 and 电子 + 信息 name trades), the last maybe
    misread as a verb (松果 + 远航, where 数字 + 营销 names a trade), one word
    LAC reads as a name (Tarvo), or a long one it reads as a place no list knows (河马沙漠). One plain noun
    (散户) and a known place (北京) name no organisation; a known place before two words of a coined name
    (北京 + 松鼠 + 瀑布) opens a registered name, as firms are registered under their city."""
    words = range(tokens.index_at(start), tokens.index_at(end - 1) + 1)
    place = knowledge.place_at(tokens.text, start)
    if place:
        after = start + len(place)
        return (
            after in tokens.start_set
            and len(range(tokens.index_at(after), words.stop)) >= MIN_NAMED_ITEMS
            and _coined(tokens, knowledge, after, end)
        )
    if len(words) == 1:
        i = words[0]
        return (
            tokens.tags[i] in _COINED_WORD_TAGS
            or tokens.is_latin(i)
            or (tokens.tags[i] == "LOC" and len(tokens.words[i]) >= _SHORTEST_MISREAD_PLACE)
        )
    return any(tokens.tags[i] in _COINED_TAGS for i in words) and all(
        (
            tokens.tags[i] in _COINED_TAGS
            or _split_character(tokens, i)
            or _opening_qualifier(tokens, words, i)
            or _misread_last_word(tokens, knowledge, words, i)
        )
        and not knowledge.is_generic(tokens.words[i], placed=False)
        and knowledge.suffix_of(tokens.words[i]) is None
        for i in words
    )


def _misread_last_word(tokens: Tokens, knowledge: Knowledge, words: range, i: int) -> bool:
    """Whether word ``i`` closes a name of several words and is two characters LAC misread as a verb, a time or an
    adjective (松果 + 远航, 白鹭 + 领航, 松果 + 远帆): a coined name is made of ordinary words, and one of motion or action LAC reads as the
    list's verb only when the list has none of its own (A、B + 领投); a word of when (今年) is none."""
    return (
        i == words[-1]
        and i > words.start
        and misread_tail(tokens, knowledge.name_slots, i, _CLOSING_TAIL_TAGS)
    )


def _opening_qualifier(tokens: Tokens, words: range, i: int) -> bool:
    """Whether word ``i`` is an adjective opening a name of several words (远帆 + 光谱): what follows it decides,
    as a kind's word after it (大型 + 国企) is generic."""
    return i == words.start and len(words) > 1 and tokens.tags[i] == "a"


def _split_character(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` is one character LAC split off a coined name and read as an adjective (深 + 空 + 火山):
    a qualifier of a kind is a word of its own (大型 + 国企)."""
    return tokens.tags[i] == "a" and len(tokens.words[i]) == 1


def _kind(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> bool:
    """Whether the item names a kind of party, no one: no word of it is a name, and a word of it is generic
    (汽车 + 零部件, 大型 + 国企) or it is a qualifier alone (知名), or it ends with the people a company serves or a
    department (个人 + 用户, 政府部门). One word with an organisation's suffix and no generic stem is a name LAC read as a
    noun (星河资本), where 保险公司 is a kind."""
    words = range(tokens.index_at(start), tokens.index_at(end - 1) + 1) if start < end else range(0)
    if any(tokens.tags[i] in NAME_TAGS or tokens.is_latin(i) for i in words):
        return False
    item = tokens.text[start:end]
    if len(words) == 1 and knowledge.suffix_of(item) and not knowledge.is_generic(item, placed=False):
        return False
    if item.endswith((*knowledge.name_slots.audiences, *knowledge.departments)):
        return True
    # A qualifier alone is a kind (知名); before other words it opens a coined name (远帆 + 光谱), and the word after
    # it decides (大型 + 国企: 国企 is generic).
    if len(words) == 1 and tokens.tags[words[0]] == "a" and not _split_character(tokens, words[0]):
        return True
    return any(
        knowledge.is_generic(tokens.words[i], placed=False)
        or knowledge.suffix_of(tokens.words[i]) is not None
        for i in words
    )
