"""Frame builders: which names around a trigger fill which slot of an event.

An event type names its builder (``builder`` in its file under
``data/event_types``); each builder takes a sentence reader and one trigger
and returns drafts (events being filled). The frame of the trigger's group
chooses between argument orders: "张三离职" (subject), "X任命张三"
(object), "X被Y收购" (passive), "X将Y出售给Z" (sell), "由X领投" (invest),
"X与Y合作" (mutual), "X中标Y项目" (bid). A coordinated group of names gives
one draft per member for single-participant types. Builders read their
type's cue words (statuses, kinds, investor and tenderer markers) from the
type, never from another type, so several types can share one builder.

A builder may also live in its own module: a type naming ``module:function``
gets that function (see :func:`builder`).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise

from newsgraph.ingest.event_types import EventType, TriggerGroup
from newsgraph.ingest.nlp.events.args import is_title
from newsgraph.ingest.nlp.events.reader import (
    Draft,
    SentenceReader,
    Trigger,
    employer_of,
    nearest_match,
    nearest_to,
    normalise_round,
)
from newsgraph.ingest.nlp.events.rules import longest_first
from newsgraph.ingest.nlp.events.sentences import Name
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.records import Event

# A product's model code ("G9", "M300", "Mate 60", "iPhone 15"): what such a code precedes comes on the market or
# leaves it ("X宣布iPhone 8退市"), not on a board. Not a sum or a date after a Latin name ("Google 10亿美元").
_MODEL_CODE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,6}\s?\d{1,4}[A-Za-z]?(?![\d.]|\s?[年月日号亿万])")
# A model number of two or three digits right after the maker's name, before a word of its coming out
# ("星云汽车001于今日正式上市", "月光 007已经上市"): a car or device comes on the market, no firm goes public.
# Not a day or a count ("10日", "30亿"), spaced as some outlets write them ("星云科技 20 日在港上市"): a space
# after the digits only goes before one of those words.
_MODEL_NUMBER = re.compile(r"\s?\d{2,3}\s?(?=正式|已|于|将|即将|今|的|上市)")
# A product right after the 的 closing a listing phrase: a brand and a model code, letters and digits or one capital
# ("即将上市的星云X9", "上市的小米SU7", "上市的星云V"), what comes on the market; not a word in Latin letters ("上市
# 的国产AI芯片第一股X") nor a class of shares ("H股").
_PRODUCT_AFTER = re.compile(
    r"的[\u4e00-\u9fff]{1,6}\s?(?:[A-Za-z]{1,4}\s?\d{1,4}[A-Za-z]?|[A-Z])(?![A-Za-z\d股])"
)
# A count of years, maybe after 满 ("满10", "五", "二十"), before an anniversary word ("上市满10周年").
_YEARS_COUNTED = re.compile(r"满?\s?(?:\d{1,3}|[一二两三四五六七八九十百]{1,3})\s?")
# A title in marks (《X》): a work's, a filing's or an outlet's.
_TITLED_WORK = re.compile(r"《([^《》]{1,40})》")
# The most characters of time words between an appointment word and the 的 of a phrase it opens describing a
# person ("上任不久的X发言人王芳"), and of a post's noun after it.
_DESCRIBING_LEAD = 4
# Words closing a fronted time phrase whose subject follows it ("上市以来，X...").
_FRONTED = ("以来", "之后", "至今")
# Words ending a fronted time clause after an event ("离开X后，…").
_AFTER_WORDS = ("后", "之后", "以后")
# Colons opening a list.
_COLONS = ("：", ":")
# Aspect marks and spaces between a leaving word and what it acts on ("离开了X", "离开过X").
_OBJECT_LEAD = "了过 "
# Latin letters opening a word of leaving's object, maybe a name with digits, spaces and marks ("cnblue").
_LATIN_OPENING = re.compile(r"[A-Za-z][A-Za-z0-9 .&'-]*")
# Marks closing a quotation or a bracket.
_CLOSERS = "”’」』）)\"'"
# Clause inclusion words that add people to those the clause names ("与A一同离开的还有B"), not name them ("离开的是A").
_ALSO_INCLUSION = ("还有", "另有")
# How many characters of a unit may stand between an organisation and a title it heads (非洲地区负责人).
_UNIT_CHARS = 6
# Frames of the trigger groups that report a won bid, and the kind of their events.
_BID_FRAMES = ("bid", "bid_after", "bid_role")
_BID_KIND = "bid"
# The few letters between a project's owner and the trigger, naming the project ("智慧园区项目").
_PROJECT_GAP = re.compile(r"[^\W\d_]{1,12}")
# The longest title between a past employer and the person it describes ("前X + 首席研究员 + 张三").
_FORMER_TITLE_REACH = 10
# What stands between an owner and its partner noun: "的" and a few words qualifying it ("X的重要合作伙伴").
_OWNER_GAP = re.compile(r"(?:的[^\W\d_]{0,4})?")
# What stands between a word referring to a firm and its partner or customer noun: "的" at most and a few words
# qualifying the noun ("其最大客户", "该公司的主要客户").
_REFERRED_OWNER_GAP = re.compile(r"的?[^\W\d_]{0,4}")
# What stands between a list owning a supplier or customer word and the word: a few words counting or naming
# its members' kind, then "的" and a few letters ("A、B两家车企的首批").
_GROUP_OWNED = re.compile(r"[^\W\d_]{0,6}的[^\W\d_]{0,6}")
# What may open a clause before its first name (punctuation, spaces), and a copula with the founders after it
# ("X是由A与B…", "X系A和B…").
_OPENING_MARKS = re.compile(r"[\s，,；;：:]*")
# What may open a digest item before the company heading it ("【X：…"), and what follows that company up to its
# colon: a stock code or quote in brackets at most ("X(600000.SH)：", "X（15.970,-0.25,-1.54%）：").
_HEAD_OPENING = re.compile(r"[\s【\[]*")
_HEAD_COLON = re.compile(r"\s*(?:[（(][^）)]{0,40}[）)])?\s*[：:]")
# Three letters or more in a row right before a trigger: a name or a phrase, more than a word of time (今日); a
# quoted word is a label (“一锅端”裁员).
_LONG_WORD_RUN = re.compile(r"[^\W\d_]{3,}$")
_COPULA_BY = re.compile(r"\s*(?:是|为|系)由?\s*")
# What stands between what is founded and its founders after "由": maybe a copula and a time ("是2015年3月由",
# "于2015年由"), then "由" ("X由A与B合资组建").
_FOUNDED_BY = re.compile(r"\s*(?:是|为|系)?[^\s，,。；;：:由]{0,12}?由\s*")
# Labels of names that tell a time, not a party.
_TIME_LABELS = ("Date", "Time")
# What stands between the owner of a supplier or customer word and the word: a product of its in Latin letters,
# maybe, then "的" and a few letters qualifying the word ("C HBM的主要"), or nothing ("均为C供应商").
_OWNED_WORD = re.compile(r"\s*[A-Za-z0-9]{0,12}\s*(?:的[^\W\d_]{0,4})?")
# A stock code or market noted right after a company's name ("(600001.SH)", "（002266）").
_STOCK_CODE = re.compile(r"^\s*[（(][^）)]{1,24}[）)]")
# The company an article is about, "公司" alone, joined to others ("公司及子公司Y", "公司与Y组成的联合体"); not the
# end of a firm's name ("X有限公司与Y").
_COMPANY_JOINED = re.compile(r"(?<![限份团子孙属])公司[及与和、]")
# Marks and spaces a clause may end with.
_CLAUSE_MARKS = " \u3000，,。；;！!？?：:、"
# What may stand between a founding word and the name of what is founded ("成立了X", "设立的X", "组建而成的X"), a
# description of a firm maybe between ("筹建的支线航空公司X", "成立了一家新公司X"), the name maybe quoted or
# called so ("成立合资公司“X”", "成立了名为“X”的合资公司").
_FOUNDED_GAP = re.compile(
    r"(?:而成)?[了的]?(?:一家|新)?(?:[^\W\d_]{0,6}(?:公司|企业|集团|平台|机构))?(?:名为|名叫|叫做|称为)?[“\"「『]?"
)
# Words giving a name right before it ("名为“X”", "名叫X").
_CALLED = re.compile(r"(?:名为|名叫|叫做|取名为?|命名为)[“\"「『]?$")
# The longest name of a unit written after its parent's ("计算机科学与技术学院").
_LONGEST_UNIT = 10
#: What may stand between "除了" and the firms it names: a few letters of time ("除了之前的X").
_BESIDES_LEAD = re.compile(r"[^\W\d_]{0,3}")
#: The longest run from "还" to "与" in "Y还与Z" ("还将于近日与", "还已经正式与").
_ALSO_REACH = 8
# Text within one clause (no clause punctuation).
_IN_ONE_CLAUSE = re.compile(r"[^，,。；;：:！!？?]*")
# What may stand between a "named_after" word and the organisation it names ("接入了X的大模型").
_NAMED_AFTER_GAP = re.compile(r"了?")
# ... and what puts the subject's product on the organisation named after it ("X的芯片搭载于Y的车型", "X的模型部署在
# Y的云上"): the subject makes what the one named after takes up.
_PLACED_ON_GAP = re.compile(r"[于在]了?")
# Words between a passive customer and the take-up word that join a second act of the subject's ("X获Y投资并
# 采用其芯片", "X获得Y投资后采用"): the name after the marker received or did something else, no taking up.
_SECOND_ACT = re.compile(r"[并后再又还]")
# Letters at most between a supplier's last customer and the word: farther, the beneficiary word belongs to
# another verb ("Y向X发行股份收购资产的方式打造…": X takes shares, no supply), not "为X的全国门店量身打造".
_PROVIDED_REACH = 10
# Words after "与" up to the first name read, no name themselves: a run of a would-be name (letters, brackets)
# with no clause punctuation or "的", maybe closed by a list mark ("东岭新区", "东岭基金合伙企业(有限合伙)、").
_UNREAD_PARTY = re.compile(r"[^\W_][^\s，,。；;：:！!？?、的《》“”「」]{1,30}、?")
# What may stand between a buyer and its word of buying: a few letters ("拟", "将", "宣布").
_BUYER_GAP = re.compile(r"[^\W\d_]{0,3}")
# What may stand between a word of means and the name it leads to, a description of a firm ending it ("通过海外全资
# 子公司Y", "通过旗下Y"): letters only, no "与", "和", "向" (a partner named, "通过与Y的合作") nor list mark.
_VEHICLE_GAP = re.compile(r"[^\W\d_与和同跟向对及、]{0,12}")
# What joins the members of a list of names ("A、B和C"), not a party to another ("A与B").
_LIST_MARKS = ("、", "，", ",", "和", "及", "以及")
# What stands between two members of a list and nothing else ("A、B", "A和B").
_LIST_GAP = re.compile(rf"\s*(?:{'|'.join(map(re.escape, _LIST_MARKS))})\s*")
# What joins the members of a list of people and nothing else, no comma that may end a clause ("A、B和C").
_MEMBER_JOINS = ("、", "和", "及", "以及")
# What joins a name to the first of a pair after it into one list ("A、B与C").
_PAIR_OPENER = re.compile(rf"\s*(?:{'|'.join(map(re.escape, _LIST_MARKS))})?\s*")
# A quoted title: a project, a tender or a notice between quotation marks or title marks.
_QUOTED_TITLE = re.compile(r"“[^“”]*”|《[^《》]*》|「[^「」]*」")

Builder = Callable[[SentenceReader, Trigger], list[Draft]]


def _holders(reader: SentenceReader, trigger: Trigger) -> tuple[list[Name], list[Name]]:
    """The organisations acting on a job change, and the people (or bare titles) it happens to.

    A named person is preferred; a title stands in for an unnamed one
    ("X公司CTO离职"). The trigger's clause is searched before the rest of the sentence, where a clause
    without a subject continues the topic of the one before ("张三与同事李四出席发布会，随后宣布离职": 张三).
    """
    find = reader.find
    if trigger.group.frame == "object":
        # The one acting employs: an outlet heading the story ("（X日报）Y今日公布，委任…") does not.
        not_kinds = _own_type(reader, trigger).slots["org"].not_kinds

        def employer(name: Name) -> bool:
            # "原X副总裁" names where a person worked, never the one acting now.
            return find.is_org(name) and find.employs(name, not_kinds) and not _formerly_held(reader, name)

        agent, people = find.agent_patient(employer, find.is_person, (trigger.start, trigger.end))
        if not people:
            people = _listed_objects(reader, trigger)
        if not people:
            agent, people = find.agent_patient(employer, is_title, (trigger.start, trigger.end))
        return agent, people
    clause_start, _ = reader.sentence.clause_of(trigger.start)

    def successor(name: Name) -> bool:
        return (
            find.is_person(name)
            and not _replaced(reader, name)
            and not _followed_one(reader, name)
            and not (_gone_before(reader, name) and clause_start <= name.start)
            and not _owner_of_leavers(reader, trigger, name)
        )

    aside = _aside_people(reader, trigger, successor)
    if aside:
        return [], aside
    named = find.before(successor, trigger.start, clause_start)
    if named:
        return [], named + [n for n in _also_listed(reader, trigger, successor) if n not in named]
    lost = _lost_people(reader, trigger, successor)
    if lost:
        return [], lost
    listed = _included(reader, trigger, successor)
    if listed:
        return [], listed
    titles = [t for t in find.before(is_title, trigger.start, clause_start) if not _followed_one(reader, t)]
    if titles:
        return [], [_referred_person(reader, t) or t for t in titles]
    group = reader.group_people(trigger.start)
    if group:
        return [], group
    pronoun = reader.pronoun_person(trigger.start) or _subject_pronoun(reader, trigger)
    if pronoun:
        return [], [pronoun]
    if _organisation_subject(reader, trigger):
        return [], []
    left_out = reader.left_out_person(trigger)
    return [], (
        _fronted_subject(reader, trigger, successor)
        or find.subject(successor, trigger.start)
        or _pronoun_topic(reader, trigger)
        or ([left_out] if left_out else [])
    )


def _owner_of_leavers(reader: SentenceReader, trigger: Trigger, person: Name) -> bool:
    """Whether a person before the trigger owns, with 的, the people of a person noun who do it ("X主管张三的团队又有
    一名高管离开": 张三 stays; "张三的离开" is his own): a ``person_nouns`` word between 的 and the trigger, no
    one named there."""
    if not person.end <= trigger.start:
        return False
    between = reader.sentence.slice(person.end, trigger.start)
    if not between.startswith("的") or reader.find.in_range(reader.find.is_person, person.end, trigger.start):
        return False
    return reader.rules.person_nouns.search(between) is not None


def _aside_people(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The people a leaving word in a bracketed aside is about: those named in the brackets before it, else
    the one the brackets follow ("张三和李四（李四已于去年离开X）", "张三、李四（已离职）和王五": 李四 alone), not
    everyone listed before the brackets."""
    before = reader.sentence.slice(reader.sentence.start, trigger.start)
    opening = max(before.rfind("（"), before.rfind("("))
    if opening < 0 or max(before.rfind("）"), before.rfind(")")) > opening:
        return []
    at = reader.sentence.start + opening
    inside = reader.find.before(pick, trigger.start, at)
    if inside:
        return inside
    glossed = [
        n
        for n in reader.find.names
        if pick(n) and n.end <= at and not reader.sentence.slice(n.end, at).strip()
    ]
    return glossed[-1:]


def _lost_people(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The people a word of losing staff takes as its object (``lost_people`` cue words: "X流失了CTO张伟、COO
    李强等多位高管"): those named after it in its clause are the ones who left the organisation before it."""
    if reader.sentence.slice(trigger.start, trigger.end) not in _own_type(reader, trigger).cue("lost_people"):
        return []
    _, clause_end = reader.sentence.clause_of(trigger.start)
    return reader.find.after(pick, trigger.end, clause_end)


def _words_between(reader: SentenceReader, lo: int, hi: int, pick: Callable[[Name], bool]) -> str:
    """The text from ``lo`` to ``hi`` less the picked names standing there (the titles before a person, the
    organisations and titles of a phrase describing one): what else is written between them."""
    words = reader.sentence.slice(lo, hi)
    for name in reader.find.in_range(pick, lo, hi):
        words = words.replace(name.text, "", 1)
    return words


def _subject_pronoun(reader: SentenceReader, trigger: Trigger) -> Name | None:
    """The person a word opening the trigger's clause stands for (``person_subjects``: "据悉，其已于近日离职"),
    when no organisation is named before it in the sentence, nor, for a word organisations do too
    (``organisation_leaving``), in the sentence before naming no person, whose the word would be ("X称，其将
    退出…", "X发布公告。其已退出欧洲市场"), and
    no noun it owns follows it (``person_subject_next``: "其团队已退出该项目" is the team's doing)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    opening = reader.sentence.slice(clause_start, trigger.start)
    rules = reader.rules
    word = next((w for w in rules.person_subjects if opening.startswith(w)), None)
    if word is None or opening.startswith(rules.person_subjects_except):
        return None
    rest = opening[len(word) :]
    if rest and not (rest[0].isdigit() or rest.startswith(rules.person_subject_next)):
        return None
    if reader.find.before(reader.find.is_org, clause_start):
        return None
    earlier = reader.find.before(reader.find.is_person, clause_start)
    leaving = reader.sentence.slice(trigger.start, trigger.end)
    if not earlier and reader.context.organisations_last and leaving in rules.organisation_leaving:
        return None
    person = earlier[-1].entity if earlier else reader.context.last_person
    return Name("Person", clause_start, clause_start + len(word), word, person) if person else None


def _titled_start(reader: SentenceReader, name: Name) -> int:
    """Where a name starts together with the title right before it, if any ("CTO张三")."""
    title = next((t for t in reader.find.names if is_title(t) and t.end == name.start), None)
    return title.start if title is not None else name.start


def _followed_one(reader: SentenceReader, name: Name) -> bool:
    """Whether a person or title stands after a word of following, maybe with the person's title between
    ("跟随 + 创始人 + 张三 + 加入公司"): the one followed, not the one who acts."""
    before = reader.sentence.slice(reader.sentence.start, _titled_start(reader, name))
    return before.endswith(reader.rules.follow_markers)


def _gone_before(reader: SentenceReader, name: Name) -> bool:
    """Whether a person is the one whose change the clause says its own follows, inside the clause ("李四继CTO张三
    之后离职", "李四是继张三之后第二位离开X的高管"): the opening word of ``followed_change`` right before them
    (their title maybe between) and a closing word right after; the subject before it is the one who acts."""
    rules = reader.rules
    before = reader.sentence.slice(reader.sentence.start, _titled_start(reader, name))
    closing = rules.followed_closing.match(reader.sentence.slice(name.end, reader.sentence.end))
    return rules.followed_opening.search(before) is not None and closing is not None and bool(closing.group())


def _organisation_subject(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the trigger's clause opens with an organisation, named or referred to ("张三表示，公司将退出
    欧洲市场", "张三称，星云科技不会离开中国"), as its subject: then an organisation leaves a market or a
    business, and the person of a clause before is the one speaking. Not when a pronoun stands between it
    and the trigger, who is the one leaving ("公司已批准其辞职")."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    opening = reader.sentence.slice(clause_start, trigger.start).lstrip()
    first = next(iter(reader.find.in_range(lambda _: True, clause_start, trigger.start)), None)
    named = first is not None and reader.find.is_org(first) and opening.startswith(first.text)
    word = next((w for w in reader.rules.organisation_subjects if opening.startswith(w)), "")
    if not (named or word):
        return False
    rest = opening[len(first.text) if named and first else len(word) :]
    return not any(p in rest for p in (*reader.rules.person_anaphora, "其"))


def _pronoun_topic(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The person a pronoun in a clause before the trigger's stands for, the trigger's clause having no
    subject and so continuing that clause's topic ("此前，他曾在X担任CTO，于今年6月离职": he left)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    for _, end in reversed([c for c in reader.sentence.clauses if c[1] <= clause_start]):
        pronoun = reader.pronoun_person(end - 1)
        if pronoun:
            return [pronoun]
    return []


def _referred_person(reader: SentenceReader, title: Name) -> Name | None:
    """The person a title after a demonstrative stands for ("这位高管"): the one the article named last
    before the sentence (a person named in it, "CEO李强表示，该高管…", is someone else)."""
    person = reader.context.last_person
    if person is None or not reader.find.preceded_by(title, reader.rules.person_demonstratives):
        return None
    return Name("Person", title.start, title.end, title.text, person)


def _fronted_subject(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The people a fronted time clause is about ("离开X后，张三创办了Y"): those opening the next clause."""
    _, clause_end = reader.sentence.clause_of(trigger.start)
    rest = reader.sentence.slice(trigger.end, clause_end).rstrip(reader.rules.clause_ends + " ")
    if not rest.endswith(_AFTER_WORDS):
        return []
    following = [n for n in reader.find.names if n.start >= clause_end]
    if (
        not following
        or not pick(following[0])
        or reader.sentence.slice(clause_end, following[0].start).strip(reader.rules.clause_ends + " ")
    ):
        return []
    return reader.find.group(following[0], pick, following[0].start, reader.sentence.end)


def _included(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The people an inclusion word after the trigger lists ("多名高管离职，包括A和B"): who the job change
    happened to when its subject names a group, or no one ("加入X的人才还包括A")."""
    inclusion = _inclusion(reader, trigger.end)
    if not inclusion:
        return _each_named(reader, trigger, pick)
    found = reader.find.after(pick, inclusion[1])
    if reader.sentence.slice(*inclusion) in _COLONS:
        found += [n for n in _clause_openers(reader, inclusion[1], pick) if n not in found]
    elif found:
        markers = (*reader.rules.next_markers, *reader.rules.each_markers)
        found += [n for n in _marked_clauses(reader, found[-1].end, markers, pick) if n not in found]
    return found


def _listed_objects(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The people a word acting on a group of them (a count, maybe a title: "三名新高管"), named by no one, lists
    after an inclusion word ("X引进多位重量级人物：A、B以及C", "X迎来三名新高管，包括A和B"): the ones it acts on."""
    find = reader.find
    inclusion = _inclusion(reader, trigger.end)
    if inclusion is None or find.in_range(
        lambda n: find.is_person(n) or find.is_org(n), trigger.end, inclusion[0]
    ):
        return []
    return _included(reader, trigger, find.is_person)


def _also_listed(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The people a clause inclusion word of adding (``_ALSO_INCLUSION``: 还有, 另有) lists after a leaving word that
    a phrase ending with 的 describes ("与A一同离开X的(，)还有B": B left with A, who the clause names)."""
    inclusion = _inclusion(reader, trigger.end)
    if inclusion is None:
        return []
    words = reader.sentence.slice(*inclusion)
    return (
        reader.find.after(pick, inclusion[1])
        if words.startswith("的") and words.endswith(_ALSO_INCLUSION)
        else []
    )


def _clause_openers(reader: SentenceReader, position: int, pick: Callable[[Name], bool]) -> list[Name]:
    """The person opening each clause after ``position``, maybe after titles only, in a clause telling no
    speech: the members of a list a colon opens one clause each ("多名高管出走：CTO张三去了Y，COO李四则自立门户")."""
    speaking = load_knowledge().speaking_verbs
    found = []
    for start, end in reader.sentence.clauses:
        if start < position:
            continue
        first = next((n for n in reader.find.names if start <= n.start < end and not is_title(n)), None)
        if (
            first is None
            or not pick(first)
            or any(w in reader.sentence.slice(first.end, end) for w in speaking)
        ):
            continue
        if not _words_between(reader, start, first.start, is_title).strip("、 " + reader.rules.clause_ends):
            found.append(first)
    return found


def _each_named(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The people named one by one in the clauses after the trigger's that ``each_markers`` open ("两位副总裁
    离开，一位是负责销售的A，另一位是负责供应链的B": A and B), the first of each such clause."""
    return _marked_clauses(reader, trigger.start, reader.rules.each_markers, pick)


def _marked_clauses(
    reader: SentenceReader, position: int, markers: tuple[str, ...], pick: Callable[[Name], bool]
) -> list[Name]:
    """The first picked name of each clause after the one of ``position`` that one of ``markers`` opens, unless a
    speaking verb stands before it there: "也有人说B将接任" reports talk about B, who is no next member."""
    _, clause_end = reader.sentence.clause_of(position)
    speaking = load_knowledge().speaking_verbs
    found: list[Name] = []
    for marker in markers:
        text = reader.sentence.slice(clause_end, reader.sentence.end)
        for match in re.finditer(re.escape(marker), text):
            at = clause_end + match.end()
            if reader.sentence.slice(clause_end, at - len(marker)).rstrip()[-1:] not in (
                *reader.rules.clause_ends,
                "",
            ):
                continue
            named = reader.find.after(pick, at, reader.sentence.clause_of(at)[1])[:1]
            found += [
                n
                for n in named
                if n not in found and not any(w in reader.sentence.slice(at, n.start) for w in speaking)
            ]
    return sorted(found, key=lambda n: n.start)


def _inclusion(reader: SentenceReader, position: int) -> tuple[int, int] | None:
    """Document offsets of the first inclusion word after ``position`` in the sentence, if any (one of
    ``clause_inclusion_markers`` only in the clause of ``position``, or opening the next one when that clause
    ends with 的: "与A一同离开X的，还有B")."""
    rest = reader.sentence.slice(position, reader.sentence.end)
    clause_end = reader.sentence.clause_of(position)[1]
    clause = reader.sentence.slice(position, clause_end)
    if clause.rstrip(reader.rules.clause_ends + " ").endswith("的") and clause_end < reader.sentence.end:
        clause = reader.sentence.slice(position, reader.sentence.clause_of(clause_end + 1)[1])
    hits = [(rest.find(w), len(w)) for w in reader.rules.inclusion_markers if w in rest] + [
        (m.start(), len(m.group())) for m in [reader.rules.clause_inclusion.search(clause)] if m
    ]
    if not hits:
        return None
    at, size = min(hits)
    return position + at, position + at + size


def _people_events(
    reader: SentenceReader, trigger: Trigger, fill: Callable[[Draft, Name], None], people: list[Name]
) -> list[Draft]:
    """One draft per person (or title) of a coordinated group, each filled by ``fill``."""
    drafts = []
    for person in people:
        if is_title(person):
            draft = Draft(trigger, {"person": None, "role": person.text}, anchor=person.start)
        else:
            draft = Draft(trigger, {"person": person.entity}, anchor=person.start)
            draft.inferred += person.text in reader.rules.person_anaphora
        fill(draft, person)
        drafts.append(draft)
    return drafts


def _own_type(reader: SentenceReader, trigger: Trigger) -> EventType:
    """The event type of the trigger, whose slots and cue words the builder reads."""
    return reader.rules.types[trigger.group.event_type]


def _destination(reader: SentenceReader, trigger: Trigger) -> int | None:
    """End of the next trigger of the type's ``destination_type`` (where a person goes), if any."""
    destination = _own_type(reader, trigger).destination_type
    return reader.next_trigger(trigger, destination) if destination else None


def _former_title(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """A departure read from "原X副总裁Y" (or "Y（X前副总裁）") when Y takes a new post in the same sentence
    (named after it, or listed among those who join before it).

    The marker must be followed directly by organisation/title names and then the person. An
    organisation right before the marker is the one left ("X原核心成员、Y创始人Z": X, not Y).
    """
    find = reader.find
    chain: list[Name] = []
    at = trigger.end
    for name in (n for n in find.names if n.start >= trigger.end):
        if name.start != at and not (chain and find.coordinated(reader.sentence.slice(at, name.start))):
            break
        chain.append(name)
        at = name.end
        if find.is_person(name) or not (find.is_org(name) or is_title(name)):
            break
    if len(chain) >= 2 and find.is_person(chain[-1]):
        person = chain[-1]
    else:
        person = _glossed(reader, chain) or _apposed(reader, trigger, chain)
    if person is None:
        return []
    fellows = _former_fellows(reader, chain) if person is chain[-1] else []
    draft = Draft(trigger, {"person": person.entity}, anchor=person.start)
    orgs = [n for n in find.names if n.end == trigger.start and find.is_org(n)]
    orgs += [n for n in chain if find.is_org(n)]
    titles = [n.text for n in chain if is_title(n)]
    draft.values["org"] = orgs[0].entity if orgs else reader.person_org(draft, person, trigger)
    draft.values["role"] = titles[0] if titles else None
    appointment_at = _destination(reader, trigger) or _listed_joining(reader, trigger)
    if appointment_at is not None and _appoints_another(reader, appointment_at, person):
        appointment_at = None
    if appointment_at is None:
        if _leaves_later(reader, trigger, person):
            return []  # "Y引进的X前CTO张三已离职": he leaves Y, told by the leaving word
        bringer = _bringer(reader, trigger, person)
        joining = reader.rules.types[_own_type(reader, trigger).destination_type or trigger.group.event_type]
        post = _post_given(reader, find.is_org, person, joining) if bringer else None
        draft.values["to_org"] = employer_of((post or bringer).entity) if bringer else None
        return (
            _with_fellows(draft, fellows) if bringer and draft.values["to_org"] != draft.values["org"] else []
        )
    to_org = _head_after(reader, find.is_org, appointment_at)
    draft.values["to_org"] = to_org.entity if to_org else None
    return _with_fellows(draft, fellows)


def _former_fellows(reader: SentenceReader, chain: list[Name]) -> list[tuple[Name, str]]:
    """The people listed right after the one a former title names, with the post each held at the same
    organisation: their own title ("原X CTO张三和COO李四": 李四, COO), or the title of the chain when it counts
    people (``person_nouns``: "X前高管张三、李四": 李四). A bare name after one person's post ("前X CTO张三和李四")
    may be anyone's."""
    find = reader.find
    titles = [n for n in chain if is_title(n)]
    shared = titles[-1].text if titles and reader.rules.person_nouns.fullmatch(titles[-1].text) else None
    fellows: list[tuple[Name, str]] = []
    own: list[Name] = []
    at = chain[-1].end
    for name in (n for n in find.names if n.start >= at):
        gap = reader.sentence.slice(at, name.start).strip()
        # A member's own titles stand right before their name; members are joined by list marks.
        if not (not gap if own else gap in _MEMBER_JOINS):
            break
        at = name.end
        if is_title(name):
            own.append(name)
            continue
        role = own[0].text if own else shared
        if not find.is_person(name) or role is None:
            break
        fellows.append((name, role))
        own = []
    return fellows


def _with_fellows(draft: Draft, fellows: list[tuple[Name, str]]) -> list[Draft]:
    """The draft of the first person a former title names and a copy of it for each fellow listed after them."""
    return [
        draft,
        *(
            replace(draft, values={**draft.values, "person": p.entity, "role": role}, anchor=p.start)
            for p, role in fellows
        ),
    ]


def _appoints_another(reader: SentenceReader, end: int, person: Name) -> bool:
    """Whether the appointment word ending at ``end``, after ``person``, appoints someone else: a word taking
    the one appointed after it (frame ``object``) with another person there ("选举原X董事长张三为副董事长，聘任原X
    副总裁李四为董秘": 聘任 appoints 李四; 张三's new post is no move to where 李四 worked)."""
    word = next((t for t in reader.triggers() if t.end == end), None)
    if word is None or word.group.frame != "object" or word.start < person.end:
        return False
    _, clause_end = reader.sentence.clause_of(word.start)
    taken = reader.find.after(reader.find.is_person, word.end, clause_end)
    return bool(taken) and person not in taken


def _leaves_later(reader: SentenceReader, trigger: Trigger, person: Name) -> bool:
    """Whether a leaving word of the marker's type after ``person`` in their clause tells that they leave now
    (one reading its own arguments: not a former title or a past post)."""
    _, clause_end = reader.sentence.clause_of(person.start)
    return any(
        t.group.event_type == trigger.group.event_type
        and t.group.frame not in ("former", "past")
        and person.end <= t.start < clause_end
        for t in reader.triggers()
    )


def _glossed(reader: SentenceReader, chain: list[Name]) -> Name | None:
    """The person a bracketed gloss describes when the gloss is the former post ("张三（X前CTO）": 张三):
    the ``chain`` of organisations and titles after the marker closes the bracket opened after them."""
    if not chain or reader.find.is_person(chain[-1]):
        return None
    if not reader.sentence.slice(chain[-1].end, reader.sentence.end).startswith(("）", ")")):
        return None
    opened = reader.sentence.slice(reader.sentence.start, chain[0].start)
    at = max(opened.rfind("（"), opened.rfind("("))
    if at < 0 or "）" in opened[at:] or ")" in opened[at:]:
        return None
    bracket = reader.sentence.start + at
    return next((n for n in reader.find.names if n.end == bracket and reader.find.is_person(n)), None)


def _apposed(reader: SentenceReader, trigger: Trigger, chain: list[Name]) -> Name | None:
    """The person a former post stands in apposition to, right after their name and a comma or colon
    ("张三，原X副总裁，…加盟Y", "张三：前X CTO"): the ``chain`` after the marker is the post, no person."""
    if not chain or reader.find.is_person(chain[-1]):
        return None
    lead = reader.sentence.slice(reader.sentence.start, trigger.start)
    stripped = lead.rstrip(" \t")
    if not stripped.endswith(("，", ",", "：", ":")):
        return None
    end = reader.sentence.start + len(stripped.rstrip(" \t，,：:"))
    return next((n for n in reader.find.names if n.end == end and reader.find.is_person(n)), None)


def _past_post(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """A departure read from a past post ("张三此前在X任职", "他曾任X副总裁") when the sentence also gives
    the same person a post at another organisation ("张三履新Y副总裁，此前他在X任职八年"): X left for Y.

    The person is the subject of the word's clause (named, a pronoun, or the topic of the clauses before a
    clause without one: "张三，曾任X副总裁，现为Y合伙人"), or the one it describes ("曾任X副总裁的张三"); X
    is the first employer after the word in its clause; Y is the one the nearest appointment word names or
    its announcer.
    """
    find = reader.find
    employer = find.employer(_own_type(reader, trigger).slots["org"].not_kinds)
    # The clause the word ends in: a time set off by a comma ("此前，他在X任职") opens the word, not the clause.
    clause_start, clause_end = reader.sentence.clause_of(trigger.end - 1)
    people = (
        find.before(find.is_person, trigger.start, clause_start)[-1:]
        or [p for p in [reader.pronoun_person(trigger.end)] if p]
        or find.subject(find.is_person, trigger.start)[:1]
        or _modified_person(reader, trigger, clause_end)
    )
    left = find.after(employer, trigger.end, clause_end)[:1]
    if people and _founder(reader, trigger, people[0]):
        return []
    new_post = _new_post(reader, trigger, people[0]) if people and left else None
    told = None if new_post or not (people and left) else _post_told(reader, trigger, people[0])
    destination = employer_of(new_post.entity) if new_post else told[0] if told else None
    if destination is None or destination == employer_of(left[0].entity):
        return []
    draft = Draft(trigger, {"person": people[0].entity}, anchor=people[0].start)
    draft.inferred += told is not None
    draft.told_modality = told[1] if told else None
    draft.values.update(
        org=employer_of(left[0].entity),
        to_org=destination,
        role=_past_title(reader, trigger, people[0], employer_of(left[0].entity)),
    )
    return [draft]


def _past_title(reader: SentenceReader, trigger: Trigger, person: Name, org: str | None) -> str | None:
    """The title of the past post: for a person the phrase opening at the word describes, one inside that phrase
    ("曾在X担任CTO的张三": CTO; "曾在X任职的张三将出任Y首席科学家": none, the one after is the post taken)."""
    if person.start < trigger.start:
        return reader.title_near(person, trigger, org)
    inside = reader.find.in_range(is_title, trigger.end, person.start)
    return reader.post_name(inside[-1]) if inside else None


def _post_told(reader: SentenceReader, trigger: Trigger, person: Name) -> tuple[str, str] | None:
    """The organisation at which an earlier sentence gave ``person`` a post (an event of the type's
    ``destination_type``), and that report's modality: the past post a later sentence tells ("张三加盟Y。此前他
    曾任X副总裁") was left for it; so was one told after a move to a place with no place left ("张三跳槽至Y。他此前
    在X负责自动驾驶业务": he moved from X).
    None once the article told the person leave an organisation (an event of the trigger's type): it is then the
    story of their leaving, and their earlier posts are their biography ("张三从Y离职。张三2019年加入Y，此前曾在X工作")."""
    destination = _own_type(reader, trigger).destination_type
    told = reader.context.people_at
    key = (trigger.group.event_type, person.entity or "")
    if destination is None or key in told:
        return None
    return told.get((destination, person.entity or "")) or reader.context.moved_to.get(key)


def _founder(reader: SentenceReader, trigger: Trigger, person: Name) -> bool:
    """Whether the title nearest the person before the word is a founder's: their past posts are then
    the biography of the company they founded, not a move."""
    titles = reader.find.in_range(is_title, reader.sentence.start, trigger.start)
    if not titles:
        return False
    nearest = nearest_to(person, titles)
    return (nearest.canonical or nearest.text) in reader.rules.founder_titles


def _modified_person(reader: SentenceReader, trigger: Trigger, clause_end: int) -> list[Name]:
    """The person a phrase opened by the trigger describes ("曾任X副总裁的张三": 张三)."""
    after = reader.find.after(reader.find.is_person, trigger.end, clause_end)[:1]
    if after and reader.sentence.slice(trigger.end, after[0].start).endswith("的"):
        return after
    return []


def _described_leaver(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The person a leaving word describes ("接替离职的张三", "已离职的前星云CTO张三"): only 的 and the
    person's organisation, title and tense words stand between (not "离职前与李四…的张三")."""
    described = _described_person(reader, trigger)
    if described is None:
        return []
    person, words = described
    return [person] if reader.rules.described_leaver.fullmatch(words) else []


def _described_person(reader: SentenceReader, word: Trigger) -> tuple[Name, str] | None:
    """The first person after a word in its clause, and what stands between them less the organisations and
    titles named there (the phrase describing that person, when the word opens one)."""
    find = reader.find
    after = find.after(find.is_person, word.end, reader.sentence.clause_of(word.start)[1])[:1]
    if not after:
        return None
    return after[0], _words_between(reader, word.end, after[0].start, lambda n: find.is_org(n) or is_title(n))


def _new_post(reader: SentenceReader, trigger: Trigger, person: Name) -> Name | None:
    """The organisation at which the appointment word nearest ``trigger`` (of the type's ``destination_type``)
    gives ``person`` a post: named after the word, else announcing it; None when it is someone else's."""
    destination = _own_type(reader, trigger).destination_type
    words = [t for t in reader.triggers() if t.group.event_type == destination]
    if not words:
        return None
    word = min(words, key=lambda t: abs(t.end - trigger.end))
    _, joining = _holders(reader, word)
    if person.entity not in {n.entity for n in joining}:
        return None
    employer = reader.find.employer(_own_type(reader, word).slots["org"].not_kinds)
    return _head_after(reader, employer, word.end) or next(iter(_announcer(reader, word)), None)


def _bringer(reader: SentenceReader, trigger: Trigger, person: Name) -> Name | None:
    """The organisation that an appointment word before a former title, acting on an object (``object``
    frame: 迎来, 引进, 挖来), brings ``person`` in by ("Y迎来了X前副总裁Z": Y), if it is Z it acts on."""
    destination = _own_type(reader, trigger).destination_type
    for word in reversed(reader.triggers()):
        if (
            word.end <= trigger.start
            and word.group.event_type == destination
            and word.group.frame == "object"
        ):
            agent, people = _holders(reader, word)
            if agent and person.entity in {n.entity for n in people}:
                return agent[0]
    return None


def _listed_joining(reader: SentenceReader, trigger: Trigger) -> int | None:
    """End of the appointment trigger before a former title whose inclusion word lists it among those who
    join ("加入Z的人才还包括X前CTO Y"), if there is one."""
    destination = _own_type(reader, trigger).destination_type
    earlier = [t for t in reader.triggers() if t.end <= trigger.start and t.group.event_type == destination]
    if not earlier:
        return None
    inclusion = _inclusion(reader, earlier[-1].end)
    return earlier[-1].end if inclusion and inclusion[1] <= trigger.start else None


def _person_leaves(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """A person leaving an organisation (person, org, role), and where to (to_org) from a later trigger.

    The organisation left is the one marked as the origin ("从X离职"), else the trigger's object ("离开X",
    "被免去X总裁职务"), except for a word of moving on (frame ``join``: "跳槽至Y"), whose object is where
    the person goes; a word closing a time clause ("离开后创办了Y") has no object.
    """
    if trigger.group.frame == "former":
        return _former_title(reader, trigger)
    if trigger.group.frame == "past":
        return _past_post(reader, trigger)
    find = reader.find
    not_kinds = _own_type(reader, trigger).slots["org"].not_kinds
    employer = find.employer(not_kinds)
    # "接替已离职的张三": the one who left is the person the leaving word describes, not the clause's subject.
    described = _described_leaver(reader, trigger)
    agent, people = ([], described) if described else _holders(reader, trigger)
    people = [p for p in people if not _demanded_of(reader, trigger, p)]
    if _negated_unanswered(reader, trigger) or _leaves_no_post(reader, trigger):
        return []
    moving = trigger.group.frame == "join"
    appointment_at = trigger.end if moving else _destination(reader, trigger)
    left = _origin(reader, trigger, employer) or (
        [] if moving else _left_objects(reader, trigger, employer, appointment_at)
    )

    def fill(draft: Draft, person: Name) -> None:
        if agent:
            posted = _post_heading(reader, trigger, person, employer) or _post_after(
                reader, trigger, person, employer
            )
            draft.values["org"] = employer_of(posted.entity) if posted else agent[0].entity
        elif left:
            draft.values["org"] = employer_of(left[0].entity)
        elif joined := _last_joined(reader, trigger, person, employer):
            draft.values["org"] = employer_of(joined.entity)
        elif brought := _bringer(reader, trigger, person):
            draft.values["org"] = employer_of(brought.entity)
        else:
            cue = _own_type(reader, trigger).cue
            guessed = draft.inferred
            draft.values["org"] = reader.person_org(
                draft, person, trigger, not_kinds, people, cue("gone_to"), cue("reacting"), cue("post_talk")
            )
            taken_over = _post_taken_over(reader, trigger, person, employer) or _left_next(
                reader, trigger, employer
            )
            if taken_over and (draft.values["org"] is None or draft.inferred > guessed):
                draft.values["org"], draft.inferred = employer_of(taken_over.entity), guessed
        # The post a leaving word acts on is the one left, whatever title introduces the person ("创始人张三将卸任
        # CEO": CEO).
        draft.values["role"] = (
            draft.values.get("role")
            or reader.post_object(trigger)
            or reader.title_near(person, trigger, draft.values["org"])
        )
        if appointment_at is not None and (moving or _goes_on(reader, trigger, person)):
            if person not in reader.find.ordered(people, appointment_at):
                return  # "前者加入了Y": only the first of them went to Y
            to_org = _respective(reader, employer, appointment_at, people, person) or _head_after(
                reader, employer, appointment_at
            )
            destination = employer_of(to_org.entity) if to_org else None
            if moving and destination is not None and destination == draft.values.get("org"):
                # The post the article gives a mover at their destination is no post left ("张三跳槽至Y，出任
                # 首席科学家": Y and the title are where he went); a later sentence may tell where from.
                draft.values.update(org=None, role=None)
            # A new post at the organisation left is a change inside it ("辞去X CTO，出任X顾问"), not a move.
            draft.values["to_org"] = destination if destination != draft.values.get("org") else None

    followed = _followed(reader, trigger, people)
    drafts = _people_events(reader, trigger, fill, [*people, *followed])
    for draft, person in zip(drafts[len(people) :], followed, strict=True):
        # The title near the trigger is its people's; the one followed left the post written right before them
        # ("继CTO张伟之后，CFO李娜也离职": CTO).
        draft.values["role"] = _title_written_before(reader, person)
    return drafts


def _title_written_before(reader: SentenceReader, person: Name) -> str | None:
    """The post of the title mention written right before ``person`` ("CTO张伟", "X首席技术官张伟"), if any."""
    title = next((n for n in reader.find.names if is_title(n) and n.end == person.start), None)
    return reader.post_name(title) if title else None


def _post_heading(
    reader: SentenceReader, trigger: Trigger, person: Name, pick: Callable[[Name], bool]
) -> Name | None:
    """The organisation heading the post of the person a removal word acts on ("X宣布免去Y总经理张三的职务":
    Y, a unit of X or a firm it controls, is where 张三 held the post removed, not X): named between the word
    and the person, only titles and a few words of a unit (非洲地区) after it, no "的" (an origin: "X解雇了来自Y
    的工程师张三" is X's employee) nor a word of a former post (``former_markers``: "X辞退了Y前高管张三" is X's
    employee, Y where he worked before)."""
    if not trigger.end <= person.start:
        return None
    heads = reader.find.in_range(pick, trigger.end, person.start)
    if not heads:
        return None
    gap = _words_between(reader, heads[-1].end, person.start, is_title).strip("、 ")
    former = any(w in gap for w in reader.rules.former_markers)
    return heads[-1] if len(gap) <= _UNIT_CHARS and "的" not in gap and not former else None


def _post_after(
    reader: SentenceReader, trigger: Trigger, person: Name, pick: Callable[[Name], bool]
) -> Name | None:
    """The organisation of the post named right after the person a removal word acts on, a title following it
    ("市政府免去张三Y集团董事长职务", "免去李四的Y总经理职务"): Y, where the post was, not the body removing them."""
    if not trigger.end <= person.start:
        return None
    at = person.end + reader.sentence.slice(person.end, reader.sentence.end).startswith("的")
    head = next((n for n in reader.find.names if n.start == at and pick(n)), None)
    if head is None or not any(is_title(n) and n.start == head.end for n in reader.find.names):
        return None
    return head


def _demanded_of(reader: SentenceReader, trigger: Trigger, person: Name) -> bool:
    """Whether others demand the person's move: a `demands` word of the trigger's clause stands right before
    the person, only names (a title, an organisation) between ("要求CEO张三辞职"; not "应股东要求，张三辞职")."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    if not clause_start <= person.start < trigger.start:
        return False
    between = reader.sentence.slice(clause_start, person.start)
    for name in sorted(reader.find.names, key=lambda n: -n.start):
        if clause_start <= name.start and name.end <= person.start and between.endswith(name.text):
            between = between[: -len(name.text)]
    return between.endswith(_own_type(reader, trigger).cue("demands"))


def _followed(reader: SentenceReader, trigger: Trigger, people: list[Name]) -> list[Name]:
    """The people a clause before the trigger's says the change follows, when the trigger's clause says it is
    the same ("继A之后，B也离开": A left too; ``followed_change``, ``also_words``), and those the trigger's clause
    itself says so of ("B继A之后离开")."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    if not people:
        return []
    if not _also_leaving(reader, trigger):
        return _gone_before_in_clause(reader, trigger, people)
    found = []
    for match in reader.rules.followed_change.finditer(
        reader.sentence.slice(reader.sentence.start, clause_start)
    ):
        lo, hi = (reader.sentence.start + at for at in match.span("who"))
        if _words_between(reader, lo, hi, lambda _: True).strip("、和与及 "):
            continue  # the clause tells another doing (继A加盟Y之后), not the same change
        found += [n for n in reader.find.in_range(reader.find.is_person, lo, hi) if n not in people]
    return found + _gone_before_in_clause(reader, trigger, people)


def _gone_before_in_clause(reader: SentenceReader, trigger: Trigger, people: list[Name]) -> list[Name]:
    """The people the trigger's own clause says the change of its ``people`` follows ("李四继张三之后离开了X", "李四
    是继CTO张三之后第二位离职的高管": 张三 left first)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    named = reader.find.in_range(reader.find.is_person, clause_start, trigger.start)
    return [n for n in named if _gone_before(reader, n) and n not in people]


def _last_joined(
    reader: SentenceReader, trigger: Trigger, person: Name, pick: Callable[[Name], bool]
) -> Name | None:
    """The organisation ``person`` joined earlier in the sentence, when a leaving word with no object follows
    ("曾任职于X，2019年加入Y，去年离开": Y, the last employer of a career told in order, not X)."""
    destination = _own_type(reader, trigger).destination_type
    word = next(
        (
            t
            for t in reversed(reader.triggers())
            if t.end <= trigger.start and t.group.event_type == destination and t.group.frame == "join"
        ),
        None,
    )
    if word is None:
        return None
    _, joining = _holders(reader, word)
    if any(n.entity != person.entity for n in joining if reader.find.is_person(n)):
        return None
    joined = _head_after(reader, pick, word.end)
    return joined if joined is not None and joined.end <= trigger.start else None


def _goes_on(reader: SentenceReader, trigger: Trigger, person: Name) -> bool:
    """Whether the appointment word after a leaving word (of the type's ``destination_type``) tells where
    ``person`` went: it names no one else as the one taking the post ("A离职，B则加盟了Y": B's move), but
    for a companion ("A离职，随后与B一同加盟Y": A went too)."""
    destination = _own_type(reader, trigger).destination_type
    word = next(
        (t for t in reader.triggers() if t.start >= trigger.end and t.group.event_type == destination), None
    )
    if word is None:
        return False
    joining = _described_taker(reader, word) or _holders(reader, word)[1]
    markers = reader.rules.comitative_markers
    others = {
        n.entity
        for n in joining
        if reader.find.is_person(n) and not reader.sentence.slice(trigger.end, n.start).endswith(markers)
    }
    return not others or person.entity in others


def _described_taker(reader: SentenceReader, word: Trigger) -> list[Name]:
    """The person an appointment word describes in a phrase before them ("上任不久的X发言人王芳": 王芳), who takes
    that post: a few words of time, 的, then the person's organisation and title (or a short noun for a post the
    titles lack, 发言人) may stand between. A word whose frame reads its object as the person ("X签下自由身的Y")
    describes no one."""
    described = None if word.group.frame == "object" else _described_person(reader, word)
    if described is None or _other_word_before(reader, word, described[0]):
        return []
    person, words = described
    lead, of, rest = words.partition("的")
    post = rest.strip("、 ")
    short = len(post) <= _DESCRIBING_LEAD and (not post or post.isalpha()) and "的" not in post
    return [person] if of and len(lead) <= _DESCRIBING_LEAD and short else []


def _replaced(reader: SentenceReader, person: Name) -> bool:
    """Whether the person is the one a word of replacing (``predecessor_markers``) acts on, right after it ("接替李四
    出任CTO") or through a phrase another trigger opens ("王五接替已离职的李四，出任CTO": 李四 left, 王五 took the
    post)."""
    if reader.find.preceded_by(person, reader.rules.predecessor_markers):
        return True
    for word in reader.triggers():
        if reader.sentence.slice(word.start, word.end) not in reader.rules.predecessor_markers:
            continue
        described = _described_person(reader, word)
        if described and described[0] == person and _other_word_before(reader, word, person):
            return True
    return False


def _post_taken_over(
    reader: SentenceReader, trigger: Trigger, person: Name, pick: Callable[[Name], bool]
) -> Name | None:
    """The organisation of the post the successor of a replaced person takes after them in the sentence ("王五接替
    已离职的李四，出任X首席技术官": X, where 李四 held it), named right after the first word of the type's
    ``destination_type`` giving a post (frame ``subject``: 出任, 担任) after the person: where the one replaced
    worked when the sentence names it nowhere else."""
    if not _replaced(reader, person):
        return None
    destination = _own_type(reader, trigger).destination_type
    word = next(
        (
            t
            for t in reader.triggers()
            if t.start >= person.end and t.group.event_type == destination and t.group.frame == "subject"
        ),
        None,
    )
    return _head_after(reader, pick, word.end) if word else None


def _left_next(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> Name | None:
    """The organisation a later clause tells the same post or employer left by the next one: a successor taking the
    post with no one else named as the one replaced ("张三辞职后，李四接任了X首席执行官": X), or another person who
    leaves too (``also_words``: "张三离职后不久，李四也辞去了X CTO一职", "张三刚离职，李四随后也离开了X": X)."""
    _, clause_end = reader.sentence.clause_of(trigger.start)
    for word in reader.triggers():
        if word.start < clause_end:
            continue
        if _replacing(reader, word):
            return _head_after(reader, pick, word.end)
        if word.group.event_type == trigger.group.event_type and _also_leaving(reader, word):
            return next(iter(_origin(reader, word, pick) or _left_objects(reader, word, pick, None)), None)
    return None


def _replacing(reader: SentenceReader, word: Trigger) -> bool:
    """Whether a word of replacing (``predecessor_markers``) takes a post with no person after it in its clause:
    the post of the one who left before ("张三辞职后，李四接任了X CEO"), not of someone it names ("接替王五")."""
    if reader.sentence.slice(word.start, word.end) not in reader.rules.predecessor_markers:
        return False
    _, clause_end = reader.sentence.clause_of(word.start)
    return not reader.find.after(reader.find.is_person, word.end, clause_end)


def _also_leaving(reader: SentenceReader, word: Trigger) -> bool:
    """Whether a word's clause says before it that its change is the same as one before (``also_words``: 也, 同样,
    相继)."""
    clause_start, _ = reader.sentence.clause_of(word.start)
    return any(w in reader.sentence.slice(clause_start, word.start) for w in reader.rules.also_words)


def _other_word_before(reader: SentenceReader, word: Trigger, person: Name) -> bool:
    """Whether another event's trigger stands between a word and the last 的 before the person after it: the
    的-phrase describing the person is that trigger's, the person the word's object ("张三将接替已离职的李四": 离职
    describes 李四, whom 张三 replaces); a word after the 的 is the person's own ("接替他的是原副总裁李四")."""
    of = reader.sentence.slice(word.end, person.start).rfind("的")
    return of >= 0 and any(
        word.end <= t.start and t.end <= word.end + of for t in reader.triggers() if t is not word
    )


def _origin(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The organisation an ``origin`` cue word marks in the trigger's clause before it ("从X离职",
    "张三曾在Y工作，后从X出走": X): the one left, whatever else stands between the person and the word."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    marked = reader.find.marked(pick, _own_type(reader, trigger).cue("origin"), ())
    return [n for n in marked if clause_start <= n.start and n.end <= trigger.start][-1:]


def _left_objects(
    reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool], appointment_at: int | None
) -> list[Name]:
    """The organisations a leaving word acts on: those after it up to where the person goes, in its clause (an
    appointment word in a later clause reaches no organisation there: "张三已离开，X否认其回归"); none when a
    word closing a time clause follows it ("离开后，…"), nor when a noun it qualifies does (``noun_heads``: "张三辞任一事已触发与Y的协议条款" names Y as no one left), nor after a word
    taking no object (``objectless``: "自立门户创办Y" names what was founded)."""
    _, clause_end = reader.sentence.clause_of(trigger.start)
    rest = reader.sentence.slice(trigger.end, clause_end)
    cue = _own_type(reader, trigger).cue
    if (
        rest.startswith(_AFTER_WORDS)
        or rest.startswith(cue("noun_heads"))
        or reader.sentence.slice(trigger.start, trigger.end) in cue("objectless")
    ):
        return []
    return reader.find.after(
        pick, trigger.end, clause_end if appointment_at is None else min(appointment_at, clause_end)
    )


def _leaves_no_post(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether a word of leaving anything (``object_checked``: 离开, 退出, 告别) acts on something that is no
    post: words follow it in its clause, but no organisation (an outlet too) nor person is named there, they
    neither open nor end with a word for a post or a workplace (``post_objects``: "离开公司", "离开了一手创办的
    团队") and close no time clause ("离开后"): one leaves a place, an agreement or a project ("离开家乡到北京",
    "退出《巴黎协定》", "退出地产项目"), not a job."""
    cue = _own_type(reader, trigger).cue
    if reader.sentence.slice(trigger.start, trigger.end) not in cue("object_checked"):
        return False
    if reader.sentence.slice(trigger.start - 1, trigger.start) == "的":
        return False  # a noun ("多位球员的退出也给…"): what follows is the sentence's predicate, no object
    _, clause_end = reader.sentence.clause_of(trigger.start)
    rest = reader.sentence.slice(trigger.end, clause_end).lstrip(_OBJECT_LEAD)
    # A quotation or a bracket the sentence closes is no object ("他说：“张三上个月已经离开了。”").
    rest = rest.rstrip(reader.rules.clause_ends + reader.rules.sentence_ends + "！!？?… " + _CLOSERS)
    latin = _LATIN_OPENING.match(rest)
    if latin and (latin.end() == len(rest) or rest.startswith((*_AFTER_WORDS, "的"), latin.end())):
        return False  # a Latin name the recogniser missed ("退出cnblue"), not one heading a phrase ("退出PC市场")
    posts = cue("post_objects")
    # A post word ending the words counts unless a place left opens them ("离开家乡到北京加入了一个俱乐部").
    ends_post = rest.endswith(posts) and not _place_then_going(reader, trigger, rest)
    if not rest or rest.startswith((*_AFTER_WORDS, "的", *posts)) or ends_post:
        return False
    find = reader.find
    return not find.in_range(lambda n: find.is_org(n) or find.is_person(n), trigger.end, clause_end)


def _place_then_going(reader: SentenceReader, trigger: Trigger, rest: str) -> bool:
    """Whether the words a leaving word acts on (``rest``, right after it and 了) open with a place, a named one
    or one of ``home_places``, and go on with one of ``going_to``: the place is what is left, and a post word
    ending them is where the person went ("离开老家到深圳一家公司工作", "离开上海前往北京加入了一支乐队");
    not a post left in words that only hold a going word ("离开了过去十年服务的公司")."""
    cue = _own_type(reader, trigger).cue
    after = reader.sentence.slice(trigger.end, reader.sentence.end)
    start = trigger.end + len(after) - len(after.lstrip(_OBJECT_LEAD))
    named = [n.text for n in reader.find.names if n.label == "Location" and n.start == start]
    place = next((p for p in (*named, *cue("home_places")) if rest.startswith(p)), None)
    return place is not None and rest.startswith(cue("going_to"), len(place))


def _negated_unanswered(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether a negation stands right before the leaving word in a sentence that answers no report: "他从未
    离开过芯片行业" tells no departure; "张三辟谣称，自己并未离开X" denies one (the modality cues say so)."""
    cue = _own_type(reader, trigger).cue
    before = reader.sentence.slice(reader.sentence.start, trigger.start)
    return before.endswith(cue("negations")) and not any(w in reader.sentence.text for w in cue("answering"))


def _person_joins(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """A person taking a post at an organisation (person, org, role); the person the word describes, when it
    opens a phrase before them ("上任不久的X发言人王芳"), not the topic of the clauses before."""
    find = reader.find
    own = _own_type(reader, trigger)
    not_kinds = own.slots["org"].not_kinds
    described = _described_taker(reader, trigger)
    agent, people = ([], described) if described else _holders(reader, trigger)
    if trigger.group.frame == "present":
        people = [p for p in people if not _founder(reader, trigger, p)]
    people = [
        p for p in people if not _crowd_between(reader, trigger, p) and not _possessor(reader, trigger, p)
    ]
    listed = people
    people = reader.find.ordered(people, trigger.start)
    employer = find.employer(not_kinds)
    head = _head_after(reader, employer, trigger.end)
    org_names = (
        agent or ([head] if head else []) or _counterpart(reader, trigger) or _announcer(reader, trigger)
    )

    def fill(draft: Draft, person: Name) -> None:
        # "聘任原X副总裁张三为董秘": X, next to the one appointed, is where they worked, not the post's.
        former = trigger.group.frame == "object" and _former_post_of(reader, person)
        if each := _respective(reader, employer, trigger.end, listed, person):
            draft.values["org"] = employer_of(each.entity)
        elif trigger.group.frame == "object" and (post := _post_given(reader, employer, person, own)):
            draft.values["org"] = employer_of(post.entity)
        elif org_names and not (former and org_names[0] is head):
            draft.values["org"] = employer_of(org_names[0].entity)
        elif trigger.group.frame != "join" and not former:
            org = reader.person_org(draft, person, trigger, not_kinds, came_from=own.cue("came_from"))
            outside = _seat_outside(reader, trigger, person, own)
            draft.values["org"] = None if outside and org == employer_of(outside.entity) else org
        title = draft.values.get("role") or reader.title_near(person, trigger, taking=True)
        org = draft.values.get("org")
        if title and person.end <= trigger.start and reader.context.held_elsewhere(person.entity, title, org):
            # "谷歌研究员张伟加入OpenAI", "谷歌前研究员张伟加盟一家初创公司": the post left, not the one taken.
            title = None
        draft.values["role"] = title
        if draft.values.get("org") in _past_employers(reader, person, own.cue("past_described")):
            draft.values["org"] = None

    return _people_events(reader, trigger, fill, people)


def _past_employers(reader: SentenceReader, person: Name, markers: tuple[str, ...]) -> set[str | None]:
    """The employers named only in a phrase of the person's clause that opens with one of ``markers`` and describes
    them ("曾供职X的王芳将出任CTO": X): where they worked before, not where the post they take is. One named again
    outside the phrase is the one the move names ("曾在X任职的王芳重返X": X)."""
    clause_start, _ = reader.sentence.clause_of(person.start)
    opens = [
        at for at, described in reader.word_openings(markers, clause_start, person.end) if described is person
    ]
    if not opens:
        return set()
    orgs = reader.find.in_range(reader.find.is_org, reader.sentence.start, reader.sentence.end)
    inside = {employer_of(n.entity) for n in orgs if min(opens) <= n.start < person.start}
    outside = {employer_of(n.entity) for n in orgs if not min(opens) <= n.start < person.start}
    return inside - outside


def _formerly_held(reader: SentenceReader, org: Name) -> bool:
    """Whether a former marker stands right before the organisation ("原X副总裁张三"): a post held there before."""
    return reader.sentence.slice(reader.sentence.start, org.start).endswith(reader.rules.former_markers)


def _former_post_of(reader: SentenceReader, person: Name) -> bool:
    """Whether the person is introduced by a former post at an organisation ("聘任原X副总裁张三为董秘", "聘任X前
    CTO李四为顾问"): the organisation next to them is where they worked, and the post given names none."""
    markers = reader.rules.former_markers
    at, former = person.start, False
    for name in reversed([n for n in reader.find.names if n.end <= person.start]):
        gap = reader.sentence.slice(name.end, at)
        if (gap and gap not in markers) or not (is_title(name) or reader.find.is_org(name)):
            break
        former = former or bool(gap) or _formerly_held(reader, name)
        if reader.find.is_org(name):
            return former
        at = name.start
    return False


def _post_given(
    reader: SentenceReader, pick: Callable[[Name], bool], person: Name, joining: EventType
) -> Name | None:
    """The organisation of the post an appointing word of ``joining`` gives, named right after one of its
    ``post_given`` words following the one appointed ("X委任张三为Y的CEO", "董事会任命李四为X总经理"): where the
    post is, whoever appoints."""
    after = reader.sentence.slice(person.end, reader.sentence.end)
    word = next((w for w in joining.cue("post_given") if after.startswith(w)), None)
    if word is None:
        return None
    return next((n for n in reader.find.names if n.start == person.end + len(word) and pick(n)), None)


def _possessor(reader: SentenceReader, trigger: Trigger, person: Name) -> bool:
    """Whether the person an appointing word acts on is followed by "的" ("X本场迎来张三的复出", "Y迎来李四的
    首秀"): the word takes something of theirs, not them. An arrival word after it ("X迎来张三的加盟") tells
    the move in a trigger of its own; a noun of the appointing itself (``act_nouns``: "聘任张三的议案") names the
    act told of them."""
    following = reader.sentence.slice(person.end, reader.sentence.end)
    return (
        trigger.group.frame == "object"
        and trigger.end <= person.start
        and following.startswith("的")
        # "聘任张三的议案": the motion of appointing 张三, who is appointed.
        and not following.startswith(_own_type(reader, trigger).cue("act_nouns"), 1)
    )


def _seat_outside(reader: SentenceReader, trigger: Trigger, person: Name, joining: EventType) -> Name | None:
    """The organisation heading the post that introduces a person ("A公司总裁张三": A) who takes a board seat of
    ``joining``'s ``outside_seats`` with no organisation named in their clause after the word ("A公司总裁张三出任董事",
    "投资完成后，A公司副总裁李四将出任公司董事"): an investor's or a partner's seat at another company, not at A, whose
    post only introduces them; the company the sentence gives besides A may be it ("X完成融资，投资方A合伙人李四出任
    董事": X). A seat that runs the firm ("执行董事", "董事长") is taken at A; a post with no organisation before it
    ("公司副总裁张三出任董事") is none of these. None where there is no such seat."""
    find = reader.find
    if not person.end <= trigger.start:
        return None
    post = next((n for n in find.names if is_title(n) and n.end == person.start), None)
    heading = post and next((n for n in find.names if find.is_org(n) and n.end == post.start), None)
    if heading is None:
        return None
    _, clause_end = reader.sentence.clause_of(trigger.start)
    taken = find.after(lambda n: is_title(n) or find.is_org(n), trigger.end, clause_end)
    return heading if taken and is_title(taken[0]) and taken[0].text in joining.cue("outside_seats") else None


def _crowd_between(reader: SentenceReader, trigger: Trigger, person: Name) -> bool:
    """Whether a crowd is who takes the step: a `crowds` word between the person and the trigger with no
    name after it ("张三说，将有越来越多的人来到X": 张三 speaks of the crowd). A crowd the person comes with
    (`crowd_companions`: "张三与更多同事一起加入X") joins beside them."""
    if not person.end <= trigger.start:
        return False
    between = reader.sentence.slice(person.end, trigger.start)
    cue = _own_type(reader, trigger).cue
    crowd = max((between.rfind(w) for w in cue("crowds")), default=-1)
    if crowd < 0 or between[:crowd].endswith(cue("crowd_companions")):
        return False
    return not reader.find.in_range(lambda _: True, person.end + crowd, trigger.start)


def _respective(
    reader: SentenceReader, pick: Callable[[Name], bool], position: int, people: list[Name], person: Name
) -> Name | None:
    """The organisation ``person`` goes to where people go to as many, in order ("两人分别加入了X和Y": the second
    to Y): the one at the person's place among those after ``position`` in its clause, with a respectively word
    before ``position`` in the clause."""
    clause_start, clause_end = reader.sentence.clause_of(position)
    if person not in people or not any(
        w in reader.sentence.slice(clause_start, position) for w in reader.rules.respectively_markers
    ):
        return None
    heads = reader.find.after(pick, position, clause_end)
    return heads[people.index(person)] if len(people) > 1 and len(heads) == len(people) else None


def _head_after(reader: SentenceReader, pick: Callable[[Name], bool], position: int) -> Name | None:
    """The organisation a person goes to, named after ``position`` in its clause: the first one, or the
    head of a modified phrase ("加入由A投资的初创公司B": B, after the last "的" before it). A list of
    the people who join ends the phrase ("加入X的人才包括A公司前CTO张三": X)."""
    _, clause_end = reader.sentence.clause_of(position)
    inclusion = _inclusion(reader, position)
    clause_end = min(clause_end, inclusion[0]) if inclusion else clause_end
    found = reader.find.after(pick, position, clause_end)
    if not found:
        return None
    modifier_end = reader.sentence.slice(found[0].end, clause_end).rfind("的")
    if modifier_end < 0:
        return found[0]
    heads = reader.find.in_range(pick, found[0].end + modifier_end, clause_end)
    return heads[0] if heads else found[0]


def _announcer(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The organisation announcing an arrival in a clause of its own right before the trigger's
    ("X宣布，张三加盟", "X官宣：原Y高管张三正式加入"), or in the trigger's clause before the person it
    announces ("X官宣张三加盟"): the one the person joins (``announcing`` cue)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(reader.sentence.start, clause_start).rstrip(reader.rules.clause_ends + " ")
    words = _own_type(reader, trigger).cue("announcing")
    if not words:
        return []
    if not lead.endswith(words):
        return _announcer_in_clause(reader, trigger, words)
    announced_at = reader.sentence.start + len(lead) - 1
    return reader.find.subject(reader.find.is_org, announced_at)[:1]


def _announcer_in_clause(reader: SentenceReader, trigger: Trigger, words: tuple[str, ...]) -> list[Name]:
    """The organisation before an announcing or a ``bringing`` word of the trigger's clause that a person
    who arrives follows ("X宣布张三加盟", "X请来张三加盟"); without that person the word is the arrival's own
    ("张三宣布加盟")."""
    find = reader.find
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    at = find.marker_before((*words, *_own_type(reader, trigger).cue("bringing")), trigger.start)
    if at is None or not find.in_range(find.is_person, at, trigger.start):
        return []
    return find.before(find.is_org, at, clause_start)[:1]


def _counterpart(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The organisation a person signs with, named before the trigger after "与"/"同" ("张三与X签约"), or
    after a ``signed_with`` cue word ("张三已和X签约"), which marks no list of organisations there: the group
    of organisations it opens has no organisation before it."""
    find = reader.find
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    markers = (*reader.rules.comitative_markers, *_own_type(reader, trigger).cue("signed_with"))
    marked = find.marked(find.is_org, markers, ())
    return [n for n in marked if clause_start <= n.start and n.end <= trigger.start][-1:]


def _organisations_together(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """One event of all the clause's organisations (orgs, kind, status); for a bid, one per winner (winner first)."""
    find = reader.find
    type_rules = _own_type(reader, trigger)
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    text = reader.sentence.slice(trigger.start, trigger.end)
    slot = type_rules.slots["orgs"]
    partner = _independent(reader, trigger, type_rules, find.fitting(slot.labels, slot.not_kinds))
    if trigger.group.frame in _BID_FRAMES:
        drafts = _bids(reader, trigger)
    elif trigger.group.frame == "supply":
        drafts = _supplies(reader, trigger, partner)
    elif trigger.group.frame in _DEAL_FRAMES:
        drafts = _DEAL_FRAMES[trigger.group.frame](reader, trigger, partner)
    clause = reader.sentence.slice(clause_start, clause_end)
    kinds = [k for k, words in type_rules.kinds.items() if any(w in clause for w in words)]
    kind = trigger.group.kind if trigger.group.kind in kinds or not kinds else kinds[0]
    if trigger.group.frame not in (*_BID_FRAMES, "supply", *_DEAL_FRAMES):
        partner_of = (
            _partners_of(reader, trigger, partner) if text in type_rules.cue("partner_nouns") else None
        )
        if partner_of is None:
            founded = [
                *_founded(reader, trigger, type_rules.cue("founding")),
                *_founded_subject(reader, trigger, type_rules.cue("founded_by"), type_rules.cue("founding")),
                *_bought_together(reader, trigger),
            ]
            minimum = trigger.group.min_orgs or type_rules.min_orgs
            # Parties counted in a later clause ("A与B、C达成合作，三方将共同…") made one deal of all too.
            counted = reader.sentence.slice(clause_start, reader.sentence.end)
            pairs = kind not in type_rules.cue("all_parties") and not any(
                w in counted for w in type_rules.cue("counted_parties")
            )
            chosen = _outside_titles(
                reader, trigger, _not_founded(reader, trigger, partner, founded), minimum
            )
            people = text in type_rules.cue("founded_together") and _founded_by_people(reader, trigger)
            unjoined = _venture_named_only(reader, trigger, type_rules)
            drafts = [] if people or unjoined else _mutual(reader, trigger, chosen, minimum, pairs=pairs)
        else:
            drafts = partner_of
        drafts += _besides(reader, trigger, partner, drafts)
    if kind in type_rules.cue("invested_party"):
        drafts = [d for draft in drafts for d in _investors_apart(reader, draft, partner)]
        drafts = [d for d in drafts if not _all_investors(reader, d)]
    if text in type_rules.cue("purchase_signed"):
        drafts = [d for d in drafts if not _purchase_between(reader, d)]
    drafts = [d for d in drafts if not _unit_told(reader, d, type_rules)]
    if trigger.group.frame not in _BID_FRAMES:
        kept = (_within_described_head(reader, trigger, d) for d in drafts)
        drafts = [d for d in kept if d is not None]
    for draft in drafts:
        draft.values["orgs"] = _parent_parties(reader, type_rules, draft.values.get("orgs") or [])
        if trigger.group.frame not in _BID_FRAMES:
            draft.values["orgs"] = _without_own_units(reader, type_rules, draft.values["orgs"])
        draft.values["orgs"] = _without_inner_names(reader, draft.values["orgs"])
        status = reader.status(trigger, type_rules.statuses)
        draft.stated_status = status is not None  # "…签署协议，但双方已终止合作": the ending is the news
        draft.values["kind"] = kind
        draft.values["status"] = status or "active"
    return drafts


def _besides(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], drafts: list[Draft]
) -> list[Draft]:
    """One draft per organisation a clause right before the trigger's names and nothing else between
    ``besides_open`` and ``besides_close`` words, with the subject of the trigger's clause when it "also"
    (``besides_also``) works with another after "与" ("除了X，Y还与Z签约", "除X之外，Y还与Z达成合作"): Y works
    with X too. None when the clause names something else ("除了与X合作外": read as it is), or its subject
    is already X's partner. Y's work with X is told as known, however the clause tells the news of Z (planned:
    "Y还将与Z合作"; denied: "Y未与Z合作")."""
    clauses = reader.sentence.clauses
    own = reader.sentence.clause_of(trigger.start)
    at = clauses.index(own) if own in clauses else 0
    if at == 0:
        return []
    listed = _besides_listed(reader, trigger, partner, clauses[at - 1])
    subject = _also_subject(reader, trigger, partner, own)
    if not listed or subject is None:
        return []
    paired = {frozenset(map(str, d.values.get("orgs") or [])) for d in drafts}
    return [
        Draft(trigger, {"orgs": [subject.entity or "", n.entity]}, anchor=n.start, presupposed=True)
        for n in listed
        if n.entity and n.entity != subject.entity and frozenset((subject.entity, n.entity)) not in paired
    ]


def _besides_listed(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], clause: tuple[int, int]
) -> list[Name]:
    """The organisations a clause names between a ``besides_open`` and a ``besides_close`` word (or its end),
    listed with nothing else than a few letters before them ("除了之前的X"); or none."""
    type_rules = _own_type(reader, trigger)
    text = reader.sentence.slice(*clause).strip(reader.rules.clause_ends + " ")
    opening = next((w for w in type_rules.cue("besides_open") if text.startswith(w)), None)
    names = reader.find.in_range(lambda n: True, *clause)
    if opening is None or not names or not all(partner(n) for n in names):
        return []
    start = reader.sentence.start + reader.sentence.text.find(text, clause[0] - reader.sentence.start)
    lead = reader.sentence.slice(start + len(opening), names[0].start)
    gaps = [reader.sentence.slice(a.end, b.start) for a, b in pairwise(names)]
    tail = reader.sentence.slice(names[-1].end, start + len(text))
    fits = (
        _BESIDES_LEAD.fullmatch(lead) is not None
        and all(_LIST_GAP.fullmatch(g) for g in gaps)
        and tail in ("", *type_rules.cue("besides_close"))
    )
    return names if fits else []


def _also_subject(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], clause: tuple[int, int]
) -> Name | None:
    """The organisation opening a clause that "also" (``besides_also`` cue) works with another named after "与"
    before the trigger ("Y还与Z签约", "Y还将同Z合作"); or none."""
    names = reader.find.in_range(partner, clause[0], trigger.start)
    if len(names) < 2 or not _OPENING_MARKS.fullmatch(reader.sentence.slice(clause[0], names[0].start)):
        return None
    gap = reader.sentence.slice(names[0].end, names[1].start)
    also = _own_type(reader, trigger).cue("besides_also")
    withs = reader.rules.comitative_markers
    return names[0] if gap.startswith(also) and gap.endswith(withs) and len(gap) <= _ALSO_REACH else None


def _within_described_head(reader: SentenceReader, trigger: Trigger, draft: Draft) -> Draft | None:
    """The draft without the organisations named after the one a deal word before 的 describes ("腾讯战略投资的
    月光智能今日与蓝海数据签约": the deal is 腾讯's with 月光智能; 蓝海数据 signs with 月光智能 in a deal of its own);
    None when fewer than two parties are left of more."""
    if reader.sentence.slice(trigger.end, trigger.end + 1) != "的":
        return draft
    head = next((n for n in reader.find.names if n.start == trigger.end + 1 and reader.find.is_org(n)), None)
    if head is None:
        return draft
    later = {n.entity for n in reader.find.names if n.start >= head.end} - {
        n.entity for n in reader.find.names if n.end <= head.end
    }
    orgs = draft.values.get("orgs") or []
    kept = [o for o in orgs if o not in later]
    if len(kept) < min(len(orgs), 2):
        return None
    draft.values["orgs"] = kept
    return draft


def _parent_parties(reader: SentenceReader, type_rules: EventType, orgs: list[str]) -> list[str]:
    """``orgs`` with a unit of a parent the article names standing for that parent ("东岭大学计算机学院与X共建实验室"
    with 东岭大学 named: 东岭大学 is the partner); the words ending parents and units are the
    ``parent_ends`` and ``unit_ends`` cues."""
    names = reader.context.names
    parents = [
        (entity, name.text)
        for entity, name in names.items()
        if name.text.endswith(type_rules.cue("parent_ends"))
    ]

    def parent(org: str) -> str:
        written = names[org].text if org in names else ""
        return next(
            (
                entity
                for entity, text in parents
                if entity != org
                and written.startswith(text)
                and written.endswith(type_rules.cue("unit_ends"))
                and len(written) - len(text) <= _LONGEST_UNIT
            ),
            org,
        )

    return list(dict.fromkeys(parent(org) for org in orgs))


def _without_own_units(reader: SentenceReader, type_rules: EventType, orgs: list[str]) -> list[str]:
    """``orgs`` without a party whose name is another party's name with a unit's ending after it, or only
    the forms of a firm: its branch or unit ("X湖北分公司", "X智能云" beside X) or the owner itself written in
    full ("X集团股份有限公司") is no partner of its owner. Any other addition names a firm of its own: an
    unrelated one sharing the start ("京东方科技" beside "京东", "中国石油化工集团" beside "中国石油") or a
    subsidiary that deals with its group as a company ("X音乐娱乐集团"). The words are the knowledge's
    branches and the ``own_unit_ends`` and ``firm_forms`` cues."""
    names = reader.context.names
    written = {org: names[org].text for org in orgs if org in names}
    unit_ends = (*load_knowledge().branches, *type_rules.cue("own_unit_ends"))
    forms = _firm_forms(type_rules.cue("firm_forms"))

    def unit(org: str) -> bool:
        text = written.get(org, "")
        return any(
            other != org and text.startswith(owner) and _names_unit(text[len(owner) :], unit_ends, forms)
            for other, owner in written.items()
        )

    return [org for org in orgs if not unit(org)]


def _without_inner_names(reader: SentenceReader, orgs: list[str]) -> list[str]:
    """``orgs`` without a party whose name stands inside another party's name past its start ("平安" beside
    "中国平安", "X电机" beside "Y集团X电机有限公司"): the same firm, or its unit, named twice, which the linking
    left apart; no partner of itself. A name the other starts with may be a firm of its own ("京东" and
    "京东方"): ``_without_own_units`` judges those. So may one whose letters the other only holds by chance, going
    on into a word of its own ("京东" in "北京东方园林"): the inner name must end the other, but for organisation
    suffixes and a line of business ("星欣" in "上海星欣环境工程有限公司")."""
    names = reader.context.names
    written = {org: names[org].text for org in orgs if org in names}

    def ends(text: str, whole: str) -> bool:
        at = whole.rfind(text)
        return at > 0 and _only_firm_suffixes(whole[at + len(text) :])

    def inner(org: str) -> bool:
        text = written.get(org, "")
        return len(text) > 1 and any(other != org and ends(text, whole) for other, whole in written.items())

    return [org for org in orgs if not inner(org)]


def _only_firm_suffixes(words: str) -> bool:
    """Whether ``words`` are nothing, only organisation suffixes (科技, 有限公司, 集团股份) or a line of business
    and its suffixes (环境工程有限公司: :meth:`Knowledge.names_a_line`)."""
    knowledge = load_knowledge()
    return knowledge.names_a_line(words) or not knowledge.without_suffixes(words)


@cache
def _firm_forms(words: tuple[str, ...]) -> re.Pattern[str]:
    """Nothing but forms of a firm: ``words`` (集团, 控股) and the legal forms (股份有限公司), repeated."""
    return re.compile(f"(?:{longest_first((*words, *load_knowledge().legal_forms))})*")


def _names_unit(addition: str, unit_ends: tuple[str, ...], forms: re.Pattern[str]) -> bool:
    """Whether ``addition`` after an owner's name makes a unit of it: it ends with a unit's word, or it is
    nothing but the forms of a firm (集团, 股份有限公司)."""
    return addition.endswith(unit_ends) or forms.fullmatch(addition) is not None


def _independent(
    reader: SentenceReader, trigger: Trigger, type_rules: EventType, pick: Callable[[Name], bool]
) -> Callable[[Name], bool]:
    """``pick`` without the names that are no party of their own: the owner of a unit the sentence names
    ("X旗下的Y与Z合作": Y works with Z), a party's own unit ("X与旗下子公司Y签约": no one else), what
    a party is compared with or vies with ("与X相比", "与X争夺市场": X does nothing with it), and investors named
    so ("与A、B等投资方签署投资协议": they invest, no partners)."""
    find = reader.find
    compared = find.marked(pick, (), (*type_rules.cue("compared"), *type_rules.cue("rivalled")))
    investor_nouns = type_rules.cue("investor_nouns")
    investors = find.marked(pick, (), (*investor_nouns, *(f"等{w}" for w in investor_nouns)))
    unnamed_owner = type_rules.cue("unnamed_owner")
    settings = _settings(reader, trigger, type_rules)
    described = _describing(reader, trigger, type_rules.cue("described_by"), pick)
    vehicles = _vehicles(reader, type_rules.cue("through"), pick)
    venues = _venues(reader, trigger, type_rules)
    backers = _backers(reader, trigger, type_rules.cue("backing"), pick)
    return lambda name: (
        pick(name)
        and name not in compared
        and name not in investors
        and name not in described
        and name not in vehicles
        and name not in venues
        and name not in backers
        and not any(start <= name.start and name.end <= end for start, end in settings)
        and not _owns_named(reader, name, pick)
        and not _unit_named_after(reader, name, pick, type_rules.cue("unit_of"))
        and not _own_unit(reader, name, unnamed_owner)
        and not _former_employer(reader, name)
    )


def _former_employer(reader: SentenceReader, name: Name) -> bool:
    """Whether the name is where a person named right after it worked before ("由前X研究员张三与前Y工程师李四共同
    成立"): what the people do, their past employers do not."""
    if not reader.find.preceded_by(name, reader.rules.former_markers):
        return False
    person = next((n for n in reader.find.names if n.start >= name.end and reader.find.is_person(n)), None)
    if person is None or person.start - name.end > _FORMER_TITLE_REACH:
        return False
    gap = reader.sentence.slice(name.end, person.start)
    return not any(
        mark in gap for mark in (*reader.rules.clause_ends, "、", *reader.rules.comitative_markers)
    )


def _backers(
    reader: SentenceReader, trigger: Trigger, words: tuple[str, ...], pick: Callable[[Name], bool]
) -> list[Name]:
    """The names a phrase of backing (``backing`` cue, then "的") ties to the organisation right after it
    ("获得X投资的A与B签约", "由X领投的A与B合作", "X、Y联合孵化的A"): they invested in A, which the phrase only
    describes; no party of A's deal. Not when the trigger is that word ("X战略投资的A": the investment itself)."""
    names = reader.find.names
    pattern = _backing_pattern(words)
    found: list[Name] = []
    for at, (name, following) in enumerate(pairwise(names)):
        match = pattern.fullmatch(reader.sentence.slice(name.end, following.start))
        if match is None or not pick(following) or name.end <= trigger.start < following.start:
            continue
        found.append(name)
        for earlier in reversed(names[:at]):  # listed with it ("X、Y联合投资的A")
            if not _LIST_GAP.fullmatch(reader.sentence.slice(earlier.end, found[-1].start)):
                break
            found.append(earlier)
    return found


@cache
def _backing_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A few letters (等, 联合, 共同; no "with" word or list mark), a backing word, then "的"; compiled once."""
    return re.compile(f"[^\\W\\d_与和同跟及、]{{0,6}}?(?:{longest_first(words)})的")


def _venues(reader: SentenceReader, trigger: Trigger, type_rules: EventType) -> list[Name]:
    """The names right after a ``setting_open`` word (在) that a word of the deal's type, a "with" word or a
    ``setting_acts`` word follows, with no "的" before the trigger ("在X签订协议", "在X与Y签署合同", "在X举行签约仪式"):
    where the parties sign, a place however it was read, no
    party. Not when the phrase is the deal itself ("在X与Y的合作中", "在X与Y合作期间", "早在X与Y合作之前": a
    ``setting_close`` or ``deal_time`` word right after the trigger), or the time of it ("在X与Y签署协议后": a
    ``deal_time`` word closing the trigger's clause)."""
    _, clause_end = reader.sentence.clause_of(trigger.start)
    after = reader.sentence.slice(trigger.end, clause_end)
    deal_time = type_rules.cue("deal_time")
    if after.startswith((*type_rules.cue("setting_close"), *deal_time)) or after.rstrip(
        reader.rules.clause_ends + " "
    ).endswith(deal_time):
        return []
    opens = _venue_pattern(type_rules.cue("setting_open"), type_rules.cue("beneficiary"))
    withs = reader.rules.comitative_markers
    return [
        n
        for n in reader.find.names
        if n.end <= trigger.start
        and opens.search(reader.sentence.slice(reader.sentence.start, n.start))
        and (
            reader.sentence.slice(n.end, trigger.start).startswith((*withs, *type_rules.cue("setting_acts")))
            or any(start == n.end for start, _ in reader.word_spans(type_rules.name, n.end, trigger.end))
        )
        and "的" not in reader.sentence.slice(n.end, trigger.start)
    ]


@cache
def _venue_pattern(opens: tuple[str, ...], beneficiary: tuple[str, ...]) -> re.Pattern[str]:
    """An opening word at the end of a text, maybe a place's first letters after it that no name took (在 + 孟 +
    首都X); compiled once. Not a ``beneficiary`` word right after it: "正在为X提供", "正在向X交付" is an act in
    progress for X, no place."""
    not_for = f"(?!{longest_first(beneficiary)})" if beneficiary else ""
    return re.compile(f"(?:{longest_first(opens)}){not_for}[^\\W\\d_与和同跟]{{0,2}}$")


def _vehicles(reader: SentenceReader, words: tuple[str, ...], pick: Callable[[Name], bool]) -> list[Name]:
    """The names right after a ``through`` cue word, a description of them maybe between ("X通过Y与Z签署协议",
    "三方通过Y共同出资"): the means a party acts by, no party of its own; not one whose means the party uses ("通过Y的
    平台销售": Y may well be its partner). A unit an owner word describes there
    signs itself, for its owner before the word, which is then no party ("X通过全资子公司Y与Z签署协议": Y, as in
    "X旗下的Y与Z签约"). A "与" after the word names a partner ("通过与Y的合作")."""
    if not words:
        return []
    found = []
    for match in _through_pattern(words).finditer(reader.sentence.text):
        at = reader.sentence.start + match.end()
        following = next((n for n in reader.find.names if n.start >= at), None)
        if following is None or not pick(following):
            continue
        gap = reader.sentence.slice(at, following.start)
        described = gap.endswith((*reader.rules.descriptor_heads, *reader.rules.owner_markers))
        if gap and not (described and _VEHICLE_GAP.fullmatch(gap)):
            continue  # "通过带量采购Y的药": a way of buying from Y, no firm acted through
        if reader.sentence.slice(following.end, following.end + 1) == "的":
            continue  # "通过Y的平台": a partner's means, Y no vehicle
        if any(w in gap for w in reader.rules.owner_markers):
            clause_start, _ = reader.sentence.clause_of(at)
            found.extend(reader.find.in_range(pick, clause_start, at - len(match.group()))[-1:])
        else:
            found.append(following)
    return found


@cache
def _through_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words``; compiled once."""
    return re.compile(longest_first(words))


def _describing(
    reader: SentenceReader, trigger: Trigger, nouns: tuple[str, ...], pick: Callable[[Name], bool]
) -> list[Name]:
    """The names that only describe the organisation after them by its tie to them (``described_by`` cue):
    "X的母公司Y与Z签约", "X大股东Y与Z合作" (Y signs, X is named to say who Y is), also with Y unnamed ("X的母公司
    与Z签约": X's parent, not X). A noun that is the trigger itself ties the two ("X的合作伙伴Y")."""
    names = reader.find.names
    if not nouns or not names:
        return []
    pattern = _described_pattern(nouns, reader.rules.comitative_markers)
    found = []
    for name, following in zip(names, [*names[1:], None], strict=True):
        gap = reader.sentence.slice(name.end, following.start if following else reader.sentence.end)
        match = pattern.match(gap)
        if match is None or not (
            match.group("with") or (following and match.end() == len(gap) and pick(following))
        ):
            continue
        if not (
            name.end + match.start("noun") < trigger.end and trigger.start < name.end + match.end("noun")
        ):
            found.append(name)
    return found


@cache
def _described_pattern(nouns: tuple[str, ...], withs: tuple[str, ...]) -> re.Pattern[str]:
    """An optional "的", a noun of a tie (group "noun"), then maybe a "with" word (group "with"); compiled once."""
    return re.compile(f"的?(?P<noun>{longest_first(nouns)})(?P<with>{longest_first(withs)})?")


def _settings(reader: SentenceReader, trigger: Trigger, type_rules: EventType) -> list[tuple[int, int]]:
    """Document offsets of the settings the sentence names ("在X举办的大会上", "双方在A、B上均有合作"): what
    stands between a ``setting_open`` and a ``setting_close`` cue word in one clause is where the parties
    work, not one of them; so is a precedent between ``precedent_open`` and ``precedent_close`` words
    ("A继B之后与C签约": B signed before, A signs with C), and what the deal is about between ``topic_open`` and
    ``topic_close`` words ("A与B就成立C签订协议", "签订了关于C的合同"; not "就是", "就已": a
    ``topic_not_opening`` word after the opener makes it an adverb). A "与" inside ("在与X的合作中") names a party, and so does a run holding the
    trigger itself ("在A和B合作期间": the time of this very deal): no setting."""
    patterns = [
        _setting_pattern(type_rules.cue(f"{kind}_open"), type_rules.cue(f"{kind}_close"))
        for kind in ("setting", "precedent", "topic")
    ]
    not_topic = type_rules.cue("topic_not_opening")
    found = [
        m
        for pattern in patterns
        for m in pattern.finditer(reader.sentence.text)
        if not m.group(1).startswith(not_topic)
    ]
    starts = [reader.sentence.start + m.start(1) for m in found]
    ends = [reader.sentence.start + m.end(1) for m in found]
    withs = reader.rules.comitative_markers
    return [
        (start, end)
        for start, end in zip(starts, ends, strict=True)
        if not any(w in reader.sentence.slice(start, end) for w in withs)
        and not (start <= trigger.start and trigger.end <= end)
    ]


@cache
@cache
def _setting_pattern(opens: tuple[str, ...], closes: tuple[str, ...]) -> re.Pattern[str]:
    """An opening word, then (group 1) a run within one clause, then a closing word; compiled once."""
    alternatives = ["|".join(map(re.escape, words)) for words in (opens, closes)]
    return re.compile(f"(?:{alternatives[0]})([^，,。；;：:！!？?]+?)(?:{alternatives[1]})")


def _owns_named(reader: SentenceReader, name: Name, pick: Callable[[Name], bool]) -> bool:
    """Whether owner words after a name lead to a unit the sentence names ("X旗下的Y"), which acts for
    itself; an owner of a unit it does not name ("X旗下App接入…") stands for it."""
    following = next((n for n in reader.find.names if n.start >= name.end), None)
    return (
        following is not None
        and reader.find.owns(name)
        and pick(following)
        and _owner_words(reader.rules.owner_markers).search(reader.sentence.slice(name.end, following.start))
        is not None
    )


def _unit_named_after(
    reader: SentenceReader, name: Name, pick: Callable[[Name], bool], words: tuple[str, ...]
) -> bool:
    """Whether one of ``words`` (``unit_of``: 所属, 下属), maybe with "的", is all that stands between the name and
    the next one ("X所属Y与Z签署合同"): X tells whose unit Y is, Y acts."""
    following = next((n for n in reader.find.names if n.start >= name.end), None)
    if following is None or not pick(following):
        return False
    gap = reader.sentence.slice(name.end, following.start)
    return any(gap in (w, f"{w}的") for w in words)


def _own_unit(reader: SentenceReader, name: Name, unnamed_owner: tuple[str, ...]) -> bool:
    """Whether owner words stand right before a name with its owner unnamed, after one of ``unnamed_owner``
    ("与其子公司Y", "和旗下子公司Y"): Y belongs to a party the sentence names elsewhere."""
    before = reader.sentence.slice(reader.sentence.start, name.start)
    owned = _owner_words(reader.rules.owner_markers).search(before)
    return owned is not None and before[: owned.start()].endswith(unnamed_owner)


@cache
@cache
def _owner_words(markers: tuple[str, ...]) -> re.Pattern[str]:
    """A run of owner words at the end of a text, each maybe followed by "的" ("旗下的全资子公司"); compiled once."""
    return re.compile(f"(?:(?:{'|'.join(map(re.escape, markers))})的?)+$")


def _partners_of(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]
) -> list[Draft] | None:
    """The partners a partner noun names (``partner_nouns`` cue): its owner ("X的合作伙伴", "X的重要合作伙伴")
    with each other organisation of the clause ("X的合作伙伴包括A、B", "A与B都是X的合作伙伴": X-A, X-B).

    With no owner named, the members of the class ("合作伙伴包括A、B", "A、B等合作伙伴"; ``members`` cue)
    are someone's partners, not each other's: no event. None when the noun is neither (the clause says
    who works with whom: "A与B成为合作伙伴"), or names the owner only (the partner may be named before it).
    """
    find = reader.find
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    names = find.in_range(partner, clause_start, clause_end)
    owners = [
        n
        for n in names
        if n.end <= trigger.start and _OWNER_GAP.fullmatch(reader.sentence.slice(n.end, trigger.start))
    ]
    others = [n for n in names if owners and n.entity and n.entity != owners[-1].entity]
    if others:
        return [Draft(trigger, {"orgs": [owners[-1].entity, n.entity]}, anchor=n.start) for n in others]
    referred = None if owners else _referred_owner(reader, trigger, partner, names)
    if referred is not None:  # "X成立于2020年。其合作伙伴包括A和B": X-A, X-B
        return _each_with_referred(reader, trigger, referred, names)
    members = _own_type(reader, trigger).cue("members")
    last_end = max((n.end for n in names if n.end <= trigger.start), default=trigger.start)
    before = reader.sentence.slice(last_end, trigger.start)
    after = reader.sentence.slice(trigger.end, clause_end)
    if any(w in before for w in members) or after.startswith(members):
        return []
    return None


def _venture_named_only(reader: SentenceReader, trigger: Trigger, type_rules: EventType) -> bool:
    """Whether the trigger only names a firm a joint venture (``venture_nouns`` after it: "合资公司", "合资附属公司"),
    the sentence neither founding one in its clause (a founding word right before: "成立合资公司") nor joining parties
    before it (a "with" word or a ``together`` cue: "A与B的合资公司", "A与B同意，将对合资公司…"). A venture bought,
    or a unit so described ("收购X等合资公司的股权", "X的合资附属公司与Y订立协议"), tells no venture of the names
    around it; nor does one referred back to (``venture_referred`` right before: "A在该合资企业中持股")."""
    after = reader.sentence.slice(trigger.end, reader.sentence.end)
    word = reader.sentence.slice(trigger.start, trigger.end)
    if word not in type_rules.kinds.get("joint_venture", ()) or not after.startswith(
        type_rules.cue("venture_nouns")
    ):
        return False
    before = reader.sentence.slice(reader.sentence.start, trigger.start)
    if before.endswith(type_rules.cue("venture_referred")):
        return True
    joining = (
        *reader.rules.comitative_markers,
        *type_rules.cue("venture_joined"),
        *type_rules.cue("together"),
    )
    if any(w in before for w in joining):
        return False
    return not before.rstrip("了的一家个所").endswith(type_rules.cue("founding"))


def _founded(reader: SentenceReader, trigger: Trigger, words: tuple[str, ...]) -> list[Name]:
    """The organisations the partners found: named right after a founding word (``words``) that follows
    the trigger, or another word of its type, in its clause ("A与B合资设立X", "共同出资成立了X", "A旗下的合资公司
    X"). X is what they found together, not one of them: it stays out of the partners ("A旗下的合资公司X" then
    names one only), also where a later word of the type takes the clause's names ("A与B共同出资成立X，对Y项目
    进行合作"). Names further on are not ("合资公司的股权结构为A占…、B占…": A and B are the partners)."""
    spans = [*reader.word_spans(trigger.group.event_type, reader.sentence.start, reader.sentence.end)]
    ends = set()
    for start, _ in [*spans, (trigger.start, trigger.end)]:
        _, clause_end = reader.sentence.clause_of(start)
        text = reader.sentence.slice(start, clause_end)
        ends |= {start + m.end() for w in words for m in re.finditer(re.escape(w), text)}
    return [
        n
        for n in reader.find.names
        if any(end <= n.start and _FOUNDED_GAP.fullmatch(reader.sentence.slice(end, n.start)) for end in ends)
        or _called_founded(reader, n, words)
    ]


def _called_founded(reader: SentenceReader, name: Name, words: tuple[str, ...]) -> bool:
    """Whether a name is what a founding word of its clause before it founds, given as its name ("成立了名为“X”的
    合资公司", "组建一家名叫X的新公司"). A firm so called with no founding word before it acts ("名为X的公司与B签约")."""
    clause_start, _ = reader.sentence.clause_of(name.start)
    before = reader.sentence.slice(clause_start, name.start)
    called = _CALLED.search(before)
    return called is not None and any(w in before[: called.start()] for w in words)


def _founded_by_people(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the last name before a word of founding together in its clause is a person's ("张伟与李强于2018年
    共同成立了X", "X由腾讯高管张伟和阿里工程师李强共同成立"): people found it, and the firms named with them are
    where they worked, no partners."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    find = reader.find
    named = find.in_range(lambda n: find.is_org(n) or find.is_person(n), clause_start, trigger.start)
    return bool(named) and find.is_person(named[-1])


def _outside_titles(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], minimum: int
) -> Callable[[Name], bool]:
    """``partner`` without the names inside a quoted title when the trigger's clause names enough parties
    outside it: the title of what they sign repeats them in full ("A与B签署了《A股份有限公司与B集团之认购协议》")
    or names what it is about ("《A与B关于C上市之合作协议》"). A title naming the only parties keeps them ("签署了
    《A与B战略合作协议》")."""
    titled = [n for n in _in_titles(reader) if _in_book_title(reader, n)]
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    outside = {n.entity for n in reader.find.in_range(partner, clause_start, clause_end) if n not in titled}
    if len(outside) < minimum:
        return partner
    return lambda n: partner(n) and n not in titled


def _in_book_title(reader: SentenceReader, name: Name) -> bool:
    """Whether a name stands inside title marks (《…》), which name a document: an agreement, a contract. A name in
    quotation marks may be a firm's own ("“美国X有限公司”与Y联合宣布")."""
    before = reader.sentence.slice(reader.sentence.start, name.start)
    return before.rfind("《") > before.rfind("》")


def _bought_together(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The names after an acquisition word that follows the trigger in its clause ("A与B联手收购C", "A携手B共同
    收购全球最大的游戏公司C"): what the partners buy together, no partner of theirs."""
    _, clause_end = reader.sentence.clause_of(trigger.start)
    spans = list(reader.word_spans("acquisition", trigger.end, clause_end))
    if not spans:
        return []
    return reader.find.in_range(lambda n: True, spans[0][1], clause_end)


def _not_founded(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], founded: list[Name]
) -> Callable[[Name], bool]:
    """``partner`` without what the partners found, under any of its names ("共同出资设立X有限公司（下称“X”）":
    the short name too), unless a name of it opens the trigger's own clause before the word: the firm founded
    acting itself ("A与B合资设立X，X将与C合作")."""
    entities = {n.entity for n in founded if n.entity}
    clause_start, _ = reader.sentence.clause_of(trigger.start)

    def acting(name: Name) -> bool:
        return clause_start <= name.start and name.end <= trigger.start and name not in founded

    return lambda n: partner(n) and n not in founded and (n.entity not in entities or acting(n))


def _founded_subject(
    reader: SentenceReader, trigger: Trigger, words: tuple[str, ...], founding: tuple[str, ...]
) -> list[Name]:
    """The organisation opening the trigger's clause before a copula when the clause tells who founded it
    with a ``founded_by`` cue ("X是A与B合资成立的公司", "X是由A和B共同出资设立的合资公司"), or before "由" and its
    founders when a ``founding`` word follows them ("X由A和B共同发起成立", "X于2015年由A与B合资组建"): X is what
    the partners found, no partner of theirs; or none."""
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    clause = reader.sentence.slice(clause_start, clause_end)
    names = reader.find.in_range(lambda n: True, clause_start, clause_end)
    if len(names) < 2 or not _OPENING_MARKS.fullmatch(reader.sentence.slice(clause_start, names[0].start)):
        return []
    gap = reader.sentence.slice(names[0].end, names[1].start)
    if any(w in clause for w in words) and _copula_to_founders(reader, gap):
        return names[:1]
    founders = [n for n in names[1:] if n.label not in _TIME_LABELS]
    if not founders:
        return []
    gap = reader.sentence.slice(names[0].end, founders[0].start)
    after = reader.sentence.slice(founders[0].end, clause_end)
    return names[:1] if _FOUNDED_BY.fullmatch(gap) and any(w in after for w in founding) else []


def _copula_to_founders(reader: SentenceReader, gap: str) -> bool:
    """Whether ``gap``, between what is founded and the first founder named, is a copula ("X是A与B合资成立的公司"),
    maybe with the article's own company, unnamed, joined before that founder ("X是公司和A共同出资组建的企业":
    公司 and A found X)."""
    copula = _COPULA_BY.match(gap)
    if copula is None:
        return False
    rest = gap[copula.end() :]
    own = next((w for w in reader.rules.organisation_subjects if rest.startswith(w)), "")
    return rest == "" or bool(own and rest[len(own) :].strip() in load_knowledge().joining_words)


def _mutual(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], minimum: int, pairs: bool
) -> list[Draft]:
    """The organisations working together in the trigger's clause (with the previous clause's when it
    names too few): one event of all of them, or, with ``pairs``, one per partner when one party works
    with a list ("公司与A、B、C等建立了合作": the company with each; "公司" is the article's company).
    A previous clause about a person ("张伟曾任职于A、B，负责两家公司的合作") tells where they worked,
    not who works together, unless it joins two of them ("A与张伟的前东家B，展开了合作"); one naming a
    single organisation tells something else ("A发布财报，B签署了租约") unless a ``together`` cue refers
    to both. A clause naming the other side after "与" takes no names from the clauses before.
    """
    find = reader.find
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    names = _pair_named(reader, trigger, find.in_range(partner, clause_start, clause_end))
    names = _without_later_objects(reader, trigger, names, minimum)
    referred = _referred_party(reader, trigger, partner, names)
    if referred is not None:  # "A、B是其首批合作伙伴": each with the firm 其 stands for
        if pairs:
            return _each_with_referred(reader, trigger, referred, names)
        return [_all(_referred_draft(reader, trigger, referred, names[0].start), [referred], names)]
    if not names and (announced := _announcer_with_referred(reader, trigger, partner)):
        return announced
    with_named = _with_first(reader, trigger, (clause_start, clause_end), names)
    earlier = [] if with_named else [c for c in reader.sentence.clauses if c[1] <= clause_start]
    together = any(
        w in reader.sentence.slice(clause_start, trigger.end)
        for w in _own_type(reader, trigger).cue("together")
    )
    passed = False  # whether a clause naming no one stands between
    while len({n.entity for n in names}) < minimum and earlier:
        clause = earlier.pop()
        found = find.in_range(partner, *clause)
        with_first = _with_first(reader, trigger, clause, found)
        joined = with_first or any(_comitative(reader, a, b) for a, b in pairwise(found))
        # Across a clause naming no one, only a pair still acts ("A和B于今日，就X领域，签署了协议"), not a
        # list of examples of a class ("A、B等巨头进入市场，使得…，合作方越来越难找") or a lone firm.
        far = passed and not _pair_joined(reader, found)
        alone = (len(found) == 1 or (bool(found) and far)) and not joined and not together
        if alone or (find.in_range(find.is_person, *clause) and not joined):
            break
        passed = passed or not found
        together = together or with_first  # "A表示，与B磋商，并达成协议": A is B's partner
        if _lists_members(reader, trigger, found):
            found = found[:1]  # "X的股东包括A、B，合作伙伴有C": the members are X's, C works with X
        if (
            len(found) > 1
            and _comitative(reader, found[0], found[1])
            and _object_only(reader, trigger, names)
        ):
            found = found[:1]  # "A与B分手后，转而牵手C": A, the topic, takes C ("A和B…，携手C": both do)
        names = found + names
    listed = _listed_next(reader, trigger, partner, clause_end) if len({n.entity for n in names}) <= 1 else []
    lister = names[0].entity if names else _announced_lister(reader, trigger, partner, listed)
    if pairs and listed and lister:
        return _with_each(Draft(trigger, anchor=listed[0].start), [lister], listed)
    if len({n.entity for n in names}) < minimum:
        names = _pair_referred(reader, trigger, partner) or names + _role_holder(reader, trigger, partner)
    listed_pairs = _listed_pairs(reader, trigger, names)
    if listed_pairs:
        return [Draft(trigger, {"orgs": [a.entity, b.entity]}, anchor=a.start) for a, b in listed_pairs]
    if names and _each_alone(reader, trigger, partner, names):
        return []
    draft = Draft(trigger, anchor=names[0].start if names else None)
    each = _each_with(reader, draft, partner, names) if pairs and names else None
    if each is not None:
        return each
    lead = reader.sentence.slice(clause_start, names[0].start) if names else ""
    if _ends_with_with(reader, trigger, lead) or _unread_after_with(reader, lead, names):
        party = _comitative_party(reader, draft, partner, names)
        if party is None:
            return []
        names = [n for n in names if n.entity != party]
        draft.values["orgs"] = [party]
        each = pairs and len(names) > 1 and not _act_as_one(reader, trigger, names[0])
        return _with_each(draft, [party], names) if each else [_all(draft, [party], names)]
    if pairs and _first_with_each(reader, trigger, partner, names):
        return _with_each(draft, [names[0].entity or ""], names[1:])
    return [_all(draft, [], names)]


def _referred_party(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], names: list[Name]
) -> str | None:
    """The organisation a ``referred_party`` word stands for when it follows a ``referred_after`` word ("与",
    "是", "成为") after the one list the trigger's clause names ("云帆科技与其签约", "A、B是其首批合作伙伴",
    "A成为该公司的合作伙伴"): the only other organisation the clauses before name ("X发布新模型，A成为其合作伙伴"),
    or with none there, the only other one of the last sentence when it named no person ("X发布新模型。A是其首批
    合作伙伴之一": X). None where the reading is open: several others or a person before (其 may be theirs),
    a "with" word before the list ("X与A是其…"), or an owner word after the reference ("A与其子公司签约": A's
    own unit, ``unnamed_owner``)."""
    find = reader.find
    cues = _own_type(reader, trigger).cue
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    if not names or find.group(names[0], partner, clause_start, trigger.start) != names:
        return None
    lead = reader.sentence.slice(clause_start, names[0].start)
    gap = reader.sentence.slice(names[-1].end, trigger.start)
    if any(m in lead for m in reader.rules.comitative_markers) or not _referring(
        reader, trigger, gap, cues("referred_after")
    ):
        return None
    return _one_other_before(reader, partner, names, clause_start)


def _referring(reader: SentenceReader, trigger: Trigger, text: str, openers: tuple[str, ...]) -> bool:
    """Whether ``text`` holds a ``referred_party`` word right after one of ``openers`` that stands for a firm
    itself: no longer word ("是其中之一"), nor a unit or relation of the firm after it ("与其子公司", "与其竞争对手")."""
    cues = _own_type(reader, trigger).cue
    at = next(
        (text.find(w + r) + len(w) for w in openers for r in cues("referred_party") if w + r in text), -1
    )
    rest = text[at:] if at >= 0 else ""
    return (
        bool(rest)
        and not rest.startswith(reader.rules.person_subjects_except)
        and not any(w in rest for w in (*reader.rules.owner_markers, *cues("described_by")))
    )


def _announcer_with_referred(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]
) -> list[Draft]:
    """The firm announcing in the clauses before a clause naming no one, with the firm a ``referred_party`` word
    right after its "与" stands for ("X发布新品。A宣布，将与该公司合作": A-X, X the one other firm named before)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start)
    if not _referring(reader, trigger, lead, reader.rules.comitative_markers):
        return []
    announcer = _announcing_subject(reader, trigger, trigger.start, partner)
    referred = _one_other_before(reader, partner, [announcer], clause_start) if announcer else None
    if announcer is None or referred is None:
        return []
    return [_all(_referred_draft(reader, trigger, referred, announcer.start), [referred], [announcer])]


def _referred_owner(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], names: list[Name]
) -> str | None:
    """The firm a ``referred_party`` word opening the trigger's clause stands for when it owns the trigger's noun,
    a few words qualifying the noun between ("其合作伙伴包括A、B", "该公司的主要客户有A"): the one other firm named
    before (:func:`_one_other_before`); None for a word merely starting with one ("其他客户包括A")."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start).lstrip(_CLAUSE_MARKS)
    word = next((w for w in _own_type(reader, trigger).cue("referred_party") if lead.startswith(w)), None)
    if (
        not names
        or word is None
        or lead.startswith(reader.rules.person_subjects_except)
        or not _REFERRED_OWNER_GAP.fullmatch(lead[len(word) :])
    ):
        return None
    return _one_other_before(reader, partner, names, clause_start)


def _one_other_before(
    reader: SentenceReader, partner: Callable[[Name], bool], names: list[Name], clause_start: int
) -> str | None:
    """The one organisation besides ``names`` the clauses before ``clause_start`` name, or with none there, the
    last sentence when it named no person: the firm a reference word of the clause stands for. None when a
    person is named before (其 may be theirs) or several other firms are."""
    find = reader.find
    start = reader.sentence.start
    if find.in_range(find.is_person, start, clause_start):
        return None
    own = {n.entity for n in names}  # "X与A签约。A将为其提供芯片": not A itself, X
    named = {n.entity for n in find.in_range(find.is_org, start, clause_start) if n.entity not in own}
    if not named and reader.context.organisations_last:
        named = {e for e in reader.context.last_orgs if e not in own}
        if not all((n := reader.context.names.get(e)) is not None and partner(n) for e in named):
            return None
    return named.pop() if len(named) == 1 and None not in named else None


def _each_with_referred(
    reader: SentenceReader, trigger: Trigger, referred: str, names: list[Name]
) -> list[Draft]:
    """One draft per listed firm with the firm a reference word stands for ("A、B是其首批客户": X-A, X-B)."""
    return _with_each(_referred_draft(reader, trigger, referred, names[0].start), [referred], names)


def _referred_draft(reader: SentenceReader, trigger: Trigger, referred: str, anchor: int) -> Draft:
    """A draft of a deal with the firm a reference word stands for (:func:`_referred_party`), inferred from
    outside the sentence when only the last sentence names it."""
    find = reader.find
    named = {n.entity for n in find.in_range(find.is_org, reader.sentence.start, reader.sentence.end)}
    return Draft(trigger, inferred=int(referred not in named), anchor=anchor)


def _listed_pairs(reader: SentenceReader, trigger: Trigger, names: list[Name]) -> list[tuple[Name, Name]]:
    """The pairs of a list of pairs before the trigger ("A与B、C与D等成立了合资公司", "包括A与B、C与D合作"): each
    pair one deal, A-B and C-D, not one of all four. None unless every name of the clause stands before the
    trigger, each pair joined by "与" and the pairs by "、" alone."""
    if len(names) < 4 or len(names) % 2 or names[-1].end > trigger.start:
        return []
    gap = reader.sentence.slice
    firsts, seconds = names[::2], names[1::2]
    joined = all(
        gap(a.end, b.start) in reader.rules.comitative_markers for a, b in zip(firsts, seconds, strict=True)
    )
    listed = all(gap(b.end, a.start) == "、" for b, a in zip(seconds, firsts[1:], strict=False))
    distinct = all(n.entity for n in names) and len({n.entity for n in names}) == len(names)
    return list(zip(firsts, seconds, strict=True)) if joined and listed and distinct else []


def _announced_lister(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], listed: list[Name]
) -> str | None:
    """The party of a deal clause naming no one before a list of its partners, told by the organisation announcing
    in the clauses before ("X表示，公司已与多家车企达成合作，包括A和B": X with each); none without a list, or
    when no "与" leaves the party out ("X表示，行业内多家企业达成合作，包括A和B": A and B, with whom unsaid)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start)
    if not listed or not any(w in lead for w in reader.rules.comitative_markers):
        return None
    subject = _announcing_subject(reader, trigger, trigger.start, lambda n: partner(n) and n not in listed)
    return subject.entity if subject else None


def _without_later_objects(
    reader: SentenceReader, trigger: Trigger, names: list[Name], minimum: int
) -> list[Name]:
    """The clause's names without those after the trigger in what another verb tells when enough parties joined
    by "与" or "和" stand before it ("A与B合作推出搭载C芯片的新品", "A和B合作开发面向C的方案": C is what they make
    or serve, no third party). A name right after the trigger ("A与B携手C") or after a "with" word ("A与B共同
    与C签约") is a party."""
    before = [n for n in names if n.end <= trigger.start]
    joined = any(
        _comitative(reader, a, b) or reader.sentence.slice(a.end, b.start).strip() == "和"
        for a, b in pairwise(before)
    )
    if len({n.entity for n in before}) < minimum or not joined:
        return names
    withs = reader.rules.comitative_markers

    def told_later(name: Name) -> bool:
        gap = reader.sentence.slice(trigger.end, name.start).removeprefix("了")
        return name.start >= trigger.end and bool(gap) and not any(w in gap for w in withs)

    return [n for n in names if not told_later(n)]


def _lists_members(reader: SentenceReader, trigger: Trigger, found: list[Name]) -> bool:
    """Whether a clause before the trigger's lists the members of its first name's class after a
    ``listed_next`` cue ("X的股东包括A、B"): they are X's shareholders or customers, no party of a deal the
    next clause tells."""
    if len(found) < 2:
        return False
    gap = reader.sentence.slice(found[0].end, found[1].start)
    return any(w in gap for w in _own_type(reader, trigger).cue("listed_next"))


def _role_holder(reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]) -> list[Name]:
    """The organisation opening the clause after a fronted role ("作为X的战略合作伙伴，Y将…": Y is X's
    partner), the clause opening with an ``as_role`` cue word; or none. A deal word describing something
    else after "的" ("作为X推进合作的重要一步，Y…": a step, "合作项目的负责方") gives its subject no partner role."""
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start).lstrip("，,；; ")
    if not lead.startswith(_own_type(reader, trigger).cue("as_role")):
        return []
    if "的" in reader.sentence.slice(trigger.end, clause_end):
        return []
    holder = reader.opening_next_clause(partner, trigger)
    return [holder] if holder else []


def _listed_next(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], clause_end: int
) -> list[Name]:
    """The partners a party's deals are told with in a class and the next clause lists, opening with a
    ``listed_next`` cue ("X已与多家车企达成合作，包括A和B": X-A, X-B), or none."""
    following = [c for c in reader.sentence.clauses if c[0] >= clause_end]
    if not following:
        return []
    start, end = following[0]
    opening = reader.sentence.slice(start, end).lstrip("，,；; ")
    if not opening.startswith(_own_type(reader, trigger).cue("listed_next")):
        return []
    return reader.find.in_range(partner, start, end)


def _object_only(reader: SentenceReader, trigger: Trigger, names: list[Name]) -> bool:
    """Whether the trigger's clause names partners only after the word, its subject left to the clauses before
    ("…，转而牵手C"), and no word there refers to a pair ("双方将携手C": both take C)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start)
    return (
        bool(names)
        and all(n.start >= trigger.end for n in names)
        and not any(w in lead for w in reader.rules.pair_anaphora)
        and not any(w in lead for w in _own_type(reader, trigger).cue("counted_parties"))
    )


def _pair_named(reader: SentenceReader, trigger: Trigger, names: list[Name]) -> list[Name]:
    """The clause's names without those standing apart before a pair joined by "与" right before the trigger
    ("X的CEO张伟曾在A与B的合作项目中任职": A and B work together, X, where he works, does not)."""
    before = [n for n in names if n.end <= trigger.start]
    if len(before) < 3:
        return names
    *others, first, last = before
    joined = reader.sentence.slice(first.end, last.start) in (*reader.rules.comitative_markers, "和")
    if not joined or reader.sentence.slice(last.end, trigger.start) not in ("", "的"):
        return names
    lead = reader.sentence.slice(others[-1].end, first.start)
    # One list before "与" ("A、B与C的合作"), or the pair after another's "与" ("A与B和C一同…").
    if _PAIR_OPENER.fullmatch(lead) or lead.endswith(reader.rules.comitative_markers):
        return names
    return [n for n in names if n not in others]


def _first_with_each(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], names: list[Name]
) -> bool:
    """Whether the first name works with each of a list after its "与" ("A与B、C签约": A-B and A-C), unless
    an ``as_one`` cue up to the trigger has them all act as one ("A与B和C一同领衔": one deal of the three)."""
    _, clause_end = reader.sentence.clause_of(trigger.start)
    return (
        len(names) > 2
        and _comitative(reader, names[0], names[1])
        and reader.find.group(names[1], partner, names[1].start, clause_end) == names[1:]
        and not _act_as_one(reader, trigger, names[1])
    )


def _act_as_one(reader: SentenceReader, trigger: Trigger, listed: Name) -> bool:
    """Whether an ``as_one`` cue between the first of a list after "与" and the end of the trigger has the list
    act as one with the party before "与" ("A与B、C共同签署", "A宣布，将与B、C共同打造": one deal of the three)."""
    return any(
        w in reader.sentence.slice(listed.start, trigger.end)
        for w in _own_type(reader, trigger).cue("as_one")
    )


def _each_with(
    reader: SentenceReader, draft: Draft, partner: Callable[[Name], bool], names: list[Name]
) -> list[Draft] | None:
    """A group each of whose members works with the party after "与" ("A、B等也与C签署协议", "A和B分别与C
    合作", "A与B分别和C合作": A-C and B-C, not A-B; "A、B均表示将与C加强合作"; "…也与公司签约": the company
    referred back to, or no one; "A和B分别与C、D签约": A-C and B-D). None unless what stands between the group
    and "与" is nothing or, in one clause, opens with ``each_with`` cue words."""
    find = reader.find
    group = find.group(names[0], partner, names[0].start, reader.sentence.end)
    rest = [n for n in names if n.start >= group[-1].end]
    gap = reader.sentence.slice(group[-1].end, rest[0].start if rest else draft.trigger.start)
    marker = next((m for m in reader.rules.comitative_markers if m in gap), None)
    if marker is None and rest and _ends_with_with(reader, draft.trigger, gap):
        marker = "和"  # "A与B分别和C签约": after such words "和" means "with", not a third member
    if len(group) < 2 or marker is None:
        return None
    words = _own_type(reader, draft.trigger).cue("each_with")
    lead = gap[: gap.index(marker)].strip()
    if lead and not (lead.startswith(words) and _IN_ONE_CLAUSE.fullmatch(lead)):
        return None
    if rest:
        others = [n.entity for n in find.group(rest[0], partner, rest[0].start, reader.sentence.end)]
    else:
        party = reader.context_org(draft, _own_type(reader, draft.trigger).slots["orgs"].not_kinds)
        others = [party] if party else []
    if len(others) == len(group) and any(w in lead for w in reader.rules.respectively_markers):
        # Two lists as long, "respectively" between them ("A和B分别与C、D签约"): A-C and B-D, not every pair.
        pairs = zip(group, others, strict=True)
        return [d for member, other in pairs if other for d in _with_each(draft, [other], [member])]
    return [d for other in others if other for d in _with_each(draft, [other], group)]


def _each_alone(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], names: list[Name]
) -> bool:
    """Whether a group says each for itself that it works with someone it leaves unnamed ("A、B、C等企业代表均
    表示将加强合作"): a ``distributive`` cue word between the group and the trigger, no "与" and no
    ``together`` cue ("A、B、C三方合作"). Its members are no partners of each other. A party with a list
    after its "与" ("A与B、C均有合作", "A与B、C等企业都达成了合作") has the word spread over the list: A works
    with each."""
    group = reader.find.group(names[0], partner, names[0].start, trigger.start)
    if len(group) < 2 or any(group[-1].end <= n.start and n.end <= trigger.start for n in names):
        return False
    if len(group) > 2 and _comitative(reader, group[0], group[1]):
        return False
    gap = reader.sentence.slice(group[-1].end, trigger.start)
    cues = _own_type(reader, trigger).cue
    return (
        any(w in gap for w in cues("distributive"))
        and not any(m in gap for m in reader.rules.comitative_markers)
        and not any(w in gap for w in cues("together"))
    )


def _with_first(reader: SentenceReader, trigger: Trigger, clause: tuple[int, int], names: list[Name]) -> bool:
    """Whether the first of a clause's names stands right after "与" ("…，与B达成协议"): the other party
    is the one the sentence is about, not whoever the clauses before name."""
    return bool(names) and _ends_with_with(reader, trigger, reader.sentence.slice(clause[0], names[0].start))


def _ends_with_with(reader: SentenceReader, trigger: Trigger, lead: str) -> bool:
    """Whether the text opening a clause up to its first name ends with "与" ("…，与B签约"), maybe before a word
    opening the class its partners are members of (``members``: "公司正与包括B在内的多家企业洽谈"), or with "和"
    where only ``with_and`` cue words stand before it ("…，并和B签署过协议"): "和" joins no list there."""
    opening = next((w for w in _own_type(reader, trigger).cue("members") if lead.endswith(w)), "")
    if lead.removesuffix(opening).endswith(reader.rules.comitative_markers):
        return True
    rest = lead.strip().removesuffix("和")
    return rest != lead.strip() and (not rest or rest.endswith(_own_type(reader, trigger).cue("with_and")))


def _unread_after_with(reader: SentenceReader, lead: str, names: list[Name]) -> bool:
    """Whether the text opening a clause up to a list of names has "与" and then words no recogniser read as a
    name ("公司拟与东岭股权投资基金管理合伙企业(有限合伙)、A、B签订", "公司与东岭新区管委会、A…" read as 管委会): the
    names listed with a party so written all work with the party before "与", not with each other. A single
    name after such words is left to the clauses before ("与国内知名科研院所建立合作": a class of partners)."""
    if len({n.entity for n in names}) < 2:
        return False
    at = max(lead.rfind(m) for m in reader.rules.comitative_markers)
    return at >= 0 and _UNREAD_PARTY.fullmatch(lead[at + 1 :]) is not None


def _comitative_party(
    reader: SentenceReader, draft: Draft, partner: Callable[[Name], bool], names: list[Name]
) -> str | None:
    """The party working with the organisations a clause names right after "与" ("…，将与A、B合作"): the
    one the clause names after them ("与A、B合作的X"), else the organisation referred back to ("公司与A
    合作"), else the topic of the clauses before when they name no person (the subject of the sentence,
    "X表示，将与A、B合作": X with each; also when the person speaking heads it, "X董事长张明表示，将与A合作"),
    else the organisation opening the next clause ("通过与A的合作，X将…"). With none the other side is
    unnamed ("通过与A、B合作开发，该技术…"): the organisations listed after "与" work with it, not with each
    other.
    """
    find = reader.find
    listed = find.group(names[0], partner, names[0].start, names[-1].end)
    # Only a name after the word names that party: one before it is listed too, apart from the others by an
    # alias or a stock quote ("与A（以下简称“A1”）、B(4.000,-0.07,-1.72%)集团签订").
    listed_entities = {n.entity for n in listed}
    named = next(
        (
            n.entity
            for n in names
            if n not in listed and n.entity not in listed_entities and n.start >= draft.trigger.end
        ),
        None,
    )
    if named is not None:
        return named  # the party named after them in the clause ("与A、B合作的X")
    if _unnamed_managed_party(reader, draft.trigger, names[0]):
        return None
    announcer = _announcing_party(reader, draft.trigger, partner, names)
    if announcer is not None:
        return announcer
    not_kinds = _own_type(reader, draft.trigger).slots["orgs"].not_kinds
    party = reader.context_org(draft, not_kinds)
    if party is not None:
        return party
    # A partner named after "与" in a clause before ("与A的合作仍在推进，暂无与B合作的计划") is no topic.
    withs = reader.rules.comitative_markers
    # Nor is a firm the clause before has bought ("曾收购X，又与A合作": the buyer works with A).
    bought = _bought(reader)
    topic = find.subject(
        lambda n: (
            partner(n)
            and n not in names
            and not find.preceded_by(n, withs)
            and not _with_a_left_out_subject(reader, n)
            and n not in bought
        ),
        names[0].start,
    )
    if not topic:  # after a fronted phrase of working with others ("通过与A的合作，X将…", "…，让X…"): X
        caused = _own_type(reader, draft.trigger).cue("caused")
        opener = reader.opening_next_clause(partner, draft.trigger, caused)
        return opener.entity if opener else None
    speaks_for = find.heads_post(topic[0])  # "X董事长张明表示，一直与A保持合作": X
    if find.in_range(find.is_person, *reader.sentence.clause_of(topic[0].start)) and not speaks_for:
        return None  # where a person worked ("张伟曾任职于X，负责与A的合作") is no party
    return topic[0].entity


def _with_a_left_out_subject(reader: SentenceReader, name: Name) -> bool:
    """Whether ``name`` stands after "与" in a clause that names no organisation before it, with no "的" between
    ("与A、B合作长沙项目，与C合作…", "公司与X下属子公司A已签订合同，与B…"): a partner of the clause's subject left out
    or referred to, not the topic of the clauses after it. "与A合作的B" describes B, which may be."""
    clause_start, _ = reader.sentence.clause_of(name.start)
    lead = reader.sentence.slice(clause_start, name.start)
    at = max(lead.rfind(m) for m in reader.rules.comitative_markers)
    if at < 0 or "的" in lead[at:]:
        return False
    return not reader.find.in_range(reader.find.is_org, clause_start, clause_start + at)


def _announcing_party(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], names: list[Name]
) -> str | None:
    """The organisation announcing, in the clauses before, the deal of a company it refers to ("X发布公告称，
    公司与A、B签订协议", "X(600000.SH)公布，公司拟与A签约"): X is that company, not the firm the article named
    last. The clauses before end with an ``announcing`` cue word and name it alone as their subject, of no
    ``commenting_kinds`` (a broker telling of the company it covers)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    if not reader.refers_back(reader.sentence.slice(clause_start, names[0].start)):
        return None
    announcer = _announcing_subject(reader, trigger, trigger.start, lambda n: partner(n) and n not in names)
    return announcer.entity if announcer is not None else None


def _announcing_subject(
    reader: SentenceReader, trigger: Trigger, at: int, pick: Callable[[Name], bool], only: bool = False
) -> Name | None:
    """The organisation the clauses before the one at ``at`` name alone as their subject, when they end with an
    ``announcing`` cue word ("X发布公告称，", "X表示，"): the company a word of that clause referring back
    stands for. None for one of ``commenting_kinds``; with ``only``, None when those clauses name another
    organisation too ("X公告，Y发布预中标公告，公司…": Y publishes the result, 公司 is X).

    Clauses naming no one may stand between ("X公告，本月12日，经过商议，公司与A签署…"); a sentence a digest
    heads with its company and a colon ("X：拟向A出让物业，本次出让将推动公司与A…") is that company's too."""
    type_rules = _own_type(reader, trigger)
    clause_start, _ = reader.sentence.clause_of(at)
    end = _announcing_end(reader, type_rules.cue("announcing"), clause_start)
    subject = (
        reader.find.subject(pick, end - 1) if end is not None else _headed_by(reader, pick, clause_start)
    )
    if len(subject) != 1 or reader.find.kind(subject[0]) in type_rules.cue("commenting_kinds"):
        return None
    named = {n.entity for n in reader.find.in_range(reader.find.is_org, reader.sentence.start, clause_start)}
    return subject[0] if not only or named == {subject[0].entity} else None


def _announcing_end(reader: SentenceReader, words: tuple[str, ...], clause_start: int) -> int | None:
    """Document offset where the last clause before ``clause_start`` ending with one of ``words`` ends its
    text, when the clauses after it up to there name no organisation or person (a date, "经过商议"
    only): they go on with the announcer's news. None otherwise."""
    find = reader.find
    for start, end in reversed([c for c in reader.sentence.clauses if c[1] <= clause_start]):
        text = reader.sentence.slice(start, end).rstrip(reader.rules.clause_ends + " ")
        if text.endswith(words):
            return start + len(text)
        if find.in_range(lambda n: find.is_org(n) or find.is_person(n), start, end):
            return None
    return None


def _headed_by(reader: SentenceReader, pick: Callable[[Name], bool], clause_start: int) -> list[Name]:
    """The organisation heading the sentence before a colon, after a bracket or stock code at most ("X：拟与
    A签约…", "【X(600000.SH)：…"): a digest's item, all of whose clauses tell of X. Not when the trigger's
    clause is that first one."""
    first = next((n for n in reader.find.names if n.start >= reader.sentence.start), None)
    if first is None or not pick(first) or first.end >= clause_start:
        return []
    if _HEAD_OPENING.fullmatch(reader.sentence.slice(reader.sentence.start, first.start)) is None:
        return []
    return [first] if _HEAD_COLON.match(reader.sentence.slice(first.end, clause_start)) else []


def _bought(reader: SentenceReader) -> list[Name]:
    """The names right after an acquisition word of the sentence ("收购X", "吞并了X"): what is bought."""
    ends = [end for _, end in reader.word_spans("acquisition", reader.sentence.start, reader.sentence.end)]
    return [
        n
        for n in reader.find.names
        if any(n.start >= e and _NAMED_AFTER_GAP.fullmatch(reader.sentence.slice(e, n.start)) for e in ends)
    ]


def _unnamed_managed_party(reader: SentenceReader, trigger: Trigger, first: Name) -> bool:
    """Whether the clause has someone manage the deal of a party it names in words no recogniser read as a
    name, right before "与" ("负责北辰智造与A的合作项目"): that party is no topic of the sentence (where the person
    works now), it is unnamed. A word referring back to a company ("负责公司与A的合作") names it."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, first.start)
    managed = _own_type(reader, trigger).cue("managed")
    found = _managed_pattern(managed, reader.rules.comitative_markers).search(lead)
    return found is not None and not reader.refers_back(found.group(1))


@cache
def _managed_pattern(managed: tuple[str, ...], withs: tuple[str, ...]) -> re.Pattern[str]:
    """A managing word, a run of letters (group 1), then a "with" word ending the text; compiled once."""
    return re.compile(f"(?:{longest_first(managed)})([^\\W\\d_]{{2,12}}?)(?:{longest_first(withs)})$")


def _pair_referred(reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]) -> list[Name]:
    """The two organisations "双方" before the trigger refers to: the first two partners of the last
    sentence that named two or more ("A由B发起成立。双方合作的首款产品…": A and B); with none, the only two
    the sentence itself names ("根据协议，双方将展开合作：A负责研发，B负责销售"), unless it names a person,
    whose career they may be ("张伟先后任职于A、B，曾负责两家公司的合作项目")."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start)
    if not any(word in lead for word in reader.rules.pair_anaphora):
        return []
    pair = [n for n in reader.context.last_pair if partner(n)][:2]
    sentence = (reader.sentence.start, reader.sentence.end)
    if len(pair) < 2 and not reader.find.in_range(reader.find.is_person, *sentence):
        own: dict[str | None, Name] = {}
        for name in reader.find.in_range(partner, *sentence):
            own.setdefault(name.entity, name)
        pair = list(own.values())
    return pair if len(pair) == 2 else []


def _all_investors(reader: SentenceReader, draft: Draft) -> bool:
    """Whether every party of a draft is an investor: investors named together ("参与本轮战略投资的包括A资本、
    B基金", or listed after an ``investor_nouns`` word in the trigger's clause) invest in a company side by
    side, which makes them no partners of each other."""
    clause_start, _ = reader.sentence.clause_of(draft.trigger.start)
    before = reader.sentence.slice(clause_start, draft.trigger.start)
    if any(w in before for w in _own_type(reader, draft.trigger).cue("investor_nouns")):
        return True
    kinds = {n.entity: reader.find.kind(n) for n in reader.find.names if n.entity}
    return all(kinds.get(str(org)) == "investor" for org in draft.values.get("orgs") or [])


def _investors_apart(reader: SentenceReader, draft: Draft, partner: Callable[[Name], bool]) -> list[Draft]:
    """A draft of an investment whose parties include a list in the trigger's clause ("A和B成为C的战略投资方",
    "X获得A、B战略投资"): the listed invest side by side, each in the other party (C with A, C with B); with
    no other party named ("获得A、B战略投资", the company unnamed), none. Parties joined by "与" stay one deal."""
    orgs = [str(org) for org in draft.values.get("orgs") or []]
    clause_start, clause_end = reader.sentence.clause_of(draft.trigger.start)
    names = [n for n in reader.find.in_range(partner, clause_start, clause_end) if n.entity in orgs]
    listed = [
        n.entity
        for a, b in pairwise(names)
        if a.entity != b.entity and _LIST_GAP.fullmatch(reader.sentence.slice(a.end, b.start))
        for n in (a, b)
    ]
    if len(set(listed)) < 2:
        return [draft]
    others = [org for org in orgs if org not in listed] or _receiver(
        reader, draft.trigger, partner, names, listed
    )
    return [
        Draft(draft.trigger, {"orgs": [other, member]}, draft.inferred, draft.anchor)
        for member in dict.fromkeys(listed)
        for other in others
        if member
    ]


def _receiver(
    reader: SentenceReader,
    trigger: Trigger,
    partner: Callable[[Name], bool],
    names: list[Name],
    listed: list[str],
) -> list[str]:
    """The company a list of investors gives to, when a ``received`` cue word opens the list ("X完成融资，获得A、B
    的战略投资"): the subject before it, in its clause or the clauses before; or none."""
    first = next(n for n in names if n.entity in listed)
    subject = _subject_of_list(
        reader, trigger, first, "received", lambda n: partner(n) and n.entity not in listed
    )
    return [subject.entity] if subject and subject.entity else []


def _subject_of_list(
    reader: SentenceReader, trigger: Trigger, first: Name, cue: str, pick: Callable[[Name], bool]
) -> Name | None:
    """The subject, one ``pick`` takes, of the clause whose list of names, ``first`` its first, a word of the
    trigger type's ``cue`` opens ("X获得A、B战略投资", "X分别向A、B采购": X); none without that word: the list
    may be the subject itself."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, first.start).strip()
    if not lead.endswith(_own_type(reader, trigger).cue(cue)):
        return None
    subject = reader.find.subject(pick, first.start)
    return subject[0] if subject else None


def _unit_told(reader: SentenceReader, draft: Draft, type_rules: EventType) -> bool:
    """Whether the sentence tells one party of a two-party draft to be the other's unit with a copula ("X是Y旗下的
    代工企业", "X系Y全资子公司", "X是Y控股的合资企业"; ``unit_copula`` cue, then owner words or a ``held`` cue
    word): a deal word describing X tells what X is, no deal of X with its owner."""
    parties = {str(org) for org in draft.values.get("orgs") or []}
    if len(parties) != 2:
        return False
    owned = (*reader.rules.owner_markers, *type_rules.cue("held"))
    copula = type_rules.cue("unit_copula")
    names = [n for n in reader.find.names if n.entity in parties]
    return any(
        a.entity != b.entity
        and reader.sentence.slice(a.end, b.start).strip() in copula
        and reader.sentence.slice(b.end, reader.sentence.end).removeprefix("的").startswith(owned)
        for a, b in pairwise(names)
    )


def _purchase_between(reader: SentenceReader, draft: Draft) -> bool:
    """Whether the sentence has one party of a draft buy the other ("A收购B“…文件将在近期签署”", "A和B联合宣布，
    由A收购B"): their signing or joint announcement is that purchase's, no partnership. The buyer stands right
    before an acquisition word (a few letters between: "拟", "将"), the bought right after it."""
    parties = set(map(str, draft.values.get("orgs") or []))
    if len(parties) != 2:
        return False
    names = reader.find.names
    for start, end in reader.word_spans("acquisition", reader.sentence.start, reader.sentence.end):
        buyer = next((n for n in reversed(names) if n.end <= start), None)
        bought = next((n for n in names if n.start >= end), None)
        if (
            buyer is not None
            and bought is not None
            and {buyer.entity, bought.entity} == parties
            and _BUYER_GAP.fullmatch(reader.sentence.slice(buyer.end, start))
            and _NAMED_AFTER_GAP.fullmatch(reader.sentence.slice(end, bought.start))
        ):
            return True
    return False


def _pair_joined(reader: SentenceReader, names: list[Name]) -> bool:
    """Whether ``names`` are two joined by "和" or "及" ("A和B"): a pair, not a list of examples."""
    return len(names) == 2 and reader.sentence.slice(names[0].end, names[1].start).strip() in ("和", "及")


def _comitative(reader: SentenceReader, first: Name, second: Name) -> bool:
    """Whether "与"/"同"/"跟" joins two names (one party and the other), not a list comma."""
    return any(m in reader.sentence.slice(first.end, second.start) for m in reader.rules.comitative_markers)


def _all(draft: Draft, parties: list[str], names: list[Name]) -> Draft:
    draft.values["orgs"] = list(dict.fromkeys([*parties, *(n.entity for n in names if n.entity)]))
    return draft


def _with_each(draft: Draft, parties: list[str], names: list[Name]) -> list[Draft]:
    """One draft per listed partner, each with ``parties``."""
    return [
        Draft(draft.trigger, {"orgs": list(dict.fromkeys([*parties, n.entity]))}, draft.inferred, n.start)
        for n in names
        if n.entity
    ]


def _supplies(reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]) -> list[Draft]:
    """A supplier and each customer it lists ("X的客户包括A与B": X-A, X-B), or the clause's organisations.

    A name right after a noun is described by it ("供应商Y"), which states no relation; after a verb of buying
    (``buying`` cue) it is the seller ("X采购Y的服务"). Names listed with no owner before them are someone's
    customers, not each other's ("公司的主要客户包括A、B"): no event.
    """
    find = reader.find
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    if _market_standing(reader, trigger, partner):
        return []
    listed = find.after(partner, trigger.end, clause_end)
    buying = reader.sentence.slice(trigger.start, trigger.end) in _own_type(reader, trigger).cue("buying")
    if listed and listed[0].start == trigger.end and not buying:
        return []
    owner = find.subject(lambda n: partner(n) and n not in listed, trigger.start)[-1:]
    if listed and owner:
        return [Draft(trigger, {"orgs": [owner[0].entity, n.entity]}, anchor=n.start) for n in listed]
    referred = _referred_owner(reader, trigger, partner, listed) if listed else None
    if referred is not None:  # "X发布财报。其客户包括A、B": X-A, X-B
        return _each_with_referred(reader, trigger, referred, listed)
    if listed:
        return []
    names = find.in_range(partner, clause_start, clause_end)
    referred = _referred_party(reader, trigger, partner, names)
    if referred is not None:  # "A、B是其首批客户": the firm 其 stands for owns the word, with each
        return _each_with_referred(reader, trigger, referred, names)
    members = _class_members(reader, trigger, names)
    if members:
        party = [n for n in names if n.end <= members[0].start][-1:]
        if party:
            return _with_each(Draft(trigger), [party[0].entity or ""], members)
        return _topic_supplies_each(reader, trigger, partner, members)
    group = _group_of_one_owner(reader, trigger, partner, names)
    if group:
        return _with_each(Draft(trigger), [names[-1].entity or ""], group)
    owners = _owners_of_word(reader, trigger, partner, names)
    if owners:
        return _with_each(Draft(trigger), [names[0].entity or ""], owners)
    one_party = len({n.entity for n in names}) == 1
    if one_party and _with_first(reader, trigger, (clause_start, clause_end), names):
        return _supplied_with(reader, trigger, partner, names)
    if one_party:
        names = _topic_supplied(reader, trigger, partner, names[:1]) or names
    elif names and find.group(names[0], partner, names[0].start, trigger.start) == names:
        drafts = _topic_supplies_each(reader, trigger, partner, names)
        if drafts:
            return drafts
    if _one_list(reader, names):  # "分别向A、B、C采购": sellers of someone else, no deal with each other
        buyer = _buyer_of(reader, trigger, partner, names)
        return _with_each(Draft(trigger), [buyer], names) if buyer else []
    buyer = _buyer_of(reader, trigger, partner, names[1:]) if _one_list(reader, names[1:]) else None
    if buyer and buyer == names[0].entity:  # "X分别向A、B采购": the buyer named too, buying from each
        return _with_each(Draft(trigger), [buyer], names[1:])
    return (
        [Draft(trigger, {"orgs": list(dict.fromkeys(n.entity for n in names))}, anchor=names[0].start)]
        if names
        else []
    )


def _market_standing(reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]) -> bool:
    """Whether a market's scope (``market_scope`` cue) describes the word, no organisation owning it right before
    the scope ("X是国内最大的芯片供应商", "A和全球领先的传感器供应商B"): a firm's standing, no customer of the names
    around it. Right after an organisation, maybe after 在 or 的, the scope is that customer's ("X是Y全球最大的
    供应商", "作为Y在欧洲的独家供应商"); after the 等 closing a list of names, whatever comes between, it describes
    the names listed ("X服务过Y等全球知名客户", "X积累了Y等一批国内头部客户"). A buying word's scope is where it
    buys, no standing ("进入Y、Z等国际车企的采购体系")."""
    type_rules = _own_type(reader, trigger)
    if reader.sentence.slice(trigger.start, trigger.end) in type_rules.cue("buying"):
        return False
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    before = reader.find.in_range(partner, clause_start, trigger.start)
    gap = reader.sentence.slice(before[-1].end if before else clause_start, trigger.start)
    scope = type_rules.cue("market_scope")
    owned = bool(before) and (gap.startswith("等") or gap.lstrip("在的").startswith(scope))
    return any(w in gap for w in scope) and not owned


def _supplied_with(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], names: list[Name]
) -> list[Draft]:
    """The deal of a clause that opens with "与" and the other side ("X宣布与A合作，同时与B续签供货协议": X-B): the
    party is the one "与" leaves out, as in the other deals (``_comitative_party``); none found, no deal. A copula
    between the name and the word (``copula`` cue: "公司与B为X供应项目的中标人") makes the word part of what they
    are named, no deal of its own."""
    gap = reader.sentence.slice(names[-1].end, trigger.start)
    if any(w in gap for w in _own_type(reader, trigger).cue("copula")):
        return []
    draft = Draft(trigger, anchor=names[0].start)
    party = _comitative_party(reader, draft, partner, names)
    return [_all(draft, [party], names)] if party and party != names[0].entity else []


def _buyer_of(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], names: list[Name]
) -> str | None:
    """The buyer of a list of sellers a ``bought_from`` cue opens ("X分别向A、B采购": X), its subject; or none."""
    subject = _subject_of_list(
        reader, trigger, names[0], "bought_from", lambda n: partner(n) and n not in names
    )
    return subject.entity if subject else None


def _one_list(reader: SentenceReader, names: list[Name]) -> bool:
    """Whether the names are the members of one list, an enumeration comma among its marks ("A、B和C"): a
    list that buys or sells to no one else deals with someone left unnamed, not within itself (two joined by "和"
    alone may be the parties: "A和B签订采购合同")."""
    gaps = [reader.sentence.slice(a.end, b.start) for a, b in pairwise(names) if a.entity != b.entity]
    return bool(gaps) and all(_LIST_GAP.fullmatch(g) for g in gaps) and any("、" in g for g in gaps)


def _group_of_one_owner(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], names: list[Name]
) -> list[Name]:
    """A list of organisations each of which a copula makes a supplier or customer of the one owning the word
    ("A和B均是C的供应商", "A、B都是C HBM的主要客户": A-C and B-C, no deal of A with B); none unless the clause
    names just the list before the copula and the owner before "的" and the word."""
    if len(names) < 3 or names[-1].end > trigger.start:
        return []
    owner = names[-1]
    group = reader.find.group(names[0], partner, names[0].start, owner.start)
    if group != names[:-1]:
        return []
    copular = _copula_pattern(reader, trigger).fullmatch(reader.sentence.slice(group[-1].end, owner.start))
    owned = _OWNED_WORD.fullmatch(reader.sentence.slice(owner.end, trigger.start))
    return group if copular and owned else []


def _owners_of_word(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], names: list[Name]
) -> list[Name]:
    """A list after the subject's verb owning the word ("X拿下A、B两家车企的定点", "X获得A和B的订单"): X deals with
    each of them, who deal with no one together; none unless the clause names just the subject and the list
    before "的" and the word, the subject joined to no one ("A与B…" tells a deal of A and B)."""
    if len(names) < 3 or names[-1].end > trigger.start:
        return []
    group = reader.find.group(names[1], partner, names[1].start, trigger.start)
    if group != names[1:] or group[0] in reader.find.group(names[0], partner, names[0].start, trigger.start):
        return []
    lead = reader.sentence.slice(names[0].end, names[1].start)
    if any(w in lead for w in (*reader.rules.comitative_markers, "和", "及")):
        return []
    owned = _GROUP_OWNED.fullmatch(reader.sentence.slice(group[-1].end, trigger.start))
    return group if owned else []


def _class_members(reader: SentenceReader, trigger: Trigger, names: list[Name]) -> list[Name]:
    """The names a list right before the word gives as members of its class ("A、B等供应商", "A、B在内的多家车企
    都是其客户"): a ``members`` cue word after them, list marks (not "与") between them and no name after the
    word. They are suppliers or customers of someone else, not of each other; none when there is no such list."""
    if not names or names[-1].end > trigger.start:
        return []
    members = [names[-1]]
    for left in reversed(names[:-1]):
        if reader.sentence.slice(left.end, members[0].start).strip() not in _LIST_MARKS:
            break
        members.insert(0, left)
    gap = reader.sentence.slice(names[-1].end, trigger.start)
    listed = len(members) > 1 and any(w in gap for w in _own_type(reader, trigger).cue("members"))
    return members if listed else []


def _topic_supplies_each(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], customers: list[Name]
) -> list[Draft]:
    """The topic of the clauses before with each of a list of its customers (see :func:`_topic_supplied`)."""
    supplied = _topic_supplied(reader, trigger, partner, customers)
    return _with_each(Draft(trigger), [supplied[0].entity or ""], supplied[1:]) if supplied else []


def _topic_supplied(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool], customers: list[Name]
) -> list[Name]:
    """The topic of the clauses before, then the organisations a clause names as its customers ("X将开发卡车，Y将是
    大客户": X supplies Y): a copula (``copula`` cue) and a few qualifying words stand between them and the word,
    or a word opening the clause refers back to the topic ("X宣布，其芯片获得Y定点": X's), unless it makes Y the
    topic's own unit ("X宣布，其子公司Y获得大单") or the clauses before name another organisation it may refer
    to ("X领投了Z的A轮，其芯片获得Y定点": Z's as likely), or a word of receiving (``received`` cue) opens the clause
    with no subject of its own ("X与A签约，并获得Y的定点": X's, the topic). A list owns the word ("X宣布，其芯片获得A、B等车企的定点":
    X supplies each), or is no customer of the topic."""
    gap = reader.sentence.slice(customers[-1].end, trigger.start)
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, customers[0].start)
    referred = reader.refers_back(lead) and not any(w in lead for w in reader.rules.owner_markers)
    copular = _copula_pattern(reader, trigger).fullmatch(gap) is not None
    received = _received_pattern(reader, trigger).fullmatch(lead.lstrip("，, ")) is not None
    owned = len(customers) == 1 or _GROUP_OWNED.fullmatch(gap) is not None
    if not (referred or copular or received) or not owned or customers[-1].end > trigger.start:
        return []
    taken = {n.entity for n in customers}
    supplier = reader.find.subject(lambda n: partner(n) and n.entity not in taken, clause_start)
    before = {n.entity for n in reader.find.in_range(partner, reader.sentence.start, clause_start)}
    if not (copular or received) and len(before) > 1:
        return []
    return [supplier[0], *customers] if supplier and customers[0].start >= clause_start else []


def _either(words: tuple[str, ...]) -> str:
    """A regular expression group matching any of ``words``."""
    return f"(?:{'|'.join(map(re.escape, words))})"


def _received_pattern(reader: SentenceReader, trigger: Trigger) -> re.Pattern[str]:
    """Adverbs or "并" (``received_adverbs``), then a word of receiving opening a clause with no subject of its own
    ("，并获得", "，已拿到"): the clause goes on with the topic of the one before, which receives."""
    cue = _own_type(reader, trigger).cue
    return _compiled(f"{_either(cue('received_adverbs'))}*{_either(cue('received'))}了?")


def _copula_pattern(reader: SentenceReader, trigger: Trigger) -> re.Pattern[str]:
    """Adverbs (``copula_adverbs``), a copula, then up to four letters qualifying the noun ("将是大", "也是其重要")."""
    cue = _own_type(reader, trigger).cue
    return _compiled(f"{_either(cue('copula_adverbs'))}*{_either(cue('copula'))}[^\\W\\d_]{{0,4}}")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled once."""
    return re.compile(pattern)


def _named_after(reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]) -> list[Draft]:
    """The trigger's subject with each organisation named right after the word: the maker of what a customer
    takes up ("X接入了Y的大模型", "X采用Y芯片"), or the partner of a joint act ("X联合Y推出"). A unit the
    subject owns but does not name acts for it ("X旗下App接入Y"). No organisation there ("X采用了新架构",
    "X联合发布"), no deal, unless the sentence is passive ("X的芯片被Y采用", "X的芯片搭载于Y的车型": Y takes up
    X's)."""
    find = reader.find
    _, clause_end = reader.sentence.clause_of(trigger.start)
    named = find.after(partner, trigger.end, clause_end)
    gap = reader.sentence.slice(trigger.end, named[0].start) if named else ""
    placed_on = bool(named) and _PLACED_ON_GAP.fullmatch(gap) is not None
    if not named or not (placed_on or _NAMED_AFTER_GAP.fullmatch(gap)):
        return _taken_up_by(reader, trigger, partner) or _announcers_taken_up(reader, trigger, partner)
    subjects = find.subject(lambda n: partner(n) and n not in named, trigger.start) or _unit_owner(
        reader, trigger, partner
    )
    if placed_on:
        return [_supplied(trigger, subject, other) for subject in subjects for other in named]
    return [_supplied(trigger, other, subject) for subject in subjects for other in named]


def _unit_owner(reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]) -> list[Name]:
    """The organisation named right before owner words that open the trigger's clause's subject and name
    no unit ("X旗下App", "X旗下多款产品"): the unit acts for its owner."""
    find = reader.find
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    marker = find.marker_before(reader.rules.owner_markers, trigger.start)
    owners = find.before(partner, marker, clause_start) if marker is not None else []
    return owners if owners and find.owns(owners[-1]) else []


def _taken_up_by(reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]) -> list[Draft]:
    """The customers named right after a passive marker before the word ("X的芯片已被Y采用", "X的模型被Y旗下产品
    接入", "X的雷达已被Y、Z等车企采用": each of a list; "被W旗下的Y采用": Y), or after a word of receiving that
    the type's ``taken_up_passive`` cue makes one here ("X的晶片獲Y採用", as Taiwan and Hong Kong write it), the
    maker the subject before the marker; none without one, or when a second act of the subject's stands between
    the names and the word ("X获Y投资并采用其芯片": X takes up, Y invested)."""
    find = reader.find
    markers = (*reader.rules.passive_markers, *_own_type(reader, trigger).cue("taken_up_passive"))
    marker = find.marker_before(markers, trigger.start)
    if marker is None:
        return []
    customers = find.in_range(partner, marker, trigger.start)
    if not customers or _SECOND_ACT.search(reader.sentence.slice(customers[-1].end, trigger.start)):
        return []
    if not any(
        reader.sentence.slice(marker, marker + len(w)) == w
        and _named_at(reader, customers[0], marker + len(w))
        for w in markers
    ):
        return []
    listed = find.group(customers[0], partner, marker, trigger.start)
    makers = find.subject(lambda n: partner(n) and n not in customers, marker)
    return [_supplied(trigger, maker, customer) for maker in makers for customer in listed]


def _announcers_taken_up(
    reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]
) -> list[Draft]:
    """The customers that take up the announcing organisation's product, referred to by "其" right after the word
    ("X宣布，A、B将采用其芯片": X supplies each), else the one firm named before for a ``taken_from_others`` word
    ("X发布新模型。A已接入其大模型");
    none when the clause names no customer, or the product is the customer's own (``own_made`` cue: "X表示，A将
    采用其自研芯片": A's)."""
    type_rules = _own_type(reader, trigger)
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    after = reader.sentence.slice(trigger.end, clause_end).removeprefix("了")
    if not after.startswith("其") or after[1:].startswith(type_rules.cue("own_made")):
        return []
    customers = reader.find.in_range(partner, clause_start, trigger.start)
    if not customers:
        return []
    maker = _announcing_subject(reader, trigger, clause_start, lambda n: partner(n) and n not in customers)
    if maker is not None:
        return [_supplied(trigger, maker, c) for c in customers]
    # "X发布新模型。A、B已接入其大模型": the one firm named before makes it, for a word taking up another's.
    word = reader.sentence.slice(trigger.start, trigger.end)
    referred = _one_other_before(reader, partner, customers, clause_start)
    if referred is None or word not in type_rules.cue("taken_from_others"):
        return []
    return _each_with_referred(reader, trigger, referred, customers)


def _provides(reader: SentenceReader, trigger: Trigger, partner: Callable[[Name], bool]) -> list[Draft]:
    """A supplier and the customers it provides for, named right after a ``beneficiary`` cue word before the
    word ("Y为X提供算力", "Y将向X与Z提供芯片"), the supplier its subject. No customer named there, no deal."""
    find = reader.find
    type_rules = _own_type(reader, trigger)
    words = type_rules.cue("beneficiary")
    marker = find.marker_before(words, trigger.start)
    if marker is None or _help_provided(reader, trigger):
        return []
    marker_end = marker + max(len(w) for w in words if reader.sentence.slice(marker, marker + len(w)) == w)
    if reader.sentence.slice(reader.sentence.start, marker_end).endswith(type_rules.cue("not_beneficiary")):
        return []  # "作为X的子公司，打造…": X is no customer
    suppliers = find.in_range(partner, reader.sentence.clause_of(trigger.start)[0], marker)
    referred = _referred_party(reader, trigger, partner, suppliers)
    if referred is not None:  # "Y将为其提供芯片": the firm 其 stands for is the customer
        return _each_with_referred(reader, trigger, referred, suppliers)
    customers = find.after(partner, marker_end, trigger.start)
    if (
        not customers
        or not _named_at(reader, customers[0], marker_end)
        or trigger.start - customers[-1].end > _PROVIDED_REACH
    ):
        return []
    suppliers = find.subject(lambda n: partner(n) and n not in customers, marker)
    return [_supplied(trigger, supplier, customer) for supplier in suppliers for customer in customers]


def _named_at(reader: SentenceReader, name: Name, at: int) -> bool:
    """Whether ``name`` stands at ``at``, or right after its owner named there ("为X旗下的Y提供", "向X全资子公司Y
    交付": Y is the customer, X only says whose Y is)."""
    if name.start == at:
        return True
    owner = next((n for n in reader.find.names if n.start == at), None)
    following = next((n for n in reader.find.names if owner and n.start >= owner.end), None)
    return owner is not None and following is name and reader.find.owns(owner)


def _help_provided(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether what the word provides, up to its clause's end, is help in general (``provided_help``: "为X提供全力
    支持", "为X的业务提供有力支撑"): a shareholder, an investor or a project backs X, no supplier sells to it. Support
    named a service or a technology (``help_sold`` right before the word: "提供技术支撑", "提供算力支撑"), or in
    Latin letters ("提供AI能力"), is sold."""
    rules = _own_type(reader, trigger)
    _, clause_end = reader.sentence.clause_of(trigger.start)
    provided = reader.sentence.slice(trigger.end, clause_end).rstrip(_CLAUSE_MARKS)
    help_word = next((w for w in rules.cue("provided_help") if provided.endswith(w)), None)
    if help_word is None:
        return False
    what = provided.removesuffix(help_word).rstrip()
    latin = what[-1:].isascii() and what[-1:].isalnum()
    return not latin and not what.endswith(rules.cue("help_sold"))


def _supplied(trigger: Trigger, supplier: Name, customer: Name) -> Draft:
    """A deal's draft, the supplier first, as ``_supplies`` orders its parties."""
    return Draft(trigger, {"orgs": [supplier.entity, customer.entity]}, anchor=customer.start)


#: Builders of a deal between two sides (supplier and customer, or partners), by their trigger group's frame.
_DEAL_FRAMES: dict[str, Callable[[SentenceReader, Trigger, Callable[[Name], bool]], list[Draft]]] = {
    "named_after": _named_after,
    "provide": _provides,
}


def _bids(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """A bid per winner, its tenderers after it; the organisation referred back to when none is named.

    The members of a consortium the sentence names win together with whoever else is named winner, and
    are partners of each other in the bid ("A与B组成的联合体中标": A and B bid as one).
    """
    winners, tenderers = _bid_parties(reader, trigger)
    members = _consortium(reader, trigger, tenderers)
    winners = members + [w for w in winners if w.entity not in {m.entity for m in members}]
    tendered = [n.entity for n in tenderers]
    if winners:
        drafts = [
            Draft(trigger, {"orgs": [w.entity, *(t for t in tendered if t != w.entity)]}, anchor=w.start)
            for w in winners
        ]
        if len(members) > 1:
            drafts.append(Draft(trigger, {"orgs": [m.entity for m in members]}, anchor=members[0].start))
        return drafts
    draft = Draft(trigger)
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start)
    # "X：旗下全资子公司拟中标…": an unnamed unit won, not the company that heads or announces it.
    referred = reader.refers_back(lead) and not any(w in lead for w in reader.rules.owner_markers)
    announcer = (
        _announcing_subject(reader, trigger, trigger.start, reader.find.is_org, only=True)
        if referred
        else None
    )
    org = announcer.entity if announcer is not None else None
    org = org or reader.context_org(draft, _own_type(reader, trigger).slots["orgs"].not_kinds)
    if org is None:
        return []
    draft.values["orgs"] = [org, *(t for t in tendered if t != org)]
    return [draft]


def _consortium(reader: SentenceReader, trigger: Trigger, tenderers: list[Name]) -> list[Name]:
    """The companies of a consortium (a cue word of the type, "联合体"): the group named last before the
    word in its clause ("确定A、B联合体为中标人", "公司与A组成的联合体中标"), the article's company for "公司"."""
    find = reader.find
    words = _own_type(reader, trigger).cue("consortium")
    found = [m.start() for w in words for m in re.finditer(re.escape(w), reader.sentence.text)]
    if not found:
        return []
    at = reader.sentence.start + min(found)
    clause_start, _ = reader.sentence.clause_of(at)
    members = find.before(lambda n: find.is_org(n) and n not in tenderers, at, clause_start)
    lead = reader.sentence.slice(clause_start, members[0].start if members else at)
    named = {n.entity for n in members}
    referred = _itself_referred(reader, lead)
    announcer = _announcing_subject(reader, trigger, at, find.is_org, only=True) if referred else None
    company = _referred_bidder(reader, trigger) if referred else None
    if announcer is not None and announcer.entity and announcer.entity not in named:
        members.insert(0, announcer)  # "X公告，公司与A组成的联合体中标": X
    elif company and company not in named and company in reader.context.names:
        members.insert(0, reader.context.names[company])
    return list({n.entity: n for n in members if n.entity}.values())


def _itself_referred(reader: SentenceReader, lead: str) -> bool:
    """Whether the words before a consortium's members refer back to the company as a member itself, not only as
    the owner of the unit named next ("公司全资子公司Y与A组成的联合体": Y and A, not the company; but "公司及
    全资子公司Y与A组成的联合体" joins the company in)."""
    owner_only = any(w in lead for w in reader.rules.owner_markers) and not any(
        w in lead for w in load_knowledge().joining_words
    )
    return reader.refers_back(lead) and not owner_only


def _referred_bidder(reader: SentenceReader, trigger: Trigger) -> str | None:
    """The company "公司" or "本公司" of a consortium refers to: the winner of the article's last bid, known to the
    article ("X收到Y发来的中标通知。该通知认定本公司与其联合体伙伴为…中标单位": X, not Y, the tenderer named
    last), else the organisation named last."""
    context = reader.context
    last_bid = context.subjects.get(trigger.group.event_type)
    return last_bid if last_bid in context.names else context.last_org


def _bid_parties(reader: SentenceReader, trigger: Trigger) -> tuple[list[Name], list[Name]]:
    """Who won a bid and who tendered it.

    Winners stand before "中标" ("X中标Y项目") or, for "中标人为X", after it;
    the tenderer is marked ("招标人Y", "Y发出的《中标通知书》") or is the object.
    An organisation after "中标" is never taken for the winner: with no winner
    named, the bid is the article's company's, or is not reported. A tendering
    agent ("招标代理机构Z发出的《中标通知书》") only runs the tender, and a trading
    centre or a newspaper publishing the result ("X公共资源交易中心发布") only tells it:
    no party.
    """
    find = reader.find
    type_rules = _own_type(reader, trigger)
    # From the trigger's end: "中标人：X" names X in the clause after the colon.
    _, clause_end = reader.sentence.clause_of(trigger.end)
    slot = type_rules.slots["orgs"]
    party = find.fitting(slot.labels, slot.not_kinds)
    agents = _bid_agents(reader, trigger)
    marked = find.marked(
        find.is_org, _labelled(type_rules, type_rules.tenderer_after), type_rules.tenderer_before
    )
    marked = [n for n in marked if not _announces_own(reader, n, type_rules.cue("announced_own"))]
    marked += [n for n in _notice_senders(reader, trigger) if n not in marked]
    tenderers = [n for n in marked if n not in agents and party(n) and not _subjects_unit(reader, n)]
    tenderers += [n for n in _project_owners(reader, trigger, party) if n not in tenderers]

    titled = _in_titles(reader)

    def named(name: Name) -> bool:
        return party(name) and name not in marked and name not in agents and name not in tenderers

    def bidder(name: Name) -> bool:
        return named(name) and name not in titled

    following = find.after(bidder, trigger.end, clause_end)
    if trigger.group.frame == "bid_after":
        return following, tenderers
    object_ = find.after(named, trigger.end, clause_end)[:1]  # "中标“Y2020年采购项目”": Y tendered
    if trigger.group.frame == "bid_role":
        copula = find.marker_before(type_rules.cue("copula"), trigger.start)
        return (find.subject(bidder, copula) if copula is not None else []), tenderers
    # The subject's unit passing on its notice won ("公司收到全资子公司Y发来的《中标通知书》": Y), not the subject.
    winners = [n for n in marked if party(n) and _subjects_unit(reader, n)] or find.subject(
        bidder, trigger.start
    )
    return ([] if _headline_unit_wins(reader, trigger, winners) else winners), tenderers or object_


def _project_owners(reader: SentenceReader, trigger: Trigger, party: Callable[[Name], bool]) -> list[Name]:
    """Organisations naming the project a bid is about, right after a ``project_opening`` word, a few letters
    ending in a ``project_nouns`` word between them and the trigger ("X关于Y项目中标的公告", "X在Y智慧园区项目
    中标"): Y tendered the project and X won it; a unit named so is X's own ("关于控股子公司Y项目中标": Y won)."""
    type_rules = _own_type(reader, trigger)
    return [
        n
        for n in reader.find.names
        if party(n)
        and reader.find.preceded_by(n, type_rules.cue("project_opening"))
        and _PROJECT_GAP.fullmatch(gap := reader.sentence.slice(n.end, trigger.start)) is not None
        and gap.endswith(type_rules.cue("project_nouns"))
    ]


def _subjects_unit(reader: SentenceReader, name: Name) -> bool:
    """Whether an organisation is named as a unit of the one the sentence is about, an owner word right before
    it and no other name before that ("公司收到全资子公司Y发来的《中标通知书》": Y passes on the notice of its own
    won bid, and tendered nothing), not as another's unit ("北辰集团旗下Y发出的《中标通知书》": Y tendered)."""
    before = reader.sentence.slice(reader.sentence.start, name.start)
    owned = _owner_words(reader.rules.owner_markers).search(before)
    return owned is not None and not any(
        n.end == reader.sentence.start + owned.start() for n in reader.find.names
    )


def _labelled(type_rules: EventType, words: tuple[str, ...]) -> tuple[str, ...]:
    """Role words right before an organisation, each alone ("招标人Y", "招标代理机构Z") or followed by one of a
    notice's field labels, ``tenderer_labels`` ("招标人：Y", "招标人为Y", "招标代理机构：Z")."""
    labels = ("", *type_rules.cue("tenderer_labels"))
    return tuple(word + label for word in words for label in labels)


def labelled_tenderers(reader: SentenceReader, found: list[Event]) -> frozenset[str]:
    """The organisations a sentence that tells of no bid (``found``: its events) labels as a tenderer: a notice's
    field away from the bid's verb ("中标人：X" … "招标人：Y", "本项目的业主单位为Y"). Not a tendering agent."""
    if any(e.kind == _BID_KIND for e in found):
        return frozenset()
    find = reader.find
    labelled: set[str] = set()
    for event_type in (t for t in reader.rules.types if t.tenderer_after):
        slot = event_type.slots["orgs"]
        agents = find.marked(find.is_org, _labelled(event_type, event_type.cue("bid_agent")), ())
        marked = find.marked(
            find.fitting(slot.labels, slot.not_kinds), _labelled(event_type, event_type.tenderer_after), ()
        )
        labelled.update(n.entity for n in marked if n.entity and n not in agents)
    return frozenset(labelled)


def with_labelled_tenderers(events: list[Event], labelled: list[frozenset[str]]) -> list[Event]:
    """The article's bids named with no tenderer given the one its other sentences label (``labelled``, see
    ``labelled_tenderers``): only when they label one group, as a notice of one tender does. Several (the buyers of
    several lots: "招标人：Y" … "招标人：Z") do not say which bid is whose."""
    groups = {g for g in labelled if g}
    if len(groups) != 1:
        return events
    (group,) = groups
    return [
        replace(e, orgs=[*e.orgs, *sorted(group)])
        if e.kind == _BID_KIND and len(e.orgs) == 1 and e.orgs[0] not in group
        else e
        for e in events
    ]


def _announces_own(reader: SentenceReader, name: Name, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` follows ``name``, maybe after its stock code ("X发布公告称", "X(600001.SH)公布，"),
    and the sentence goes on about a unit of X's (an owner word: "公司控股子公司Y中标"): X tells the bid its unit
    won and tendered nothing, unlike "X发布中标结果". Not where "公司" joins others ("公司及子公司Y中标"): X won too."""
    rest = reader.sentence.slice(name.end, reader.sentence.end)
    if not _STOCK_CODE.sub("", rest, count=1).startswith(words):
        return False
    return any(w in rest for w in reader.rules.owner_markers) and _COMPANY_JOINED.search(rest) is None


def _bid_agents(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The tendering agents a sentence names: a group after a ``bid_agent`` cue word ("招标代理机构Z"), a name
    right after one though it closes a list of the tenderer's ("采购人Y、采购代理机构Z发来的"), and a name noted
    as one after it (``bid_agent_noted``: "Z（招标代理）"), or by its own name (``bid_agent_named``: "X国际招标
    有限公司发出的《中标通知书》")."""
    find = reader.find
    type_rules = _own_type(reader, trigger)
    words = _labelled(type_rules, type_rules.cue("bid_agent"))
    noted = type_rules.cue("bid_agent_noted")
    named = type_rules.cue("bid_agent_named")
    agents = find.marked(find.is_org, words, ())
    return agents + [
        n
        for n in find.names
        if find.is_org(n)
        and n not in agents
        and (
            find.preceded_by(n, words)
            or find.followed_by(n, noted)
            or any(w in reader.sentence.slice(n.start, n.end) for w in named)
        )
    ]


def _in_titles(reader: SentenceReader) -> list[Name]:
    """Organisations named inside a quoted title with more words than the name ("在“X2020年电能表招标采购
    项目”中中标", "X项目第一中标候选人" in 《》): the owner of a tender or project the title names, no
    bidder. A name quoted alone ("“X”中标") is the name itself."""
    titles = [m.span() for m in _QUOTED_TITLE.finditer(reader.sentence.text)]
    start = reader.sentence.start
    return [
        n
        for n in reader.find.names
        if any(s < n.start - start and n.end - start < e and e - s - 2 > n.end - n.start for s, e in titles)
    ]


def _notice_senders(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """Who sent a bid notice the sentence tells of receiving ("收到Y发出的《中标通知书》", "收到Y《中标通知书》"):
    the organisations between a word of receiving and the notice, in its clause. A sender tendered, however
    its name ends or is cut; the receiver won."""
    find = reader.find
    type_rules = _own_type(reader, trigger)
    senders: list[Name] = []
    for word in type_rules.cue("notice"):
        for match in re.finditer(re.escape(word), reader.sentence.text):
            at = reader.sentence.start + match.start()
            received = find.marker_before(type_rules.cue("notice_received"), at)
            if received is not None:
                senders += [n for n in find.in_range(find.is_org, received, at) if n not in senders]
    return senders


def _headline_unit_wins(reader: SentenceReader, trigger: Trigger, winners: list[Name]) -> bool:
    """Whether a headline's unnamed unit won, not the company before its colon ("X：全资子公司中标…"; the
    article names the unit further on): owner words open the trigger's clause right after a colon, no
    winner named in it and no joining word before them ("X：公司及子公司中标" is X's bid too)."""
    owned_from = reader.find.marker_before(reader.rules.owner_markers, trigger.start)
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    if owned_from is None or any(w.end > clause_start for w in winners):
        return False
    lead = reader.sentence.slice(clause_start, owned_from)
    before = reader.sentence.slice(reader.sentence.start, clause_start).rstrip()
    return before.endswith(("：", ":")) and not any(w in lead for w in load_knowledge().joining_words)


def _topic_referred(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The organisation a clause opening with a word for the company (公司, 该公司) stands for: the first of the
    sentence that fits, its topic, when it opens its clause, not the one named last in a clause about something else
    ("X创始人张三曾在Y工作，公司今年完成了A轮融资": X). Named after a person who opens the clause, it is no topic ("张三离开Y
    后创办了X，公司…": the company is the nearest one, X)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    opening = reader.sentence.slice(clause_start, trigger.start).lstrip()
    if not opening.startswith(reader.rules.organisation_subjects) or reader.find.in_range(
        pick, clause_start, trigger.start
    ):
        return []
    first = reader.find.in_range(pick, reader.sentence.start, clause_start)[:1]
    opens = bool(first) and _OPENING_MARKS.fullmatch(
        reader.sentence.slice(reader.sentence.clause_of(first[0].start)[0], first[0].start)
    )
    return first if opens else []


def _org_events(reader: SentenceReader, trigger: Trigger, names: list[Name]) -> Iterator[Draft]:
    """One draft per organisation of the group, or one about the organisation the sentence refers back to."""
    if names:
        for name in names:
            yield Draft(trigger, {"org": name.entity}, anchor=name.start)
        return
    if _counted_subject(reader, trigger):
        return
    draft = Draft(trigger)
    draft.values["org"] = reader.context_org(draft, _own_type(reader, trigger).slots["org"].not_kinds)
    yield draft


def _counted_subject(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the trigger's clause counts the firms it is about before it ("有192家企业获得投资", "多家公司宣布
    裁员"): a statistic over many firms, or one unnamed, is no event of the firm the article named before."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    return reader.rules.counted_firms.search(reader.sentence.slice(clause_start, trigger.start)) is not None


def _organisation_lists(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """Companies going public (org, board, status, amount, currency).

    The listed company is the trigger's subject among the organisations the slot admits (never an exchange; a
    bank or broker only right before the listing word), not a sponsor or underwriter ("保荐人X", "X担任保荐机构"),
    not the one a filing goes to ("向X递交") and not the shell a company lists through ("借壳X上市"). Status words
    count from the subject's clause to the trigger's clause's end.
    """
    find = reader.find
    type_rules = _own_type(reader, trigger)
    slot = type_rules.slots["org"]
    listed = _listing_pick(reader, trigger, find.fitting(slot.labels, slot.not_kinds))
    if _describes_unit(reader, trigger):
        _, clause_end = reader.sentence.clause_of(trigger.start)
        subject = find.after(listed, trigger.end, clause_end)[:1]
    elif _intermediary_nearest(reader, trigger, listed):
        subject = _intermediary_listing(reader, trigger)
    else:
        taker = _shell_taker(reader, trigger, listed)
        subject = (
            taker
            if taker is not None
            else (
                _relative_head(reader, trigger, listed, find.subject(listed, trigger.start))
                or _listed_after(reader, trigger, listed)
                or _intermediary_listing(reader, trigger)
            )
        )
        if _referred_past_cause(reader, trigger, subject):
            subject = _topic_referred(reader, trigger, _self_listable(reader, trigger)[0])
    known = _precedents(reader, trigger, listed)
    subject = _beyond_precedents(reader, listed, subject, known)
    if (
        _product_launch(reader, trigger, subject)
        or _described_in_passing(reader, trigger, subject)
        or _class_of_firms(reader, trigger)
    ):
        return []
    amount, currency = reader.amount(trigger)
    precedents = [n for n in known if n not in subject]
    drafts = list(_org_events(reader, trigger, subject)) + [
        Draft(trigger, {"org": n.entity}, anchor=n.start, presupposed=True) for n in precedents
    ]
    anniversary = _anniversary(reader, trigger)
    referred = _referred_back(reader, trigger)
    told: list[Draft] = []
    for draft in drafts:
        draft.presupposed = draft.presupposed or anniversary
        since, _ = reader.sentence.clause_of(draft.anchor if draft.anchor is not None else trigger.start)
        status = _applied_for(
            reader, trigger, reader.status(trigger, type_rules.statuses, since, own_word=True)
        )
        status = _decided_by(reader, trigger, since, status)
        if (referred and status is None) or _filing_updated(reader, trigger, draft, status):
            continue
        draft.stated_status = status is not None
        draft.values.update(
            board=reader.venue(trigger, since),
            status=_aimed_at(reader, trigger, status or trigger.group.status, stated=status is not None),
            amount=amount,
            currency=currency,
        )
        told.append(draft)
    return told


def _listing_pick(
    reader: SentenceReader, trigger: Trigger, admitted: Callable[[Name], bool]
) -> Callable[[Name], bool]:
    """The organisations ``admitted`` that may be the company listed: not a sponsor or underwriter ("保荐人X", "X担任
    保荐机构"), not the one a filing goes to ("向X递交"), not the shell a company lists through ("借壳X上市"), nor one
    under a mark of special treatment when a shell word is the trigger ("*ST远航先后与多家公司商讨借壳重组"): such
    a mark is a listed company's, so it is the shell, never the one going public through it. A member of a group
    preceded by its own role ("X及保荐券商Y撤回申请") is the group's intermediary alone."""
    find = reader.find
    cue = _own_type(reader, trigger).cue
    intermediaries = find.marked(find.is_org, cue("intermediary_after"), cue("intermediary_before"))
    shell_word = _shell_word(reader, trigger)
    return lambda name: (
        admitted(name)
        and name not in intermediaries
        and not find.preceded_by(name, cue("intermediary_after"))
        and not _service_taken(reader, trigger, name)
        and not find.preceded_by(name, cue("recipient_after"))
        and not find.preceded_by(name, cue("shell_after"))
        and not (shell_word and _risk_marked(reader, name))
    )


def _service_taken(reader: SentenceReader, trigger: Trigger, name: Name) -> bool:
    """Whether the name is the firm whose service a company takes ("接受中信证券的上市辅导": a tutor, not listed).
    Only before a service word: what else is taken names the company ("港交所接受星云科技的上市申请") or a
    broker's client ("接受星云科技委托")."""
    cue = _own_type(reader, trigger).cue
    rest = reader.sentence.slice(name.end, reader.sentence.end).removeprefix("的")
    return reader.find.preceded_by(name, cue("service_taken")) and rest.startswith(
        tuple(cue("services_taken"))
    )


def _shell_word(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the trigger itself is a word of going public through a listed shell ("借壳", "反向收购")."""
    return reader.sentence.slice(trigger.start, trigger.end) in _own_type(reader, trigger).cue("shell_after")


def _shell_taker(
    reader: SentenceReader, trigger: Trigger, listed: Callable[[Name], bool]
) -> list[Name] | None:
    """The company a shell word names as the party taking the shell ("X的借壳方为Y", "借壳方换成了Y"): the one right
    after a word of the type's `shell_taker` and a copula of `shell_taker_copulas` (two words at most between) lists;
    X, before it, is the shell, so with no company read after the copula none lists. None without such a phrase."""
    cue = _own_type(reader, trigger).cue
    if not _shell_word(reader, trigger):
        return None
    _, clause_end = reader.sentence.clause_of(trigger.start)
    rest = reader.sentence.slice(trigger.end, clause_end)
    taker = re.match(
        f"(?:{longest_first(cue('shell_taker'))})[^，,。；;]{{0,2}}?(?:{longest_first(cue('shell_taker_copulas'))})",
        rest,
    )
    if taker is None:
        return None
    return reader.find.after(
        reader.find.acting(listed, trigger.start), trigger.end + taker.end(), clause_end
    )[:1]


def _risk_marked(reader: SentenceReader, name: Name) -> bool:
    """Whether a mark of special treatment stands right before the name ("*ST远航", "ST远航"): a listed company."""
    before = reader.sentence.slice(reader.sentence.start, name.start + 1)
    return any(m.end() == len(before) - 1 for m in load_knowledge().risk_marks.finditer(before))


def _self_listable(reader: SentenceReader, trigger: Trigger) -> tuple[Callable[[Name], bool], frozenset[str]]:
    """The organisations the listing's slot admits once the type's `self_listed_kinds` (bank, broker) are let in, and
    those kinds: the slot leaves them out as intermediaries beside another's listing, not when they list themselves."""
    own = _own_type(reader, trigger)
    kinds = frozenset(own.cue("self_listed_kinds"))
    slot = own.slots["org"]
    return reader.find.fitting(slot.labels, slot.not_kinds - kinds), kinds


def _referred_past_cause(reader: SentenceReader, trigger: Trigger, subject: list[Name]) -> bool:
    """Whether the listing word's clause opens with a word for the company (该公司, 这家银行) and names no one, and
    the subject found stands in an earlier clause opening with a word of cause of the type's `cause_openers` ("由于A
    持有多数股权，这家银行将退市"): A only tells why; the company referred to is the sentence's topic or the
    article's, not the holder."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    opening = reader.sentence.slice(clause_start, trigger.start).lstrip()
    if (
        not subject
        or subject[0].start >= clause_start
        or not opening.startswith(reader.rules.organisation_subjects)
    ):
        return False
    cause_start, _ = reader.sentence.clause_of(subject[0].start)
    lead = reader.sentence.slice(cause_start, subject[0].start).lstrip()
    return lead.startswith(tuple(_own_type(reader, trigger).cue("cause_openers")))


def _intermediary_listing(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """A bank or broker listing itself ("星云证券IPO申请昨日过会", "星云银行明年在港上市", "星云证券拟借壳Y上市"):
    one of a kind of the type's `self_listed_kinds`, which the slot leaves out as an intermediary beside another's
    listing, is the company listed when no other is and it stands right before the listing word, only venues, dates
    and the type's `self_listed_between` words between; with a verb between ("星云证券表示，今年IPO数量…") it is
    still beside the listing."""
    fitting, kinds = _self_listable(reader, trigger)
    pick = _listing_pick(reader, trigger, lambda n: fitting(n) and reader.find.kind(n) in kinds)
    subject = reader.find.subject(pick, trigger.start)
    near = subject and _only_adjuncts(reader, trigger, subject[-1].end, trigger.start, "self_listed_between")
    return subject if near and _stage_follows(reader, trigger) else []


def _intermediary_nearest(reader: SentenceReader, trigger: Trigger, listed: Callable[[Name], bool]) -> bool:
    """Whether the trigger's subject is a bank or broker alone, one of a kind of the type's `self_listed_kinds`
    not named in an intermediary's role: the company listed is that firm or none, never a farther one the slot
    admits, its holder or a firm an earlier clause names ("百度持股的星云证券今日登陆上交所", "华为持有多数股权，
    星云银行或被私有化进而退市": not 百度, not 华为)."""
    fitting, _ = _self_listable(reader, trigger)
    nearest = reader.find.subject(_listing_pick(reader, trigger, fitting), trigger.start)
    return bool(nearest) and not any(listed(name) for name in nearest)


def _stage_follows(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the listing word ends its clause or only venues, dates and `self_listed_between` words part it from a
    status word after it ("星云证券IPO申请昨日过会", "星云银行明年在港上市"), or it is a shell taken ("星云证券拟借壳
    Y上市"): the listing itself is told. A noun after it ("中金公司IPO业务收入下降", "中信证券IPO保荐项目数量", "在港
    上市的项目有十个"), or a count or sum of its own after a status word ("中信证券IPO申请数量居首": the type's
    `self_listed_counts`), makes it the firm's business."""
    own = _own_type(reader, trigger)
    if _shell_word(reader, trigger):
        return True
    _, clause_end = reader.sentence.clause_of(trigger.start)
    ends = reader.rules.clause_ends + reader.rules.sentence_ends + " "
    rest = reader.sentence.slice(trigger.end, clause_end).rstrip(ends)
    if any(w in rest for w in own.cue("self_listed_counts")):
        return False
    words = [w for ws in own.statuses.values() for w in ws]
    starts = [at for w in words if (at := rest.find(w)) >= 0]
    stop = trigger.end + (min(starts) if starts else len(rest))
    return _only_adjuncts(reader, trigger, trigger.end, stop, "self_listed_between")


def _precedents(reader: SentenceReader, trigger: Trigger, listed: Callable[[Name], bool]) -> list[Name]:
    """The companies a phrase of the type's `precedent_open` and `precedent_close` cues names in the listing word's
    clause or the one before it as having taken the same step before the subject ("这是继A、B之后第三家登陆科创板的
    企业", "成为继A后第二家IPO终止的企业"): each took it, told as known. Only the names and coordinators may stand
    inside the phrase, and no clause may end between it and the listing word but right after it; a verb ("继A上市
    之后") or another clause ("继A之后又一家与高校合作的企业，公司计划明年上市") makes it another act, and a
    spin-off after it ("继A之后，B也宣布分拆旗下C上市") parallels A with the parent B, not with the unit listing."""
    cues = _own_type(reader, trigger).cue
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lo, _ = reader.sentence.clause_of(max(reader.sentence.start, clause_start - 1))
    text = reader.sentence.slice(lo, trigger.start)
    found: list[Name] = []
    for opening in (m.end() for w in cues("precedent_open") for m in re.finditer(re.escape(w), text)):
        closes = [(at, at + len(w)) for w in cues("precedent_close") if (at := text.find(w, opening)) >= 0]
        if not closes:
            continue
        close, closed = min(closes)
        between = text[closed:]
        if any(c in between.lstrip(reader.rules.clause_ends) for c in reader.rules.clause_ends) or any(
            w in between for w in cues("spin_off_before")
        ):
            continue
        inside = reader.find.in_range(listed, lo + opening, lo + close)
        rest = _words_between(reader, lo + opening, lo + close, listed)
        if inside and not re.sub(longest_first(reader.rules.coordinators), "", rest).strip():
            found += inside
    return found


def _beyond_precedents(
    reader: SentenceReader, listed: Callable[[Name], bool], subject: list[Name], precedents: list[Name]
) -> list[Name]:
    """The subject of a listing word whose nearest names are all precedents ("X有望成为继A、B之后第三家登陆港股的
    公司"): the precedents took the step before, so the subject is named before the precedent phrase (X), or in
    the clauses before it; never the last precedent."""
    if not subject or not all(n in precedents for n in subject):
        return subject
    return [n for n in reader.find.subject(listed, min(n.start for n in precedents)) if n not in precedents]


def _filing_updated(reader: SentenceReader, trigger: Trigger, draft: Draft, status: str | None) -> bool:
    """Whether a filing word is told as the update of a filing (a word of the type's `update_before` cue before it
    in its clause: "X更新招股书", "补充最新年报后重新递交上市申请") of a company an earlier sentence told to
    have filed or gone further ("X的IPO审核被中止。……X将提交更新后的申请文件"): the same filing again, no second
    one; the stage told stands. After no more than a plan ("X拟赴美上市……X日前更新招股书") the update tells the
    filing."""
    event_type = _own_type(reader, trigger)
    org = draft.values.get("org") or reader.context.subjects.get(event_type.name)
    told = reader.context.stages.get((event_type.name, org), set()) if isinstance(org, str) else set()
    order = event_type.slots["status"].values
    filed = order.index("filed")
    if (status or trigger.group.status) != "filed" or not any(order.index(s) >= filed for s in told):
        return False
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    before = reader.sentence.slice(clause_start, trigger.start)
    return any(w in before for w in event_type.cue("update_before"))


def _referred_back(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether a word of the type's `referred_before` cue points the listing word back at the listing the article
    told ("X科创板IPO获受理……本次IPO，X拟募资10亿元"), only venues and dates between them: with no status word of
    its own it tells no stage, so it is no event, least of all a first trading day."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    before = reader.sentence.slice(clause_start, trigger.start)
    hits = [
        before.rfind(w) + len(w) for w in _own_type(reader, trigger).cue("referred_before") if w in before
    ]
    return bool(hits) and _only_adjuncts(reader, trigger, clause_start + max(hits), trigger.start)


def _anniversary(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether a count of years and an anniversary word of the type's `anniversary_marks` follow the listing word
    ("X即将迎来上市10周年", "在港上市五周年之际"): a listing years ago, taken as known, however planned the
    celebration; no plan to list."""
    marks = _own_type(reader, trigger).cue("anniversary_marks")
    rest = reader.sentence.slice(trigger.end, reader.sentence.end)
    count = _YEARS_COUNTED.match(rest)
    return count is not None and rest.startswith(marks, count.end())


def _aimed_at(reader: SentenceReader, trigger: Trigger, status: str | None, stated: bool) -> str | None:
    """A first trading day the clause tells as an aim is in preparation, not reached: an aim word before the
    listing word in its own clause ("推动X在科创板上市", "为了成功上市", not "在Y推动下", nor an aim of an earlier
    clause: "为了便于X发展，Y推荐X上市") or right after it ("X上市的梦想", "X上市的承销商"), from the type's
    `aim_before` and `aim_after` cues. A unit's spin-off (`spin_off_before`: "X宣布分拆Y上市") is a plan too,
    unless a status word of the clause (``stated``) tells the stage ("X分拆的Y今日挂牌") or the clause tells it
    as the cause of what follows (`cause_before`: "随着X集团整体上市，旗下资源更集中了"). Words inside the names
    of the clause are none of them (新 + 希望 + 乳业, 希望 + 教育集团: a firm's name, no aim)."""
    if status != "listed":
        return status
    cues = _own_type(reader, trigger).cue
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    before = _words_between(reader, clause_start, trigger.start, lambda _: True)
    restructured = any(_spins_off(before, w, cues("spun_off_marks")) for w in cues("spin_off_before"))
    if not stated and restructured and not before.lstrip().startswith(cues("cause_before")):
        return "preparing"
    after = reader.sentence.slice(_listing_words_end(reader, trigger), reader.sentence.end)
    aimed = any(w in before.replace(w + "下", "") for w in cues("aim_before")) or after.startswith(
        cues("aim_after")
    )
    return "preparing" if aimed else status


def _listing_words_end(reader: SentenceReader, trigger: Trigger) -> int:
    """Where the run of listing words the trigger opens ends: "借壳上市的梦想" aims at the listing 借壳 tells as much as
    at the one 上市 tells."""
    end = trigger.end
    for start, stop in reader.word_spans(trigger.group.event_type, trigger.end, reader.sentence.end):
        if start != end:
            break
        end = stop
    return end


def _spins_off(before: str, word: str, marks: tuple[str, ...]) -> bool:
    """Whether a spin-off word stands in the text before a listing word as a deed ("分拆Y上市"), not describing the
    unit ("分拆出来的Y", one of ``marks`` right after it)."""
    at = before.find(word)
    return at >= 0 and not before[at + len(word) :].startswith(marks)


def _applied_for(reader: SentenceReader, trigger: Trigger, status: str | None) -> str | None:
    """A first trading day an application word asks for is a filing ("X已递表，申请在主板挂牌"): the
    listing word names what is applied for, not what happened.

    The application (a word before the trigger in its clause, or the trigger itself when a listing word
    after it gave the status) must govern the listing word: only venues, dates and the words of the type's
    `applied_between` cue may stand between them, so an approval between them ("上市申请获批后今日挂牌")
    leaves a listing. A negated application ("尚未申请在X上市") asks for nothing, as in the status words.
    """
    if (status or trigger.group.status) != "listed":
        return status
    cues = _own_type(reader, trigger).cue
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    word = reader.sentence.slice(trigger.start, trigger.end)
    if any(word.endswith(w) for w in cues("applied_for")):
        application = trigger.start
        after = reader.sentence.slice(trigger.end, clause_end)
        listing = [after.find(w) for w in _own_type(reader, trigger).statuses.get("listed", ()) if w in after]
        if not listing:
            return status
        start, end = trigger.end, trigger.end + min(listing)
    else:
        before = reader.sentence.slice(clause_start, trigger.start)
        hits = [(before.rfind(w), w) for w in cues("applied_for") if w in before]
        if not hits:
            return status
        at, cue = max(hits, key=lambda hit: (hit[0], len(hit[1])))
        application, start, end = clause_start + at, clause_start + at + len(cue), trigger.start
    if reader.rules.status_negation.search(reader.sentence.slice(clause_start, application)):
        return status
    return "filed" if _only_adjuncts(reader, trigger, start, end) else status


def _decided_by(reader: SentenceReader, trigger: Trigger, since: int, status: str | None) -> str | None:
    """The status a body deciding on the listing in its clause gives it, read after the status words (``status``).
    An exchange named between a word of receiving (`granted_before`) and one of passing (`granted_after`) approves
    it ("X转上柜申请获柜买中心通过", "X的上市申请獲港交所批准"), where the status words, one word each, miss the name
    between. A company's own board or shareholders (`own_organs`: "X董事会审议通过了关于公司申请…上市的议案")
    decide to list: an approval they give leaves the listing in preparation, unless the body is an exchange's
    (`exchange_organ_owners` or an exchange's name right before it: "上市案获证交所董事会通过")."""
    type_rules = _own_type(reader, trigger)
    cues = type_rules.cue
    order = list(type_rules.statuses)
    lo, end = reader.sentence.clause_of(trigger.start)
    lo = min(lo, since)
    text = reader.sentence.slice(lo, end)
    exchanges = reader.find.in_range(lambda n: n.label == "Exchange", lo, end)
    short_of_approval = status not in order or order.index(status) > order.index("approved")
    if short_of_approval and any(
        _granted(reader, cues("granted_before"), text[: n.start - lo])
        and text.startswith(cues("granted_after"), n.end - lo)
        for n in exchanges
    ):
        status = "approved"
    if status != "approved":
        return status
    exchange_ends = {n.end - lo for n in exchanges}
    for organ in cues("own_organs"):
        for m in re.finditer(re.escape(organ), text):
            if (
                not text[: m.start()].endswith(cues("exchange_organ_owners"))
                and m.start() not in exchange_ends
            ):
                return "preparing"
    return status


def _granted(reader: SentenceReader, receiving: tuple[str, ...], before: str) -> bool:
    """Whether the text before an exchange ends with a word of receiving (`granted_before`) that no negation
    stands before ("上市申请尚未获得港交所批准": nothing was granted)."""
    words = [w for w in receiving if before.endswith(w)]
    return bool(words) and not reader.rules.status_negation.search(before[: -max(map(len, words))])


def _relative_head(
    reader: SentenceReader, trigger: Trigger, listed: Callable[[Name], bool], subject: list[Name]
) -> list[Name]:
    """The company a listing phrase describes when it is a relative clause before it ("X由在港上市的Y全资拥有",
    "X引入了在纳斯达克上市的Y"): Y, named right after 的 or after a description ending in a word of the type's
    `relative_heads` ("在纳斯达克上市的芯片制造商Y"), not the subject X, which a verb between them (more than venues,
    dates and the type's `relative_between` words) keeps out of the clause."""
    rest = reader.sentence.slice(trigger.end, reader.sentence.end)
    if not subject or not rest.startswith("的"):
        return subject
    _, clause_end = reader.sentence.clause_of(trigger.start)
    head = reader.find.after(listed, trigger.end, clause_end)[:1]
    gap = reader.sentence.slice(trigger.end + 1, head[0].start) if head else ""
    if not head or (gap and not gap.endswith(_own_type(reader, trigger).cue("relative_heads"))):
        return subject
    opens_it = _only_adjuncts(reader, trigger, subject[-1].end, trigger.start, "relative_between")
    return subject if opens_it else head


def _described_in_passing(reader: SentenceReader, trigger: Trigger, subject: list[Name]) -> bool:
    """Whether the listing phrase only describes the company named right after its 的 as one already listed, a peer
    or an owner beside the news: a peer word before it in its clause ("与同为港股上市的X相比", the type's
    `peer_before`), or a comparison or an owner marker right after that company ("和已在港上市的X一样", "已在
    纳斯达克上市的X旗下的Y": `compared_after`, owner markers). X goes public in no stage there. A date telling when
    it listed ("2020年上市的X") is no such description and still lists X."""
    rest = reader.sentence.slice(trigger.end, reader.sentence.end)
    if not subject or subject[0].start < trigger.end or not rest.startswith("的"):
        return False
    cues = _own_type(reader, trigger).cue
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    before = reader.sentence.slice(clause_start, trigger.start)
    after = reader.sentence.slice(subject[0].end, reader.sentence.end).lstrip("的")
    return any(w in before for w in cues("peer_before")) or after.startswith(
        (*cues("compared_after"), *reader.rules.owner_markers)
    )


def _class_of_firms(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether a word of the type's `firm_classes` stands right before the listing word in its clause, only venues
    and `class_between` words between ("支持科技企业赴港上市", "提供企业IPO咨询服务的Y"): firms in general go
    public, no firm the sentence or the article names. Inside a name ("星云企业"), after a demonstrative ("该企业
    计划上市": the firm the article is about) or after an organisation of its clause and a `class_described` word
    ("X作为首家民营企业在科创板上市": the class describes X) it is no class."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    before = reader.sentence.slice(clause_start, trigger.start)
    for word in _own_type(reader, trigger).cue("firm_classes"):
        at = before.rfind(word)
        end = clause_start + at + len(word)
        if (
            at >= 0
            and _only_adjuncts(reader, trigger, end, trigger.start, "class_between")
            and not _class_describes(reader, trigger, clause_start, clause_start + at)
            and not any(n.start < end and clause_start + at < n.end for n in reader.find.names)
            and not any(m.end() == at + len(word) for m in reader.rules.demonstrative_firm.finditer(before))
        ):
            return True
    return False


def _class_describes(reader: SentenceReader, trigger: Trigger, start: int, at: int) -> bool:
    """Whether an organisation of the clause (from ``start``) stands before a class word at ``at`` with a word of
    the type's `class_described` between ("X作为首家民营企业…": the class is what X is, not firms in general)."""
    return any(
        start <= n.start
        and n.end <= at
        and reader.find.is_org(n)
        and any(
            w in reader.sentence.slice(n.end, at) for w in _own_type(reader, trigger).cue("class_described")
        )
        for n in reader.find.names
    )


def _only_adjuncts(
    reader: SentenceReader, trigger: Trigger, start: int, end: int, cue: str = "applied_between"
) -> bool:
    """Whether the text between two document offsets holds only venues, dates and places, and the words
    of the trigger type's ``cue`` (`applied_between`: "在", "于", "并", "首次公开发行股票")."""
    between = list(reader.sentence.slice(start, end))
    spans = [(n.start, n.end) for n in reader.find.names if n.label in reader.rules.adjunct_labels]
    venues = reader.rules.venues.get(trigger.group.event_type)
    if venues is not None:
        offset = reader.sentence.start
        spans += [(offset + m.start(), offset + m.end()) for m in venues[0].finditer(reader.sentence.text)]
    for lo, hi in spans:
        for i in range(max(lo, start), min(hi, end)):
            between[i - start] = ""
    words = _own_type(reader, trigger).cue(cue)
    rest = re.sub(longest_first(words), "", "".join(between)) if words else "".join(between)
    return not rest.strip()


def _describes_unit(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the listing phrase describes a unit named by an owner word after 的 ("X在港上市的子公司Y"), or a
    counted group of firms ("X在港上市的三家子公司", "X旗下在A股上市的两家公司"): the units are listed (Y, or no
    one named), their owner X only holds them."""
    rest = reader.sentence.slice(trigger.end, reader.sentence.end)
    return rest.startswith("的") and (
        rest[1:].startswith(reader.rules.owner_markers)
        or reader.rules.counted_firms.match(rest, 1) is not None
    )


def _listed_after(reader: SentenceReader, trigger: Trigger, listed: Callable[[Name], bool]) -> list[Name]:
    """The company a fronted listing phrase is about when none comes before it: the head of a relative
    clause ("去年上市的芯片公司X": X; each of a list with an enumeration comma, "同日上市的X、Y和Z", but not the
    parties of "在港上市的X和Y签约") or the first one after a time phrase ("自去年上市以来，受…影响，X的股价")."""
    _, clause_end = reader.sentence.clause_of(trigger.start)
    if reader.sentence.slice(trigger.end, trigger.end + 1) == "的":
        heads = reader.find.after(listed, trigger.end, clause_end)
        return heads if _one_list(reader, heads) else heads[:1]
    rest = reader.sentence.slice(trigger.end, clause_end).strip(reader.rules.clause_ends + " ")
    return reader.find.after(listed, clause_end)[:1] if rest in ("", *_FRONTED) else []


def _product_launch(reader: SentenceReader, trigger: Trigger, subject: list[Name]) -> bool:
    """Whether what comes on the market is a product: one named between the company and the word ("X的G9上市",
    "X两款芯片将于明年上市": a model code or a product word of the type's cues) or the phrase it closes describes
    ("即将上市的星云X9": a brand and a model in Latin letters), an edition taken for the company
    (英文版), a titled work, or goods the sentence tells are on sale (售价, 销量). A firm a demonstrative describes
    by its line ("这家AI芯片企业计划…上市") is no product. Where the word's clause names a stock market ("X今日在
    纳斯达克挂牌上市，去年销量突破10万辆", "凭借《Y》走红的X今日在港交所上市"), a sale or a work told elsewhere in the
    sentence is the company's business, and its shares are what is listed."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    start = max([clause_start, *(n.end for n in subject)])
    between = reader.rules.demonstrative_firm.sub("", reader.sentence.slice(start, trigger.start))
    cues = _own_type(reader, trigger)
    if (
        bool(_MODEL_CODE.search(between) or _MODEL_NUMBER.match(between))
        or _PRODUCT_AFTER.match(reader.sentence.text, trigger.end - reader.sentence.start) is not None
        or _product_word_after(reader, trigger)
        or any(word in between for word in cues.cue("product_words"))
        or any(n.text.endswith(tuple(cues.cue("product_endings"))) for n in subject)
    ):
        return True
    if _names_a_market(reader, trigger):
        return False
    sale = _sale_pattern(tuple(cues.cue("sale_words")), tuple(cues.cue("offering_marks")))
    return sale.search(reader.sentence.text) is not None or _titled_work_before(reader, trigger)


def _product_word_after(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the 的 closing the listing phrase opens a product word of the type's cues within its first three
    characters, outside a name ("即将上市的新款一体机", "刚上市的新药"): the product comes on the market. A firm's
    head word later in the clause makes the product word its line of business ("上市的芯片设计公司")."""
    _, clause_end = reader.sentence.clause_of(trigger.start)
    rest = reader.sentence.slice(trigger.end, clause_end)
    if not rest.startswith("的"):
        return False
    cues = _own_type(reader, trigger).cue
    named = [(n.start - trigger.end, n.end - trigger.end) for n in reader.find.names if n.end > trigger.end]
    return not any(w in rest for w in cues("relative_heads")) and any(
        0 <= (at := rest.find(w, 1)) <= 3 and not any(lo <= at < hi for lo, hi in named)
        for w in cues("product_words")
    )


def _names_a_market(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the trigger's clause names a venue of the type, a stock exchange or board ("在港交所", "登陆科创板")."""
    lo, hi = reader.sentence.clause_of(trigger.start)
    return any(lo <= at < hi for at, _ in reader.venues(trigger.group.event_type))


@cache
def _sale_pattern(words: tuple[str, ...], offering_marks: tuple[str, ...]) -> re.Pattern[str]:
    """A word of selling goods, not one of an offering's price (发 + 售价); compiled once."""
    return re.compile(f"(?<![{''.join(offering_marks)}])(?:{longest_first(words)})")


def _titled_work_before(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether a work's title in marks stands before the trigger in its sentence ("Y宣布《X》于6月上市"): a
    game, book or film going on sale. A title naming a filing or a rule (《招股说明书》) or an outlet that reports
    (《X日报》获悉, 据《X》报道) is none; news of a firm going public names those."""
    cues = _own_type(reader, trigger)
    before = reader.sentence.slice(reader.sentence.start, trigger.start)
    return any(
        not any(word in title.group(1) for word in cues.cue("document_titles"))
        and not before.startswith(tuple(cues.cue("outlet_after_titles")), title.end())
        and not before.endswith(tuple(cues.cue("outlet_before_titles")), 0, title.start())
        for title in _TITLED_WORK.finditer(before)
    )


def _counted_history(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether rounds counted right before the trigger sum up a history ("已完成5轮融资", "先后完成多次融资"):
    no one round. Rounds named right before an exact count are those rounds ("完成A轮及A+轮两轮融资"); a list left
    open or counted vaguely is a history ("先后完成天使轮、A轮等多轮融资", "完成包括天使轮、A轮在内的 4 轮融资"),
    and so is a round named in such a list (战略融资 of "完成包括种子轮、Pre-A轮与战略融资在内的三轮融资"), unlike
    one a count later in its clause only follows ("完成B轮融资后已完成5轮融资")."""
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start)
    counted = reader.rules.counted_events.search(lead)
    if counted is not None:
        named = lead[: counted.start()]
        vague = _open_list(reader, named) or counted.group("vague") is not None
        return vague or len(reader.rules.round.findall(named)) < 2
    after = reader.sentence.slice(trigger.end, clause_end)
    later = min((at for word in trigger.group.words if (at := after.find(word)) >= 0), default=-1)
    counted = reader.rules.counted_events.search(after[:later]) if later >= 0 else None
    return counted is not None and _open_list(reader, after[: counted.start()])


def _open_list(reader: SentenceReader, named: str) -> bool:
    """Whether ``named`` ends a list left open ("天使轮、A轮等", "包括天使轮、A轮在内的")."""
    return named.rstrip().endswith(reader.rules.open_list_ends)


def _organisation_raises(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """Organisations raising money (org, amount, currency, round, investors).

    The funded company is never one the sentence marks as an investor nor of a kind that only
    invests. "X完成融资" / "X、Y先后完成融资" fund their subjects (one event each); for an
    investing word the funded company is its target ("对X的投资", "向X注资"), its object
    ("Y领投X"), or the subject that receives it ("X获Y投资") within the trigger's clause:
    "Y计划投资千亿元" funds no one. Who is named after a word of taking part ("参与本轮投资的包括A、B")
    invests; the round is then the one referred back to. A round referred back to in the trigger's
    clause ("该轮融资由A（领投）、B、C投资") funds the company named before it or referred to, never
    one named with its investors, whose list may have members no marker reaches. Counted rounds ("已完成5轮
    融资") sum up a history, no one round.
    """
    if _counted_history(reader, trigger):
        return []
    find = reader.find
    slot = _own_type(reader, trigger).slots["org"]
    fits = find.fitting(slot.labels, slot.not_kinds)
    target = _investment_target(reader, trigger, fits) if trigger.group.frame == "invest" else []
    investors = [n for n in _investors(reader, trigger, target) if n not in target]
    investors += [n for n in _givers_named(reader, trigger, fits) if n not in investors and n not in target]
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    if find.marker_before(_own_type(reader, trigger).cue("joined_with"), trigger.start) is not None:
        investors += [n for n in find.in_range(find.is_org, trigger.end, clause_end) if n not in investors]
    investors += [n for n in _taking_part(reader, trigger) if n not in investors and n not in target]
    investors += [n for n in _becoming_investors(reader, trigger, fits) if n not in investors]

    def fundable(name: Name) -> bool:
        return fits(name) and name not in investors and not find.owns(name)

    after = find.after(fundable, trigger.end, clause_end)[:1]
    described = bool(after) and reader.sentence.slice(trigger.end, after[0].start).strip() == "的"
    if after and trigger.group.frame == "invest" and not described:
        # "X投资了A和B": both funded; "获得X投资的A与B签约" describes A alone, B is A's partner
        first = after[0]
        after = find.group(first, fundable, trigger.end, clause_end)
        if _holdings_listed(reader, first, after[-1], clause_end):
            after = []  # "X已投资A、B等企业": the investor's holdings, no round told
    referring = reader.sentence.slice(clause_start, trigger.end)  # the trigger too: 本次 + 融资
    back = any(word in referring for word in _own_type(reader, trigger).cue("round_referred"))
    if trigger.group.frame == "investors":
        funded = []  # "投资方为A": the round referred back to or told last (see _goes_on_with_round)
    elif trigger.group.frame == "invest":
        if _portfolio_of_a_backer(reader, trigger, investors):
            return []
        funded = (
            target
            or after
            or ([] if back else _receiving(reader, trigger, fundable))
            or _received_without_subject(reader, trigger, fundable)
        )
    else:
        funded = (
            _topic_referred(reader, trigger, fundable)
            or (find.subject if _continues(reader, trigger) else find.before)(fundable, trigger.start)
            or ([] if back else after)
        )
        if _fund_of(reader, trigger, funded):
            return []
    amount, currency = reader.amount(trigger)
    round_match = nearest_match(
        reader.rules.round,
        reader.sentence,
        trigger,
        fits=lambda m: not reader.told_of_another_firm(m, trigger),
    )
    drafts = list(_org_events(reader, trigger, funded))
    for draft in drafts:
        if draft.values["org"] is None and _goes_on_with_round(reader, trigger, investors, amount):
            draft.values["org"] = reader.context.subjects[trigger.group.event_type]
            draft.inferred += 1
        draft.values.update(
            amount=amount,
            currency=currency,
            round=normalise_round(round_match.group()) if round_match else None,
            investors=list(dict.fromkeys(n.entity for n in investors if n.entity != draft.values["org"])),
        )
    return drafts


def _holdings_listed(reader: SentenceReader, first: Name, last: Name, clause_end: int) -> bool:
    """Whether the companies after an investing word, from ``first`` to ``last``, are a list left open: an
    investor's holdings, no round ("X已投资A、B等企业"). The last name may be read short, leaving words between it
    and the list's end ("X已投资A、远帆汽车技术服务等企业": 远帆汽车技术 is read, 服务 left), so a 、 after the first
    name followed by an ``open_list_ends`` word later in the clause makes a list left open too."""
    ends = reader.rules.open_list_ends
    if reader.sentence.slice(last.end, clause_end).lstrip().startswith(ends):
        return True
    rest = reader.sentence.slice(first.end, clause_end)
    listed = rest.find("、")
    return listed >= 0 and any(word in rest[listed:] for word in ends)


def _portfolio_of_a_backer(reader: SentenceReader, trigger: Trigger, investors: list[Name]) -> bool:
    """Whether an investing word tells the holdings of an investor the article named in a round before ("X完成B轮
    融资，由Y领投。Y此前还投资了A和B"): a ``portfolio_marks`` word before it in its clause and no date there make
    them the investor's background, no new round of A or B; a dated one ("Y于2023年还投资了A") is a round."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start)
    if not any(word in lead for word in _own_type(reader, trigger).cue("portfolio_marks")):
        return False
    return not reader.dated_in_clause(trigger.start) and any(
        n.entity in reader.context.investors for n in investors
    )


def _fund_of(reader: SentenceReader, trigger: Trigger, funded: list[Name]) -> bool:
    """Whether the money is raised by a fund the firm before the trigger describes ("X发起设立的产业基金完成首期
    募集", "X管理的美元基金募资10亿美元"): a ``fund_heads`` word after a 的 that follows the firm; the fund raises
    it from its backers, the firm has no round. A clause with a word of receiving ("X获得Y的产业基金融资") tells
    a round received from the fund."""
    if not funded:
        return False
    cue = _own_type(reader, trigger).cue
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    lead = reader.sentence.slice(clause_start, trigger.start)
    between = reader.sentence.slice(funded[-1].end, trigger.start)
    head = max(between.rfind(word) for word in cue("fund_heads"))
    return "的" in between[: max(head, 0)] and not any(
        word in lead for word in (*cue("received_with"), *cue("received_from"))
    )


def _goes_on_with_round(
    reader: SentenceReader, trigger: Trigger, investors: list[Name], amount: str | None
) -> bool:
    """Whether a sentence naming no company funded goes on with the round the article told last ("X完成B轮融资。
    融资金额为3亿元，由A领投", "A领投，B跟投。", "投资方为A和B。"): it tells that round's amount or investors, and
    every organisation it names is one of those investors. One telling an investor's past deals ("A曾领投过多家
    企业") in its trigger's clause (``history_marks``) tells of no round."""
    event_type = trigger.group.event_type
    if event_type not in reader.context.subjects or not _may_go_on(trigger.group, event_type):
        return False
    if not (investors or (amount and trigger.group.opens_sentence)):
        return False
    find = reader.find
    if any(find.is_org(n) and n not in investors for n in find.names):
        return False
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    clause = reader.sentence.slice(clause_start, clause_end)
    return not any(word in clause for word in _own_type(reader, trigger).cue("history_marks"))


def _may_go_on(group: TriggerGroup, event_type: str) -> bool:
    """Whether a trigger group's words may go on with the article's last round: those that count only after one
    (``continued:`` needs: "由A领投") or only opening a sentence (融资金额为…). A word telling a round of its own
    ("单笔融资均值达2亿元", "A出资1000万美元发起比赛") with no company named is about no one the article told."""
    return f"continued:{event_type}" in group.needs or group.opens_sentence


def _taking_part(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """Organisations before a word of taking part ahead of the trigger in its clause ("A和B等现有股东计划参与Y的新一轮
    融资"): they put money in, so the company funded is one named after that word (Y) or referred to. One that
    receives before the word ("X获Y参与的B轮融资") is no part-taker, nor one taking part in another deed
    (``taking_part_in`` after the word: "X创始人张伟参与创办的Y完成B轮融资")."""
    find = reader.find
    cue = _own_type(reader, trigger).cue
    at = find.marker_before(cue("taking_part"), trigger.start)
    if at is None:
        return []
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    between = reader.sentence.slice(clause_start, at)
    if any(word in between for word in cue("received_with")):
        return []
    word = next(w for w in cue("taking_part") if reader.sentence.slice(at, at + len(w)) == w)
    deed = reader.sentence.slice(at + len(word), trigger.start).lstrip("了过")
    if deed.startswith(cue("taking_part_in")):
        return []
    return find.in_range(find.is_org, clause_start, at)


def _becoming_investors(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """Organisations before a word of becoming (``became_of``) whose object is the company funded, its 的 and then
    the trigger ("A成为X的战略投资者": A invests in X). Only for a trigger counted for that word (its group's
    ``in_clause``): "A成为X的融资顾问" advises. Only that shape: the word before anything else ("A成为首家获得
    融资的企业") makes no one an investor."""
    words = [w for w in _own_type(reader, trigger).cue("became_of") if w in trigger.group.in_clause]
    find, slice_ = reader.find, reader.sentence.slice
    at = find.marker_before(tuple(words), trigger.start) if words else None
    if at is None:
        return []
    word = max((w for w in words if slice_(at, at + len(w)) == w), key=len)  # 成为了, not 成为
    funded = find.after(pick, at + len(word), trigger.start)
    if (
        not funded
        or slice_(at + len(word), funded[0].start).strip()
        or slice_(funded[-1].end, trigger.start) != "的"
    ):
        return []
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    return find.in_range(find.is_org, clause_start, at)


def _continues(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the trigger's clause opens with a word going on with the subject of the clause before ("X收购了Y，
    同时完成B轮融资"): its subject is that clause's, not the last name before the trigger (Y, what X bought)."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    opening = reader.sentence.slice(clause_start, trigger.start).lstrip()
    return clause_start > reader.sentence.start and opening.startswith(reader.rules.continuing_openers)


def _received_without_subject(
    reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]
) -> list[Name]:
    """The company of the clause before when the trigger's clause receives the investment with no subject of its
    own ("X成立于2018年，此前曾获得Y、Z等机构投资": X): its receiving word comes before any company in it. A
    clause opening with a word choosing the first or the last company named before (``order_subjects``: "X收购了
    Y，后者此前曾获得Z投资": Y) has that one as its subject."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    if clause_start == reader.sentence.start:
        return []
    text = reader.sentence.slice(clause_start, trigger.start)
    if reader.find.opens_with_order(trigger.start):
        return reader.find.ordered(
            reader.find.in_range(pick, reader.sentence.start, clause_start), trigger.start
        )
    words = _own_type(reader, trigger).cue("received_with")
    at = min((text.find(w) for w in words if w in text), default=-1)
    find = reader.find
    if at < 0 or find.in_range(
        lambda n: find.is_org(n) or find.is_person(n), clause_start, clause_start + at
    ):
        return []
    return find.subject(pick, trigger.start)


def _givers_named(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The organisations a company named before them receives the money from, in the trigger's clause: named
    after a word of receiving ("X获得上市公司Y 1.5亿元战略融资", "X拿下Y等10亿元融资") or after a word of
    source before one ("X从A和B获得3000万美元的投资"). They give it; the company before the word is funded.

    The word of receiving is the last of the type's `received_from` cue before the trigger; bare 获 counts only
    with a name right after it (获悉, 获批 receive no money). Without a company named before the word the names
    after it still give the money: who receives it is a name the recogniser missed or the company the article
    is about ("青禾拿下Y等10亿元融资", "又获得Y 1.5亿元战略融资"), never Y.
    """
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    text = reader.sentence.slice(clause_start, trigger.start)
    cues = _own_type(reader, trigger).cue
    hits = [(text.rfind(w), w) for w in cues("received_from") if w in text]
    hits += [
        (m.start(), "获") for m in re.finditer("获", text) if _name_at(reader, clause_start + m.end(), pick)
    ]
    if not hits:
        return []
    at, word = max(hits, key=lambda hit: (hit[0], len(hit[1])))
    receiving = clause_start + at
    source = max((text.rfind(w, 0, at) for w in cues("received_source")), default=-1)
    start = clause_start + source if source >= 0 else receiving + len(word)
    end = receiving if source >= 0 else trigger.start
    return reader.find.in_range(pick, start, end)


def _name_at(reader: SentenceReader, position: int, pick: Callable[[Name], bool]) -> bool:
    """Whether a picked name starts at a document offset."""
    return any(n.start == position and pick(n) for n in reader.find.names)


def _receiving(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The organisations before an investing word in its clause that receive the money: a word of receiving,
    asking or giving stands between ("X获Y领投", "X获得Y投资", "X向Y寻求注资", "X的天使轮由Y投资"). Without one
    they invest or are listed with investors ("A领投，B、C以及原股东D参投": B and C take part too), and the
    company funded is one named or referred to elsewhere."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    found = reader.find.before(pick, trigger.start, clause_start)
    between = reader.sentence.slice(found[-1].end, trigger.start) if found else ""
    type_rules = _own_type(reader, trigger)
    received = (*type_rules.cue("received_with"), *type_rules.cue("asked_with"), *type_rules.cue("given_by"))
    return found if any(word in between for word in received) else []


def _investment_target(reader: SentenceReader, trigger: Trigger, pick: Callable[[Name], bool]) -> list[Name]:
    """The company an investment goes to when a marker names it before the word: "对X的投资", "向X注资".

    The last fitting name between the marker and "的" (or the trigger) is the head of the phrase:
    "对语音公司X的投资" is an investment in X. One asked for the money invests ("向X寻求注资").
    """
    find = reader.find
    at = find.marker_before(_own_type(reader, trigger).cue("target_after"), trigger.start)
    if at is None:
        return []
    phrase = reader.sentence.slice(at, trigger.start)
    if any(word in phrase for word in _own_type(reader, trigger).cue("asked_with")):
        return []
    end = at + phrase.find("的") if "的" in phrase else trigger.start
    return find.in_range(pick, at, end)[-1:]


def _investors(reader: SentenceReader, trigger: Trigger, target: list[Name]) -> list[Name]:
    """Organisations the sentence marks as investors: "由X领投", "获X投资", "投资方为X", "Y继续跟投" (after
    an ``investor_adverbs`` cue word), and the subject of an investing word ("X投资了Y", "X完成对Y的投资") unless
    it receives the money ("X获得数亿元战略投资")."""
    find = reader.find
    type_rules = _own_type(reader, trigger)
    before = type_rules.investor_before
    adverbed = tuple(adverb + word for adverb in type_rules.cue("investor_adverbs") for word in before)
    found = find.marked(find.is_org, type_rules.investor_after, (*before, *adverbed))
    if trigger.group.frame == "invest":
        clause_start, _ = reader.sentence.clause_of(trigger.start)
        subject_end = target[0].start if target else trigger.start
        subject = find.before(lambda n: find.is_org(n) and n not in target, subject_end, clause_start)
        between = reader.sentence.slice(subject[-1].end, trigger.start) if subject else ""
        if not any(word in between for word in type_rules.cue("received_with")):
            found += [n for n in subject if n not in found]
    return found


def _organisation_acts(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """Something the trigger's subject organisation does (org), with its scale when the type has one.

    A headline may name the company after the trigger ("裁员50人，X关闭..."). A unit the subject owns but
    does not name acts for it ("X旗下电商业务裁员近半": X cuts jobs); one it closes (``closing``: "X关闭Y中心并
    裁员") does not act.
    """
    find = reader.find
    closing = _own_type(reader, trigger).cue("closing")
    subject = (
        find.subject(lambda n: find.is_org(n) and not find.preceded_by(n, closing), trigger.start)
        or _unit_owner(reader, trigger, find.is_org)
        or (find.after(find.is_org, trigger.end)[:1] if _opens_its_clause(reader, trigger) else [])
    )
    if "scale" not in _own_type(reader, trigger).slots:
        return list(_org_events(reader, trigger, subject))
    scale = nearest_match(reader.rules.scale, reader.sentence, trigger)
    if scale is None and _wave_examples(reader, trigger, subject):
        return []
    drafts = list(_org_events(reader, trigger, subject))
    for draft in drafts:
        draft.values["scale"] = re.sub(r"\s+", "", scale.group()) if scale else None
    return drafts


def _wave_examples(reader: SentenceReader, trigger: Trigger, subject: list[Name]) -> bool:
    """Whether the subject's firms are examples of a wave across many: an open list ("在A、B等巨头裁员之际，C…")
    or firms doing it one after another in a scene set for other news or in talk of it ("在A和B纷纷裁员之际",
    "A和B相继传出裁员消息"). Told with no count of their own, they are the background of the article, no event
    of each firm. Firms each named and told to cut ("A、B相继裁员。") each act, as does one firm cutting again
    and again ("X接连裁员")."""
    if len(subject) < 2:
        return False
    cue = _own_type(reader, trigger).cue
    between = reader.sentence.slice(subject[-1].end, trigger.start)
    if between.startswith(cue("wave_list_ends")):
        return True
    _, clause_end = reader.sentence.clause_of(trigger.start)
    framed = any(word in reader.sentence.slice(trigger.end, clause_end) for word in cue("wave_frames"))
    return framed and any(word in between for word in cue("wave_adverbs"))


def _opens_its_clause(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the trigger opens its clause but for a time or a quoted label (今日 + 裁员50人，X关闭…), as
    a headline does before it names the company, or its clause is a topic the sentence answers
    (:func:`_answered_topic`); after a subject no recogniser found (月光智能 + 裁员的消息传出后，X股价下跌) the company
    after it is another."""
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    # A time of any length is set aside (昨日晚间 + 裁员300人).
    before = _words_between(reader, clause_start, trigger.start, lambda n: n.label in _TIME_LABELS)
    return not _LONG_WORD_RUN.search(before) or _answered_topic(reader, trigger)


def _answered_topic(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the trigger's clause names it as a topic the sentence goes on to answer ("针对网传裁员一事，X回应…",
    "对于外界盛传的裁员消息，X予以否认"): a topic word opens it (``topic_openers``) and a noun of talk ends it
    (``topic_heads``), no one named inside."""
    cue = _own_type(reader, trigger).cue
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    clause = reader.sentence.slice(clause_start, clause_end).rstrip("，,、；; ")
    return (
        clause.startswith(cue("topic_openers"))
        and clause.endswith(cue("topic_heads"))
        and not reader.find.in_range(lambda n: n.label not in _TIME_LABELS, clause_start, clause_end)
    )


def _sale_sides(reader: SentenceReader, trigger: Trigger) -> tuple[list[Name], list[Name]]:
    """Buyer and what is sold of a sale ("X将Y出售给Z": Z, Y).

    What is sold stands after the trigger ("X出售Y股权") or between "将"/"把" and it ("X将所持Y股份转让").
    The seller is what is sold only when the trigger has no object of its own: "X寻求出售", "X出售给Z";
    a holder selling its stake sells the firm whose holder it is ("X的股东Y宣布减持": X), never itself.
    A seller parting with goods or land is no target.
    """
    find = reader.find
    seller = find.subject(find.is_org, trigger.start)
    recipient = _recipient(reader, trigger)
    buyer = find.after(find.is_org, recipient) if recipient is not None else []
    _, clause_end = reader.sentence.clause_of(trigger.start)
    sold = (
        find.in_range(find.is_org, trigger.end, recipient or clause_end)[:1]
        or find.disposed(find.is_org, trigger.start)[-1:]
    )
    if sold or reader.sentence.slice(trigger.start, trigger.end) in _own_type(reader, trigger).cue(
        "holder_sales"
    ):
        return buyer, sold or _held_firm(reader, trigger)
    if _buys_goods(reader, buyer):
        return buyer, []
    if seller and _sells_itself(reader, trigger, seller[-1], recipient or clause_end):
        return buyer, seller
    return buyer, _part_seller(reader, trigger)


def _part_seller(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The firm selling a part of itself that "将"/"把" moves before the trigger, named by a ``shares`` or ``parts``
    cue word ("X将旗下芯片业务卖给Z", "X把所持子公司股权转让给Z": X): a buyer of a firm's part buys into that firm,
    as "收购X的业务" makes X the target. Goods or land moved so ("X将仓库出售") are no part of it, nor shares it
    holds ("X将所持股权转让给Z": in a firm not named)."""
    find = reader.find
    marker = find.marker_before(reader.rules.disposal_markers, trigger.start)
    if marker is None:
        return []
    moved = reader.sentence.slice(marker + 1, trigger.start).rstrip()
    if not moved.endswith(_stakes(reader, trigger)):
        return []
    # Shares it holds are in another firm: "X将所持股权转让给Z" sells none of X.
    held = moved.removeprefix("其").startswith(_own_type(reader, trigger).cue("held"))
    if held and not _owned_part(reader, trigger, moved):
        return []
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    return find.before(find.is_org, marker, clause_start)[-1:]


def _buys_goods(reader: SentenceReader, buyer: list[Name]) -> bool:
    """Whether "的" after the buyer makes the sale a description of what was sold ("X卖给Z的芯片已交付":
    the chips, not X): a seller with no object of its own is then not sold itself."""
    return bool(buyer) and reader.sentence.slice(buyer[0].end, buyer[0].end + 1) == "的"


def _recipient(reader: SentenceReader, trigger: Trigger) -> int | None:
    """Where the buyer of a sale is named: after the trigger when the word ends with a recipient marker
    itself ("X将Y卖给了Z"), else after the first marker following it ("X将Y出售给Z")."""
    markers = reader.rules.recipient_markers
    if reader.sentence.slice(trigger.start, trigger.end).endswith(markers):
        return trigger.end
    return reader.find.marker_after(markers, trigger.end)


def _held_firm(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The firm a holder word names in the trigger's clause before it ("X两股东拟减持", "X遭股东减持": X)."""
    holder = reader.find.marker_before(_own_type(reader, trigger).cue("holders"), trigger.start)
    if holder is None:
        return []
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    return reader.find.before(reader.find.is_org, holder, clause_start)[-1:]


def _sells_itself(reader: SentenceReader, trigger: Trigger, seller: Name, object_end: int) -> bool:
    """Whether a sale's trigger has no object: nothing after it but "了" or a recipient marker, no
    "将"/"把" before it that moves one there ("X将仓库出售" sells a warehouse; in "X将出售给Z" 将 means will),
    and no "的" after the seller that makes the one sold something of it ("X的研发成果转让")."""
    if "的" in reader.sentence.slice(seller.end, trigger.start):
        return False
    rest = _words_after(reader, trigger, object_end).removeprefix("了")
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    before = reader.sentence.slice(clause_start, trigger.start).rstrip()
    markers = reader.rules.disposal_markers
    moved = reader.find.marker_before(markers, trigger.start) is not None and not before.endswith(markers)
    return not moved and (not rest or rest in reader.rules.recipient_markers)


def _bought_by_person(reader: SentenceReader, trigger: Trigger) -> bool:
    """Whether the name nearest before the trigger in its clause is a person's ("张明增持了X的股票"): the
    buyer is no organisation, and a person's purchase is no acquisition between organisations."""
    find = reader.find
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    nearest = find.before(lambda n: find.is_org(n) or find.is_person(n), trigger.start, clause_start)
    return bool(nearest) and find.is_person(nearest[-1])


def _goods_of(reader: SentenceReader, trigger: Trigger, name: Name) -> bool:
    """Whether what is bought after the trigger is something of the named firm, not the firm: "的" after the
    name, then no stake word of the type ("购买X的新品", but "购买X的多数股权"). A word that only buys firms
    names the firm bought when a word for the deal follows "的" ("收购X的交易": X is bought); anything else
    there is still the firm's ("收购X的专利", "控股X的Y": Y, which holds X)."""
    type_rules = _own_type(reader, trigger)
    _, clause_end = reader.sentence.clause_of(trigger.start)
    rest = reader.sentence.slice(name.end, clause_end)
    if (
        name.start < trigger.end
        or not rest.startswith("的")
        or any(w in rest for w in _stakes(reader, trigger))
    ):
        return False
    goods_buyer = reader.sentence.slice(trigger.start, trigger.end) in type_rules.cue("goods_buyers")
    return goods_buyer or not rest.startswith(type_rules.cue("deals"), 1)


def _past_holder(reader: SentenceReader, trigger: Trigger, target: list[Name]) -> list[Name]:
    """The firm bought from a holder selling its stake: "收购X持有的Y股权" buys into Y, X being the
    holder when a ``held`` cue word follows it right away and leads to Y. Holders listed together hold it as
    one ("收购A、B等股东持有的Y股权", "收购A和B分别持有的Y股权": Y). With no Y named, only a part of X is X's
    ("收购X旗下的芯片业务": X); its shares are in a firm left unnamed ("收购X持有的30%股权": no target). A word
    between them first makes the holding another's or later ("收购X后持有的Y", "收购X及旗下的Y",
    "收购X并将其并入旗下的Y"): X is bought."""
    if not target or target[0].start < trigger.end:
        return target
    _, clause_end = reader.sentence.clause_of(trigger.start)
    holders = reader.find.group(target[0], reader.find.is_org, target[0].start, clause_end)
    rest = reader.sentence.slice(holders[-1].end, clause_end)
    holding = _joint_holding(reader, trigger, rest)
    cue = _own_type(reader, trigger).cue
    if not holding.startswith(cue("held")):
        return target
    # Any organisation's name: the firm held may read as describing a stake after it ("Y全部股权").
    held_end = clause_end - len(holding) + _HELD_SPAN
    held_firm = reader.find.after(lambda n: n.label in reader.rules.org_labels, holders[-1].end, clause_end)
    if held_firm and held_firm[0].start <= held_end:
        return held_firm[:1]
    # Without a word of holding together, the last of a list alone owns what follows ("收购A、B旗下的…").
    if len(holders) > 1 and holding == rest:
        return target
    # No firm named there: a part of the holder is bought ("收购X旗下的芯片业务": X), not its shares in another
    # firm ("收购X持有的全部股权") nor a unit of it no recogniser read ("收购X旗下的某某信贷").
    return target if _owned_part(reader, trigger, holding) else []


def _not_the_seller(
    acquirer: list[Name], named: list[Name], target: list[Name]
) -> tuple[list[Name], list[Name]]:
    """Buyer and firm bought once the firm named after the trigger turned out to be a holder selling its stake
    (``target`` other than ``named``): the holder sells, so a buyer read as that firm was misread ("公司与X签订
    协议，受让X所拥有的Y股权": the buyer is 公司's firm, not X) and none is known from here."""
    if named and target and named[0].entity != target[0].entity:
        acquirer = [n for n in acquirer if n.entity != named[0].entity]
    return acquirer, target


def _owned_part(reader: SentenceReader, trigger: Trigger, held: str) -> bool:
    """Whether what a firm holds is a part of it (``parts``: "旗下芯片业务", "所持子公司股权"), not only shares,
    which a holder holds in another firm ("持有的全部股权")."""
    return any(word in held for word in _own_type(reader, trigger).cue("parts"))


def _stakes(reader: SentenceReader, trigger: Trigger) -> tuple[str, ...]:
    """Words for a part of a firm bought from it: its ``shares`` or one of its ``parts``."""
    cue = _own_type(reader, trigger).cue
    return (*cue("shares"), *cue("parts"))


def _joint_holding(reader: SentenceReader, trigger: Trigger, rest: str) -> str:
    """The text after a list of holders without the ``joint_holders`` words telling how they hold it together
    ("等股东", "分别", "合计": "A、B等股东持有的" and "A、B合计持有的" both go on "持有的")."""
    words = _own_type(reader, trigger).cue("joint_holders")
    while word := next((w for w in words if rest.startswith(w)), ""):
        rest = rest[len(word) :]
    return rest


#: The most characters between a holder and the firm it holds ("手中所持有的全部").
_HELD_SPAN = 8


def _control_taken(reader: SentenceReader, trigger: Trigger) -> tuple[list[Name], list[Name]]:
    """Buyer and firm of a control newly reached ("X成为Y的控股股东", "X取得Y的控制权": X, Y): the firm
    named between a ``reached`` cue word and the trigger, the buyer the subject of that word. Without the
    word the holding is only described ("X的控股股东Y") and nothing was bought."""
    find = reader.find
    reached = find.marker_before(_own_type(reader, trigger).cue("reached"), trigger.start)
    if reached is None:
        return [], []
    return find.subject(find.is_org, reached), find.in_range(find.is_org, reached, trigger.start)[-1:]


def _buyer_told_after(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """The buyer a headline names after the sentence's first clause when it opens with the trigger
    ("拟收购X，Y发力储能": Y): the first organisation of the next clause."""
    find = reader.find
    first, *rest = reader.sentence.clauses
    if not rest or trigger.start >= first[1] or find.before(lambda _: True, trigger.start):
        return []
    return find.in_range(find.is_org, *rest[0])[:1]


def _bought_into(reader: SentenceReader, trigger: Trigger) -> tuple[list[Name], list[Name]] | None:
    """Buyer and firm bought when the trigger has a received buyer before it ("X获Y入股": Y, X): the
    buyer right after one of the type's ``received`` words, the firm bought before them."""
    find = reader.find
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    buyer = find.before(find.is_org, trigger.start, clause_start)
    if not buyer:
        return None
    received = reader.sentence.slice(clause_start, buyer[0].start).rstrip()
    bought = find.before(find.is_org, buyer[0].start, clause_start)
    if not bought or not received.endswith(_own_type(reader, trigger).cue("received")):
        return None
    return buyer, bought[-1:]


def _takes(reader: SentenceReader, trigger: Trigger, heads: tuple[str, ...]) -> bool:
    """Whether what the trigger's clause takes after it ends with one of ``heads``: a firm it describes
    without naming ("收购了一家德国电机企业", with ``descriptor_heads``), or an order, contract or project
    won from a customer ("拿下X价值千万元的订单", with the type's ``won`` cue), which buys nothing of X."""
    _, clause_end = reader.sentence.clause_of(trigger.start)
    return _words_after(reader, trigger, clause_end).endswith(heads)


def _words_after(reader: SentenceReader, trigger: Trigger, end: int) -> str:
    """The text from the trigger to ``end``, without the marks and spaces closing it."""
    marks = reader.rules.clause_ends + reader.rules.sentence_ends
    return reader.sentence.slice(trigger.end, end).rstrip(marks).strip()


def _organisation_buys(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    """An organisation buying another, or selling one to a buyer (acquirer, target, amount, currency).

    Both sides must be named (``required`` of the type): "X被收购" or "X收购一家芯片公司" tells half a deal,
    so the builder's draft with one side is dropped; a buyer of what is no firm makes no acquisition.
    """
    find = reader.find
    if _takes(reader, trigger, _own_type(reader, trigger).cue("won")):
        return []
    if trigger.group.frame == "sell":
        acquirer, target = _sale_sides(reader, trigger)
    elif trigger.group.frame == "taken":
        acquirer, target = _control_taken(reader, trigger)
    else:
        slot = _own_type(reader, trigger).slots["target"]
        bought = find.fitting(slot.labels, slot.not_kinds)
        acquirer, target = find.agent_patient(find.is_org, bought, (trigger.start, trigger.end))
        if not target:
            acquirer, target = _bought_into(reader, trigger) or (acquirer, target)
        acquirer = acquirer or _buyer_told_after(reader, trigger)
    # "X副总裁被拿下" buys no X, nor "购买X的新品".
    target = [n for n in target if not find.heads_title(n) and not _goods_of(reader, trigger, n)]
    if trigger.group.frame == "object":
        acquirer, target = _not_the_seller(acquirer, target, _past_holder(reader, trigger, target))
    # No firm buys itself: the sentence was misread ("在X公司购买了X家具" is a shopper's purchase).
    if acquirer and target and acquirer[0].entity == target[0].entity:
        return []
    # A sale's buyer with nothing named sold bought goods or land as often as a firm; a purchase of goods,
    # land or players has no target to hold.
    if not target and (
        trigger.group.frame == "sell" or not _takes(reader, trigger, reader.rules.descriptor_heads)
    ):
        return []
    if not acquirer and _bought_by_person(reader, trigger):
        return []
    amount, currency = reader.amount(trigger)
    anchor = (target or acquirer or [None])[0]
    draft = Draft(
        trigger,
        {
            "acquirer": acquirer[0].entity if acquirer else None,
            "target": target[0].entity if target else None,
            "amount": amount,
            "currency": currency,
        },
        anchor=anchor.start if anchor else None,
    )
    if target and not acquirer and trigger.group.frame == "object":
        draft.values["acquirer"] = _buyer_referred_to(reader, draft)
    return [draft]


def _buyer_referred_to(reader: SentenceReader, draft: Draft) -> str | None:
    """The buyer a word for a firm before the purchase refers back to ("X发布公告。公司拟收购Y": X), never the
    firm bought. "其" alone may be anyone ("有投资者称，其购买了Y旗下的产品"): no buyer."""
    before = reader.sentence.slice(reader.sentence.start, draft.trigger.start)
    if not any(w in before for w in reader.rules.organisation_subjects):
        return None
    buyer = reader.context_org(draft, _own_type(reader, draft.trigger).slots["acquirer"].not_kinds)
    return buyer if buyer != draft.values["target"] else None


#: The built-in builders by the name event type files give them.
BUILDERS: dict[str, Builder] = {
    "person_leaves": _person_leaves,
    "person_joins": _person_joins,
    "organisations_together": _organisations_together,
    "organisation_lists": _organisation_lists,
    "organisation_raises": _organisation_raises,
    "organisation_acts": _organisation_acts,
    "organisation_buys": _organisation_buys,
}


@cache
def builder(name: str) -> Builder:
    """The builder an event type names: a key of BUILDERS, or ``module:function`` imported on first use."""
    if name in BUILDERS:
        return BUILDERS[name]
    module, _, function = name.partition(":")
    try:
        found = getattr(importlib.import_module(module), function) if function else None
    except (ImportError, AttributeError) as exc:
        raise LookupError(f"frame builder {name!r} cannot be imported: {exc}") from exc
    if not callable(found):
        raise LookupError(f"unknown frame builder {name!r} (built-in: {', '.join(BUILDERS)})")
    return found
