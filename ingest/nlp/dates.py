"""Finding Chinese date expressions in text and resolving them to calendar dates.

News dates events relative to the day of publication ("昨日", "上周",
"今年2月"), so a date is only meaningful against that reference. Every
expression resolves to the first day of the period it names ("去年" ->
1 January of last year, "2021年2月至3月" -> 1 February 2021) because a
graph sorts and filters events by when they started. Without a reference
date only expressions that carry their own year resolve.

Pure functions: no state beyond the word table in ``data/dates.yaml``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from newsgraph.ingest.datafiles import load_data_file

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
_YEAR_NUM = r"(?<!\d)\d{4}|[〇零一二三四五六七八九]{4}"
# A month-day without a year this far after the reference is taken as last year's (news looks back).
_MAX_FUTURE_DAYS = 183
# A bare day of the month this far after the reference is taken as last month's.
_MAX_FUTURE_DAY_OF_MONTH = 15
# Words joining the two ends of a range ("2021年2月至3月"); the range is dated by its start.
_RANGE_JOINERS = ("至", "到", "-", "—", "~", "～")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text, with its offsets and resolved value."""

    text: str
    start: int
    end: int
    value: date


def _alternation(words: dict[str, Any]) -> str:
    """A regex alternation of the words, longest first so "上个月" wins over "上月"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    """One regex for every supported expression, alternatives in priority order."""
    w = load_data_file("dates")
    rel_year, rel_month, rel_week = (
        _alternation(w["years"]),
        _alternation(w["months"]),
        _alternation(w["weeks"]),
    )
    month_part, year_part = _alternation(w["month_parts"]), _alternation(w["year_parts"])
    weekday, units, days = _alternation(w["weekdays"]), _alternation(w["units"]), _alternation(w["days"])
    quantity = _alternation(dict.fromkeys(w["quantity_units"]))
    # 上/下 ending a verb before it ("拿下 + 月之暗面", "赶上 + 周末") opens no relative week or month.
    not_complement = rf"(?!(?<=[{''.join(w['complement_verbs'])}])[上下])"
    # "工作三年后": a stint's length, no date (see ``stint_verbs``).
    after_no_stint = "".join(
        f"(?<!{v}{between})"
        for v in map(re.escape, w["stint_verbs"])
        for between in ("", "了", "满", "近", "了近")
    )
    day = rf"(?P<d>{_NUM})[日号]"
    month_tail = rf"(?P<m>{_NUM})月份?(?:{day}|(?P<mp>{month_part}))?"
    parts = [
        # A numeric date is no amount: "1079.6万元" and "2000-10亿" name quantities, not months.
        rf"(?P<iy>(?<![\d.])\d{{4}})[-/.](?P<im>\d{{1,2}})(?:[-/.](?P<id>\d{{1,2}}))?(?!\d|\.\d|{quantity})",
        rf"(?:(?P<y>{_YEAR_NUM})年|(?P<ry>{rel_year}))(?:{month_tail}|(?P<yp>{year_part}))?",
        rf"{after_no_stint}(?<![\d〇零一二两三四五六七八九十百])(?P<n>{_NUM}|半)(?P<unit>{units})(?:之|以)?(?P<dir>前|后)",
        month_tail.replace("?P<", "?P<x"),
        rf"{not_complement}(?P<rm>{rel_month})(?:(?P<rd>{_NUM})[日号]|(?P<rmp>{month_part}))?",
        rf"{not_complement}(?P<rw>{rel_week})(?:(?:周|星期)?(?P<rwd>{weekday}))?",
        rf"(?:周|星期|礼拜)(?P<wd>{weekday})",
        rf"(?P<dw>{days})",
        r"(?<![\d月])(?P<bd>\d{1,2})[日号]",
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts))


def _number(text: str) -> int:
    """An Arabic or Chinese numeral ("12", "十二", "二〇二一") as an int."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _month_day(g: dict[str, str | None], year: int, prefix: str = "") -> date | None:
    """The date of a "<month>月[<day>日|<part>]" tail in a known year."""
    words = load_data_file("dates")
    month = _number(g[f"{prefix}m"] or "")
    if g[f"{prefix}d"]:
        return _safe_date(year, month, _number(g[f"{prefix}d"] or ""))
    return _safe_date(year, month, words["month_parts"][g[f"{prefix}mp"]] if g[f"{prefix}mp"] else 1)


def _year_expression(g: dict[str, str | None], ref: date | None) -> date | None:
    words = load_data_file("dates")
    if g["y"]:
        year = _number(g["y"])
    elif ref is None:
        return None
    else:
        year = ref.year + words["years"][g["ry"]]
    if g["m"]:
        return _month_day(g, year)
    return date(year, words["year_parts"][g["yp"]] if g["yp"] else 1, 1)


def _without_year(g: dict[str, str | None], ref: date) -> date | None:
    """A "3月11日" in the reference year, or last year's if that would be far in the future."""
    value = _month_day(g, ref.year, prefix="x")
    if value and (value - ref).days > _MAX_FUTURE_DAYS:
        value = _month_day(g, ref.year - 1, prefix="x")
    return value


def _relative_month(g: dict[str, str | None], ref: date) -> date | None:
    words = load_data_file("dates")
    first = _add_months(ref, words["months"][g["rm"]])
    if g["rd"]:
        return _safe_date(first.year, first.month, _number(g["rd"]))
    return first.replace(day=words["month_parts"][g["rmp"]] if g["rmp"] else 1)


def _relative_week(g: dict[str, str | None], ref: date) -> date:
    words = load_data_file("dates")
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=words["weeks"][g["rw"]])
    return monday + timedelta(days=words["weekdays"][g["rwd"]] if g["rwd"] else 0)


def _weekday(g: dict[str, str | None], ref: date) -> date:
    """A bare "周三": this week's, or last week's if that is still to come."""
    value = ref - timedelta(days=ref.weekday()) + timedelta(days=load_data_file("dates")["weekdays"][g["wd"]])
    return value - timedelta(weeks=1) if value > ref else value


def _ago(g: dict[str, str | None], ref: date) -> date:
    """ "3天前", "两个月后", "半年前": the reference moved by that much."""
    unit = load_data_file("dates")["units"][g["unit"]]
    sign = -1 if g["dir"] == "前" else 1
    if g["n"] == "半":
        days = {"day": 0, "week": 3, "month": 15, "year": 182}[unit]
        return ref + timedelta(days=sign * days)
    count = sign * _number(g["n"] or "")
    if unit in ("day", "week"):
        return ref + timedelta(days=count * (7 if unit == "week" else 1))
    months = _add_months(ref, count * (12 if unit == "year" else 1))
    return _safe_date(months.year, months.month, ref.day) or months


def _bare_day(g: dict[str, str | None], ref: date) -> date | None:
    value = _safe_date(ref.year, ref.month, int(g["bd"] or 0))
    if value and (value - ref).days > _MAX_FUTURE_DAY_OF_MONTH:
        earlier = _add_months(ref, -1)
        value = _safe_date(earlier.year, earlier.month, int(g["bd"] or 0))
    return value


def _resolve_match(g: dict[str, str | None], ref: date | None) -> date | None:
    """The date named by one regex match, or None when it needs a reference we lack or is invalid."""
    if g["iy"]:
        return _safe_date(int(g["iy"]), int(g["im"] or 0), int(g["id"] or 1))
    if g["y"] or g["ry"]:
        return _year_expression(g, ref)
    if ref is None:
        return None
    if g["xm"]:
        return _without_year(g, ref)
    if g["rm"]:
        return _relative_month(g, ref)
    if g["rw"]:
        return _relative_week(g, ref)
    if g["wd"]:
        return _weekday(g, ref)
    if g["dw"]:
        return ref + timedelta(days=load_data_file("dates")["days"][g["dw"]])
    if g["unit"]:
        return _ago(g, ref)
    return _bare_day(g, ref)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in ``text`` that resolves against the publication date, in text order."""
    found: list[DateMention] = []
    for match in _pattern().finditer(text):
        # "2019年完成A轮，三年后又获B轮": a time after is counted from the date the text gave before it.
        after_earlier = match.group("dir") == "后" and found
        try:
            value = _resolve_match(match.groupdict(), found[-1].value if after_earlier else published)
        except (KeyError, ValueError, OverflowError):
            value = None
        if value is None:
            continue
        if found and text[found[-1].end : match.start()] in _RANGE_JOINERS:
            start = found[-1].start
            found[-1] = DateMention(text[start : match.end()], start, match.end(), found[-1].value)
        else:
            found.append(DateMention(match.group(), match.start(), match.end(), value))
    return found


def resolve(expression: str, published: date | None) -> date | None:
    """The date named by the first date expression in ``expression``, or None."""
    found = find_dates(expression, published)
    return found[0].value if found else None


def date_end(text: str, start: int) -> int:
    """Where a date expression starting at ``start`` ends (周三 in LAC's one word 周三 + 星云科技), else ``start``."""
    match = _pattern().match(text, start)
    return match.end() if match else start
