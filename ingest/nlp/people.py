"""Person candidates: LAC's PER words, repaired and completed with name knowledge.

LAC finds most Chinese names but cuts some three-character names after the
second character (颜水 + 成), glues a function word to others (王总和), tags
unfamiliar company names as people (星海智芯创始人) and misses names right
after a title (CEO徐立). The rules here fix those cases with the surnames and
forms of address of ``person_names.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import replace

from newsgraph.ingest.nlp.candidates import Candidate, Rank, Tokens, is_cjk
from newsgraph.ingest.nlp.knowledge import Knowledge

NAME_JOINERS = frozenset("·•-‧")
# Any of the joiners, as a pattern (escaped: "-" between two of them would make a range).
_JOINER = re.compile(f"[{re.escape(''.join(sorted(NAME_JOINERS)))}]")
#: The comma that separates the items of a list (张三、李四).
LIST_COMMA = "、"
# Copulas between a title and the name holding it (创始人为张明, CEO是徐立).
_COPULAS = ("为", "是")
# Where the Latin letters of Unicode end (Basic Latin through Latin Extended-B: é, ü, ł).
_END_OF_LATIN = "\u0250"
# One part of a Latin name: capitalised, not an acronym (Smith, McGrew, Amélie; not CEO, OpenAI).
_LATIN_PART = r"[A-Z][A-Za-z\u00c0-\u024f'’-]*[a-z\u00c0-\u024f](?![A-Za-z\u00c0-\u024f])"
# What may stand between two parts of a Latin name: a space, middle initials (John + " A. " + Smith)
# and the lower-case particles of surnames (Anna + " van " + Dijk, " de la ").
_LATIN_GAP = r"\s(?:[A-Z]\.\s?)*(?:(?:van|von|der|den|de|du|da|di|del|la|le|bin|ibn|al)\s)*"
# The parts of a Latin name after its first one, however LAC cut and tagged them ("Peter " + Chen/n,
# John + " " + A/xc + "." + " " + Smith).
_LATIN_TAIL = re.compile(rf"(?:{_LATIN_GAP}{_LATIN_PART})+")
_LATIN_FULL_NAME = re.compile(rf"{_LATIN_PART}{_LATIN_TAIL.pattern}")
_LATIN_PART_END = re.compile(rf"(?<![A-Za-z\u00c0-\u024f]){_LATIN_PART[: _LATIN_PART.index('(?!')]}$")
# A Latin name in brackets (a gloss of the name before it).
_LATIN_GLOSS = re.compile(r"[（(]\s*([A-Za-z][A-Za-z .'’-]*?)\s*[）)]")
#: The longest transliteration of a foreign name taken before its Latin gloss.
_MAX_TRANSLITERATION = 6
# LAC tags of words that are no part of a transliterated name: verbs, function words, times, numbers,
# names of places and organisations.
_NOT_IN_TRANSLITERATION = frozenset(
    {"v", "vd", "vn", "d", "p", "c", "u", "w", "r", "f", "m", "q", "TIME", "LOC", "ORG"}
)
# English function words, never part of a person's name (The Daily Post, Bank of X).
_ENGLISH_FUNCTION_WORDS = frozenset(
    {"The", "Of", "And", "For", "In", "On", "At", "To", "By", "With", "of", "and", "for"}
)
_NOT_BEFORE_NAME_END = frozenset({"w", "u", "p", "c", "xc", "PER"})
# LAC tags of a one-character word that is no name's third character: those, adverbs, words of
# position (谢剑 + 均未回应, 梁军 + 前东家) and of time (李强 + 今（6）日, Taiwan's way of dating what one did).
_NOT_THIRD_NAME_CHARACTER = _NOT_BEFORE_NAME_END | {"d", "f", "TIME"}
# LAC tags of a word that a function word glued to a name's end can introduce (王总和 + 老刘, 王立于 + 2019年,
# 王立因 + 健康).
# LAC tags of a verb an adverb glued to a name's end qualifies (李强将 + 荣休).
_VERB_TAGS = frozenset({"v", "vd", "vn"})
# ... or a preposition opening the phrase of when or where before it (李强亦 + 於 + 上月退休): an adverb that names
# may hold too (亦, 均) ends a name only there.
_QUALIFIED_TAGS = _VERB_TAGS | {"p"}
# What follows a speaking verb before the words said (林大为称 + ，).
_BEFORE_WHAT_IS_SAID = ("，", ",", "：", ":")
# The longest Japanese given name, in characters (宪一郎).
_LONGEST_JAPANESE_GIVEN_NAME = 3
# LAC tags of the given name of a Japanese person it reads as a noun apart from the family name (上田 + 文人/n).
_GIVEN_NAME_READINGS = frozenset({"n", "nz", "a"})
# LAC's tags of one word it reads over a person's name and the firm after it (王建国大连港集团), and the longest name
# taken out of such a word.
_GLUED_NAME_TAGS = frozenset({"PER", "ORG"})
# LAC's tags of a surname it reads apart from the given name after it: 于 as the preposition "at", or a name alone.
_APART_SURNAME_TAGS = frozenset({"p", "PER"})
_LONGEST_GLUED_NAME = 3
_AFTER_GLUED_WORD = frozenset({"PER", "ORG", "LOC", "nz", "nw", "n", "r", "TIME", "a", "an"})


def _latin_name_part(tokens: Tokens, i: int) -> bool:
    """A capitalised Latin word (Sam, Altman, Amélie), not an acronym (CEO), whatever LAC tagged it:
    LAC reads many foreign surnames as nouns or verbs (Vogt, Schulman)."""
    word = tokens.words[i].strip()
    return (
        word.isalpha() and all(c < _END_OF_LATIN for c in word) and word[0].isupper() and not word.isupper()
    )


def _continued(tokens: Tokens, j: int) -> bool:
    """Whether word ``j`` ends with a joiner of a foreign name: 皮埃尔· + 罗兰, or "David " + Miller."""
    last = tokens.words[j][-1]
    if last in NAME_JOINERS:
        return True
    return last == " " and _latin_name_part(tokens, j) and _latin_name_part(tokens, j + 1)


def _joined(tokens: Tokens, j: int) -> bool:
    """Whether words ``j`` and ``j + 2`` are parts of one foreign name: names joined by ·/-, or
    Latin words and a space."""
    joiner = tokens.words[j + 1]
    if joiner in NAME_JOINERS:
        return tokens.tags[j + 2] == "PER"
    return joiner == " " and _latin_name_part(tokens, j) and _latin_name_part(tokens, j + 2)


def _joiner_and_name(word: str) -> bool:
    """Whether a word is a joiner of a foreign name glued to its next part (·王 after 艾德里克)."""
    return len(word) >= 2 and word[0] in NAME_JOINERS and is_cjk(word[1:])


def _latin_full_name(text: str, at: int) -> Candidate | None:
    """A first and last name in Latin letters from offset ``at`` (Mira + " " + Murati, John A. Smith),
    whatever LAC tagged them: after a title, two capitalised words or more are a person."""
    found = _LATIN_FULL_NAME.match(text, at)
    return Candidate(found.start(), found.end(), "Person", Rank.PERSON) if found else None


def glossed_by_latin_name(text: str, end: int) -> bool:
    """Whether a person's full name in Latin letters stands in brackets right after ``end``
    (多哥夫(Dmitri Dolgov)): what ends there is its transliteration."""
    found = _LATIN_GLOSS.match(text, end)
    return found is not None and is_latin_full_name(found.group(1))


def is_latin_name(text: str) -> bool:
    """Whether ``text`` is a person's name in Latin letters, of one part or more (Wang, Yang Zhiyuan)."""
    return (
        _LATIN_PART_END.fullmatch(text) is not None or is_latin_full_name(text)
    ) and not _has_function_word(text)


def latin_full_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the runs of ``text`` that read as a first and last name in Latin letters (see
    :func:`is_latin_full_name`), each starting a word."""
    for found in _LATIN_FULL_NAME.finditer(text):
        glued = found.start() > 0 and text[found.start() - 1].isascii() and text[found.start() - 1].isalpha()
        if not glued and not _has_function_word(found.group()):
            yield found.span()


def is_latin_full_name(text: str) -> bool:
    """Whether ``text`` is a first and last name in Latin letters (Chen Cheng, John A. Smith)."""
    return _LATIN_FULL_NAME.fullmatch(text) is not None and not _has_function_word(text)


def name_parts(name: str) -> list[str]:
    """The parts of a foreign person's name that an article uses alone once it gave the whole name: the
    first and last names of one in Latin letters (Mira, Murati), the parts of a transliteration
    joined by a dot (史密斯 of 约翰·史密斯, two characters at least); none for other names."""
    if is_latin_full_name(name):
        return [part for part in name.split() if _LATIN_PART_END.fullmatch(part)]
    parts = _JOINER.split(name)
    return [p for p in parts if len(p) >= 2 and is_cjk(p)] if len(parts) > 1 else []


def _has_function_word(name: str) -> bool:
    """Whether an English function word is a part of the name, which makes it the title of a work or
    a firm (The Daily X), never a person."""
    return not _ENGLISH_FUNCTION_WORDS.isdisjoint(name.split())


def _has_digit(name: str) -> bool:
    """Whether a digit is in the name: a code (a project's k7, a model's X5) that LAC may tag as a person,
    never a person's name."""
    return any(c.isdigit() for c in name)


def _latin_name_end(text: str, end: int) -> int:
    """Where a name ending at ``end`` ends once the further parts of a Latin name are read on."""
    if not _LATIN_PART_END.search(text, 0, end):
        return end
    tail = _LATIN_TAIL.match(text, end)
    return tail.end() if tail else end


def _listed_latin_names(tokens: Tokens, people: list[Candidate]) -> list[Candidate]:
    """Latin full names listed after a person with 、 (研究员 Amélie Durand、Louis Martin), whatever
    LAC tagged them; one after another, so a list of three is read whole."""
    ends = {p.end for p in people}
    found = []
    for i in range(1, len(tokens)):
        if tokens.starts[i] - 1 in ends and tokens.text[tokens.starts[i] - 1] == LIST_COMMA:
            name = _latin_full_name(tokens.text, tokens.starts[i])
            if name is not None:
                found.append(name)
                ends.add(name.end)
    return found


#: LAC tags that may follow a name LAC failed to see: adverbs (已), prepositions (于), conjunctions,
#: particles and punctuation.
_AFTER_NAME_TAGS = frozenset({"d", "p", "c", "u", "w"})
# LAC tags of a word after a title that is no part of a name, however much it looks like one: verbs,
# function words, times and numbers (投资人 + 商谈, 创始人 + 和 + 控股, 董事长 + 周四), unless LAC read
# the surname before it as a name (创始人 + 李 + 想).
_NOT_NAME_WORDS = frozenset({"v", "vn", "vd", "ad", "d", "p", "c", "u", "TIME", "m", "q"})


def _over_copulas(text: str, titles: list[Candidate]) -> list[Candidate]:
    """The titles stretched over a copula after them (创始人 + 为 + 张明, CEO + 是 + 徐立): the name after
    it holds the title as much as one right after it."""
    return [replace(t, end=end) for t in titles if (end := past_copula(text, t.end)) > t.end]


def past_copula(text: str, position: int) -> int:
    """Where a name after a title stands when a copula follows the title at ``position`` (为, 是)."""
    return next((position + len(c) for c in _COPULAS if text.startswith(c, position)), position)


class PersonFinder:
    """Finds person candidates in a doc's words."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge

    def find(
        self, tokens: Tokens, titles: list[Candidate], biographies: set[tuple[int, int]]
    ) -> list[Candidate]:
        """The people of the text; ``biographies`` are the names biographies open with (:meth:`biography_spans`),
        found once per text by the caller, which also lets them stand against the model."""
        title_starts = {t.start for t in titles}
        glued = {i: span for i in range(len(tokens)) if (span := self._name_glued_to_firm(tokens, i))}
        people = [
            self._person_at(tokens, i, title_starts)
            for i, tag in enumerate(tokens.tags)
            if tag == "PER" and i not in glued
        ]
        people += [c for i, span in glued.items() for c in self._name_and_firm(tokens, i, span)]
        people += [
            self._after_title(tokens, title) for title in (*titles, *_over_copulas(tokens.text, titles))
        ]
        people += [self._surname_read_apart(tokens, i) for i in range(len(tokens) - 1)]
        people += [Candidate(start, end, "Person", Rank.PERSON) for start, end in biographies]
        people = [self._after_title_end(tokens, p, titles) for p in people if p is not None]
        return people + _listed_latin_names(tokens, people) + self.glossed_transliterations(tokens)

    def after_naming_verb(self, text: str, start: int) -> bool:
        """Whether a verb of naming someone to a post or removing them ends right before ``start`` (任命, 免去):
        what starts there is the person named."""
        return text.endswith(self.knowledge.naming_verbs, 0, start)

    def _name_run_into_copula(self, tokens: Tokens, i: int) -> bool:
        """Whether person word ``i`` is a surname and one character whose name's last character LAC read with
        the copula after it as a word (任命 + 刘建 + 华为 + 公司总经理: 刘建华 + 为, not the firm 华为): after a verb of
        naming, where the person named, then 为 and the post, is the frame."""
        return self._last_character_read_on(tokens, i, self.knowledge.copulas) and self.after_naming_verb(
            tokens.text, tokens.starts[i]
        )

    def _name_run_into_date(self, tokens: Tokens, i: int) -> bool:
        """Whether person word ``i`` is a surname and one character whose name's last character LAC read with
        the preposition of time after it as a word before a date (赵明 + 远于 + 2018年: 赵明远 + 于, news's way
        of dating what a person did)."""
        return (
            i + 2 < len(tokens)
            and len(tokens.words[i + 1]) == 2
            and tokens.tags[i + 2] == "TIME"
            and self._last_character_read_on(tokens, i, self.knowledge.time_prepositions)
        )

    def _name_run_into_speech(self, tokens: Tokens, i: int) -> bool:
        """Whether person word ``i`` is a surname and one character whose name's last character LAC read with
        the verb of speaking after it as a noun before what is said (周靖 + 人称 + ，: 周靖人 + 称). Read as a
        verb (又称, 也说) or opening with an adverb before verbs (亦称), the word is the sentence's own."""
        if i + 1 >= len(tokens) or tokens.tags[i + 1] in _VERB_TAGS | {"d"}:
            return False
        following = tokens.words[i + 1]
        return (
            following[1:] in self.knowledge.speaking_verbs
            and following[0] not in self.knowledge.adverbs_before_verbs
            and self._before_what_is_said(tokens, tokens.starts[i + 1] + 1)
            and len(tokens.words[i]) == 2
            and self.looks_like_name(tokens.words[i] + following[0])
        )

    def _last_character_read_on(self, tokens: Tokens, i: int, marks: Collection[str]) -> bool:
        """Whether person word ``i`` is a surname and one character, and the next word opens with the name's last
        character and goes on with one of ``marks`` (刘建 + 华为, 赵明 + 远于): a full name LAC cut short."""
        if i + 1 >= len(tokens) or len(tokens.words[i]) != 2 or len(tokens.words[i + 1]) < 2:
            return False
        following = tokens.words[i + 1]
        return following[1] in marks and self.looks_like_name(tokens.words[i] + following[0])

    def _name_glued_to_firm(self, tokens: Tokens, i: int) -> tuple[int, int] | None:
        """The span of a person's name LAC read as one word ``i`` with the firm after it, right after a verb of naming
        (免去 + 王建国大连港集团 + 总经理职务), or with the surname read apart before it (免去 + 于 + 德明大连星云集团): a name,
        then a firm's name opening with a place and ending with an organisation's suffix (大连港集团); None for any
        other word."""
        if tokens.tags[i] not in _GLUED_NAME_TAGS:
            return None
        start, end = tokens.starts[i], tokens.ends[i]
        apart = (
            i > 0
            and tokens.tags[i - 1] in _APART_SURNAME_TAGS
            and self.knowledge.is_surname(tokens.words[i - 1])
        )
        opening = tokens.starts[i - 1] if apart else start
        if not self.after_naming_verb(tokens.text, opening):
            return None
        return next(
            (
                (opening, name_end)
                for name_end in range(start + _LONGEST_GLUED_NAME, start, -1)
                if name_end - opening <= _LONGEST_GLUED_NAME
                and self.looks_like_name(tokens.text[opening:name_end])
                and tokens.text.startswith(self.knowledge.place_prefixes, name_end)
                and self.knowledge.suffix_of(tokens.text[name_end:end]) is not None
            ),
            None,
        )

    def _name_and_firm(self, tokens: Tokens, i: int, span: tuple[int, int]) -> list[Candidate]:
        """The person (``span``) and the firm of word ``i``, which is both (see :meth:`_name_glued_to_firm`), the firm
        labelled by its suffix."""
        found = self.knowledge.suffix_of(tokens.text[span[1] : tokens.ends[i]])
        label = "Company" if found is None else found[1].label
        return [
            Candidate(*span, "Person", Rank.PERSON),
            Candidate(span[1], tokens.ends[i], label, Rank.PERSON),
        ]

    def _surname_read_apart(self, tokens: Tokens, i: int) -> Candidate | None:
        """A name whose surname LAC read apart, 于 as the preposition or alone as a name (免去 + 于 + 永和 +
        公司总经理职务: 于永和), and the given name as a word of its own (a firm: 永和公司), right after a verb of naming,
        whose object is a person: the surname and the next word of one or two characters, when they read as a name and
        that word is no date, number or function word (选举 + 于 + 3月 + 举行 is "held in March")."""
        word, following = tokens.words[i], tokens.words[i + 1]
        if (
            tokens.tags[i] not in _APART_SURNAME_TAGS
            or not self.knowledge.is_surname(word)
            or len(following) > 2
            or tokens.tags[i + 1] in _NOT_NAME_WORDS
            or not self.looks_like_name(word + following)
            or not self.after_naming_verb(tokens.text, tokens.starts[i])
        ):
            return None
        return Candidate(tokens.starts[i], tokens.ends[i + 1], "Person", Rank.PERSON)

    def _after_title_end(self, tokens: Tokens, person: Candidate, titles: list[Candidate]) -> Candidate:
        """A name LAC read with the last character of the title before it (执 + 董林嘉禾 after 执董): the name
        starts where the title ends, when what is left looks like a name (a surname title's 董 is no surname)."""
        for title in titles:
            if title.start < person.start < title.end < person.end:
                rest = tokens.text[title.end : person.end]
                if self.looks_like_name(rest):
                    return replace(person, start=title.end)
        return person

    def glossed_transliterations(self, tokens: Tokens) -> list[Candidate]:
        """Chinese transliterations of foreign names glossed with the Latin full name (多 + 哥夫 + (Dmitri
        Dolgov)), which LAC cuts and tags as anything: the words right before the bracket that may be
        part of a name, :data:`_MAX_TRANSLITERATION` characters at most, not ending in an organisation's
        suffix (时代资本(Jeneration Capital) is a firm), not a generic noun (该公司 + (Nebula Robotics)) and
        not glossed by a name ending with a firm's word (Robotics)."""
        found = []
        for gloss in _LATIN_GLOSS.finditer(tokens.text):
            if not glossed_by_latin_name(tokens.text, gloss.start()) or gloss.start() not in tokens.start_set:
                continue
            i = tokens.index_at(gloss.start()) - 1
            start = gloss.start()
            while (
                i >= 0
                and is_cjk(tokens.words[i])
                and tokens.tags[i] not in _NOT_IN_TRANSLITERATION
                and gloss.start() - tokens.starts[i] <= _MAX_TRANSLITERATION
            ):
                start, i = tokens.starts[i], i - 1
            name = tokens.text[start : gloss.start()]
            if (
                len(name) >= 2
                and self.knowledge.suffix_of(name) is None
                and not self.knowledge.is_generic(name, placed=False)
                and gloss.group(1).rsplit(" ", 1)[-1] not in self.knowledge.latin_org_words
            ):
                found.append(Candidate(start, gloss.start(), "Person", Rank.PERSON))
        return found

    def biography_spans(self, tokens: Tokens) -> set[tuple[int, int]]:
        """The spans of the names short biographies open with (贾明，男，1970年出生; 贾明先生，1970年生; 贾明：1970年
        出生), which LAC often reads as something else (江河 a noun, 黄山 a place): a surname and one or two characters
        at the start of a sentence before what a biography writes next, not a word LAC reads as no name can be
        (同时 + ，1990年生 is "meanwhile")."""
        return {
            match.span("name")
            for match in self.knowledge.biography_opening.finditer(tokens.text)
            if self.looks_like_name(match["name"]) and not self._read_as_no_name(tokens, *match.span("name"))
        }

    def _read_as_no_name(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether LAC read the span as one word (alone or with the form of address after it: 贾明先生) of a kind
        no name is: a function word, a time (周末), an organisation."""
        i = tokens.index_at(start)
        return i == tokens.index_at(end - 1) and tokens.tags[i] in _NOT_NAME_WORDS | {"ORG"}

    def _person_at(self, tokens: Tokens, i: int, title_starts: set[int]) -> Candidate | None:
        """A PER word, joined with the parts of a foreign name (让-皮埃尔) or its split-off last character.

        One that cannot be a Chinese name and is directly followed by a title
        (星海智芯创始人) is taken as a company, unless a word joining two posts opens it (LAC's 副总裁 + 兼云 +
        业务总裁): what follows the joiner is the second post's unit.
        """
        start, end = tokens.starts[i], tokens.ends[i]
        if (
            i >= 2
            and tokens.words[i - 1] == " "
            and _latin_name_part(tokens, i - 2)
            and _latin_name_part(tokens, i)
        ):
            start = tokens.starts[i - 2]  # Sam + " " + Altman
        j = i
        while j + 1 < len(tokens) and tokens.tags[j + 1] == "PER" and _continued(tokens, j):
            j += 1  # 皮埃尔· + 罗兰, "David " + Miller
        while j + 2 < len(tokens) and _joined(tokens, j):
            j += 2  # 让 + - + 皮埃尔, David + " " + Miller
        if j + 1 < len(tokens) and _joiner_and_name(tokens.words[j + 1]):
            j += 1  # 艾德里克 + ·王, the joiner glued to the last part
        end = tokens.ends[j]
        if tokens.text[end - 1] in NAME_JOINERS or tokens.text[end - 1].isspace():
            end -= 1
        end = _latin_name_end(tokens.text, end)
        if j == i and (
            self._split_name(tokens, i)
            or self.surname_before_given_name(tokens, i)
            or self._japanese_name_cut(tokens, i, title_starts)
        ):
            end = tokens.ends[i + 1]
        elif j == i and (
            self._name_run_into_copula(tokens, i)
            or self._name_run_into_date(tokens, i)
            or self._name_run_into_speech(tokens, i)
        ):
            end = tokens.starts[i + 1] + 1
        elif end - start > 2 and (
            self._glued_function_word(tokens, j, end) or self._before_what_is_said(tokens, end - 1)
        ):
            end -= 1  # 王总和 + 老刘; 陈立说 + ，: the verb of speaking LAC read into the name
        elif (verb := self._glued_verb(tokens, start, end)) is not None:
            end = verb
        name = tokens.text[start:end]
        if end - start < 2 or self.names_no_one(name) or _has_function_word(name):
            return None
        if end in title_starts and is_cjk(name) and not self.looks_like_name(name):
            if name.startswith(tuple(self.knowledge.title_joiners)):
                return None  # 副总裁 + 兼云 + 业务总裁: a second post's unit, no employer
            return Candidate(start, end, "Company", Rank.PERSON)
        return Candidate(start, end, "Person", Rank.PERSON)

    def names_no_one(self, name: str) -> bool:
        """Whether a span read as a person says who but not which person (王总, 小孙: a form of address) or
        is a code (k7, X5: a person's name holds no digit); the model reads both as names too."""
        return self.knowledge.is_form_of_address(name) or _has_digit(name)

    def before_verb(self, tokens: Tokens, candidate: Candidate, rival: Candidate) -> bool:
        """Whether a two-character person candidate ends where a verb of a person's starts that the
        model's span over it reads as the name's third character (李强 + 辞任, not 李强辞), or where a
        word no name ends with follows (任命李强 + 为 + 代理CEO, not 李强为)."""
        return (
            candidate.label == rival.label == "Person"
            and (candidate.start, candidate.end + 1) == (rival.start, rival.end)
            and (
                self._glued_verb(tokens, rival.start, rival.end) is not None
                or tokens.text[rival.end - 1] in self.knowledge.never_in_name
            )
        )

    def completes_split_name(self, tokens: Tokens, candidate: Candidate) -> bool:
        """Whether a person candidate is a three-character name LAC (and the model) cut after its
        second character (颜水 + 成), or a Japanese name they cut (上田 + 文人): the names knowledge is more
        precise there than the model. The candidate was found past the titles, so none is checked again."""
        i = tokens.index_at(candidate.start)
        return (
            tokens.starts[i] == candidate.start
            and i + 1 < len(tokens)
            and candidate.end == tokens.ends[i + 1]
            and tokens.tags[i] == "PER"
            and (self._split_name(tokens, i) or self._japanese_name_cut(tokens, i, set()))
        )

    def named_after_verb(self, tokens: Tokens, candidate: Candidate) -> bool:
        """Whether a person candidate is the name a verb of naming acts on, which a firm LAC read over its pieces
        must not take: one before the copula of the post (任命 + 马华 + 为首席执行官, not the firm 华为; 任命 + 刘建 +
        华为 + 公司总经理 joined to 刘建华), one whose surname LAC read apart (免去 + 于 + 永和 + 公司总经理职务,
        not the firm 永和公司) or one LAC read with the firm after it (免去 + 王建国大连港集团). The verb and the name's
        shape are more precise there than the model."""
        text = tokens.text
        if not (
            self.after_naming_verb(text, candidate.start)
            and self.looks_like_name(text[candidate.start : candidate.end])
        ):
            return False
        if text.startswith(self.knowledge.copulas, candidate.end):
            return True
        i = tokens.index_at(candidate.start)
        if tokens.starts[i] != candidate.start:
            return False
        if any(self._name_glued_to_firm(tokens, k) == (candidate.start, candidate.end) for k in (i, i + 1)):
            return True
        return (
            i + 1 < len(tokens)
            and candidate.end == tokens.ends[i + 1]
            and self._surname_read_apart(tokens, i) is not None
        )

    def surname_before_given_name(self, tokens: Tokens, i: int) -> bool:
        """Whether word ``i`` is a surname LAC cut off a name it also tags as a person (王 + 小鹏):
        the two words are one name, even where the given name spells a known company."""
        return (
            self.knowledge.is_surname(tokens.words[i])
            and i + 1 < len(tokens)
            and tokens.tags[i + 1] == "PER"
            and self.looks_like_name(tokens.words[i] + tokens.words[i + 1])
        )

    def _japanese_name_cut(self, tokens: Tokens, i: int, title_starts: set[int]) -> bool:
        """Whether LAC cut a Japanese name into person word ``i`` and the next word: inside the family
        name, tagging both pieces as people's (上 + 田达郎), or after it (上田 + 文人, see
        :meth:`_japanese_family_name_alone`)."""
        if i + 1 >= len(tokens) or tokens.tags[i] != "PER":
            return False
        joined = tokens.words[i] + tokens.words[i + 1]
        return (tokens.tags[i + 1] == "PER" and self.looks_like_japanese_name(joined)) or (
            self._japanese_family_name_alone(tokens, i, title_starts)
        )

    def _glued_function_word(self, tokens: Tokens, j: int, end: int) -> bool:
        """Whether the name's last character is a function word LAC glued to it (王总和 + 老刘).

        Only when a noun follows, which the function word would introduce: a
        verb, 的 or punctuation after it means the character is part of the name
        (李明同 + 介绍, 王建和 + 的); but an adverb of time or scope before a verb
        qualifies that verb (李强将 + 荣休).
        """
        last = tokens.text[end - 1]
        adverb = last in self.knowledge.adverbs_before_verbs
        if (last not in self.knowledge.never_in_name and not adverb) or j + 1 >= len(tokens):
            return False
        following = tokens.tags[j + 1]
        return (last in self.knowledge.never_in_name and following in _AFTER_GLUED_WORD) or (
            adverb and following in _QUALIFIED_TAGS
        )

    def _glued_verb(self, tokens: Tokens, start: int, end: int) -> int | None:
        """Where a verb of a person's starts after the second character of a three- or four-character
        name LAC read (李强辞 + 任 and 李强荣休: ``Knowledge.person_verbs``), if one does: the name ends
        there."""
        if end - start not in (3, 4):
            return None
        verbs = self.knowledge.person_verbs
        return next((at for at in range(start + 2, end) if tokens.text.startswith(verbs, at)), None)

    def _split_name(self, tokens: Tokens, i: int) -> bool:
        """Whether LAC cut a three-character Chinese name after its second character, or a Japanese name
        after the first character of its given name (佐藤恒 + 治): not when that character starts a verb of
        a person's (张伟 + 请辞, ``Knowledge.person_verbs``)."""
        word = tokens.words[i]
        chinese = len(word) == 2 and word[0] in self.knowledge.surnames
        if not (chinese or self._japanese_given_name_begun(word)) or i + 1 >= len(tokens):
            return False
        following = tokens.words[i + 1]
        return (
            len(following) == 1
            and is_cjk(following)
            and (following not in self.knowledge.never_in_name or self._joins_nothing(tokens, i + 1))
            and (
                tokens.tags[i + 1] not in _NOT_THIRD_NAME_CHARACTER or self._adverb_ending_name(tokens, i + 1)
            )
            and not tokens.text.startswith(self.knowledge.person_verbs, tokens.starts[i + 1])
            and not self._verb_with_aspect(tokens, i + 1)
        )

    def _verb_with_aspect(self, tokens: Tokens, i: int) -> bool:
        """Whether word ``i`` is a verb with a particle of aspect after it (王恺 + 带 + 着): what a person did,
        not the end of their name."""
        return (
            tokens.tags[i] in _VERB_TAGS
            and i + 1 < len(tokens)
            and tokens.words[i + 1] in self.knowledge.aspect_particles
        )

    def _adverb_ending_name(self, tokens: Tokens, i: int) -> bool:
        """Whether word ``i``, a character LAC reads as an adverb (许先 + 越 + 表示), ends a given name: right
        before what a person says, where no adverb of ``adverbs_before_verbs`` or ``never_in_name`` (也, 亦) is
        read; a name's own character (越, 先) LAC takes for one there."""
        return (
            tokens.tags[i] == "d"
            and tokens.words[i] not in self.knowledge.adverbs_before_verbs | self.knowledge.never_in_name
            and self._before_what_is_said(tokens, tokens.ends[i])
        )

    def _before_what_is_said(self, tokens: Tokens, at: int) -> bool:
        """Whether a verb of speaking and then a comma or colon start at ``at`` (+ 表示 + ，): what a person says
        follows, so what comes before is the speaker."""
        verb = next((v for v in self.knowledge.speaking_verbs if tokens.text.startswith(v, at)), None)
        return verb is not None and tokens.text.startswith(_BEFORE_WHAT_IS_SAID, at + len(verb))

    def _joins_nothing(self, tokens: Tokens, i: int) -> bool:
        """Whether word ``i`` is a joining word that ends a given name (闫大 + 为 + 称 + ，): one right before
        what a person says and then a comma or colon, where it has no noun to join
        (``Knowledge.joining_words_in_names``); before a verb with an object it is a preposition (王明 + 为 +
        表示 + 支持: to show support)."""
        return tokens.words[i] in self.knowledge.joining_words_in_names and self._before_what_is_said(
            tokens, tokens.ends[i]
        )

    def _after_title(self, tokens: Tokens, title: Candidate) -> Candidate | None:
        """A surname and one or two characters right after a title (CEO徐立), also over two words.

        LAC often reads a one-character surname after a title as a word of its
        own (导演 + 许 + 文强, 副总 + 韩 + 立): the surname joins the next word
        when the two look like a name.
        """
        if title.end not in tokens.start_set:
            return self.glued_surname_name(tokens, title.end)
        i = tokens.index_at(title.end)
        # after the space that may follow the title: the title may end the text, the space with it
        latin = _latin_full_name(tokens.text, tokens.ends[i] if tokens.words[i] == " " else title.end)
        if latin is not None:
            return latin
        if self.looks_like_name(tokens.words[i]):
            if tokens.tags[i] == "PER":
                return None
            if tokens.tags[i] in _NOT_NAME_WORDS:
                return self._verb_begun_name(tokens, i)
            return Candidate(tokens.starts[i], tokens.ends[i], "Person", Rank.PERSON)
        three = self._three_characters(tokens, i)
        if three:
            return three
        if (
            len(tokens.words[i]) == 1
            and i + 1 < len(tokens)
            and tokens.tags[i] not in _NOT_NAME_WORDS
            and tokens.tags[i + 1] not in _NOT_BEFORE_NAME_END - {"PER"}
            and (tokens.tags[i] == "PER" or tokens.tags[i + 1] not in _NOT_NAME_WORDS)
        ):
            joined = tokens.words[i] + tokens.words[i + 1]
            if self.looks_like_name(joined) and tokens.words[i + 1][-1] not in self.knowledge.never_in_name:
                return Candidate(tokens.starts[i], tokens.ends[i + 1], "Person", Rank.PERSON)
        return None

    def glued_surname_name(self, tokens: Tokens, start: int) -> Candidate | None:
        """A name whose surname LAC glued to the title before it (首席技术官 + 颜 in 官颜, then 水 + 成):
        the surname and the next one or two single characters (or a name), when a function word or
        punctuation follows; not 赛区长 + 沙 + 赛区, a word."""
        if start >= len(tokens.text):
            return None
        i = tokens.index_at(start)
        if not self.knowledge.is_surname(tokens.text[start : tokens.ends[i]]):
            return None
        for last in (i + 2, i + 1):
            pieces = range(i + 1, last + 1)
            if last < len(tokens) and all(
                len(tokens.words[k]) == 1 or tokens.tags[k] == "PER" for k in pieces
            ):
                found = self._name_before_pause(tokens, start, last)
                if found is not None:
                    return found
        return None

    def _verb_begun_name(self, tokens: Tokens, i: int) -> Candidate | None:
        """A three-character name whose first two characters LAC read as a verb (CTO + 颜水 + 成 + 已离职).

        Only with one more character and then a function word or punctuation: a verb alone after a
        title (投资人 + 商谈 + ，) is no name.
        """
        if i + 1 >= len(tokens) or len(tokens.words[i + 1]) != 1 or not is_cjk(tokens.words[i + 1]):
            return None
        return self._name_before_pause(tokens, tokens.starts[i], i + 1)

    def _three_characters(self, tokens: Tokens, i: int) -> Candidate | None:
        """A three-character name LAC cut into single characters (CTO + 颜 + 水 + 成 + 已离职).

        Taken only when a function word or punctuation follows, so a verb's first
        character (王刚 + 成为) is not swallowed.
        """
        if i + 3 >= len(tokens) or any(len(tokens.words[k]) != 1 for k in (i, i + 1, i + 2)):
            return None
        return self._name_before_pause(tokens, tokens.starts[i], i + 2)

    def _name_before_pause(self, tokens: Tokens, start: int, last: int) -> Candidate | None:
        """The text from ``start`` to the end of word ``last`` as a person, when it reads as a name and
        a function word or punctuation follows it (what a name LAC cut into pieces is taken on)."""
        if last + 1 >= len(tokens):
            return None
        name = tokens.text[start : tokens.ends[last]]
        if not self.looks_like_name(name) or name[-1] in self.knowledge.never_in_name:
            return None
        if tokens.tags[last + 1] not in _AFTER_NAME_TAGS:
            return None
        return Candidate(start, tokens.ends[last], "Person", Rank.PERSON)

    def looks_like_japanese_name(self, word: str) -> bool:
        """A Japanese name: a family name of ``person_names.yaml`` and one to three characters (上田 + 达郎,
        吉田 + 宪一郎), not one and a form of address (上田 + 先生)."""
        given = self._japanese_given_name_length(word)
        return (
            is_cjk(word)
            and 1 <= given <= _LONGEST_JAPANESE_GIVEN_NAME
            and word[-given:] not in self.knowledge.address_suffixes
        )

    def _japanese_given_name_begun(self, word: str) -> bool:
        """Whether ``word`` is a Japanese family name and the first one or two characters of a given name
        (佐藤恒 + 治, 小林多喜 + 二)."""
        return is_cjk(word) and 1 <= self._japanese_given_name_length(word) < _LONGEST_JAPANESE_GIVEN_NAME

    def _japanese_family_name_alone(self, tokens: Tokens, i: int, title_starts: set[int]) -> bool:
        """Whether LAC read a Japanese family name alone as a person and its given name as a noun (上田 +
        文人 + 、): a word of one or two characters, no title (山田 + 社长) nor form of address (田中 + 先生),
        before a function word or punctuation."""
        if i + 2 >= len(tokens) or self._japanese_given_name_length(tokens.words[i]) != 0:
            return False
        given = tokens.words[i + 1]
        return (
            tokens.tags[i + 1] in _GIVEN_NAME_READINGS
            and 1 <= len(given) <= 2
            and is_cjk(given)
            and tokens.starts[i + 1] not in title_starts
            and given not in self.knowledge.address_suffixes
            and tokens.tags[i + 2] in _AFTER_NAME_TAGS
        )

    def _japanese_given_name_length(self, word: str) -> int:
        """How many characters follow the Japanese family name ``word`` opens with; -1 without one."""
        surname = next((s for s in self.knowledge.japanese_surnames if word.startswith(s)), None)
        return -1 if surname is None else len(word) - len(surname)

    def looks_like_name(self, word: str) -> bool:
        """A Chinese name: a surname and one or two characters (a compound surname and one or two)."""
        if not (2 <= len(word) <= 4 and is_cjk(word)) or self.knowledge.is_form_of_address(word):
            return False
        if word[:2] in self.knowledge.compound_surnames:
            return len(word) >= 3
        return word[0] in self.knowledge.surnames and len(word) <= 3
