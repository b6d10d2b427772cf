"""News outlets named as the source of a report: 据锐科周刊报道, 晨星财经3月5日报道, The Daily Tech报道称,
Byte星球3月5日消息.

An article names the outlets it cites just before a reporting word (``reporting.verbs`` in
``org_suffixes.yaml``), with at most a date between, itself in a dateline (a date and one of
``reporting.datelines`` before a comma), and, in title marks, before a word of learning
(``reporting.titled_verbs``: 《晨星周刊》了解到, a programme's word maybe between: 《晨星》栏目获悉) or
a byline in brackets and a dateline's word (《晨星周刊》(北京，记者 张明)讯), in a byline of its own in
brackets (【晨星日报专讯】), or in the article's source line (来源：晨星日报; ``reporting.source_lines``):
the words there name an organisation even when they are coined (锐科 + 周刊, which LAC reads as a
name and a noun) or Latin (which LAC may take for a person). A name is taken only when it is a few
words LAC reads as nouns, names or places (a clause, a pronoun or a Chinese person's name is no
outlet: "记者张明报道"), is not a generic reporter (``reporting.generic``: 外媒, 知情人士), and
crosses no mention the recognisers found beyond it. An
outlet the recognisers took for a company or a person becomes an Organization (a source, never a
party to the facts it reports); one the knowledge holds keeps its label, and so does a name starting
with it (路透社 + 香港, a desk), while a longer name ending with it is another outlet (Thomson Reuters).
"""

from __future__ import annotations

import re

from newsgraph.ingest.nlp.candidates import ORG_LABELS, Candidate, Rank, Tokens
from newsgraph.ingest.nlp.knowledge import Knowledge

# A date or time word between an outlet and its reporting word (晨星财经3月5日报道).
_DATE_TAGS = frozenset({"TIME"})
# Labels of mentions a name may contain and replace (a Latin name LAC or the model took for a person).
_REPLACEABLE = frozenset({*ORG_LABELS, "Person", "Location"})
# LAC tags of the words of an outlet's name in a source line: nouns, names, numbers (36 + 氪), Latin words.
_SOURCE_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "PER", "m", "xc", "s"})
# Words before a noun phrase that make it no name (知情人士的说法报道).
_MODIFIERS = frozenset({"的", "之"})
# A name in 《》 right before the reporting word (and its date).
_TITLED = re.compile(r"《([^《》\n]{2,20})》$")
# The word of a dispatch after an outlet's name (专讯, 讯), not the end of a word ending in 讯 that is no dispatch's
# (快讯, 资讯, 简讯, 通讯: 【36氪快讯】 is a column's heading; 聆讯, 问讯, 传讯: a hearing, questioning, a summons).
_DISPATCH = r"(?<![快资简通喜短电视音要資簡電視聆问审传死噩問審傳])(?:专讯|特讯|專訊|特訊|讯|訊)"
# A byline in brackets: an outlet's name and the word of its dispatch (【星云日报专讯】, （星云日报讯）). A reporter
# named in it (（记者张伟讯）) names no outlet.
_BYLINE = re.compile(
    r"[【（(]\s*(?P<name>(?:(?!记者|通讯员|記者|通訊員)[^\s【】（）()，,。:：]){2,12}?)\s*"
    + _DISPATCH
    + r"\s*[】）)]"
)
# A dateline opening a paragraph without brackets (星云快报讯 记者张伟报道, 星云财经讯，, 星云港股讯 10月10日消息): an
# outlet's name and the dispatch's word after a space or the text's start, before a space, a comma, a date or a
# reporter.
_OPEN_DATELINE = re.compile(
    r"(?:^|(?<=\s))(?P<name>[^\s\d【】（）()\[\]，,。:：；;、“”《》]{2,12}?)"
    + _DISPATCH
    + r"(?=\s|[，,：:]|\d|记者|記者)"
)
#: The longest outlet name taken.
MAX_NAME_LENGTH = 20


def reporting_sources(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the outlets named before reporting words (see the module docstring)."""
    chosen = _bylines(tokens, chosen, knowledge)
    for span in _named_outlets(tokens, knowledge):
        span = _channel_of_programme(tokens, chosen, knowledge, *span) or span
        if _outlet(tokens, chosen, knowledge, *span):
            start, end = span
            chosen = [c for c in chosen if not (start <= c.start and c.end <= end)]
            chosen.append(Candidate(start, end, "Organization", Rank.ORGANISATION))
    return chosen


def _bylines(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """``chosen`` with the outlet of each byline, bracketed (【星云日报专讯】, （星云日报讯）), opening a paragraph
    (星云快报讯 记者张伟), or dated at its start (星云网 8月13日，), or after a source line's label (来源：星云快报):
    the name there is the outlet, whatever
    the recognisers read across it (星云日报专讯 as a firm, 星云快报 + 星云快报 as one name)."""
    for match in (
        *_BYLINE.finditer(tokens.text),
        *_open_datelines(tokens.text, chosen),
        *_source_lines(tokens, chosen, knowledge),
        *_dated_outlets(tokens.text, chosen, knowledge),
    ):
        start, end = match.span("name")
        name = match.group("name")
        if name in knowledge.plain_reports or name in knowledge.generic_reporters:
            continue
        chosen = [c for c in chosen if not _crossed(c, match)]
        chosen.append(Candidate(start, end, "Organization", Rank.ORGANISATION))
    return chosen


def _crossed(candidate: Candidate, match: re.Match[str]) -> bool:
    """Whether ``candidate`` lies inside a byline's ``match`` or runs into its outlet's name from outside: the
    name is bounded by the byline's marks (a space, a bracket, a colon), which no other name crosses."""
    start, end = match.span("name")
    inside = match.start() <= candidate.start and candidate.end <= match.end()
    return inside or (candidate.start < end and start < candidate.end)


def _dated_outlets(text: str, chosen: list[Candidate], knowledge: Knowledge) -> list[re.Match[str]]:
    """The paragraphs opening with an outlet's name, a date and a comma with no dateline's word (星云网 8月13日，
    月光智能公告…): the name ends as outlets' do (``reporting.outlet_ends``) and is no known organisation's (a
    known one keeps its own label and kind)."""
    return [
        match
        for match in knowledge.dated_outlets.finditer(text)
        if not any(c.entity_id is not None and c.start <= match.start("name") < c.end for c in chosen)
    ]


def _source_lines(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge) -> list[re.Match[str]]:
    """The source lines (来源：星云快报) naming an outlet the knowledge does not hold (a known one keeps its own
    label and kind): words LAC reads as nouns or names (来源：综合整理, 受访者供图 is a phrase), not only plain or
    generic ones (来源：公司公告, 來源：網路 name no one)."""
    return [
        match
        for match in knowledge.source_lines.finditer(tokens.text)
        if not any(c.entity_id is not None and c.start <= match.start("name") < c.end for c in chosen)
        and all(tokens.tags[i] in _SOURCE_TAGS for i in _words(tokens, *match.span("name")))
        and not knowledge.names_no_outlet(match.group("name"))
    ]


def _open_datelines(text: str, chosen: list[Candidate]) -> list[re.Match[str]]:
    """The datelines opening a paragraph (星云快报讯 记者张伟) whose dispatch's word ends no known organisation's
    name (前 + 腾讯 + ，; a known name stretched over it, 新浪 + 港股讯, is no obstacle): a date between the outlet
    and the word (星云快报8月1日讯) is ``datelines``' to read."""
    return [
        match
        for match in _OPEN_DATELINE.finditer(text)
        if not any(c.entity_id is not None and c.start < match.end() <= c.end for c in chosen)
    ]


def _named_outlets(tokens: Tokens, knowledge: Knowledge) -> list[tuple[int, int]]:
    """The spans that may name an outlet: before each reporting word, and a title in title marks before
    a word of learning or a bracketed byline (《晨星周刊》了解到, 《晨星周刊》(记者 张明)讯)."""
    spans = []
    for position in _reporting_words(tokens, knowledge):
        span = _name_before(tokens, position)
        if span is not None:
            spans.append(_without_description(tokens.text, knowledge, *span))
    return spans + [m.span(1) for m in knowledge.titled_learners.finditer(tokens.text)]


def _channel_of_programme(
    tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge, start: int, end: int
) -> tuple[int, int] | None:
    """The outlet glued before a title in title marks (星云卫视 of 星云卫视《财经夜话》报道): the title is its
    programme or column, the channel or paper before it what reports. None when the words before the title
    name no outlet (内媒《远山财经》, 据《远山财经》): the title is the outlet then."""
    if start == 0 or tokens.text[start - 1] != "《":
        return None
    channel = _name_before(tokens, start - 1)
    if channel is None:
        return None
    channel = _without_description(tokens.text, knowledge, *channel)
    return channel if _outlet(tokens, chosen, knowledge, *channel) else None


def _reporting_words(tokens: Tokens, knowledge: Knowledge) -> list[int]:
    """Where the reporting words start: verbs (报道, 援引), and the closing words of a dateline right after
    its date (IT之家3月1日消息，)."""
    verbs = [
        m.start() for m in knowledge.reporting_verbs.finditer(tokens.text) if m.start() in tokens.start_set
    ]
    datelines = [
        m.start()
        for m in knowledge.datelines.finditer(tokens.text)
        if m.start() in tokens.start_set and _after_date(tokens, tokens.index_at(m.start()))
    ]
    return sorted(verbs + datelines)


def _after_date(tokens: Tokens, i: int) -> bool:
    return i > 0 and tokens.tags[i - 1] in _DATE_TAGS


def _name_before(tokens: Tokens, position: int) -> tuple[int, int] | None:
    """The span of the words that may name an outlet right before ``position`` (a date skipped), or
    the title in 《》 there (内媒《远山财经》报道)."""
    i = tokens.index_at(position) - 1
    if i >= 0 and tokens.tags[i] in _DATE_TAGS:
        i -= 1
    end = tokens.ends[i] if i >= 0 else 0
    titled = _TITLED.search(tokens.text, 0, end)
    if titled is not None:
        return titled.span(1)
    first = tokens.name_run_before(i)
    start = tokens.starts[first] if first < len(tokens) else end
    # A word glued after a title is a part or column of that work (《云端往事》后记援引, 《科技前沿》专栏报道), no outlet.
    if first > 0 and (tokens.words[first - 1] in _MODIFIERS or tokens.text[start - 1] == "》"):
        return None
    start += len(tokens.text[start:end]) - len(tokens.text[start:end].lstrip())
    return (start, end) if start < end else None


def _without_description(text: str, knowledge: Knowledge, start: int, end: int) -> tuple[int, int]:
    """The name without a description of the outlet before it (以色列财经报纸 + Calcalist, 陆媒 + 快科技):
    what follows the last generic word inside it, when that is a name of two characters or more."""
    name = text[start:end]
    cut = max((name.rfind(g) + len(g) for g in knowledge.generic_reporters if g in name[:-2]), default=0)
    return (start + cut, end) if len(name) - cut >= 2 else (start, end)


def _outlet(tokens: Tokens, chosen: list[Candidate], knowledge: Knowledge, start: int, end: int) -> bool:
    """Whether ``start``..``end`` may be a missed outlet's name: long enough, not generic, not a party speaking for
    itself (``own_voice``: 星云科技 + 官方 + 消息称), not a Chinese person's name nor a place (a wire's dateline: 新华社记者 +
    北京 + 5日电), and crossing no mention that reaches beyond it."""
    name = tokens.text[start:end]
    before = tokens.text[max(0, end - MAX_NAME_LENGTH) : end]
    if not 2 <= len(name) <= MAX_NAME_LENGTH or name in knowledge.plain_reports:
        return False
    if name.endswith(knowledge.own_voice):
        return False
    if all(tokens.tags[i] == "LOC" for i in _words(tokens, start, end)) or name in knowledge.place_prefixes:
        return False
    if any(before.endswith(g) for g in knowledge.generic_reporters):
        return False
    if any(tokens.tags[i] == "PER" and not tokens.is_latin(i) for i in _words(tokens, start, end)):
        return False
    inside = [c for c in chosen if c.start < end and start < c.end]
    if any(c.rank == Rank.KNOWN and c.start == start for c in inside):
        return False
    return all(start <= c.start and c.end <= end and c.label in _REPLACEABLE for c in inside)


def _words(tokens: Tokens, start: int, end: int) -> range:
    return range(tokens.index_at(start), tokens.index_at(end - 1) + 1)
