"""The parts of a wire report that are about the report: dateline and credit line.

``BAKU, Azerbaijan, June 26. …`` opens many agency reports: the dateline names
the place the report was filed from and its day. ``…, Trend reports.`` credits
the agency, which is the document's publisher and not something the report
talks about.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# abbreviated with or without a full stop ("Oct. 16", Reuters' "Nov 21")
# (in capitals too, as some agencies write the whole dateline: "YEREVAN, JANUARY 15, ARMENPRESS.")
_MONTH_RE = "|".join(_MONTHS) + "|" + "|".join(m.upper() for m in _MONTHS) + \
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s)"
_DAY_RE = r"\d{1,2}(?:st|nd|rd|th)?"  # ("NEW DELHI, 9th September, 2024 (WAM)")
DATELINE_RE = re.compile(
    r"\s*(?:[A-Z][A-Z &'’-]{2,40}[ \t]*\n\s*)?"  # a kicker line such as "PRESS RELEASE"
    # "OSLO/BERLIN": a report filed from two cities
    r"(?:(?P<city>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]*[A-ZÀ-ÖØ-Þ](?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]*[A-ZÀ-ÖØ-Þ])*)"
    r"(?:\s*\((?P<agency>[A-Za-z ]+)\))?"
    r"(?:,\s*(?!(?:" + _MONTH_RE + r")\s)(?P<region>[A-Z][\w.'’ -]*?))?"
    # ("KYIV. June 2 (Interfax-Ukraine) -": a full stop after the city)
    r"(?:[,.]\s*(?P<month>" + _MONTH_RE + r")\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?"
    # ("DUSHANBE, December 18, 2024, Asia-Plus --": the agency after a comma)
    r"(?:,\s*(?P<agency_date>[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?)(?=\s*(?:\.|--?|[–—])\s))?"
    # ("BRUSSELS, 12 March 2025": the day first)
    r"|,\s*(?P<day_b>" + _DAY_RE + r")\s+(?P<month_b>" + _MONTH_RE + r")(?:,?\s*(?P<year_b>\d{4}))?"
    # ("MANILA, PHILIPPINES (25 April 2023) —": the day in brackets, as development banks date their releases)
    r"|\s*\(\s*(?P<day_p>\d{1,2})\s+(?P<month_p>" + _MONTH_RE + r")\s+(?P<year_p>\d{4})\s*\)"
    # ("DUSHANBE, 12.11.2024.": the day, the month and the year in figures, with full stops between)
    r"|,\s*(?P<day_n>\d{1,2})\.(?P<month_n>\d{1,2})\.(?P<year_n>\d{4}))?"
    # "LONDON, November 2 (Reuters) —": the agency after the date
    r"(?:\s*\((?P<agency_after>[A-Z][^()\n]{1,60})\))?"
    # "Dili, 3 October 2024." (a city in ordinary case needs the date), also after the issuer of a release
    # ("Ministry of Power, New Delhi, 15 November 2024")
    r"|(?:[A-Z][\w&'’.-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w&'’.-]*)){0,8},[ \t]*(?=[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?,\s*\d))?"
    # ("Stavanger / London, 5 December 2024": filed from both)
    # ("Baku. 21 January. APA.": a full stop after the city)
    r"(?P<city2>[A-Z][^\W\d_A-Z]+(?:[ -][A-Z][^\W\d_A-Z]+)?(?:[ \t]*/[ \t]*[A-Z][^\W\d_A-Z]+(?:[ -][A-Z][^\W\d_A-Z]+)?)?)"
    # ("Abu Dhabi, United Arab Emirates, 15 January 2022 –": its country before the day)
    r"(?:,[ \t]*(?P<region2>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3}))?[,.]"
    r"\s*(?P<day2>" + _DAY_RE + r")\s+(?P<month2>" + _MONTH_RE + r")"
    r"(?:,?\s*(?P<year2>\d{4}))?"
    # "Beijing, April 12, 2023 -": the month first
    # ("Bolgatanga (U/E), Nov. 22, GNA -": the region in brackets, the agency after a comma)
    # ("Naju, Korea, November 11, 2019 -": its country after it)
    r"|(?P<city3>[A-Z][^\W\d_A-Z]+(?:[ -][A-Z][^\W\d_A-Z]+)?)"
    r"(?:,\s*(?P<region3>[A-Z][^\W\d_A-Z]+(?:[ -][A-Z][^\W\d_A-Z]+)?)(?=,\s*(?:" + _MONTH_RE + r")))?"
    r"(?:\s*\([^()\n]{1,10}\))?,\s*(?P<month3>" + _MONTH_RE +
    r")\.?\s+(?P<day3>\d{1,2})"
    r"(?:(?:,?\s*|/)(?P<year3>\d{4}))?"  # ("Addis Ababa, September 25/2025(ENA)")
    r"(?:,\s*(?P<agency_comma>[A-Z]{2,8})(?=\s*[-–—]))?"
    # "Tehran, IRNA –": a city in ordinary case and the agency's initials, before a dash
    r"|(?P<city4>[A-Z][^\W\d_A-Z]+(?:[ -][A-Z][^\W\d_A-Z]+)?),\s*(?P<agency4>[A-Z]{2,8})(?=\s*[-–—])"
    # "New Delhi – President …": a city in ordinary case before a spaced dash (a dateline if the city is one)
    # ("Tashkent, Uzbekistan (Daryo.uz) — …": its country and the agency may follow it)
    r"|(?P<city5>[A-Z][^\W\d_A-Z]+(?:[ ][A-Z][^\W\d_A-Z]+)?)"
    r"(?:,[ \t]*(?P<region5>[A-Z][^\W\d_A-Z]+(?:[ ][A-Z][^\W\d_A-Z]+)?))?(?:[ \t]*\((?P<agency5>[A-Z][^()\n]{1,40})\))?"
    r"(?=[ \t]+(?:--?|[–—])[ \t]|:[ \t]))"  # (or a colon: "New Delhi: State-run …", as Indian papers write it)
    # "New Delhi, Oct 3 (PTI)": the agency after a date in ordinary case
    r"(?:\s*\((?P<agency_tail>[A-Z][^()\n]{1,60})\))?"
    # "Baku. 21 January. APA.", "Ulaanbaatar, January 17, 2025 /MONTSAME/.": the agency after the date
    r"(?:\.[ \t]+(?P<agency_stop>[A-Z]{2,12})(?=\.\s)|\.?[ \t]*/(?P<agency_slash>[A-Z][A-Za-z .-]{1,30})/)?"
    # ended by a full stop, a dash (typed as two hyphens too), a colon, (a dated one: "Brasília, 18 February
    # 2025") the end of its line, or the agency's closing bracket before the story's first word
    r"(?:\s*(?:\.|(?P<dash>--?|[–—])|(?P<colon>:))|(?P<eol>[ \t]*(?=\n))|(?<=\))(?=[ \t]+[A-Z\"“]))"
    r"(?:\s+|(?<=--)(?=[A-Z]))")  # ("LONDON (ICIS)--The partners …")
CREDIT_RE = re.compile(r",\s+(?P<agency>(?:[A-Z][\w&.'’-]*\s+(?:(?:of|the|and|for|&)\s+)?){0,5}[A-Z][\w&.'’-]*)"
                       r"(?:\s+(?:correspondent|correspondents|reporter))?\s+(?:reports|reported)\s*\.")


@dataclass
class Dateline:
    city: str  # as written, e.g. "BAKU" (the first of "OSLO/BERLIN")
    region: str | None  # e.g. "Azerbaijan"
    month: int | None
    day: int | None
    year: int | None
    start: int
    end: int  # offset just after the dateline (where the story begins)
    agency: str | None = None  # "(Reuters)": the report's publisher, not an entity
    agency_start: int | None = None
    others: tuple[tuple[str, int], ...] = ()  # the other cities of "OSLO/BERLIN", with their offsets
    bare: bool = False  # only a city in capitals and a dash ("MONTREAL —"): a dateline if the city is known


# A dateline opens the text or one of its first lines, after a headline or a kicker.
_HEAD_LINES = 600
_LINE_START_RE = re.compile(r"\n")
_PARAGRAPH_START_RE = re.compile(r"\n[ \t]*\n[ \t]*")


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of *text*, if any.

    Parameters
    ----------
    text : str

    Returns
    -------
    Dateline or None
        The city must be written in capitals and followed by a region or a date, so
        an ordinary opening sentence is never taken for a dateline (see
        :func:`find_datelines` for a city followed by a dash alone).

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
    >>> find_dateline("Equinor inks deal with SEFE\\n\\nOSLO, May 5 - Norway's Equinor …").city
    'OSLO'
    """
    return next((d for d in find_datelines(text) if not d.bare), None)


def find_datelines(text: str) -> Iterator[Dateline]:
    """Every dateline candidate at the start of *text* or of one of its first lines, in order.

    A ``bare`` one ("ANALYSIS -", "MONTREAL -") is a dateline only if its city is
    one: the caller, who has the gazetteer, decides.

    Examples
    --------
    >>> [d.city for d in find_datelines("PRESS RELEASE - Ministry\\n\\nDili, 3 October 2024. Timor-Leste …")]
    ['PRESS RELEASE', 'Dili']
    >>> [d.city for d in find_datelines("PRESS RELEASE\\n\\nBrasília, 18 February 2025\\n\\nThe council met.")]
    ['Brasília']
    >>> d = next(find_datelines("OSLO/BERLIN - Equinor and SEFE signed …"))
    >>> (d.city, d.others, d.bare)
    ('OSLO', (('BERLIN', 5),), True)
    """
    seen = set()
    for start in (0, *(m.end() for m in _LINE_START_RE.finditer(text, 0, _HEAD_LINES))):
        found = _dateline_at(text, start)
        if found is not None and found.start not in seen:
            seen.add(found.start)
            yield found


def paragraph_datelines(text: str) -> Iterator[Dateline]:
    """Datelines that open a later paragraph, as in a page of briefs ("…\\n\\nLUSAKA - ZESCO said …"):
    a city in capitals and a dash, or a city and a date.

    Examples
    --------
    >>> [d.city for d in paragraph_datelines("BRIEFS\\n\\nDOHA - Q signed.\\n\\nLUSAKA - Z said so.\\n\\nThe rest.")]
    ['DOHA', 'LUSAKA']
    """
    for m in _PARAGRAPH_START_RE.finditer(text):
        found = _dateline_at(text, m.end())
        if found is not None and not text[m.end():found.start].strip():
            yield found


_SHORT_FIELD_VALUE_RE = re.compile(r"[ \t]*[^\n]{1,40}(?:\n|$)")
# What a release calls itself on the line that dates it
_DOCUMENT_KINDS = frozenset({"announcement", "release", "statement", "notice", "update", "bulletin", "report", "briefing",
                             "communique", "communiqué", "advisory", "alert", "summary", "filing", "disclosure", "news"})
_DAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_STOP_AGENCY_RE = re.compile(r"(?P<city>[^.]{4,}?)\.\s+(?P<agency>[A-Z]{2,12})")  # not "ST. PETERSBURG"


def _dateline_at(text: str, start: int) -> Dateline | None:
    m = DATELINE_RE.match(text, start)
    if not m:
        return None
    g = "2" if m.group("city2") else "3" if m.group("city3") else "4" if m.group("city4") else \
        "5" if m.group("city5") else ""
    city = m.group("city" + g)
    if not g and (m.group("month_b") or m.group("month_p") or m.group("month_n")):
        # the day before the month, after a city in capitals
        g = "_b" if m.group("month_b") else "_p" if m.group("month_p") else "_n"
        city = m.group("city")
    city_group = "city" + ("" if g in ("_b", "_p", "_n") else g)
    bare = g == "5" or not (g or m.group("region") or m.group("month"))
    # a bare city ends in a dash or a colon ("MONTREAL —", "NEW DELHI:"), or stands alone above a blank line
    alone = m.group("eol") is not None and bare and text.count("\n", m.start("eol"), m.end()) >= 2
    if city.strip().lower() in _DAY_NAMES:
        return None  # "Friday, May 3, 2024": a date line, no dateline's city
    if not bare and city.split()[-1].lower() in _DOCUMENT_KINDS:
        return None  # "Market Announcement, 4 November 2025": what the document is, dated, no dateline's city
    if bare and m.group("colon") and _SHORT_FIELD_VALUE_RE.match(text, m.end()):
        return None  # "Date: 2nd September, 2024": a form's field and its value, no dateline's city
    if len(city) < 3 or bare and not ((m.group("dash") or m.group("colon") or alone) and len(city) >= 4) \
            or m.group("eol") is not None and not m.group("day" + g) and not alone:
        return None
    stop_agency = _STOP_AGENCY_RE.fullmatch(city) if bare and m.group("dash") else None
    if stop_agency is not None:  # "ASTANA. KAZINFORM -": the city, a full stop, the agency
        city = stop_agency.group("city")
    cities, others = [c.strip() for c in city.split("/")], []
    at = m.start(city_group) + len(cities[0])
    for other in cities[1:]:
        at = text.index(other, at)
        others.append((other, at))
        at += len(other)
    city = cities[0]
    month = None
    if g == "_n":
        month = int(m.group("month_n")) if 1 <= int(m.group("month_n")) <= 12 else None
    elif g not in ("4", "5") and m.group("month" + g):
        month = _month_number(m.group("month" + g))
    day, year = (None, None) if g in ("4", "5") else (m.group("day" + g), m.group("year" + g))
    day = day.rstrip("stndrh") if day else day  # ("9th")
    if g == "4":
        agency, where = m.group("agency4"), m.start("agency4")
    elif g == "5":
        agency, where = (m.group("agency5"), m.start("agency5")) if m.group("agency5") else (None, None)
    else:
        group = next((n for n in ("agency", "agency_after", "agency_date", "agency_tail", "agency_comma", "agency_stop",
                                  "agency_slash")
                      if m.group(n) and (n not in ("agency", "agency_after", "agency_date") or g in ("", "_b", "_p", "_n"))),
                     None)
        agency, where = (m.group(group), m.start(group)) if group else (None, None)
    if stop_agency is not None:
        agency, where = stop_agency.group("agency"), m.start("city") + stop_agency.start("agency")
    region = m.group("region5") if g == "5" else m.group("region3") if g == "3" else m.group("region2") if g == "2" else \
        m.group("region") if g in ("", "_b", "_p", "_n") else None
    end = m.end()
    if bare and m.group("dash") and (dated := _DATE_AFTER_DASH_RE.match(text, end)):
        # "CAIRO – 23 January 2024: President …": the day after the dash
        month = _month_number(dated.group("month"))
        day, year, end, bare = dated.group("day"), dated.group("year"), dated.end(), False
    return Dateline(city, region, month, int(day) if day else None,
                    int(year) if year else None, m.start(city_group), end, agency, where,
                    tuple(others), bare)


def _month_number(word: str) -> int:
    """1 for "January", "JANUARY" or "Jan.", and so on."""
    return next(i for i, name in enumerate(_MONTHS, start=1) if name.startswith(word[:3].title()))


_DATE_AFTER_DASH_RE = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>" + _MONTH_RE + r")\s+(?P<year>\d{4})\s*:\s+")


def find_credit(text: str) -> tuple[str, int, int] | None:
    """The agency credited in a ``…, Trend reports.`` line: ``(agency, start, end)``.

    Examples
    --------
    >>> find_credit("Shahbazov said, Trend reports.\\n\\nHe added …")[0]
    'Trend'
    """
    m = CREDIT_RE.search(text)
    return (m.group("agency"), m.start("agency"), m.end("agency")) if m else None


# Lines that are about the report, not in it: who reported and edited it, the links and headlines of other
# stories, copyright and subscription notes. The first one that opens a line after the story's first
# paragraph ends the story (what follows them is more of the same).
_BACK_MATTER_RE = re.compile(
    r"\n[ \t]*(?:\(\s*)?(?:(?:Additional\s+)?[Rr]eporting\s+by|[Ww]riting\s+by|[Ee]diting\s+by|[Ee]dited\s+by|"
    r"[Cc]ompiled\s+by)\s+[A-Z]"
    r"|\n[ \t]*(?:Read\s+more|READ\s+MORE|Related(?:\s+(?i:articles?|stories|news|coverage|content|topics))?|RELATED|"
    r"Also\s+read|See\s+also|More\s+on\s+this(?:\s+story)?|Recommended(?:\s+stories)?|You\s+may\s+also\s+like)"
    r"[ \t]*(?:[:\-–—]|(?=\n))"
    # a web page's furniture: the story's tags, and the lists of other stories under it
    r"|\n[ \t]*(?:Tags?|TAGS?|Keywords|Topics|Filed\s+under)[ \t]*:"
    r"|\n[ \t]*(?:Most\s+(?:read|popular|viewed|shared)|MOST\s+(?:READ|POPULAR)|Trending(?:\s+now)?|TRENDING|"
    r"Latest(?:\s+(?:news|stories))?|LATEST(?:\s+NEWS)?|Top\s+stories|Read\s+next|Next\s+article|Previous\s+article|"
    r"Share\s+this\s+(?:article|story)|Related\s+posts|Editor['’]s\s+picks?|More\s+(?:stories|news))[ \t]*:?[ \t]*(?=\n|$)"
    r"|\n[ \t]*(?:Copyright\b|©|\(c\)\s+\d{4})"
    r"|\n[ \t]*(?:Follow\s+us\b|Subscribe\s+to\b|Sign\s+up\s+(?:for|to)\b)")
# A line that links another story ("Read more: …", "Also read: …"), and a paragraph of the story's own prose after
# it (two sentences or more, on a line of over 100 characters): the story goes on past the link
_LINK_LINE_RE = re.compile(r"\n[ \t]*(?:Read\s+more|READ\s+MORE|Also\s+read|ALSO\s+READ|See\s+also|Related|RELATED)"
                           r"[ \t]*[:\-–—]")
_STORY_GOES_ON_RE = re.compile(r"\n+(?:[^\n]*\n+)?[ \t]*(?=[^\n]{100,})[^\n]*?[a-z)\d][.!?][\"”’]?\s+[A-Z\"“][^\n]*[.!?][\"”’]?[ \t]*(?:\n|$)")
# A picture's caption or credit, on a line of its own anywhere in the text.
_CAPTION_LINE_RE = re.compile(r"(?m)^[ \t]*(?:(?:File\s+)?[Pp]hotos?|PHOTO|[Ii]mage|[Pp]icture|[Pp]hoto\s+credit|"
                              r"Caption)\s*:[^\n]*$")
# A desk's credit on a short line of its own ("Source: Xinhua", "Editor: Li Wei"), and a wire's contributors
# ("Associated Press writer A B in Beijing contributed to this report."): about the report, wherever they stand
_CREDIT_LINE_RE = re.compile(r"(?m)^[ \t]*(?:(?:Source|SOURCE|Editor|EDITOR|Editors|Edited\s+by|Written\s+by|Writer|"
                             r"Reporter)[ \t]*:[ \t]*[A-Z][^\n]{0,60}"
                             r"|[^\n]{0,160}?\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\.?)"
                             r"[ \t]*$")


def story_text(text: str) -> str:
    """*text* with what is about the report rather than in it blanked out, offsets kept: back matter
    (credit lines such as "(Reporting by …; Editing by …)", "Read more:" and the headlines after it,
    copyright and subscription notes), from the first such line after the story's first paragraph to the
    end, and picture captions ("Photo: …") and a desk's credits ("Source: Xinhua", "… contributed to this report.") on
    lines of their own. A link to another story that a paragraph of
    the story's own prose follows ("Read more: …" between two paragraphs) blanks only its line.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        As long as *text*; the blanked parts are spaces (line breaks are kept).

    Examples
    --------
    >>> story = "Kestrel and Velmar signed a contract.\\n\\n(Reporting by Ana Ruiz in Lima; Editing by Jo Bell)"
    >>> story_text(story).rstrip()
    'Kestrel and Velmar signed a contract.'
    >>> len(story_text(story)) == len(story)
    True
    >>> inline = ("Kestrel and Velmar signed a contract.\\n\\nRead more: Velmar buys a stake\\n\\nThe contract runs "
    ...           "for twenty years and covers the supply of gas from the Velmar field to the Kestrel plant. It was "
    ...           "signed in Lima.")
    >>> story_text(inline).split("\\n")[2].strip(), story_text(inline).split("\\n")[4][:12]
    ('', 'The contract')
    """
    first = _PARAGRAPH_START_RE.search(text)
    cut = _BACK_MATTER_RE.search(text, first.start()) if first is not None else None
    while cut is not None and _LINK_LINE_RE.match(text, cut.start()):
        # a link to another story inside the report ("Read more: …" between two of its paragraphs): that line only
        end = text.find("\n", cut.start() + 1)
        if end < 0 or not _STORY_GOES_ON_RE.match(text, end):
            break
        text = text[:cut.start()] + _blank(text[cut.start():end]) + text[end:]
        cut = _BACK_MATTER_RE.search(text, end)
    out = text if cut is None else text[:cut.start()] + _blank(text[cut.start():])
    if "hoto" in out or "HOTO" in out or "mage" in out or "icture" in out or "aption" in out:
        out = _CAPTION_LINE_RE.sub(lambda m: _blank(m.group(0)), out)
    if ":" in out or "contributed" in out:
        out = _CREDIT_LINE_RE.sub(lambda m: _blank(m.group(0)), out)
    return out


def _blank(part: str) -> str:
    return re.sub(r"[^\n]", " ", part)
