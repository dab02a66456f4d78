"""Dates given by users and documents, checked where they enter.

A date that does not exist (``2025-02-30``, ``2025-13-45``) is refused with one
line naming the field and the value, so that nothing invalid reaches the store
(where every later query would trip over it) and no option silently acts as if
it had not been given.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from epkg.graph.errors import InputError

_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


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
