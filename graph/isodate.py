"""Dates, whole or partial (``2025``, ``2025-04``, ``2025-04-23``): checked where they enter,
and compared, as every stage of epkg reads them.

A date that does not exist (``2025-02-30``, ``2025-13-45``) is refused with one
line naming the field and the value, so that nothing invalid reaches the store
(where every later query would trip over it) and no option silently acts as if
it had not been given.

A partial date means a span: ``2025-04`` is any day of April 2025. So it may fall
on or after a day in that span (:func:`may_be_since`), it agrees with a more or
less precise date inside it (:func:`compatible`), it counts as early as its first
day against a cut-off (:func:`earliest`, :func:`last_day`), and in RDF it is as
precise as it is (:func:`date_literal`).
"""
from __future__ import annotations

import calendar
import functools
import re
from datetime import date

from rdflib import Literal
from rdflib.namespace import XSD

from epkg.graph.errors import InputError

_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DATATYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def partial_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """The ISO form of a date known to the year, the month or the day (a day that does not exist
    keeps the month).

    Parameters
    ----------
    year : int
    month, day : int, optional

    Returns
    -------
    str

    Examples
    --------
    >>> partial_date(2025), partial_date(2025, 4), partial_date(2025, 4, 23), partial_date(2025, 2, 30)
    ('2025', '2025-04', '2025-04-23', '2025-02')
    """
    if month is None:
        return f"{year:04d}"
    if day is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def date_problem(value: str) -> str | None:
    """Why *value* is not an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or None when it is.

    Parameters
    ----------
    value : str

    Returns
    -------
    str or None
        One short phrase ("month 13 does not exist").

    Examples
    --------
    >>> date_problem("2024-02-29") is None, date_problem("2025-02-30")
    (True, 'day 30 is past the end of February 2025')
    """
    m = _SHAPE.fullmatch(value or "")
    if not m:
        return "not in the form YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = (int(g) if g else None for g in m.groups())
    if year < 1:
        return "year 0 does not exist"
    if month is not None and not 1 <= month <= 12:
        return f"month {month} does not exist"
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return (f"day {day} does not exist" if day < 1 else
                    f"day {day} is past the end of {calendar.month_name[month]} {year}")
        date(year, month, day)  # cannot fail now; a guard should the checks above ever drift
    return None


def check_date(value, field: str) -> str:
    """*value* as an ISO date string, or :class:`InputError` naming *field* and the value.

    Parameters
    ----------
    value : str or datetime.date
    field : str
        What the user or the document called it (``--since``, ``"published"`` …).

    Returns
    -------
    str

    Examples
    --------
    >>> check_date(" 2025-06 ", "--since")
    '2025-06'
    >>> try:
    ...     check_date("2025-13-45", "--since")
    ... except InputError as exc:
    ...     print(exc)
    --since '2025-13-45' is not a valid date: month 13 does not exist
    """
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    problem = date_problem(text)
    if problem:
        raise InputError(f"{field} {text!r} is not a valid date: {problem}")
    return text


def iso_prefix(value) -> str | None:
    """The ISO date at the start of *value* (a date literal or string), or ``None``.

    Examples
    --------
    >>> iso_prefix("2025-04-23T10:00:00Z"), iso_prefix(" 2025-04"), iso_prefix("April")
    ('2025-04-23', '2025-04', None)
    """
    if value is None:
        return None
    m = _SHAPE.match(str(value).strip())
    return "-".join(p for p in m.groups() if p) if m else None


def earliest(value: str) -> str:
    """A partial date as the first day it may mean (a fact of ``2025-04`` may be of 1 April).

    Examples
    --------
    >>> earliest("2025"), earliest("2025-04"), earliest("2025-04-23")
    ('2025-01-01', '2025-04-01', '2025-04-23')
    """
    parts = value.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def last_day(value, what: str = "as-of date") -> str | None:
    """The last day *value* covers: ``2024`` → ``2024-12-31``, ``2024-02`` → ``2024-02-29``.

    Parameters
    ----------
    value : str, datetime.date or None
    what : str
        What the date is, for the message when it is not one.

    Returns
    -------
    str or None
        ``None`` for ``None``.

    Raises
    ------
    InputError
        When *value* is not an ISO date, month or year that exists.

    Examples
    --------
    >>> last_day("2024"), last_day("2024-02"), last_day("2024-02-03")
    ('2024-12-31', '2024-02-29', '2024-02-03')
    >>> try:
    ...     last_day("2024-13")
    ... except InputError as exc:
    ...     print(exc)
    as-of date '2024-13' is not a valid date: month 13 does not exist
    """
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = check_date(value, what)
    year, month, day = (int(g) if g else None for g in _SHAPE.fullmatch(text).groups())
    if day:
        return text
    if month:
        return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    return f"{year:04d}-12-31"


def covered(value: str | None, cutoff: str | None) -> bool:
    """Whether a fact dated *value* counts up to the day *cutoff* (see :func:`last_day`); an undated
    fact counts only when there is no cut-off.

    Examples
    --------
    >>> covered("2024-12", "2024-12-01"), covered("2025", "2024-12-31"), covered(None, None)
    (True, False, True)
    """
    if cutoff is None:
        return True
    return value is not None and earliest(value) <= cutoff


def may_be_since(value: str | None, since: str | None) -> bool:
    """Whether a date (possibly only a year or month) may fall on or after *since*.

    Examples
    --------
    >>> may_be_since("2025", "2025-06-01"), may_be_since("2024-12", "2025"), may_be_since(None, "2025")
    (True, False, False)
    """
    if not since:
        return True
    if not value:
        return False
    return value >= since[:len(value)]


def compatible(a: str, b: str) -> bool:
    """Whether two dates can be the same day: equal, or one a more precise form of the other.

    Examples
    --------
    >>> compatible("2025-04", "2025-04-23"), compatible("2025-04", "2025-05")
    (True, False)
    """
    return a.startswith(b) or b.startswith(a)


@functools.lru_cache(maxsize=4096)
def date_literal(value: str) -> Literal | None:
    """A literal as precise as *value*: ``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date`` (None if not a date).

    Examples
    --------
    >>> date_literal("2025-04").datatype == XSD.gYearMonth, date_literal("soon")
    (True, None)
    """
    if not value or not _SHAPE.fullmatch(value):
        return None
    return Literal(value, datatype=_DATATYPES[len(value)])

