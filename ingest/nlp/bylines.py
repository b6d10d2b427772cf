"""An article's own tags: the outlet that publishes it and the people who wrote it, read from its dateline,
byline and source line, which are the article's metadata and no entities of its news.

A newsroom marks its own copy by shape, at the head or tail of the text or of a paragraph: a bracketed
heading (【星云日报】, 【编译李华／综合外电】), a line of its own naming the outlet and its reporters
(文 | 星云周刊记者 张明, 星云晚报／记者李华／台北报导, 星云网 2026-12-07 记者 王芳 报导), a dateline opening a
paragraph (星云快报12月7日消息，, 星云网获悉，, 《星云周刊》记者独家获悉), a bracketed dispatch
(（星云社记者王芳台北7日电）) or a bracketed outlet closing a paragraph (（星云网）), and a source line
(来源：星云日报). The words of these shapes are data (``bylines.yaml``), not a list of outlets.

A journalist exploring the graph takes the publisher as no party to every fact it reports: the outlets in
these tags leave the entities and become the article's :class:`~newsgraph.ingest.records.Byline`, with the
tags as evidence. Its reporters are recorded there too, but stay people the text names, with their 记者 title:
annotated news (CLUENER2020, the real-news gold) takes a bylined reporter as a name and 记者 as a position, and
dropping them lost both there while gaining nothing measured. An outlet the body
cites (据星云日报报道, 星云社引述知情人士, 星云财经周二报导) is no tag of the article's own and stays an entity;
so does any other mention of the own outlet, except one before 记者 (对星云周刊记者表示: its reporter again).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsgraph.ingest.datafiles import load_data_file
from newsgraph.ingest.nlp.candidates import Candidate
from newsgraph.ingest.nlp.knowledge import Knowledge
from newsgraph.ingest.records import Byline

# Labels of the mentions a tag keeps: its reporters and their title (see the module docstring).
_NAMED_IN_TAGS = frozenset({"Person", "Title"})

#: Paragraphs from the text's start where a heading, a byline line or a dateline may stand.
HEAD_PARAGRAPHS = 4
#: The longest line read as a byline line (a sentence of news is longer, or has punctuation).
MAX_LINE_LENGTH = 60
#: The longest outlet name taken from a tag, and from a bracket closing a paragraph (a short name, no remark).
MAX_OUTLET_LENGTH = 16
MAX_CLOSING_LENGTH = 10
_PARAGRAPH = re.compile(r"[^\n]+")
# The separators between the parts of a byline line or a bracketed heading.
_SEPARATORS = re.compile(r"\s*[/／|｜丨]+\s*")
# Punctuation no byline line has (a sentence of news has).
_SENTENCE_MARKS = re.compile(r"[。，,！？!?；;“”「」]")
# A date or time (2026-12-07 14:39:24, 12月7日, 7日).
_DATE = r"(?:\d{2,4}[-./年])?\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}日"
_TRAILING_DATES = re.compile(rf"(?:\s*(?:{_DATE}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?))+\s*$")
# The characters of a name in a tag: no space, digit, punctuation or bracket.
_NAME_CHAR = r"[^\s\d，,。：:；;、（）()【】\[\]「」“”|｜/／丨《》]"
# A person's name written in a tag: two to four Chinese characters (a dot between for a transliteration), or Latin.
_PERSON = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]+·[\u4e00-\u9fff·]+|[A-Za-z][A-Za-z .'-]{1,30})$"
)
# Sentence ends a bracket closing a paragraph follows (no name's gloss: 星云(Nebula) follows a name).
_AFTER_SENTENCE = re.compile(r"(?:^|[。！？!?」”\"…])\s*$")


@dataclass(frozen=True, slots=True)
class _Tag:
    """One tag of the article's own: its span, and the outlets and people it names as written."""

    start: int
    end: int
    outlets: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of ``bylines.yaml`` as patterns."""

    labels: frozenset[str]
    labelled: re.Pattern[str]
    report_end: re.Pattern[str]
    desk_end: re.Pattern[str]
    dispatch: re.Pattern[str]
    dated_words: frozenset[str]
    closing_words: frozenset[str]
    column_words: tuple[str, ...]
    self_names: frozenset[str]
    citing_words: tuple[str, ...]
    opening_bracket: re.Pattern[str]


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _words() -> _Words:
    """The patterns of the tags, compiled once from ``bylines.yaml``."""
    data: dict[str, Any] = load_data_file("bylines")
    # A label inside a part (星云周刊记者 张明): one of two characters or more, so a name's character (文) is none.
    inner_labels = [w for w in data["author_labels"] if len(w) > 1]
    dispatch = (
        rf"(?P<outlet>《[^《》\n]{{1,14}}》|{_NAME_CHAR}{{2,{MAX_OUTLET_LENGTH}}}?)\s*"
        rf"(?:(?:{_alternatives(data['dispatch_leads'])})\s*)?"
        rf"(?:(?P<date>{_DATE})\s*)?"
        rf"(?P<word>{_alternatives(data['dispatch_words'])})(?=[，,：:\s]|$)"
    )
    return _Words(
        labels=frozenset(data["author_labels"]),
        labelled=re.compile(
            rf"^(?P<before>.*?)\s*(?P<label>{_alternatives(inner_labels)})\s*[:：]?\s*(?P<after>.*)$"
        ),
        report_end=re.compile(
            rf"\s*(?P<kind>{_alternatives(data['report_kinds'])})?(?:{_alternatives(data['report_ends'])})\s*$"
        ),
        desk_end=re.compile(rf"(?:{_alternatives(data['desk_ends'])})$"),
        dispatch=re.compile(dispatch),
        dated_words=frozenset(data["dated_dispatch_words"]),
        closing_words=frozenset(data["closing_words"]),
        column_words=tuple(data["column_words"]),
        self_names=frozenset(data["self_names"]),
        citing_words=tuple(data["citing_words"]),
        opening_bracket=_opening_bracket(data),
    )


def _opening_bracket(data: dict[str, Any]) -> re.Pattern[str]:
    """A bracket opening a paragraph, maybe after the own outlet's unnamed dispatch (本报讯（记者张明）): the
    square, round or tortoise-shell brackets newsrooms head their copy with (【…】, （…）, 〔…〕, Taiwan's usual one)."""
    unnamed = rf"(?:{_alternatives(data['self_names'])})(?:{_alternatives(data['dispatch_words'])})\s*"
    return re.compile(
        rf"\s*(?:{unnamed})?[【\[［（(〔](?P<inner>[^【】\[\]［］（）()〔〕\n]{{2,40}})[】\]］）)〕]"
    )


def article_byline(
    text: str, simplified: str, chosen: list[Candidate], knowledge: Knowledge
) -> tuple[list[Candidate], Byline]:
    """``chosen`` without the mentions inside the article's own tags (see the module docstring), and the
    byline those tags make: the outlets and authors they name as ``text`` writes them, and their text as
    evidence. The knowledge's words are matched in ``simplified``, the text's Simplified twin."""
    tags = [tag for tag in _tags(text, simplified, chosen, knowledge) if tag.outlets or tag.authors]
    if not tags:
        return chosen, Byline()
    outlets = _unique(o for tag in tags for o in tag.outlets)
    own = _own_reporter_mentions(text, outlets)
    kept = [
        c
        for c in chosen
        if c.label in _NAMED_IN_TAGS
        or not any(_inside(c, s, e) for s, e in [*((t.start, t.end) for t in tags), *own])
    ]
    authors = _unique(a for t in tags for a in (_people_within(text, t.start, t.end, chosen) or t.authors))
    evidence = _unique(text[t.start : t.end].strip() for t in tags)
    return kept, Byline(outlets, authors, evidence)


def _tags(text: str, simplified: str, chosen: list[Candidate], knowledge: Knowledge) -> Iterator[_Tag]:
    """Every tag of the article's own: heads of the first paragraphs, closing brackets, source lines."""
    paragraphs = [m.span() for m in _PARAGRAPH.finditer(text) if text[m.start() : m.end()].strip()]
    for number, (start, end) in enumerate(paragraphs):
        head = number < HEAD_PARAGRAPHS
        line = _line(text, start, end, chosen) if head or number == len(paragraphs) - 1 else None
        if line is not None:
            yield line
            continue
        if head:
            yield from _opening(text, simplified, (start, end), chosen, knowledge)
        closing = _closing(text, start, end, chosen)
        if closing is not None:
            yield closing
    for match in knowledge.source_lines.finditer(simplified):
        if not knowledge.names_no_outlet(match.group("name")):
            yield _Tag(match.start(), match.end(), (_bare(text[slice(*match.span("name"))]),))


def _line(text: str, start: int, end: int, chosen: list[Candidate]) -> _Tag | None:
    """A paragraph that is a byline line (星云晚报／记者李华／台北报导, 编辑 | 王芳): short, no sentence's punctuation,
    naming a reporter after a label or ending in a report's word after a separator."""
    line = text[start:end].strip()
    if len(line) > MAX_LINE_LENGTH or _SENTENCE_MARKS.search(line):
        return None
    outlets, authors, marked = _read_parts(_SEPARATORS.split(line), _people_within(text, start, end, chosen))
    return _Tag(start, end, outlets, authors) if marked else None


def _read_parts(parts: list[str], people: list[str]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """The outlets and authors of the parts of a byline line or heading, and whether a label or a report's end
    marks them as one (a short line of plain words is a subtitle). After a label come names (张明 李华), or one
    of the ``people`` recognised there and a dispatch's place (张明台北7日电)."""
    words = _words()
    outlets: list[str] = []
    authors: list[str] = []
    marked = False
    after_label = False
    for number, part in enumerate(p.strip() for p in parts):
        if not part or _TRAILING_DATES.fullmatch(part):
            continue
        if part in words.labels:
            marked = after_label = True
            continue
        labelled = words.labelled.match(part)
        named = _without_end(labelled.group("after")) if labelled is not None else ""
        if labelled is not None and (_people(named) is not None or named.startswith(tuple(people or ["\n"]))):
            marked = True
            outlets += _outlet(_TRAILING_DATES.sub("", labelled.group("before")))
            authors += _people(named) or ()
        elif after_label and _people(_without_end(part)) is not None:
            authors += _people(_without_end(part)) or ()
        elif (ending := words.report_end.search(part)) is not None and number > 0:
            marked = True
            if ending.group("kind"):
                outlets += _outlet(part[: ending.start()])
        elif words.desk_end.search(part):
            outlets += _outlet(part)
        elif number == 0:
            outlets += _outlet(_TRAILING_DATES.sub("", part))
        after_label = False
    return tuple(outlets), tuple(authors), marked


def _without_end(words: str) -> str:
    """``words`` without a report's closing word and the date before it (张明 报导, 张明台北 of 张明台北7日电)."""
    return _TRAILING_DATES.sub("", _words().report_end.sub("", _TRAILING_DATES.sub("", words))).strip()


def _people_within(text: str, start: int, end: int, chosen: list[Candidate]) -> list[str]:
    """The people recognised between ``start`` and ``end``."""
    return [text[c.start : c.end] for c in chosen if c.label == "Person" and _inside(c, start, end)]


def _people(words: str) -> tuple[str, ...] | None:
    """The names of people ``words`` lists (张明 李华, 张明、李华); () for no words, None for words naming no one."""
    names = [w for w in re.split(r"[\s、,，]+", words) if w]
    if not all(_PERSON.match(n) for n in names):
        return None
    return tuple(names)


def _outlet(words: str) -> list[str]:
    """``words`` as an outlet's name, if they can be one (a short name, not a label nor 本报, which names none)."""
    name = _bare(words)
    if not 2 <= len(name) <= MAX_OUTLET_LENGTH or _SENTENCE_MARKS.search(name):
        return []
    if name in _words().labels or name in _words().self_names:
        return []
    return [name]


def _bare(name: str) -> str:
    """An outlet's name without the title marks and spaces around it (《星云周刊》)."""
    return name.strip().strip("《》").strip()


def _opening(
    text: str, simplified: str, paragraph: tuple[int, int], chosen: list[Candidate], knowledge: Knowledge
) -> Iterator[_Tag]:
    """The tag opening a paragraph: a bracketed heading (【星云日报】), a bracketed dispatch (（星云社记者王芳台北
    7日电）), a dateline there or after a space (星云快报12月7日消息，, 星云网获悉，, 原标题：… 星云快报讯 记者张明), or an
    outlet's name and a date before a comma (星云网 8月13日，), ``reporting.outlet_ends`` ending the name."""
    start, end = paragraph
    bracket = _words().opening_bracket.match(simplified, start, end)
    if bracket is not None:
        inner = text[slice(*bracket.span("inner"))]
        tag = _heading(text, bracket.start(), bracket.end(), inner, chosen)
        if tag is not None:
            yield tag
            return
    for position in [0, *(m.end() for m in re.finditer(r"\s+", text[start:end]))]:
        dateline = _words().dispatch.match(simplified, start + position, end)
        if dateline is not None and (tag := _dateline(text, dateline, chosen, knowledge)) is not None:
            yield tag
    dated = knowledge.dated_outlets.match(simplified, start, end)
    if dated is not None and not any(
        c.entity_id is not None and _inside(c, *dated.span("name")) for c in chosen
    ):
        yield _Tag(dated.start(), dated.end("name"), tuple(_outlet(text[slice(*dated.span("name"))])))


def _heading(text: str, start: int, end: int, inner: str, chosen: list[Candidate]) -> _Tag | None:
    """A bracketed heading or dispatch: its labelled parts (【编译李华／综合外电】, （星云社记者王芳台北7日电）), or an
    outlet's name alone (【星云日报】, 【星云日报专讯】) where no mention but one spanning the name lies within, and
    which is no column's heading (【星云快讯】)."""
    outlets, authors, marked = _read_parts(_SEPARATORS.split(inner), _people_within(text, start, end, chosen))
    if marked:
        return _Tag(start, end, outlets, authors)
    name = _without_end(inner)
    inside = [c for c in chosen if start <= c.start and c.end <= end]
    if (
        not _written_as_name(inner)
        or inner.endswith(_words().column_words)
        or any(text[c.start : c.end] != name for c in inside)
    ):
        return None
    return _Tag(start, end, tuple(_outlet(name)))


def _dateline(text: str, match: re.Match[str], chosen: list[Candidate], knowledge: Knowledge) -> _Tag | None:
    """A dateline opening a paragraph, naming an outlet the knowledge holds as no other kind of organisation
    and no one's generic word (外媒获悉); an organisation recognised at its start names the outlet of a
    dispatch with its place (星云社 of 星云社北京7日电). Without a date, the words before 获悉 or 讯 name an
    outlet only when recognised as a name, in title marks or ending as outlets' names do (``reporting.outlet_ends``:
    星云财经获悉; 公司近日获悉 is a clause). One cited (据星云社北京7日电) is another's dispatch. ``match`` is read in the Simplified text, the name taken from ``text``."""
    words = _words()
    if match.group("word") in words.dated_words and not match.group("date"):
        return None
    written = match.string[match.start("outlet") : match.end()]
    if written.endswith(words.column_words) or written.startswith(words.citing_words):
        return None
    start, end = match.span("outlet")
    leading = [c for c in chosen if c.start == start and c.end <= end]
    end = max(c.end for c in leading) if leading else end
    bare = _bare(match.string[start:end])
    named = leading or match.string.startswith("《", start) or bare.endswith(knowledge.outlet_ends)
    if any(c.label == "Person" for c in leading) or not (match.group("date") or named):
        return None
    entity_id = knowledge.entity_names.get(bare)
    if entity_id is not None and knowledge.kind_of(entity_id) != "media":
        return None
    if knowledge.names_no_outlet(bare) or bare in knowledge.generic_reporters:
        return None
    return _Tag(match.start(), match.end(), tuple(_outlet(text[start:end])))


def _closing(text: str, start: int, end: int, chosen: list[Candidate]) -> _Tag | None:
    """A bracket closing a paragraph after its last sentence: the reporters and editor it labels (（记者 张明）),
    or the outlet it names ((星云网)) where it holds a short name and no mention but one spanning it."""
    bracket = re.search(r"[（(](?P<inner>[^（）()\n]{2,30})[)）]\s*$", text[start:end])
    if bracket is None or not _AFTER_SENTENCE.search(text, start, start + bracket.start()):
        return None
    tag_start, tag_end = start + bracket.start(), start + bracket.end()
    inner = bracket.group("inner").strip()
    outlets, authors, marked = _read_parts(
        _SEPARATORS.split(inner), _people_within(text, tag_start, tag_end, chosen)
    )
    if marked:
        return _Tag(tag_start, tag_end, outlets, authors)
    inside = [c for c in chosen if tag_start <= c.start and c.end <= tag_end]
    if (
        len(inner) > MAX_CLOSING_LENGTH
        or inner in _words().closing_words
        or not _written_as_name(inner)
        or any(text[c.start : c.end] != inner for c in inside)
    ):
        return None
    return _Tag(tag_start, tag_end, tuple(_outlet(inner)))


def _written_as_name(words: str) -> bool:
    """Whether ``words`` are written as one name: no punctuation, and spaces only between Latin words (Nebula
    News); Chinese words spaced apart are a remark ((本文 观点))."""
    return re.fullmatch(rf"{_NAME_CHAR}+", words.replace(" ", "") if words.isascii() else words) is not None


def _own_reporter_mentions(text: str, outlets: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the own outlets' names right before 记者 anywhere (对星云周刊记者表示): the article's reporter."""
    spans = []
    for outlet in outlets:
        for match in re.finditer(rf"《?{re.escape(outlet)}》?\s*(?=记者|記者)", text):
            spans.append(match.span())
    return spans


def _inside(candidate: Candidate, start: int, end: int) -> bool:
    return start <= candidate.start and candidate.end <= end


def _unique(items: Iterator[str] | list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
