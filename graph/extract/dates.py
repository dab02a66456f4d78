"""Date expressions in news text, resolved against the document's date.

News reports date events relative to their own publication: "on Tuesday",
"last month", "in April of this year", "last July". :func:`find_dates` finds the
common forms with precompiled regular expressions (no per-token date parsing)
and returns each as an ISO value only as precise as the text: ``"2025"``,
``"2025-04"`` or ``"2025-04-22"``.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from epkg.graph.extract.text import NUMBER_WORDS
from epkg.graph.isodate import partial_date

MONTHS = {name: i for i, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday"))}

_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_QUAL = r"(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+)?"

# Alternatives, most specific first; every group name says how to resolve.
_PATTERNS = [
    # 2022-08-18 / 18.08.2022 (day first) / 18/08/2022 or 08/18/2022 (whichever a number over 12 says)
    rf"(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\d-])",
    rf"(?P<num_a>[0-3]?\d)(?P<num_sep>[./])(?P<num_b>[0-3]?\d)(?P=num_sep)(?P<num_y>{_YEAR})(?![\d.]\d)",
    # 17 December 2022 / 15-16 September 2022 / 26 and 27 September 2024
    rf"(?P<dmy_d>{_DAY})(?P<dmy_range>(?:\s*(?:-|–|and|to)\s*{_DAY})?)\s+(?P<dmy_m>{_MONTH}),?\s+(?P<dmy_y>{_YEAR})",
    # December 17, 2022 / December 17-18, 2022
    rf"(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})(?P<mdy_range>(?:\s*(?:-|–|and|to)\s*{_DAY})?),?\s+(?P<mdy_y>{_YEAR})",
    # May 1 of this year / May 20 last year
    # (the range may end in another month: "from November 30 to December 12 next year")
    rf"(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})(?P<md_range>(?:\s*(?:-|–|and|to)\s*(?:{_MONTH}\s+)?{_DAY})?)"
    rf"(?:\s+(?:of\s+)?(?P<md_rel>this|last|next)\s+year)?(?![\d,]*\s*{_YEAR})",
    # 26 and 27 September / 8 July (no year)
    rf"(?P<dm_d>{_DAY})(?P<dm_range>(?:\s*(?:-|–|and|to)\s*{_DAY})?)\s+(?P<dm_m>{_MONTH})(?!\s*,?\s*{_YEAR})"
    rf"(?:\s+(?:of\s+)?(?P<dm_rel>this|last|next)\s+year)?",
    # (early) December 2022 / December of 2022
    rf"{_QUAL}(?P<my_m>{_MONTH})\s+(?:of\s+)?(?P<my_y>{_YEAR})",
    # April of this year / September last year / last July / this December
    rf"{_QUAL}(?P<mr_m>{_MONTH})\s+(?:of\s+)?(?P<mr_rel>this|last|next)\s+year",
    rf"(?P<rm_rel>last|this|next|past)\s+(?P<rm_m>{_MONTH})",
    r"(?P<last_unit_rel>last|this|next|past)\s+(?P<last_unit>week|month|year)",
    r"(?P<ago_n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<ago_unit>days?|weeks?|months?|years?)\s+ago",
    r"(?P<today>today|tonight|this\s+morning|this\s+afternoon|this\s+evening)",
    r"(?P<yesterday>yesterday)",
    r"(?:on\s+)?(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))",
    # in (early) April / in late June (month alone, after "in")
    rf"(?<=\bin\s){_QUAL}(?P<m_only>{_MONTH})(?!\s*\d)",
    rf"(?<=\bin\s){_QUAL}(?P<m_only2>{_MONTH})(?=\s*(?:,|\.|;|\bwhen\b|\bat\b|\bduring\b|\bon\b|$))",
    # "since March, when A travelled to B": the month the "when" clause tells of
    rf"(?<=\bsince\s)(?P<m_only3>{_MONTH})(?=\s*,\s*when\b)",
    # quarters, halves and bare years: in 2006, the 2018 Convention, late 2024
    rf"(?:the\s+)?(?:first|second|third|fourth)\s+(?:quarter|half)\s+of\s+(?P<qy>{_YEAR})",
    rf"(?P<year>{_YEAR})(?!\s*(?:-|–)\s*\d)(?![\d%])",
]
DATE_RE = re.compile(r"\b(?:" + "|".join(_PATTERNS) + r")\b", re.IGNORECASE)
# Right before a date a thing is counted from, not one of its own: "the first visit since 2016", "until 2030"
SINCE_BEFORE_RE = re.compile(r"\b(?:since|until|till)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# A cheap test run before the full pattern: every alternative of DATE_RE holds a digit, a month
# name (capitalised, as DATE_RE wants it) or one of these words (weekdays, "today" and "yesterday"
# end in "day"; "last", "this", "ago" … go with a month name or a unit).
_ANY_DATE_RE = re.compile(r"\d|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|day|week|month|year|tonight|"
                          r"morning|afternoon|evening", re.IGNORECASE)
# Every alternative of DATE_RE starts a word with a digit or one of these letters (in the cases
# DATE_RE accepts there, "ſ" being an "s" to it): trying the pattern only at such word starts
# finds the same dates, at half the cost of scanning every position (keep in step with _PATTERNS).
_DATE_START_RE = re.compile(r"(?<!\w)[\deEmMlLtTnNpPoOfFsSſyYJADW]")
_WORD_NUMBERS = NUMBER_WORDS
# A bare year used as a target or a span edge ("by 2030", "until 2030", "2027 and 2029", "for 2023-2027") is no
# event date.
_NAMED_BY_YEAR_BEFORE = re.compile(r"\b(?:Vision|Agenda|Strategy|Plan|Programme|Program|Roadmap|Zero|Horizon|Goals)\s+$")
_TARGET_BEFORE = re.compile(r"(?:\d\s*[-–]|\bby|\buntil|\bto|\bthrough|\bbefore|\bbeyond|\btill|\bbetween|\bfrom|"
                            r"\bfor|\bin\s+the\s+mid-?|\bmid-|\bend\s+of|\bin\s+the\s+early)\s*$", re.IGNORECASE)


# Any date that starts or ends a span ("delivered starting March 1", "effective 1 July") dates no event.
_SPAN_EDGE_BEFORE = re.compile(r"\b(?:starting|beginning|effective|until|till)\s+(?:on\s+|from\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date expression: its offsets in the searched text and its ISO value."""
    start: int
    end: int
    value: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    relative: bool  # resolved against the reference date
    target: bool = False  # a deadline or span edge ("by 2030"), not the date of an event
    weekday: bool = False  # a day of the week ("on Sunday"), the last one before the reference


def in_week_before(reference: str | None, *days: str | None) -> bool:
    """Whether every one of *days* (ISO days) falls within the week before the report's day *reference*.

    Parameters
    ----------
    reference : str or None
        The report's date.
    *days : str or None
        ISO days ("2025-07-12"); a month or a year is no day.

    Returns
    -------
    bool

    Examples
    --------
    >>> in_week_before("2021-08-27", "2021-08-27"), in_week_before("2021-08-27", "2021-08-20", "2021-08-26")
    (True, True)
    >>> in_week_before("2021-08-27", "2019-08-27"), in_week_before("2021-08-27", "2021-08")
    (False, False)
    """
    if not (reference and len(reference) >= 10 and days and all(d and len(d) == 10 for d in days)):
        return False
    try:
        ref = dt.date.fromisoformat(reference[:10])
        return all(0 <= (ref - dt.date.fromisoformat(d)).days <= 7 for d in days)
    except ValueError:
        return False


@functools.lru_cache(maxsize=1024)
def parse_reference(value: str | None) -> dt.date | None:
    """The reference date from an ISO string (``"2025-06-26"``; a month or year means its first day).

    Examples
    --------
    >>> parse_reference("2025-06-26")
    datetime.date(2025, 6, 26)
    >>> parse_reference("2025-06") is not None, parse_reference("junk")
    (True, None)
    """
    if not value:
        return None
    m = re.match(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def _year_for_month(month: int, ref: dt.date, rel: str | None) -> int:
    """The year of a month named without one: the latest such month not after the reference."""
    if rel:
        rel = rel.lower()
        if rel in ("last", "past"):
            return ref.year - 1 if month >= ref.month else ref.year
        if rel == "next":
            return ref.year + 1 if month <= ref.month else ref.year
        return ref.year  # "this"
    return ref.year if month <= ref.month else ref.year - 1


def _year_rel(rel: str | None, ref: dt.date) -> int:
    return {"last": ref.year - 1, "next": ref.year + 1}.get((rel or "this").lower(), ref.year)


def _resolve(m: re.Match, ref: dt.date | None) -> tuple[str | None, bool]:
    g = m.groupdict()
    if g["iso_y"]:
        return partial_date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])), False
    if g["num_a"]:
        a, b, year = int(g["num_a"]), int(g["num_b"]), int(g["num_y"])
        if g["num_sep"] == "." or a > 12:
            day, month = a, b
        elif b > 12:
            day, month = b, a
        else:
            return g["num_y"], False  # "03/04/2024": which is the month the text does not say
        return (partial_date(year, month, day), False) if 1 <= month <= 12 and 1 <= day <= 31 else (None, False)
    if g["dmy_d"]:
        day = None if g["dmy_range"] else _day(g["dmy_d"])
        return partial_date(int(g["dmy_y"]), _month(g["dmy_m"]), day), False
    if g["mdy_m"]:
        day = None if g["mdy_range"] else _day(g["mdy_d"])
        return partial_date(int(g["mdy_y"]), _month(g["mdy_m"]), day), False
    if g["my_m"]:
        return partial_date(int(g["my_y"]), _month(g["my_m"])), False
    if g["qy"]:
        return g["qy"], False
    if g["year"]:
        return g["year"], False
    if ref is None:
        return None, True
    if g["md_m"]:
        month = _month(g["md_m"])
        year = _year_rel(g["md_rel"], ref) if g["md_rel"] else _year_for_month(month, ref, None)
        return partial_date(year, month, None if g["md_range"] else _day(g["md_d"])), True
    if g["dm_d"]:
        month = _month(g["dm_m"])
        year = _year_rel(g["dm_rel"], ref) if g["dm_rel"] else _year_for_month(month, ref, None)
        return partial_date(year, month, None if g["dm_range"] else _day(g["dm_d"])), True
    if g["mr_m"]:
        return partial_date(_year_rel(g["mr_rel"], ref), _month(g["mr_m"])), True
    if g["rm_m"]:
        month = _month(g["rm_m"])
        return partial_date(_year_for_month(month, ref, g["rm_rel"]), month), True
    if g["last_unit"]:
        rel, unit = g["last_unit_rel"].lower(), g["last_unit"].lower()
        step = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
        if unit == "year":
            return partial_date(ref.year + step), True
        if unit == "month":
            month0 = ref.year * 12 + ref.month - 1 + step
            return partial_date(month0 // 12, month0 % 12 + 1), True
        day = ref + dt.timedelta(weeks=step)
        return partial_date(day.year, day.month), True  # a week: month precision
    if g["ago_n"]:
        n = _WORD_NUMBERS.get(g["ago_n"].lower()) or int(g["ago_n"])
        unit = g["ago_unit"].lower().rstrip("s")
        if unit == "year":
            return partial_date(ref.year - n), True
        if unit == "month":
            month0 = ref.year * 12 + ref.month - 1 - n
            return partial_date(month0 // 12, month0 % 12 + 1), True
        day = ref - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return (day.isoformat() if unit == "day" else partial_date(day.year, day.month)), True
    if g["today"]:
        return ref.isoformat(), True
    if g["yesterday"]:
        return (ref - dt.timedelta(days=1)).isoformat(), True
    if g["wd"]:
        back = (ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        return (ref - dt.timedelta(days=back)).isoformat(), True
    month_name = g["m_only"] or g["m_only2"] or g["m_only3"]
    if month_name:
        month = _month(month_name)
        return partial_date(_year_for_month(month, ref, None), month), True
    return None, True


def find_dates(text: str, reference: str | dt.date | None = None) -> list[DateMention]:
    """Every date expression in *text*, resolved against *reference* (the document's date).

    Parameters
    ----------
    text : str
        A sentence or any span of news text.
    reference : str or datetime.date, optional
        The document's publication date; relative expressions ("last month",
        "on Tuesday") are dropped without one.

    Returns
    -------
    list of DateMention
        In text order, each with the ISO value at the precision the text gives.

    Examples
    --------
    >>> [d.value for d in find_dates("signed on 17 December 2022 and in May 2024", "2025-01-01")]
    ['2022-12-17', '2024-05']
    >>> [d.value for d in find_dates("signed in Beijing in April of this year", "2025-06-26")]
    ['2025-04']
    >>> [d.value for d in find_dates("talks on Tuesday; relations were raised last July", "2025-04-23")]
    ['2025-04-22', '2024-07']
    >>> [d.value for d in find_dates("signed on 18.08.2022, filed 2022-08-19, due 08/31/2022 or 03/04/2023")]
    ['2022-08-18', '2022-08-19', '2022-08-31', '2023']
    """
    return list(_find_dates(text, reference))


@functools.lru_cache(maxsize=512)
def _find_dates(text: str, reference) -> tuple[DateMention, ...]:
    if not _ANY_DATE_RE.search(text):
        return ()
    ref = reference if isinstance(reference, dt.date) else parse_reference(reference)
    out: list[DateMention] = []
    for m in _date_matches(text):
        value, relative = _resolve(m, ref)
        if value is None or m.group("year") and _NAMED_BY_YEAR_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # (a programme named by its year, "the Kingdom's Vision 2030", "Agenda 2063", is no date)
        target = bool(m.group("year") or m.group("qy")) and bool(_TARGET_BEFORE.search(text[max(0, m.start() - 20):m.start()])) \
            or bool(_SPAN_EDGE_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        out.append(DateMention(m.start(), m.end(), value, relative, target, bool(m.group("wd"))))
    return tuple(out)


def _date_matches(text: str):
    """The matches of ``DATE_RE.finditer(text)``, trying the pattern only where a date can start."""
    end = 0
    for start in _DATE_START_RE.finditer(text):
        if start.start() >= end and (m := DATE_RE.match(text, start.start())) is not None:
            end = m.end()
            yield m


def resolve_date(text: str, reference: str | dt.date | None = None) -> str | None:
    """The first event date in *text* (deadlines like "by 2030" skipped), or None.

    Examples
    --------
    >>> resolve_date("last month", "2026-02-20")
    '2026-01'
    >>> resolve_date("targets 15% by 2030", "2026-02-20") is None
    True
    """
    for d in find_dates(text, reference):
        if not d.target:
            return d.value
    return None
