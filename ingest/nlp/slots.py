"""Companies named by their place in an event sentence: 月光智能完成B轮融资, 领投了月光智能的B轮, 从月光智能离职,
与月光智能签署合作协议, 携手月光智能推出, 由月光智能研发.

Start-ups are often named with ordinary words (月光 + 智能, 大行 + 科工) that neither LAC nor the
model reads as a name, and they are named most often where a sentence reports their rounds, deals
and people. The shapes of such sentences (``name_slots`` in ``org_suffixes.yaml``) say where a
company stands:

- ``subjects``: opening a clause, before a word of the frame (完成, 获投; adverbs and announcing
  words of ``leads`` between), when the rest of the clause holds a word of it (融资, 轮); when it names
  what only a company's clause does (``company_only``: a round, 完成3000万元A轮融资, or a listing venue,
  向港交所递交上市申请), all the clause opens with is the name, whatever LAC
  reads its words as (奇 + 鹿 + 家, 云帆 read as a person + 创新), after a description (运营商 + X),
  unless a pronoun, numeral, particle or announcing word shows it is a phrase;
- ``between``: right after a word of the frame (领投了, 从, 加入, 与, 携手; also where LAC glues it to
  the name: 向 + 月光智能公司 as one word) and right before what its pattern asks (的B轮, 离职, 合作);
- before a listed company's code in brackets (月光智能（688001）, 月光-創(6801)), and before an
  organisation found in Latin letters in brackets, its gloss (月光智能（MoonLight AI）).

A span there becomes a company only when it is a few words LAC reads as nouns, names, places or
Latin words (a clause, a pronoun or a person is none), is not a generic description (AI公司, 员工),
follows no numeral, pronoun or particle (其 + 团队, 3 + 月份), and holds no mention the recognisers
found but a place: where they found an organisation, the slot is filled (初创公司 + 挚途科技 is not
one longer name). A description before the name (明星企业 + X) and plain nouns after it (X + 公告)
are cut off.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable

from newsgraph.ingest.nlp.candidates import ORG_LABELS, Candidate, Rank, Tokens, is_cjk, past_spaces
from newsgraph.ingest.nlp.knowledge import Knowledge, NameSlots

# LAC tags of a particle of one character (了 as u or xc) that ends no name.
_PARTICLE_TAGS = frozenset({"u", "xc"})
# Where a clause ends: a subject's frame word must be in its own clause.
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")
# LAC tags of a word before a noun phrase that make it no name: numerals, measure words, pronouns,
# particles, times.
_NOT_BEFORE_NAMES = frozenset({"m", "q", "r", "u", "TIME", "t"})
# LAC tags of the words a firm's name may hold that a run of name words stops at: verbs and places (天津 + 创业 + 环保).
_NAME_PART_TAGS = frozenset({"v", "vn", "LOC", "ns"})
# LAC tags of times among them.
_TIME_TAGS = frozenset({"TIME", "t"})
# LAC tags of the words that may stand between a subject and its verb: adverbs and times (已, 最近, 隔年).
_LEAD_TAGS = frozenset({"d", "vd", "ad", "TIME", "t"})
# A day of the month in brackets after a time word, as Taiwan and Hong Kong news date what a subject did (昨（11）日,
# 今(31)日, 周三 (5 日), 周二(9月14日)): no part of the name before it.
_BRACKETED_DAY = re.compile(r"\s*[（(]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日?\s*[)）]\s*日?\s*$")
# A short form declared in brackets right before the verb (爱学习教育集团（下称爱学习）完成…), and a name
# in quotes there (“融云”完成…).
_DECLARED_BEFORE = re.compile(r"[（(]\s*(?:以下|下文|下)?简?称[^（）()]{1,12}[)）]$")
_QUOTED_BEFORE = re.compile(r"[“「\"]([^“”「」\"]{2,12})[”」\"]$")
# The mark closing a work's title (《星河漫游》): a word glued after it is a part or edition of that work.
_TITLE_CLOSE = "》"
# A listed company's code in brackets right after its name, maybe after the mark of its board on the
# Taiwan exchanges (X（600519.SH）, X-創(2432), X-KY(4952)), its market after a dot or a dash (X(02026-HK));
# four digits that read as a year are no code. Letters are a code only with their market (X（NASDAQ: ABCD）,
# X(ABCD-US)): bare, they gloss a name (X（AI）).
_TICKER_NEXT = re.compile(
    r"(?:-(?:KY|創|创|DR))?\s*[（(]\s*(?:"
    r"(?:[A-Za-z]+\s*[:：]\s*)?(?!(?:19|20)\d\d\b)\d{4,6}(?:[.-][A-Za-z]{2})?"
    r"|[A-Za-z]+\s*[:：]\s*[A-Z]{1,5}|[A-Z]{1,5}[.-](?:US|O|N)"
    r")\s*[）)]"
)
# An organisation's Latin name in brackets, glossing the name before it (（MoonLight AI）).
_LATIN_GLOSS = re.compile(r"[（(]\s*(?P<name>[A-Za-z][A-Za-z0-9 .&'-]*?)\s*[）)]")
# A firm's foreign name glossing its Chinese one, though no recogniser found it (云杉灯笼（Kivon）): one capitalised
# word; a person's gloss has two parts (Sam Altman), a term's is an acronym (AIGC).
NAME_GLOSS = re.compile(r"[（(]\s*(?P<name>[A-Z][a-z]{2,}[A-Za-z]*)\s*[）)]")
# Such a gloss ending a text: the name it glosses stands before it, and the name's slot after it (X（Kivon）+ 宣布).
_LATIN_GLOSS_END = re.compile(_LATIN_GLOSS.pattern + r"\s*$")
# The most characters of what a firm introduced by its name is said to be (名为X + 的人形机器人初创企业).
_LONGEST_FIRM_DESCRIPTION = 12
# The most characters between a gloss's bracket and its name (a bracket and a space).
_GLOSS_OPENING = 2
# LAC tags of words a clause opening named by its round or venue cannot hold: those of _NOT_BEFORE_NAMES, and
# prepositions, conjunctions, auxiliaries, punctuation (其 + 团队, 在 + 北京, 和 + Y).
_NOT_IN_OPENINGS = _NOT_BEFORE_NAMES | {"p", "c", "xc", "w"}
# LAC tags of prepositions and conjunctions, and of the plain nouns a coined name may make after one (和 + 码 + 编程).
_JOINING_TAGS = frozenset({"p", "c"})
# LAC's tag of a preposition, which may open a post's employer (据 + X + 副总裁 + 张伟 + 介绍).
_PREPOSITION = "p"
_PLAIN_NOUN_TAGS = frozenset({"n", "vn"})
# LAC tags of words that make no name on their own: Chinese function words (the end of a name LAC split, 了 +
# 么 of 饿了么) and words of place or time (之 + 前: 公司之前完成了A轮融资 names no company).
_NO_NAME_TAGS = frozenset({"xc", "f"})
# LAC tags of verbs: after a person, what they did (张伟 + 推动 + 的IPO).
_VERB_TAGS = frozenset({"v", "vd", "vn"})
# LAC tags of a word that is no frame word though spelt as one: an adjective (同 as "the same" in 同一时间).
_NOT_FRAME_TAGS = frozenset({"a"})
# LAC tags of the noun a description mark makes a description of (零件 + 商).
_DESCRIBED_TAGS = frozenset({"n", "nz", "vn"})
# LAC tags of a word glued to a frame word that make it no name: adverbs and pronouns (在 + 这里 read as one
# adverb 在这里: 在这里工作 names no employer). Not prepositions: 同 + 北辰集团 is one preposition to LAC.
_NOT_GLUED_NAMES = frozenset({"d", "r"})
# LAC reads a coined name of four characters or more as a place (北辰语智) while its scores lean to an
# organisation (``_misread_place``).
_LONGEST_PLACE = 4
# The fewest characters of a word LAC reads as a person's that may be a coined company name misread
# (北辰语智); a shorter one with no surname is more often a foreign name spelt with few characters.
_SHORTEST_COINED = 4
# The length of half of a coined name of two words, which LAC may read as a given name (光年 + 云杉), and the LAC tags
# of the other half: nouns, names and adjectives (松果 + 远帆 as a given name and an adjective).
_PAIR_HALF_LENGTH = 2
_PAIR_HALF_TAGS = frozenset({"n", "nz", "ORG", "LOC", "PER", "a"})
# The LAC tag such a word takes where slots are read: a proper noun, part of names.
_PROPER_NOUN = "nz"
# ... and a plain noun, of which a coined name of two ordinary words is made (灯塔 + 琥珀)
_NOUN = "n"
# The longest head of a coined name LAC reads as an organisation on its own (青禾 of 青禾数据).
_COINED_HEAD = 2
# A product's model code after its series or brand (Model + Y, iPhone + 17, 星云 + X1): a name ending so is a
# product's, no company's.
_MODEL_CODE = re.compile(r"(?:(?<=[^\W\d_])\s*[A-Za-z]{0,3}\d{1,3}[A-Za-z]?|(?<=\w)\s+[A-Z])$")
# LAC tags of the first word of a coined name of two words, and of a second word LAC misread (极光 + 出行:
# a verb; 奇点 + 未来: a time). Not an adverb or adjective: those are read right (团队 + 积极 + 与Y合作).
_COINED_HEAD_TAGS = frozenset({"n", "nz", "ORG", "LOC"})
_MISREAD_TAIL_TAGS = frozenset({"v", "vn", "TIME"})
# Before a post an adjective or a word of place is misread too (北辰 + 语智 + 副总裁, 松石 + 远岸 + 副总裁): a post's
# own adjectives (资深, 高级) are title qualifiers and its regions (海外) unit regions, which
# :func:`_coined_pair_before_post` and :func:`_before_posts` rule out.
_POST_TAIL_TAGS = _MISREAD_TAIL_TAGS | {"a", "s"}
# Characters of a word that dates what is told (今年, 近日, 周三, 年底): such a word is a time, no part of a name.
_DATING_CHARACTERS = frozenset("年月日周天时季初底末前后今昨明近早晚")
# The fewest characters of a frame word that may start inside a word LAC glued to the name before it.
_GLUED_FRAME_WORD = 3
# What follows a coined name closing it or listing it with others (、, 等, 和, a stop, a headline's end).
_LISTED_NEXT = re.compile(r"[、，,。；;：:！!？?\s]|等|和|及|$")
# The word closing a span of time up to now, which LAC may read apart from it as a verb (半年 + 来).
_SINCE = frozenset({"来", "以来"})
# The word of nearness opening a span of time (近 + 半年), which LAC may glue to the end of the name before it
# (星河智能近 + 半年 + 来).
_NEARLY = "近"
# The LAC tag of an adjective, which a word of when glued to a name may take (原星云科技).
_ADJECTIVE = "a"
# The particle ending a clause that describes the noun after it (成立仅三年的 + X).
_DESCRIBING = "的"
# How an item number of a list ends (4. / 4、 / (4)).
_ITEM_NUMBER_ENDS = (".", "、", "．", ")", "）")
# The most characters from a frame word to the end of a name with a description before it.
_LONGEST_DESCRIBED = 24
# How long the employer named before a holder's next post may be (北辰语智 + 董事长、星云智能科技集团 + CEO + Y).
_LONGEST_EMPLOYER = 12
#: The marks that set off a gloss of a person's post after the name, and what closes each (张伟，X创始人，; 张伟（XCEO）).
_GLOSS_CLOSES = {"，": ("，", "、"), ",": (",", "，"), "（": ("）",), "(": (")", "）")}
# What ends an employer's name before a post: a clause's end, a list's comma, brackets, quotes.
_NOT_IN_EMPLOYER = re.compile(r"[，,。；;：:！!？?\n、（）()“”\"]")
#: The shortest and longest names taken.
MIN_NAME_LENGTH, MAX_NAME_LENGTH = 2, 12
#: The longest name in Latin letters taken: letters spell what Chinese writes in a few characters
#: (NorthwindInteractive).
MAX_LATIN_NAME_LENGTH = 32

Span = tuple[int, int]


def slotted_companies(
    tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge, looks_like_name: Callable[[str], bool]
) -> list[Candidate]:
    """``chosen`` with the companies named by their place in event sentences (see the module docstring);
    ``looks_like_name`` tells a Chinese person's name (a surname and one or two characters)."""
    slots = knowledge.name_slots
    modelled = _modelled_people(chosen)
    coined = _coined_read_as_people(tokens, knowledge, looks_like_name, modelled)
    posts = _before_posts(tokens, knowledge, chosen)
    tokens = _as_names(tokens, coined)
    coded = _before_tickers(tokens, slots)
    glossed = _before_glosses(tokens, slots, chosen) + _before_name_glosses(tokens, knowledge, chosen)
    owners = _before_owner_words(tokens, knowledge)
    descriptions = (*knowledge.descriptors, *slots.description_heads)
    subjects = [s for frame in slots.subjects for s in _subjects(tokens, slots, *frame)]
    # Names a round or venue names, where a long name read as a place is none (see ``_known_place``).
    named_by_rounds = {span for span, by_clause in subjects if by_clause}
    between = [
        (s, lone, after)
        for before, after, lone in slots.between
        for s in _between(tokens, slots, descriptions, before, after)
    ]
    # A name introduced as a firm's (名为 + 云帆智造 + 的机器人企业): a slot so narrow that one plain noun fills it,
    # as do those of ``lone`` in org_suffixes.yaml (从 + 松果 + 离职).
    introduced = [
        match.span("name")
        for match in slots.introduced.finditer(tokens.text)
        if _describes_a_firm(tokens.text, match.end(), descriptions)
    ]
    lone_slots = {span for span, lone, _ in between if lone is not None and lone.match(tokens.text, span[1])}
    lone_slots.update(introduced)
    # A listed company's code in brackets is as narrow a slot: one plain noun before it is the firm (鈊象 + （3293）),
    # unless a verb or a place glued before it is part of a longer name the run stopped at (天津 + 创业 + 环保 + (01065)).
    lone_slots.update(span for span in coded if not _glued_to_name_parts(tokens, span[0]))
    # What each slot between two words stands right before: the word of its frame (由 + X + 领投).
    framed = {span: after for span, _, after in between}
    spans = [
        *subjects,
        *((s, False) for s, _, _ in between),
        *((s, False) for s in introduced),
        *((s, False) for s in coded),
        *((s, True) for s in glossed),
        *((s, False) for s in owners),
    ]
    posted = [span for span, _ in posts]
    for span, by_clause in [*spans, *posts]:
        frame = framed.get(span)
        frame_end = frame.match(tokens.text, span[1]) if frame else None
        if (
            _opened_by_found(tokens, knowledge, chosen, *span)
            or _joins_found(tokens, chosen, *span)
            or _person_and_employer(chosen, *span)
            or ((span in posted or span in owners) and _found_whole(chosen, *span))
        ):
            continue
        if by_clause:  # the venue or round first: a description's words may follow it (X科创板 + IPO申请)
            span = (span[0], _before_venue(slots, tokens.text, *span))
        span = _before_board(slots, tokens.text, *_before_glued_nearly(tokens, *span))
        start, end = _stripped(tokens.text, *_without_descriptions(tokens, knowledge, *span))
        end = _before_particle(tokens, start, end)
        start = after_glued_mark(
            tokens, knowledge, knowledge.after_description_head(tokens.text, start, end), end
        )
        if by_clause:
            start = _after_description(knowledge, tokens.text, start, end)
            end = _before_venue(slots, tokens.text, start, end)
        kept = _unglued(tokens, chosen, start if by_clause else None, end)
        if frame_end:
            kept = _not_into_frame(kept, start, end, frame_end.end())
        # A Chinese person's name opening the clause is someone announcing (王强宣布完成A轮融资) or somewhere (张伟 +
        # 在 + 港交所); right before the verb of a round it is a brand named like a person (江小白 + 获E轮融资),
        # unless the trained model reads it as a person's name too (张伟 + 获得Y的A轮融资: two recognisers agree).
        by_clause = by_clause and not (
            looks_like_name(tokens.text[start:end])
            and (not _verb_right_after(tokens, slots, end) or (start, end) in modelled)
        )
        # A name glossed by an organisation's Latin name is that organisation's, however LAC reads it (月光 +
        # 沙漠（Moonsand）).
        sure = (
            span in coded
            or span in glossed
            or (span in named_by_rounds and not _known_place(knowledge, tokens.text, start))
        )
        # A listed company's code names a firm, however short: no place is listed (新唐（4919）, 大同（2371）).
        misread_place = (span in posted or span in coded or end - start >= _LONGEST_PLACE) and _misread_place(
            tokens, start, end, sure
        )
        # A coined name read as a person's is no one in a company's place (北辰语智 + 与 + Y + 合作).
        unpeopled = [c for c in kept if not (c.label == "Person" and (c.start, c.end) in coined)]
        if _missed_company(
            tokens, unpeopled, knowledge, (start, end), by_clause, misread_place, span in lone_slots
        ):
            chosen = [c for c in kept if not (start <= c.start and c.end <= end)]
            chosen.append(
                Candidate(start, end, knowledge.org_label(tokens.text[start:end]), Rank.ORGANISATION)
            )
    return chosen


def _not_into_frame(chosen: list[Candidate], start: int, end: int, frame_end: int) -> list[Candidate]:
    """``chosen`` less an organisation only guessed that opens in the slot ``start``..``end`` and runs on to the end of
    the frame word right after it (由 + 国投创合 + 领投: the model read 国投创合领投): that word is what the name did, no
    part of it. A longer name holding the word is left alone (与 + 星河 + 合作社: it runs on past 合作)."""
    return [
        c
        for c in chosen
        if not (c.label in ORG_LABELS and c.entity_id is None and start <= c.start < end < c.end == frame_end)
    ]


def _describes_a_firm(text: str, start: int, descriptions: tuple[str, ...]) -> bool:
    """Whether the words from ``start`` to the clause's end, a few at most, end with a word saying what kind of
    firm is meant (机器人 + 企业, 新創 + 公司): a name introduced before them is a firm's, not a person's, a
    project's or a product's (名为小明的男孩, 名为X的项目)."""
    clause = text[start : _clause_end(text, start)][:_LONGEST_FIRM_DESCRIPTION]
    return any(word in clause for word in descriptions)


def _before_glued_nearly(tokens: Tokens, start: int, end: int) -> Span:
    """``start``..``end`` without the 近 of a span of time after it that LAC glued to the name's last word
    (星河智能近 + 半年 + 来已有多位高管离职: the name is 星河智能)."""
    if (
        end - start - len(_NEARLY) >= MIN_NAME_LENGTH
        and tokens.text.endswith(_NEARLY, start, end)
        and end in tokens.end_set
        and end < len(tokens.text)
        and tokens.tags[tokens.index_at(end)] in _LEAD_TAGS
    ):
        return start, end - len(_NEARLY)
    return start, end


def _before_board(slots: NameSlots, text: str, start: int, end: int) -> Span:
    """``start``..``end`` up to a company's board inside it (星河智能董事会 + 审议通过…, read by LAC as one
    organisation): the board acts for the firm named before it and is no firm of its own, and what follows
    it is what the board did."""
    boards = [at for w in slots.boards if (at := text.find(w, start + MIN_NAME_LENGTH, end)) >= 0]
    return (start, min(boards)) if boards else (start, end)


def _before_venue(slots: NameSlots, text: str, start: int, end: int) -> int:
    """Where a clause's opening name ends before the venue or round it goes on to name, which LAC may cut
    into its words (月光 + 智能科 + 创板 + IPO: 月光智能)."""
    found = slots.company_only.search(text, start + MIN_NAME_LENGTH, end)
    return found.start() if found else end


def _opened_by_found(
    tokens: Tokens, knowledge: Knowledge, chosen: list[Candidate], start: int, end: int
) -> bool:
    """Whether an organisation the recognisers found opens the slot and fills it, the words after it saying
    what of it is meant (入股 + 华为 + 智能汽车解决方案业务): no other company is named there. It does when
    it is known or when a description follows it; a name only guessed followed by name words may be a
    longer one cut short (长风 of 长风萤火). So it does when the slot ends with a word for its office (星云汽车 +
    顺义 + 总部: its site). Not when an owner's word follows it (A旗下 + X: X is named)."""
    opening = next((c for c in chosen if c.start == start and c.end < end and c.label in ORG_LABELS), None)
    if opening is None or tokens.text.startswith(knowledge.owner_words, opening.end):
        return False
    return (
        opening.entity_id is not None
        or _without_descriptions(tokens, knowledge, start, end)[0] > opening.end
        or tokens.text.endswith(knowledge.offices_abroad, opening.end, end)
    )


def _found_whole(chosen: list[Candidate], start: int, end: int) -> bool:
    """Whether the recognisers found an organisation that is the whole slot: a post's employer they read (星云股份 +
    董事长 + 李明远) is no company they missed, and its words are not cut as a slot's trailing words are (股份 of
    收购星云股份 is the shares bought)."""
    return any(c.start == start and c.end == end and c.label in ORG_LABELS for c in chosen)


def _person_and_employer(chosen: list[Candidate], start: int, end: int) -> bool:
    """Whether a person the recognisers found opens the slot and an organisation they found ends it, right after
    the person (免去 + 王建国 + 大连港集团 + 总经理职务, one word to LAC): the holder of the post and their employer,
    not one firm's name."""
    person = next((c for c in chosen if c.start == start and c.label == "Person"), None)
    return person is not None and any(
        c.start == person.end and c.end == end and c.label in ORG_LABELS for c in chosen
    )


def _joins_found(tokens: Tokens, chosen: list[Candidate], start: int, end: int) -> bool:
    """Whether the slot opens with a preposition or conjunction of one character right before an organisation the
    recognisers found (与 + 月光智能 + 完成C轮融资同期): the word joins that name to the clause, no coined name opens
    with it (和图编程, where nothing is found after 和)."""
    i = tokens.index_at(start)
    if tokens.starts[i] != start or tokens.tags[i] not in _JOINING_TAGS or len(tokens.words[i]) != 1:
        return False
    return any(c.start == tokens.ends[i] and c.end <= end and c.label in ORG_LABELS for c in chosen)


def coined_names_read_as_people(
    tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge, looks_like_name: Callable[[str], bool]
) -> tuple[Tokens, frozenset[Span]]:
    """``tokens`` with the words LAC read as people's names that are coined company names (see
    :func:`_coined_read_as_people`) tagged as proper nouns, and their spans: a list of firms reads them as names too
    (松果远帆、河狸 + 晴川 + 等机构)."""
    coined = _coined_read_as_people(tokens, knowledge, looks_like_name, _modelled_people(chosen))
    return _as_names(tokens, coined), coined


def _coined_read_as_people(
    tokens: Tokens, knowledge: Knowledge, looks_like_name: Callable[[str], bool], modelled: set[Span]
) -> frozenset[Span]:
    """The words LAC tags as a person's name that are no Chinese name (``looks_like_name``) and no foreign
    one spelt in Chinese (贝克汉姆: its characters only spell sounds), four characters or more (北辰语智, 秦川知远):
    a coined company name misread, where a sentence puts a company. Not one opening with a Japanese family
    name (井上雄彦) or two surnames (梁唐青仪), nor one the trained model reads as a person's too: two
    recognisers agreeing name someone (山本太郎, 杰夫贝索斯 + 携手 + Y: ``modelled``, the model's people). A word of two
    characters is one only as half of a coined pair (``_half_of_coined_pair``: 光年 + 云杉)."""
    return frozenset(
        (start, end)
        for i, (word, tag, start, end) in enumerate(
            zip(tokens.words, tokens.tags, tokens.starts, tokens.ends, strict=True)
        )
        if tag == "PER"
        and (len(word) >= _SHORTEST_COINED or _half_of_coined_pair(tokens, knowledge, i))
        and is_cjk(word)
        and not looks_like_name(word)
        and not set(word) <= knowledge.transliteration_characters
        and not word.startswith(knowledge.japanese_surnames)
        and not _married_name(word, knowledge)
        and (start, end) not in modelled
    )


def _half_of_coined_pair(tokens: Tokens, knowledge: Knowledge, i: int) -> bool:
    """Whether word ``i``, two characters, stands beside another word of two characters LAC reads as a noun, a name or an
    adjective (光年 + 云杉, 松果 + 远帆, 河狸 + 晴川): a coined name of two ordinary words, one of which LAC took for a
    given name. A person's name stands apart from the nouns around it, and a noun of people or a group beside it (股东,
    团队) is no half of a name; the caller rules out a surname's and the model's people (李雷 + 团队)."""
    return len(tokens.words[i]) == _PAIR_HALF_LENGTH and any(
        0 <= j < len(tokens)
        and len(tokens.words[j]) == _PAIR_HALF_LENGTH
        and is_cjk(tokens.words[j])
        and tokens.tags[j] in _PAIR_HALF_TAGS
        and tokens.words[j] not in knowledge.name_slots.group_nouns
        for j in (i - 1, i + 1)
    )


def _married_name(word: str, knowledge: Knowledge) -> bool:
    """Whether ``word`` opens with two surnames, as a married woman's name in Hong Kong does (梁唐 + 青仪: her
    husband's and her own)."""
    return word[0] in knowledge.surnames and word[1] in knowledge.surnames


def _as_names(tokens: Tokens, coined: frozenset[Span]) -> Tokens:
    """``tokens`` with the ``coined`` words tagged as proper nouns, so that slots take them as names."""
    if not coined:
        return tokens
    renamed = copy.copy(tokens)
    renamed.tags = [
        _PROPER_NOUN if (start, end) in coined else tag
        for tag, start, end in zip(tokens.tags, tokens.starts, tokens.ends, strict=True)
    ]
    return renamed


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` without the spaces at its edges (Nebula Robotics + " " + CEO: the space before the
    post is no part of the name), and from after the last clause mark LAC read into a word of it (星云资本领投。 +
    公司 + 创始人: a name never runs over a sentence's end)."""
    marks = [i for i in range(start, end) if _CLAUSE_END.match(text, i)]
    start = marks[-1] + 1 if marks else start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _before_particle(tokens: Tokens, start: int, end: int) -> int:
    """``end`` before a particle LAC reads as a word of its own at the end of ``start``..``end`` (离开 + 灵犀 + 了: the
    aspect of the verb, no part of the name)."""
    if end - start < 2 or end not in tokens.end_set:
        return end
    last = tokens.index_at(end - 1)
    particle = (
        tokens.tags[last] in _PARTICLE_TAGS and len(tokens.words[last]) == 1 and is_cjk(tokens.words[last])
    )
    return tokens.starts[last] if particle and tokens.starts[last] > start else end


def _unglued(tokens: Tokens, chosen: list[Candidate], start: int | None, end: int) -> list[Candidate]:
    """``chosen`` less the mentions across a name's edge inside a word: a verb glued to its end (与 +
    东岭大学共建联合实验室), a description glued to its ``start`` (运营 + 商澄远): such a longer word is none."""
    cuts = [
        p for p in (start, end) if p is not None and p not in tokens.start_set and p not in tokens.end_set
    ]
    return [c for c in chosen if not any(c.start < p < c.end for p in cuts)]


def _subjects(
    tokens: Tokens,
    slots: NameSlots,
    verbs: frozenset[str],
    clause: tuple[str, ...],
    ends: tuple[str, ...],
    named: bool,
) -> list[tuple[Span, bool]]:
    """Names opening a clause before a word of ``verbs`` whose clause holds a word of ``clause``, if any (and
    ends with one of ``ends``, if any: X是一家…公司 describes X, X是一家公司推出的应用 a product), each with
    whether the clause names what only a company's does (then the whole opening is the name). A frame
    ``named`` takes only names with a word LAC reads as one: what a mere description says of its subject
    (是一家…公司) is said as often of a party's role (发起方, 涉事企业)."""
    found = []
    for i, start, end in _frame_words(tokens, verbs):
        clause_end = _clause_end(tokens.text, end)
        rest = tokens.text[end:clause_end]
        if clause and not any(w in rest for w in clause):
            continue
        if ends and not rest.rstrip().endswith(ends):
            continue
        company_only = slots.company_only.search(tokens.text, start, clause_end) is not None
        opening = _opening_before(tokens, slots, i) if company_only else None
        span = opening or _coined_pair_before(tokens, slots, i) or _name_before(tokens, slots, i)
        span = span and _without_raising_means(tokens.text, slots, span)
        if span is not None and slots.company_only.fullmatch(tokens.text, *span):
            continue  # the round itself before the word of raising (完成 + B轮 + 融资超10亿元)
        if span is not None and (not named or tokens.has_name_word(*span)):
            found.append(((span[0], min(span[1], start)), opening is not None))
    return found


def _frame_words(tokens: Tokens, verbs: frozenset[str]) -> list[tuple[int, int, int]]:
    """The first word, the start and the end of each frame word of ``verbs`` in the text, whole LAC words or
    several (裁 + 撤 of 裁撤: LAC may cut a verb apart). One of three characters or more may start inside a word
    LAC glued to the name before it (月光 + 智能科 + 创板 + IPO, 月光 + 智能创业板 + IPO); its first word is then
    the next one, and the name's opening runs into the glued word, to be cut where the frame word starts."""
    found = []
    for m in _alternation(verbs).finditer(tokens.text):
        if m.end() not in tokens.end_set:
            continue
        if m.start() in tokens.start_set:
            found.append((tokens.index_at(m.start()), m.start(), m.end()))
        elif len(m.group()) >= _GLUED_FRAME_WORD:
            found.append((tokens.index_at(m.start()) + 1, m.start(), m.end()))
    return found


@functools.cache
def _alternation(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _without_raising_means(text: str, slots: NameSlots, span: Span) -> Span | None:
    """``span`` without a way of raising money it ends with (``raising_means``: 星云科技 + 定增 + 募资), None
    when nothing else is left (定增 + 募资30亿元, 拟定增: the act, no one named)."""
    start, end = span
    means = next((w for w in slots.raising_means if text.endswith(w, start, end)), None)
    if means is None:
        return span
    end -= len(means)
    return (start, end) if text[start:end].strip() not in ("", *slots.leads) else None


def _opening_before(tokens: Tokens, slots: NameSlots, i: int) -> Span | None:
    """All words between the start of word ``i``'s clause (or an item number, a word opening the clause, or
    the 的 ending a description of the name: 成立仅三年的 + X) and the adverbs before it, or None when one of them
    shows a phrase (``_NOT_IN_OPENINGS``) or a name is quoted."""
    last = _before_leads(tokens, slots, i)
    first = last
    while (
        first >= 0 and not _CLAUSE_END.fullmatch(tokens.words[first][-1]) and not _item_number(tokens, first)
    ):
        if (tokens.words[first] == _DESCRIBING or tokens.words[first] in slots.openers) and first < last:
            break  # the description's 的, or a word opening the clause (而 + X, 随后 + X)
        if (
            tokens.tags[first] in _NOT_IN_OPENINGS
            and not _joins_name(tokens, slots, first, last)
            and not _opens_coined_name(tokens, first, last)
        ) or (tokens.words[first] in slots.leads):
            return None  # a phrase, or a subject before an adverb or announcing word (李明 + 宣布 + 公司)
        first -= 1
    while first < last and tokens.words[first + 1] in slots.openers:
        first += 1
    if first == last or _an_act(tokens, first + 1, last, owned=tokens.words[i] == _DESCRIBING):
        return None
    return tokens.starts[first + 1], tokens.ends[last]


def _an_act(tokens: Tokens, first: int, last: int, owned: bool) -> bool:
    """Whether words ``first``..``last`` tell what was done, no company's name: a person and what they did
    (张伟 + 推动 + 的IPO, 李强 + 主导), or, before the 的 of what a company owns (``owned``), verbs alone (备受 +
    关注 + 的IPO). A coined name may read as a person alone (卡罗维) or, as a round's subject, as verbs (远山 +
    智造 + 在港交所上市), and one word alone may be read as anything."""
    opener = tokens.tags[first]
    return (
        first < last
        and all(tokens.tags[j] in _VERB_TAGS for j in range(first + 1, last + 1))
        and (opener == "PER" or (owned and opener in _VERB_TAGS))
    )


def _joins_name(tokens: Tokens, slots: NameSlots, i: int, last: int) -> bool:
    """Whether word ``i``, a particle LAC reads apart, joins the words of a coined name before it and up to
    ``last`` (青禾 + 之家, 星河少年 + 之 + 家)."""
    return (
        tokens.tags[i] == "u"
        and tokens.words[i].startswith(slots.particles)
        and i > 0
        and is_cjk(tokens.words[i - 1][-1])
        and (len(tokens.words[i]) > 1 or i < last)
    )


def _opens_coined_name(tokens: Tokens, i: int, last: int) -> bool:
    """Whether word ``i``, which LAC reads as a function word, is part of a coined name up to ``last``: a Latin
    word or the space between two (Blue + " " + Canoe), a word mixing Latin letters and Chinese (e签宝), or a
    preposition or conjunction of one character opening the clause before plain nouns (和 + 码 + 编程 +
    完成A轮融资). Before a place, a time or a name it is one (在 + 北京)."""
    if (
        tokens.is_latin(i)
        or _mixes_latin(tokens.words[i])
        or (tokens.words[i].isspace() and tokens.name_part(i))
    ):
        return True
    return (
        tokens.tags[i] in _JOINING_TAGS
        and len(tokens.words[i]) == 1
        and (i == 0 or _CLAUSE_END.fullmatch(tokens.words[i - 1][-1]) is not None)
        and i < last
        and all(tokens.tags[j] in _PLAIN_NOUN_TAGS for j in range(i + 1, last + 1))
    )


def _verb_right_after(tokens: Tokens, slots: NameSlots, end: int) -> bool:
    """Whether a verb that is no announcing word or adverb of ``slots.leads`` starts right at ``end``."""
    return (
        end in tokens.start_set
        and tokens.tags[tokens.index_at(end)] == "v"
        and not tokens.text.startswith(tuple(slots.leads), end)
    )


def _modelled_people(chosen: list[Candidate]) -> set[Span]:
    """The spans the trained model reads as people's names."""
    return {(c.start, c.end) for c in chosen if c.label == "Person" and c.rank == Rank.MODEL}


def _mixes_latin(word: str) -> bool:
    """Whether ``word`` holds Latin letters and Chinese both (e签宝, B站), as coined names do."""
    return any(c.isascii() and c.isalpha() for c in word) and any(is_cjk(c) for c in word)


def _item_number(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` ends an item number of a list (4. read as one word, or 4 + .)."""
    word = tokens.words[i]
    return word.endswith(_ITEM_NUMBER_ENDS) and (
        tokens.tags[i] == "m" or (len(word) == 1 and i > 0 and tokens.tags[i - 1] == "m")
    )


def _before_leads(tokens: Tokens, slots: NameSlots, i: int) -> int:
    """The last word before word ``i`` and the adverbs, times and bracketed days before it (已, 最近, 宣布,
    昨（11）日), and before the Latin gloss of the name there: news writes a foreign firm's Chinese name and its own
    name in brackets, and what the firm did after both (松鼠瀑布（Kivon）+ 上周 + 宣布)."""
    last = i - 1
    while last >= 0:
        if tokens.words[last] in slots.leads or tokens.tags[last] in _LEAD_TAGS:
            last -= 1
        elif tokens.words[last] in _SINCE and last > 0 and tokens.tags[last - 1] in _LEAD_TAGS:
            last -= 2  # a time since when, LAC reading its 来 apart (半年 + 来)
        elif day := _BRACKETED_DAY.search(tokens.text, 0, tokens.ends[last]):
            last = tokens.index_at(day.start()) - 1
        elif gloss := _LATIN_GLOSS_END.search(tokens.text, 0, tokens.ends[last]):
            # The name's Latin gloss (松鼠瀑布（Kivon）+ 宣布): the name ends before it, and no lead stands there.
            return tokens.index_at(gloss.start()) - 1
        elif (split := _split_lead(tokens, slots, last)) is not None:
            last = split  # a lead LAC reads as two words (成立 + 以来)
        else:
            return last
    return last


def _split_lead(tokens: Tokens, slots: NameSlots, last: int) -> int | None:
    """The word before a lead of ``slots`` that ends with word ``last`` and opens another word (成立 + 以来), if any."""
    for lead in slots.leads:
        start = tokens.ends[last] - len(lead)
        if len(lead) > len(tokens.words[last]) and start >= 0 and tokens.text.startswith(lead, start):
            first = tokens.index_at(start)
            if tokens.starts[first] == start:
                return first - 1
    return None


def _before_tickers(tokens: Tokens, slots: NameSlots) -> list[Span]:
    """Names right before a listed company's code (see ``_TICKER_NEXT``)."""
    found = []
    for match in _TICKER_NEXT.finditer(tokens.text):
        if match.start() in tokens.start_set and match.start() > 0:
            span = _name_before_ticker(tokens, slots, tokens.index_at(match.start()))
            if span is not None:
                found.append(span)
    return found


def _glued_to_name_parts(tokens: Tokens, start: int) -> bool:
    """Whether the word right before ``start`` is a verb or a place glued to it, as the parts of a firm's name are
    that LAC does not read as a name (天津 + 创业 + 环保)."""
    i = tokens.index_at(start) - 1 if start in tokens.start_set else -1
    return i >= 0 and tokens.tags[i] in _NAME_PART_TAGS and is_cjk(tokens.words[i])


def _name_before_ticker(tokens: Tokens, slots: NameSlots, i: int) -> Span | None:
    """The name ending right before the code at word ``i``. A code follows the name itself, never a time or an
    adverb: a word LAC reads as one there is the name misread (散热模组厂 + 超众/d + （6230）), with the name parts
    before it."""
    last = i - 1
    if (
        last < 0
        or tokens.tags[last] not in _LEAD_TAGS
        or not is_cjk(tokens.words[last])
        or len(tokens.words[last]) < 2
    ):
        return _name_before(tokens, slots, i)
    first = tokens.name_run_before(last - 1) if last > 0 else 0
    return tokens.starts[first], tokens.ends[last]


def _before_glosses(tokens: Tokens, slots: NameSlots, chosen: list[Candidate]) -> list[Span]:
    """Names right before an organisation found in Latin letters in brackets (月光智能（MoonLight AI）):
    news glosses a company's Chinese name so, and the gloss says as much as a round does (星图 + （Stellar
    Labs）: a plain noun is the name). Not before a known organisation: the knowledge holds its Chinese
    names, and what LAC reads before it is mostly a description and a variant (日本投资集团 + 软体银行)."""
    found = []
    for candidate in chosen:
        gloss = _LATIN_GLOSS.search(tokens.text, max(0, candidate.start - _GLOSS_OPENING))
        if (
            candidate.label in ORG_LABELS
            and candidate.entity_id is None
            and gloss is not None
            and gloss.span("name") == (candidate.start, candidate.end)
            and gloss.start() in tokens.start_set
            and gloss.start() > 0
        ):
            span = _name_before(tokens, slots, tokens.index_at(gloss.start()))
            if span is not None:
                found.append(span)
    return found


def _before_owner_words(tokens: Tokens, knowledge: Knowledge) -> list[Span]:
    """Names right before an owner's word (X + 旗下 + Y, X + 子公司 + Y): what owns firms, units or brands is a
    firm; a person owning them is found as a person, and a generic word (集团 + 旗下) names no one. Not a name
    right after another owner's word, which is a unit of the owner before it (公司旗下 + 工业板块 + 子公司)."""
    owner_words = _alternation(frozenset(knowledge.owner_words))
    reach = max(map(len, knowledge.owner_words))
    found = []
    for word in owner_words.finditer(tokens.text):
        if word.start() not in tokens.start_set or word.start() == 0:
            continue
        span = _name_before(tokens, knowledge.name_slots, tokens.index_at(word.start()))
        if span is not None and owner_words.search(tokens.text, max(0, span[0] - reach), span[1]) is None:
            found.append(span)
    return found


def _before_name_glosses(tokens: Tokens, knowledge: Knowledge, chosen: list[Candidate]) -> list[Span]:
    """Names of two words or more right before a foreign name in brackets that glosses them (火山 + 光年（Norar）, see
    ``NAME_GLOSS``) and that no recogniser found, as a person or an organisation (see :func:`_before_glosses`).
    Not a term glossed with its English word: one word (智能体（Agent）), words of which one is generic (扩散 +
    模型（Diffusion）), or a name ending as a product's or a technology's does (代码 + 助手（Copilot）); nor a known
    product's gloss, nor a name a word of launching stands before in its clause (推出了新一代AI眼镜灵犀视界（Lumina）).
    """
    found_at = {(c.start, c.end) for c in chosen}
    heads = (*knowledge.product_tails, *knowledge.product_heads, *knowledge.technology_heads)
    found = []
    for gloss in NAME_GLOSS.finditer(tokens.text):
        if (
            gloss.span("name") in found_at
            or gloss.start() not in tokens.start_set
            or gloss.start() == 0
            or knowledge.is_product(gloss["name"].lower())
        ):
            continue
        span = _name_before(tokens, knowledge.name_slots, tokens.index_at(gloss.start()))
        if span is None or tokens.text.endswith(heads, *span) or _launched(tokens.text, knowledge, span[0]):
            continue
        words = _glossed_name_words(tokens, knowledge, span)
        if len(words) > 1 and not any(knowledge.is_generic(tokens.words[i], placed=False) for i in words):
            found.append((tokens.starts[words.start], span[1]))
    return found


def _launched(text: str, knowledge: Knowledge, start: int) -> bool:
    """Whether a word a product is launched or sold with stands before ``start`` in its clause."""
    clause = _CLAUSE_END.split(text[:start])[-1]
    return any(word in clause for word in knowledge.product_launches)


def _glossed_name_words(tokens: Tokens, knowledge: Knowledge, span: Span) -> range:
    """The words of the name in ``span`` before a gloss, past a description of the firm (电动车 + 制造商 + 白鹭 +
    灯塔（Oroix）) and past one ending with an organisation's suffix (投资集团 + 鲸鱼 + 纸鸢（Oroxx）)."""
    start = _without_descriptions(tokens, knowledge, *span)[0]
    if start >= span[1]:
        return range(0)
    first, last = tokens.index_at(start), tokens.index_at(span[1] - 1)
    suffixed = [i for i in range(first, last) if knowledge.suffix_of(tokens.words[i])]
    return range(suffixed[-1] + 1 if suffixed else first, last + 1)


def _before_posts(tokens: Tokens, knowledge: Knowledge, chosen: list[Candidate]) -> list[tuple[Span, bool]]:
    """Names right before a post whose holder is named after it (北辰语智 + 首席技术官 + 李明远, X + 联合创始人、
    总裁 + Y, X + 前 + CTO + Y) or that a person takes or leaves (卸任 + X + 董事长, 出任 + X + CTO): news
    names an executive by employer, post and name, the employer first. Only the posts a
    role can have (titles.yaml), not occupations (分析师), only from a word's start, and only names with a
    word LAC reads as a name: plain nouns there name the post's field (开发者 + 关系 + 主管). Each comes
    with whether it is one word LAC reads as a person's (德瑞克 + 首席执行官 + 周立群): a person holds no post
    of another, so one that is no Chinese name is the employer, as a clause's opening is; not one right
    after a post, which is its holder (X总裁 + 伊万诺夫 + 首席财务官 + 周立群: a list of executives), nor
    one before a post taken with no holder after it, its former holder (接替 + 德瑞克 + 首席执行官一职). Before a
    board post or a founder, which no field qualifies, the whole name is the employer as a clause's opening is,
    over an unknown organisation read short (青禾 of 青禾 + 数据 + 联合创始人). A coined name LAC reads half as a
    verb (松果 + 远航) is no run of name words: :func:`_coined_pair_before_post` reads it."""
    at = {c.start: c for c in chosen}
    post_ends = {c.end for c in chosen if c.label == "Title"}
    person_ends = {c.end for c in chosen if c.label == "Person"}
    found = []
    for title in chosen:
        if title.label != "Title" or title.canonical not in knowledge.role_titles:
            continue
        if title.start not in tokens.start_set:
            continue
        last = _past_space(tokens, tokens.index_at(title.start) - 1)
        if last >= 0 and tokens.words[last] in knowledge.name_slots.post_times:
            last -= 1
        if last > 0 and tokens.words[last] in knowledge.unit_regions:
            last -= 1  # the post's region (灯塔 + 琥珀 + 全球 + 副总裁): the employer is before it
        if last > 0 and tokens.words[last] == _DESCRIBING and tokens.tags[last - 1] != "PER":
            last = _past_space(
                tokens, last - 1
            )  # the employer's 的 (苏州月光数智 + 的 + CEO + 张伟, Norvex + 的)
        if last < 0:
            continue
        if glued := _glued_former_employer(tokens, knowledge, last):
            if _held(tokens.text, at, title, knowledge.name_slots.post_joins):
                found.append((glued, False))
            continue
        person = tokens.tags[last] == "PER"
        if person and tokens.starts[last] in post_ends:
            continue
        first = last if person else tokens.name_run_before(last)
        if first > last:
            pair = _coined_pair_before_post(tokens, knowledge, title, last + 1)
            if pair and (
                _taken(tokens, knowledge, at, title, pair[0])
                or _glossed_holder(tokens.text, person_ends, pair[0], title)
                or _held(tokens.text, at, title, knowledge.name_slots.post_joins)
            ):
                found.append((pair, False))
            continue
        if first > 0 and _modified(tokens, first - 1) and not _timed_name(tokens, first, last):
            continue
        span = _after_post_time(tokens.text, knowledge, tokens.starts[first], tokens.ends[last])
        if person:
            span = _before_glued_post_time(tokens.text, knowledge, *span)
        # A person-read word before a post someone takes is the one who held it (接替 + 德瑞克 + CEO一职).
        taken = not person and (
            _taken(tokens, knowledge, at, title, span[0])
            or _glossed_holder(tokens.text, person_ends, span[0], title)
        )
        named = tokens.has_name_word(*span) or _opening_nouns(tokens, knowledge, title, first, last)
        if named and (taken or _held(tokens.text, at, title, knowledge.name_slots.post_joins)):
            found.append((span, person or _unqualified_after_field(tokens, knowledge, title, span[0], last)))
    return found


def _past_space(tokens: Tokens, i: int) -> int:
    """Word ``i``, or the word before it when it is a space: Chinese text spaces a Latin name off the words around it
    (Norvex + 空格 + 的 + 空格 + CTO)."""
    return i - 1 if i > 0 and tokens.words[i].isspace() else i


def _timed_name(tokens: Tokens, first: int, last: int) -> bool:
    """Whether words ``first``..``last`` are a name after a time that opens the clause (今日凌晨 + Norvex + 的 + CTO): a
    time says when, and a word LAC reads as a name after it is none of a phrase it modifies (3月 + 营收)."""
    return tokens.tags[first - 1] in _TIME_TAGS and tokens.has_name_word(
        tokens.starts[first], tokens.ends[last]
    )


def _taken(
    tokens: Tokens, knowledge: Knowledge, at: dict[int, Candidate], title: Candidate, start: int
) -> bool:
    """Whether the post ``title``, its employer written from ``start``, is one a person takes or leaves
    (出任 + X + CTO) or whose unnamed holder acts right after it (X + 副董事长 + 周四 + 请辞): named by its firm."""
    return tokens.text.endswith(knowledge.person_verbs, 0, start) or _holder_acts(
        tokens.text, knowledge, at, title
    )


def _glossed_holder(text: str, person_ends: set[int], start: int, title: Candidate) -> bool:
    """Whether the employer at ``start`` and the post ``title`` gloss the person named right before them, set
    off by commas or brackets (张伟，X + 创始人，…; 张伟（X + CEO）): an apposition states the person's post."""
    if start < 1 or start - 1 not in person_ends:
        return False
    closing = _GLOSS_CLOSES.get(text[start - 1])
    return closing is not None and text.startswith(closing, title.end)


def _coined_pair_before_post(tokens: Tokens, knowledge: Knowledge, title: Candidate, i: int) -> Span | None:
    """A coined name of two two-character words right before ``title`` at word ``i``, its second word misread
    by LAC as a verb or an adjective (松果 + 远航 + 财务负责人 + 王磊, 海豚 + 跃动 + 董事长, 北辰 + 语智 + 副总裁),
    opening its clause or right after a preposition or a verb of taking a post (据 + X + 副总裁 + 张伟 + 介绍,
    出任 + X + CTO). Not before a post written bare that a field qualifies, whose field such words are (人才 +
    招聘 + 主管), nor with a field's word in the pair (产品 + 开发 + 副总裁: the vice-president's line)."""
    head = i - 2
    slots = knowledge.name_slots
    if (
        head < 0
        or not _coined_head(tokens, slots, head)
        or not misread_tail(tokens, slots, i - 1, _POST_TAIL_TAGS)
    ):
        return None
    span = (tokens.starts[head], tokens.ends[i - 1])
    opened = (
        _opens_clause(tokens, slots, head)
        or tokens.tags[head - 1] == _PREPOSITION
        or tokens.text.endswith(knowledge.person_verbs, 0, span[0])
    )
    # A verb of taking a post is the clause's own verb, no half of a name (加盟 + 松果 + 担任 + CTO).
    taking = tokens.text.endswith(knowledge.person_verbs, 0, span[1])
    if not opened or taking or {tokens.words[head], tokens.words[i - 1]} & knowledge.title_qualifiers:
        return None
    return None if _bare_field_post(tokens.text, knowledge, title) else span


def _bare_field_post(text: str, knowledge: Knowledge, title: Candidate) -> bool:
    """Whether ``title`` is a post a field or unit is written before (主管, 负责人: field_posts) written without its
    field: the nouns before it are then its field (人才招聘 + 主管), while before one written with it (财务负责人) they
    name the firm."""
    return title.canonical in knowledge.field_posts and not _with_field(text, knowledge, title)


def _with_field(text: str, knowledge: Knowledge, title: Candidate) -> bool:
    """Whether ``title`` is written with the field it serves (财务负责人, 算法副总裁)."""
    return text.startswith(tuple(knowledge.title_qualifiers), title.start)


def _opening_nouns(tokens: Tokens, knowledge: Knowledge, title: Candidate, first: int, last: int) -> bool:
    """Whether plain nouns ``first``..``last`` opening a clause before a post no field qualifies name its
    employer (蓝海 + 数据 + CEO + 张伟): a start-up is named with ordinary words, and such a post (a chief, a
    board post, a founder) is said with its firm, not its field. One word alone is a kind of firm or unit
    (公司 + 董事长), and a field or a generic word opens no name (产品 + 技术 + CTO). Before a head post a
    field may qualify (总裁, 副总裁, 总经理) only a pair of plain nouns does: see :func:`_noun_pair_firm`."""
    opening = tokens.words[first]
    return (
        first < last
        and (
            title.canonical in knowledge.unqualified_titles
            or _noun_pair_firm(tokens, knowledge, title, first, last)
        )
        and opening not in knowledge.title_qualifiers
        and not knowledge.is_generic(opening, placed=False)
        and _opens_clause(tokens, knowledge.name_slots, first)
    )


def _noun_pair_firm(tokens: Tokens, knowledge: Knowledge, title: Candidate, first: int, last: int) -> bool:
    """Whether two plain nouns before a head post are its employer (灯塔 + 琥珀 + 副总裁 + 李明): a coined firm
    of two ordinary words. A field or unit before such a post is a field's word (产品 + 技术 + 副总裁, 云计算 +
    业务 + 总裁), a verb's noun or a place (研发 + 中心, 中国 + 区), which LAC does not tag as two plain nouns of
    two characters each. Not before a post a bare field or unit is written before (主管, 总监: field_posts),
    unless the post is written with its field (灯塔 + 琥珀 + 算法负责人)."""
    pair = (first, last)
    # After a firm's coined head, a generic word is its tail (星河 + 智能) when the post has its field already.
    generic = pair[:1] if _with_field(tokens.text, knowledge, title) else pair
    return (
        last == first + 1
        and not _bare_field_post(tokens.text, knowledge, title)
        and all(tokens.tags[i] == _NOUN and len(tokens.words[i]) == 2 for i in pair)
        and not {tokens.words[i] for i in pair} & knowledge.title_qualifiers
        and not any(knowledge.is_generic(tokens.words[i], placed=False) for i in generic)
    )


def _glued_former_employer(tokens: Tokens, knowledge: Knowledge, i: int) -> Span | None:
    """The employer's name in word ``i`` when LAC glued a word of when before it and read the two as an
    adjective (原星云科技 + CTO + 张伟): a name ending with an organisation's suffix after the word of when."""
    word = tokens.words[i]
    time = next((w for w in knowledge.name_slots.post_times if word.startswith(w)), None)
    if tokens.tags[i] != _ADJECTIVE or time is None or not is_cjk(word):
        return None
    name = word[len(time) :]
    if (
        len(name) < MIN_NAME_LENGTH + 1
        or knowledge.suffix_of(name) is None
        or knowledge.is_generic(name, placed=False)
    ):
        return None
    return tokens.starts[i] + len(time), tokens.ends[i]


def _after_post_time(text: str, knowledge: Knowledge, start: int, end: int) -> Span:
    """The employer's name without a word of when LAC read into its front (前 + 月光集团 + 首席财务官: the post
    was held before), a place's name aside (前海 + 人寿)."""
    word = next((w for w in knowledge.name_slots.post_times if text.startswith(w, start)), None)
    if (
        word is None
        or text.startswith(knowledge.place_prefixes, start)
        or end - start - len(word) < MIN_NAME_LENGTH
    ):
        return start, end
    return start + len(word), end


def _before_glued_post_time(text: str, knowledge: Knowledge, start: int, end: int) -> Span:
    """The employer's name without a word of when or of acting that LAC read into its end with it as a
    person's name (银杏代 + 董事长: the acting chairman of 银杏; 松果前 + CEO)."""
    word = next((w for w in knowledge.name_slots.post_times if text.endswith(w, start, end)), None)
    if word is None or end - start - len(word) < MIN_NAME_LENGTH:
        return start, end
    return start, end - len(word)


def _unqualified_after_field(
    tokens: Tokens, knowledge: Knowledge, title: Candidate, start: int, last: int
) -> bool:
    """Whether ``title`` is one no field qualifies, after a name not closed before its last word: the field
    word ends the name (青禾 + 数据 + 首席执行官), but after a closing suffix it is the post's (星云科技 + 产品 +
    CEO)."""
    closed = tokens.text[start : tokens.starts[last]].endswith(knowledge.closing_suffixes)
    return title.canonical in knowledge.unqualified_titles and not closed


def _holder_acts(text: str, knowledge: Knowledge, at: dict[int, Candidate], title: Candidate) -> bool:
    """Whether what a person does (请辞, 离职: ``person_verbs``) follows ``title``, maybe after a date and a word
    of when (副董事长 + 周四 + 已 + 请辞): the post stands for its holder, whom the news does not name. Only a post
    no field qualifies (a chief, a board post), said with its firm: before a field's post (电机 + 工程 + 主管)
    the words are the field's."""
    if title.canonical not in knowledge.unqualified_titles:
        return False
    end = title.end
    date = at.get(end)
    if date is not None and date.label == "Date":
        end = date.end
    lead = next((w for w in knowledge.name_slots.leads if text.startswith(w, end)), "")
    return text.startswith(knowledge.person_verbs, end + len(lead))


def _held(text: str, at: dict[int, Candidate], title: Candidate, joins: tuple[str, ...]) -> bool:
    """Whether a person's name follows ``title``, maybe after more of their posts, each after one of
    ``joins`` and maybe after its own employer (总裁、首席执行官 + Y; 北辰语智 + 董事长、星云科技 + CEO + Y)."""
    end = title.end
    while True:
        end = past_spaces(text, end)
        after = at.get(end)
        if after is not None and after.label == "Person":
            return True
        following = _next_post(text, at, end + 1) if text.startswith(joins, end) else None
        if following is None:
            return False
        end = following.end


def _next_post(text: str, at: dict[int, Candidate], start: int) -> Candidate | None:
    """The post written at ``start``, or after an employer's name that opens there (星云科技 + CEO): one
    clause's few characters with no person in them (X董事长、李强、王芳 lists people, not one's posts)."""
    for position in range(start, min(len(text), start + _LONGEST_EMPLOYER + 1)):
        found = at.get(position)
        if found is not None and found.label in ("Title", "Person"):
            return found if found.label == "Title" else None
        if _NOT_IN_EMPLOYER.match(text, position):
            return None
    return None


def _misread_place(tokens: Tokens, start: int, end: int, sure: bool) -> bool:
    """Whether ``start``..``end``, read as a place, is a name LAC misread as one: named by a listed company's
    code or by a round or venue and opening with no known place (``sure``: 青峰海岸（2590）, 河马沙漠 +
    完成A轮融资, whatever LAC's scores say) or made of words tagged as places that LAC's own scores lean to
    read as an organisation (北辰语智), which a real place never is (乌鲁木齐, 拉斯维加斯, 杭州市: no lists
    hold them all)."""
    first, last = tokens.index_at(start), tokens.index_at(end - 1)
    places = [tokens.starts[i] for i in range(first, last + 1) if tokens.tags[i] == "LOC"]
    return sure or all(p in tokens.unsure_places for p in places)


def _known_place(knowledge: Knowledge, text: str, start: int) -> bool:
    """Whether the name at ``start`` opens with a place or country the knowledge holds (杭州, 美国 + 迎来新一轮融资
    潮): a region may open a clause about rounds, but a place no list knows, four characters or more, where a
    round or venue names a company is a coined name LAC misread (河马沙漠 + 完成A轮融资)."""
    return bool(knowledge.place_at(text, start))


def _name_before(tokens: Tokens, slots: NameSlots, i: int) -> Span | None:
    """The name ending before word ``i`` and the adverbs and times before it (已, 最近, 宣布), past the
    short form it declares in brackets (X（下称Y）); a name in quotes (“融云”) is the quoted text."""
    last = _before_leads(tokens, slots, i)
    declared = _DECLARED_BEFORE.search(tokens.text, 0, tokens.ends[last]) if last >= 0 else None
    if declared is not None:
        last = tokens.index_at(declared.start()) - 1
    quoted = _QUOTED_BEFORE.search(tokens.text, 0, tokens.ends[last]) if last >= 0 else None
    if quoted is not None:
        return quoted.span(1)
    first = tokens.name_run_before(last) if last >= 0 else 0
    if (
        first <= last
        and (first == 0 or not _modified(tokens, first - 1))
        and not _after_subject(tokens, slots, first)
    ):
        return tokens.starts[first], tokens.ends[last]
    return None


def _coined_pair_before(tokens: Tokens, slots: NameSlots, i: int) -> Span | None:
    """A coined name of two two-character words right before word ``i``, or before the adverbs there
    (北辰 + 智造 + 将 + 向Y供应), that opens its clause, its second word misread by LAC as a verb or a time
    (极光 + 出行, 奇点 + 未来 + 与Y合作), or None. Only the frame's own adverbs (``leads``) are passed over: after
    a time (X + 创立 + 至今 + 已完成…) the verb is one."""
    lead = i
    while lead > 0 and tokens.words[lead - 1] in slots.leads:
        lead -= 1
    for end in dict.fromkeys((i, lead)):
        if span := _coined_pair_ending(tokens, slots, end):
            return span
    return None


def _coined_pair_ending(tokens: Tokens, slots: NameSlots, i: int) -> Span | None:
    """A coined name of two two-character words right before word ``i`` that opens its clause (see
    :func:`_coined_pair_before`), or None."""
    head = i - 2
    if head < 0 or not misread_tail(tokens, slots, i - 1) or not _coined_head(tokens, slots, head):
        return None
    return (tokens.starts[head], tokens.ends[i - 1]) if _opens_clause(tokens, slots, head) else None


def _opens_clause(tokens: Tokens, slots: NameSlots, i: int) -> bool:
    """Whether word ``i`` opens its clause: the text's first word, or one after a clause's end or after a word
    opening the clause (随后, 而)."""
    before = tokens.words[i - 1] if i > 0 else "。"
    return _CLAUSE_END.fullmatch(before[-1]) is not None or before in slots.openers


def _coined_pair_after(tokens: Tokens, slots: NameSlots, i: int, after: re.Pattern[str]) -> bool:
    """Whether word ``i`` and the next make a coined name of two two-character words, the second misread by
    LAC as a verb or a time (北辰 + 智造), right before a match of ``after`` that lists or closes it (、, 等,
    a stop): a verb the deal's word follows is read right (与 + 农行 + 酝酿 + 合作)."""
    end = tokens.ends[i + 1] if i + 1 < len(tokens) else len(tokens.text)
    return (
        i + 1 < len(tokens)
        and _coined_head(tokens, slots, i)
        and misread_tail(tokens, slots, i + 1)
        and after.match(tokens.text, end) is not None
        and _LISTED_NEXT.match(tokens.text, end) is not None
    )


def _coined_head(tokens: Tokens, slots: NameSlots, i: int) -> bool:
    """Whether word ``i`` may open a coined name of two words: two Chinese characters LAC reads as a noun or
    a name, no noun of people or a group that is the clause's subject (股东 + 同意, 员工 + 反映 + 与Y…)."""
    word = tokens.words[i]
    return (
        len(word) == 2
        and is_cjk(word)
        and tokens.tags[i] in _COINED_HEAD_TAGS
        and word not in slots.group_nouns
    )


def misread_tail(
    tokens: Tokens, slots: NameSlots, i: int, tails: frozenset[str] = _MISREAD_TAIL_TAGS
) -> bool:
    """Whether word ``i`` may be the second word of a coined name that LAC read as a verb or a time (a tag of
    ``tails``): two Chinese characters, no word of when (今年, 近日) and no adverb of the frame (``leads``)."""
    word = tokens.words[i]
    return (
        len(word) == 2
        and is_cjk(word)
        and tokens.tags[i] in tails
        and not _dates(word)
        and word not in slots.leads
        and word not in slots.auxiliaries
    )


def _after_subject(tokens: Tokens, slots: NameSlots, first: int) -> bool:
    """Whether the nouns from word ``first`` follow a name and its adverb (深圳地铁 + 将 + 全方面 + 与Y合作): they
    say how the subject acts, and name no one."""
    return first >= 2 and tokens.words[first - 1] in slots.leads and tokens.name_part(first - 2)


def _modified(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` makes the nouns after it a phrase (其 + 团队, 3 + 月份), not a name; an item
    number of a list (4. + 锐取信息) does not."""
    return tokens.tags[i] in _NOT_BEFORE_NAMES and not tokens.words[i].endswith(_ITEM_NUMBER_ENDS)


def _between(
    tokens: Tokens,
    slots: NameSlots,
    descriptors: tuple[str, ...],
    before: re.Pattern[str],
    after: re.Pattern[str],
) -> list[Span]:
    """Names right after a match of ``before`` (or after a description there ending with one of
    ``descriptors``: 在 + 自动驾驶创企 + X + 担任) and right before one of ``after``; a coined name of two
    words whose second LAC misreads as a verb or a time (与 + 北辰 + 智造 + 等企业) too."""
    found = []
    for match in before.finditer(tokens.text):
        start = match.end()
        if start >= len(tokens.text) or tokens.tags[tokens.index_at(match.start())] in _NOT_FRAME_TAGS:
            continue
        if start - match.start() == 1 and match.start() not in tokens.start_set and start in tokens.end_set:
            continue  # one character ending a word of its own (草原, 参与, 现在) is no frame word
        if start - match.start() == 1 and tokens.text[match.start() - 1 : start] in slots.time_words:
            continue  # nor one ending a word of time LAC cut apart (此 + 前)
        first = tokens.index_at(start)
        if _split_verb(tokens, match.start(), start, first):
            continue
        glued = tokens.starts[first] < start  # LAC read the frame word and the name as one word
        if glued and tokens.tags[first] in _NOT_GLUED_NAMES:
            continue
        last = tokens.name_run_after(first + 1 if glued else first)
        if glued and last < first:
            last = first
        end = tokens.ends[last] if last >= first else start
        # What the pattern asks follows the name's Latin gloss, if any (与 + 松鼠瀑布 +（Kivon）+ 签署).
        gloss = _LATIN_GLOSS.match(tokens.text, end)
        if last >= first and (
            after.match(tokens.text, gloss.end() if gloss else end)
            or (end := _glued_after(tokens.text, after, start, end))
        ):
            found.append((start, end))
        elif last == first and not glued and _coined_pair_after(tokens, slots, first, after):
            found.append((start, tokens.ends[first + 1]))
        elif described := _described_before(tokens, descriptors, after, start):
            found.append(described)
    return found


def _split_verb(tokens: Tokens, frame: int, start: int, first: int) -> bool:
    """Whether the frame word at ``frame`` and the one character after it, at ``start``, are one verb LAC reads
    as one word or splits into two (前往; 前 + 来, 前 + 去): one goes somewhere, and the verb's second half
    opens no name (往 + 月光智能 + CEO)."""
    if tokens.starts[first] < start:  # LAC read the frame word and what follows as one word
        return tokens.tags[first] == "v" and tokens.ends[first] == start + 1
    return (
        tokens.tags[tokens.index_at(frame)] == "v"
        and len(tokens.words[first]) == 1
        and tokens.tags[first] == "v"
    )


def _described_before(
    tokens: Tokens, descriptors: tuple[str, ...], after: re.Pattern[str], start: int
) -> Span | None:
    """The name between a description opening at ``start`` (领先的机器人创企, whatever LAC reads its field
    words as) and a match of ``after`` within its clause, or None: news puts what a firm does before its
    name, and the description ends with a word saying it is a firm."""
    clause = tokens.text[start : min(_clause_end(tokens.text, start), start + _LONGEST_DESCRIBED)]
    if not any(d in clause for d in descriptors):
        return None  # no description here: most frame words (与, 在) name their firm right after them
    for position in range(MIN_NAME_LENGTH, len(clause) - MIN_NAME_LENGTH + 1):
        if not after.match(clause, position):
            continue
        opening = clause[: position - MIN_NAME_LENGTH]
        ends = [opening.rfind(d) + len(d) for d in descriptors if d in opening]
        name_start, name_end = start + max(ends, default=0), start + position
        if ends and name_start in tokens.start_set and name_end - name_start <= MAX_NAME_LENGTH:
            first = tokens.index_at(name_start)
            last = tokens.name_run_after(first)
            return (name_start, name_end) if last >= first and tokens.ends[last] >= name_end else None
        return None
    return None


def _glued_after(text: str, after: re.Pattern[str], start: int, end: int) -> int:
    """Where a match of ``after`` starts inside the name run ``start``..``end`` that LAC glued to the
    name (与 + 东岭大学共建联合实验室 as one word: the name ends before 共建), or 0."""
    for position in range(start + MIN_NAME_LENGTH, end):
        if after.match(text, position):
            return position
    return 0


def _describing_word(tokens: Tokens, knowledge: Knowledge, words: list[int], k: int) -> bool:
    """Whether the ``k``-th of ``words`` describes the name after it: a generic word (明星企业), an owner's
    (旗下), one glued before names (老东家), a word of hearsay (传闻) or a maker named by its trade and works (模组厂 + X,
    代工厂 + X: ``maker_marks``; in a company's place, the name follows) of two characters or more, or a
    one-character word ending a description after the noun before it (零件 + 商: ``description_marks``)."""
    word = tokens.words[words[k]]
    if len(word) >= MIN_NAME_LENGTH:
        return (
            knowledge.is_generic(word, placed=False)
            or word in knowledge.owner_words
            or word in knowledge.glued_before_names
            or word in knowledge.hearsay_words
            or word.endswith(knowledge.maker_marks)
        )
    return (
        k > 0
        and word in knowledge.name_slots.description_marks
        and tokens.tags[words[k - 1]] in _DESCRIBED_TAGS
    )


def after_glued_mark(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> int:
    """Where a name in ``start``..``end`` starts that LAC read with a description's mark glued to its front, after
    the noun of the firm's line (设备 + 商星云科技: a maker of equipment, 星云科技): after the mark, when two
    characters or more come before the name's suffix (商汤科技 keeps its 商: 汤 alone is no name)."""
    for i in reversed(range(max(tokens.index_at(start), 1), tokens.index_at(end - 1) + 1)):
        at = tokens.starts[i]
        found = knowledge.suffix_of(tokens.text[at + 1 : end])
        if (
            at >= start
            and tokens.text[at] in knowledge.name_slots.description_marks
            and tokens.tags[i - 1] in _DESCRIBED_TAGS
            and found is not None
            and end - at - 1 - len(found[0]) >= MIN_NAME_LENGTH
        ):
            return at + 1
    return start


def _without_descriptions(tokens: Tokens, knowledge: Knowledge, start: int, end: int) -> Span:
    """The span without the description or owner before the name (明星企业 + X, 公司 glued to X, A旗下 + X,
    老东家 + X: up to its last describing word, :func:`_describing_word`; one character is no description but a
    mark after a noun: 云 + 帆织梦 is a name, though 云 ends some, 阿里云) and the plain nouns after it that LAC reads on (X + 公告, also
    inside LAC's word: 雪山公司甲方 of a contract's parties), and a word of hearsay (星云科技传). The
    space between the words of a Latin name (Northwind + Interactive) is part of the name, no description."""
    words = list(range(tokens.index_at(start), tokens.index_at(end - 1) + 1)) if start < end else []
    while words and tokens.words[words[-1]] in knowledge.name_slots.trailing:
        words.pop()
    described = [k for k in range(len(words) - 1) if _describing_word(tokens, knowledge, words, k)]
    words = words[described[-1] + 1 :] if described else words
    if not words:
        return start, start
    start, end = max(start, tokens.starts[words[0]]), min(end, tokens.ends[words[-1]])
    lead = next(
        (
            s
            for s in knowledge.suffixes
            if len(s) >= MIN_NAME_LENGTH and tokens.text.startswith(s, start) and end - start - len(s) >= 2
        ),
        "",
    )
    tail = max(
        (
            t
            for t in knowledge.name_slots.trailing
            if tokens.text.endswith(t, start, end) and end - start - len(t) >= 2
        ),
        key=len,
        default="",
    )
    end -= len(tail)
    return start + len(lead), start + len(knowledge.before_hearsay(tokens.text[start:end]))


def _after_description(knowledge: Knowledge, text: str, start: int, end: int) -> int:
    """Where the name starts in a clause opening when a description heads it and LAC glued the two
    (储能电站运营 + 商澄远 + 储能: the name follows the descriptor 运营商). A description's head glued to the name
    (激光雷达 + 龙头星云科技) is cut before, for every slot, by :meth:`Knowledge.after_description_head`."""
    found = [m for m in knowledge.appositive.finditer(text, start, end) if m.end("name") == end]
    return found[-1].start("name") if found else start


def _clause_end(text: str, position: int) -> int:
    found = _CLAUSE_END.search(text, position)
    return found.start() if found else len(text)


def _missed_company(
    tokens: Tokens,
    chosen: list[Candidate],
    knowledge: Knowledge,
    span: Span,
    by_clause: bool,
    misread_place: bool,
    lone: bool,
) -> bool:
    """Whether ``span`` reads as a company's name the recognisers missed. One a round or venue
    names that is no Chinese person's name (``by_clause``) may be one plain noun (画桥) and may hold what they
    read as a person (云帆 + 创新, Kalvor, 卡罗维) or as an unknown organisation cut short (奇鹿 of 奇鹿家). A
    place may open the name (深圳 + 月光智能) but not be all of it: a city a company signs with (与深圳签约) is
    the place, no company, unless LAC misread a name as a place (``misread_place``: its scores lean to an
    organisation, as for 北辰语智 before a post and its holder). Plain nouns ending in a
    department's word are a unit of a company (在研发部担任主管, 在财务部门工作), no employer of their own. One
    plain noun of two characters names a firm only there or in a slot narrow enough (``lone``: 从 + 松果 + 离职)."""
    start, end = span
    name = tokens.text[start:end]
    longest = MAX_LATIN_NAME_LENGTH if name.isascii() else MAX_NAME_LENGTH
    if not MIN_NAME_LENGTH <= len(name) <= longest or knowledge.is_generic(name, placed=False):
        return False
    if name in knowledge.declared_roles or name in knowledge.party_words or name in knowledge.party_roles:
        return False  # a party named by its role in a deal (招标人, 甲方, 承包人)
    if name.endswith(knowledge.name_slots.documents):
        return False  # a document (中标通知书和合同)
    if tokens.text.endswith(_TITLE_CLOSE, 0, start):
        return False  # an edition or part of the work titled right before (《星河漫游》国际版 + 即将上市)
    if name.endswith(knowledge.name_slots.audiences):
        return False  # the people a company serves (为全球用户提供, 向开发者提供)
    if name.endswith(knowledge.name_slots.assets):
        return False  # what a firm owns, bought or sold without the firm (收购西湖地块, 收购星火团队)
    if any(word in name for word in knowledge.owner_words):
        return False  # a unit named only by its owner (X子公司, X旗下公司完成融资): no name of its own
    if knowledge.is_product(name) or _MODEL_CODE.search(name):
        return False  # a product taken up, no maker (接入Llama的开源版本), or a model (Model Y采用…)
    country = next((c for c in knowledge.countries if name.startswith(c)), "")
    place = country or knowledge.place_at(tokens.text, start)
    if place and len(name) > len(place) and knowledge.is_generic(name[len(place) :], placed=False):
        return False  # a kind of firm of a country (美国 + 金融机构), or of a place (香港 + IPO)
    if name.endswith(knowledge.departments) and not tokens.has_name_word(start, end):
        return False
    first, last = tokens.index_at(start), tokens.index_at(end - 1)
    if not (by_clause or lone) and first == last and tokens.tags[first] == "n" and len(name) <= 2:
        return False  # one plain two-character noun (团队, 员工) names no one
    if (
        not by_clause
        and start == tokens.starts[first]
        and _an_action(tokens, knowledge, first, last)
        and _QUOTED_BEFORE.search(tokens.text, 0, end + 1) is None
    ):
        return False
    if all(
        tokens.tags[i] in _NO_NAME_TAGS and not tokens.is_latin(i) and not _mixes_latin(tokens.words[i])
        for i in range(first, last + 1)
    ):
        return False  # function words only: the end of a name LAC split (饿 + 了 + 么 of 饿了么), a time (之 + 前)
    inside = [c for c in chosen if c.start < end and start < c.end]
    if not misread_place and any((c.start, c.end, c.label) == (start, end, "Location") for c in inside):
        return False
    replaced = ("Location", "Person") if by_clause else ("Location",)
    return all(
        start <= c.start
        and c.end <= end
        and (
            c.label in replaced
            or (c.label == "Date" and not _dates(tokens.text[c.start : c.end]))
            or (by_clause and c.label in ORG_LABELS and c.entity_id is None)
            or _cut_short(tokens.text, knowledge, c, start, end)
        )
        for c in inside
    )


def _an_action(tokens: Tokens, knowledge: Knowledge, first: int, last: int) -> bool:
    """Whether words ``first``..``last`` tell what someone does rather than name them: one verb or time
    (选择 + 与Y合作), or a generic noun or an audience and such a word (用户 + 可以 + 与Y签约). Not a name
    LAC glued to the frame's verb (加盟依图 read as one verb) nor one in quotation marks (“融云”, read as a
    verb): the caller checks both."""
    if tokens.tags[last] not in _MISREAD_TAIL_TAGS or not is_cjk(tokens.words[last]):
        return False  # LAC tags Latin names as anything (SINCHENG as a verb)
    head = tokens.words[first]
    return first == last or (
        first + 1 == last
        and (
            knowledge.is_generic(head, placed=False)
            or head.endswith((*knowledge.name_slots.audiences, *knowledge.name_slots.assets))
        )
    )


def _dates(word: str) -> bool:
    """Whether a time word dates what is told (今年, 周三), rather than being a name's word LAC read as a time
    (奇点 + 未来)."""
    return any(c in _DATING_CHARACTERS for c in word)


def _cut_short(text: str, knowledge: Knowledge, candidate: Candidate, start: int, end: int) -> bool:
    """Whether ``candidate`` is an unknown organisation the recognisers cut short at the start of the slot
    ``start``..``end``: LAC reads the two-character head of a coined name as one (青禾 + 数据, 云帆 + 视觉) and
    the plain noun after it apart. A longer one is whole (伟世通 + 全球 + 担任: the post's scope follows), and
    so is one that ends with an organisation's suffix (星云科技 + 芯片: its product follows)."""
    return (
        candidate.label in ORG_LABELS
        and candidate.entity_id is None
        and candidate.start == start
        and candidate.end - candidate.start <= _COINED_HEAD
        and candidate.end < end
        and knowledge.suffix_of(text[candidate.start : candidate.end]) is None
    )
