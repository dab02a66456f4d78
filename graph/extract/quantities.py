"""Power capacities in news text, normalised to megawatts.

"2.3 GW" → 2300, "2 million kilowatts" → 2000, "two GW" → 2000, "300,000 kilowatts"
→ 300, "1.5 million kW each" → 1500 (marked *each*). Energy (kWh, GWh, TWh,
"kilowatt-hours"), gas volumes (bcm, cubic metres), oil rates (barrels per day)
and voltages (kV) are not capacities and are never returned.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from epkg.graph.extract.text import hint_text

_UNITS = {"kw": 0.001, "kilowatt": 0.001, "kilowatts": 0.001,
          "mw": 1.0, "mwe": 1.0, "megawatt": 1.0, "megawatts": 1.0,
          "gw": 1000.0, "gwe": 1000.0, "gigawatt": 1000.0, "gigawatts": 1000.0}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
          "hundred": 100, "a": 1, "an": 1, "half": 0.5}
_NUMBER_WORD = r"(?:" + "|".join(sorted((w for w in _WORDS if w not in ("a", "an", "half")), key=len, reverse=True)) + r")"
# A number in digits (thousands grouped by a space too, as South African and French style writes them: "1 500 MW")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:\.\d+)?"
# (spelled out in full: "one thousand six hundred and sixty", "one hundred and fifty"; "and" only after a hundred
# or a thousand, so that "between one and two gigawatts" stays two numbers)
_NUMBER = (rf"(?:{_DIGITS}|{_NUMBER_WORD}(?:(?:(?:(?<=hundred)|(?<=thousand))(?:\s+|-)and(?:\s+|-)|[\s-])"
           rf"(?:{_NUMBER_WORD}|thousand(?!\s+(?:kilo|mega|giga|[kMG][wW]))))*)")
CAPACITY_RE = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMBER})\s*(?P<scale>thousand|million|billion)?\s*-?\s*"
    # "MWp", "MWac", "MWdc": a solar plant's peak, AC or DC rating
    r"(?P<unit>kilowatts?|megawatts?|gigawatts?|[kKMG][wW](?:[eE]|[pP]|ac|AC|dc|DC)?)"
    r"(?![\w-]*\s*-?\s*hours?\b)(?!h\b|[a-zA-Z])"
    r"(?P<each>\s+(?:each|apiece|per\s+unit)\b)?",
    re.IGNORECASE)


_ALTERNATIVE_RATING_RE = re.compile(r"\s*\(\s*")
# A rating of one of a plant's units: "the first 600 MW unit", "each with a capacity of 1,200 MW" (not "a 1,000
# MWe reactor", a plant of one unit).
_ONE_UNIT_AFTER_RE = re.compile(r"\s+(?:power\s+|generating\s+)?(?:unit|block|module|train)\b(?!s)", re.IGNORECASE)
_ONE_OF_BEFORE_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|last|each|every|one)\s+$", re.IGNORECASE)
_EACH_BEFORE_RE = re.compile(r"\beach\s+(?:with\s+(?:a\s+)?(?:capacity|output)\s+of|rated\s+at|of)\s+"
                             r"(?:about\s+|around\s+|up\s+to\s+)?$", re.IGNORECASE)
# CAPACITY_RE needs one of these (in any case): tested on text.hint_text, several times faster.
_UNIT_HINTS = ("kw", "mw", "gw", "watt")


@dataclass(frozen=True)
class Capacity:
    """A capacity expression: offsets in the searched text, value in MW, whether per unit ("each")."""
    start: int
    end: int
    mw: float
    each: bool = False


def parse_number(text: str) -> float | None:
    """A number written in digits or words: ``"1,196"`` → 1196, ``"two"`` → 2, ``"twenty-five"`` → 25.

    Examples
    --------
    >>> parse_number("1,000"), parse_number("2.3"), parse_number("twenty five"), parse_number("1 500")
    (1000.0, 2.3, 25.0, 1500.0)
    >>> parse_number("one hundred and fifty"), parse_number("one thousand six hundred and sixty")
    (150.0, 1660.0)
    >>> parse_number("several") is None
    True
    """
    text = text.strip().lower()
    if re.fullmatch(_DIGITS, text):
        return float(re.sub(r"[,\s\u00a0\u202f]", "", text))
    total = current = 0.0
    parts = [p for p in re.split(r"[\s-]+", text) if p != "and"]
    if not parts or any(p not in _WORDS and p not in _SCALES for p in parts):
        return None
    for p in parts:
        if p in _SCALES:  # ("one thousand six hundred": the thousands, then what follows them)
            total, current = total + (current or 1) * _SCALES[p], 0.0
            continue
        value = _WORDS[p]
        current = current * value if value == 100 and current else current + value
    return total + current


_UNIT_SYMBOL_AFTER_RE = re.compile(r"[ \t]*\((?:[kMG]W[pe]?|MW(?:ac|dc))\)")


def find_capacities(text: str) -> list[Capacity]:
    """Every power capacity in *text*, in megawatts.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of Capacity
        In text order; energy amounts (kWh, GWh, "kilowatt-hours") and other units
        are not included.

    Examples
    --------
    >>> [c.mw for c in find_capacities("a 2.3 GW park, 2 million kilowatts, two GW and 300,000 kW")]
    [2300.0, 2000.0, 2000.0, 300.0]
    >>> find_capacities("180 million kWh a year, 20 bcm, 132 kV and 210,000 barrels per day")
    []
    >>> find_capacities("40 turbines rated at 6 MW each")[0].each
    True
    >>> [c.mw for c in find_capacities("the 145 MWac (192 MWp) floating plant")]
    [145.0]
    """
    out: list[Capacity] = []
    hints = hint_text(text)
    if not any(h in hints for h in _UNIT_HINTS):
        return out
    for m in CAPACITY_RE.finditer(text):
        number = parse_number(m.group("num"))
        if number is None:
            continue
        unit = re.sub(r"(?<=w)(?:p|ac|dc)$", "", m.group("unit").lower())
        factor = _UNITS.get(unit)
        if factor is None:
            continue
        scale = _SCALES.get((m.group("scale") or "").lower(), 1.0)
        mw = round(number * scale * factor, 6)
        if out and _ALTERNATIVE_RATING_RE.fullmatch(text, out[-1].end, m.start()) and text[m.end():m.end() + 1] == ")":
            # "145 MWac (192 MWp)": the same plant rated another way; the first rating spans both
            out[-1] = Capacity(out[-1].start, m.end() + 1, out[-1].mw, out[-1].each)
            continue
        each = bool(m.group("each") or _ONE_UNIT_AFTER_RE.match(text, m.end())
                    and _ONE_OF_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
                    or _EACH_BEFORE_RE.search(text, max(0, m.start() - 45), m.start()))
        # "1,000-megawatt (MW)": the unit's symbol in brackets belongs to the figure
        symbol = _UNIT_SYMBOL_AFTER_RE.match(text, m.end())
        out.append(Capacity(m.start(), symbol.end() if symbol else m.end(), mw, each))
    return out
