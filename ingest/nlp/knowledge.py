"""The domain knowledge the entity and role components read, loaded once and validated.

Known organisations come from ``ingest/data/organisations.json``, built by
``training/build_knowledge.py`` (curated YAML plus public lists) and checked
against its schema there and by a test, not at start-up: validating ~8,000
entities would cost more than a second per process. Everything else (titles,
organisation suffixes, words referring back to an organisation, name
heuristics, money words) comes from YAML files under ``ingest/data`` checked
against their JSON Schemas when loaded (:mod:`newsgraph.ingest.datafiles`).
Lookups are built in Simplified form because the NLP doc's text is the
Simplified twin of the article, so 依圖 and 依图 find the same entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from newsgraph.ingest.datafiles import DATA_DIR, DataFileError, load_data_file
from newsgraph.ingest.event_types import event_types
from newsgraph.ingest.nlp.gazetteer import Gazetteer, Match
from newsgraph.ingest.nlp.scripts import normalise_width, to_simplified, with_taiwan_words
from newsgraph.ingest.records import stable_id


def simplified_key(text: str) -> str:
    """The form of a name used for lookups: half-width, Simplified, trimmed."""
    return to_simplified(normalise_width(text)).strip()


def simplified_keys(texts: list[str]) -> list[str]:
    """``simplified_key`` of each text, converted in one OpenCC call.

    One call per spelling costs about a second at start-up for the ~20,000
    spellings of the organisations file; one call over them all, a tenth.
    A line break ends every OpenCC phrase, so each text converts as alone.
    """
    keys = to_simplified(normalise_width("\n".join(texts))).split("\n")
    if len(keys) != len(texts):  # a text with a line break of its own
        return [simplified_key(t) for t in texts]
    return [k.strip() for k in keys]


MIN_KEY_CHARS = 2
# The most characters of a word of a line of business checked after a place (市政工程).
_LONGEST_LINE_WORD = 6
ORGANISATIONS_FILE = DATA_DIR / "organisations.json"


@dataclass(frozen=True, slots=True)
class KnownEntity:
    """A company, organisation, regulator or exchange from organisations.json."""

    id: str
    label: str
    name: str
    name_en: str = ""
    aliases: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()
    parent: str | None = None
    # What the organisation is (company, investor, bank, broker, exchange, board, regulator, ...): see kind_of.
    kind: str = ""
    # Simplified, lower-cased spellings that are also ordinary words (小米, 长城): linked only in context.
    ambiguous: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class OrgSuffix:
    label: str
    descriptive: bool


@dataclass(frozen=True, slots=True)
class Reference:
    """A word such as 该公司 that points back to an earlier organisation."""

    text: str
    labels: frozenset[str]
    standalone: bool
    requires_suffix: str | None = None
    # Which of the organisations named last it means, when it picks one of two (后者: "latter", 前者:
    # "former"); None: the topic.
    order: str | None = None


@dataclass(frozen=True, slots=True)
class NameSlots:
    """Where event sentences name a company (``name_slots`` in org_suffixes.yaml; see slots.py):
    subject frames (frame words, words its clause must hold) and between frames (the pattern before
    the name, the pattern after it)."""

    leads: frozenset[str]
    # Adverbs opening a clause before its subject (随后 + X + 在港交所上市): not part of the name.
    openers: frozenset[str]
    # Particles joining the words of a coined name in a clause's opening (青禾 + 之家).
    particles: tuple[str, ...]
    # Words of time a one-character frame word ends (此 + 前, 日 + 前): no frame word there.
    time_words: frozenset[str]
    trailing: frozenset[str]
    # Frame words, words the clause after them must hold, what it must end with (none: anything), and
    # whether the subject must hold a word LAC reads as a name.
    subjects: tuple[tuple[frozenset[str], tuple[str, ...], tuple[str, ...], bool], ...]
    # What only a company's clause names: a round (A轮融资) or a listing venue (港交所); then the clause's
    # whole opening is the name.
    company_only: re.Pattern[str]
    # Between frames: the pattern before the name, the one after it, and the narrower one after it
    # (``lone``: 从X + 离职) before which one plain noun of two characters names the firm too (从 + 松果 + 离职).
    between: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None], ...]
    # Words between an employer and a post (前, 现任), and joining two posts of one person (、, 兼).
    post_times: frozenset[str]
    post_joins: tuple[str, ...]
    # A company's boards (董事会): what a word before one is a firm's name by.
    boards: tuple[str, ...]
    # What ends a document's name (通知书, 合同): no party's.
    documents: tuple[str, ...]
    # What ends a word for the people a company serves (用户, 开发者): no party's.
    audiences: tuple[str, ...]
    # What ends the name of a thing a firm owns (地块, 团队): no party's.
    assets: tuple[str, ...]
    # What ends a description of a firm before its name, besides the appositive's descriptors (创企, 巨头).
    description_heads: tuple[str, ...]
    # A word introducing a firm by its name, the name (group ``name``, maybe quoted) and the 的 after it
    # (名为 + 云帆智造 + 的机器人企业).
    introduced: re.Pattern[str]
    # Ways of raising money before the word of raising (定增 + 募资): never the end of a name.
    raising_means: tuple[str, ...]
    # One-character words ending a description as a word of their own after a noun (零件 + 商 + X, 面板 + 厂 + X).
    description_marks: frozenset[str]
    # Verbs taking another verb after them (可以, 希望 + 与Y合作): never the second word of a coined name.
    auxiliaries: frozenset[str]
    # Nouns of people or groups opening a clause as its subject (股东 + 同意): never a coined name's first word.
    group_nouns: frozenset[str]


class TitleLexicon(Gazetteer[str]):
    """The written forms of titles and occupations, and the posts coined in one shape (``coined`` in
    titles.yaml: 首席增长官, Chief Growth Officer). News coins a chief of a new field as it needs one, so a
    list always lags; a coined post is its own label, a listed form keeps its (首席执行官 is CEO)."""

    def __init__(self, phrases: dict[str, str], coined: re.Pattern[str]) -> None:
        super().__init__(phrases)
        self.coined = coined

    def get(self, phrase: str) -> str | None:
        known = super().get(phrase)
        if known is not None or self.coined.fullmatch(phrase) is None:
            return known
        return phrase

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match[str]]:
        """The listed forms' matches and the coined posts': a coined post wins over a listed form that
        ends it (首席增长官 over 长官), a listed form over a coined post it overlaps otherwise (首席科学家 +
        官宣 is no 首席科学家官)."""
        known = list(super().finditer(text, pos, endpos))
        coined = [
            Match(m.start(), m.end(), m.group())
            for m in self.coined.finditer(text, pos, len(text) if endpos is None else endpos)
            if Gazetteer.get(self, m.group()) is None
        ]
        kept = [c for c in coined if not any(_overlaps_before_end(k, c) for k in known)]
        known = [k for k in known if not any(c.start <= k.start and k.end <= c.end for c in kept)]
        return iter(sorted(known + kept, key=lambda m: m.start))


def _overlaps_before_end(known: Match[str], coined: Match[str]) -> bool:
    """Whether ``known`` overlaps ``coined`` other than as its last word (首席增长官 + 长官)."""
    ends_it = coined.start <= known.start and known.end == coined.end
    return known.start < coined.end and coined.start < known.end and not ends_it


class TitleLabels(frozenset[str]):
    """A set of title labels that also holds every coined post (see :class:`TitleLexicon`): the role
    titles (a coined chief is a post), the titles no field qualifies (its field is inside it)."""

    coined: re.Pattern[str]
    prefixes: tuple[str, ...]

    def __new__(
        cls, labels: Iterable[str], coined: re.Pattern[str], prefixes: Iterable[str] = ()
    ) -> TitleLabels:
        """``prefixes`` (联席, 副) may open a label held as the title after them: 联席CEO is no more qualified by a
        field than the CEO is."""
        titles = super().__new__(cls, labels)
        titles.coined = coined
        titles.prefixes = tuple(sorted(prefixes, key=len, reverse=True))
        return titles

    def __contains__(self, label: object) -> bool:
        if not isinstance(label, str):
            return False
        if super().__contains__(label) or self.coined.fullmatch(label) is not None:
            return True
        prefix = next((p for p in self.prefixes if label.startswith(p) and len(label) > len(p)), None)
        return prefix is not None and label[len(prefix) :] in self


@dataclass(slots=True)
class Knowledge:
    """All lookups used by the pipeline, each built once per process."""

    entities: dict[str, KnownEntity]
    entity_names: Gazetteer[str]
    titles: Gazetteer[str]
    # Normalised titles of titles.yaml: the ones a role can have (not 记者, 负责人).
    role_titles: frozenset[str]
    title_prefixes: tuple[str, ...]
    # Bodies inside an organisation whose post is written after them (党组 + 书记, 工会 + 主席; occupations.yaml).
    title_bodies: tuple[str, ...]
    # Words joining two posts that LAC reads into the second's word (兼 + 创始人; titles.yaml ``joiners``).
    title_joiners: frozenset[str]
    # Field words among them (技术, 数据), and the titles no field qualifies (董事长, 创始人).
    title_qualifiers: frozenset[str]
    # Titles of those covering an industry, and the word after an industry (行业): see entities.py.
    sector_titles: frozenset[str]
    sector_word: str
    unqualified_titles: frozenset[str]
    # Posts a bare field or unit is written before (人才招聘 + 主管; occupations.yaml ``field_posts``).
    field_posts: frozenset[str]
    suffixes: dict[str, OrgSuffix]
    legal_forms: tuple[str, ...]
    place_prefixes: tuple[str, ...]
    # What ends the name of any city, province, district or county (北辰市, 海淀区).
    local_place_ends: tuple[str, ...]
    # Words ending so that name no place (上市, 城市).
    not_local_places: tuple[str, ...]
    # Countries and regions a description of a company starts with (美国 + AI初创公司).
    countries: tuple[str, ...]
    # Suffix word -> the words after it that make the plain noun before it a name (青松 + 资本 + 领投).
    named_by_a_noun: dict[str, re.Pattern[str]]
    # The same, by the words before the noun (创办了 + 月光 + 智能).
    named_after: dict[str, tuple[str, ...]]
    # Words after a company's name saying what it does or who leads it (宣布, 创始人): see entities.py.
    company_actions: tuple[str, ...]
    # Words whose object is where a person works (加入, 跳槽到): a noun after one may be a company's name.
    employer_verbs: tuple[str, ...]
    # Words introducing the maker of the product named before them (开发商, 母公司).
    maker_words: tuple[str, ...]
    # Words naming a market index after the words that name it (恒生科技 + 指数).
    index_words: tuple[str, ...]
    # Suffixes of investors' names, and the suffixes that after one of them are what it did (青松资本 + 投资).
    investor_suffixes: tuple[str, ...]
    investing_acts: frozenset[str]
    investor_qualifiers: frozenset[str]
    product_measure_words: tuple[str, ...]
    # Measure words that count firms (一家, 这家).
    firm_measure_words: tuple[str, ...]
    # Trades of firms named after their country alone (荷兰 + 银行).
    national_firm_words: frozenset[str]
    # Regions and scopes among the countries (全球, 海外): no firm is named after one alone.
    scopes: frozenset[str]
    # Words naming a model of a product before it (新款, 首款).
    product_openers: frozenset[str]
    # Suffixes that also end the name of a kind of product (扫地 + 机器人): see entities.py.
    product_heads: tuple[str, ...]
    # Words joining two names (和, 与): a known name followed by one ends there.
    joining_words: tuple[str, ...]
    # Of those, the ones pairing two of a kind (和, 与, 、): see EntityRecognizer._paired_with_firms.
    pairing_words: tuple[str, ...]
    # Verbs of doing something together glued between two names (A联合B): see entities.py.
    verbs_between_names: tuple[str, ...]
    # Words of "with" glued between two names (A大学同B科技): see entities.py.
    withs_between_names: tuple[str, ...]
    # Verbs one firm does to another that no name holds (A中标B有限公司): see entities.py.
    verbs_on_firms: tuple[str, ...]
    # Words closing a list of organisations (等), and between an owner and its unit (旗下).
    list_end_words: tuple[str, ...]
    owner_words: tuple[str, ...]
    parent_words: tuple[str, ...]
    # Words of holding shares (合计控制) a guess ends before: see entities.py.
    holding_words: tuple[str, ...]
    # The last words of Latin names only firms have (Ventures, Capital): see latin_orgs.py.
    latin_org_words: frozenset[str]
    latin_unit_words: frozenset[str]
    # A hyphen and a board's mark after a listed company's short name (X-创, X-KY): see board_marks.py.
    board_marks: re.Pattern[str]
    # A mark of special treatment before a listed company's short name (*ST + X): see risk_marks.py.
    risk_marks: re.Pattern[str]
    # A list said to list organisations: a kind and an opener before it (机器人公司 + 包括), or a list
    # end and a kind after it (等 + 企业).
    list_kind_before: re.Pattern[str]
    list_kind_after: re.Pattern[str]
    # What only organisations do together right after a list's last item (联合领投): see enumerations.py.
    list_kind_verbs: tuple[str, ...]
    # A deal's parties named before a list (投资方为): its items are organisations with none found.
    list_parties_before: re.Pattern[str]
    # A part in a listing only a firm takes, after a verb of taking it (担任 + 保荐机构): its takers before the
    # verb are organisations (see enumerations.py).
    list_parties_taken: re.Pattern[str]
    # A company's partners listed after a word of doing it together (与, 联合) and before the deal (达成合作):
    # see enumerations.py.
    list_partner_openers: tuple[str, ...]
    list_partner_deals: tuple[str, ...]
    # A round's investors listed after an agent's word (由) and before the verb closing the clause (投资):
    # see enumerations.py.
    list_agent_openers: tuple[str, ...]
    list_agent_verbs: tuple[str, ...]
    # Words saying a news outlet reports (报道, 援引), words that name no outlet (外媒: nor does a name
    # ending with one) and plain nouns that are none on their own (新闻, though 澎湃新闻 is one).
    reporting_verbs: re.Pattern[str]
    # A dateline's closing word after its date and before a comma (IT之家3月1日消息，).
    datelines: re.Pattern[str]
    # What follows an outlet's name in a dateline, whatever comes after it: a place, a date, the closing word
    # (星河网北京3月5日讯星云科技…: no space before the story).
    dated_dateline: re.Pattern[str]
    # A name in title marks, maybe a programme's word, and a word of learning or a byline in brackets and
    # a dateline's word: 《X》栏目获悉, 《X》(北京，记者 张明)讯 (group 1).
    titled_learners: re.Pattern[str]
    # A paragraph opening with an outlet's name (group ``name``), a date and a comma (星云网 8月13日，).
    dated_outlets: re.Pattern[str]
    # A source line's label and the outlet's name after its colon (来源：星云日报), the name as group ``name``.
    source_lines: re.Pattern[str]
    name_slots: NameSlots
    generic_reporters: tuple[str, ...]
    plain_reports: frozenset[str]
    # The last words of outlets' names (网, 财经, 日报): a name ending so before a dateline's word is an outlet's.
    outlet_ends: tuple[str, ...]
    # Words after a party's name saying it speaks for itself (X + 官方 + 消息称, X + 方面): no outlet's name ends with one.
    own_voice: tuple[str, ...]
    glued_before_names: tuple[str, ...]
    glued_after_names: frozenset[str]
    glued_after_places: tuple[str, ...]
    hearsay_words: tuple[str, ...]
    split_words: tuple[str, ...]
    # Classes of shares read into the end of a company's name (星云科技 + H股): see EntityRecognizer.
    share_classes: tuple[str, ...]
    # Words making a company's name before them name a group it defines (概念股, 供应链, 车主): no mention of it.
    firm_groups: tuple[str, ...]
    # A firm's project read into the end of its name (中石化 + 专案), with Taiwan's words for it.
    projects: tuple[str, ...]
    declared_roles: frozenset[str]
    declared_role_openers: tuple[str, ...]
    # Words naming a party of a deal (投资方) whose last character LAC reads into the name after them.
    party_words: tuple[str, ...]
    # A party of a deal named by its part in it (中标, 招标方, 承包人; org_suffixes.yaml ``party_roles``).
    party_roles: frozenset[str]
    # Words ending the name of a company's department (战略发展部): see entities.py.
    departments: tuple[str, ...]
    # Suffixes that close a company's name: a field word after one belongs to what follows (see entities.py).
    closing_suffixes: tuple[str, ...]
    # A company's units whose name may stand glued between it and a title (事业部 + 总经理).
    units: tuple[str, ...]
    # Words ending the name of a branch, which is named after its parent (农行 + 湖北省分行).
    branches: tuple[str, ...]
    # Lines of business naming a known company's unit (X + 健康), and words naming its site (X + 工厂).
    business_units: tuple[str, ...]
    company_sites: frozenset[str]
    # Regions of a company's regional unit (星云科技 + 中国) and the marks after them (区): the unit is the company.
    unit_regions: tuple[str, ...]
    region_marks: tuple[str, ...]
    references: dict[str, Reference]
    # Names of business-records databases (天眼查): no reference word points back to them.
    record_sources: frozenset[str]
    # Words before a reference to the company left (告别 + 公司), and before one someone joins (加盟 + X).
    left_with: tuple[str, ...]
    joined_with: tuple[str, ...]
    # Words before a company someone founds (创办 + X): like one joined, where their career has moved on to.
    founded_with: tuple[str, ...]
    # Words after an organisation cited as the report's source (据X报道), unless after an informant's word
    # (从X获悉); and copulas after a 的 that leave the first organisation the head (X的大股东是Y).
    cited_after: tuple[str, ...]
    cited_lead: tuple[str, ...]
    informant_before: tuple[str, ...]
    copulas: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    # Given names that start a person's name written in Latin letters (Sam, Mira): see latin_people.py.
    latin_given_names: frozenset[str]
    never_in_name: frozenset[str]
    adverbs_before_verbs: frozenset[str]
    # Words joining a noun after them that also end given names (大为, 永和): person_names.yaml.
    joining_words_in_names: frozenset[str]
    # Particles of a verb's aspect (了, 着, 过): person_names.yaml.
    aspect_particles: frozenset[str]
    time_prepositions: frozenset[str]
    # Characters that spell foreign names' sounds (贝克汉姆): a word of them only is a foreign person's name.
    transliteration_characters: frozenset[str]
    # Japanese family names of two characters or more (井上): a word opening with one is a person's.
    japanese_surnames: tuple[str, ...]
    # What a person does in the news (请辞, 接掌; see :func:`_person_verbs`), longest first.
    person_verbs: tuple[str, ...]
    # Lower-cased words of generic_nouns.yaml: fields, industries, kinds of firm (AI, 物联网, 美元).
    generic_nouns: frozenset[str]
    # Technical and measured things that end a term (框架, 性能, 网络; generic_nouns.yaml), longest first.
    technology_heads: tuple[str, ...]
    # Marks after a known firm's name that make it a camp of firms (小米 + 系; generic_nouns.yaml).
    camp_marks: tuple[str, ...]
    # Marks that end a competition's name (星云杯, 足协杯; generic_nouns.yaml): a cup, no organisation.
    competition_marks: tuple[str, ...]
    # Lines of business a firm registered in a place is named by (电力, 勘察, 巴士; generic_nouns.yaml).
    registered_lines: frozenset[str]
    # Trades of electronics' supply chain (面板, 电源; generic_nouns.yaml), lower-cased with Taiwan's words: generic,
    # but a place and one of them name a listed firm (北辰 + 电源).
    supply_trades: frozenset[str]
    # Lower-cased names of products.yaml (豆包, kimi, chatgpt) and the words that keep a name the product's
    # (豆包 + app, qwen + 团队), longest first.
    product_names: frozenset[str]
    product_tails: tuple[str, ...]
    # Words a product is launched or sold with (推出, 发布): a glossed name after one in its clause is a product's.
    product_launches: tuple[str, ...]
    address_prefixes: tuple[str, ...]
    address_suffixes: tuple[str, ...]
    # What a person says, written after their name (表示, 称; person_names.yaml), longest first.
    speaking_verbs: tuple[str, ...]
    # Verbs of naming someone to a post or removing them, the person their object (任命, 免去; person_names.yaml).
    naming_verbs: tuple[str, ...]
    # What a biography writes after the name it opens with (，男，, 先生，, ：1970年出生): see :func:`_biography_pattern`.
    biography_opening: re.Pattern[str]
    money: re.Pattern[str]
    appositive: re.Pattern[str]
    appositive_boundaries: tuple[str, ...]
    # The descriptions of a company a name follows (初创公司, 独角兽), longest first.
    descriptors: tuple[str, ...]
    # The descriptions only a listed company takes (第一股): they back the name after them on their own.
    listed_descriptors: tuple[str, ...]
    # The marks of a maker after its trade (IC设计 + 厂): a name after one carries a suffix (see org_suffixes.yaml).
    maker_marks: tuple[str, ...]
    # Cities abroad (旧金山): a known name never starts inside one (金山办公 of 旧金山办公室).
    cities_abroad: tuple[str, ...]
    # Words naming a company's office after such a city (旧金山 + 办公室): the site, no organisation.
    offices_abroad: tuple[str, ...]
    _suffix_lengths: tuple[int, ...] = field(default=())
    _places: tuple[str, ...] = field(default=())
    _outlet_words: frozenset[str] = field(default=frozenset())
    _line_words: frozenset[str] = field(default=frozenset())

    def __post_init__(self) -> None:
        self._suffix_lengths = tuple(sorted({len(s) for s in self.suffixes}, reverse=True))
        self._places = (*self.place_prefixes, *self.countries)
        self._outlet_words = self.plain_reports | frozenset(self.generic_reporters) | self.generic_nouns
        self._line_words = self.generic_nouns | self.registered_lines

    def inside_a_city(self, text: str, start: int) -> bool:
        """Whether ``start`` falls inside the name of a city abroad written there (金 of 旧金山)."""
        return any(
            text.startswith(city, start - cut) for city in self.cities_abroad for cut in range(1, len(city))
        )

    def office_abroad(self, name: str) -> bool:
        """Whether a name is a city abroad and a word for an office there (旧金山办公室): a company's site."""
        return any(
            name.startswith(city) and name[len(city) :] in self.offices_abroad for city in self.cities_abroad
        )

    def place_at(self, text: str, start: int) -> str:
        """The place or country the knowledge holds that ``text`` opens with at ``start`` (杭州, 美国), or ""."""
        return next((place for place in self._places if text.startswith(place, start)), "")

    def suffix_of(self, name: str, whole: bool = False) -> tuple[str, OrgSuffix] | None:
        """The longest organisation suffix ``name`` ends with (and is not only, unless ``whole``)."""
        for length in self._suffix_lengths:
            if (len(name) > length or (whole and len(name) == length)) and name[-length:] in self.suffixes:
                return name[-length:], self.suffixes[name[-length:]]
        return None

    def before_hearsay(self, name: str) -> str:
        """``name`` without a word of hearsay read into its end (星云科技 + 传, 星雲科技 + 據報;
        ``hearsay_words``) where what remains has an organisation suffix after two characters or more: what
        is said of a firm is no part of its name. A coined name without a suffix may end with such a character
        (a studio called 星云传), so it is left whole."""
        word = next((w for w in self.hearsay_words if name.endswith(w)), "")
        found = self.suffix_of(name[: len(name) - len(word)]) if word else None
        if found is not None and len(name) - len(word) - len(found[0]) >= 2:
            return name[: len(name) - len(word)]
        return name

    def after_description_head(self, text: str, start: int, end: int) -> int:
        """Where a name starts after the last head of a description (巨头, 龙头) read into one word or item with
        it (激光 + 雷达龙头星云科技, 电池龙头星云科技、蓝海数据等): the name follows it, unless what is left is
        short or a generic word (龙头 + 股份, 行业龙头 + 企业: the head begins a name or a description of no one)."""
        opening = text[start:end]
        cuts = [
            opening.rfind(head) + len(head) for head in self.name_slots.description_heads if head in opening
        ]
        after = start + max(cuts, default=0)
        if end - after < MIN_KEY_CHARS or self.is_generic(text[after:end], placed=False):
            return start
        return after

    def org_label(self, name: str) -> str:
        """What an organisation's name says it is by its suffix (东岭大学: an organisation), else a company."""
        found = self.suffix_of(name)
        return found[1].label if found else "Company"

    def is_declared_role(self, short: str) -> bool:
        """Whether a short form an announcement declares for an organisation names its role, not the
        organisation: a role or a party of a deal (公司, 发行人, 合作方, 发包人: ``party_roles`` too), a generic
        word (平台), or one of them after a pointing word (该集团, 贵公司, 标的企业, 被担保人)."""
        rests = [
            short[len(o) :] for o in self.declared_role_openers if short.startswith(o) and len(short) > len(o)
        ]
        return any(
            rest in self.declared_roles
            or rest in self.party_words
            or rest in self.party_roles
            or self.is_generic(rest, placed=False)
            for rest in (short, *rests)
        )

    def is_generic(self, name: str, placed: bool) -> bool:
        """Whether an organisation guess ``name`` (a place before it set aside) names no one.

        It does when, its organisation suffixes taken off one by one, a form is empty or only
        generic nouns (AI公司, 美元基金, 智能汽车, 苏州 + 智能). A place and an institution's
        suffix (北京 + 科技大学, 深圳市 + 政府) make a real name, generic words or not, and so do a place and
        a legal form that is no description (苏州市 + 医药集团有限公司: a registered name, which a firm of a
        place and its line often is; a kind of firm is written without the legal form, 苏州 + 医药公司).
        """
        if placed and self._registered(name):
            return False
        forms = [name]
        institution = False
        while found := self.suffix_of(forms[-1], whole=True):
            institution = institution or not (found[1].descriptive or found[0] in self.legal_forms)
            forms.append(forms[-1][: -len(found[0])])
        if placed and (institution or forms[-1].lower() in self.supply_trades):
            return False  # a place and one trade are a listed firm's short name (北辰 + 电源, as 上海 + 巴士)
        # A kind of firm described by its line (电信 + 运营商, 游戏 + 开发商), or by its line and the mark of a
        # maker or dealer (芯片 + 商), is no firm either.
        ends = (*self.descriptors, *self.name_slots.description_marks)
        forms += [
            form[: -len(described)]
            for form in forms
            if (described := next((d for d in ends if form.endswith(d)), ""))
        ]
        return any(
            not form or self._all_generic(form.replace(" ", "").lower()) or self._camp(form) for form in forms
        )

    def _registered(self, name: str) -> bool:
        """Whether ``name`` ends with a legal form that describes no kind of firm (有限公司, not 公司)."""
        return any(name.endswith(form) for form in self.legal_forms if form not in self.descriptors)

    def _camp(self, form: str) -> bool:
        """Whether ``form`` is a known firm's name and a camp mark (小米系): the firms around it, no one firm."""
        mark = next((m for m in self.camp_marks if form.endswith(m)), "")
        return bool(mark) and self.entity_names.get(form[: -len(mark)]) is not None

    def is_product(self, name: str) -> bool:
        """Whether ``name`` is a product's (豆包, Kimi智能助手, Qwen团队): a name of products.yaml, alone or
        with one of its tails."""
        name = name.replace(" ", "").lower()
        bare = next(
            (name[: -len(t)] for t in self.product_tails if name.endswith(t) and len(name) > len(t)), name
        )
        return name in self.product_names or bare in self.product_names

    def names_no_outlet(self, name: str) -> bool:
        """Whether ``name`` splits wholly into plain nouns of reports (公司 + 公告), words for outlets in general
        (网站) and generic nouns: a source of that kind, no outlet's name."""
        return _splits_into(name.replace(" ", "").lower(), self._outlet_words)

    def _all_generic(self, text: str) -> bool:
        """Whether ``text`` (lower-cased) splits wholly into generic nouns."""
        return _splits_into(text, self.generic_nouns)

    def without_suffixes(self, name: str) -> str:
        """``name`` with every organisation suffix at its end taken off (星云 of 星云科技有限公司; nothing of
        投资有限公司, which is only suffixes)."""
        while found := self.suffix_of(name, whole=True):
            name = name[: -len(found[0])]
        return name

    def opens_with_line(self, text: str, past: int) -> bool:
        """Whether ``text`` opens with a word of a line of business or a generic noun longer than ``past``
        characters (市政 of 市政工程, past the 市 a longer place would take)."""
        return any(
            text[:n].lower() in self._line_words
            for n in range(past + 1, min(len(text), _LONGEST_LINE_WORD) + 1)
        )

    def place_of(self, name: str) -> str:
        """The place of registration ``name`` opens with, or "": the longest, unless its suffix opens a word of a line
        of business written after a shorter form of it (宁波 + 市政工程, not 宁波市 + 政工程)."""
        places = [p for p in self.place_prefixes if name.startswith(p)]
        longest = places[0] if places else ""
        return next(
            (p for p in places[1:] if self.opens_with_line(name[len(p) :], len(longest) - len(p))), longest
        )

    def names_a_line(self, name: str) -> bool:
        """Whether ``name``, its organisation suffixes taken off, is only a line of business (电力 + 工程 +
        设计院, 巴士 + 有限公司): what is left of a registered name when its place is set aside, no name."""
        name = self.without_suffixes(name)
        return bool(name) and _splits_into(name.replace(" ", "").lower(), self._line_words)

    def kind_of(self, entity_id: str | None) -> str | None:
        """What a known organisation is (company, investor, bank, broker, insurer, exchange, board,
        regulator, government, university, lab, association, media); None for an entity the
        knowledge does not hold.

        Event extraction uses it as a type constraint (an underwriting bank is never the listed
        company, an exchange is a board, a media outlet is a source), so it must stay one accessor
        whatever field feeds it.
        """
        entity = self.entities.get(entity_id) if entity_id else None
        return entity.kind if entity else None

    def is_ambiguous(self, spelling: str, entity_id: str) -> bool:
        """Whether ``spelling`` (as written in the Simplified text) of the entity is also an ordinary word."""
        return spelling.lower() in self.entities[entity_id].ambiguous

    def is_surname(self, text: str) -> bool:
        return text in self.surnames or text in self.compound_surnames

    def is_form_of_address(self, name: str) -> bool:
        """A surname with a form of address (王总, 李先生, 老刘): says who, but not which person."""
        for prefix in self.address_prefixes:
            if name.startswith(prefix) and self.is_surname(name[len(prefix) :]):
                return True
        for suffix in self.address_suffixes:
            if name.endswith(suffix) and self.is_surname(name[: -len(suffix)]):
                return True
        return False

    def appositive_boundary(self, text: str, position: int) -> bool:
        """Whether a word that ends a name after a description starts at ``position``."""
        return any(text.startswith(word, position) for word in self.appositive_boundaries)

    def is_legal_tail(self, text: str) -> bool:
        """Whether ``text`` is only organisation suffixes ending with a legal form (投资有限公司,
        有限公司): what follows the bracketed place in 星辰汽车（中国）投资有限公司."""
        return text.endswith(self.legal_forms) and not self.without_suffixes(text)

    def strip_legal_form(self, name: str) -> str:
        """``name`` without a trailing legal form (有限公司, Inc.); a branch keeps the word naming it whole (星云科技
        + 上海分公司, not 上海分)."""
        if name.endswith(self.branches):
            return name
        for form in self.legal_forms:
            if len(name) > len(form) and name.lower().endswith(form.lower()):
                return name[: -len(form)].rstrip(" ,")
        return name

    def core_name(self, name: str) -> str:
        """``name`` without legal forms and descriptive suffixes: 依图科技有限公司 -> 依图.

        Used as the key that joins long and short forms of one organisation.
        """
        previous = None
        while previous != name:
            previous = name
            name = self.strip_legal_form(name)
            found = self.suffix_of(name)
            if found and found[1].descriptive and len(name) - len(found[0]) >= 2:
                name = name[: -len(found[0])]
        return name

    def entity_id(self, label: str, name: str) -> str:
        """The id of an entity that is not in the knowledge file, from its label and (Simplified) name.

        ``person-<hash>`` of a person's name; ``org-<hash>`` of the label and the core name of
        anything else, so the long and short forms of an organisation's name share one id.
        """
        if label == "Person":
            return stable_id(name, prefix="person-")
        return stable_id(label, self.core_name(name), prefix="org-")

    def name_keys(self, name: str) -> list[str]:
        """The names under which a shorter mention may refer to organisation ``name``.

        Its core name (依图 for 依图科技有限公司) and, when it starts with a place
        of registration, the core without it (字节跳动 for 北京字节跳动科技有限公司) and the name without it
        when that keeps a suffix (月光数智科技 for 成都月光数智科技: LAC reads it as one word, where the core
        is no word's edge). Keys shorter than two characters are too ambiguous. The last key is the most
        distinctive one: the core without its place. A firm's placeless key that is only a line of business (交通
        for 浙江交通科技, see :meth:`names_a_line`) is none: the line is written all through an article about
        others.
        """
        core = self.core_name(name)
        keys = [core]
        if place := self.place_of(core):
            placeless = core[len(place) :]
            if name.startswith(place) and len(placeless) >= MIN_KEY_CHARS:
                keys.append(name[len(place) :])
            keys.append(placeless)
        firm = self.org_label(name) != "Government"  # a body of a place keeps its field's key (交通运输厅)
        return [
            k
            for k in dict.fromkeys(keys)
            if len(k) >= MIN_KEY_CHARS and (k == core or not (firm and self.names_a_line(k)))
        ]


def _splits_into(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` splits wholly into ``words``."""
    ends = {0}
    for end in range(1, len(text) + 1):
        if any(text[start:end] in words for start in ends if start < end):
            ends.add(end)
    return len(text) in ends


def _name_slots(data: dict[str, Any], makers: list[str]) -> NameSlots:
    """The name slots of ``org_suffixes.yaml``; ``makers`` (the appositive's maker marks, 厂) end descriptions
    as a word of their own too, and are written once, there."""
    return NameSlots(
        leads=frozenset(data["leads"]),
        openers=frozenset(data["openers"]),
        particles=tuple(data["particles"]),
        time_words=frozenset(data["time_words"]),
        trailing=frozenset(data["trailing"]),
        subjects=tuple(
            (frozenset(f["verbs"]), tuple(f["clause"]), tuple(f.get("ends", ())), f.get("named", False))
            for f in data["subjects"]
        ),
        company_only=re.compile(data["company_only"]),
        between=tuple(
            (
                re.compile(f"(?:{_alternatives(f['before'])})了?"),
                re.compile(f["after"]),
                re.compile(f["lone"]) if "lone" in f else None,
            )
            for f in data["between"]
        ),
        post_times=frozenset(data["post_times"]),
        post_joins=tuple(data["post_joins"]),
        boards=tuple(data["boards"]),
        documents=tuple(data["documents"]),
        audiences=tuple(with_taiwan_words(data["audiences"])),
        assets=tuple(with_taiwan_words(data["assets"])),
        description_heads=tuple(data["description_heads"]),
        introduced=re.compile(
            f'(?:{_alternatives(data["introducers"])})[“「"]?'
            '(?P<name>[^\\s，,。；;：:、“”「」"（）()的]{2,16}?)[”」"]?的'
        ),
        raising_means=tuple(sorted(data["raising_means"], key=len, reverse=True)),
        description_marks=frozenset([*data["description_marks"], *makers]),
        auxiliaries=frozenset(data["auxiliaries"]),
        group_nouns=frozenset(data["group_nouns"]),
    )


def _alternatives(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _list_kind_before(kinds: dict[str, list[str]], heads: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A kind, maybe a noun naming all its members (投资方 + 阵容), and an opener ending the text before a list."""
    head = f"(?:{_alternatives(list(heads))})?" if heads else ""
    return re.compile(
        f"(?:{_alternatives(kinds['kinds'])}){head}(?:{_alternatives(kinds['openers'])})[:：]?$"
    )


def _list_parties_taken(taken: dict[str, list[str]]) -> re.Pattern[str]:
    """A verb of taking a part and the part, maybe with what it is taken for between (担任 + 本次发行的 +
    主承销商), ending the part's word: 保荐人 of 保荐人员 is no part, 承销商 + 和 + 保荐人 or 之一 end it."""
    return re.compile(
        f"(?:{_alternatives(taken['verbs'])})(?:[^，,。；;、:：\\s的]{{1,8}}的)?(?:{_alternatives(taken['kinds'])})"
        "(?=$|[^\u4e00-\u9fff]|[和及与、之])"
    )


def _list_kind_after(kinds: dict[str, list[str]], ends: list[str]) -> re.Pattern[str]:
    """The end of a list and its kind, with a few words of description between (A、B等 + 半导体 + 企业,
    等 + 九家知名 + 机构), but no 的: A、B等领域的企业 lists fields."""
    return re.compile(
        f"(?:{_alternatives(ends)})(?:[^，,。；;、的\\s]{{0,5}}?)(?:{_alternatives(kinds['kinds'])})"
    )


def _places(places: list[str], suffixes: dict[str, list[str]]) -> tuple[str, ...]:
    """Every place as written before a name, with and without the suffix it takes (深圳市, 深圳), longest
    first: the first that starts a name is the whole place, never 深圳 leaving 市 on the name. A place
    takes only its own suffix: 中国 + 市 would cut 中国 + 市政工程… into a place and 政工程…."""
    unknown = sorted({place for written in suffixes.values() for place in written} - set(places))
    if unknown:
        raise ValueError(f"place_suffixes name places missing from place_prefixes: {unknown}")
    written = {*places, *(place + suffix for suffix, taking in suffixes.items() for place in taking)}
    return tuple(sorted(written, key=lambda place: (-len(place), place)))


def _party_roles(data: dict[str, list[str]]) -> frozenset[str]:
    """The words naming a party of a deal by its part: each act alone and with each mark of its doer."""
    return frozenset(data["acts"]) | {act + mark for act in data["acts"] for mark in data["marks"]}


@cache
def load_knowledge() -> Knowledge:
    """The validated knowledge of ``ingest/data``, loaded once per process."""
    entities = _known_entities(_organisations())
    occupations = load_data_file("occupations")
    titles = load_data_file("titles")
    suffix_data = load_data_file("org_suffixes")
    products = load_data_file("products")
    reference_data = load_data_file("references")
    names = load_data_file("person_names")
    generic = load_data_file("generic_nouns")
    money = load_data_file("money")
    coined = re.compile("|".join(f"(?:{regex})" for regex in titles.get("coined", [])) or "(?!)")
    return Knowledge(
        entities=entities,
        entity_names=Gazetteer(_entity_aliases(entities)),
        titles=TitleLexicon(_titles(titles, occupations), coined),
        role_titles=TitleLabels((t["label"] for t in titles["titles"]), coined),
        title_joiners=frozenset(titles.get("joiners", ())),
        title_prefixes=tuple(
            sorted(occupations["prefixes"] + occupations["qualifiers"], key=len, reverse=True)
        ),
        title_bodies=tuple(sorted(occupations["bodies"], key=len, reverse=True)),
        title_qualifiers=frozenset(occupations["qualifiers"]),
        sector_titles=frozenset(occupations["sector_titles"]),
        sector_word=occupations["sector_word"],
        unqualified_titles=TitleLabels(occupations["unqualified"], coined, occupations["prefixes"]),
        field_posts=frozenset(occupations["field_posts"]),
        suffixes={s["suffix"]: OrgSuffix(s["label"], s["descriptive"]) for s in suffix_data["suffixes"]},
        legal_forms=tuple(sorted(suffix_data["legal_forms"], key=len, reverse=True)),
        place_prefixes=_places(suffix_data["place_prefixes"], suffix_data["place_suffixes"]),
        local_place_ends=tuple(suffix_data["local_place_ends"]),
        not_local_places=tuple(suffix_data["not_local_places"]),
        countries=_places(with_taiwan_words(suffix_data["countries"]), {}),
        named_by_a_noun=_named_by_a_noun(suffix_data["named_by_a_noun"], titles),
        named_after={
            suffix: tuple(group.get("before", ()))
            for group in suffix_data["named_by_a_noun"]
            for suffix in group["suffixes"]
        },
        company_actions=tuple(suffix_data["company_actions"]),
        employer_verbs=tuple(suffix_data["employer_verbs"]),
        maker_words=tuple(suffix_data["maker_words"]),
        index_words=tuple(suffix_data["index_words"]),
        investor_suffixes=tuple(suffix_data["investor_suffixes"]),
        investing_acts=frozenset(suffix_data["investing_acts"]),
        investor_qualifiers=frozenset(suffix_data["investor_qualifiers"]),
        product_measure_words=tuple(suffix_data["product_measure_words"]),
        firm_measure_words=tuple(suffix_data["firm_measure_words"]),
        national_firm_words=frozenset(suffix_data["national_firm_words"]),
        scopes=frozenset(suffix_data["scopes"]),
        product_openers=frozenset(suffix_data["product_openers"]),
        product_heads=tuple(suffix_data["product_heads"]),
        joining_words=tuple(suffix_data["joining_words"]),
        pairing_words=tuple(suffix_data["pairing_words"]),
        list_end_words=tuple(suffix_data["list_end_words"]),
        owner_words=tuple(suffix_data["owner_words"]),
        parent_words=tuple(suffix_data["parent_words"]),
        holding_words=tuple(suffix_data["holding_words"]),
        verbs_between_names=tuple(suffix_data["verbs_between_names"]),
        withs_between_names=tuple(suffix_data["withs_between_names"]),
        verbs_on_firms=tuple(suffix_data["verbs_on_firms"]),
        latin_org_words=frozenset(suffix_data["latin_org_words"]),
        latin_unit_words=frozenset(suffix_data["latin_unit_words"]),
        board_marks=re.compile(f"[-－](?:{_alternatives(suffix_data['board_marks'])})(?![A-Za-z])"),
        risk_marks=re.compile(
            f"(?<![A-Za-z])(?:{_alternatives(suffix_data['risk_marks'])})(?=[\u4e00-\u9fff])"
        ),
        list_kind_before=_list_kind_before(
            suffix_data["list_kinds"], tuple(suffix_data["list_kinds"]["heads"])
        ),
        list_parties_before=_list_kind_before(suffix_data["list_kinds"]["parties"]),
        list_parties_taken=_list_parties_taken(suffix_data["list_kinds"]["parties"]["taken"]),
        list_kind_after=_list_kind_after(suffix_data["list_kinds"], suffix_data["list_end_words"]),
        list_kind_verbs=tuple(sorted(suffix_data["list_kinds"]["verbs"], key=len, reverse=True)),
        list_partner_openers=tuple(suffix_data["list_kinds"]["partners"]["openers"]),
        list_partner_deals=tuple(suffix_data["list_kinds"]["partners"]["deals"]),
        list_agent_openers=tuple(suffix_data["list_kinds"]["agents"]["openers"]),
        list_agent_verbs=tuple(sorted(suffix_data["list_kinds"]["agents"]["verbs"], key=len, reverse=True)),
        reporting_verbs=re.compile(_alternatives(suffix_data["reporting"]["verbs"])),
        datelines=re.compile(f"(?:{_alternatives(suffix_data['reporting']['datelines'])})(?=[，,\\s])"),
        dated_dateline=re.compile(
            f"[^\\W\\d_]{{0,3}}?(?:\\d{{2,4}}年)?(?:\\d{{1,2}}月)?\\d{{1,2}}日"
            f"(?:{_alternatives(suffix_data['reporting']['datelines'])})"
            f"(?!{_alternatives(suffix_data['reporting']['dateline_not_before'])})"
        ),
        titled_learners=re.compile(
            f"《([^《》\\n]{{2,20}})》(?:{_alternatives(suffix_data['reporting']['programmes'])})?"
            f"(?:{_alternatives(suffix_data['reporting']['titled_verbs'])}"
            f"|[（(][^（）()\\n]{{1,30}}[)）](?:{_alternatives(suffix_data['reporting']['datelines'])}))"
        ),
        dated_outlets=re.compile(
            f"(?:^|(?<=\\s))(?P<name>[^\\s\\d【】（）()\\[\\]，,。:：；;、“”《》]{{1,14}}?"
            f"(?:{_alternatives(suffix_data['reporting']['outlet_ends'])}))"
            "[ \\t]*(?:\\d{2,4}年)?\\d{1,2}月\\d{1,2}日[ \\t]*[，,]"
        ),
        source_lines=re.compile(
            f"(?:^|(?<=[\\s【（(\\[。！？!?]))(?:{_alternatives(suffix_data['reporting']['source_lines'])})[ \\t]*[：:][ \\t]*"
            "(?P<name>[^\\s【】（）()\\[\\]，,。:：；;、“”《》|]{2,20})(?=$|[\\s】）)\\]。，,；;|])"
        ),
        name_slots=_name_slots(suffix_data["name_slots"], suffix_data["appositive"]["makers"]),
        generic_reporters=tuple(sorted(suffix_data["reporting"]["generic"], key=len, reverse=True)),
        plain_reports=frozenset(suffix_data["reporting"]["plain"]),
        outlet_ends=tuple(suffix_data["reporting"]["outlet_ends"]),
        own_voice=tuple(suffix_data["reporting"]["own_voice"]),
        glued_before_names=tuple(suffix_data["glued_before_names"]),
        glued_after_names=frozenset(suffix_data["glued_after_names"]),
        glued_after_places=tuple(suffix_data["glued_after_places"]),
        hearsay_words=tuple(suffix_data["hearsay_words"]),
        split_words=tuple(suffix_data["split_words"]),
        share_classes=tuple(suffix_data["share_classes"]),
        firm_groups=tuple(with_taiwan_words(suffix_data["firm_groups"])),
        projects=tuple(with_taiwan_words(suffix_data["projects"])),
        declared_roles=frozenset(suffix_data["declared_roles"]),
        declared_role_openers=tuple(suffix_data["declared_role_openers"]),
        party_words=tuple(suffix_data["party_words"]),
        party_roles=_party_roles(suffix_data["party_roles"]),
        departments=tuple(suffix_data["departments"]),
        closing_suffixes=tuple(suffix_data["closing_suffixes"]),
        units=tuple(suffix_data["units"]),
        branches=tuple(suffix_data["branches"]),
        business_units=tuple(suffix_data["business_units"]),
        company_sites=frozenset(suffix_data["company_sites"]),
        unit_regions=(*suffix_data["region_units"]["regions"], *suffix_data["countries"]),
        region_marks=tuple(suffix_data["region_units"]["marks"]),
        references=_references(reference_data),
        record_sources=frozenset(reference_data["record_sources"]),
        left_with=tuple(reference_data["left_with"]),
        joined_with=tuple(reference_data["joined_with"]),
        founded_with=tuple(reference_data["founded_with"]),
        cited_after=tuple(reference_data["cited_after"]),
        cited_lead=tuple(reference_data["cited_lead"]),
        informant_before=tuple(reference_data["informant_before"]),
        copulas=tuple(reference_data["copulas"]),
        surnames=frozenset(names["surnames"]),
        compound_surnames=frozenset(names["compound_surnames"]),
        latin_given_names=frozenset(names["latin_given_names"]),
        never_in_name=frozenset(names["never_in_name"]),
        adverbs_before_verbs=frozenset(names["adverbs_before_verbs"]),
        joining_words_in_names=frozenset(names["joining_words_in_names"]),
        aspect_particles=frozenset(names["aspect_particles"]),
        time_prepositions=frozenset(names["time_prepositions"]),
        transliteration_characters=frozenset(names["transliteration_characters"].replace(" ", "")),
        japanese_surnames=tuple(names["japanese_surnames"]),
        person_verbs=_person_verbs(),
        generic_nouns=frozenset(w.lower() for w in with_taiwan_words(_generic_words(generic, money))),
        technology_heads=tuple(sorted(generic["technology_heads"], key=len, reverse=True)),
        camp_marks=tuple(generic["camp_marks"]),
        competition_marks=tuple(generic["competition_marks"]),
        registered_lines=frozenset(generic["registered_lines"]),
        supply_trades=frozenset(w.lower() for w in with_taiwan_words(generic["supply_trades"])),
        product_names=frozenset(
            n.replace(" ", "").lower() for names in products["products"].values() for n in names
        ),
        product_tails=tuple(sorted((t.lower() for t in products["tails"]), key=len, reverse=True)),
        product_launches=tuple(products["launches"]),
        address_prefixes=tuple(names["address_prefixes"]),
        address_suffixes=tuple(sorted(names["address_suffixes"], key=len, reverse=True)),
        speaking_verbs=tuple(sorted(names["speaking_verbs"], key=len, reverse=True)),
        naming_verbs=tuple(names["naming_verbs"]),
        biography_opening=_biography_pattern(names),
        money=_money_pattern(money),
        appositive=_appositive_pattern(suffix_data["appositive"]),
        appositive_boundaries=tuple(suffix_data["appositive"]["boundaries"]),
        descriptors=tuple(sorted(suffix_data["appositive"]["descriptors"], key=len, reverse=True)),
        listed_descriptors=tuple(suffix_data["appositive"]["listed"]),
        maker_marks=tuple(suffix_data["appositive"]["makers"]),
        cities_abroad=tuple(suffix_data["cities_abroad"]),
        offices_abroad=tuple(suffix_data["offices_abroad"]),
    )


def _organisations() -> dict[str, Any]:
    """The built organisations file, read as is: its build and a test validate it."""
    try:
        with ORGANISATIONS_FILE.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read {ORGANISATIONS_FILE.name}: {exc}") from exc


def _known_entities(data: dict[str, Any]) -> dict[str, KnownEntity]:
    """Entities of organisations.json, after the cheap checks that keep links sound."""
    entities: dict[str, KnownEntity] = {}
    items = data["entities"]
    # The Simplified keys of every entity's ambiguous spellings, taken in order below.
    ambiguous = iter(simplified_keys([s for item in items for s in item.get("ambiguous", [])]))
    for item in items:
        if item["id"] in entities:
            raise DataFileError(f"organisations.json: id {item['id']!r} is used twice")
        spellings = (item.get("name_hant"), item.get("full_name"), *item.get("aliases", []))
        entities[item["id"]] = KnownEntity(
            id=item["id"],
            label=item["type"],
            name=item["name"],
            name_en=item.get("name_en", ""),
            aliases=tuple(dict.fromkeys(s for s in spellings if s)),
            tickers=tuple(f"{t['exchange']}:{t['code']}" for t in item.get("tickers", [])),
            parent=item.get("parent"),
            kind=item.get("kind", ""),
            ambiguous=frozenset(next(ambiguous).lower() for _ in item.get("ambiguous", [])),
        )
    _check_references(entities)
    return entities


def _check_references(entities: dict[str, KnownEntity]) -> None:
    """Parents and ticker exchanges must be entities of the file, exchanges of type Exchange."""
    for entity in entities.values():
        if entity.parent is not None and entity.parent not in entities:
            raise DataFileError(f"organisations.json: {entity.id}: unknown parent {entity.parent!r}")
        for ticker in entity.tickers:
            exchange = entities.get(ticker.split(":", 1)[0])
            if exchange is None or exchange.label != "Exchange":
                raise DataFileError(
                    f"organisations.json: {entity.id}: ticker {ticker!r} names no Exchange entity"
                )


def _entity_aliases(entities: dict[str, KnownEntity]) -> dict[str, str]:
    """Every spelling of every known entity, in Simplified form, mapped to its id.

    A spelling claimed by two entities would link mentions to a guess: the
    file is rejected instead.
    """
    owners: dict[str, str] = {}
    spellings = [(a, e.id) for e in entities.values() for a in (e.name, e.name_en, *e.aliases)]
    for (alias, entity_id), key in zip(spellings, simplified_keys([a for a, _ in spellings]), strict=True):
        if key and owners.setdefault(key.lower(), entity_id) != entity_id:
            raise DataFileError(
                f"organisations.json: {alias!r} names both {owners[key.lower()]!r} and {entity_id!r}"
            )
    return owners


def _titles(titles: dict[str, Any], occupations: dict[str, Any]) -> dict[str, str]:
    """Every written form of a title -> its normalised name (CEO for 首席执行官, 執行長, CEO).

    Occupations (记者, 分析师) are their own normal form; titles.yaml wins
    where both list a word.
    """
    forms = {simplified_key(w): w for w in occupations["words"]}
    for form, label in _title_forms(titles):
        forms[simplified_key(form)] = label
    return forms


def _title_forms(titles: dict[str, Any]) -> list[tuple[str, str]]:
    """Every written form of a title of titles.yaml (its name, Chinese name and variants), with its label, and the
    forms Taiwan writes for them (高階副總裁 for 高级副总裁, 資料長 for 首席数据官): a Traditional text keeps them."""
    return [
        (form, title["label"])
        for title in titles["titles"]
        for form in with_taiwan_words((title["name"], title["name_zh"], *title["variants"]))
    ]


def _named_by_a_noun(groups: list[dict[str, Any]], titles: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Each suffix -> the words after it that make the plain noun before it a name; a group with
    ``titles`` also takes every written form of a role title (月光智能 + 執行長, + 首席营销官), unless
    a word of its ``not_before_titles`` follows the form (地方汽车 + 主管 + 部门)."""
    forms = simplified_keys([form for form, _ in _title_forms(titles)])
    patterns = {}
    for group in groups:
        parts = [_alternatives(group["words"])] if group["words"] else []
        if group.get("titles"):
            bodies = group.get("not_before_titles", [])
            parts.append(f"(?:{_alternatives(forms)})" + (f"(?!{_alternatives(bodies)})" if bodies else ""))
        pattern = re.compile("|".join(f"(?:{part})" for part in parts) or "(?!)")
        patterns.update((suffix, pattern) for suffix in group["suffixes"])
    return patterns


def _references(data: dict[str, Any]) -> dict[str, Reference]:
    return {
        r["text"]: Reference(
            r["text"], frozenset(r["labels"]), r["standalone"], r.get("requires_suffix"), r.get("order")
        )
        for r in data["references"]
    }


#: A name in Latin letters of one or more capitalised words (NorthGate, Blue Harbor, AB Cargo): after a
#: description of a company it ends where the Latin letters end, whatever follows.
LATIN_NAME = r"[A-Z][A-Za-z0-9&'.-]+(?: [A-Z][A-Za-z0-9&'.-]*)*"
_PUNCTUATION = r"\s，,。、；;：:！!？?（）()“”\"「」《》"


#: A date written right after a name ends it (芯片公司星河3月2日宣布).
_DATE_AFTER_NAME = r"\d{1,4}[年月日]"


def _appositive_pattern(data: dict[str, Any]) -> re.Pattern[str]:
    """<descriptor><name> up to a boundary word: the group ``name`` is the company's name. A Latin name may
    stand one space after the descriptor (初创公司 PasarNova), as some outlets write it."""
    descriptors = _alternation([*data["descriptors"], *data["listed"], *data["makers"]])
    boundaries = _alternation(data["boundaries"])
    not_before = re.escape(data["determiners"]) + _PUNCTUATION
    chinese = rf"[^{_PUNCTUATION}]{{2,8}}?(?=[”\"」]?(?:{boundaries}|{_DATE_AFTER_NAME}|[{_PUNCTUATION}]|$))"
    return re.compile(
        rf"(?<=[^{not_before}])(?P<descriptor>{descriptors})(?:[“”\"「」]| (?=[A-Z]))?(?P<name>{LATIN_NAME}(?![A-Za-z0-9])|{chinese})"
    )


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _person_verbs() -> tuple[str, ...]:
    """The trigger words (two characters or more) of the event types a person takes part in, longest first.

    LAC often cuts a rare verb after a two-character name into characters (张伟 + 请 + 辞); the first of
    them would otherwise be read as the name's third character, and the verb, inside the name, is lost.
    """
    words = {
        word
        for event_type in event_types()
        if any("Person" in slot.labels for slot in event_type.slots.values())
        for group in event_type.triggers
        for word in group.words
        if len(word) >= 2
    }
    return tuple(sorted(words, key=len, reverse=True))


def _biography_pattern(names: dict[str, Any]) -> re.Pattern[str]:
    """A clause that opens a biography, the name in group ``name``: at the start of a text or sentence, two to four
    characters (the fewest: 贾明 of 贾明女士，1970年生), then a form of address and a pause (贾明先生，), or a pause
    and the sex (贾明，男，) or the year of birth (贾明：1970年3月出生, 贾明，生于1970年). The caller checks the name."""
    pause = "[，,：:]"
    # 生 ends the words of birth (1970年出生，; 出生于江苏), not a verb's start (2019年生产).
    born = r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?出?生(?=[，,。；;、（(于]|$)|生于(?:19|20)\d\d年"
    sex = rf"(?:{_alternation(names['biography_sexes'])})[，,、；;。]"
    return re.compile(
        r"(?:^|(?<=[。！？；;\n]))\s*(?P<name>[\u4e00-\u9fff]{2,4}?)"
        rf"(?:(?:{_alternation(names['biography_addresses'])}){pause}|{pause}\s*(?:{sex}|{born}))"
    )


def _generic_words(generic: dict[str, Any], money: dict[str, Any]) -> list[str]:
    """The generic nouns, with every currency of two characters or more the money amounts know: a currency names
    no one (获注资新台币3亿元: LAC reads 新台币 as an organisation, the receiver is before it). 元 alone is left out: a
    coined name may open with it (元 + 科技)."""
    return [*generic["words"], *generic["supply_trades"], *(c for c in money["currencies"] if len(c) > 1)]


def _money_pattern(data: dict[str, Any]) -> re.Pattern[str]:
    """qualifier? number magnitude* currency, e.g. 近10亿美元, 数千万元, 2.5亿元人民币."""
    number = rf"(?:\d[\d,]*(?:\.\d+)?|[{re.escape(data['numerals'])}]+)"
    return re.compile(
        rf"(?:{_alternation(data['qualifiers'])})?{number}\s?(?:{_alternation(data['magnitudes'])})*"
        rf"\s?(?:{_alternation(data['currencies'])})"
    )
