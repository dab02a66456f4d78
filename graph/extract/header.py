"""The parts of a wire report that are about the report: dateline and credit line.

``BAKU, Azerbaijan, June 26. …`` opens many agency reports: the dateline names
the place the report was filed from and its day. ``…, Trend reports.`` credits
the agency, which is the document's publisher and not something the report
talks about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH_RE = "|".join(_MONTHS) + r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
DATELINE_RE = re.compile(
    r"\A\s*(?:[A-Z][A-Z &'’-]{2,40}[ \t]*\n\s*)?"  # a kicker line such as "PRESS RELEASE"
    r"(?:(?P<city>[A-Z][A-Z.'’ -]*[A-Z])(?:\s*\((?P<agency>[A-Za-z ]+)\))?"
    r"(?:,\s*(?!(?:" + _MONTH_RE + r")\s)(?P<region>[A-Z][\w.'’ -]*?))?"
    r"(?:,\s*(?P<month>" + _MONTH_RE + r")\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?)?"
    # "LONDON, November 2 (Reuters) —": the agency after the date
    r"(?:\s*\((?P<agency_after>[A-Z][^()\n]{1,60})\))?"
    # "Dili, 3 October 2024." (a city in ordinary case needs the date)
    r"|(?P<city2>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s*(?P<day2>\d{1,2})\s+(?P<month2>" + _MONTH_RE + r")"
    r"(?:,?\s*(?P<year2>\d{4}))?)"
    r"\s*(?:\.|[-–—]|:)\s+")
CREDIT_RE = re.compile(r",\s+(?P<agency>(?:[A-Z][\w&.'’-]*\s+(?:(?:of|the|and|for|&)\s+)?){0,5}[A-Z][\w&.'’-]*)"
                       r"\s+(?:reports|reported)\s*\.")


@dataclass
class Dateline:
    city: str  # as written, e.g. "BAKU"
    region: str | None  # e.g. "Azerbaijan"
    month: int | None
    day: int | None
    year: int | None
    start: int
    end: int  # offset just after the dateline (where the story begins)
    agency: str | None = None  # "(Reuters)": the report's publisher, not an entity
    agency_start: int | None = None


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of *text*, if any.

    Parameters
    ----------
    text : str

    Returns
    -------
    Dateline or None
        The city must be written in capitals and followed by a region or a date,
        so an ordinary opening sentence is never taken for a dateline.

    Examples
    --------
    >>> d = find_dateline("BAKU, Azerbaijan, June 26. Azerbaijan is interested …")
    >>> (d.city, d.region, d.month, d.day)
    ('BAKU', 'Azerbaijan', 6, 26)
    >>> find_dateline("Azerbaijan and China signed six documents.") is None
    True
    >>> d = find_dateline("GLASGOW, November 2 (Energy Ledger) — Ministers met …")
    >>> (d.city, d.month, d.day, d.agency)
    ('GLASGOW', 11, 2, 'Energy Ledger')
    >>> d = find_dateline("Dili, 3 October 2024. Timor-Leste took part …")
    >>> (d.city, d.month, d.day, d.year)
    ('Dili', 10, 3, 2024)
    """
    m = DATELINE_RE.match(text)
    if not m:
        return None
    g = "2" if m.group("city2") else ""
    city = m.group("city" + g)
    if len(city) < 3 or not (g or m.group("region") or m.group("month")):
        return None
    month = None
    if m.group("month" + g):
        prefix = m.group("month" + g)[:3]
        month = next(i for i, name in enumerate(_MONTHS, start=1) if name.startswith(prefix))
    day, year = m.group("day" + g), m.group("year" + g)
    agency = None if g else (m.group("agency") or m.group("agency_after"))
    where = None if agency is None else m.start("agency" if m.group("agency") else "agency_after")
    return Dateline(city, None if g else m.group("region"), month, int(day) if day else None,
                    int(year) if year else None, m.start("city" + g), m.end(), agency, where)


def find_credit(text: str) -> tuple[str, int, int] | None:
    """The agency credited in a ``…, Trend reports.`` line: ``(agency, start, end)``.

    Examples
    --------
    >>> find_credit("Shahbazov said, Trend reports.\\n\\nHe added …")[0]
    'Trend'
    """
    m = CREDIT_RE.search(text)
    return (m.group("agency"), m.start("agency"), m.end("agency")) if m else None
