"""Person-title-organisation statements: the ``newsgraph_roles`` spaCy component.

The patterns of ``role_patterns.yaml`` are regular expressions over an
*abstracted* text in which every mention is one placeholder character (an
organisation, a person, a title, anything else) and every other character is
itself. So "原依图科技CTO颜水成" becomes "原<org><title><person>", and one
regex pass per pattern over the whole doc finds all statements of that shape:
linear in the text, and new shapes are data, not code. A personal pronoun
(他, 她) is a person placeholder standing for the person it refers back to.

A match is a *statement*: its people, its titles and, when the shape names
one, the organisation of each title (the nearest organisation before it in
the match). A statement without one gets it from
:mod:`~newsgraph.ingest.nlp.role_attachment`, which weighs the organisations
the sentence, the sentence before and the article offer. Titles are named by
:mod:`~newsgraph.ingest.nlp.role_titles` (qualifier kept, core normalised).

Each role is appended to ``doc._.roles`` as a :class:`records.Role` with the
person's and organisation's entity ids, the title, whether it is current, and
the sentence it was read from (offsets into the original text).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from newsgraph.ingest.datafiles import load_data_file
from newsgraph.ingest.nlp.knowledge import Knowledge, load_knowledge
from newsgraph.ingest.nlp.role_attachment import Attachment, Placed, Site
from newsgraph.ingest.nlp.role_text import (
    ORG,
    OTHER,
    PERSON,
    TITLE,
    Abstracted,
    abstract,
    is_nominal,
    sentence_bounds,
    surface,
)
from newsgraph.ingest.nlp.role_titles import TitleNamer
from newsgraph.ingest.records import Role
from spacy.language import Language
from spacy.tokens import Doc, Span

_SPACE = "[ \t\u3000]*"
# How far back the subject of a clause without one is looked for.
_SUBJECT_REACH = 120
# How far back, in its paragraph, the person a biography is about is looked for from a sentence without a
# subject (a résumé lists its posts over several sentences: 张伟，男，…。曾任A公司CTO。现任B公司董事长。).
_BIOGRAPHY_REACH = 400
# How far back a relative clause of a past post (``former_relative``: 已于上月离职的) is looked for.
_RELATIVE_CHARS = 20
# Characters that end a clause (and a sentence).
_CLAUSE_ENDS = "。！？!?；;\n，,"
# Characters that end a sentence (a biography's ； ends one post's sentence: 2019年至今任A董事；…).
_SENTENCE_ENDS = "。！？!?；;\n"
# How far back from a title a Latin name written before it (``latin_owner``) is looked for.
_OWNER_CHARS = 40
# Punctuation that ends a qualifier or a unit between an organisation and a title.
_PUNCTUATION = r"，,。；;：:、（）()“”\"「」《》!！?？\-—/|·\n"


@dataclass(frozen=True, slots=True)
class RolePattern:
    name: str
    regex: re.Pattern[str]
    current: bool
    # The title of a pattern that names it in words (由X创立 -> 创始人).
    title: str | None
    # Whether the person is the subject of an earlier clause (the pattern starts with {clause}).
    clause_subject: bool
    # Whether the n-th person holds the n-th title (张伟和李强分别担任CEO和CTO).
    respectively: bool
    # Whether the pattern is a clause of a biography's list of posts (see ``listing`` in the yaml).
    listed: bool
    # Whether what the words right before the match name is the organisation (青松基金由张伟创办).
    subject_before: bool
    # Whether its people take over the posts the statement before it left (辞去CEO职务，由李强接任).
    takes_over: bool


@dataclass(slots=True)
class Statement:
    """One match: its people, each title's position and organisation (None: to attach), its tense."""

    start: int
    end: int
    people: list[int]
    titles: list[tuple[int, Span | None]]
    current: bool
    pattern: RolePattern

    def people_of(self, title: int) -> list[int]:
        """The people holding the statement's ``title``-th title: all, or the one at its place (分别)."""
        if self.pattern.respectively and len(self.people) == len(self.titles):
            return [self.people[title]]
        return self.people


class RoleExtractor:
    """Finds roles stated in the doc with the patterns of ``role_patterns.yaml``."""

    def __init__(self, data: dict[str, Any], knowledge: Knowledge) -> None:
        joiners = "|".join(re.escape(j) for j in data["title_joiners"])
        # A post of the chain may be a former one, told before its organisation (X CEO、前Y副总裁).
        times = "|".join(re.escape(w) for w in (*data["former_before"], *data["current_before"]))
        people = "|".join(re.escape(j) for j in data["person_joiners"])
        comitatives = "|".join(re.escape(j) for j in data["comitatives"])
        determiners = "|".join(re.escape(w) for w in data["title_subject_determiners"])
        # A clause whose own subject is a title (，该高管曾任…): a subject's words up to its verb do not reach it.
        other_subject = rf"(?![，,]{_SPACE}(?:{determiners}){_SPACE}{TITLE})"
        staff = rf"(?!{'|'.join(re.escape(w) for w in data['staff_after'])})"
        aside = rf"(?:{_SPACE}[（(][^（()）。，,]{{1,24}}[）)])?"
        # Any words but mentions other than places and dates (checked to be nominal: see _statement).
        unit = rf"[^{ORG}{PERSON}{TITLE}{_PUNCTUATION}]{{0,{data['unit_max_chars']}}}?"
        self.macros = {
            # An organisation may be followed by its name or ticker in brackets (依图科技（Yitu）) and be
            # named through its parent (A集团旗下B).
            "{org}": rf"(?:{ORG}{aside}{_SPACE}旗下{_SPACE})?(?P<org>{ORG}){aside}{_SPACE}",
            # Words between an organisation and its title (a unit, a field, 的): checked to be nominal.
            "{unit}": rf"(?P<unit>{unit})",
            # Titles joined by 兼/、/和..., each possibly with its own unit or organisation before it and
            # a gloss in brackets after it (首席技术官（CTO）), but not one whose holder's staff follows it
            # (董事长秘书, 财务总监助理: the title is someone else's).
            "{titles}": (
                rf"(?P<titles>{TITLE}{staff}{aside}"
                rf"(?:{_SPACE}(?:{joiners}){_SPACE}(?:(?:{times}){_SPACE})?(?:{ORG}{aside}{_SPACE})?{unit}{TITLE}{staff}{aside})*)"
            ),
            "{person}": rf"{_SPACE}[:：]?{_SPACE}(?P<people>{PERSON}){aside}",
            # The verb of a post passed on (法定代表人由张伟变更为李强).
            "{changed_to}": rf"{_SPACE}(?:{'|'.join(re.escape(w) for w in data['change_verbs'])})",
            # Standings that are no titles, joined to one before its holder (创始人和大股东为张伟).
            "{standings}": rf"{_SPACE}(?:{'|'.join(re.escape(w) for w in data['standings'])})",
            # A second person of a statement who holds none of its titles (张伟接替李强出任CEO).
            "{person_replaced}": rf"{_SPACE}{PERSON}{aside}",
            "{people}": (
                rf"{_SPACE}[:：]?{_SPACE}(?P<people>{PERSON}{aside}(?:{_SPACE}(?:{people}){_SPACE}{PERSON}{aside})*)"
            ),
            # Two people joined as a pair, also by a comitative (张伟与李强…，二人分别…): a count word after
            # them says they are the subject together.
            "{pair}": (
                rf"{_SPACE}(?P<people>{PERSON}{aside}{_SPACE}(?:{people}|{comitatives}){_SPACE}{PERSON}{aside})"
            ),
            # The subject of a clause: a person near its start (or several joined: 张伟、李强两人自2019年起
            # 担任…), then words up to the verb without another. What leads to it is checked to hold no
            # comitative (，和李强一起…: see _statement).
            "{subject}": (
                rf"(?:^|(?<=[{_CLAUSE_ENDS}]))(?P<lead>[^{PERSON}{_CLAUSE_ENDS}]{{0,8}}?)"
                rf"(?P<people>{PERSON}{aside}(?:{_SPACE}(?:{people}){_SPACE}{PERSON}{aside})*)"
                rf"(?:{other_subject}[^{PERSON}。！？!?；;\n]){{0,{data['subject_gap']}}}?"
            ),
            # The start of a clause without a subject of its own (after a comma or, in a biography, a
            # sentence end; maybe a date or an adverb): its subject is found by :func:`_clause_subject`,
            # else by :meth:`RoleExtractor._biography_subject`. No title before the verb: a clause opening with
            # one is about that post's holder (公司表示，新任CFO曾任华为财务总监: not the subject's).
            # Before 于: not the end of a word of coming from or studying (毕业 + 于: no 于 of serving).
            "{origin_not_before}": "".join(
                f"(?<!{re.escape(w[:-1])})" for w in data["attachment"]["origins"] if w.endswith("于")
            ),
            "{clause}": rf"(?<=[，,。；;]){_SPACE}[^{PERSON}{TITLE}{_CLAUSE_ENDS}]{{0,12}}?",
        }
        self.knowledge = knowledge
        self.namer = TitleNamer(data, knowledge)
        self.attachment = data["attachment"]
        self.pronouns = frozenset(data["pronouns"])
        self.no_posts = frozenset(data["no_posts"])
        self.units = frozenset(data["unit_names"])
        self.patterns = [self._compile(p) for p in data["patterns"]]
        self.former_before = tuple(data["former_before"])
        self.current_before = tuple(data["current_before"])
        self.former_after = re.compile(data["former_after"])
        self.future_after = re.compile(data["future_after"])
        self.former_relative = re.compile(data["former_relative"])
        self.past_cues = tuple(data["past_cues"])
        self.past_period = re.compile(data["past_period"])
        self.present_cues = tuple(data["present_cues"])
        self.permanent_titles = frozenset(data["permanent_titles"])
        self.sole_posts = frozenset(data["sole_posts"])
        self.future_cues = tuple(data["future_cues"])
        self.continuing_cues = tuple(data["continuing_cues"])
        self.denials = tuple(data["denials"])
        self.denial_negations = tuple(data["denial_negations"])
        self.comitatives = tuple(data["comitatives"])
        self.listing_opening = re.compile(data["listing_opening"])
        self.listing_verbs = re.compile(data["listing_verbs"])
        scopes = {*data["scope_words"], *knowledge.title_prefixes, *knowledge.title_qualifiers}
        self.region_ends = tuple(data["region_ends"])
        self.latin_owner = re.compile(data["latin_owner"])
        self.scope_words = tuple(sorted(scopes, key=len, reverse=True))

    def _compile(self, pattern: dict[str, Any]) -> RolePattern:
        regex = pattern["regex"]
        for macro, group in self.macros.items():
            regex = regex.replace(macro, group)
        title = self.knowledge.titles.get(pattern["title"]) if "title" in pattern else None
        return RolePattern(
            pattern["name"],
            re.compile(regex),
            pattern["current"],
            title,
            pattern["regex"].startswith("{clause}"),
            pattern.get("respectively", False),
            pattern.get("listed", False),
            pattern.get("subject_before", False),
            pattern.get("takes_over", False),
        )

    def __call__(self, doc: Doc) -> Doc:
        abstracted = abstract(doc, self.pronouns, self.namer.nominal_mask(doc), self.units)
        statements = self._statements(abstracted)
        attachment = Attachment(self.attachment, abstracted)
        doc._.roles = _unique(doc._.roles + self._roles(doc, abstracted, statements, attachment))
        return doc

    def _statements(self, abstracted: Abstracted) -> list[Statement]:
        """Every pattern's matches, in text order; a person's title is stated once (the first pattern wins)."""
        statements: list[Statement] = []
        claimed: set[tuple[int, int]] = set()
        for pattern in self.patterns:
            for statement in self._pattern_statements(abstracted, pattern):
                pairs = {(p, t) for p in statement.people for t, _ in statement.titles}
                if pairs and not pairs & claimed:
                    claimed |= pairs
                    statements.append(statement)
        return _taken_over(abstracted.text, sorted(statements, key=lambda s: s.start))

    def _pattern_statements(self, abstracted: Abstracted, pattern: RolePattern) -> list[Statement]:
        """The statements of ``pattern``'s matches. A subject whose first verb's post is no role title
        (张伟曾在A公司担任架构师，后加入B公司任副总裁) is read again with that post set aside: a match
        ends where the first verb's post does, and the later verb of the subject would go unread."""
        text = abstracted.text
        found: list[Statement] = []
        position = 0
        while (match := pattern.regex.search(text, position)) is not None:
            statement = self._statement(abstracted, pattern, match)
            posts = [at for at, _ in statement.titles if at >= 0] if statement is not None else []
            if posts and "lead" in pattern.regex.groupindex and not self._any_role(abstracted, statement):
                text = "".join(OTHER if i in posts else char for i, char in enumerate(text))
                continue
            if statement is not None:
                found.append(statement)
            position = max(match.end(), match.start() + 1)
        return found

    def _any_role(self, abstracted: Abstracted, statement: Statement) -> bool:
        """Whether any title of ``statement`` makes a role (an occupation makes none where the pattern
        does not take one)."""
        return any(self._title(abstracted, statement, at) is not None for at, _ in statement.titles)

    def _statement(
        self, abstracted: Abstracted, pattern: RolePattern, match: re.Match[str]
    ) -> Statement | None:
        text = abstracted.text
        if "unit" in pattern.regex.groupindex and not is_nominal(abstracted, *match.span("unit")):
            return None
        if "lead" in pattern.regex.groupindex and surface(abstracted, *match.span("lead")).endswith(
            self.comitatives
        ):
            return None  # the people are whom the subject acts with (，和李强一起…)
        start = match.start()
        if pattern.subject_before and self._unrecognised_subject(abstracted, start, match.end()):
            return None  # what was founded is a name not recognised: no other organisation is it
        if pattern.clause_subject:
            subject = _clause_subject(text, start)
            if subject is None:
                # A sentence of a biography's list (…。2015年至2019年，任A公司CTO；): its words alone tell the tense.
                subject = self._biography_subject(text, start)
                if subject is None:
                    return None
                start = _sentence_start(text, start)
            elif pattern.listed and not self._listing(text, subject, start):
                return None  # no biography: the subject only speaks of the post (张伟表示，月光智能CEO，…)
            else:
                start = subject
            people = [subject]
        else:
            people = _people(text, *match.span("people"))
        titles = self._titles_of(abstracted, pattern, match)
        if pattern.respectively and "orgs" in pattern.regex.groupindex and len(titles) != len(people):
            return None  # not one person per organisation (A和B的CEO分别是张伟): who holds which is not told
        first_title = titles[0][0] if titles[0][0] >= 0 else match.end()
        words = surface(abstracted, _predicate_start(abstracted, pattern, match, start), first_title)
        if pattern.current and self._future(words):
            return None  # a role yet to start; one about to end (将不再担任) was held all the same
        current = pattern.current and not self._former(abstracted, start, words, match.end())
        if "now" in pattern.regex.groupindex and match.group("now") and not current:
            return None  # 为/是 is a post's verb after a present time only (目前为), not a past one (此前为)
        return Statement(start, match.end(), people, titles, current, pattern)

    def _future(self, words: str) -> bool:
        """Whether ``words`` before a title tell of a post yet to start (将出任), not of one kept (将继续担任)."""
        return any(cue in words for cue in self.future_cues) and not any(
            cue in words for cue in self.continuing_cues
        )

    def _unrecognised_subject(self, abstracted: Abstracted, start: int, end: int) -> bool:
        """Whether what was founded is a name no mention recognised: the nouns right before ``start``
        (该轮投资方青松基金 + 由张伟创办), or those after a 的 that follows the match in its clause (由张伟创建
        于八世纪的云岩寺); at least two characters, not a generic noun (这家初创企业, 的公司)."""
        text = abstracted.text
        clause_end = _end_of(text, end, _CLAUSE_ENDS)
        of = text.find("的", end, clause_end)
        if of < 0:
            first = start
            while first > 0 and abstracted.nominal[first - 1]:
                first -= 1
            return self._unrecognised(surface(abstracted, first, start))
        last = of + 1
        while last < clause_end and abstracted.nominal[last]:
            last += 1
        return self._unrecognised(surface(abstracted, of + 1, last))

    def _unrecognised(self, words: str) -> bool:
        words = words.strip()
        return len(words) >= 2 and not self.knowledge.is_generic(words, placed=False)

    def _biography_subject(self, text: str, at: int) -> int | None:
        """The person a biography is about, for the clause at ``at`` in a sentence naming no person (张伟，男，
        1975年出生。曾任A公司CTO；2019年至今任B公司董事长，C公司董事。): the nearest person before it in its
        paragraph, within ``_BIOGRAPHY_REACH`` characters, who starts a sentence whose first clause opens a
        biography (see :meth:`_listing`: 张伟，男，; 张伟先生曾任…). Not one who only speaks (张伟表示，…。
        曾任A公司CTO的李强…: a sentence with a person of its own is not the biography's)."""
        sentence_start = _sentence_start(text, at)
        if PERSON in text[sentence_start : _end_of(text, at, _SENTENCE_ENDS)]:
            return None
        paragraph_start = text.rfind("\n", 0, sentence_start) + 1
        subject = text.rfind(PERSON, max(paragraph_start, sentence_start - _BIOGRAPHY_REACH), sentence_start)
        if subject < 0 or text[paragraph_start:subject].rstrip()[-1:] not in ("", *_SENTENCE_ENDS):
            return None
        return subject if self._listing(text, subject, _end_of(text, subject, _CLAUSE_ENDS) + 1) else None

    def _listing(self, text: str, subject: int, start: int) -> bool:
        """Whether the words from the ``subject`` to the clause at ``start`` are a biography's: the name
        alone in its clause (张伟，男，…) or a verb of holding posts among them (张伟曾任A公司CTO，…)."""
        return bool(
            self.listing_opening.match(text, subject + 1, start)
            or self.listing_verbs.search(text, subject + 1, start)
        )

    def _titles_of(
        self, abstracted: Abstracted, pattern: RolePattern, match: re.Match[str]
    ) -> list[tuple[int, Span | None]]:
        """Each title of a match with its organisation; a pattern naming its title gives one at -1, and one
        listing organisations (``orgs``: A和B的CEO分别是…, 先后在A、B担任CEO) its one title once at each of them."""
        org_start = match.start("org") if "org" in pattern.regex.groupindex else -1
        if "titles" not in pattern.regex.groupindex:
            return [(-1, abstracted.slots[org_start] if org_start >= 0 else None)]
        if "orgs" in pattern.regex.groupindex:
            orgs = range(*match.span("orgs"))
            return [(match.start("titles"), abstracted.slots[i]) for i in orgs if abstracted.text[i] == ORG]
        return [
            (i, self._org_before(abstracted, match.start(), i, org_start))
            for i in range(*match.span("titles"))
            if abstracted.text[i] == TITLE
        ]

    @staticmethod
    def _org_before(abstracted: Abstracted, start: int, title_at: int, org_start: int) -> Span | None:
        """The organisation of a title in a match: the nearest one before it outside a bracketed gloss ("X（Y的
        子公司）CEO": X's), else the match's own, written after its titles in English (CEO of Nebula); None if
        the match has none."""
        if org_start < 0:
            return None
        text = abstracted.text
        at = text.rfind(ORG, start, title_at)
        closed = max(text.rfind("）", start, title_at), text.rfind(")", start, title_at))
        if at >= 0 and closed > at:
            opened = max(text.rfind("（", start, at), text.rfind("(", start, at))
            at = text.rfind(ORG, start, opened) if opened >= 0 else at
        return abstracted.slots[at if at >= 0 else org_start]

    def _roles(
        self, doc: Doc, abstracted: Abstracted, statements: list[Statement], attachment: Attachment
    ) -> list[Role]:
        original = doc._.text_original
        bounds = sentence_bounds(original)
        placed: list[Placed] = []
        roles: list[Role] = []
        for statement in statements:
            start, end = _sentence_of(bounds, abstracted.offsets[statement.start], len(original))
            org_of_statement = None
            for index, (title_at, org) in enumerate(statement.titles):
                named = self._title(abstracted, statement, title_at)
                if named is None:
                    continue
                title, former, written, core = named
                if statement.pattern.takes_over and title in self.permanent_titles:
                    continue  # one who founds stays the founder: a successor takes over the post, not that
                chained = self._time_in_chain(abstracted, statement, index, title_at)
                # The successor of a post 原/前 marks as left holds it now (原CEO张伟离职，由李强接任).
                former = (former and not statement.pattern.takes_over) or chained == self.former_before
                # An organisation not written right before the title: the chain's earlier one or the context's.
                borrowed = org is None or (index > 0 and org is statement.titles[index - 1][1])
                if org is None:
                    site = Site(
                        max(title_at, statement.start),
                        statement.start,
                        statement.end,
                        frozenset(statement.people),
                        title,
                    )
                    found = attachment.attach(site, placed)
                    org = found.org if found else None
                if borrowed and org is not None and self._names_an_owner(title, core, abstracted, title_at):
                    continue  # the title's owner is a name not recognised, not the one borrowed
                org_of_statement = org_of_statement or org
                current = (
                    (statement.current and not former)
                    or title in self.permanent_titles
                    or chained == self.current_before
                )
                org_id = org._.entity_id if org is not None else None
                for person_at in self._holders(statement, index, title, current, title_at):
                    person = abstracted.slots[person_at]
                    roles.append(
                        Role(
                            person._.entity_id,
                            org_id,
                            title,
                            current,
                            original[start:end],
                            start,
                            end,
                            written,
                        )
                    )
            placed.append(Placed(statement.end, org_of_statement))
        return roles

    def _holders(
        self, statement: Statement, index: int, title: str, current: bool, title_at: int
    ) -> list[int]:
        """The people holding the statement's ``index``-th title: a post one person holds at a time
        (``sole_posts``) held now and written before several people is the first one's (星云科技CEO张伟、李强和
        王芳出席: 李强 and 王芳 are only named with him)."""
        people = statement.people_of(index)
        if current and title in self.sole_posts and people[0] > title_at:
            return people[:1]
        return people

    def _title(
        self, abstracted: Abstracted, statement: Statement, title_at: int
    ) -> tuple[str, bool, str, str] | None:
        """(title, whether the qualifier marks it past, the title as written with its qualifier, its core
        label) of the title at ``title_at``, or None if no role title. An occupation (研究员, 教授, 经理) is
        a role title only where the statement writes its organisation (张伟曾任谷歌研究员): alone (记者张伟)
        it says what the person does, not where; and never one that holds no post (学生, 投资人)."""
        pattern = statement.pattern
        if pattern.title is not None:
            return pattern.title, False, "", pattern.title
        mention = abstracted.slots[title_at]
        qualifier = self.namer.qualifier(abstracted.nominal, title_at)
        qualifying = surface(abstracted, qualifier.start, title_at).strip()
        named = self.namer.name(mention, qualifying)
        if named is None:
            return None
        title, core = named
        if core not in self.knowledge.role_titles and (
            core in self.no_posts or not _org_written(statement, title_at)
        ):
            return None
        return title, qualifier.former, qualifying + mention.text, core

    def _names_an_owner(self, title: str, core: str, abstracted: Abstracted, title_at: int) -> bool:
        """Whether the words before a title no field qualifies (a chief, a board post, a founder) are the
        tail of a name not recognised (云朵果园 + 创始人 read as 果园创始人), not its scope (全球, 集团, 代,
        技术, a place), or a Latin name no mention covers is written right before a Chinese title (see
        ``latin_owner``) and not read as the title's field (Android负责人): the title is that name's, so an
        organisation the context offers is wrong for it."""
        owner = (
            self.latin_owner.search(abstracted.text, max(0, title_at - _OWNER_CHARS), title_at)
            if title_at in abstracted.slots and not abstracted.slots[title_at].text.isascii()
            else None
        )
        # A Latin word the title takes as its field (Android负责人, iPhone业务总裁: a product's) owns nothing.
        if owner and not title.startswith(owner.group().rstrip(" \t的前原)）")):
            return True
        if core not in self.knowledge.unqualified_titles or not title.endswith(core):
            return False
        words = title[: -len(core)].strip()
        while known := next((w for w in self.scope_words if words.endswith(w)), None):
            words = words[: -len(known)]
        return bool(words) and not (
            self.knowledge.place_at(words, 0) == words
            or words.endswith(self.region_ends)
            or self.knowledge.is_generic(words, placed=False)
        )

    def _time_in_chain(
        self, abstracted: Abstracted, statement: Statement, index: int, title_at: int
    ) -> tuple[str, ...] | None:
        """The words of when a later title of a chain was held (``former_before`` or ``current_before``)
        when one of them stands before its organisation (X CEO、前Y副总裁; 前X CEO、现任Y副总裁: a post
        still held, though 前 opens the chain), else None."""
        if index == 0:
            return None
        previous = statement.titles[index - 1][0]
        org_at = abstracted.text.rfind(ORG, previous, title_at)
        if org_at <= previous:
            return None
        return next(
            (
                words
                for words in (self.former_before, self.current_before)
                if abstracted.text.endswith(words, previous + 1, org_at)
            ),
            None,
        )

    def _former(self, abstracted: Abstracted, start: int, words: str, end: int) -> bool:
        """Whether a word such as 原/前/曾任 or a relative clause of a past post (此前担任…的, 已离职的)
        precedes the statement, a past cue (此前) is among its ``words`` before the title (see
        :meth:`_past`), or 已于上月离职 follows it, at no future time
        (于下月离任), and is not denied (星云科技否认CTO张伟离职)."""
        text = abstracted.text
        if any(text.endswith(w, 0, start) for w in self.former_before) or self._past(words):
            return True
        # On the words as written: LAC reads 此前 and 早年 as dates.
        if self.former_relative.search(surface(abstracted, max(0, start - _RELATIVE_CHARS), start)):
            return True
        leaving = self.former_after.match(text, end)
        return (
            leaving is not None
            and not self.future_after.match(surface(abstracted, end, leaving.end()))
            and not self._denied(text, start)
        )

    def _denied(self, text: str, start: int) -> bool:
        """Whether a denial word stands before ``start`` in its clause (星云科技否认CTO张伟离职), not
        right after a negation (星云科技不否认…): a denial in an earlier clause is about something else
        (星云科技澄清了财报问题，CTO张伟已于上月离职)."""
        clause_start = max(text.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1
        for word in self.denials:
            at = text.find(word, clause_start, start)
            while at >= 0:
                if not text.endswith(self.denial_negations, clause_start, at):
                    return True
                at = text.find(word, at + 1, start)
        return False

    def _past(self, words: str) -> bool:
        """Whether a past cue or a period ending in a year (2015年至2019年任) is among ``words`` with no
        present cue after it: a biography moves on to the role held now (张伟曾在X工作，现任Y CEO: current)."""
        periods = [m.start() for m in self.past_period.finditer(words)]
        past = max([*(words.rfind(cue) for cue in self.past_cues), *periods])
        return past >= 0 and past > max(words.rfind(cue) for cue in self.present_cues)


def _org_written(statement: Statement, title_at: int) -> bool:
    """Whether the statement's match names the organisation of its title at ``title_at``."""
    return any(at == title_at and org is not None for at, org in statement.titles)


def _predicate_start(abstracted: Abstracted, pattern: RolePattern, match: re.Match[str], start: int) -> int:
    """Where the words telling when the statement's post is held start: at its subject when what leads to the
    subject ends in 的, a relative clause about another post (曾任A公司副总裁的张伟已加入B公司担任董事: 曾 is not the
    tense of B's post), else at ``start``."""
    if "lead" in pattern.regex.groupindex and surface(abstracted, *match.span("lead")).endswith("的"):
        return match.start("people")
    return start


def _taken_over(text: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` with each of a ``takes_over`` pattern given the titles (and their organisations) of the
    nearest statement before it in its sentence of a post left (张伟辞去星云科技CEO职务，由李强接任: CEO at 星云科技),
    and dropped when there is none: taking over says which post only through the one who left it."""
    kept: list[Statement] = []
    for statement in statements:
        if statement.pattern.takes_over:
            sentence_start = _sentence_start(text, statement.start)
            left = next(
                (
                    s
                    for s in reversed(kept)
                    if not s.current and sentence_start <= s.start and s.end <= statement.start
                ),
                None,
            )
            if left is None:
                continue
            statement.titles = list(left.titles)
        kept.append(statement)
    return kept


def _people(text: str, start: int, end: int) -> list[int]:
    """The person placeholders in ``start:end`` outside brackets (张伟（Zhang Wei） is one person)."""
    depth = 0
    found = []
    for i in range(start, end):
        char = text[i]
        depth += (char in "（(") - (char in "）)")
        if char == PERSON and depth <= 0:
            found.append(i)
    return found


def _clause_subject(text: str, at: int) -> int | None:
    """The subject of the clause starting at ``at``: the person starting the nearest earlier clause of
    the sentence that starts with one ("张伟2017年加入星云，与李强同为核心成员，并担任CTO" -> 张伟),
    looked for at most ``_SUBJECT_REACH`` characters back."""
    reach = max(0, at - _SUBJECT_REACH)
    clause_end = at
    while clause_end > reach and text[clause_end - 1] in "，,":
        clause_start = max(text.rfind(c, reach, clause_end - 1) for c in _CLAUSE_ENDS) + 1
        if clause_start == 0 and reach > 0:
            return None
        first = (
            clause_start + len(text[clause_start:clause_end]) - len(text[clause_start:clause_end].lstrip())
        )
        if text.startswith(PERSON, first):
            return first
        clause_end = clause_start
    return None


def _end_of(text: str, at: int, ends: str) -> int:
    """Where the first of the characters ``ends`` after ``at`` stands (the end of a clause or sentence), else
    the end of the text."""
    return min((i for i in (text.find(c, at) for c in ends) if i >= 0), default=len(text))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after 。, ；, a line break ...)."""
    return max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1


def _sentence_of(starts: list[int], offset: int, length: int) -> tuple[int, int]:
    index = bisect_right(starts, offset) - 1
    end = starts[index + 1] if index + 1 < len(starts) else length
    return starts[index], end


def _unique(roles: list[Role]) -> list[Role]:
    """One role per person, organisation, title and tense, its first statement kept."""
    kept: dict[tuple[str, str | None, str, bool], Role] = {}
    for role in roles:
        kept.setdefault((role.person, role.org, role.title, role.current), role)
    return list(kept.values())


@Language.factory("newsgraph_roles")
def make_role_extractor(nlp: Language, name: str) -> RoleExtractor:
    """The role extractor over ``role_patterns.yaml``."""
    return RoleExtractor(load_data_file("role_patterns"), load_knowledge())
