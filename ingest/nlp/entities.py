"""Entity recognition: the ``newsgraph_entities`` spaCy component.

It sets ``doc.ents`` from several sources of candidates, each one linear pass
over the doc, and keeps the non-overlapping ones by :class:`Rank`:

* known companies, organisations, regulators and exchanges (one gazetteer
  pass over the Simplified text): a known company is never a Person, however
  LAC tags it; a spelling that is also an ordinary word (小米, 长城) counts
  only in context (see ``EntityRecognizer._in_context``);
* titles (gazetteer, extended over prefixes such as 副/首席/技术) and money;
* organisations: LAC's ORG words, and name-like words followed by a suffix
  from ``org_suffixes.yaml`` (依图 + 科技), labelled by that suffix;
* people (:mod:`newsgraph.ingest.nlp.people`);
* names written after a description of the company (芯片公司蔚蓝芯动);
* places and dates from LAC;
* repeats: a name found once is found wherever else it is written, and an
  organisation also under its short form (字节跳动 after 北京字节跳动科技有限公司).

With the trained model (:mod:`newsgraph.ingest.nlp.recogniser`, on unless the pipeline is built
rules-only), its people and organisations rank after known entities, titles and money. The guesses
built on LAC's words (organisations, people, names after a description) stay only with evidence
beyond LAC: the model found an entity there too, a title stands next to it, an organisation
suffix, or the name written again. Where a guess and a model entity disagree (overlapping with
another span or label), the arbiter (:mod:`newsgraph.ingest.nlp.arbiter`, fitted on dev data)
says which one is the mention; a model entity no guess disputes counts from ``model_min_score``
(an organisation or a government of whole LAC words from ``BODY_MIN_SCORE``).
Measured on CLUENER2020 and real news (README), this drops most of the rules' junk (verb
fragments, generic phrases) and keeps their good guesses.

Known entities get ``span._.entity_id`` here, titles ``span._.canonical`` (and an unknown firm's short form
the firm's full name: :meth:`EntityRecognizer._with_short_forms`);
everything else is resolved by :mod:`newsgraph.ingest.nlp.resolution`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache, cached_property
from pathlib import Path

from newsgraph.ingest.nlp.arbiter import ARBITER_FILE, GUESSES, Arbiter, Evidence, features, load_arbiter
from newsgraph.ingest.nlp.board_marks import board_marked
from newsgraph.ingest.nlp.bylines import article_byline
from newsgraph.ingest.nlp.candidates import (
    CLAUSE_MARKS,
    NAME_TAGS,
    ORG_LABELS,
    Candidate,
    Rank,
    Tokens,
    ends_around,
    is_cjk,
)
from newsgraph.ingest.nlp.dates import date_end
from newsgraph.ingest.nlp.enumerations import listed_organisations
from newsgraph.ingest.nlp.gazetteer import Gazetteer, Lexicon, Match
from newsgraph.ingest.nlp.knowledge import LATIN_NAME, Knowledge, OrgSuffix, load_knowledge
from newsgraph.ingest.nlp.language import LacTagger
from newsgraph.ingest.nlp.latin_orgs import latin_organisations
from newsgraph.ingest.nlp.latin_people import latin_people
from newsgraph.ingest.nlp.people import (
    LIST_COMMA,
    NAME_JOINERS,
    PersonFinder,
    glossed_by_latin_name,
    is_latin_full_name,
    is_latin_name,
    name_parts,
    past_copula,
)
from newsgraph.ingest.nlp.recogniser.component import Found, model_entities
from newsgraph.ingest.nlp.risk_marks import risk_marked
from newsgraph.ingest.nlp.slots import after_glued_mark, slotted_companies
from newsgraph.ingest.nlp.sources import reporting_sources
from newsgraph.ingest.nlp.subjects import recurring_subjects
from newsgraph.ingest.nlp.teams import TEAM_LABEL, load_team_finder
from newsgraph.ingest.nlp.versioned import without_versioned_names
from spacy.language import Language
from spacy.tokens import Doc, Span

_LAC_LABELS = {"LOC": "Location", "TIME": "Date"}
# A count of organisations closing a list (两家公司, 3家企业), which LAC glues to the last name.
_COUNTED = re.compile(r"(?P<count>[一两二三四五六七八九十几多数]|\d+)家(?P<kind>\w{0,4})$")
# LAC tags of words that do not begin a name: time, adverbs, pronouns, function words, numbers.
_NOT_NAME_START = frozenset({"TIME", "t", "d", "r", "p", "c", "u", "m", "q", "w", "f", "xc"})
# LAC tags of single words that name an organisation when they end with one of its suffixes.
_SUFFIXED_NAME_TAGS = frozenset({"nz"})
# LAC's tag of locality words (前, 后), which it gives a name it glues to one (前 + 月光智能研究院).
_LOCALITY_TAG = "f"
# LAC tags of place words that name a company when they end with a company's suffix (东岭科技): a venue's
# suffix (美术馆, 中心) leaves a place a place.
_PLACE_TAGS = frozenset({"LOC", "s"})
# LAC tags of a place word whose suffix makes it a city, a province, a district or a county (苏州市, 北辰省).
_LOCAL_PLACE_TAGS = frozenset({"LOC", "ns", "s"})
# LAC tags of the words of a trade (and the country before it) that describe a firm before its name (德国 + 零部件 +
# 供应商 + X): common nouns, verbs and places, no name of their own.
_TRADE_TAGS = frozenset({"n", "vn", "v", "an", "a", "f", "LOC", "s"})
# LAC tags of a word that is a title as a whole when it ends with one (县委书记).
_TITLE_WORD_TAGS = frozenset({"n", "nz"})
# LAC's tags of name words into which it may read the first characters of a title after the name.
_NAME_WORD_TAGS = frozenset({"ORG", "LOC"})
_VERB_TAGS = frozenset({"v", "vd", "vn", "ad"})
# LAC tags of a word opening a clause, not a name, after a description of a firm (企业 + 深陷, + 积极).
_CLAUSE_OPENING_TAGS = frozenset({"v", "vd", "ad"})
# LAC tags of the words of a clause fragment, never of a whole name (进行 + 适配 + 测试, 组成).
_VERB_FRAGMENT_TAGS = frozenset({"v", "vd", "vn", "ad", "d", "p", "c", "u"})
# LAC tags of a word that can describe a company (芯片公司, 初创公司, AI企业) or introduce it (据厂商).
# Quotes around a description before a name (“国产GPU第一股”X).
_QUOTES = '“”"「」'
#: What a description of a firm written right before it may name (无人机公司 + “星云智能”).
_DESCRIBED_LABELS = frozenset({"Company", "Organization"})
_DESCRIBING_TAGS = frozenset({"n", "nz", "vn", "an", "nw", "ORG", "LOC", "p"})
PLACE_IN_BRACKETS = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]")
# Such a place ending the text searched (松果 + （中国） before 有限公司).
_PLACE_IN_BRACKETS_BEFORE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,6})[）)]$")
#: How far after a bracketed place a legal form may end (信息技术 + 股份有限公司).
_LONGEST_LEGAL_TAIL = 14
# A ticker written right after a name: （600519）, (00700.HK), (00700-HK), （NASDAQ: BIDU）.
TICKER_AFTER = re.compile(r"\s*[（(]\s*(?:[A-Za-z]+\s*[:：]\s*)?[A-Z0-9]{1,6}(?:[.-][A-Z]{2})?\s*[）)]")
# LAC tags saying LAC reads a word as an organisation name where it stands (not nz: works, products).
_LINKABLE_TAGS = frozenset({"ORG"})
# LAC tags of a word that may name a company before what it does (not LOC: 中国 + 宣布 is a country).
_NOUN_TAGS = frozenset({"n", "nz", "nw"})
# The most characters of a post's field that no title list holds, written between a name's field words and the
# title (星云科技智能 + 驾驶 + 高级总监).
_LONGEST_FIELD_BEFORE_TITLE = 4
# A unit's initials written before its head's title (BU, BG, PCG + 总裁).
_UNIT_LETTERS = re.compile(r"[A-Z]{2,4}")
#: LAC's tags of the words a name may open with, read alone (红星, 一汽: ORG; 新: a): no verb (暂缓 + 蚂蚁集团),
#: no place (宁德 + 时代 is the firm registered there).
_OPENING_TAGS = frozenset({"ORG", "PER", "nz", "n", "nw", "a", "an"})
# LAC tags of the words a coined name ends a suffix after (月光 + 机器人, 星云 + 机器人, 远航 + 机器人, 聪明 + 机器人).
_COINED_NAME_TAGS = _NOUN_TAGS | NAME_TAGS | {"vn", "v", "a", "an"}
# LAC tags of a noun a company's line of business describes when written before it (X健康 + 应用, X医疗 + 数据).
_UNIT_OBJECT_TAGS = frozenset({"n", "nz", "vn", "nw", "an"})
# The most characters of a field written before a description of a company (人工智能, 自动驾驶).
_LONGEST_FIELD = 6
# LAC tags of a word that counts or points at the noun after it (一款, 款, 这款).
_COUNTING_TAGS = frozenset({"m", "q", "r"})
# The fewest characters of a word glued before names that LAC may cut before its last one (老股 + 东).
_STRADDLED_OPENER = 3
# LAC tags of the words of what a firm did, read by the model into its name (国投创合 + 领 + 投).
_ACTION_TAGS = frozenset({"v", "vd"})
# Aspect particles after a verb (投资 + 了): the word before them is an action, no name's part.
_ASPECTS = "了过"
# The fewest characters of an organisation's name (澄星科技 + 旗下: the owner word may start after them).
MIN_NAME_CHARS = 2
# LAC tags of a time word (今日, 昨日): one right after a name opens what the named one did.
_TIME_TAGS = frozenset({"TIME", "t"})
# The most characters of a maker's trade and works LAC reads after a word it takes for a firm (散热 + 模组厂).
_LONGEST_WORKS = 4
# The most characters of a coined investor's name LAC cuts apart before its suffix (联 + 新 + 资本), and what may
# stand right before one that opens its clause or a list.
_LONGEST_INVESTOR_NAME = 4
# LAC tags of words no coined investor's name holds: adverbs, particles, conjunctions, pronouns, numerals.
_CLAUSE_WORD_TAGS = frozenset({"d", "ad", "u", "c", "r", "m", "q", "w", "TIME", "t"})
# What closes an item of a list of investors after its suffix, besides what it did (投资): no noun it would qualify
# (优化 + 资本 + 结构).
_INVESTOR_LIST_ENDS = ("、", "，", ",", "。", "；", ";", "和", "及", "与", "等", "（", "(", "\n")
_INVESTOR_LIST_EDGES = frozenset('，,。；;：:、（(“"\n ')
# LAC tags of a word that is no name, whatever follows: 联想 "to think of", 联合 + 投资 "jointly invest".
_NOT_NAME_READINGS = frozenset({"v", "vd", "vn", "d", "ad", "a", "p", "c", "u", "r", "m", "q"})
LATIN_NAME_RE = re.compile(LATIN_NAME)
# The short title of a work (a book, film, game) in title marks, group 1; not a headline quoted whole
# (《星河、云帆获受理 过去三年亏损》), which names its companies as any sentence does.
# The words right before a code (股票代码为, 代号：): what follows is no name; they stand within
# _CODE_WINDOW characters before it.
CODE_BEFORE = re.compile(r"(?:代码|代号)\s*(?:为|是|：|:)?\s*$")
# A code spelt with its market (YFAI-US, 00700.HK): a ticker, whatever LAC and the model read it as.
CODE_WITH_MARKET = re.compile(r"[A-Z0-9]{1,6}[.-](?:HK|US|SH|SZ|BJ|TW|O|N)")
_CODE_WINDOW = 5
# A Chinese character; a lowercase Latin word with none within _PROSE_WINDOW characters is in English prose.
CJK = re.compile(r"[\u4e00-\u9fff]")
_PROSE_WINDOW = 40
WORK_TITLE = re.compile(r"《([^《》、，,\s]{1,10})》")
LATIN_IN_BRACKETS = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z0-9 .&'-]*?)\s*[）)]")
#: A short form declared after a name, up to its opening quote: "星云科技有限公司（以下简称“星云”）",
#: （下称“星云”）, （简称为“星云”）. A bare 称 is reported speech: 北辰集团（称“消息不实”）.
DECLARED = re.compile(r"\s*[（(]\s*(?:(?:以下|下文|下)(?:简称为|简称|称)|简称为|简称)\s*[:：]?\s*[“\"「『]?")
# Quotation marks, which open or close no name.
_QUOTATION_MARKS = frozenset("“”‘’「」『』\"'")
# The most characters of a description of a firm before a quoted name (初创公司 + 「X」).
_LONGEST_DESCRIPTOR = 6
# The most characters of a country and a description of a firm between a joining word and the firm's name
# (与 + 瑞典卡车制造商 + X, 和 + 德国汽车零部件巨头 + X).
_LONGEST_DESCRIPTION = 12
# The longest industry read before an analyst's title (食品饮料), and the longest organisation suffix read before it.
_LONGEST_SECTOR = 4
_LONGEST_SUFFIX = 6
# Marks after a firm's name that make it its camp or its kind (「百度系」, 「小米式」), not another name.
_CAMP_MARKS = frozenset("系派帮式版们")
# LAC tags of a word holding an administration's field and suffix (安全管理局/an), and the last characters of
# the suffixes that end one (管理局, 监管局): a bureau, never a firm's committee or office.
_ADMINISTRATION_FIELD_TAGS = frozenset({"an", "n", "vn", "nz"})
_ADMINISTRATION_ENDS = ("局", "署", "厅")
_LONG_SUFFIX = 3
# Brackets a name may hold a place or a gloss in (星云汽车（中国）投资有限公司), each pair whole.
_OPENING_BRACKETS = frozenset("（(【[")
_CLOSING_BRACKETS = frozenset("）)】]")
# A name in quotation marks, as news writes a start-up's (「星海图灵」, “星海图灵”): no punctuation or space inside.
_QUOTED_NAME = re.compile(r"[“「『]([^“”「」『』\s，,。；;、：:！？!?（）()《》]{3,12})[”」』]")
#: The declared short form itself, in quotes.
_DECLARED_NAME = re.compile(r"[^“”\"「」『』（）()，,。；;\s]{2,12}(?=[”\"」』])")
#: The model's labels the rules take from it; titles stay the rules' (they need the canonical form).
# A grade or model code (P10, G9, T4): no organisation's name, whatever suffix follows it.
_CODE = re.compile(r"[A-Za-z]{1,2}\d{1,3}")
MODEL_LABELS = {
    "name": "Person",
    "company": "Company",
    "organization": "Organization",
    "government": "Government",
}
# Labels of the guesses that may be a part of an organisation's name LAC split (see _without_cut_names).
_PARTS_OF_ORG_NAMES = frozenset({*ORG_LABELS, "Person", "Location"})
#: Guesses built on LAC's words, kept only where the model also found an entity.
MODEL_BACKED_RANKS = frozenset({Rank.ORGANISATION, Rank.PERSON, Rank.APPOSITIVE})
# What leaves an organisation unnamed before its kind (某 + 市政府: "a certain city government"), the kind opening
# with a level of government or place (市, 省, 县...); before a name it only leaves the person or unit unnamed
# (某 + 星云科技 + 高管: "an executive of 星云科技").
_UNNAMED_MARK = "某"
_UNNAMED_KINDS = tuple("市省县区镇乡村州")
# LAC tags of the words before a technology's head that make a term of it, not a name: common nouns, verbs
# and adjectives (开源 + 框架, 峰值 + 性能, 错误 + 索引).
_TERM_WORD_TAGS = frozenset({"n", "vn", "v", "a", "an", "ad", "d", "b"})
# LAC tags of a compound read as one word that makes a term before a head (外置微处理器 + 软件) or with it
# (深度神经网络) from _TERM_COMPOUND_CHARS characters: a brand LAC reads so is short (大众 + 软件).
_TERM_COMPOUND_TAGS = frozenset({"n", "nz"})
# LAC tags of a short word that makes a coined name before a head that is also an organisation's suffix.
_COINING_TAGS = frozenset({"n", "v"})
_TERM_COMPOUND_CHARS = 4
#: The lowest score of a model entity no guess disputes; chosen on dev data (README, "Entity recognition").
MODEL_MIN_SCORE = 0.8
#: The same for the model's organisations and governments, which it finds better than the rules do and
#: scores lower than people and companies (README, "Entity recognition").
BODY_MIN_SCORE = 0.55
BODY_LABELS = frozenset({"Organization", "Government"})
#: The same for a company that is one common noun of LAC's of two characters (截图, 分歧) and no company's act
#: or post follows (潮汐 + 宣布, 潮汐 + 董事长): the model, reading firms from their context, takes the subject of
#: a reporting verb for one.
PLAIN_NOUN_MIN_SCORE = 0.9
#: The same for a company the model reads right before a post it reads, itself right before a person it reads
#: (竹林 + CEO + 张伟, 风铃 + 执行长 + 孙正义): the three read together are how news names someone's employer, the
#: frame telling more than the score of a coined name made of ordinary words; chosen on dev data. Only for a
#: name with no organisation suffix: one with a suffix is the rules' to find.
FRAMED_MIN_SCORE = 0.6
#: The lowest score of the model's company at exactly a known spelling that is also an ordinary word or places
#: (重庆 + 路桥, 新希望) that makes the spelling count without other context (README, "Entity recognition").
FIRM_READ_MIN_SCORE = 0.8
#: The lowest score of the model's company that counts beside a company chosen, joined to it by 和, 与 or 、 (see
#: ``EntityRecognizer._paired_with_firms``).
PAIRED_MIN_SCORE = 0.5
# LAC tags of common nouns: a span of them only is a thing, not a firm's name, beside a firm.
_COMMON_NOUN_TAGS = frozenset({"n", "vn"})
# LAC tags of the words a short known name cut out of the middle of one is a piece of: an organisation's, or another
# proper noun's (集成电路, a technology; 赖诺普利片, a drug).
_LONGER_NAME_TAGS = frozenset({"ORG", "nz"})
# LAC's tag of a common noun, which a known name spelt across ordinary words may end inside (教育 + 部门).
_CUT_NOUN_TAG = "n"
# LAC tags of the words that read a hit's words as a name of their own (not LOC: 中国 + 网友 is a country's users).
_PROPER_NAME_TAGS = frozenset({"ORG", "PER", "nz", "nw"})


class EntityRecognizer:
    """Sets ``doc.ents`` (see the module docstring) and the known entities' ids."""

    def __init__(
        self,
        knowledge: Knowledge,
        model_min_score: float = MODEL_MIN_SCORE,
        arbiter_file: Path = ARBITER_FILE,
        reading_alone: Callable[[str], str] | None = None,
    ) -> None:
        self.knowledge = knowledge
        #: LAC's tag of a few characters read alone (暂缓: a verb; 红星: a name), for the rare words LAC
        #: glued to a known name; without it such a word is taken for a name.
        self.reading_alone = reading_alone
        self.model_min_score = model_min_score
        self.arbiter_file = arbiter_file
        #: When a list, every disagreement's text, guess, model entity and features are appended (fitting).
        self.recorded: list[tuple[str, Candidate, Candidate, list[float]]] | None = None
        self.people = PersonFinder(knowledge)
        self.teams = load_team_finder()
        #: Legal forms that are no description too (有限公司, not 科技): what ends a company's legal name.
        self.bare_legal_forms = tuple(f for f in knowledge.legal_forms if f not in knowledge.descriptors)
        #: Words of when before an action, the longest first: 已经 is read whole, not as 已 + 经.
        self.leads = tuple(sorted(knowledge.name_slots.leads, key=lambda w: (-len(w), w)))
        #: What LAC may glue before a name, read once rather than per guess (see :meth:`_without_glued_word`).
        #: The longest first: 前东家 is one word before a name, not 前 and a name 东家雪松.
        self.glued_openers = Lexicon(
            sorted(
                (*knowledge.glued_before_names, *knowledge.descriptors, *knowledge.owner_words),
                key=len,
                reverse=True,
            )
        )
        #: Party words and descriptions LAC may begin a name inside (投资 + 方云杉资本), the party words first.
        self.name_openers = Lexicon((*knowledge.party_words, *knowledge.descriptors))
        self.country_names = Lexicon(knowledge.countries)
        #: Words of owning or holding shares (旗下, 子公司, 合计控制): what follows them is no part of a name.
        self.owning_words = (*knowledge.owner_words, *knowledge.parent_words, *knowledge.holding_words)
        #: Suffixes whose last character opens an owner word too (电子 + 公司 reads as 电 + 子公司).
        self.unit_mark_suffixes = tuple(
            x for x in knowledge.suffixes if x.endswith(_UNIT_MARK) and len(x) >= 2
        )
        #: What ends a description of a firm before its name (公司, 初创企业, 独角兽, 巨头).
        self.describing_words = (*knowledge.descriptors, *knowledge.name_slots.description_heads)
        #: The descriptors as one pattern, the longest first, and the words a registered name opens with.
        self.descriptor_pattern = re.compile("|".join(map(re.escape, knowledge.descriptors)))
        self.places_and_countries = (*knowledge.place_prefixes, *knowledge.countries)
        #: What a person says or does, written after their name (表示, 离职), read once rather than per guess.
        self.persons_doings = (*knowledge.speaking_verbs, *knowledge.person_verbs)
        # Organisation suffixes a model entity may end inside of (半导体, 科技), longest first.
        self._long_suffixes = tuple(
            sorted((x for x in knowledge.suffixes if len(x) >= 2), key=len, reverse=True)
        )

    def __call__(self, doc: Doc) -> Doc:
        tokens = Tokens(doc)
        titles = self._titles(tokens)
        sport = self.teams.sport_mask(tokens)
        biographies = self.people.biography_spans(tokens)
        people = self.teams.relabel_people(
            tokens.text, self.people.find(tokens, titles, biographies), sport, self.people.looks_like_name
        )
        found = model_entities(doc)
        appositives = self._appositives(tokens, found)
        people = self._described_companies(tokens.text, people, appositives)
        appositives = [a for a in appositives if not _overlaps(a, titles + people)]
        model_spans = None if found is None else _ModelSpans((s, e) for s, e, _, _ in found)
        known, ordinary = self._known(tokens, titles, appositives, model_spans, _firms_read(found))
        # A firm read over a name after a verb of naming (免去 + 于 + 永和公司, 任命 + 马华 + 为, 李华为 + 公司) is none: the
        # person is. A known name only from inside the person's (任命 + 华为 + 为理事单位 stays the firm).
        named = [p for p in people if self.people.named_after_verb(tokens, p)]
        known = [
            k for k in known if not self._given_name(tokens.text, k, people) and not _starts_inside(k, named)
        ]
        candidates = [
            *known,
            *titles,
            *self._money(tokens),
            *self.teams.split_pairs(tokens),
            *self._cut_before_known(
                tokens.text,
                [
                    o
                    for o in self._organisations(
                        tokens, _described(appositives, known), sport, {t.start for t in titles}
                    )
                    if not _overlaps(o, named)
                ],
                known,
            ),
            *people,
            *appositives,
            *self._lac_entities(tokens),
        ]
        titled = _title_edges(tokens.text, candidates)
        titled |= _listed_after_titled(tokens.text, people, titled)
        if found is not None:
            candidates = self._backed(tokens, candidates, found, titled, biographies)
            model = self.teams.relabel_people(
                tokens.text,
                [c for c in self._model_candidates(tokens, found, candidates) if not _within(c, ordinary)],
                sport,
                self.people.looks_like_name,
            )
            candidates += model
        candidates = [
            c
            for c in _without_parts_of_latin_names(tokens.text, candidates, people)
            if self._names_someone(tokens, c)
        ]
        if found is not None:
            candidates = self._arbitrate(tokens, candidates, titled, biographies)
        chosen = latin_people(tokens, _select(candidates, len(tokens.text)), self.knowledge)
        chosen = _latin_names_of_people(tokens.text, chosen)
        chosen = _select(chosen + self._declared_short_forms(tokens.text, chosen), len(tokens.text))
        chosen = self._with_repeats(tokens, chosen, _bracketed_latin(tokens, chosen))
        chosen = _not_lowercase(
            tokens.text, _not_codes(tokens.text, _outside_work_titles(tokens.text, chosen))
        )
        chosen = listed_organisations(tokens, chosen, self.knowledge, self.people.looks_like_name)
        chosen = self._paired_with_firms(tokens, chosen, found)
        chosen = reporting_sources(tokens, chosen, self.knowledge)
        chosen = latin_organisations(tokens, chosen, self.knowledge)
        chosen = slotted_companies(tokens, chosen, self.knowledge, self.people.looks_like_name)
        chosen = recurring_subjects(tokens, chosen, self.knowledge)
        # A company named by its place in one sentence is named so wherever it is written again.
        chosen = self._with_repeats(tokens, self._with_short_forms(tokens, chosen))
        chosen = without_versioned_names(tokens.text, chosen)
        chosen = risk_marked(tokens, board_marked(tokens, chosen, self.knowledge), self.knowledge)
        chosen = _bracketed_whole(tokens.text, chosen)
        chosen = _one_reading_per_name(tokens.text, chosen, self.people.looks_like_name)
        chosen = self._without_unit_marks(tokens.text, chosen)
        chosen = self._without_shares_and_projects(tokens.text, chosen)
        chosen = self._without_firm_groups(tokens.text, chosen)
        chosen = self._without_firm_verbs(tokens, chosen)
        chosen = self._before_copulas(tokens.text, chosen)
        chosen = self._without_countries_before_names(tokens, chosen)
        chosen = self._without_descriptions_opening_names(tokens, chosen)
        chosen = self._without_descriptions_before_names(tokens.text, chosen)
        chosen, doc._.byline = article_byline(doc._.text_original, tokens.text, chosen, self.knowledge)
        doc = _split_words(doc, tokens, chosen)
        doc.ents = _spans(doc, chosen)
        return doc

    def _paired_with_firms(
        self, tokens: Tokens, chosen: list[Candidate], found: list[Found] | None
    ) -> list[Candidate]:
        """``chosen`` with the model's companies from :data:`PAIRED_MIN_SCORE` that a joining word (和, 与, 、)
        puts right beside a company chosen (星云科技 + 和 + X, X + 与 + 星云科技), of whole LAC words and naming
        someone (:meth:`_names_someone`): what is paired with a firm is mostly a firm, and the model scores a short
        name it has not seen (a firm's short form of two characters, 星云 + 与 + 月光智能) low. Not one of common nouns
        only (干法 + 隔膜, a product listed beside another), nor a word of a longer Latin name (Nova of Nova Labs). A
        place LAC read at exactly that span gives way where its characters score as an organisation's more than a
        place's (a coined name misread, not 呼和浩特)."""
        if not found:
            return chosen
        text = tokens.text
        firms = [c for c in chosen if c.label == "Company"]
        for start, end, label, score in found:
            if (
                label != "company"
                or score < PAIRED_MIN_SCORE
                or not tokens.aligned(start, end)
                or self._only_common_nouns(tokens, start, end)
                or _in_latin_name(text, start, end)
            ):
                continue
            overlapping = [c for c in chosen if c.start < end and start < c.end]
            if any(
                c.label != "Location" or (c.start, c.end) != (start, end) or start not in tokens.unsure_places
                for c in overlapping
            ):
                continue
            if not any(_joined(text, firm, start, end, self.knowledge.pairing_words) for firm in firms):
                continue
            paired = Candidate(start, end, "Company", Rank.MODEL, weight=score)
            if self._names_someone(tokens, paired):
                chosen = [c for c in chosen if c not in overlapping] + [paired]
        return chosen

    def _unit_after_joiner(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether ``start``..``end`` follows a word joining two posts and is only common nouns (副總裁 + 暨 + 雲端事業
        + 總經理): the second post's unit at the same firm, not a firm framed by the post, as a name would be
        (CEO + 兼 + 蓝海集团 + 董事长)."""
        return tokens.text.endswith(
            tuple(self.knowledge.title_joiners), 0, start
        ) and self._only_common_nouns(tokens, start, end)

    @staticmethod
    def _only_common_nouns(tokens: Tokens, start: int, end: int) -> bool:
        """Whether ``start``..``end`` is only words LAC reads as common nouns."""
        first, last = tokens.index_at(start), tokens.index_at(end - 1)
        return all(tokens.tags[i] in _COMMON_NOUN_TAGS for i in range(first, last + 1))

    def _backed(
        self,
        tokens: Tokens,
        candidates: list[Candidate],
        found: list[Found],
        titled: set[int],
        biographies: set[tuple[int, int]],
    ) -> list[Candidate]:
        """The candidates, less the guesses on LAC's words with no evidence beyond LAC.

        Evidence is an entity of the model overlapping the guess (any score), a title right next
        to it (创始人李明, 云帆智驾联合创始人: the pattern roles are read from), an organisation
        suffix (依图 + 科技) unless the guess is one proper-noun word a product head ends (巡检机器人: a
        kind of product), the same name written again in the text, a capitalised Latin name
        right after a description of a company (物流公司Blue Harbor), which LAC and the model miss, a name
        after a description of a unit an owner word opens (X旗下的自动驾驶子公司 + 星途智驾) or before a
        company's action (自动驾驶公司 + 星途智驾 + 宣布), or a
        person's first and last name in Latin letters (Chen Cheng), or glossing it in brackets (多哥夫(Dmitri
        Dolgov)), which the model, trained on Chinese names, rarely marks, or the name a verb of naming acts on
        (免去 + 于文明: see ``PersonFinder.named_after_verb``), or the name a biography opens with (贾明，男，:
        see ``PersonFinder.biography_spans``).
        """
        text = tokens.text
        covered = bytearray(max((end for _, end, _, _ in found), default=0))
        for start, end, _, _ in found:
            covered[start:end] = b"\x01" * (end - start)
        return [
            c
            for c in candidates
            if c.rank not in MODEL_BACKED_RANKS
            or covered.find(1, c.start, c.end) != -1
            or c.start in titled
            or c.end in titled
            or (
                c.label in ORG_LABELS
                and self._suffixed(text[c.start : c.end])
                and not self._product(tokens, c)
            )
            or text.count(text[c.start : c.end]) > 1
            or (c.rank == Rank.APPOSITIVE and LATIN_NAME_RE.fullmatch(text, c.start, c.end) is not None)
            or (c.rank == Rank.APPOSITIVE and self._owned(text, c.start))
            or (c.rank == Rank.APPOSITIVE and self._acts(text, c.start, c.end))
            or (c.rank == Rank.APPOSITIVE and self._listed_before(text, c.start))
            or (c.rank == Rank.APPOSITIVE and self._joined_to_organisation(text, c, candidates))
            or (c.label == "Person" and is_latin_full_name(text[c.start : c.end]))
            or (c.label == "Person" and self._full_chinese_name(tokens, c))
            or (c.label == "Person" and self._name_before_glued_word(tokens, c))
            or (c.label == "Person" and self._name_in_a_persons_place(tokens, c))
            or (c.label == "Person" and self.people.named_after_verb(tokens, c))
            or (c.label == "Person" and glossed_by_latin_name(text, c.end))
            or (c.label == "Person" and (c.start, c.end) in biographies)
        ]

    def _full_chinese_name(self, tokens: Tokens, candidate: Candidate) -> bool:
        """Whether a person guess is one word LAC reads as a person's name that is a surname and two
        characters (梁启航): the shape of most Chinese names, which a model that reads names from their
        context may miss in a context it has not seen (任命 + X + 为)."""
        i = tokens.index_at(candidate.start)
        return (
            tokens.starts[i] == candidate.start
            and tokens.ends[i] == candidate.end
            and tokens.tags[i] == "PER"
            and _full_name(tokens.words[i], self.people.looks_like_name)
        )

    def _name_before_glued_word(self, tokens: Tokens, candidate: Candidate) -> bool:
        """Whether a person guess is a full name LAC read with a function word glued after it (王立于 +
        2019年, 王立因 + 健康), which the guess leaves out: LAC's reading backs the name as it backs a full
        name read alone, though the model misses it at the head of a sentence."""
        i = tokens.index_at(candidate.start)
        return (
            tokens.starts[i] == candidate.start
            and tokens.ends[i] == candidate.end + 1
            and tokens.tags[i] == "PER"
            and tokens.text[candidate.end] in self.knowledge.never_in_name
            and _full_name(tokens.words[i], self.people.looks_like_name)
        )

    def _name_in_a_persons_place(self, tokens: Tokens, candidate: Candidate) -> bool:
        """Whether a person guess is a name as ``_lac_name`` reads one (林静, Kai Lenz), right after what is done to a person (任命 + 林静) or right before what a person says
        or does (林静 + 表示, + 离职), or heading the clause that describes them before a comma or a joining word
        (在X任职八年的 + 王立 + ，, X的 + 王立 + 和): the model, reading the surname as a word (林, "forest"), misses it there.
        So it does a three-character name LAC cut after its second character (许先 + 越 + 表示), which the names
        knowledge completes."""
        if not (self._lac_name(tokens, candidate) or self.people.completes_split_name(tokens, candidate)):
            return False
        return (
            tokens.text.startswith(self.persons_doings, candidate.end)
            or tokens.text.endswith(self.knowledge.person_verbs, 0, candidate.start)
            or (
                tokens.text.endswith("的", 0, candidate.start)
                and tokens.text.startswith(("，", ",", *self.knowledge.joining_words), candidate.end)
            )
        )

    def _lac_name(self, tokens: Tokens, candidate: Candidate) -> bool:
        """Whether a guess is one word LAC reads as a person's name, shaped as one (a surname and one or two
        characters, a Japanese family name and a given name: 佐藤恒治), or a first and last name in Latin
        letters no firm's word ends (Kai Lenz, not Mason Capital)."""
        text = tokens.text[candidate.start : candidate.end]
        if is_latin_full_name(text):
            return text.split()[-1] not in self.knowledge.latin_org_words
        i = tokens.index_at(candidate.start)
        return (
            (tokens.starts[i], tokens.ends[i]) == (candidate.start, candidate.end)
            and tokens.tags[i] == "PER"
            and (
                self.people.looks_like_name(tokens.words[i])
                or self.people.looks_like_japanese_name(tokens.words[i])
            )
        )

    def _name_read_as_a_firm(
        self, tokens: Tokens, guess: Candidate, rival: Candidate, titled: set[int]
    ) -> bool:
        """Whether the model reads an organisation where the rules read a person's name, and the name wins:
        exactly over a full Chinese name (赵宏达 + 已于上周离职: the model, reading firms from their context, takes a
        leaver for one) or a name of LAC's in a person's place (任命 + 王立 + 为), or over a name of LAC's right
        after a title, alone or with the title (CEO + 王立 +
        宣布裁员, COO王立 as one firm): a title is held by a person."""
        if guess.label != "Person" or rival.label not in ORG_LABELS or rival.end != guess.end:
            return False
        if rival.start == guess.start and (
            self._full_chinese_name(tokens, guess) or self._name_in_a_persons_place(tokens, guess)
        ):
            return True
        with_title = rival.start < guess.start and rival.start in titled
        return (
            (rival.start == guess.start or with_title)
            and guess.start in titled
            and self._lac_name(tokens, guess)
        )

    def _org_before_verb(self, tokens: Tokens, guess: Candidate, rival: Candidate) -> bool:
        """Whether the model reads on from an organisation word of LAC's over verbs (国投创合 + 领 + 投 + 的C轮):
        what the firm did is no part of its name; a suffix LAC reads as a verb is (陆金所 + 控股)."""
        if guess.label not in ORG_LABELS or rival.label not in ORG_LABELS or guess.start != rival.start:
            return False
        if rival.end - guess.end < MIN_NAME_CHARS:
            return False  # one character LAC reads as a verb may end a coined name (云帆智 + 驾)
        if not tokens.aligned(guess.start, rival.end) or guess.end not in tokens.start_set:
            return False
        first, last = tokens.index_at(guess.end), tokens.index_at(rival.end - 1)
        return tokens.tags[tokens.index_at(guess.start)] == "ORG" and all(
            tokens.tags[i] in _ACTION_TAGS and tokens.words[i] not in self.knowledge.suffixes
            for i in range(first, last + 1)
        )

    def _product(self, tokens: Tokens, candidate: Candidate) -> bool:
        """Whether a guess is one proper-noun word ending with a product head (扫地机器人): LAC reads a
        kind of product so, and a company's name made of a plain word and the head (月光 + 机器人) as two."""
        i = tokens.index_at(candidate.start)
        return (
            tokens.starts[i] == candidate.start
            and tokens.ends[i] == candidate.end
            and tokens.tags[i] in _SUFFIXED_NAME_TAGS
            and tokens.words[i].endswith(self.knowledge.product_heads)
        )

    @cached_property
    def arbiter(self) -> Arbiter:
        """The fitted arbiter, read when the model first runs (a rules-only pipeline never needs it)."""
        return load_arbiter(self.arbiter_file)

    def _arbitrate(
        self, tokens: Tokens, candidates: list[Candidate], titled: set[int], biographies: set[tuple[int, int]]
    ) -> list[Candidate]:
        """The candidates less the loser of each disagreement between a rules' guess and the model
        (the arbiter decides), and less the model's entities that do not count (:meth:`_counts`) and
        won none.

        A model entity that loses to one guess is dropped, and then beats no other (周牧野（星海智芯,
        one span over a person and a company, loses to the company and leaves the person). A name
        the names knowledge completed (颜水 + 成), a name the model ran into a person's verb (李强辞 +
        任) and a body's long name LAC read as one word (see ``_whole_body``) are not disputed: there
        the rules are precise, and so is the name a biography opens with (贾明先生，1970年出生: see
        ``PersonFinder.biography_spans``), which the model may read as a firm.
        """
        models = sorted((c for c in candidates if c.rank == Rank.MODEL), key=lambda c: c.start)
        ends = [m.end for m in models]
        beaten: dict[int, Candidate] = {}  # a guess -> the model entity that beat it
        lost: set[int] = set()
        for guess in (c for c in candidates if c.rank in GUESSES):
            rival = _rival(guess, models, ends)
            if rival is None:
                continue
            if (
                self.people.completes_split_name(tokens, guess)
                or self.people.named_after_verb(tokens, guess)
                or (guess.label == "Person" and (guess.start, guess.end) in biographies)
                or self._name_read_as_a_firm(tokens, guess, rival, titled)
                or self.people.before_verb(tokens, guess, rival)
                or self._org_before_verb(tokens, guess, rival)
                or self._whole_body(tokens, guess, rival)
                or self._titled_given_name(tokens.text, guess, rival, titled)
                or self._foreign_firm_read_as_person(tokens.text, guess, rival)
            ):
                lost.add(id(rival))
                continue
            evidence = self._evidence(tokens.text, guess, rival, titled)
            inputs = features(tokens, guess, rival, rival.weight, evidence)
            if self.recorded is not None:
                self.recorded.append((tokens.text, guess, rival, inputs))
            if self.arbiter.model_wins(inputs):
                beaten[id(guess)] = rival
            else:
                lost.add(id(rival))
        won = {id(m) for m in beaten.values() if id(m) not in lost}
        lost |= {g for g, m in beaten.items() if id(m) in won}
        return [
            c
            for c in candidates
            if id(c) not in lost
            and (
                c.rank != Rank.MODEL
                or self._counts(tokens, c.start, c.end, c.label, c.weight)
                or id(c) in won
            )
        ]

    def _counts(self, tokens: Tokens, start: int, end: int, label: str | None, score: float) -> bool:
        """Whether a model entity no guess disputes counts: from ``model_min_score``, or, for organisations
        and governments, from ``BODY_MIN_SCORE`` when it is made of whole LAC words. There the rules are
        weak (they find few bodies without an organisation suffix) and a threshold made for people and
        companies dropped many of the model's right answers; a body cut out of a LAC word is mostly a
        piece of a longer name that LAC read whole and the rules find later (a company's name and its
        legal form). A body of common nouns only (地方政府, 监管机关) is a kind of body, not one named."""
        if score >= self.model_min_score:
            return (
                score >= PLAIN_NOUN_MIN_SCORE
                or not self._plain_noun(tokens, start, end, label)
                or tokens.text.startswith(self.knowledge.company_actions, end)
            )
        return (
            label in BODY_LABELS
            and score >= BODY_MIN_SCORE
            and tokens.aligned(start, end)
            and tokens.has_name_word(start, end)
        )

    @staticmethod
    def _plain_noun(tokens: Tokens, start: int, end: int, label: str | None) -> bool:
        """Whether a company the model reads is one common noun of two characters to LAC (a government it
        reads so is often one: 警方, 法院)."""
        i = tokens.index_at(start)
        return (
            label == "Company"
            and end - start == MIN_NAME_CHARS
            and (tokens.starts[i], tokens.ends[i]) == (start, end)
            and tokens.tags[i] == "n"
        )

    def _evidence(self, text: str, guess: Candidate, model: Candidate, titled: set[int]) -> Evidence:
        return Evidence(
            titled=guess.start in titled or guess.end in titled,
            suffixed=guess.label in ORG_LABELS and self._suffixed(text[guess.start : guess.end]),
            guess_name_like=self.people.looks_like_name(text[guess.start : guess.end]),
            model_name_like=self.people.looks_like_name(text[model.start : model.end]),
        )

    def _names_someone(self, tokens: Tokens, candidate: Candidate) -> bool:
        """Whether a guessed organisation has a name of its own, not a category or a clause; a guessed
        person is no known product (Kimi).

        Known names always do. A guess is dropped when it is a generic description (AI公司,
        美元基金, 苏州 + 智能: see ``Knowledge.is_generic``), only verbs and function words
        as LAC reads them (进行 + 适配 + 测试, 组成): a fragment of the sentence, not a name, a product
        named before its maker (星河Chat + 开发商) or a known product (豆包, Qwen团队: products.yaml), a party of a
        deal named by its part in it (中标, 招标方: ``party_roles`` of org_suffixes.yaml), only a
        place or a country (中国, 以色列, which LAC reads as an organisation before another name), a place and a branch (苏州 + 分公司: a
        branch of a company named elsewhere), or a grade or model code before a suffix (P10 + 技术高管:
        a rank; a firm's name is no letter and a number), a thing counted as products are (一款 +
        聊天机器人), one the text leaves unnamed (某 + 市政府) or names only by its level (市委), or one
        listed beside a field (交通、电信、金融等领域), or a cup (星云基金 + 杯: ``competition_marks``).
        """
        if candidate.rank == Rank.KNOWN:  # a longer name than a known one (澳大 + 利亚) may be a country's
            return candidate.entity_id is not None or not self._only_a_place(
                tokens.text[candidate.start : candidate.end]
            )
        if self.knowledge.is_product(tokens.text[candidate.start : candidate.end]):
            return False
        if (
            candidate.label in ORG_LABELS
            and tokens.text[candidate.start : candidate.end] in self.knowledge.party_roles
        ):
            return False  # a party of a deal named by its part (中标, 招标方): the firm is named after it
        if candidate.label == "Person":
            return not self._opens_product(tokens.text, candidate)
        if candidate.label not in ORG_LABELS:
            return True
        if self._listed_among_fields(tokens, candidate.start, candidate.end):
            return False
        if tokens.text.endswith(self.knowledge.competition_marks, candidate.start, candidate.end):
            return False  # a cup (星云基金杯), played or contested, not its sponsor
        if tokens.text.startswith(self.knowledge.maker_words, candidate.end):
            return False
        if tokens.text.startswith(self.knowledge.index_words, candidate.end):
            return False  # an index's name (恒生科技 + 指数), which moves as a firm's shares do
        if tokens.text.endswith(_UNNAMED_MARK, 0, candidate.start) and tokens.text.startswith(
            _UNNAMED_KINDS, candidate.start
        ):
            return False  # one left unnamed (某 + 市政府)
        if self._kind_and_suffix(tokens.text[candidate.start : candidate.end]):
            return False
        first, last = tokens.index_at(candidate.start), tokens.index_at(candidate.end - 1)
        if self._counted_as_product(tokens, first):
            return False
        if self._technical_term(tokens, candidate.start, candidate.end):
            return False
        if all(tokens.tags[i] in _VERB_FRAGMENT_TAGS for i in range(first, last + 1)):
            return False
        text = tokens.text[candidate.start : candidate.end]
        if self._only_a_place(text):
            return False
        if _CODE.fullmatch(self.knowledge.core_name(text)):
            return False
        start = self._after_place(tokens, candidate.start, candidate.end)
        rest = tokens.text[start : candidate.end]
        placed = start > candidate.start and not self._firm_of_a_country(
            tokens.text[candidate.start : start],
            rest,
            _counted(tokens, first, self.knowledge.firm_measure_words),
        )
        return rest not in self.knowledge.branches and not self.knowledge.is_generic(rest, placed)

    def _kind_and_suffix(self, text: str) -> bool:
        """Whether a guess is only a level of government and a body's suffix (市委, 省政府, 区法院), no place
        naming it: a reference to a body named elsewhere, or the piece of a longer word LAC cut (上 + 市委 of
        上市委, a listing committee)."""
        return text.startswith(_UNNAMED_KINDS) and text[1:] in self.knowledge.suffixes

    def _technical_term(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a guessed organisation names a technology or a measure, not a firm: it ends with a
        technology's head (``technology_heads`` of generic_nouns.yaml) after words none of which is a name
        (see :meth:`_term_word`), no company's act or post follows it (创新 + 技术 + 宣布 is a firm) and no
        description of a firm comes before it (子公司 + 鲸腾 + 网络)."""
        text = tokens.text
        head = next((h for h in self.knowledge.technology_heads if text.endswith(h, start, end)), None)
        if (
            head is None
            or start not in tokens.start_set
            or text.startswith(self.knowledge.company_actions, end)
            or text.endswith(self.describing_words, 0, start)
        ):
            return False
        suffix = self.knowledge.suffix_of(head, whole=True) is not None
        first = tokens.index_at(start)
        if tokens.ends[first] >= end:  # one word with its head (深度神经网络)
            return end - start > len(head) and self._term_word(tokens, first, suffix)
        last = tokens.index_at(end - len(head) - 1)
        return all(self._term_word(tokens, i, suffix) for i in range(first, last + 1))

    @staticmethod
    def _term_word(tokens: Tokens, i: int, suffix: bool) -> bool:
        """Whether word ``i`` before a technology's head makes a term of it: a common word, or a compound of
        _TERM_COMPOUND_CHARS characters or more. Before a head that is also an organisation's suffix (网络,
        技术, 软件) a short common noun or a word LAC reads as a verb makes a coined name (飞鱼 + 网络, 大地 +
        软件, 鲸腾 + 网络: LAC tags an unknown pair of characters so), not a term."""
        tag, word = tokens.tags[i], tokens.words[i]
        if tag in _TERM_COMPOUND_TAGS and len(word) >= _TERM_COMPOUND_CHARS:
            return True
        return tag in _TERM_WORD_TAGS and not (suffix and tag in _COINING_TAGS)

    def _opens_product(self, text: str, candidate: Candidate) -> bool:
        """Whether a guess opens a known product's longer name (小爱 of 小爱同学: an assistant, no one)."""
        return any(
            len(name) > candidate.end - candidate.start
            and text[candidate.start : candidate.start + len(name)].lower() == name
            for name in self.knowledge.product_names
        )

    def _without_unit_marks(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` with the 子公司 cut off the organisations it ends, or its 子 where the word goes on (星云科技
        + 子 + 公司: the parent is meant), and without those left with no name of their own (无锡 + 子公司,
        全资 + 子 + 公司: a subsidiary the text does not name)."""
        kept = []
        for c in chosen:
            unit = _UNIT_MARK + _UNIT_WORD
            if c.label in ORG_LABELS and text.endswith(unit, c.start, c.end):
                cut = len(unit)
            elif c.label in ORG_LABELS and text.endswith(_UNIT_MARK, c.start, c.end):
                cut = len(_UNIT_MARK) if text.startswith(_UNIT_WORD, c.end) else 0
            else:
                cut = 0
            # 汽车电子 + 公司: the 子 closes a trade's suffix before a word for a firm, no subsidiary.
            if not cut or self._closes_suffix(text, c.start, c.end - cut + len(_UNIT_MARK)):
                kept.append(c)
                continue
            rest = text[c.start : c.end - cut]
            if (
                len(rest) >= 2
                and not self._only_a_place(rest)
                and rest + unit not in self.knowledge.owner_words
            ):
                kept.append(replace(c, end=c.end - cut))
        return kept

    def _without_shares_and_projects(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` with a class of shares or a project cut off the companies it ends (星云科技 + H股, 百度 + 美股:
        ``share_classes``; 中石化 + 专案: ``projects``) where a name of two characters or more is left: the stock
        trades, the project is won, the name is the company's; a generic word left names no one (PPP + 项目). An
        outlet may be named for the market it covers (星云港股讯: 星云港股 reports) and stays whole."""
        words = (*self.knowledge.share_classes, *self.knowledge.projects)
        kept = []
        for c in chosen:
            word = next((w for w in words if text.endswith(w, c.start, c.end)), "")
            cut = c.end - len(word)
            if not (word and c.label == "Company" and cut - c.start >= MIN_NAME_CHARS):
                kept.append(c)
            elif not self.knowledge.is_generic(text[c.start : cut], False):
                kept.append(replace(c, end=cut))
        return kept

    def _without_firm_groups(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` less the organisations written right before a word that makes them name a group they define
        (``firm_groups``: 星云 + 概念股, 星云 + 供应链, 星云 + 车主): the article speaks of the stocks, suppliers or
        customers, not of the company, known or not, which is no party there. Where it is one, the article names it
        elsewhere. A title or a unit after the word (星云 + 供应链 + 副总裁, 产业链 + 团队) makes it name a unit of the
        company, whose employer the company stays."""
        titles = {t.start for t in chosen if t.label == "Title"}
        return [
            c
            for c in chosen
            if c.label not in ORG_LABELS
            or not (word := _word_at(text, c.end, self.knowledge.firm_groups))
            or self._unit_after(text, c.end, c.end + len(word), titles)
        ]

    def _unit_after(self, text: str, start: int, end: int, title_starts: set[int]) -> bool:
        """Whether the group word at ``start``..``end`` names a unit of the firm before it: a title takes it in or
        follows it (供应链 + 副总裁), or a word of a unit does (``units``, ``departments``, 业务: 供应链 + 团队)."""
        unit_words = (*self.knowledge.units, *self.knowledge.departments, "业务")
        return start in title_starts or end in title_starts or text.startswith(unit_words, end)

    def _without_firm_verbs(self, tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` with the organisations guessed over a verb one firm does to another (``verbs_on_firms``:
        中标, 收购), which no name holds, cut before it where a name stands there (蓝海科技 + 中标 + 南方电网), else
        dropped: what is left describes the deal (工程 + 中标, 中标 + 通知书). A registered name (华中 + 标准件 +
        有限公司) or one opening with the verb before an organisation's suffix (中标 + 软件) holds such letters in a
        name of its own, and so does a body of government, named by what it reviews (证监会 + 并购重组委)."""
        kept = []
        for c in chosen:
            name = tokens.text[c.start : c.end]
            registered = name.endswith(self.bare_legal_forms)
            at = self._firm_verb_at(tokens, c) if c.label == "Company" and c.entity_id is None else -1
            if at < 0 or registered or (at == 0 and self.knowledge.suffix_of(name) is not None):
                kept.append(c)
            elif at > 0 and (
                (cut := replace(c, end=c.start + at))
                and tokens.has_name_word(cut.start, cut.end)
                and self._names_someone(tokens, cut)
            ):
                kept.append(cut)
        return kept

    def _before_copulas(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` with the guessed firms that run on into 系 ("is") and the party it makes them (星云建设 + 系 +
        公司 + 全资子公司: the model reads 星云建设系公司 as one name) cut before the copula; a role of two
        characters or more (``declared_roles``: 公司, 本公司, 发行人) follows it there, a name (阿里系 + 蚂蚁金服, a
        camp) does not."""
        kept = []
        for c in chosen:
            at = self._copula_at(text, c) if c.label == "Company" and c.entity_id is None else -1
            kept.append(replace(c, end=c.start + at) if at >= MIN_NAME_CHARS else c)
        return kept

    def _without_countries_before_names(self, tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` with the country cut off the guessed firms that open with it as a word of its own before a
        bare name (美国 + Voltrix, 日本 + 月岛, which the model or the rules read as one): the country says where the
        firm is from, as it does before a known one (日本 + 丰田); firms are registered in a city, not a country.
        A name with a suffix (德国 + 星河信贷银行) or a common word (英国 + 石油) after the country keeps it, and so
        does one LAC reads with the country as organisations both (德国 + 电信): there the country is part of the
        name."""
        kept = []
        for c in chosen:
            at = (
                self._bare_name_after_country(tokens, c)
                if c.label == "Company" and c.entity_id is None
                else -1
            )
            kept.append(replace(c, start=at) if at > 0 else c)
        return kept

    def _without_descriptions_opening_names(self, tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` with the description of a firm cut off the guessed firms it opens (德国零部件供应商 + 克雷默, 日本车厂
        + 速霸陆: LAC glues the description's last character or word to a name it has not seen, and a slot or
        the model reads the whole as one firm): words of a trade, maybe after a country, and a descriptor say
        what the firm named after them is. Not where a name's own word opens it (星云 + 公司 + 研究院: the firm's
        unit), nor where a place opens what follows (X通信集团公司 + 广东分公司: its branch), nor where only generic
        words or a suffix are left."""
        return [
            replace(c, start=at)
            if c.label == "Company" and c.entity_id is None and (at := self._described_name_at(tokens, c)) > 0
            else c
            for c in chosen
        ]

    def _described_name_at(self, tokens: Tokens, candidate: Candidate) -> int:
        """Where the name after a description of a firm opening ``candidate`` starts, or -1."""
        text = tokens.text
        name = text[candidate.start : candidate.end]
        found = [
            m.end()
            for m in self.descriptor_pattern.finditer(name)
            if m.start() > 0 and len(name) - m.end() >= MIN_NAME_CHARS
        ]
        if not found:
            return -1
        at = candidate.start + found[-1]
        rest = text[at : candidate.end]
        words = [i for i in range(tokens.index_at(candidate.start), len(tokens)) if tokens.ends[i] <= at - 1]
        if (
            rest.startswith(self.describing_words)
            or self.knowledge.place_at(text, at)
            or self.knowledge.is_generic(rest, placed=False)
            or rest in self.knowledge.suffixes
            or not all(tokens.tags[i] in _TRADE_TAGS for i in words)
        ):
            return -1
        return at

    def _without_descriptions_before_names(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` less the guessed firms that end with a description's head (公司, 初创公司) right before another
        organisation chosen, maybe after a quote or a space (无人机公司 + “星云智能”, 卫星公司 + Nimbus): the words
        describe the firm named after them, which the model or LAC read as a firm of its own; so does a maker's
        trade and works (散热模组厂 + 星河光电, ``maker_marks``), as Taiwan's news names a firm. Not where a place
        opens the words (杭州星云公司) or the name after them (X公司 + 南京星云总厂: the firm's unit), unless the
        place is a country (以色列芯片设计公司 + Lumora, 德国汽车电子公司 + 博远: firms are registered in a city, a
        country only says where the one named after is from), nor before a
        name found only as what follows such a head unless quoted, Latin or after a country (星云网络公司 + 官方消息:
        the head is the firm's own, and what follows no name), nor a registered name (X有限公司, see
        :meth:`_closes_legal_name`)."""
        named_at = {c.start: c for c in chosen if c.label in _DESCRIBED_LABELS}
        return [c for c in chosen if not self._describes_next(text, c, named_at)]

    def _describes_next(self, text: str, candidate: Candidate, named_at: dict[int, Candidate]) -> bool:
        """Whether ``candidate``, a guessed firm ending with a descriptor, describes the organisation right after it."""
        works = self._works_after(text, candidate.end)
        name = text[candidate.start : candidate.end + works]
        if (
            candidate.label != "Company"
            or candidate.entity_id is not None
            or not name.endswith((*self.knowledge.descriptors, *self.knowledge.maker_marks))
            or name.endswith(self.bare_legal_forms)
        ):
            return False
        quoted = text[candidate.end + works : candidate.end + works + 1] in _QUOTES + " "
        after = named_at.get(candidate.end + works + quoted)
        if after is None or self.knowledge.place_at(text, after.start):
            return False
        marked = quoted or text[after.start].isascii()
        country = any(text.startswith(country, candidate.start) for country in self._countries)
        if self.knowledge.place_at(text, candidate.start) and not country:
            return False
        return after.rank != Rank.APPOSITIVE or marked or country

    def _works_after(self, text: str, end: int) -> int:
        """How many characters of a maker's works follow a guessed firm ending at ``end`` (散热 + 模组厂 + X, LAC reading
        the trade as a firm): up to `_LONGEST_WORKS` characters of Chinese ending with a maker's mark, else none."""
        for length in range(_LONGEST_WORKS, 0, -1):
            works = text[end : end + length]
            if len(works) == length and is_cjk(works) and works.endswith(self.knowledge.maker_marks):
                return length
        return 0

    def _bare_name_after_country(self, tokens: Tokens, candidate: Candidate) -> int:
        """Where the bare name after a country opening ``candidate`` starts (-1 where there is none): the country
        a word LAC reads as a place, not as an organisation's first word (德国 + 电信, both read as organisations, is
        one name), and after it a word of its own that LAC reads as a name (an organisation, a person, a proper
        noun) and no suffix ends."""
        text = tokens.text
        country = next((k for k in self._countries if text.startswith(k, candidate.start)), "")
        at = candidate.start + len(country)
        rest = text[at : candidate.end]
        if not country or at not in tokens.start_set or len(rest) < MIN_NAME_CHARS:
            return -1
        named = (
            tokens.tags[tokens.index_at(candidate.start)] == _PLACE_TAG
            and tokens.tags[tokens.index_at(at)] in _BARE_NAME_TAGS
            and self.knowledge.suffix_of(rest) is None
            and not self._only_a_place(rest)
        )
        return at if named else -1

    @cached_property
    def _countries(self) -> tuple[str, ...]:
        """The countries, the longest first (澳大利亚 before 澳大)."""
        return tuple(sorted(self.knowledge.countries, key=len, reverse=True))

    def _copula_at(self, text: str, candidate: Candidate) -> int:
        """Where in ``candidate`` a 系 stands that a role of the announcement's party follows (-1 where none does)."""
        name = text[candidate.start : candidate.end]
        for at in (i for i, char in enumerate(name) if char == _COPULA):
            after = text[candidate.start + at + 1 : candidate.end + _LONGEST_ROLE]
            if any(after.startswith(role) for role in self.knowledge.declared_roles if len(role) > 1):
                return at
        return -1

    def _firm_verb_at(self, tokens: Tokens, candidate: Candidate) -> int:
        """Where in ``candidate`` the first verb of ``verbs_on_firms`` stands (-1 where none does): not across two
        of LAC's words, whose letters spell one by chance (华中 + 标准件)."""
        name = tokens.text[candidate.start : candidate.end]
        ats = [
            m.start()
            for verb in self.knowledge.verbs_on_firms
            for m in re.finditer(re.escape(verb), name)
            if not any(
                candidate.start + inside in tokens.start_set for inside in range(m.start() + 1, m.end())
            )
        ]
        return min(ats, default=-1)

    def _only_a_place(self, text: str) -> bool:
        return text in self.knowledge.place_prefixes or text in self.knowledge.countries

    def _firm_of_a_country(self, place: str, rest: str, counted: bool) -> bool:
        """Whether a country and a company's generic words describe a kind of firm (英国 + 投资集团), which a
        Chinese place and the same words name (深圳 + 创投): firms are registered in a city, not a country.
        A country and a word for a company alone (越南 + 子公司) point at one the text names, and a country and the
        trade of a firm named after its country alone (荷兰 + 银行, 美国 + 航空: ``national_firm_words``) are a name,
        unless counted as firms are (一家 + 英国 + 银行) or the place is a scope (跨国 + 银行): a kind of such firm is
        written with more words (荷兰 + 商业银行)."""
        return (
            place in self.knowledge.countries
            and rest not in self.knowledge.descriptors
            and (counted or place in self.knowledge.scopes or rest not in self.knowledge.national_firm_words)
            and self.knowledge.org_label(place + rest) == "Company"
        )

    def _counted_as_product(self, tokens: Tokens, first: int) -> bool:
        """Whether the word before word ``first`` counts products (一款, 这台: firms are counted with 家) or
        names a model of one (新款), or word ``first`` itself does (the model reads 新款 + 星云 as one name)."""
        if tokens.words[first] in self.knowledge.product_openers:
            return True
        return (first > 0 and tokens.words[first - 1] in self.knowledge.product_openers) or _counted(
            tokens, first, self.knowledge.product_measure_words
        )

    def _after_place(self, tokens: Tokens, start: int, end: int) -> int:
        """Where a name starts after the place or country written before it (苏州 + 智能语音企业,
        美国 + AI初创公司, which LAC may read as one organisation), if any."""
        i = tokens.index_at(start)
        if tokens.starts[i] == start and tokens.tags[i] == "LOC" and tokens.ends[i] < end:
            return tokens.ends[i]
        place = self.knowledge.place_at(tokens.text, start)
        return start + len(place) if place and start + len(place) < end else start

    def _suffixed(self, name: str) -> bool:
        """Whether a name of two characters or more comes before an organisation suffix (依图 + 科技)."""
        found = self.knowledge.suffix_of(name)
        return found is not None and len(name) - len(found[0]) >= 2

    def _model_candidates(
        self, tokens: Tokens, found: list[Found], candidates: list[Candidate]
    ) -> list[Candidate]:
        """The model's people and organisations that count (:meth:`_counts`) or that a guess disputes (those
        count only by winning), each with its score as weight, without a
        word glued before them (原 in 原星云科技), and a person without the bracket opened after their name
        (李明远（ of 李明远（Ming Li）: it holds a gloss, never part of a person's name); none that cuts a Latin
        word, and no person who is a surname with a form of address (王总, 陈女士, 小孙) or a code with a digit
        (k7): the model reads them as names, but they name no one (:meth:`PersonFinder.names_no_one`)."""
        text = tokens.text
        guessed = bytearray(len(text))
        for c in candidates:
            if c.rank in GUESSES:
                guessed[c.start : c.end] = b"\x01" * (c.end - c.start)
        # A name with a firm's word at its end (家具公司, 明星基金) is the rules' to find, or a kind of firm.
        framed = {
            (s, e)
            for (s, e), score in _framed_by_posts(found).items()
            if score >= FRAMED_MIN_SCORE
            and self.knowledge.suffix_of(text[s:e], whole=True) is None
            and not self._unit_after_joiner(tokens, s, e)
        }
        starts = [
            (
                self._without_glued_word(tokens, s, e),
                self._before_glued_end(tokens, s, self._model_end(tokens, s, e, MODEL_LABELS.get(label))),
                label,
                score,
                # A company only its frame makes count is the frame's guess, not the model's alone.
                Rank.MODEL if counts or (s, e) not in framed else Rank.ORGANISATION,
            )
            for s, e, label, score in (_within_quotes(text, *f) for f in found)
            if (
                (counts := self._counts(tokens, s, e, MODEL_LABELS.get(label), score))
                or guessed.find(1, s, e) != -1
                or (s, e) in framed
            )
            and not _cuts_latin_word(text, s, e)
        ]
        return [
            Candidate(s, e, self._label_of_body(text[s:e], MODEL_LABELS[label]), rank, weight=score)
            for s, e, label, score, rank in starts
            if label in MODEL_LABELS
            and s < e
            and not (
                MODEL_LABELS[label] == "Person"
                and (self.people.names_no_one(text[s:e]) or self._word_before_surname(tokens, s, e))
            )
        ]

    def _model_end(self, tokens: Tokens, start: int, end: int, label: str | None) -> int:
        """Where an entity of the model ends: a person before a bracket opened after the name, an
        organisation past the rest of a suffix the model cut inside LAC's word."""
        if label == "Person":
            return _before_gloss(tokens.text, start, end)
        if label in ORG_LABELS and end not in tokens.end_set:
            return self._to_suffix_end(tokens.text, start, end)
        return end

    def _to_suffix_end(self, text: str, start: int, end: int) -> int:
        """Where an organisation of the model ends that it cut inside a suffix of two characters or more
        (澜舟半 of 澜舟半导体): the suffix's end, since no name ends inside one."""
        for suffix in self._long_suffixes:
            for inside in range(1, len(suffix)):
                at = end - inside
                if at - start >= MIN_NAME_CHARS and text.startswith(suffix, at):
                    return at + len(suffix)
        return end

    def _word_before_surname(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a two-character person of the model is a one-character word LAC reads apart, and not as a
        name, before a surname (会 + 上 + 王主编: 上王 is no one's name; 拜登, one word, is)."""
        i = tokens.index_at(start)
        return (
            end - start == 2
            and tokens.starts[i] == start
            and tokens.ends[i] == start + 1
            and tokens.tags[i] not in NAME_TAGS
            and self.knowledge.is_surname(tokens.text[start + 1])
        )

    def _label_of_body(self, name: str, label: str) -> str:
        """The model's label of an organisation, unless it reads a company where the name ends with the suffix of
        a school, a university or an institute, which says what it is (青禾 + 学校: an organisation)."""
        found = self.knowledge.suffix_of(name) if label == "Company" else None
        return found[1].label if found and found[1].label == "Organization" else label

    def _described_companies(
        self, text: str, people: list[Candidate], appositives: list[Candidate]
    ) -> list[Candidate]:
        """Person-tagged names written right after a description of a company are companies.

        LAC tags many transliterated company names as people; after 开发商 or
        厂商 (开发商柯瑞斯达) the name is the company, unless it looks Chinese; it is the name after the
        description (its rank and evidence are an appositive's: 初创公司 + Lumeno + 宣布). After a foreign
        nation's firm (美国芯片巨头 + 高瑞特) a name that looks Chinese is a transliteration too.
        """
        described = {(a.start, a.end) for a in appositives}
        return [
            Candidate(p.start, p.end, "Company", Rank.APPOSITIVE)
            if (p.start, p.end) in described
            and (
                not self.people.looks_like_name(text[p.start : p.end])
                or self._foreign_description(text, p.start)
            )
            else p
            for p in people
        ]

    def _foreign_firm_read_as_person(self, text: str, guess: Candidate, rival: Candidate) -> bool:
        """Whether the model reads as a person exactly the name a foreign nation's firm is described by (美国芯片
        巨头 + 高瑞特, 德国汽车零部件巨头 + 克雷默): a transliterated name it takes for a person's where the
        description says it is a firm's."""
        return (
            guess.rank == Rank.APPOSITIVE
            and guess.label == "Company"
            and rival.label == "Person"
            and (guess.start, guess.end) == (rival.start, rival.end)
            and self._foreign_description(text, guess.start)
        )

    def _foreign_description(self, text: str, start: int) -> bool:
        """Whether the description of a firm ending at ``start`` opens with a foreign nation in its clause
        (德国汽车零部件巨头, 美國電動車大廠), not a scope (国内, 全球) or none."""
        opening = max(text.rfind(mark, 0, start) for mark in CLAUSE_MARKS) + 1
        window = text[max(opening, start - _LONGEST_DESCRIPTION) : start]
        return any(nation in window for nation in self._nations)

    @cached_property
    def _nations(self) -> tuple[str, ...]:
        """The countries that are nations, not regions or scopes (美国, not 海外)."""
        return tuple(c for c in self.knowledge.countries if c not in self.knowledge.scopes)

    def _known(
        self,
        tokens: Tokens,
        titles: list[Candidate],
        appositives: list[Candidate],
        model_spans: _ModelSpans | None,
        firms_read: frozenset[tuple[int, int]] = frozenset(),
    ) -> tuple[list[Candidate], list[tuple[int, int]]]:
        """Known names, except ordinary-word spellings (新希望 "new hope") written without context,
        and the spans of those left out (the model, which sees every spelling as a known name, is
        not trusted there either, below the score of ``firms_read``).

        Such a spelling counts where :meth:`_in_context` says it names the
        organisation, where it is the whole name after a description of a company (芯片公司 + 星河),
        where the model reads exactly it as a firm with a score it rarely gives an ordinary word
        (``firms_read``: 星城路桥 + 选择出售, a listed firm's name of a place and a trade, which LAC reads
        as two places),
        or when the article names that organisation elsewhere
        unambiguously or in context (新希望集团 ... 新希望表示) and LAC does not
        read it as a verb or function word here (联想 ... 让人联想到).
        """
        title_starts = {t.start for t in titles}
        described = {(a.start, a.end) for a in appositives}
        # A known name opening a longer name of a firm in quotation marks is none: the marks hold the whole name
        # (星海图 of 「星海图灵」). Not one ending it: a quoted epithet compares a firm to a known one (“中国X”).
        text = tokens.text
        quoted = [m.span(1) for m in _QUOTED_NAME.finditer(text) if self._quotes_a_firm(text, m.start())]
        matches = [
            m
            for m in self.knowledge.entity_names.finditer(tokens.text)
            if self._plausible(tokens, m.start, m.end)
            and not self._cut_from_model_name(tokens, m.start, m.end, model_spans)
            and not any(s == m.start and m.end < e and text[e - 1] not in _CAMP_MARKS for s, e in quoted)
            and not self._inside_firm_read(text, m.start, m.end, m.value, firms_read)
            and not self._another_countrys_body(tokens, m.start, m.end, m.value)
        ]
        sure = [
            not self.knowledge.is_ambiguous(tokens.text[m.start : m.end], m.value)
            or self._in_context(tokens, m.start, m.end, title_starts)
            or (m.start, m.end) in described
            or (m.start, m.end) in firms_read
            for m in matches
        ]
        sure = self._listed_with_firms(tokens, matches, sure)
        named = {m.value for m, certain in zip(matches, sure, strict=True) if certain}
        kept = [
            certain or (m.value in named and self._may_name(tokens, m))
            for m, certain in zip(matches, sure, strict=True)
        ]
        known = [
            self._known_or_part(tokens, m.start, m.end, m.value, title_starts, model_spans)
            for m, keep in zip(matches, kept, strict=True)
            if keep
        ]
        return known, [(m.start, m.end) for m, keep in zip(matches, kept, strict=True) if not keep]

    def _listed_with_firms(self, tokens: Tokens, matches: list[Match[str]], sure: list[bool]) -> list[bool]:
        """``sure`` with the ordinary-word spellings (蚂蚁, 小米, 理想) joined by a joining word (和, 与, 及, 、) to a
        company that counts, left or right, counted too, along the whole list (阿里 + 及 + 蚂蚁 + 高层, 华为、小米、理想):
        what a list pairs with a firm is a firm. Not where LAC reads the spelling as a verb or function word, nor
        in a pair the clause ends after (谈 + 阿里 + 与 + 理想 + ：): two words may pair as ideas; see
        :meth:`_reads_as_firms`."""
        sure = list(sure)
        changed = True
        while changed:
            changed = False
            for k, m in enumerate(matches):
                if sure[k] or not self._may_name(tokens, m):
                    continue
                neighbours = [j for j in (k - 1, k + 1) if 0 <= j < len(matches) and sure[j]]
                if any(
                    self._joined_firms(tokens.text, matches[j], m) for j in neighbours
                ) and self._reads_as_firms(tokens.text, matches, k):
                    sure[k] = changed = True
        return sure

    def _reads_as_firms(self, text: str, matches: list[Match[str]], k: int) -> bool:
        """Whether the list holding ``matches[k]`` reads as one of firms: three names or more (华为、小米与理想), or
        a pair the clause goes on after (百度及小米 + 高层, 阿里与理想 + 达成合作). A pair ending its clause (马云谈阿里与
        理想 + ：) may be one of ideas, which an ordinary word names as well."""
        first = last = k
        while (
            first > 0 and text[matches[first - 1].end : matches[first].start] in self.knowledge.joining_words
        ):
            first -= 1
        while (
            last + 1 < len(matches)
            and text[matches[last].end : matches[last + 1].start] in self.knowledge.joining_words
        ):
            last += 1
        end = matches[last].end
        return last - first >= 2 or (end < len(text) and text[end] not in CLAUSE_MARKS)

    def _may_name(self, tokens: Tokens, match: Match[str]) -> bool:
        """Whether an ordinary-word spelling may name its organisation on the strength of other mentions (the
        article names the firm, a list pairs it with one): not where LAC reads it as a verb or function word
        (让人 + 联想 + 到), nor where it is the trade word ending a coined name written right before it (星枢 +
        机器人, 机器人 being also a listed firm's short name): the longer name is the company there."""
        first = tokens.index_at(match.start)
        if tokens.tags[first] in _NOT_NAME_READINGS:
            return False
        return not (tokens.starts[first] == match.start and self._ends_coined_name(tokens, first))

    def _joined_firms(self, text: str, firm: Match[str], other: Match[str]) -> bool:
        """Whether a known company's match and another stand side by side with only a joining word between them."""
        if self.knowledge.entities[firm.value].label != "Company":
            return False
        first, second = (firm, other) if firm.start < other.start else (other, firm)
        return text[first.end : second.start] in self.knowledge.joining_words

    def _inside_firm_read(
        self, text: str, start: int, end: int, entity_id: str, firms_read: frozenset[tuple[int, int]]
    ) -> bool:
        """Whether an ordinary-word spelling of a known name ends a longer name the model reads as a firm
        (``firms_read``) after characters of that name that are no place (四环 + 生物, 内蒙古滨 + 海投 + 资股份有限公司):
        a piece of another firm's name, which the model reads whole, not the known firm. One opening the name,
        after a place or not, is the known firm's own (星河 + 设计院股份有限公司, 南京 + 星河集团)."""
        if not self.knowledge.is_ambiguous(text[start:end], entity_id):
            return False
        return any(
            s < start and end <= e and text[s:start] not in self.knowledge.place_prefixes
            for s, e in firms_read
        )

    def _another_countrys_body(self, tokens: Tokens, start: int, end: int, entity_id: str) -> bool:
        """Whether a country or a place written right before a known body's bare, generic name (a field and a
        government's suffix) is not the body's own (日本 + 外交部, 法国 + 经济部; 苏州市 + 国资委, 北辰省 + 发改委):
        the ministry of the country, or the local body of the city or province named, not the national one the
        bare name stands for alone. A place is one whose name ends as a city's, a province's or a district's does
        (市, 省, 区, 县) and that LAC reads as a place, since places are too many to list (a body known with its
        place, 上海市国资委, is matched whole); a verb ending so is none (境外上市 + 证监会). A body whose own names
        open with the country keeps it (中国 + 外交部), as does one with a proper name (美国 + 白宫)."""
        text = tokens.text
        entity = self.knowledge.entities[entity_id]
        found = self.knowledge.suffix_of(text[start:end])
        if found is None or found[1].label != "Government":
            return False
        if self._local_place_before(tokens, start):
            return True
        country = next((k for k in self._countries if text.endswith(k, 0, start)), "")
        return bool(country) and not any(n.startswith(country) for n in (entity.name, *entity.aliases))

    def _local_place_before(self, tokens: Tokens, start: int) -> bool:
        """Whether a place ends right before ``start`` with the suffix of a city, a province, a district or a
        county (北辰市, 江苏省): LAC reads it as a place, or as one name with the body after it (北辰市国资委).
        Not a word ending so that names no place (境外上市 + 证监会, 赴港上市证监会 read as one name)."""
        text = tokens.text
        if not text.endswith(self.knowledge.local_place_ends, 0, start) or text.endswith(
            self.knowledge.not_local_places, 0, start
        ):
            return False
        word = tokens.index_at(start - 1)
        if start not in tokens.end_set:
            return tokens.tags[word] == "ORG" and tokens.starts[word] < start - 1
        return tokens.tags[word] in _LOCAL_PLACE_TAGS and len(tokens.words[word]) > 1

    def _quotes_a_firm(self, text: str, start: int) -> bool:
        """Whether the quotation starting at ``start`` names a firm: a description of one stands before it (具身智能
        公司 + 「X」). Quoted brands, cards and units of a known firm (“银联卡”, “美团优选”宣布) are the known firm's."""
        return text[max(0, start - _LONGEST_DESCRIPTOR) : start].endswith(self.describing_words)

    def _given_name(self, text: str, known: Candidate, people: list[Candidate]) -> bool:
        """Whether a known name is the given name of a person found right before it with a surname
        (王 + 小鹏, a founder's name that is also a company's short name), or the last name of a person
        named in Latin letters, written as a name and not as the acronym it is known by (Jane Doe, not
        DOE), or a part of a foreign name joined by a dot (穆罕默德·阿里): the person is the mention."""
        return any(
            p.label == "Person"
            and p.start <= known.start
            and known.end <= p.end
            and (p.start, p.end) != (known.start, known.end)
            and (_dotted(text, p, known) or (p.end == known.end and self._ends_as_name(text, p, known)))
            for p in people
        )

    def _ends_as_name(self, text: str, person: Candidate, known: Candidate) -> bool:
        """Whether a known name ending a person's is their given name after a surname (王 + 小鹏) or the last
        name of a Latin full name, not written as an acronym (Jane Doe, not DOE)."""
        if self.knowledge.is_surname(text[person.start : known.start]):
            return True
        return (
            is_latin_full_name(text[person.start : person.end])
            and not text[known.start : known.end].isupper()
        )

    def _in_context(self, tokens: Tokens, start: int, end: int, title_starts: set[int]) -> bool:
        """An ordinary-word spelling names the organisation here.

        LAC reads a name starting with it (浪潮 in 浪潮集团 as one ORG word, unless that word is
        only generic words: 生物 + 科技公司 is a kind of company), a ticker follows, a company's
        action, leader or any title follows a noun LAC read as one word (星河 + 宣布, 星河 + 副总裁; not
        after a place: 某国 + 文化 + 部长 is a ministry's field) or a word of joining an employer precedes
        it (加入 + 星河), or a
        company suffix follows a word that is not a verb or adverb (联合 + 投资 is "jointly invest").
        A spelling that is an organisation's suffix after a noun ends another name there (月光 + 机器人 +
        发布: 机器人 is also a listed company's short name). A spelling that is a title where a title starts is
        the post (联创 + 马东辉: a co-founder). A reporting word after it (报道, 援引) makes it the outlet of
        that name (新财富 + 报道).
        """
        if start in title_starts and self.knowledge.titles.get(tokens.text[start:end]) is not None:
            return False
        if self._listed_among_fields(tokens, start, end):
            return False
        if self.knowledge.reporting_verbs.match(tokens.text, end):
            return True  # an outlet named by an ordinary phrase, reporting (看看新闻 + 报道称)
        first = tokens.index_at(start)
        if tokens.starts[first] == start and tokens.tags[first] in _LINKABLE_TAGS:
            return not self.knowledge.is_generic(tokens.words[first], placed=False)
        if TICKER_AFTER.match(tokens.text, end):
            return True
        if (
            tokens.aligned(start, end)
            and tokens.tags[first] in _NOUN_TAGS
            and not self._ends_coined_name(tokens, first)
            and (
                tokens.text.startswith(self.knowledge.company_actions, end)
                or (end in title_starts and not (first > 0 and tokens.tags[first - 1] == "LOC"))
                or tokens.text.endswith(self.knowledge.employer_verbs, 0, start)
                or self._speaks_opening_clause(tokens, start, end)
            )
        ):
            return True
        if self._placed_name_acting(tokens, start, end):
            return True
        if end not in tokens.start_set or tokens.tags[first] in _NOT_NAME_READINGS:
            return False
        suffix = self.knowledge.suffixes.get(tokens.words[tokens.index_at(end)])
        return suffix is not None and suffix.label == "Company"

    def _speaks_opening_clause(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a spelling opens its clause and a speaking verb follows it (星河 + 表示，; 。星河 + 透露): the
        subject that speaks is the organisation, not the ordinary word (地平线上 + 升起). Not a verb of calling
        (星河 + 称为 "is called"), nor a word inside a clause (远处的 + 星河 + 说明 reads as a thing)."""
        if start > 0 and tokens.text[start - 1] not in CLAUSE_MARKS:
            return False
        verb = next((v for v in self.knowledge.speaking_verbs if tokens.text.startswith(v, end)), "")
        return bool(verb) and (end + len(verb)) in tokens.end_set

    def _placed_name_acting(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a spelling LAC reads as a place, whole or in part (深圳华强; 深圳 + 华强, a place and a
        person), does what a company does right after it (宣布, 发布): a firm named after its city. The
        spelling must go on past a city or province opening it: a place alone that a listed firm's short name
        also spells (长兴, 长白山, 金融街) announcing something is its local government or park."""
        spelling = tokens.text[start:end]
        return (
            tokens.tags[tokens.index_at(start)] == "LOC"
            and end in tokens.end_set
            and any(spelling.startswith(p) and len(spelling) > len(p) for p in self.knowledge.place_prefixes)
            and tokens.text.startswith(self.knowledge.company_actions, end)
        )

    def _listed_among_fields(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a spelling stands in a list beside a field (军工、交通、电信、金融等领域): a line of business
        there, not the firm it also names."""
        text = tokens.text
        before = _ITEM_BEFORE.search(text, 0, start - 1) if text.endswith(LIST_COMMA, 0, start) else None
        after = _ITEM_AFTER.match(text, end + 1) if text.startswith(LIST_COMMA, end) else None
        return any(
            item is not None and self.knowledge.is_generic(item.group(), placed=False)
            for item in (before, after)
        )

    def _ends_coined_name(self, tokens: Tokens, i: int) -> bool:
        """Whether word ``i`` is an organisation's suffix written after a noun, a name or a word a name is coined
        from, as a coined name ends (月光 + 机器人, 星云 + 机器人, 远航 + 机器人), not a name of its own."""
        return (
            i > 0 and tokens.words[i] in self.knowledge.suffixes and tokens.tags[i - 1] in _COINED_NAME_TAGS
        )

    def _plausible(self, tokens: Tokens, start: int, end: int) -> bool:
        """A dictionary hit counts unless it is a piece cut out of ordinary words or of a place's name.

        A short hit cutting into two words at once (中兴 in 其中 + 兴华银行) straddles them, and one inside a
        place's word (澳大 in 粤港澳大湾区) or ending it (:meth:`_ends_a_place`) is a piece of the place, as is a
        hit of any length opening a place's word and cut inside it (澳大 of 澳大利亚, 斯坦福 of the stadium
        斯坦福桥, 张江高科 of the park 张江高科技园区), and one starting inside a city abroad (金山办公 of 旧金山办公室); a hit
        starting inside a date (3月15 + 日 + 月光智能 read as 日月光) takes the date's last character. A hit
        ending with a suffix LAC reads as what the shorter name did (腾讯 + 投资 + 了, 获腾讯 + 投资 + 。) is that
        name and its act, unless what such a firm does follows (由腾讯投资 + 领投: the investment arm leads).
        """
        first, last = tokens.index_at(start), tokens.index_at(end - 1)
        if self._cut_from_date(tokens, first, start):
            return False
        # 金山办公 of 旧金山 + 办公室 is the city and its office; 京东 + 京东, two words, makes no 东京.
        if start not in tokens.start_set and self.knowledge.inside_a_city(tokens.text, start):
            return False
        if (
            first < last
            and tokens.words[last] in self.knowledge.suffixes
            and self._suffix_as_action(tokens, last)
            and not self._named_by_its_act(tokens, last)
        ):
            return False
        if (
            first == last
            and tokens.tags[first] == "LOC"
            and not tokens.aligned(start, end)
            and (
                start == tokens.starts[first]
                or (
                    end - start < 3
                    and self._ends_a_place(tokens.text, tokens.starts[first], start, end, tokens.ends[first])
                )
            )
        ):
            return False
        if self._opens_common_noun(tokens, first, last, start, end):
            return False
        if tokens.aligned(start, end) or end - start >= 3:
            return True
        if (
            start not in tokens.start_set
            and end not in tokens.end_set
            and (
                first != last
                or tokens.tags[first] == "LOC"
                or self._inside_a_longer_name(tokens, first, start)
            )
        ):
            return False
        return any(tokens.tags[i] in NAME_TAGS for i in range(first, last + 1))

    @staticmethod
    def _cut_from_date(tokens: Tokens, first: int, start: int) -> bool:
        """Whether a hit at ``start`` opens inside word ``first``, a time to LAC, whose date runs past ``start``
        (3月15日 + 月光: 日月光 takes the date's 日). A word no date pattern reads so is none (拿 + 下月 + 之暗面:
        下 ends the verb, 月之暗面 is the name)."""
        word_start = tokens.starts[first]
        return (
            tokens.tags[first] == "TIME" and start != word_start and date_end(tokens.text, word_start) > start
        )

    def _inside_a_longer_name(self, tokens: Tokens, index: int, start: int) -> bool:
        """Whether a short hit cut out of the middle of one organisation word of LAC, or of another proper noun
        (a technology, a drug: 集 + 成电 + 路, 赖诺 + 普利 + 片), stands after characters that are no place (青岩石 +
        油管 + 理处有限公司: 石油管理, not an alias of a video site): a piece of the longer name. After a place it is
        the firm's own short name in a registered name (上海市 + 百度 + 网讯有限公司)."""
        return tokens.tags[index] in _LONGER_NAME_TAGS and self._no_place_before(
            tokens.text, tokens.starts[index], start
        )

    @staticmethod
    def _opens_common_noun(tokens: Tokens, first: int, last: int, start: int, end: int) -> bool:
        """Whether a hit of whole ordinary words or places ends on the first character of a common noun LAC
        reads with the characters after it (教育 + 部门, 中国 + 网友, 中国 + 网路): the known name (教育部, 中国网) is
        spelt by chance across ordinary words, whatever its length. Not where a word of the hit is read as a name
        (星云/ORG + 科技园区 is the firm and its park), nor where the noun opens the hit (one word cut in two)."""
        return (
            first < last
            and start == tokens.starts[first]
            and end < tokens.ends[last]
            and tokens.tags[last] == _CUT_NOUN_TAG
            and not any(tokens.tags[i] in _PROPER_NAME_TAGS for i in range(first, last))
        )

    def _ends_a_place(self, text: str, word_start: int, start: int, end: int, word_end: int) -> bool:
        """Whether a hit ends a place's word after characters that are no place of their own (兰大 of 亚特兰大): a
        piece of the place. After a place (苏州 + 星河, a firm LAC reads as one place with its city) it is the
        firm's name."""
        return end == word_end and self._no_place_before(text, word_start, start)

    def _no_place_before(self, text: str, word_start: int, start: int) -> bool:
        """Whether the characters of a word before a hit at ``start`` are not a place of their own."""
        return self.knowledge.place_at(text, word_start) != text[word_start:start]

    def _cut_from_model_name(
        self, tokens: Tokens, start: int, end: int, model_spans: _ModelSpans | None
    ) -> bool:
        """Whether a known name's hit lies inside one LAC word, cutting it at both ends, within a
        longer name the model read as one entity of whole words and not after a place there: a
        short name met by chance inside another firm's (星辰 in 金星辰光, a name of its own), not the
        firm's own full name (苏州 + 星辰科技有限公司, or after a place the list does not hold:
        :meth:`_registered_after_place`)."""
        if model_spans is None:
            return False
        if self._overlaps_model_firm(tokens, start, end, model_spans):
            return True
        if start in tokens.start_set:
            return False
        if end in tokens.end_set:
            return self._tail_of_named_word(tokens, start, end, model_spans)
        around = model_spans.around(start)
        if around is None:
            return False
        s, e = around
        return (
            end <= e
            and tokens.aligned(s, e)
            and self._after_place(tokens, s, e) != start
            and not self._registered_after_place(tokens.text[s:start], tokens.text[start:e])
        )

    @staticmethod
    def _overlaps_model_firm(tokens: Tokens, start: int, end: int, model_spans: _ModelSpans) -> bool:
        """Whether a known name's hit starts inside a name of whole words the model reads and runs on past it:
        星云 + 科技 + 创新板 holds the firm 星云科技 and a board, not the long name 科技创新板 of another."""
        around = model_spans.around(start)
        return around is not None and around[1] < end and tokens.aligned(*around)

    def _tail_of_named_word(self, tokens: Tokens, start: int, end: int, model_spans: _ModelSpans) -> bool:
        """Whether a known name's hit starts inside a LAC organisation word (and ends it, or words after it),
        which the model read whole as one name: the known name is the tail of another firm's (美凯龙 in
        红星美凯龙, 椰岛 in 海南椰岛, 明微电子 in 启明 + 微 + 电子), unless only a place opens that word (杭州 +
        阿里巴巴: the known firm, registered there) or a name with its suffix does (星云科技 + 科创板: two names)."""
        i = tokens.index_at(start)
        opening = tokens.starts[i]
        return (
            tokens.tags[i] == "ORG"
            and tokens.ends[i] <= end
            and (opening, end) in model_spans
            and self._after_place(tokens, opening, end) != start
            and not tokens.text.startswith(self.knowledge.place_prefixes, opening)
            and self.knowledge.suffix_of(tokens.text[opening:start]) is None
            and (
                self.reading_alone is None
                or tokens.ends[i] < end  # LAC's name word cut by the hit: LAC read its opening as a name
                or self.reading_alone(tokens.text[opening:start]) in _OPENING_TAGS
            )
        )

    def _registered_after_place(self, opening: str, rest: str) -> bool:
        """Whether ``opening`` + ``rest`` (a known name and what follows it) is a firm's registered name
        opened by its place of registration: two characters or more open it and it ends with a legal
        form (惠州 + 星辰电池有限公司: places are too many to list). One character opens no place but a
        coined name (金 + 星辰光有限公司)."""
        return len(opening) >= 2 and rest.endswith(self.knowledge.legal_forms)

    def _known_or_part(
        self,
        tokens: Tokens,
        start: int,
        end: int,
        entity_id: str,
        title_starts: set[int],
        model_spans: _ModelSpans | None,
    ) -> Candidate:
        """The known entity, stretched over descriptive suffixes (依图 + 科技有限公司) and a
        bracketed place before a legal form (渣打银行 + （香港）有限公司).

        A known name that continues into a longer organisation name is part of
        another organisation: 新浪 in LAC's 新浪乐居, 工商银行 + 深圳 + 分行,
        IBM + 中国研究院. That one is returned instead, as an unknown name, when
        :meth:`_continues_name` says LAC's longer word is a name.
        """
        region = self._before_region_unit(tokens, start, end)
        if region < end:
            parent = self.knowledge.entity_names.get(tokens.text[start:region])
            if parent is None:
                return self._unknown_org(tokens, start, region)
            entity_id, end = parent, region
        entity = self.knowledge.entities[entity_id]
        unit_end = self._business_unit_end(tokens, entity.label, end, title_starts)
        if unit_end is not None:
            return self._unknown_org(tokens, start, unit_end)
        i = tokens.index_at(end - 1)
        # LAC's word may run on into the unit the firm owns (比亚迪股份 + 控股子公司): that is not the name.
        word_end = self._before_owner_word(tokens.text, start, tokens.ends[i])
        # ... or into a title's field (星云证券汽车 + 分析师: the auto analyst's industry): neither is the name.
        word_end = min((s for s in title_starts if end <= s < word_end), default=word_end)
        placed = self._with_place_before(tokens, start)
        acting = self._unit_acting(tokens, i, end, word_end)
        if end < word_end and (tokens.tags[i] == "ORG" or acting) and tokens.starts[i] == placed:
            rest = tokens.text[end:word_end]
            if (
                not self._descriptive(rest)
                and not self._body_of_company(entity.label, rest)
                and (placed == start or self._own_registered_name(rest))
                and self._continues_name(rest, (placed, tokens.ends[i]), None if acting else model_spans)
            ):
                return self._unknown_org(tokens, placed, word_end, entity.label)
        elif end == tokens.ends[i] and i + 1 < len(tokens):
            runs_to = self._model_runs_on(tokens, start, i + 1, model_spans)
            if runs_to is not None:
                return self._unknown_org(tokens, start, runs_to, entity.label)
            last = i + 1 if tokens.tags[i + 1] == "ORG" else self._extend_suffixes(tokens, i)
            found = self.knowledge.suffix_of(tokens.text[start : tokens.ends[last]])
            rest = tokens.text[end : tokens.ends[last]]
            if (
                last > i
                and found
                and not found[1].descriptive
                and not self._body_of_company(entity.label, rest)
                and not any(end <= s < tokens.ends[last] for s in title_starts)  # 星云证券 + 医药 + 研究员
            ):
                opening = self._after_known_partner(tokens, i, start)
                if opening < start:  # named by its members, the body is of their kind (an alliance of firms)
                    return Candidate(opening, tokens.ends[last], entity.label, Rank.KNOWN)
                return self._unknown_org(tokens, start, tokens.ends[last], entity.label)
        extended = self._with_bracketed_place(tokens, self._extend_descriptive(tokens, end))
        if any(end <= s < extended for s in title_starts):
            extended = end  # 字节跳动技术副总裁: 技术 belongs to the title
        elif self._field_then_title(tokens.text, extended, sorted(title_starts)):
            # 阿里巴巴集团 + 智能信息事业群总裁: the field after the closed name opens the unit's name
            extended = max(end, self._without_field(tokens.text, start, extended))
        return Candidate(
            self._with_place_before(tokens, start), extended, entity.label, Rank.KNOWN, entity.id
        )

    def _after_known_partner(self, tokens: Tokens, i: int, start: int) -> int:
        """Where a longer name starts that a known name ending LAC's organisation word ``i`` opens: at the word's
        start where what is before the known name there is another known name (雷诺 + 日产 + 三菱汽车联盟: an alliance,
        or a joint venture of the two, named by both, and of their kind whatever its suffix), else at ``start``."""
        opening = tokens.starts[i]
        partner = tokens.text[opening:start]
        if (
            start > opening
            and tokens.tags[i] == "ORG"
            and self.knowledge.entity_names.get(partner) is not None
        ):
            return opening
        return start

    def _unit_acting(self, tokens: Tokens, i: int, end: int, word_end: int) -> bool:
        """Whether LAC's name word ``i`` (an organisation's or another proper noun's), opened by a known name that
        ends at ``end``, runs on over a line of business of two characters or more (星云 + 教育, 星云 + 在线, 星云 +
        音乐) and does what a company does right after it (``company_actions``: 宣布, 发布, 完成): the unit or
        subsidiary so named is the party, a company of its own, whatever the model read. Not a generic word (星云 +
        手机 + 发布: the firm's phone) nor a product of products.yaml."""
        if tokens.tags[i] not in _LONGER_NAME_TAGS or word_end != tokens.ends[i] or word_end - end < 2:
            return False
        rest = tokens.text[end:word_end]
        return (
            all(is_cjk(c) for c in rest)
            and not self.knowledge.is_generic(rest, placed=False)
            and not self.knowledge.is_product(rest)
            and tokens.text.startswith(self.knowledge.company_actions, word_end)
        )

    def _model_runs_on(
        self, tokens: Tokens, start: int, i: int, model_spans: _ModelSpans | None
    ) -> int | None:
        """Where the model's name ends that runs from a known name over the words from ``i`` on (宏达 + 经编;
        宏达 + 经 + 编, an unknown word LAC cut into characters): a firm whose name opens with a listed
        one's short name, not that firm. The words are one noun, or characters LAC read one by one; a noun
        describing or placing the known company (科技, 股份, 工厂), a kind of thing (手机), a post (全国政协 + 委员:
        the person's, even where no name follows it), a Latin word after a Chinese name (英伟达 + HBM, 华为 + GPU:
        its product or technology) or a product of products.yaml (联发科 + 天玑) is none."""
        if model_spans is None:
            return None
        if tokens.tags[i] in _NOUN_TAGS and (start, tokens.ends[i]) in model_spans:
            word = tokens.words[i]
            named = (
                len(word) > 1
                and not (word.isascii() and is_cjk(tokens.text[tokens.starts[i] - 1]))
                and word not in self.knowledge.suffixes
                and word not in self.knowledge.company_sites
                and self.knowledge.titles.get(word) is None
                and not self.knowledge.is_generic(word, placed=False)
                and not self.knowledge.is_product(word)
            )
            return tokens.ends[i] if named else None
        last = i
        while last < len(tokens) and len(tokens.words[last]) == 1 and is_cjk(tokens.words[last]):
            if last > i and (start, tokens.ends[last]) in model_spans:
                return tokens.ends[last]
            last += 1
        return None

    def _with_place_before(self, tokens: Tokens, start: int) -> int:
        """Where a known name starts with the place of registration written before it in one LAC
        organisation word (杭州阿里巴巴集团): a registered name keeps its place."""
        i = tokens.index_at(start)
        word_start = tokens.starts[i]
        if tokens.tags[i] == "ORG" and tokens.text[word_start:start] in self.knowledge.place_prefixes:
            return word_start
        return start

    def _continues_name(self, rest: str, word: tuple[int, int], model_spans: _ModelSpans | None) -> bool:
        """Whether LAC's organisation word, a known name and ``rest``, is a longer name.

        LAC glues the next word's first character or a verb to known names (腾讯 + 系,
        中兴 + 代董事长, 华为 + 投资): the longer word counts when ``rest`` ends with an
        organisation suffix (not as a verb's end: 主办), or ``rest`` is more than one character and the
        model found exactly that word (or runs without the model); never when ``rest`` starts by joining another name
        (浙大 + 和星河联合研究院) or by owning one (星河股份 + 控股子公司), or by counting the list it closes (A、B、
        华为 + 三家公司: ``list_end_words``), or is the verb an event sentence puts after a name (与 + 星河集团 + 合作:
        ``name_slots`` in org_suffixes.yaml), or is a product of products.yaml (高通 + 骁龙: the maker and its
        chip line).
        """
        if self.knowledge.is_product(rest):
            return False
        if rest.startswith(
            (
                *self.knowledge.joining_words,
                *self.knowledge.owner_words,
                *self.knowledge.holding_words,
                *self.knowledge.list_end_words,
            )
        ) or any(after.fullmatch(rest) for _, after, _ in self.knowledge.name_slots.between):
            return False
        found = self.knowledge.suffix_of(rest)
        if found is not None:
            return not self._act_ending_as_suffix(rest, found[0])
        return len(rest) > 1 and (model_spans is None or word in model_spans)

    def _act_ending_as_suffix(self, rest: str, suffix: str) -> bool:
        """Whether ``rest`` is a verb of two characters, as LAC reads it alone, whose second is an organisation's
        suffix (星云市人民政府 + 主办, 星云研究院 + 承办: 办 ends who hosted the event, no office of the name).
        Longer words are left alone: LAC reads a whole registered tail as a verb too."""
        return (
            len(rest) - len(suffix) == 1
            and self.reading_alone is not None
            and self.reading_alone(rest) == "v"
        )

    def _body_of_company(self, label: str, rest: str) -> bool:
        """Whether ``rest``, written after a known company, names a body of that company, what it did
        or its site (腾讯 + 审计委员会, 星河 + 协办, 星河 + 工厂): a government's suffix after a company's
        name makes no government, a plant no other company; the company is the mention."""
        if label != "Company":
            return False
        found = self.knowledge.suffix_of(rest, whole=True)
        return rest in self.knowledge.company_sites or (found is not None and found[1].label == "Government")

    def _business_unit_end(self, tokens: Tokens, label: str, end: int, title_starts: set[int]) -> int | None:
        """The end of a known company's unit named by a line of business after it (X + 健康, X + 优选:
        ``business_units`` in org_suffixes.yaml), if one is written at ``end``: the unit is a company
        of its own. Not when a noun it describes follows (X健康 + 应用), unless that is a title (X健康 +
        CEO)."""
        if label != "Company":
            return None
        text = tokens.text
        for unit in self.knowledge.business_units:
            after = end + len(unit)
            if not text.startswith(unit, end) or after not in tokens.end_set:
                continue
            if after == len(text) or after in title_starts:
                return after
            following = tokens.index_at(after)
            return None if tokens.tags[following] in _UNIT_OBJECT_TAGS else after
        return None

    def _before_region_unit(self, tokens: Tokens, start: int, end: int) -> int:
        """Where a company's name ends that ``start``..``end`` writes with the region of its unit before the
        unit's mark (星云科技中国 + 区, 微软中国 + 区, 星云科技亚太 + 区: ``region_units`` in org_suffixes.yaml):
        the regional unit is the company's, and the mention is the company. ``end`` when no such mark
        follows as a word's end (中国 + 区块链 is no unit), or too little is left of a name."""
        text = tokens.text
        mark = next((m for m in self.knowledge.region_marks if text.startswith(m, end)), None)
        if mark is None or end + len(mark) not in tokens.end_set:
            return end
        region = next((r for r in self.knowledge.unit_regions if text.endswith(r, start, end)), None)
        if region is None or end - len(region) - start < MIN_NAME_CHARS:
            return end
        return end - len(region)

    def _descriptive(self, rest: str) -> bool:
        suffix = self.knowledge.suffixes.get(rest)
        return suffix is not None and suffix.descriptive

    def _unknown_org(self, tokens: Tokens, start: int, end: int, owner: str | None = None) -> Candidate:
        """An organisation named by a longer name than a known one, labelled by its suffix; a branch
        (杭州 + 分行, 代表处) is of its ``owner``'s kind: the central bank's branch is a government body,
        not the company its suffix 分行 would make it."""
        name = tokens.text[start:end]
        branch = owner is not None and name.endswith(self.knowledge.branches)
        return Candidate(start, end, owner if branch else self.knowledge.org_label(name), Rank.KNOWN)

    def _extend_descriptive(self, tokens: Tokens, end: int) -> int:
        """The end of a known name stretched over the descriptive suffixes written after it (依图 + 科技), and
        over the words of a registered name's tail LAC reads as one (小鹏汽车 + 科技有限公司, 商汤 + 智能科技有限公司)."""
        suffixes = self.knowledge.suffixes
        i = tokens.index_at(end - 1)
        if end != tokens.ends[i]:
            rest = tokens.text[end : tokens.ends[i]]
            if not self._descriptive(rest) and not self._registered_tail(rest):
                return end
            end = tokens.ends[i]
        i += 1
        while i < len(tokens) and tokens.words[i] in suffixes and suffixes[tokens.words[i]].descriptive:
            if self._investing_act(tokens, i):
                return end
            end = tokens.ends[i]
            i += 1
        if i < len(tokens) and self._registered_tail(tokens.words[i]):
            end = tokens.ends[i]
        return end

    def _own_registered_name(self, rest: str) -> bool:
        """Whether ``rest``, after a known name in LAC's organisation word opened by a place, completes the
        registered name of a firm of its own (深圳市星云 + 物业管理有限公司, 广州星云 + 电缆有限公司: the line of
        business is no suffix of ours), not the known firm's own legal tail (深圳市星云 + 科技有限公司) or a unit it
        owns (星云 + 控股子公司)."""
        return (
            rest.endswith(self.knowledge.legal_forms)
            and len(self.knowledge.strip_legal_form(rest)) >= MIN_NAME_CHARS
            and not self._registered_tail(rest)
            and not any(word in rest for word in self.owning_words)
        )

    def _registered_tail(self, rest: str) -> bool:
        """Whether ``rest`` ends a registered name (科技有限公司), not names a unit the firm owns (控股子公司)."""
        return self.knowledge.is_legal_tail(rest) and not any(word in rest for word in self.owning_words)

    def _titles(self, tokens: Tokens) -> list[Candidate]:
        found = []
        for match in self.knowledge.titles.finditer(tokens.text):
            prefixed = self._body_before(
                tokens, self._extend_title_prefix(tokens.text, match.start, match.value)
            )
            start = self._sector_before(tokens.text, prefixed, match.value)
            end = self._title_end(tokens, match.end)
            if end is not None and start < prefixed:
                # The industry an analyst covers, after a firm's suffix, opens the title (星云证券汽车 + 分析师, which
                # LAC may read as one word with the firm).
                found.append(Candidate(start, match.end, "Title", Rank.TITLE, canonical=match.value))
                continue
            if end is None and self._cut_after_surname(tokens, start, match.end):
                found.append(Candidate(start, match.end, "Title", Rank.TITLE, canonical=match.value))
                continue
            if end is None:
                continue
            value = match.value
            if (
                not tokens.aligned(start, end)
                and not self._after_surname(tokens, start, end)
                and not _latin_after_chinese(tokens, start, end)
            ):
                start = self._title_word_start(tokens, start)
                if start is None:
                    start, value = self._inner_title(tokens, match.start, match.end)
                glued = (
                    self._glued_to_name(tokens, match.start, end)
                    or match.start in tokens.start_set
                    or self._after_joiner(tokens, match.start)
                )
                if (
                    start is None
                    and glued
                    and (end in tokens.end_set or self._name_after_glued_tail(tokens, end))
                ):
                    # The title's own words stand apart or glued to a name; a qualifier read before it was
                    # the end of the name's word (青禾数据 + CEO: 数据 is no field of the post).
                    start, value = self._prefix_read_into_name(tokens, prefixed, match.start), match.value
            # A known name that takes the unit or the suffix (百度智能云事业群 + 总裁, 通义实验室 + 负责人)
            # leaves the title after it.
            inner, inner_value = (
                self._inner_title(tokens, match.start, match.end) if start == match.start else (None, None)
            )
            if start is not None and not self._suffix_after_name(tokens, start, inner):
                found.append(Candidate(start, match.end, "Title", Rank.TITLE, canonical=value))
            if inner is not None:
                found.append(Candidate(inner, match.end, "Title", Rank.TITLE, canonical=inner_value))
        return found

    def _inner_title(self, tokens: Tokens, start: int, end: int) -> tuple[int | None, str | None]:
        """The title ending a longer one whose first part, an organisation's suffix or a unit's name, the
        organisation took (东岭研究院 + 院长 of 研究院院长, 星云集团事业部 + 总经理 of 事业部总经理): a title of its
        own from the first word it starts, or none."""
        for word_start in sorted(s for s in tokens.start_set if start < s < end):
            value = self.knowledge.titles.get(tokens.text[word_start:end])
            first = tokens.text[start:word_start]
            if value is not None and (first in self.knowledge.suffixes or first in self.knowledge.units):
                return word_start, value
        return None, None

    def _prefix_read_into_name(self, tokens: Tokens, prefixed: int, start: int) -> int:
        """Where a title starts whose prefix LAC read into the end of the organisation's name before it (全国人大副 +
        委员长): the prefix is the post's, the rest of the word the name. A field word there is the name's own
        (青禾数据 + CEO), so only a prefix proper (副, 常务) moves, or a field after a suffix that closes a name (鲸跃科技
        + 研究 + 科学家, as written apart); else ``start``. A person's word is left to the people's rules (银杏代 +
        董事长: an employer read as a person, see slots)."""
        i, prefix = tokens.index_at(prefixed), tokens.text[prefixed:start]
        closed = tokens.text.endswith(self.knowledge.closing_suffixes, tokens.starts[i], prefixed)
        if (
            prefix in self.knowledge.title_prefixes
            and (prefix not in self.knowledge.title_qualifiers or closed)
            and tokens.tags[i] in _NAME_WORD_TAGS
            and prefixed - tokens.starts[i] >= MIN_NAME_CHARS
        ):
            return prefixed
        return start

    def _suffix_after_name(self, tokens: Tokens, start: int, inner: int | None) -> bool:
        """Whether a title opening with an organisation's suffix (投资 of 投资合伙人, 研究院 of 研究院院长) follows a
        name's word without a suffix of its own (LAC's 北辰 + 投资 + 合伙人): the suffix closes the name, and only
        the title after it is the post (北辰投资's 合伙人). A unit there (星云集团 + 事业部 + 总经理) is the post's
        own, and so is a field (技术 of 技术总监) unless it names an investor (投资, 资本): after 星云 + 技术 the
        post is 星云's technical director, after 星云乳业 (no name ends with two suffixes) too."""
        suffix = "" if inner is None else tokens.text[start:inner]
        if start == 0 or suffix not in self.knowledge.suffixes:
            return False
        if suffix in self.knowledge.title_qualifiers and suffix not in self.knowledge.investor_suffixes:
            return False
        i = tokens.index_at(start - 1)
        return (
            tokens.tags[i] in _NAME_WORD_TAGS | {"PER"}
            and self.knowledge.suffix_of(tokens.text[tokens.starts[i] : start]) is None
        )

    def _glued_to_name(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a title starts inside LAC's name word right after an organisation's suffix: LAC read the
        title's first characters into the name (星云科技联合 + 创始人), which is the organisation's alone. So
        it did where the title closes the word and a person's name follows (青禾数据CEO + 王立): a post
        and its holder, the employer before them."""
        i = tokens.index_at(start)
        before = tokens.text[tokens.starts[i] : start]
        if tokens.tags[i] not in _NAME_WORD_TAGS:
            return False
        return self.knowledge.suffix_of(before) is not None or (
            len(before) >= MIN_NAME_CHARS
            and (
                (end == tokens.ends[i] and i + 1 < len(tokens) and tokens.tags[i + 1] == "PER")
                or self._prefix_proper_read_into_name(tokens, i, start, end)
            )
        )

    def _prefix_proper_read_into_name(self, tokens: Tokens, i: int, start: int, end: int) -> bool:
        """Whether name word ``i`` ends with a prefix proper of the title from ``start`` to ``end`` that goes on
        past it (LAC's 中芯国际联席 + CEO, 星云科技常务 + 副总裁): the prefix is the post's (联席CEO), not the name's.
        A field qualifier there (数据 of 青禾数据 + CEO) may be the name's own, so only a prefix proper moves."""
        tail = tokens.text[start : tokens.ends[i]]
        return (
            tokens.ends[i] < end
            and tail in self.knowledge.title_prefixes
            and tail not in self.knowledge.title_qualifiers
        )

    def _after_joiner(self, tokens: Tokens, start: int) -> bool:
        """Whether a post starts right after a word joining it to the one before, which LAC read into the post's
        word (CEO + 兼创始人): the post stands on its own."""
        return tokens.text[tokens.starts[tokens.index_at(start)] : start] in self.knowledge.title_joiners

    def _title_word_start(self, tokens: Tokens, start: int) -> int | None:
        """The start of a noun that ends with a title (县委书记): the whole noun is the title, unless
        what comes before the title in the noun is an organisation's suffix (星河 + 智能联合 + 创始人) or a known
        organisation's name (LAC's 百度算法 + 负责人: 百度's 算法负责人)."""
        i = tokens.index_at(start)
        if tokens.tags[i] not in _TITLE_WORD_TAGS:
            return None
        before = tokens.text[tokens.starts[i] : start]
        named = before in self.knowledge.suffixes or self.knowledge.entity_names.get(before) is not None
        return start if named else tokens.starts[i]

    def _title_end(self, tokens: Tokens, end: int) -> int | None:
        """Where the word ending a title ends: the title's end, after a plural 们 (工程师们), or inside a
        word that glues the next name's surname to the title (首席技术官 + 颜 in LAC's 官颜 + 水成), or inside
        a name LAC read with the title's last character (执 + 董林嘉禾: the name is what follows 执董)."""
        if end in tokens.end_set or self.people.glued_surname_name(tokens, end) is not None:
            return end
        if self._name_after_glued_tail(tokens, end):
            return end
        return end + 1 if tokens.text.startswith("们", end) and end + 1 in tokens.end_set else None

    def _name_after_glued_tail(self, tokens: Tokens, end: int) -> bool:
        """Whether ``end`` falls inside a person's word after its first character and what is left of the word
        looks like a name (执 + 董林嘉禾 after 执董: 林嘉禾)."""
        if end >= len(tokens.text):
            return False
        i = tokens.index_at(end)
        return (
            tokens.tags[i] == "PER"
            and tokens.starts[i] == end - 1
            and self.people.looks_like_name(tokens.text[end : tokens.ends[i]])
        )

    def _after_surname(self, tokens: Tokens, start: int, end: int) -> bool:
        """A title written after a surname as one word (张律师, 李博士): the title is still a mention."""
        return end in tokens.end_set and self._surname_before(tokens, start)

    def _cut_after_surname(self, tokens: Tokens, start: int, end: int) -> bool:
        """A title after a surname that LAC cut in two, its head read into the surname as a person's name and
        its tail glued to the next word (王主 + 编说 of 王主编说): a surname with a title is a form of address,
        and the title is still a mention."""
        i = tokens.index_at(start)
        return (
            tokens.tags[i] == "PER"
            and tokens.ends[i] < end
            and end not in tokens.end_set
            and self._surname_before(tokens, start)
        )

    def _surname_before(self, tokens: Tokens, start: int) -> bool:
        """Whether ``start`` falls inside a word that a surname begins (张 + 律师, 王 + 主 of LAC's 王主)."""
        if start in tokens.start_set:
            return False
        word_start = tokens.starts[tokens.index_at(start)]
        return self.knowledge.is_surname(tokens.text[word_start:start])

    def _extend_title_prefix(self, text: str, start: int, title: str) -> int:
        """Include prefixes and field qualifiers written before a title (副, 首席, 技术); no field before a
        board post or a founder (``unqualified``: 青禾数据 + 董事长)."""
        unqualified = title in self.knowledge.unqualified_titles
        extended = True
        while extended:
            extended = False
            for prefix in self.knowledge.title_prefixes:
                if unqualified and prefix in self.knowledge.title_qualifiers:
                    continue
                if start >= len(prefix) and text.startswith(prefix, start - len(prefix)):
                    start -= len(prefix)
                    extended = True
                    break
        return start

    def _body_before(self, tokens: Tokens, start: int) -> int:
        """Where a body the post belongs to starts, written as a word of its own before it (星云集团 + 党组 +
        书记, 工会 + 主席): the post is the body's, not the organisation's; or ``start`` when none is. Inside a
        name's word (LAC's 市纪委 + 书记) the body is the organisation the post is held at."""
        for body in self.knowledge.title_bodies:
            opening = start - len(body)
            if opening in tokens.start_set and tokens.text.startswith(body, opening):
                return opening
        return start

    def _sector_before(self, text: str, start: int, title: str) -> int:
        """Where the industry an analyst covers starts, written before the title after an organisation's suffix
        (星云证券 + 汽车 + 分析师, 星云证券 + 食品饮料行业 + 研究员), or ``start`` when none is (or the title is no
        analyst's, ``sector_titles``): a generic word of an industry, 行业 after it or not. Not after a name
        without a suffix (星云 + 科技 + 分析师: 星云科技's)."""
        if title not in self.knowledge.sector_titles:
            return start
        word = self.knowledge.sector_word
        sector_end = start - len(word) if text.endswith(word, 0, start) else start
        for size in range(_LONGEST_SECTOR, 1, -1):
            opening = sector_end - size
            if (
                opening > 0
                and is_cjk(text[opening:sector_end])
                and self.knowledge.is_generic(text[opening:sector_end], placed=False)
                and self._after_suffix(text, opening)
            ):
                return opening
        return sector_end if sector_end < start and self._after_suffix(text, sector_end) else start

    def _after_suffix(self, text: str, at: int) -> bool:
        """Whether an organisation's suffix of two characters or more ends at ``at`` (星云证券 + ...; not 星云 + ...,
        though 云 ends cloud firms' names)."""
        found = self.knowledge.suffix_of(text[max(0, at - _LONGEST_SUFFIX) : at])
        return found is not None and len(found[0]) >= MIN_NAME_CHARS

    def _money(self, tokens: Tokens) -> list[Candidate]:
        return [
            Candidate(m.start(), m.end(), "Money", Rank.MONEY)
            for m in self.knowledge.money.finditer(tokens.text)
        ]

    def _organisations(
        self, tokens: Tokens, appositive_starts: set[int], sport: bytearray, title_starts: set[int]
    ) -> list[Candidate]:
        """LAC's ORG words and name + suffix sequences, stretched over following suffixes.

        A description right before a company's name (芯片公司 in 芯片公司蔚蓝芯动)
        is not an organisation of its own. Without a suffix to tell its kind, an
        organisation is a company, or a team in a sentence about sport.
        """
        found = []
        ordered_title_starts = sorted(title_starts)
        i = 0
        while i < len(tokens):
            first = self._org_start(tokens, i, tokens.ends[i] in title_starts)
            if first is None:
                glued = self._suffix_glued_to_title(tokens, i, ordered_title_starts)
                if glued is not None:
                    name = tokens.text[tokens.starts[i - 1] : glued]
                    found.append(
                        Candidate(
                            tokens.starts[i - 1], glued, self.knowledge.org_label(name), Rank.ORGANISATION
                        )
                    )
                i += 1
                continue
            last = self._extend_suffixes(tokens, i)
            start = self._without_glued_word(tokens, tokens.starts[first], tokens.ends[last])
            start = self._after_glued_date(tokens.text, start, tokens.ends[last])
            end = self._with_bracketed_place(
                tokens,
                self._to_field_before_post(
                    tokens.text, self._to_glued_title(tokens, tokens.ends[last], title_starts), title_starts
                ),
            )
            end = self._without_count(
                tokens.text, start, self._company_of_department(tokens.text, start, end)
            )
            end = self._before_owner_word(tokens.text, start, self._before_act(tokens.text, start, end))
            end = self._before_action(tokens.text, start, end)
            end = self._before_glued_end(tokens, start, self._before_region_unit(tokens, start, end))
            end = _before_title(tokens, start, end, title_starts)
            if self._field_then_title(tokens.text, end, ordered_title_starts):
                end = self._without_field(tokens.text, start, end)
            suffix = self.knowledge.suffix_of(tokens.text[start:end])
            site = self.knowledge.office_abroad(tokens.text[start:end])  # 旧金山办公室: a company's office
            if (tokens.tags[i] == "ORG" or suffix) and end - start >= 2 and not site:
                unsuffixed = TEAM_LABEL if sport[start] else "Company"
                found.extend(
                    Candidate(
                        s,
                        e,
                        self.knowledge.org_label(tokens.text[s:e]) if suffix else unsuffixed,
                        Rank.ORGANISATION,
                    )
                    for s, e in self._around_verb_between(tokens.text, start, end)
                    if not any(s < a <= e for a in appositive_starts)
                    or tokens.text.endswith(self.bare_legal_forms, s, e)  # a legal name describes no one
                )
            i = last + 1
        return found

    def _suffix_glued_to_title(self, tokens: Tokens, i: int, title_starts: list[int]) -> int | None:
        """Where a company's name ends inside word ``i`` that LAC read as its suffix and the start of the title after
        it (星河 + 智能CTO, 星河 + 智能联合 + 创始人): the word's text before the title is a suffix that makes the plain
        noun before it a name when a post follows (``named_by_a_noun``), as it does written apart; else None.
        ``title_starts`` is sorted once for the whole text, as this runs for every word."""
        if i == 0 or tokens.tags[i - 1] not in _NOUN_TAGS or len(tokens.words[i - 1]) < MIN_NAME_CHARS:
            return None
        start, end = tokens.starts[i], tokens.ends[i]
        for at in title_starts[bisect_right(title_starts, start) : bisect_left(title_starts, end)]:
            after = self.knowledge.named_by_a_noun.get(tokens.text[start:at])
            if after is not None and after.match(tokens.text, at) is not None:
                return at
        return None

    def _before_act(self, text: str, start: int, end: int) -> int:
        """Where a guess ends before punctuation or a company's act that LAC read into its word after a suffixed
        name (星云资本 + 领投。 as one word): what the firm did, and the next sentence, are no part of it."""
        stop = next((i for i in range(start + MIN_NAME_CHARS, end) if text[i] in CLAUSE_MARKS), end)
        for at in range(start + MIN_NAME_CHARS, stop):
            if text.startswith(self.knowledge.company_actions, at) and self._suffixed(text[start:at]):
                return at
        return stop

    def _before_glued_end(self, tokens: Tokens, start: int, end: int) -> int:
        """Where a name ends without what LAC glued to its end: a word its last character begins with what
        follows (:meth:`_before_split_word`), a preposition before another name
        (:meth:`_before_glued_preposition`), a word of hearsay (:meth:`Knowledge.before_hearsay`)."""
        end = self._before_split_word(tokens.text, start, end)
        end = start + len(self.knowledge.before_hearsay(tokens.text[start:end]))
        return self._before_glued_preposition(tokens, start, end)

    def _before_split_word(self, text: str, start: int, end: int) -> int:
        """Where a name ends whose last character begins a word with what follows it (上海科技 + 所持: "held by",
        玻纤 + 大股东, ``split_words``): before that character, unless it closes the name's suffix (北辰律师事务所 +
        持续, 星云研究所 + 在)."""
        if (
            end - 1 - start >= MIN_NAME_CHARS
            and text.startswith(self.knowledge.split_words, end - 1)
            and self.knowledge.suffix_of(text[start:end]) is None
        ):
            return end - 1
        return end

    def _before_glued_preposition(self, tokens: Tokens, start: int, end: int) -> int:
        """Where a name ends that LAC read with the preposition after it as one organisation word, another
        name following (星河钛业向 + 云帆集团; the model may read all of it as one firm): before the
        preposition (``glued_after_names``) and the adverb before it (星河电子 + 拟 + 向); or with the adverb
        alone, the preposition and the other name following it (星河智能计划 + 与 + 云帆科技)."""
        for i in range(tokens.index_at(start), tokens.index_at(end - 1) + 1):
            opening, at = max(start, tokens.starts[i]), tokens.ends[i] - 1
            if tokens.tags[i] != "ORG" or at - opening < MIN_NAME_CHARS or i + 1 >= len(tokens):
                continue
            if tokens.text[at] in self.knowledge.glued_after_names and tokens.tags[i + 1] in NAME_TAGS:
                lead = next((w for w in self.leads if tokens.text.endswith(w, opening, at)), "")
                return at - len(lead) if at - len(lead) - opening >= MIN_NAME_CHARS else at
            lead = next((w for w in self.leads if tokens.text.endswith(w, opening, at + 1)), "")
            if (
                lead
                and at + 1 - len(lead) - opening >= MIN_NAME_CHARS
                and tokens.words[i + 1] in self.knowledge.glued_after_names
                and i + 2 < len(tokens)
                and tokens.tags[i + 2] in NAME_TAGS
            ):
                return at + 1 - len(lead)
        return end

    def _around_verb_between(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The two names on either side of a verb between names (``verbs_between_names``) inside a guess, when
        each ends with an organisation suffix (东岭大学 + 联合 + 星云科技, 星云科技 + 中标 + 月光集团), the name before
        such a verb ending the guess, when it ends with one (星云汽车 + 联合, the partner in a word of its
        own), else the guess. A verb that is also the guess's organisation suffix ends a name (星云科技控股). A
        word of "with" (``withs_between_names``) stands so between two suffixed names too (星云大学 + 同 + 蓝海科技)."""
        for verb in (*self.knowledge.verbs_between_names, *self.knowledge.withs_between_names):
            at = text.find(verb, start + MIN_NAME_CHARS, end)
            after = at + len(verb)
            if at != -1 and self._acts_on_named_firm(text, verb, start, at, end):
                return [(start, at), (after, end)]
            if at == -1 or not self._suffixed(text[start:at]):
                continue
            if after == end:
                return [(start, end)] if self._suffix_holds(text[start:end], verb) else [(start, at)]
            if self._suffixed(text[after:end]):
                return [(start, at), (after, end)]
        return [(start, end)]

    def _acts_on_named_firm(self, text: str, verb: str, start: int, at: int, end: int) -> bool:
        """Whether a verb one firm does to another (``verbs_on_firms``: 中标, 收购) stands at ``at`` before a name
        with an organisation suffix inside a guess (星河二局 + 中标 + 月光城建有限公司): the doer's name ends before
        the verb though it has no suffix of its own, since no name holds such a verb. The doer must be a name
        without its place too: a place and a character (湖北华 + 中标 + 准件有限公司) is the verb's letters inside
        one name (湖北华中标准件有限公司)."""
        place = self.knowledge.place_at(text, start)
        return (
            verb in self.knowledge.verbs_on_firms
            and at - start - len(place) >= MIN_NAME_CHARS
            and self._suffixed(text[at + len(verb) : end])
        )

    def _suffix_holds(self, name: str, word: str) -> bool:
        """Whether ``word`` ending ``name`` is (part of) its organisation suffix (控股 of 星云科技控股)."""
        found = self.knowledge.suffix_of(name)
        return found is not None and len(found[0]) >= len(word)

    def _acts(self, text: str, start: int, end: int) -> bool:
        """Whether a company's action (宣布, 完成, 发布) follows ``end``, maybe after a word of when (今日, 近日):
        a description, a name and an action are how news introduces a firm (自动驾驶公司 + X + 今日宣布). Not
        after a company's legal name (X有限公司 + 采购平台 + 发布): what follows it is its unit."""
        if text.endswith(self.bare_legal_forms, 0, start):
            return False
        actions = self.knowledge.company_actions
        lead = next((w for w in self.leads if text.startswith(w, end)), "")
        return text.startswith(actions, end) or text.startswith(actions, end + len(lead))

    def _joined_to_organisation(self, text: str, name: Candidate, candidates: list[Candidate]) -> bool:
        """Whether a name after a description of a company is joined to another organisation by a word of
        pairing or of working together (德国车企 + X + 与 + 华为 + 签约, 华为 + 携手 + 瑞典卡车制造商 + X): news introduces
        a foreign firm so, its name transliterated where LAC and the model read a person or nothing; a firm
        is what works with a firm. The other is any organisation found, known or not."""
        joiners = self._organisation_joiners
        for other in candidates:
            if other is name or other.label not in ORG_LABELS:
                continue
            if other.start >= name.end and text[name.end : other.start] in joiners:
                return True
            if other.end <= name.start and self._joined_before_description(text, other.end, name.start):
                return True
        return False

    def _joined_before_description(self, text: str, end: int, start: int) -> bool:
        """Whether a joining word follows ``end`` and a description of a company, in the same clause, runs from
        it to the name at ``start`` (华为 + 与 + 瑞典卡车制造商 + X)."""
        joiner = next((w for w in self._organisation_joiners if text.startswith(w, end)), None)
        if joiner is None or not text.endswith(self.describing_words, 0, start):
            return False
        between = text[end + len(joiner) : start]
        return len(between) <= _LONGEST_DESCRIPTION and not any(m in between for m in CLAUSE_MARKS)

    @cached_property
    def _organisation_joiners(self) -> tuple[str, ...]:
        """The words that join two names, or two firms doing something together, longest first."""
        words = (*self.knowledge.joining_words, *self.knowledge.verbs_between_names)
        return tuple(sorted(set(words), key=len, reverse=True))

    def _listed_before(self, text: str, start: int) -> bool:
        """Whether a description only a listed company takes ends before ``start``, maybe in quotes (“国产GPU
        第一股”X): news names a company so by its place on the market."""
        while start > 0 and text[start - 1] in _QUOTES:
            start -= 1
        return text.endswith(self.knowledge.listed_descriptors, 0, start)

    def _owned(self, text: str, start: int) -> bool:
        """Whether an owner word (旗下) stands before ``start`` in its clause: what it introduces is a unit."""
        clause = text[max(text.rfind(mark, 0, start) for mark in CLAUSE_MARKS) + 1 : start]
        return any(word in clause for word in self.knowledge.owner_words)

    def _before_owner_word(self, text: str, start: int, end: int) -> int:
        """Where a guess ends before an owner word or a word of holding shares inside it: A旗下B, A子公司 and
        A合计控制B are never one name (LAC reads 澄星科技旗下子公司 and 东岭星云合计控制公司 as one
        organisation word). A place before one is no owner: 泰国 + 子公司 is the unit a sentence sets up."""
        found = (text.find(word, start + MIN_NAME_CHARS, end) for word in self.owning_words)
        cut = min(
            (at for at in found if at != -1 and not self._closes_suffix(text, start, at + 1)), default=end
        )
        return end if self._only_a_place(text[start:cut]) else cut

    def _closes_suffix(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends with a suffix whose last character is the 子 of an owner word after it
        (汽车电子 + 公司, not 汽车电 + 子公司): the firm is described by its trade, it owns no subsidiary."""
        return text.endswith(self.unit_mark_suffixes, start, end)

    def _to_glued_title(self, tokens: Tokens, end: int, title_starts: set[int]) -> int:
        """The end of a name whose last suffix LAC read as one word with the title after it
        (星河 + 智能联合 + 创始人: 星河智能)."""
        for start in title_starts:
            if start not in tokens.start_set and tokens.text[end:start] in self.knowledge.suffixes:
                return start
        return end

    def _to_field_before_post(self, text: str, end: int, title_starts: set[int]) -> int:
        """The end of a name whose last word is a field (青禾 + 数据 + 首席执行官): a title starting right
        after a field word is one no field qualifies (a chief officer's, a board post), else it would have
        taken the word, so the word ends the name of the post's organisation. Not after a suffix that closes a
        name (星云科技 + 产品 + CEO: the field is the post's)."""
        if text.endswith(self.knowledge.closing_suffixes, 0, end):
            return end
        fields = (
            s for s in sorted(title_starts) if s > end and text[end:s] in self.knowledge.title_qualifiers
        )
        return next(fields, end)

    def _cut_before_known(
        self, text: str, guesses: list[Candidate], known: list[Candidate]
    ) -> list[Candidate]:
        """The organisation guesses cut where a known name starts inside them, when what is left ends
        with an organisation suffix: LAC reads a name and the venue after it as one organisation
        (星云科技公司 + 科创板 + IPO) or glues the venue's first character to the name (澄星科技 + 科 +
        创板), which the known venue then beat whole, losing the company. What is left is labelled by its
        own suffix (湖州市政府 + 京东: a government, not the company the whole word was taken for)."""
        cut = []
        starts = sorted(k.start for k in known)
        for guess in self._without_words_before_known(text, guesses, known):
            at = bisect_right(starts, guess.start)
            keep = starts[at] if at < len(starts) and starts[at] < guess.end else guess.end
            name = text[guess.start : keep]
            cut.append(
                replace(guess, end=keep, label=self.knowledge.org_label(name))
                if keep < guess.end and self._suffixed(name)
                else guess
            )
        return cut

    def _without_words_before_known(
        self, text: str, guesses: list[Candidate], known: list[Candidate]
    ) -> list[Candidate]:
        """The organisation guesses without the Chinese words LAC tags as an organisation right before a known
        name, with no suffix and no known name of their own (决定 + 暂缓 + 星云集团 + 上市, where LAC reads the verb
        as a name too): news writes no unknown name right before another one; a verb or a modifier stands there."""
        starts = {k.start for k in known}
        spans = {(k.start, k.end) for k in known}
        return [
            g
            for g in guesses
            if not (
                g.end in starts
                and (g.start, g.end) not in spans
                and is_cjk(text[g.start : g.end])
                and not self._suffixed(text[g.start : g.end])
            )
        ]

    def _without_glued_word(self, tokens: Tokens, start: int, end: int) -> int:
        """Skip a word LAC glues to the front of organisation names (原 in 原星云科技公司), a description
        of a company (独角兽 in LAC's 独角兽星河 + 智能) or an owner word (旗下 + 控股), a country written before
        a Latin name (美国 + Nordwind公司), and a description's mark LAC glued to the name after the noun of its
        line (设备 + 商星云科技, :func:`after_glued_mark`): it describes the company, whose name it is not part of. So is
        the last character of such a word of three or more that LAC cut before the name (老股 + 东云杉创投), unless
        a verb ends before the name (提供 + 商米科技: the firm provides); one of two may end a market's name
        instead (港股 + 东方甄选)."""
        text = tokens.text
        opening = self.glued_openers.starting_at(text, start)
        # A word whose last character opens the name (老股 + 东云杉创投: 老股东): written across ``start``, ending at it.
        straddling = [w for w, before in self.glued_openers.straddling(text, start) if before == len(w) - 1]
        for word in self.glued_openers.in_order({*opening, *straddling}):
            if word in opening and not self._opens_name(text, start, word):
                return self._after_maker(tokens, start + len(word), end)
            if (
                len(word) >= _STRADDLED_OPENER
                and word in straddling
                and start + 1 < end
                and not (start in tokens.start_set and tokens.tags[tokens.index_at(start - 1)] in _VERB_TAGS)
            ):
                return self._after_maker(tokens, start + 1, end)
        described = self._after_description(
            text,
            self._after_party_word(text, self._after_country(text, self._after_cut_verb(tokens, start)), end),
            end,
        )
        return self._after_maker(tokens, after_glued_mark(tokens, self.knowledge, described, end), end)

    def _after_maker(self, tokens: Tokens, start: int, end: int) -> int:
        """Where a name starts after a maker described by its trade and works that LAC read into the same
        organisation (散热模组厂 + 星河光电, 面板 + 厂 + 星河光电; ``maker_marks``): Taiwan's news names a firm so,
        and the works is no part of the name. Not when only a legal form or suffix is left (星河造船厂 + 有限公司:
        the works is the name)."""
        first = tokens.index_at(start)
        for i in reversed(range(first, tokens.index_at(end - 1))):
            after = tokens.ends[i]
            if (
                after > start
                and (len(tokens.words[i]) > 1 or i > first)
                and tokens.words[i].endswith(self.knowledge.maker_marks)
                and end - after >= MIN_NAME_CHARS
                and self.knowledge.suffix_of(tokens.text[after:end], whole=True) is None
            ):
                return after
        return self._after_maker_in_word(tokens.text, start, end)

    def _after_maker_in_word(self, text: str, start: int, end: int) -> int:
        """Where a name starts after a maker's trade and works that LAC read into one word with it (硅智财 + 厂 +
        星河 as one organisation, or 被动元件 + 厂商 + 星河 with a descriptor): only where the words before the mark
        are a trade's generic nouns (硅智财, 记忆体 + 模组), which no name is, and a name of two characters or more
        without a suffix alone is left. The longest mark is tried first (厂商 before 厂)."""
        for mark in self._trade_marks:
            at = text.find(mark, start + 1, end)
            after = at + len(mark)
            if (
                at > start
                and end - after >= MIN_NAME_CHARS
                and self.knowledge.is_generic(text[start:at], placed=False)
                and self.knowledge.suffix_of(text[after:end], whole=True) is None
            ):
                return after
        return start

    @cached_property
    def _trade_marks(self) -> list[str]:
        """Descriptors and maker marks, the longest first (厂商 before 厂)."""
        return sorted({*self.knowledge.descriptors, *self.knowledge.maker_marks}, key=lambda m: (-len(m), m))

    def _after_cut_verb(self, tokens: Tokens, start: int) -> int:
        """Where a name starts that begins inside a verb of joining or leaving an employer (入职 + 星云汽车 read
        as 入 + 职星云汽车, or the model's 职星云科技 inside LAC's 入职): after the verb, whose object the name is.
        The verb opens a word of LAC's (进入 + 职业 holds no 入职)."""
        around = ends_around(tokens.text, start, self.knowledge.employer_verbs)
        return next((after for opening, after in around if opening in tokens.start_set), start)

    def _after_description(self, text: str, start: int, end: int) -> int:
        """Where a name starts that LAC read in one word with a description of the firm before it (AI芯片公司 +
        曦望微电子): after the description's last descriptor, when all before it is generic words (no place:
        中国 + … + 集团公司 + 广东分公司 is a registered name) and a name of two characters or more follows."""
        if text.startswith(self.places_and_countries, start):
            return start
        cuts = [m.end() for m in self.descriptor_pattern.finditer(text, start + 1, end - MIN_NAME_CHARS)]
        for after in reversed(cuts):
            if self.knowledge.is_generic(text[start:after], False):
                return after if not self.knowledge.is_generic(text[after:end], False) else start
        return start

    def _opens_name(self, text: str, start: int, word: str) -> bool:
        """Whether a word LAC may glue before names opens the name itself: a place's name does (前 of 前海,
        Shenzhen's district) unless a place opens what follows the word (前 + 海南航空: "former"), and a
        joining word right after a list's comma does, where it joins nothing (、 + 和睦家医疗)."""
        places = self.knowledge.place_prefixes
        return (text.startswith(places, start) and not text.startswith(places, start + len(word))) or (
            word in self.knowledge.joining_words and start > 0 and text[start - 1] == "、"
        )

    def _after_verb_between(self, text: str, start: int, end: int) -> int:
        """Where a name starts after a verb between names (``verbs_between_names``) read into its front, between two
        names with organisation suffixes (星云科技公司 + 联合蓝海数据公司 + 发布): after the verb. Otherwise
        the verb may open a name (联合利华)."""
        for verb in self.knowledge.verbs_between_names:
            after = start + len(verb)
            if (
                text.startswith(verb, start)
                and self._suffixed(text[:start])
                and self._suffixed(text[after:end])
            ):
                return after
        return start

    def _after_glued_date(self, text: str, start: int, end: int) -> int:
        """Where a suffixed name ending at ``end`` starts after a date LAC read into the same word (周三 +
        星云科技); a name the date's words begin (今日 + 资本) holds no suffixed name after them: it stays whole."""
        after = date_end(text, start)
        return after if after > start and self._suffixed(text[after:end]) else start

    def _after_party_word(self, text: str, start: int, end: int) -> int:
        """Where a name ending at ``end`` starts that LAC begins inside a party word (投资 + 方云杉 + 资本)
        or a description of a company (解决方案提供 + 商星卡科技): after it. A description's last
        character may also begin the name (提供 + 商米科技): only a suffixed name of its own is left."""
        for word, inside in self.name_openers.straddling(text, start):
            after = start - inside + len(word)
            if word in self.knowledge.party_words or self._suffixed(text[after:end]):
                return after
        return start

    def _after_country(self, text: str, start: int) -> int:
        """Where a name starts after a country written right before its Latin letters (美国 + Nordwind)."""
        for country in self.country_names.starting_at(text, start):
            after = start + len(country)
            if text[after : after + 1].isascii() and text[after : after + 1].isalpha():
                return after
        return start

    def _org_start(self, tokens: Tokens, i: int, posted: bool = False) -> int | None:
        """The first word of an organisation name that ends at word ``i``, if ``i`` ends one.

        A place written right before an organisation's name is part of it
        (上海 + 明远置业): that is how Chinese names a company by the
        place it is registered in. A common noun ending with a suffix (月光科技, which LAC reads as one noun) is a
        name where a post follows it (``posted``: 月光科技 + CEO), as no kind of firm holds a post.
        """
        if tokens.tags[i] == "ORG":
            return i - 1 if i > 0 and self._is_place(tokens, i - 1) else i
        if tokens.tags[i] in _SUFFIXED_NAME_TAGS and self._ends_with_suffix(tokens.words[i]):
            return i
        if posted and tokens.tags[i] in _NOUN_TAGS and self._coined_with_line(tokens.words[i]):
            return i
        if tokens.tags[i] == _LOCALITY_TAG and self._suffixed_after_glued_word(tokens.words[i]):
            return i
        if tokens.tags[i] in _PLACE_TAGS and self._company_named_as_place(tokens.words[i]):
            return i
        if tokens.words[i] not in self.knowledge.suffixes or self._suffix_as_action(tokens, i):
            return None  # no suffix, or one LAC reads as what the name before it did (腾讯 + 投资 + 数亿元)
        first = i
        while (
            first > 0
            and i - first < 3
            and (tokens.tags[first - 1] in NAME_TAGS or tokens.is_latin(first - 1))
        ):
            first -= 1
        if first == i and (
            self._named_by_a_noun(tokens, i) or (posted and self._glued_name_before(tokens, i))
        ):
            first = i - 1
        if first == i:
            first = self._investor_named_before(tokens, i)
        if first == i:
            first = self._named_before_bracketed_place(tokens, i)
        return first if first < i else None

    def _named_before_bracketed_place(self, tokens: Tokens, i: int) -> int:
        """The first word of a name written before a known place in brackets and a legal tail opening at word ``i``
        (松果 + （中国） + 有限公司, 松果 + （香港） + 投资有限公司): a firm's local arm is registered so, whatever words its
        name is made of (LAC reads a coined one as plain nouns); else ``i``."""
        bracket = _PLACE_IN_BRACKETS_BEFORE.search(tokens.text, 0, tokens.starts[i])
        if bracket is None or self.knowledge.place_at(bracket["place"], 0) != bracket["place"]:
            return i
        if self._legal_tail_end(tokens, tokens.starts[i]) is None:
            return i
        last = tokens.index_at(bracket.start()) - 1
        # A coined name is one or two words (松果, 白鹭 + 琥珀); a word of a kind or a place before it is none of it.
        words = [j for j in (last - 1, last) if j >= 0 and self._bracketed_name_word(tokens, j)]
        if not words or words[-1] != last:
            return i
        first = words[0] if words == [last - 1, last] else last
        return first if tokens.ends[last] - tokens.starts[first] >= MIN_NAME_CHARS else i

    def _bracketed_name_word(self, tokens: Tokens, j: int) -> bool:
        """Whether word ``j`` may be a word of a name before a bracketed place: a noun or name that is no kind (该工厂),
        no place (开曼群岛) and no owner's word for its unit (旗下 + 子公司: the owner's, before the unit's name)."""
        word = tokens.words[j]
        return (
            (tokens.tags[j] in NAME_TAGS | _NOUN_TAGS or tokens.is_latin(j))
            and not word.endswith(self.knowledge.owner_words)
            and not self.knowledge.is_generic(word, placed=False)
            and self.knowledge.place_at(word, 0) != word
        )

    def _legal_tail_end(self, tokens: Tokens, start: int) -> int | None:
        """The end of the shortest legal tail of words from ``start`` (有限公司, 投资 + 有限公司), or None."""
        return next(
            (
                tail_end
                for tail_end in range(start + 2, min(start + _LONGEST_LEGAL_TAIL, len(tokens.text)) + 1)
                if tail_end in tokens.end_set and self.knowledge.is_legal_tail(tokens.text[start:tail_end])
            ),
            None,
        )

    def _titled_given_name(self, text: str, guess: Candidate, rival: Candidate, titled: set[int]) -> bool:
        """Whether a person written right after a title is a surname and a given name that the model reads
        as an organisation (CEO + 张 + 平安): after a title, a surname before it makes the whole a name."""
        return (
            guess.label == "Person"
            and rival.label in ORG_LABELS
            and guess.start in titled
            and guess.start < rival.start
            and rival.end == guess.end
            and self.people.looks_like_name(text[guess.start : guess.end])
            and self.knowledge.is_surname(text[guess.start : rival.start])
        )

    def _whole_body(self, tokens: Tokens, guess: Candidate, rival: Candidate) -> bool:
        """Whether a guess is one organisation word of LAC's with an institution's suffix (东岭省航空安全
        管理局) and the model's entity only its tail (安全管理局): a body's long name, which the model
        cuts where the name's own words end and the body's generic words begin."""
        i = tokens.index_at(guess.start)
        found = self.knowledge.suffix_of(tokens.text[guess.start : guess.end])
        return (
            tokens.tags[i] == "ORG"
            and (tokens.starts[i], tokens.ends[i]) == (guess.start, guess.end)
            and guess.start < rival.start
            and rival.end == guess.end
            and found is not None
            and not found[1].descriptive
        )

    def _named_by_its_act(self, tokens: Tokens, i: int) -> bool:
        """Whether what follows suffix word ``i`` is what a firm so named does (腾讯投资 + 领投, ``named_by_a_noun``
        in org_suffixes.yaml): LAC then reads the suffix as a verb before another one, yet it ends the name."""
        after = self.knowledge.named_by_a_noun.get(tokens.words[i])
        return after is not None and after.match(tokens.text, tokens.ends[i]) is not None

    def _investor_named_before(self, tokens: Tokens, i: int) -> int:
        """The first word of an investor's name of two to four Chinese characters that ends before its suffix word
        ``i`` (新 + 远 + 资本, 明远 + 资本, 博 + 思 + 资本: LAC reads the coined name as an adjective, a verb or
        single characters), where the name opens its clause or follows a word naming the investor (由, 投资方为)
        and the investor's act (领投) follows or the name is listed with others (、); else ``i``."""
        if tokens.words[i] not in self.knowledge.investor_suffixes:
            return i
        text, end = tokens.text, tokens.starts[i]
        after = self.knowledge.named_by_a_noun.get(tokens.words[i])
        before = self.knowledge.named_after.get(tokens.words[i], ())
        for first in range(i - 1, max(i - _LONGEST_INVESTOR_NAME, -1) - 1, -1):
            start = tokens.starts[first]
            name = text[start:end]
            if (
                len(name) > _LONGEST_INVESTOR_NAME
                or not is_cjk(name)
                or tokens.tags[first] in _CLAUSE_WORD_TAGS
                or "是" in tokens.words[first]
                or tokens.words[first] in self.knowledge.investor_qualifiers
            ):
                break  # a clause's words (不少 + 都是 + 基金) or a qualifier (知名 + 资本): no name
            if tokens.tags[first] in _NOT_NAME_START or self.knowledge.is_generic(name, placed=False):
                continue  # no name opens with a function word, though one may hold it (星 + 将 + 资本, a preposition), nor is generic
            introduced = text.endswith(before, 0, start)
            opening = start == 0 or text[start - 1] in _INVESTOR_LIST_EDGES or introduced
            closed = text.startswith(
                (*_INVESTOR_LIST_ENDS, *self.knowledge.investing_acts), tokens.ends[i]
            ) or tokens.ends[i] == len(text)
            acted = (after is not None and after.match(text, tokens.ends[i]) is not None) or (
                closed and _listed(text, tokens, first, i)
            )
            if len(name) >= MIN_NAME_CHARS and opening and (acted or introduced):
                return first
        return i

    def _named_by_a_noun(self, tokens: Tokens, i: int) -> bool:
        """Whether the plain noun before suffix word ``i`` is a name, by what follows or precedes it:
        青松 + 资本 + 领投, 月光 + 智能 + 宣布, 创办了 + 月光 + 智能 (``named_by_a_noun`` in org_suffixes.yaml)."""
        after = self.knowledge.named_by_a_noun.get(tokens.words[i])
        before = self.knowledge.named_after.get(tokens.words[i], ())
        return (
            after is not None
            and i > 0
            and tokens.tags[i - 1] == "n"
            and len(tokens.words[i - 1]) >= 2
            and (
                after.match(tokens.text, tokens.ends[i]) is not None
                or tokens.text.endswith(before, 0, tokens.starts[i - 1])
            )
        )

    def _company_of_department(self, text: str, start: int, end: int) -> int:
        """The end of the company whose department ``start``..``end`` names (华星地产 + 战略发展部).

        A department is no organisation of its own, and its suffix (部) would make
        it a government body; the company named before it is the mention. A name that a closing suffix ends
        there is the company, whatever suffix the unit's name has after it (蓝海集团 + 云计算事业部, not 蓝海集团云).
        """
        if not text.endswith(self.knowledge.departments, start, end):
            return end
        cuts = range(end - 2, start + 1, -1)
        closed = next((cut for cut in cuts if self._closed_name(text[start:cut])), None)
        if closed is not None:
            return closed
        for cut in cuts:
            found = self.knowledge.suffix_of(text[start:cut])
            if found and found[1].label == "Company":
                return self._without_field(text, start, cut)
        return end

    def _field_then_title(self, text: str, end: int, title_starts: list[int]) -> bool:
        """Whether a title starts at ``end`` or after a few more characters of its field (星云科技智能 + 驾驶 +
        高级总监: 驾驶 the field's last word, which no title list holds) or a unit's Latin letters (星云科技智能汽车 +
        BU + 总裁): the words before it may be the field's too, so ``_without_field`` may cut them off the name.
        Not across punctuation, a Latin word or a company's act (星云科技智能 + 宣布 + 任命...); ``title_starts``
        is sorted."""
        at = bisect_left(title_starts, end)
        if at == len(title_starts):
            return False
        between = text[end : title_starts[at]]
        return not between or (
            len(between) <= _LONGEST_FIELD_BEFORE_TITLE
            and (is_cjk(between) or _UNIT_LETTERS.fullmatch(between) is not None)
            and not between.startswith(self.knowledge.company_actions)
        )

    def _closed_name(self, name: str) -> bool:
        """Whether ``name`` is a name and a closing suffix after it (蓝海集团, not 集团 alone)."""
        return any(name.endswith(s) and len(name) > len(s) for s in self.knowledge.closing_suffixes)

    def _without_field(self, text: str, start: int, end: int) -> int:
        """Where a company's name ends before the field words of the unit or title after it: a name that
        a closing suffix already ends is not continued by a descriptive one (星云科技 + 人工智能 + 副总裁,
        星云科技 + 智能驾驶事业部), though a field word may stand in a name before its closing suffix
        (月光智能科技)."""
        for cut in range(start + MIN_NAME_CHARS + 1, end):
            closing = self.knowledge.suffix_of(text[start:cut])
            if closing is None or closing[0] not in self.knowledge.closing_suffixes:
                continue
            if self._only_field_words(text[cut:end]):
                return cut
        return end

    def _only_field_words(self, text: str) -> bool:
        """Whether ``text`` is made only of descriptive suffixes that close no name (人工智能, 智能汽车)."""
        if not text:
            return False
        while text:
            found = self.knowledge.suffix_of(text, whole=True)
            if found is None or not found[1].descriptive or found[0] in self.knowledge.closing_suffixes:
                return False
            text = text[: -len(found[0])]
        return True

    def _with_bracketed_place(self, tokens: Tokens, end: int) -> int:
        """The end of a legal name with the place in brackets: 星辰银行 + （香港）有限公司, and with the
        line of business between the place and the legal form: 星辰汽车 + （中国）投资有限公司."""
        match = PLACE_IN_BRACKETS.match(tokens.text, end)
        tail_end = None if match is None else self._legal_tail_end(tokens, match.end())
        return end if tail_end is None else tail_end

    def _suffixed_after_glued_word(self, word: str) -> bool:
        """Whether ``word`` is a suffixed name after a word LAC glues to names (前 + 月光智能研究院), which LAC
        then reads as a locality word for its opening 前."""
        return any(
            word.startswith(glued)
            and len(word) - len(glued) > MIN_NAME_CHARS
            and self._ends_with_suffix(word[len(glued) :])
            for glued in self.knowledge.glued_before_names
        )

    def _glued_name_before(self, tokens: Tokens, i: int) -> bool:
        """Whether the word before suffix word ``i`` is a word LAC glues to names and a name of two characters or
        more (原星云 + 智能, which LAC reads as an adjective after a comma): the name and the suffix are the
        organisation, and the glued word is cut off later, as from one word (原星云科技). Asked only where a post
        follows (``posted`` in :meth:`_org_start`): an adjective LAC reads whole opens with such a word too
        (前瞻性 + 科技成果, 被动式 + 智能系统), and no thing it describes holds a post."""
        if i == 0 or tokens.tags[i - 1] not in _COINED_NAME_TAGS:
            return False
        word = tokens.words[i - 1]
        return any(
            word.startswith(glued)
            and len(word) - len(glued) >= MIN_NAME_CHARS
            and not self.knowledge.is_generic(word[len(glued) :], placed=False)
            for glued in self.knowledge.glued_before_names
        )

    def _company_named_as_place(self, word: str) -> bool:
        """A word LAC reads as a place that is a name and the suffix of a company's name (东岭科技, 北岸集团);
        a venue (美术馆, 中心) or a kind of business (星级酒店) stays a place."""
        return word.isalnum() and self._named_with_line(word)

    def _named_with_line(self, word: str) -> bool:
        """Whether ``word`` is a name of two characters or more and a suffix telling a company's line (东岭 + 科技)."""
        suffix = self._name_suffix(word)
        return suffix is not None and suffix.label == "Company" and suffix.descriptive

    def _coined_with_line(self, word: str) -> bool:
        """Whether a common noun is a name and a company's line of business (月光 + 科技, 星河 + 智能): not a
        department or a board (市场部, 董事局), a legal form after a description (上市公司), generic words, nor
        one a generic word opens (机构 + 百仕通集团: a description LAC read into the name)."""
        return (
            self._named_with_line(word)
            and not word.endswith(self.knowledge.legal_forms)
            and not self.knowledge.is_generic(word, placed=False)
            and not self.knowledge.is_generic(word[:MIN_NAME_CHARS], placed=False)
        )

    def _ends_with_suffix(self, word: str) -> bool:
        """A proper-noun word that is a name and a suffix (星海网) names an organisation."""
        return self._name_suffix(word) is not None

    def _name_suffix(self, word: str) -> OrgSuffix | None:
        """The organisation suffix ``word`` ends with after a name of two characters or more."""
        found = self.knowledge.suffix_of(word)
        return found[1] if found is not None and len(word) - len(found[0]) >= 2 else None

    def _is_place(self, tokens: Tokens, i: int) -> bool:
        return tokens.tags[i] == "LOC" or tokens.words[i] in self.knowledge.place_prefixes

    def _before_action(self, text: str, start: int, end: int) -> int:
        """Where a suffixed name ends before a last suffix that an aspect particle shows to be a verb (LAC's
        one word 星河资本投资 + 了: 星河资本 invested), or that is an investing act after an investor's suffix
        (由星河资本投资的, 星河投资 + 投资 + 。: no name ends with two such suffixes)."""
        found = self.knowledge.suffix_of(text[start:end])
        if found is None:
            return end
        cut = end - len(found[0])
        acted = text.startswith(tuple(_ASPECTS), end) or (
            found[0] in self.knowledge.investing_acts and self._investor(text[start:cut])
        )
        return cut if acted and self._suffixed(text[start:cut]) else end

    def _investing_act(self, tokens: Tokens, i: int) -> bool:
        """Whether suffix word ``i`` is what the investor named before it did (星河资本 + 投资 + 的): no name ends
        with an investor's suffix and an investing one."""
        return tokens.words[i] in self.knowledge.investing_acts and tokens.text.endswith(
            self.knowledge.investor_suffixes, 0, tokens.starts[i]
        )

    def _investor(self, name: str) -> bool:
        """Whether ``name`` is a name of its own and an investor's suffix (星河 + 资本)."""
        return any(
            name.endswith(suffix) and len(name) - len(suffix) >= MIN_NAME_CHARS
            for suffix in self.knowledge.investor_suffixes
        )

    @staticmethod
    def _suffix_as_action(tokens: Tokens, i: int) -> bool:
        """Whether suffix word ``i`` is what the name did: a verb (X + 投资 + 50亿美元), or a verbal noun
        ending its clause or taking an aspect particle (获星河资本 + 投资 + 。, X + 投资 + 了)."""
        return tokens.tags[i] == "v" or _closing_verbal_noun(tokens, i)

    def _extend_suffixes(self, tokens: Tokens, i: int) -> int:
        """The last word of the name ending at ``i`` or later: following suffixes, a place and a branch."""
        suffixes = self.knowledge.suffixes
        while i + 1 < len(tokens):
            if (
                tokens.words[i + 1] in suffixes
                and not self._suffix_as_action(tokens, i + 1)
                and not self._investing_act(tokens, i + 1)
            ):
                i += 1  # not a suffix LAC reads as a verb: X + 投资 + 50亿美元 "invest"
            elif tokens.tags[i + 1] == "LOC" and i + 2 < len(tokens) and tokens.words[i + 2] in suffixes:
                i += 2
            elif tokens.words[i + 1].endswith(self.knowledge.branches):
                i += 1  # 农行 + 湖北省分行
            elif (agency_end := self._administration_after(tokens, i)) > i:
                i = agency_end  # 美国国家 + 高速公路 + 安全管理局
            elif (
                i + 2 < len(tokens)
                and tokens.tags[i + 1] == "ORG"
                and tokens.words[i + 2] in self.knowledge.branches
            ):
                i += 2  # 招行 + 湖北省 + 分行, the place read as an organisation
            else:
                break
        return i

    def _administration_after(self, tokens: Tokens, i: int) -> int:
        """The last word of the rest of an administration's name after word ``i``, its field and a long suffix of
        an administration (安全管理局 as one word, or 安全 + 管理局), after an organisation word that names no
        firm (美国国家 + 高速公路): the agency's name goes on there. ``i`` when there is none, and after a firm's
        word (星云科技 + 财务管理局 is no part of an agency's name)."""
        named = self.knowledge.suffix_of(tokens.words[i])
        if named is not None and named[1].label != "Government":
            return i
        for last in (i + 1, i + 2):
            if last >= len(tokens) or tokens.tags[i + 1] not in _ADMINISTRATION_FIELD_TAGS:
                return i
            rest = tokens.text[tokens.starts[i + 1] : tokens.ends[last]]
            found = self.knowledge.suffix_of(rest)
            if (
                found is not None
                and found[1].label == "Government"
                and len(found[0]) >= _LONG_SUFFIX
                and found[0].endswith(_ADMINISTRATION_ENDS)
                and len(rest) > len(found[0])
                and (last == i + 1 or tokens.words[last] == found[0])
            ):
                return last
        return i

    def _without_count(self, text: str, start: int, end: int) -> int:
        """Where a name ends before a count of the organisations a list names (月光智能 + 两家公司, 星云科技 +
        一家公司, which LAC reads as one organisation): no name holds one. One firm is counted only by a
        generic word after it: a coined name may hold 一家 (万家 + 一家亲 + 科技)."""
        counted = _COUNTED.search(text, start, end)
        if counted is None or counted.start() - start < 2:
            return end
        kind = counted.group("kind")
        if counted.group("count") == "一" and not (kind and self.knowledge.is_generic(kind, placed=False)):
            return end
        return counted.start()

    def _appositives(self, tokens: Tokens, model: list[Found] | None = None) -> list[Candidate]:
        """Names written right after a description of the company (大模型初创公司月之暗面), or of a unit an
        owner word opens (旗下的自动驾驶子公司 + 星途智驾, where LAC reads 驾驶 as a verb), not the clause the
        description is the subject of (see :meth:`_opens_clause`)."""
        found = []
        for match in self.knowledge.appositive.finditer(tokens.text):
            start, end = match.span("name")
            start = self._after_verb_between(tokens.text, start, end)
            end = self._before_verb_after_suffix(tokens, start, end)
            described = self._describes(tokens, match.start()) or self._owned(tokens.text, match.start())
            if (
                described
                and (
                    match["descriptor"] not in self.knowledge.maker_marks
                    or self._suffixed(tokens.text[start:end])
                    or self._acts_as_firm(tokens, end)
                )
                and not self._closes_legal_name(tokens.text, match.start(), match.start("name"))
                and self._plausible_name(tokens, start, end)
                and self._own_name(tokens, start, end)
                and not self._opens_clause(tokens, start, end, model)
                # 星云公司 + 官方消息称: the firm speaking for itself, no name after its description.
                and not tokens.text.startswith(self.knowledge.own_voice, start)
            ):
                found.append(Candidate(start, end, "Company", Rank.APPOSITIVE))
        return found

    def _acts_as_firm(self, tokens: Tokens, end: int) -> bool:
        """Whether what follows a name ending at ``end`` tells a firm acting: a company's act (宣布, 完成) or a time
        word LAC reads (今日, 昨日) opening its clause's verb. A maker's trade and works names a firm so (IC設計廠 +
        X + 今日公布營收); a plant's works (污水处理厂 + 三期扩建工程) is followed by neither."""
        if tokens.text.startswith(self.knowledge.company_actions, end):
            return True
        return end in tokens.start_set and tokens.tags[tokens.index_at(end)] in _TIME_TAGS

    def _closes_legal_name(self, text: str, descriptor: int, name: int) -> bool:
        """Whether the descriptor from ``descriptor`` to ``name`` (公司, maybe then a quote) ends a company's legal
        form (星河投资有限公司 + 轮值主办, 星云电网有限公司 + 评标委员会): it closes the name before it and
        describes nothing after it, which is the firm's unit, project or address, or a clause."""
        end = name
        while end > descriptor and text[end - 1] in _QUOTES + " ":
            end -= 1
        return any(
            len(form) > end - descriptor and text.endswith(form, 0, end) for form in self.bare_legal_forms
        )

    def _before_verb_after_suffix(self, tokens: Tokens, start: int, end: int) -> int:
        """Where a name after a description ends before a verb LAC reads after a suffixed name (母公司 + 星云集团 +
        召开 + 会议): what the firm did is no part of its name."""
        for i in range(tokens.index_at(start) + 1, tokens.index_at(end - 1) + 1):
            if tokens.tags[i] == "v" and self._suffixed(tokens.text[start : tokens.starts[i]]):
                return tokens.starts[i]
        return end

    def _own_name(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a name after a description is not one LAC begins with the description's last character
        (提供 + 商米科技: 商米科技 is provided, no 提供商 described), unless a suffixed name of its own is
        left (解决方案提供 + 商星卡科技)."""
        return tokens.starts[tokens.index_at(start)] != start - 1 or self._suffixed(tokens.text[start:end])

    def _describes(self, tokens: Tokens, descriptor: int) -> bool:
        """Whether the word before 公司/企业 describes (芯片公司) or introduces it (据厂商), not takes it as object;
        a field LAC reads as a verb describes it too (自动 + 驾驶 + 公司)."""
        if descriptor not in tokens.start_set:
            return True
        previous = tokens.index_at(descriptor) - 1
        return previous >= 0 and (
            tokens.tags[previous] in _DESCRIBING_TAGS
            or tokens.is_latin(previous)
            or self._field_before(tokens.text, descriptor)
        )

    def _field_before(self, text: str, end: int) -> bool:
        """Whether a generic noun of two characters or more (自动驾驶, 大模型) ends at ``end``."""
        return any(
            text[end - size : end].lower() in self.knowledge.generic_nouns
            for size in range(2, min(end, _LONGEST_FIELD) + 1)
        )

    def _plausible_name(self, tokens: Tokens, start: int, end: int) -> bool:
        """Not a clause that happens to follow 公司 (公司近日宣布, 公司相关负责人).

        When LAC read the description and 公司 as one organisation word
        (月光智能公司), the company is that word, and a verb after it is its
        predicate (月光智能公司裁员), an adjective the start of its product (月光智能公司 + 新车型), not a name.
        """
        if end not in tokens.end_set or tokens.text[start] in self.knowledge.never_in_name:
            return False
        first = tokens.index_at(start)
        if (tokens.tags[first] in _NOT_NAME_START and not tokens.is_latin(first)) or (
            self.knowledge.appositive_boundary(tokens.text, start)
        ):
            return False
        after_org_word = start in tokens.start_set and first > 0 and tokens.tags[first - 1] == "ORG"
        return not (after_org_word and (tokens.tags[first] in _VERB_TAGS or tokens.tags[first] == "a"))

    def _opens_clause(self, tokens: Tokens, start: int, end: int, model: list[Found] | None) -> bool:
        """Whether what follows a description opens with a word LAC reads as a verb or an adverb (企业 + 深陷 +
        困局, 子公司 + 成为 + 其股东, 企业 + 积极 + 拓展 + 业务) and goes on past it with anything but organisation
        suffixes: the description is the subject of a clause, and the clause no name. A coined name LAC reads as
        a verb is that word and its suffixes only (公司 + 追光 + 科技), or one the model reads as a name there too
        (子公司 + 交通 + 宏远), or one a place in brackets follows, as firms' names are written (子公司 + 达成 + 智慧
        运维 + （无锡）)."""
        first = tokens.index_at(start)
        if tokens.starts[first] != start or tokens.tags[first] not in _CLAUSE_OPENING_TAGS:
            return False
        if any(s < end and start < e for s, e, _, _ in model or ()) or PLACE_IN_BRACKETS.match(
            tokens.text, end
        ):
            return False
        rest = self.knowledge.without_suffixes(tokens.text[tokens.ends[first] : end])
        return rest != "" or tokens.ends[first] >= end

    def _lac_entities(self, tokens: Tokens) -> list[Candidate]:
        """Places and dates as LAC tags them; adjacent date words form one date. A place ends before a
        verb LAC reads into it (在 + 港上市: 港), so the verb stays free to tell what happens there."""
        found: list[Candidate] = []
        for i, tag in enumerate(tokens.tags):
            label = _LAC_LABELS.get(tag)
            if label is None:
                continue
            previous = found[-1] if found else None
            if previous and previous.label == label == "Date" and previous.end == tokens.starts[i]:
                found[-1] = Candidate(previous.start, tokens.ends[i], label, Rank.PLACE_OR_DATE)
                continue
            end = tokens.ends[i]
            if label == "Location":
                end -= len(
                    next((v for v in self.knowledge.glued_after_places if tokens.words[i].endswith(v)), "")
                )
            if end > tokens.starts[i]:
                found.append(Candidate(tokens.starts[i], end, label, Rank.PLACE_OR_DATE))
        return found

    def _declared_short_forms(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """The short form an organisation declares (X有限公司（以下简称“灯塔”）): a name of that organisation
        however ordinary its words, and so are its repeats; not a role an announcement names (简称“公司”,
        “发行人”)."""
        found = []
        for candidate in chosen:
            declared = DECLARED.match(text, candidate.end) if candidate.label in ORG_LABELS else None
            short = _DECLARED_NAME.match(text, declared.end()) if declared else None
            if short and not self.knowledge.is_declared_role(short.group()):
                found.append(
                    Candidate(*short.span(), candidate.label, Rank.ORGANISATION, candidate.entity_id)
                )
        return found

    def _with_short_forms(self, tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` with the short forms of the unknown companies found in full, where one is written right
        before a board (星云 + 董事会) or a post (星云 + 副董事长, 星云 + 代 + 董事长), each with the full name as
        its canonical form (for :mod:`~newsgraph.ingest.nlp.resolution`): news shortens a coined name to its
        opening two characters (星云方舟, then 星云), and only a firm has a board or a post, so the opening word
        there is the firm, not the ordinary word it also is (星云 in the sky), nor a firm of its own where a
        rule found it alone. A short form that is a generic word or a place (北京 of 北京星云) is none; its
        other mentions are the repeats'."""
        text = tokens.text
        posts = {c.start for c in chosen if c.label == "Title" and c.canonical in self.knowledge.role_titles}
        for short, firm in self._opening_words(tokens, chosen).items():
            for match in re.finditer(re.escape(short), text):
                start, end = match.span()
                if not tokens.aligned(start, end) or not self._before_board_or_post(text, end, posts):
                    continue
                overlapping = [c for c in chosen if c.start < end and start < c.end]
                if all(c.label in ORG_LABELS and (c.start, c.end) == (start, end) for c in overlapping):
                    chosen = [c for c in chosen if c not in overlapping]
                    chosen.append(
                        Candidate(start, end, firm.label, Rank.REPEAT, canonical=text[firm.start : firm.end])
                    )
        return chosen

    def _opening_words(self, tokens: Tokens, chosen: list[Candidate]) -> dict[str, Candidate]:
        """The opening two characters of each unknown company's name (its place and suffix taken off: 星云 of
        北京星云方舟科技) of four characters or more, which may stand for it (see :meth:`_with_short_forms`); not
        those of two firms of the text that open alike (星云方舟 and 星云数据), nor one that another firm's name
        comes down to (星云 of 星云科技: that firm is meant); the short form found alone is no other firm."""
        names: dict[str, set[str]] = {}
        openings: dict[str, Candidate] = {}
        for candidate in chosen:
            if candidate.label not in ORG_LABELS:
                continue
            name = tokens.text[candidate.start : candidate.end]
            keys = self.knowledge.name_keys(name)
            for key in keys:
                names.setdefault(key, set()).add(name)
            core = keys[-1] if keys else ""
            short = core[:_SHORT_FORM_CHARS]
            if (
                candidate.label == "Company"
                and candidate.entity_id is None
                and len(core) >= 2 * _SHORT_FORM_CHARS
                and is_cjk(core)
                and not self.knowledge.is_generic(short, placed=False)
                and not short.startswith(self.places_and_countries)
            ):
                names.setdefault(short, set()).add(name)
                openings.setdefault(short, candidate)
        return {short: firm for short, firm in openings.items() if len(names[short] - {short}) == 1}

    def _before_board_or_post(self, text: str, end: int, posts: set[int]) -> bool:
        """Whether a board (董事会) or a post found starts at ``end``, maybe after a word of when (代 + 董事长)."""
        if text.startswith(self.knowledge.name_slots.boards, end):
            return True
        time = next((w for w in self.knowledge.name_slots.post_times if text.startswith(w, end)), "")
        return end + len(time) in posts

    def _with_repeats(
        self, tokens: Tokens, chosen: list[Candidate], more: list[Candidate] | None = None
    ) -> list[Candidate]:
        """``chosen`` and ``more`` with the repeats of the names chosen, which replace the parts of a name
        guessed where it is written again (:func:`_without_cut_names`)."""
        repeats = self._repeats(tokens, chosen)
        return _select(_without_cut_names(chosen, repeats) + repeats + (more or []), len(tokens.text))

    def _repeats(self, tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
        """Further mentions of the names already found, of organisations' short forms and of the parts of
        a foreign person's name (Murati for Mira Murati, written as it is: will is not Will; 史密斯 for
        约翰·史密斯), except where LAC reads the same characters as a verb or function word (联想 ... 让人联想到)."""
        names: dict[str, Candidate] = {}
        for candidate in chosen:
            if candidate.label == "Person" or candidate.label in ORG_LABELS:
                name = tokens.text[candidate.start : candidate.end]
                names.setdefault(name, candidate)
                if candidate.label in ORG_LABELS and candidate.entity_id is None:
                    for key in self.knowledge.name_keys(name):
                        names.setdefault(key, candidate)
                if candidate.label == "Person":
                    for part in name_parts(name):
                        names.setdefault(part, candidate)
        return [
            Candidate(m.start, m.end, m.value.label, Rank.REPEAT, m.value.entity_id, m.value.canonical)
            for m in Gazetteer(names).finditer(tokens.text)
            if tokens.aligned(m.start, m.end)
            and not self._read_as_a_word(tokens, m.start, m.end)
            and (m.value.label != "Person" or tokens.text[m.start : m.end] in names)
        ]

    @staticmethod
    def _read_as_a_word(tokens: Tokens, start: int, end: int) -> bool:
        """Whether LAC reads the name written at ``start``-``end`` as a verb or function word (让人联想到: no
        mention of 联想), or opens it with a one-character one (深 + 空: ordinary words). A name it splits
        into longer words, the first of them a verb (安靠 + 智电), is still the name: no such word spells it."""
        first = tokens.index_at(start)
        return tokens.tags[first] in _NOT_NAME_READINGS and (
            tokens.index_at(end - 1) == first or len(tokens.words[first]) == 1
        )


#: LAC's tag of a place (美国 read apart from the name after it).
_PLACE_TAG = "LOC"

#: How many characters open a coined name's short form (星云 of 星云方舟).
_SHORT_FORM_CHARS = 2

#: LAC's tags of a bare name after a country (美国 + Voltrix/nz, 日本 + 月岛/ORG): a name, not a common word.
_BARE_NAME_TAGS = frozenset({"ORG", "PER", "nz"})

#: The mark and the word of a subsidiary (子 + 公司), which LAC or the model may cut apart.
_UNIT_MARK = "子"
_UNIT_WORD = "公司"

#: "Is", in an announcement's formal Chinese (X系公司全资子公司), and how far past a name a role after it may run.
_COPULA = "系"
_LONGEST_ROLE = 4

#: The list item right before a list comma, and right after one (what a name between them is listed beside).
_ITEM_BEFORE = re.compile(r"[^、，,。；;：:\s（）()“”]+$")
_ITEM_AFTER = re.compile(r"[^、，,。；;：:\s（）()“”等]+")


def _word_at(text: str, at: int, words: tuple[str, ...]) -> str:
    """The longest of ``words`` written at ``at`` in ``text``, or "" (a list's words may hold one another)."""
    return max((w for w in words if text.startswith(w, at)), key=len, default="")


def _bracketed_whole(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the organisations that close a bracket they do not open, or open one they do not
    close (中国)投资有限公司, which LAC reads as one word, of 星云汽车(中国)投资有限公司): a name holds both of
    a pair or neither, and such a piece is no name of its own."""
    return [c for c in chosen if c.label not in ORG_LABELS or _balanced(text[c.start : c.end])]


def _balanced(name: str) -> bool:
    depth = 0
    for char in name:
        depth += (char in _OPENING_BRACKETS) - (char in _CLOSING_BRACKETS)
        if depth < 0:
            return False
    return depth == 0


def _dotted(text: str, person: Candidate, part: Candidate) -> bool:
    """Whether ``part`` is a part of ``person``'s foreign name its dot joins to another (穆罕默德·阿里)."""
    return text[part.start - 1 : part.start] in NAME_JOINERS or text[part.end : part.end + 1] in NAME_JOINERS


def _without_cut_names(chosen: list[Candidate], repeats: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the organisations, people and places guessed on a part of a longer organisation's
    name found elsewhere in the text and written whole there (月光 of 月光 + 智能, where LAC split the
    name it read whole before, and may read 月光 as a person or a place): the repeat of the whole name
    is the mention. Known names keep their span."""
    whole = [r for r in repeats if r.label in ORG_LABELS]
    return [
        c
        for c in chosen
        if c.rank == Rank.KNOWN
        or c.label not in _PARTS_OF_ORG_NAMES
        or not any(r.start <= c.start and c.end <= r.end and r.end - r.start > c.end - c.start for r in whole)
    ]


def _one_reading_per_name(
    text: str, chosen: list[Candidate], looks_like_name: Callable[[str], bool]
) -> list[Candidate]:
    """``chosen`` with each unknown name read one way throughout the article: a name read as a person in
    one place and as an organisation in another (a director's name the model reads as a firm's where it
    opens a clause about shares or a resignation) is a person when it reads as a full Chinese name (a
    surname and two characters: 厉志伟) or follows a title where it is read so (独立董事 + 厉伟). A surname and
    one character may be either (余凯; 蔚澜, 钱塘: two-character brands often open with a surname's
    character): the reading most of its mentions have wins, the first on a tie. Any other name is the
    organisation it is read as (LAC reads many firms' names as people's: 北辰语智, transliterations), the
    reading most of its organisation mentions have. Known names are not touched: their kind is known."""
    named = [c for c in chosen if c.entity_id is None and (c.label == "Person" or c.label in ORG_LABELS)]
    after_titles = {c.end for c in chosen if c.label == "Title"}
    readings: dict[str, Counter[str]] = {}
    titled: set[str] = set()
    for c in sorted(named, key=lambda c: c.start):  # a tie goes to the reading met first
        name = text[c.start : c.end]
        readings.setdefault(name, Counter())[c.label] += 1
        if c.label == "Person" and c.start in after_titles:
            titled.add(name)
    chosen_label = {
        name: _reading(counts, _full_name(name, looks_like_name) or name in titled, looks_like_name(name))
        for name, counts in readings.items()
        if len(counts) > 1 and "Person" in counts
    }
    relabelled = {id(c) for c in named if text[c.start : c.end] in chosen_label}
    return [
        replace(c, label=chosen_label[text[c.start : c.end]]) if id(c) in relabelled else c for c in chosen
    ]


def _reading(counts: Counter[str], a_person: bool, maybe_a_person: bool) -> str:
    """The label of a name read several ways (see :func:`_one_reading_per_name`), from its readings in the
    order met."""
    if a_person:
        return "Person"
    if maybe_a_person:
        return counts.most_common(1)[0][0]
    return next(label for label, _ in counts.most_common() if label != "Person")


def _full_name(name: str, looks_like_name: Callable[[str], bool]) -> bool:
    """Whether a name is a surname and two characters (or a compound surname and one or two): the
    shape of most Chinese names, and of few brands."""
    return len(name) >= 3 and looks_like_name(name)


def _described(appositives: list[Candidate], known: list[Candidate]) -> set[int]:
    """Where names described by the words before them start, unless a known name starts there: a
    company's name before a known venue (星云科技公司 + 科创板) describes nothing."""
    return {a.start for a in appositives} - {k.start for k in known}


def _before_title(tokens: Tokens, start: int, end: int, title_starts: set[int]) -> int:
    """Where a guess ends before a title that begins on one of its words: a suffix word that also
    qualifies a title (星云科技 + 技术 + 副总裁) belongs to the title, which names the post at the company
    just before it."""
    inside = (t for t in title_starts if start + MIN_NAME_CHARS <= t < end)
    return min(inside, default=end)


def _bracketed_latin(tokens: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """The Latin name in brackets after an organisation (澄星科技（Chengxing）) or a person (杨志远（Yang
    Zhiyuan）), which LAC rarely tags."""
    found = []
    for candidate in chosen:
        match = LATIN_IN_BRACKETS.match(tokens.text, candidate.end)
        if match and candidate.label == "Person" and is_latin_name(match.group(1)):
            found.append(Candidate(match.start(1), match.end(1), "Person", Rank.PERSON))
        elif match and candidate.label in ORG_LABELS:
            found.append(
                Candidate(
                    match.start(1), match.end(1), candidate.label, Rank.ORGANISATION, candidate.entity_id
                )
            )
    return found


def _cuts_latin_word(text: str, start: int, end: int) -> bool:
    """Whether a span starts or ends inside a Latin word (" company wo" of "the company would"): the
    model, trained on Chinese text, reads such pieces of English prose as names."""
    return any(
        0 < at < len(text) and text[at - 1 : at + 1].isascii() and text[at - 1 : at + 1].isalpha()
        for at in (start, end)
    )


def _framed_by_posts(found: list[Found]) -> dict[tuple[int, int], float]:
    """The spans (and scores) of the model's companies it reads right before a post of its own reading, which is
    itself right before a person it reads (竹林 + CEO + 张伟): a person's employer named the way news names it."""
    posts = {s: e for s, e, label, _ in found if label == "position"}
    people = {s for s, _, label, _ in found if MODEL_LABELS.get(label) == "Person"}
    return {
        (s, e): score
        for s, e, label, score in found
        if MODEL_LABELS.get(label) == "Company" and e in posts and posts[e] in people
    }


def _within_quotes(text: str, start: int, end: int, label: str, score: float) -> Found:
    """A model entity without the quotation marks and spaces it read at its edges (简称“星河极光”: the model
    takes the opening mark in; 简称 " 星河极光 ": the space inside the marks): no name begins or ends with one."""
    while start < end and (text[start] in _QUOTATION_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _QUOTATION_MARKS or text[end - 1].isspace()):
        end -= 1
    return start, end, label, score


def _before_gloss(text: str, start: int, end: int) -> int:
    """Where a span ends without a bracket it opens and does not close (李明远（ ends before the bracket), or
    closes and did not open (Zhiyuan） of 杨志远（Yang Zhiyuan）: the gloss's end)."""
    span = text[start:end]
    opened = max(span.rfind("（"), span.rfind("("))
    closed = max(span.rfind("）"), span.rfind(")"))
    if opened > closed:
        return start + opened
    if opened == -1 and closed != -1:
        return start + min(i for i in (span.find("）"), span.find(")")) if i >= 0)
    return end


def _without_parts_of_latin_names(
    text: str, candidates: list[Candidate], people: list[Candidate]
) -> list[Candidate]:
    """The candidates less the unknown names inside a person's Latin full name the rules read (Ilya of
    Ilya Markov, which LAC tags as an organisation; Jean-Pierre and Dupont, which the model, trained on
    Chinese names, reads as two people): a name is not split at its spaces and hyphens."""
    whole = [p for p in people if is_latin_full_name(text[p.start : p.end])]
    return [
        c
        for c in candidates
        if c.rank == Rank.KNOWN
        or c.label not in ("Person", *ORG_LABELS)
        or not any(p.start <= c.start and c.end <= p.end and p.end - p.start > c.end - c.start for p in whole)
    ]


def _latin_names_of_people(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with an unknown organisation that is the first or last name of a person the article
    names in Latin letters (Mira, after Mira Murati) made that person: the model, trained on Chinese
    names, takes a lone Latin word for a company."""
    parts = {part for c in chosen if c.label == "Person" for part in name_parts(text[c.start : c.end])}
    return [
        replace(c, label="Person")
        if c.label in ORG_LABELS and c.entity_id is None and text[c.start : c.end] in parts
        else c
        for c in chosen
    ]


def _listed(text: str, tokens: Tokens, first: int, last: int) -> bool:
    """Whether words ``first``..``last`` are an item of a list of names, an enumeration comma beside them."""
    return text.endswith("、", 0, tokens.starts[first]) or text.startswith("、", tokens.ends[last])


def _in_latin_name(text: str, start: int, end: int) -> bool:
    """Whether a space and another Latin word follow or precede ``start``..``end`` (India of India Quotient)."""
    after, before = text[end : end + 2], text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == " " and after[1].isascii() and after[1].isalpha()) or (
        len(before) == 2 and before[1] == " " and before[0].isascii() and before[0].isalpha()
    )


def _joined(text: str, firm: Candidate, start: int, end: int, pairing_words: tuple[str, ...]) -> bool:
    """Whether one pairing word is all that stands between ``firm`` and ``start``..``end``, either way round."""
    return text[firm.end : start] in pairing_words or text[end : firm.start] in pairing_words


class _ModelSpans(frozenset[tuple[int, int]]):
    """The spans of the model's entities, which never overlap each other: a set that also gives the one around an
    offset at once, so a text naming thousands of firms costs what it names, not the square of it."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._around = {at: (s, e) for s, e in self for at in range(s + 1, e)}

    def around(self, at: int) -> tuple[int, int] | None:
        """The span that starts before ``at`` and ends after it."""
        return self._around.get(at)


def _firms_read(found: list[Found] | None) -> frozenset[tuple[int, int]]:
    """The spans of the model's companies from :data:`FIRM_READ_MIN_SCORE`: a score the model, which sees a known
    spelling as a name wherever it is written, gives an ordinary word or a place rarely (the words around it read
    as a firm's: 星城路桥 + 选择出售, 星城路桥 + 董事长)."""
    return frozenset(
        (s, e) for s, e, label, score in found or () if label == "company" and score >= FIRM_READ_MIN_SCORE
    )


def _rival(guess: Candidate, models: list[Candidate], ends: list[int]) -> Candidate | None:
    """The likeliest model entity overlapping a guess with another span or label (the model's entities,
    sorted, never overlap each other)."""
    rivals = []
    for model in models[bisect_right(ends, guess.start) :]:
        if model.start >= guess.end:
            break
        if (model.start, model.end, model.label) != (guess.start, guess.end, guess.label):
            rivals.append(model)
    return max(rivals, key=lambda m: m.weight, default=None)


def _title_edges(text: str, candidates: list[Candidate]) -> set[int]:
    """Where a name beside a title would start or end (创始人李明, 云帆智驾联合创始人, CEO + " " + Sam Altman,
    创始人 + 为 + 张明)."""
    return {
        e
        for c in candidates
        if c.rank == Rank.TITLE and c.label == "Title"
        for e in (
            c.start,
            c.end,
            _past_space(text, c.end),
            _before_space(text, c.start),
            past_copula(text, c.end),
        )
    }


def _listed_after_titled(text: str, people: list[Candidate], titled: set[int]) -> set[int]:
    """Where the people listed with 、 after a person beside a title start (研究员A、B、C): the title
    is theirs too, and the evidence for them."""
    starts = {p.start for p in people}
    listed: set[int] = set()
    for person in sorted(people, key=lambda p: p.start):
        after_titled = person.start in titled or person.start in listed
        if after_titled and text.startswith(LIST_COMMA, person.end) and person.end + 1 in starts:
            listed.add(person.end + 1)
    return listed


def _past_space(text: str, end: int) -> int:
    """Where a name written after ``end`` starts when one space separates them (CEO + " " + Sam Altman)."""
    return end + 1 if text.startswith(" ", end) else end


def _before_space(text: str, start: int) -> int:
    """Where a name written before ``start`` ends when one space separates them."""
    return start - 1 if start > 0 and text[start - 1] == " " else start


def _outside_work_titles(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The mentions less the people and organisations written inside the title of a work, short of the
    whole title (《星河冒险》, a film named after its hero): the work is meant, not them."""
    titles = [m.span(1) for m in WORK_TITLE.finditer(text)]
    return [
        c
        for c in chosen
        if not (c.label == "Person" or c.label in ORG_LABELS)
        or not any(
            start <= c.start and c.end <= end and (c.start, c.end) != (start, end) for start, end in titles
        )
    ]


def _not_codes(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The mentions less the people and organisations that are a code (股票代码为CXKJ: LAC reads the ticker
    as a person; YFAI-US spells its market)."""
    return [
        c
        for c in chosen
        if not (c.label == "Person" or c.label in ORG_LABELS)
        or (
            CODE_BEFORE.search(text, max(c.start - _CODE_WINDOW, 0), c.start) is None
            and CODE_WITH_MARKET.fullmatch(text, c.start, c.end) is None
        )
    ]


def _not_lowercase(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The mentions less the people written in lowercase Latin letters in English prose (no Chinese around
    them), where a name is capitalised and a lowercase word beside a title is an ordinary one ("said the
    company", "the chief executive"). Chinese text often writes foreign names in lowercase (设计师ron)."""
    return [c for c in chosen if not (c.label == "Person" and _lowercase_english(text, c.start, c.end))]


def _lowercase_english(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is lowercase Latin with no Chinese within ``_PROSE_WINDOW`` characters."""
    around = text[max(start - _PROSE_WINDOW, 0) : end + _PROSE_WINDOW]
    return text[start:end].islower() and text[start].isascii() and CJK.search(around) is None


def _within(candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(start <= candidate.start and candidate.end <= end for start, end in spans)


def _closing_verbal_noun(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` is a verbal noun ending its clause or taking an aspect particle (投资 + 。/了)."""
    following = tokens.text[tokens.ends[i] : tokens.ends[i] + 1]
    return tokens.tags[i] == "vn" and (not following or following in CLAUSE_MARKS or following in _ASPECTS)


def _latin_after_chinese(tokens: Tokens, start: int, end: int) -> bool:
    """Whether ``start``..``end`` is a Latin word ending a word LAC glued to the Chinese characters before it
    (华为云CEO as one organisation word): the change of script is a word's edge LAC missed."""
    text = tokens.text
    return (
        end in tokens.end_set
        and start > 0
        and CJK.match(text, start - 1) is not None
        and text[start:end].isascii()
        and text[start].isalpha()
    )


def _starts_inside(candidate: Candidate, others: list[Candidate]) -> bool:
    """Whether ``candidate`` starts inside one of ``others``, after its first character."""
    return any(o.start < candidate.start < o.end for o in others)


def _overlaps(candidate: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < candidate.end and candidate.start < o.end for o in others)


def _select(candidates: list[Candidate], length: int) -> list[Candidate]:
    """Non-overlapping candidates, best rank first, then likeliest, then longest, then leftmost."""
    occupied = bytearray(length)
    chosen = []
    for candidate in sorted(candidates, key=lambda c: (c.rank, -c.weight, c.start - c.end, c.start)):
        if occupied.find(1, candidate.start, candidate.end) == -1:
            occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
    return chosen


def _split_words(doc: Doc, tokens: Tokens, chosen: list[Candidate]) -> Doc:
    """The doc with LAC words split where a mention starts or ends inside one (人民币B轮 -> 人民币 + B轮).

    Mentions report exact character offsets, and spans consist of whole words.
    The doc is rebuilt once rather than retokenized word by word (each split
    shifts the whole token array); character offsets do not change, so the
    custom attributes carry over as they are.
    """
    cuts = sorted(
        {e for c in chosen for e in (c.start, c.end) if e not in tokens.start_set and e not in tokens.end_set}
    )
    if not cuts:
        return doc
    words: list[str] = []
    tags: list[str] = []
    sent_starts: list[bool] = []
    pending = iter(cuts)
    cut = next(pending)
    for tag, sent_start, start, end in zip(
        tokens.tags, tokens.sent_starts, tokens.starts, tokens.ends, strict=True
    ):
        piece_start = start
        while start < cut < end:
            words.append(tokens.text[piece_start:cut])
            piece_start, cut = cut, next(pending, len(tokens.text) + 1)
        words.append(tokens.text[piece_start:end])
        added = len(words) - len(tags)
        tags += [tag] * added
        sent_starts += [sent_start] + [False] * (added - 1)
    rebuilt = Doc(doc.vocab, words=words, spaces=[False] * len(words), tags=tags, sent_starts=sent_starts)
    rebuilt.user_data.update(doc.user_data)
    return rebuilt


def _spans(doc: Doc, chosen: list[Candidate]) -> list[Span]:
    spans = []
    for candidate in sorted(chosen, key=lambda c: c.start):
        span = doc.char_span(candidate.start, candidate.end, candidate.label)
        span._.entity_id = candidate.entity_id
        span._.canonical = candidate.canonical
        spans.append(span)
    return spans


@Language.factory("newsgraph_entities", default_config={"model_min_score": MODEL_MIN_SCORE})
def make_entity_recognizer(nlp: Language, name: str, model_min_score: float) -> EntityRecognizer:
    """The entity recognizer over the project's knowledge files (and the model's entities when it ran)."""
    tagger = getattr(nlp.tokenizer, "tagger", None)
    return EntityRecognizer(
        load_knowledge(), model_min_score, reading_alone=None if tagger is None else _reading_alone(tagger)
    )


def _reading_alone(tagger: LacTagger) -> Callable[[str], str]:
    """LAC's tag of a short text read as a segment of its own: the tag of its last word."""

    @cache
    def read(text: str) -> str:
        return tagger.tag([text])[0][-1][1]

    return read


def _counted(tokens: Tokens, first: int, measure_words: tuple[str, ...]) -> bool:
    """Whether the word before word ``first`` is a numeral or demonstrative ending with one of ``measure_words``
    (一款 + 聊天机器人, 一家 + 英国 + 银行): what follows is one of a kind, not a name."""
    before = first - 1
    return (
        before >= 0 and tokens.tags[before] in _COUNTING_TAGS and tokens.words[before].endswith(measure_words)
    )
